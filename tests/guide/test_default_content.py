"""The default content: what load_default_content creates from the files in guide/content/, that it runs
once only, that the files load losslessly, and that the data follows FACTS.md (sources, dates, the
checker's requirements) and renders to safe HTML."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from guide.content_files import default_content, read_list, read_markdown
from guide.models import (
    BlockedCountry,
    Change,
    CountryRule,
    LiveAccessRule,
    Method,
    NextStepLink,
    Niche,
    OldSlug,
    Route,
    Section,
    Source,
    Tip,
)
from guide.transfer import GuideFileError, export_guide
from guide.transfer_schema import validate_guide

CONTRACT_SLUGS = {
    "creator-rewards", "live-gifts", "series", "subscriptions",
    "brand-partnerships", "affiliate-marketing", "own-products", "tiktok-shop",
}  # fmt: skip
CHECKED = datetime.date(2026, 11, 25)
MODELS = (
    Method,
    Niche,
    Tip,
    Section,
    Source,
    OldSlug,
    Route,
    CountryRule,
    BlockedCountry,
    NextStepLink,
    LiveAccessRule,
    Method.niches.through,
    Method.tips.through,
)


def load() -> str:
    out = StringIO()
    call_command("load_default_content", stdout=out)
    return out.getvalue()


def counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in MODELS}


def route(method_slug: str, name: str) -> Route:
    return Route.objects.get(method__slug=method_slug, name=name)


# ---------------------------------------------------------------- loading


@pytest.mark.django_db
def test_load_creates_the_contract_methods_published_plus_the_extras():
    load()
    published = set(Method.objects.published().values_list("slug", flat=True))
    assert published >= CONTRACT_SLUGS
    effect = Method.objects.get(slug="effect-creator-rewards")
    assert effect.is_published and effect.category == Method.Category.DIRECT
    tips_feature = Method.objects.get(slug="tips-feature")
    assert not tips_feature.is_published  # status unconfirmed: a draft
    content = default_content()
    assert Method.objects.count() == len(content["methods"])
    assert Tip.objects.count() == len(content["tips"]) >= 6
    sections = set(Section.objects.values_list("slug", flat=True))
    assert sections == {"landscape", "content-quality", "conclusion"}
    assert Niche.objects.filter(slug__in=["education", "beauty-fashion", "gaming", "other"]).count() == 4


@pytest.mark.django_db
def test_categories_niches_and_tips_are_linked():
    load()
    direct = {"creator-rewards", "live-gifts", "series", "subscriptions"}
    for method in Method.objects.filter(slug__in=CONTRACT_SLUGS):
        expected = Method.Category.DIRECT if method.slug in direct else Method.Category.INDIRECT
        assert method.category == expected, method.slug
    creator_rewards = Method.objects.get(slug="creator-rewards")
    niches = set(creator_rewards.niches.values_list("slug", flat=True))
    assert niches >= {"education", "food-cooking", "travel"}
    assert creator_rewards.tips.exists()
    assert Method.objects.get(slug="brand-partnerships").suits_any_niche


@pytest.mark.django_db
def test_second_run_changes_nothing():
    load()
    Method.objects.filter(slug="creator-rewards").update(summary="Edited by an editor.")
    Tip.objects.filter(slug="analytics").update(title="Edited tip")
    before = counts()
    output = load()
    assert "left it alone" in output
    assert counts() == before
    assert Method.objects.get(slug="creator-rewards").summary == "Edited by an editor."
    assert Tip.objects.get(slug="analytics").title == "Edited tip"


@pytest.mark.django_db
def test_any_existing_method_means_the_content_is_left_alone():
    Method.objects.create(
        name="Editor's own", slug="editors-own", category="direct", summary="s", body="b", pays="p", start="s"
    )
    load()
    assert list(Method.objects.values_list("slug", flat=True)) == ["editors-own"]
    assert Niche.objects.count() == Route.objects.count() == BlockedCountry.objects.count() == 0


# ---------------------------------------------------------------- freshness and sources


@pytest.mark.django_db
def test_every_published_method_has_sources_and_a_last_checked_date():
    load()
    for method in Method.objects.published().prefetch_related("sources"):
        sources = list(method.sources.all())
        assert sources, f"{method.slug} has no source"
        assert method.last_checked == CHECKED
        assert method.review_every_days in (60, 90)
        for source in sources:
            assert source.url.startswith("https://"), source.url
            assert source.kind in Source.Kind.values


@pytest.mark.django_db
def test_every_route_source_belongs_to_its_method_and_routes_are_dated():
    load()
    routes = list(Route.objects.select_related("source"))
    assert routes
    for r in routes:
        assert r.last_checked == CHECKED
        if r.source is not None:
            assert r.source.method_id == r.method_id, r
    for slug in CONTRACT_SLUGS - {"own-products"}:
        assert Route.objects.filter(method__slug=slug, source__isnull=False).exists(), slug


@pytest.mark.django_db
def test_old_slugs_point_to_the_current_methods():
    load()
    old = dict(OldSlug.objects.values_list("slug", "method__slug"))
    assert old["creator-fund"] == "creator-rewards"
    assert old["creativity-program"] == "creator-rewards"
    assert old["live-subscription"] == "subscriptions"
    assert old["creator-marketplace"] == "brand-partnerships"


# ---------------------------------------------------------------- requirements from FACTS.md


@pytest.mark.django_db
def test_creator_rewards_requirements():
    load()
    (r,) = Route.objects.filter(method__slug="creator-rewards")
    assert (r.min_age, r.min_followers, r.min_views_30d, r.needs_live) == (18, 10_000, 100_000, False)
    assert r.allows_personal and not r.allows_business
    assert {c.code for c in r.countries} == {"US", "GB", "DE", "FR", "JP", "KR", "BR", "MX"}
    assert not r.country_rules.exists()  # JP/KR higher minimums are unconfirmed: a caveat, not a rule
    assert "Japan and South Korea" in Method.objects.get(slug="creator-rewards").caveats


@pytest.mark.django_db
def test_subscriptions_has_two_routes_in_the_same_countries():
    load()
    followers = route("subscriptions", "Followers and views")
    live = route("subscriptions", "LIVE eligibility")
    assert (followers.min_age, followers.min_followers, followers.min_views_30d) == (18, 10_000, 100_000)
    assert live.needs_live and live.min_age == 18 and live.min_followers is None
    expected = {"BR", "FR", "DE", "ES", "GB", "ID", "IT", "JP", "KR", "US", "CA"}
    assert {c.code for c in followers.countries} == {c.code for c in live.countries} == expected


@pytest.mark.django_db
def test_other_key_routes():
    load()
    gifts = route("live-gifts", "LIVE access")
    assert gifts.needs_live and gifts.min_age == 18 and not gifts.countries and gifts.allows_business
    direct = route("brand-partnerships", "Direct deals with brands")
    assert (direct.min_age, direct.min_followers, direct.min_views_30d, list(direct.countries)) == (
        None,
        None,
        None,
        [],
    )
    one = route("brand-partnerships", "TikTok One")
    assert (one.min_age, one.min_followers, one.min_views_30d) == (18, 10_000, 1_000)
    assert not one.allows_business
    shop = route("affiliate-marketing", "TikTok Shop Affiliate")
    seller = route("tiktok-shop", "Seller")
    assert (shop.min_age, shop.min_followers) == (18, 1_000)
    assert seller.min_followers is None and seller.min_age == 18
    assert {c.code for c in shop.countries} == {c.code for c in seller.countries}
    assert {"BE", "JP", "US", "GB"} <= {c.code for c in seller.countries}
    assert not {"CA", "AU", "AT", "NL", "PL"} & {c.code for c in seller.countries}
    # Own products: no TikTok threshold; the last route is open to all, the others shape the next step.
    own = list(Route.objects.filter(method__slug="own-products"))
    assert own[-1].min_age is None and own[-1].min_followers is None and not own[-1].countries
    assert route("own-products", "Store link in your bio").min_followers == 1_000
    series = route("series", "Followers and views")
    assert "Account at least 30 days old" in series.unchecked.splitlines()


@pytest.mark.django_db
def test_south_korea_rules_exist():
    load()
    series = CountryRule.objects.get(route__method__slug="series", country="KR")
    assert series.min_age == 19
    one = CountryRule.objects.get(
        route__method__slug="brand-partnerships", route__name="TikTok One", country="KR"
    )
    assert (one.min_age, one.min_followers) == (19, 50_000)


@pytest.mark.django_db
def test_india_is_blocked():
    load()
    india = BlockedCountry.objects.get(country="IN")
    assert "2020" in india.note
    assert india.source_url.startswith("https://")


@pytest.mark.django_db
def test_the_log_holds_every_dated_change_in_facts():
    load()
    changes = list(Change.objects.select_related("method"))
    assert len(changes) == 31 and all(change.is_published for change in changes)
    assert {change.date.year for change in changes} == set(range(2020, 2027)) - {2021}
    for change in changes:
        assert change.source_kind in Source.Kind.values and change.source_title, change
        assert not change.source_url or change.source_url.startswith("https://"), change
    by_summary = {change.summary: change for change in changes}
    live = by_summary["The minimum age to host a LIVE rises from 16 to 18"]
    assert (live.date, live.day_known, live.method.slug) == (datetime.date(2022, 11, 23), True, "live-gifts")
    india = by_summary["India blocks TikTok"]
    assert (india.date, india.day_known, india.method, india.country_codes) == (
        datetime.date(2020, 6, 1), False, None, ["IN"]
    )  # fmt: skip
    mexico = by_summary["The Creator Rewards Program opens in Mexico"]
    assert (mexico.date, mexico.country_codes, mexico.source_kind) == (
        datetime.date(2025, 10, 1),
        ["MX"],
        "press",
    )
    assert by_summary["TikTok Shop launches in Belgium"].date == datetime.date(2026, 6, 15)


# ---------------------------------------------------------------- rendered markdown


@pytest.mark.django_db
def test_every_markdown_field_renders_to_safe_non_empty_html():
    load()
    rendered = []
    for m in Method.objects.all():
        rendered += [
            (m.slug, "body", m.body_html),
            (m.slug, "pays", m.pays_html),
            (m.slug, "start", m.start_html),
            (m.slug, "caveats", m.caveats_html),
        ]
    rendered += [(t.slug, "body", t.body_html) for t in Tip.objects.all()]
    rendered += [(s.slug, "body", s.body_html) for s in Section.objects.all()]
    for slug, field, html in rendered:
        assert html.strip(), f"{slug}.{field} rendered empty"
        lowered = html.lower()
        assert "<script" not in lowered, f"{slug}.{field}"
        # The page owns <h1> and the <h2> of each part; content headings start at <h3>.
        assert "<h1" not in lowered and "<h2" not in lowered, f"{slug}.{field}"


# ---------------------------------------------------------------- the files


def by_slug(data: dict) -> dict:
    """The files are read in name order, an export lists by each item's order: compare as sets of slugs."""
    return {**data, **{part: sorted(data[part], key=lambda item: item["slug"])
                       for part in ("niches", "tips", "sections", "methods")}}  # fmt: skip


@pytest.mark.django_db
def test_the_files_load_losslessly():
    load()
    assert by_slug(export_guide()) == by_slug(validate_guide(default_content()))


@pytest.mark.django_db
def test_links_and_the_live_rule_come_from_the_files():
    load()
    rule = LiveAccessRule.objects.get()
    assert (rule.min_age, rule.min_followers, rule.source.method.slug) == (18, 1000, "live-gifts")
    brazil = NextStepLink.objects.get(method__slug="tiktok-shop", country="BR")
    assert brazil.route is None and brazil.url == "https://seller-br.tiktok.com/"
    own = NextStepLink.objects.filter(method__slug="own-products")
    assert {link.route.name for link in own} == {"Sell on TikTok Shop"}


def test_the_files_pass_the_importers_schema():
    data = validate_guide(default_content())
    assert {m["slug"] for m in data["methods"]} >= CONTRACT_SLUGS
    korea = next(m for m in data["methods"] if m["slug"] == "series")["routes"][0]["country_rules"]
    assert {"country": "KR", "min_age": 19, "min_followers": None, "min_views_30d": None} in korea


def test_a_slug_is_the_files_name_and_markdown_keeps_its_text(tmp_path):
    path = tmp_path / "a-tip.md"
    path.write_text('+++\ntitle = "A tip"\n+++\n\nSome **markdown**.\n\n\n', encoding="utf-8")
    assert read_markdown(path) == ({"title": "A tip"}, "Some **markdown**.\n")
    path.write_text('+++\nslug = "other"\n+++\n', encoding="utf-8")
    with pytest.raises(GuideFileError, match="the slug is the file's name"):
        read_markdown(path)


@pytest.mark.parametrize(
    "text, message",
    [
        ("No front matter.\n", "front matter between \\+\\+\\+ lines"),
        ('+++\ntitle = "Unclosed\n', "front matter between"),
        ('+++\ntitle = "A" "B"\n+++\n', "a-tip.md"),
    ],
)
def test_a_broken_file_is_named(tmp_path, text, message):
    path = tmp_path / "a-tip.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GuideFileError, match=message):
        read_markdown(path)


def test_a_misspelt_table_is_an_error_not_an_empty_list(tmp_path):
    path = tmp_path / "niches.toml"
    path.write_text('[[niche]]\nslug = "gaming"\nname = "Gaming"\norder = 1\n', encoding="utf-8")
    with pytest.raises(GuideFileError, match=r"expected only \[\[niches\]\] tables, found niche"):
        read_list(path, "niches")


@pytest.mark.django_db
def test_a_broken_content_file_loads_nothing(monkeypatch):
    content = default_content()
    content["methods"][0]["routes"][0]["min_age"] = 5
    monkeypatch.setattr("guide.management.commands.load_default_content.default_content", lambda: content)
    before = counts()
    with pytest.raises(CommandError, match=r"methods\[0\]\.routes\[0\]\.min_age: must be at least 13, got 5"):
        load()
    assert counts() == before


WHEN = {"history_date", "updated_at"}  # the time of the load: the copy keeps its first load's


def _written(models):
    """Every row of the guide's tables, without what differs between two loads: ids and when it ran."""
    from tests.content_snapshot import _read_tables

    tables = {}
    for table, columns, rows in _read_tables(models):
        kept = [i for i, name in enumerate(columns) if name not in WHEN and not name.endswith("id")]
        tables[table] = sorted(tuple(str(row[i]) for i in kept) for row in rows)
    return tables


@pytest.mark.django_db
def test_the_test_copy_is_what_the_command_writes():
    """tests/content_snapshot.py copies the command's rows back for most tests: the copy must be the same."""
    from django.db import transaction

    from guide.caching import content_version
    from tests import content_snapshot

    models = content_snapshot.content_models()

    def inside_rolled_back(load):
        with transaction.atomic():
            copied = load()
            written, version = _written(models), content_version()
            transaction.set_rollback(True)
        return copied, written, version

    inside_rolled_back(content_snapshot.load_default_content)  # the first time in a process runs the command
    copied, copy, copy_version = inside_rolled_back(content_snapshot.load_default_content)
    _, real, real_version = inside_rolled_back(lambda: call_command("load_default_content", verbosity=0))

    assert copied, "the second load in a process is copied"
    assert copy == real
    assert copy_version == real_version
    assert len(copy["guide_method"]) == 10 and copy["guide_historicalmethod"]

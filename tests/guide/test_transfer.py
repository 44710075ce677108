"""Backup and move: export_guide writes everything, import_guide reads it back losslessly and idempotently."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

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

pytestmark = pytest.mark.django_db

CONTENT = (
    Method, Tip, Section, Niche, BlockedCountry, Source, OldSlug, Route, CountryRule, NextStepLink, LiveAccessRule,
    Change,
)  # fmt: skip


def export_text(**options) -> str:
    out = io.StringIO()
    call_command("export_guide", stdout=out, **options)
    return out.getvalue()


def import_file(path, **options) -> str:
    out = io.StringIO()
    call_command("import_guide", str(path), stdout=out, **options)
    return out.getvalue()


def counts() -> dict:
    return {model.__name__: model.objects.count() for model in CONTENT}


def wipe():
    for model in (Method, Tip, Section, Niche, BlockedCountry, LiveAccessRule, Change):
        model.objects.all().delete()
    assert not any(counts().values())


@pytest.fixture
def rich_content(default_content):
    """The default content plus the odd cases: a draft, a rule, a renamed route, a source-less route."""
    Tip.objects.create(
        title="Draft tip", slug="draft-tip", summary="Not yet.", is_published=False, body="- a\n- b"
    )
    method = Method.objects.get(slug="series")
    route = method.routes.first()
    CountryRule.objects.create(route=route, country="NG", min_age=21)
    Route.objects.create(
        method=method, name="No source", order=9, countries=["US", "DE"], unchecked="One\nTwo"
    )
    OldSlug.objects.create(slug="paywall-series", method=method)


def test_export_writes_every_kind_of_content(rich_content):
    data = json.loads(export_text())
    assert (data["format"], data["version"]) == ("creator-money-guide", 2)
    assert len(data["methods"]) == Method.objects.count()
    assert len(data["tips"]) == Tip.objects.count() and len(data["niches"]) == Niche.objects.count()
    assert len(data["sections"]) == Section.objects.count()
    assert len(data["blocked_countries"]) == BlockedCountry.objects.count() > 0
    series = next(m for m in data["methods"] if m["slug"] == "series")
    assert "paywall-series" in series["old_slugs"]
    assert series["sources"] and series["routes"][0]["source"] == 0
    assert {"country": "NG", "min_age": 21, "min_followers": None, "min_views_30d": None} in (
        series["routes"][0]["country_rules"]
    )
    no_source = next(r for r in series["routes"] if r["name"] == "No source")
    assert (no_source["source"], no_source["countries"], no_source["unchecked"]) == (
        None,
        ["DE", "US"],
        "One\nTwo",
    )
    creator = next(m for m in data["methods"] if m["slug"] == "creator-rewards")
    assert "creator-fund" in creator["old_slugs"]
    own = next(m for m in data["methods"] if m["slug"] == "own-products")
    links = [{k: v for k, v in link.items() if k != "translations"} for link in own["next_step_links"]]
    assert {"route": "Sell on TikTok Shop", "country": "BR", "title": "TikTok Shop Seller Center (Brasil)",
            "url": "https://seller-br.tiktok.com/"} in links  # fmt: skip
    live = data["live_access"]
    assert (live["min_age"], live["min_followers"]) == (18, 1000)
    assert (live["method"], live["source"]) == ("live-gifts", 1)  # its source, by place in the method's list


def test_round_trip_export_wipe_import_export_is_identical(rich_content, tmp_path):
    before = export_text()
    before_counts = counts()
    (tmp_path / "guide.json").write_text(before, encoding="utf-8")
    wipe()

    report = import_file(tmp_path / "guide.json")

    assert "methods created" in report
    assert counts() == before_counts
    assert export_text() == before
    # Rendered HTML follows from the markdown, as if editors had saved it.
    assert "<strong>" in Method.objects.get(slug="creator-rewards").body_html


def test_importing_twice_changes_nothing(rich_content, tmp_path):
    path = tmp_path / "guide.json"
    call_command("export_guide", output=str(path))
    wipe()
    import_file(path)
    state = {model.__name__: list(model.objects.order_by("pk").values()) for model in CONTENT}
    history = Method.history.count() + Route.history.count() + Source.history.count()

    report = import_file(path)

    assert "nothing changed" in report
    assert {model.__name__: list(model.objects.order_by("pk").values()) for model in CONTENT} == state
    assert Method.history.count() + Route.history.count() + Source.history.count() == history


def test_importing_an_edited_file_updates_by_natural_key(rich_content, tmp_path):
    data = json.loads(export_text())
    series = next(m for m in data["methods"] if m["slug"] == "series")
    series["summary"] = "Edited in the file."
    series["routes"][0]["min_followers"] = 12345
    series["routes"] = [r for r in series["routes"] if r["name"] != "No source"]
    data["tips"][0]["title"] = "A retitled tip"
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    method = Method.objects.get(slug="series")
    route_ids = set(method.routes.values_list("pk", flat=True))

    report = import_file(path)

    assert "methods updated" in report and "routes deleted" in report
    method_after = Method.objects.get(slug="series")
    assert method_after.summary == "Edited in the file."
    assert method_after.version == method.version + 1  # open admin forms of it are now out of date
    assert method_after.history.first().history_change_reason == "import_guide"
    first_route = method_after.routes.first()
    assert first_route.min_followers == 12345 and first_route.pk in route_ids  # updated, not recreated
    assert not method_after.routes.filter(name="No source").exists()
    assert Tip.objects.filter(title="A retitled tip").exists()
    assert Method.objects.count() == len(data["methods"])


def edit(path, value):
    """A spoiler: set the item at `path` (keys and list indexes) to value; DELETE removes the key."""

    def spoil(data):
        *parents, last = path
        for key in parents:
            data = data[key]
        if value is DELETE:
            del data[last]
        else:
            data[last] = value

    return spoil


DELETE = object()
SERIES, KOREA = 2, 0  # series is the third method in export order; its first route has Korea's 19+ rule


# One case per kind of bad data: each must refuse the whole file, naming the place.
@pytest.mark.parametrize(
    "spoil, message",
    [
        (edit(["methods", SERIES, "routes", 0, "country_rules"], ""),
         'methods[2].routes[0].country_rules: expected a list, got ""'),
        (edit(["methods", SERIES, "routes", 0, "min_followers"], True),
         "methods[2].routes[0].min_followers: expected a whole number, got true"),
        (edit(["methods", 3, "old_slugs"], "live-subscription"),
         'methods[3].old_slugs: expected a list, got "live-subscription"'),
        (edit(["methods", 0, "order"], float("inf")),  # the file says 1e400: json.loads gives inf
         "methods[0].order: expected a whole number, got Infinity"),
        (edit(["methods", 1, "name"], DELETE), "methods[1].name: missing"),
        (edit(["methods", 1, "colour"], "red"), "methods[1].colour: unknown key"),
        (edit(["tips", 0, "order"], -1), "tips[0].order: must be at least 0, got -1"),
        (edit(["methods", 0, "order"], 40000), "methods[0].order: must be at most 32767, got 40000"),
        (edit(["methods", SERIES, "routes", 0, "country_rules", KOREA, "min_age"], 190),
         "methods[2].routes[0].country_rules[0].min_age: must be at most 100, got 190"),
        (edit(["methods", 1, "last_checked"], "2026-13-01"),
         'methods[1].last_checked: expected a date (YYYY-MM-DD), got "2026-13-01"'),
        (edit(["methods", 1, "routes", 0, "countries"], ["US", "XX"]),
         'methods[1].routes[0].countries[1]: not a country code (two capital letters, e.g. US), got "XX"'),
        (edit(["methods", 0, "category"], "both"),
         "methods[0].category: expected 'direct' or 'indirect', got \"both\""),
        (edit(["methods", 0, "sources", 0, "kind"], "rumour"),
         "methods[0].sources[0].kind: expected 'official', 'press' or 'reported', got \"rumour\""),
        (edit(["methods", 0, "is_published"], "yes"), 'methods[0].is_published: expected true or false, got "yes"'),
        (edit(["niches", 0, "name"], None), "niches[0].name: expected text, got null"),
        (edit(["sections", 0], "landscape"), 'sections[0]: expected an object, got "landscape"'),
        (edit(["version"], True), "version: expected a whole number, got true"),
        (edit(["version"], 3), "version: expected 1 or 2 (this site reads versions 1 and 2), got 3"),
        (edit(["format"], "something-else"), "format: expected 'creator-money-guide', got \"something-else\""),
        # What the types cannot say
        (edit(["methods", 1, "routes", 0, "source"], 99), "methods[1].routes[0].source: no source number 99"),
        (edit(["methods", 1, "niches"], ["no-such-niche"]), "methods[1]: no niche or tip with the slug 'no-such-niche'"),
        (lambda d: [tip.update(slug="same") for tip in d["tips"][:2]], "tips[1]: slug 'same' is already in the list"),
        (edit(["methods", 8, "next_step_links", 0, "route"], "No such route"),
         "methods[8].next_step_links[0].route: no route of this method is named 'No such route'"),
        (edit(["live_access", "source"], 99), "live_access.source: the method 'live-gifts' has no source number 99"),
        (edit(["live_access", "method"], None), "live_access: give both the method and its source number, or neither"),
        (edit(["methods", 1, "old_slugs"], ["creator-fund"]),
         "methods[1].old_slugs: 'creator-fund' is an old address of methods[0] too"),
        (edit(["methods", 0, "routes"], "x" * 100), 'methods[0].routes: expected a list, got "' + "x" * 56 + "..."),
        (edit(["methods", 0, "sources", 0, "url"], "not an address"),  # the models' full_clean still runs
         "methods[0].sources[0]: url: Enter a valid URL."),
        # The log of changes
        (edit(["changes", 0, "date"], "June 2020"), 'changes[0].date: expected a date (YYYY-MM-DD), got "June 2020"'),
        (edit(["changes", 0, "countries"], "IN"), 'changes[0].countries: expected a list, got "IN"'),
        (edit(["changes", 1, "method"], 3), "changes[1].method: expected text, got 3"),
        (edit(["changes", 1, "method"], "no-such-method"), "changes[1].method: no method with the slug 'no-such-method'"),
        (edit(["changes", 0, "source_kind"], "rumour"),
         "changes[0].source_kind: expected 'official', 'press' or 'reported', got \"rumour\""),
        (edit(["changes", 0, "day_known"], 0), "changes[0].day_known: expected true or false, got 0"),
        (edit(["changes", 0, "summary"], DELETE), "changes[0].summary: missing"),
        (lambda d: d["changes"][1].update(date=d["changes"][0]["date"], summary=d["changes"][0]["summary"]),
         "changes[1]: date and summary ('2020-06-01', 'India blocks TikTok') is already in the list"),
        (edit(["changes", 0, "source_url"], "not an address"), "changes[0]: source_url: Enter a valid URL."),
        # The pay figures (rates[0] is affiliate commission in beauty, 15-25%)
        (edit(["rates", 2, "low"], True), "rates[2].low: expected a whole number, got true"),
        (edit(["rates", 0, "low"], 0.4), "rates[0].low: expected a whole number, got 0.4"),
        (edit(["rates", 0, "low"], -1), "rates[0].low: must be at least 0, got -1"),
        (edit(["rates", 0, "high"], "25"), 'rates[0].high: expected a whole number, got "25"'),
        (edit(["rates", 0, "high"], 1), "rates[0].high: must be at least low (15), got 1"),
        (edit(["rates", 0, "high"], 150), "rates[0]: high: A share is at most 100 percent."),
        (edit(["rates", 0, "figure"], "per_view"),
         "rates[0].figure: expected 'pay_per_1000_views', 'qualified_share', 'creator_share', 'diamonds_value', "
         "'price_per_month', 'price', 'sponsored_post' or 'affiliate_commission', got \"per_view\""),
        (edit(["rates", 0, "country"], "XX"), 'rates[0].country: not a country code (two capital letters, e.g. US), got "XX"'),
        (edit(["rates", 0, "checked"], "Nov 2026"), 'rates[0].checked: expected a date (YYYY-MM-DD), got "Nov 2026"'),
        (edit(["rates", 0, "min_followers"], "1k"), 'rates[0].min_followers: expected a whole number, got "1k"'),
        (edit(["rates", 0, "label"], DELETE), "rates[0].label: missing"),
        (edit(["rates", 0, "method"], "no-such-method"), "rates[0].method: no method with the slug 'no-such-method'"),
        (edit(["rates", 0, "source_url"], "not an address"), "rates[0]: source_url: Enter a valid URL."),
        (lambda d: d["rates"][1].update(label=d["rates"][0]["label"]),
         "rates[1]: method, figure, country and label ('affiliate-marketing', 'affiliate_commission', '', 'beauty') "
         "is already in the list"),
    ],
)  # fmt: skip
def test_a_bad_file_imports_nothing(rich_content, tmp_path, spoil, message):
    data = json.loads(export_text())
    data["methods"][0]["summary"] = "This change must not survive the failure."
    assert data["methods"][SERIES]["routes"][0]["country_rules"][KOREA]["country"] == "KR"
    spoil(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data).replace("Infinity", "1e400"), encoding="utf-8")
    before = export_text()

    with pytest.raises(CommandError) as refused:
        import_file(path)

    assert str(refused.value) == f"Nothing imported: {message}"
    assert export_text() == before


def test_every_problem_is_listed_on_its_own_line(rich_content, tmp_path):
    data = json.loads(export_text())
    data["methods"][0]["routes"][0]["min_age"] = "18"
    data["methods"][1]["routes"][0]["min_followers"] = -5
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(CommandError) as refused:
        import_file(path)

    assert str(refused.value).splitlines() == [
        "Nothing imported:",
        'methods[0].routes[0].min_age: expected a whole number, got "18"',
        "methods[1].routes[0].min_followers: must be at least 0, got -5",
    ]


@pytest.mark.parametrize(
    "text, message",
    [
        ("{not json", "is not JSON: Expecting property name enclosed in double quotes: line 1 column 2"),
        ("[1, 2]", "Nothing imported: file: expected an object, got [1, 2]"),
        ('"a guide"', 'Nothing imported: file: expected an object, got "a guide"'),
    ],
)
def test_a_file_that_is_not_a_guide_says_so_in_one_line(db, tmp_path, text, message):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CommandError) as refused:
        import_file(path)
    assert message in str(refused.value) and "\n" not in str(refused.value)


def test_a_version_1_file_leaves_links_and_the_live_rule_alone(rich_content, tmp_path):
    data = json.loads(export_text())
    before = export_text()
    data["version"] = 1
    del data["live_access"]
    for method in data["methods"]:
        del method["next_step_links"]
    data["methods"][0]["summary"] = "Edited in an old file."
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    report = import_file(path)

    assert "1 methods updated" in report and "links" not in report
    after = json.loads(export_text())
    after["methods"][0]["summary"] = json.loads(before)["methods"][0]["summary"]
    assert after == json.loads(before)


def test_links_and_the_live_rule_are_imported_by_natural_key(rich_content, tmp_path):
    data = json.loads(export_text())
    shop = next(m for m in data["methods"] if m["slug"] == "tiktok-shop")
    brazil = next(link for link in shop["next_step_links"] if link["country"] == "BR")
    brazil["title"] = "Seller Center, Brasil"
    shop["next_step_links"] = [link for link in shop["next_step_links"] if link["country"] != "US"]
    data["live_access"].update(min_followers=500, source=0)
    kept = NextStepLink.objects.get(method__slug="tiktok-shop", country="BR").pk
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    report = import_file(path)

    assert "next-step links updated" in report and "next-step links deleted" in report
    assert NextStepLink.objects.get(pk=kept).title == "Seller Center, Brasil"
    assert not NextStepLink.objects.filter(method__slug="tiktok-shop", country="US").exists()
    rule = LiveAccessRule.objects.get()
    assert rule.min_followers == 500 and rule.source == Method.objects.get(slug="live-gifts").sources.first()
    assert rule.history.first().history_change_reason == "import_guide"
    assert json.loads(export_text()) == data


def test_dry_run_writes_nothing(rich_content, tmp_path):
    data = json.loads(export_text())
    data["methods"][0]["summary"] = "Only a dry run."
    path = tmp_path / "guide.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    report = import_file(path, dry_run=True)
    assert "Would have: 1 methods updated" in report
    assert not Method.objects.filter(summary="Only a dry run.").exists()


def test_changes_are_imported_by_date_and_summary(rich_content, tmp_path):
    data = json.loads(export_text())
    assert len(data["changes"]) == Change.objects.count() == 31
    india = data["changes"][0]
    assert india == {
        "date": "2020-06-01", "day_known": False, "method": None, "countries": ["IN"],
        "summary": "India blocks TikTok", "details": india["details"], "source_title": india["source_title"],
        "source_url": india["source_url"], "source_kind": "press", "is_published": True,
        "translations": india["translations"],
    }  # fmt: skip
    assert set(india["translations"]) == {"es", "pt-br"}
    india["details"] = "Edited in the file."
    new = {k: v for k, v in india.items() if k != "translations"}  # a new entry, not yet translated
    data["changes"].append({**new, "summary": "A new entry", "method": "series", "countries": ["US"]})
    kept = Change.objects.get(summary="India blocks TikTok").pk
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    report = import_file(path)

    assert "1 changes updated" in report and "1 changes created" in report
    assert Change.objects.get(pk=kept).details == "Edited in the file."
    assert Change.objects.get(summary="A new entry").method.slug == "series"
    assert Change.objects.get(pk=kept).history.first().history_change_reason == "import_guide"
    data["changes"].sort(key=lambda change: (change["date"], change["summary"]))
    assert json.loads(export_text()) == data


def test_a_file_without_changes_leaves_the_log_alone(rich_content, tmp_path):
    data = json.loads(export_text())
    del data["changes"]
    Change.objects.filter(summary="India blocks TikTok").update(details="An editor's words.")
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert "nothing changed" in import_file(path)
    assert Change.objects.get(summary="India blocks TikTok").details == "An editor's words."


def test_rates_are_imported_by_natural_key_and_a_file_without_them_leaves_them_alone(rich_content, tmp_path):
    from guide.models import Rate

    data = json.loads(export_text())
    total = Rate.objects.count()
    assert total and data["rates"][0]["label"] == "beauty"
    data["rates"][0]["high"] = 30
    # A new row, not yet translated: a copy of another's translations would repeat its Spanish label, refused.
    new = {k: v for k, v in data["rates"][0].items() if k != "translations"}
    data["rates"].append({**new, "label": "toys", "low": 5, "high": 15})
    path = tmp_path / "rates.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    import_file(path)
    assert Rate.objects.get(label="beauty").high == 30 and Rate.objects.count() == total + 1
    assert import_file(path) == import_file(path)  # the same file twice: nothing more changes
    assert Rate.objects.count() == total + 1

    del data["rates"]
    path.write_text(json.dumps(data), encoding="utf-8")
    import_file(path)
    assert Rate.objects.count() == total + 1

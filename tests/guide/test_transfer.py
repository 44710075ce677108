"""Backup and move: export_guide writes everything, import_guide reads it back losslessly and idempotently."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from guide.models import BlockedCountry, CountryRule, Method, Niche, OldSlug, Route, Section, Source, Tip

pytestmark = pytest.mark.django_db

CONTENT = (Method, Tip, Section, Niche, BlockedCountry, Source, OldSlug, Route, CountryRule)


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
    for model in (Method, Tip, Section, Niche, BlockedCountry):
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
    assert (data["format"], data["version"]) == ("creator-money-guide", 1)
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


@pytest.mark.parametrize(
    "spoil, message",
    [
        (lambda d: d["methods"][1]["routes"][0].update(countries=["XX"]), "countries"),
        (lambda d: d["methods"][1].update(last_checked="yesterday"), "not a date"),
        (lambda d: d["methods"][1].update(colour="red"), "unknown colour"),
        (lambda d: d["methods"][1]["routes"][0].update(source=99), "no source number 99"),
        (lambda d: d["methods"][1].update(niches=["no-such-niche"]), "no-such-niche"),
        (lambda d: d.update(format="something-else"), "not a creator-money-guide file"),
    ],
)
def test_a_bad_file_imports_nothing(rich_content, tmp_path, spoil, message):
    data = json.loads(export_text())
    data["methods"][0]["summary"] = "This change must not survive the failure."
    spoil(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = export_text()

    with pytest.raises(CommandError, match=message):
        import_file(path)

    assert export_text() == before


def test_dry_run_writes_nothing(rich_content, tmp_path):
    data = json.loads(export_text())
    data["methods"][0]["summary"] = "Only a dry run."
    path = tmp_path / "guide.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    report = import_file(path, dry_run=True)
    assert "Would have: 1 methods updated" in report
    assert not Method.objects.filter(summary="Only a dry run.").exists()

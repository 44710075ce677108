"""The admin of the log of changes, and the prefilled new entry offered after a threshold changes."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone

from guide.change_offer import change_summary, differences, prefill_url
from guide.models import Change

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "args, summary",
    [
        (("Creator Rewards Program", "minimum followers", 10_000, 12_000, ["US", "GB"]),
         "Creator Rewards Program: minimum followers 10,000 -> 12,000 in US, GB"),
        (("Series", "minimum age", 18, 19, ["KR"]), "Series: minimum age 18 -> 19 in KR"),
        (("LIVE Gifts", "minimum age", 16, 18, []), "LIVE Gifts: minimum age 16 -> 18"),
        (("Shop", "minimum followers", None, 1_000, ()), "Shop: minimum followers none -> 1,000"),
        (("Shop", "business accounts", True, False, ["US"]), "Shop: business accounts yes -> no in US"),
        (("Rewards", "countries", ["US", "GB"], ["GB", "MX", "US"], []), "Rewards: countries GB, US -> GB, MX, US"),
        (("Rewards", "minimum views", 1, 2, ["US", "GB", "DE", "FR", "JP", "KR", "BR", "MX"]),
         "Rewards: minimum views 1 -> 2 in US, GB, DE, FR, JP, KR and 2 more"),
    ],
)  # fmt: skip
def test_change_summary_words_the_difference(args, summary):
    assert change_summary(*args) == summary


def test_change_summary_fits_the_field():
    summary = change_summary("A" * 300, "minimum followers", 1, 2)
    assert len(summary) == Change._meta.get_field("summary").max_length and summary.endswith("…")


def test_prefill_url_opens_the_add_form_with_the_difference(make_method):
    method = make_method()
    url = prefill_url(method, "Method: minimum followers 10,000 -> 12,000 in US, GB", ["US", "GB"])
    parts = urlsplit(url)
    assert parts.path == "/admin/guide/change/add/"
    assert parse_qs(parts.query) == {
        "date": [timezone.localdate().isoformat()],
        "summary": ["Method: minimum followers 10,000 -> 12,000 in US, GB"],
        "method": [str(method.pk)],
        "countries": ["US,GB"],
    }
    platform = parse_qs(urlsplit(prefill_url(None, "TikTok blocked", [])).query)
    assert "method" not in platform and "countries" not in platform


def test_the_add_form_is_filled_in_from_the_link(admin_client, make_method):
    method = make_method()
    page = admin_client.get(prefill_url(method, "A threshold moved", ["US", "GB"]))
    assert page.status_code == 200
    form = page.context["adminform"].form
    assert form.initial["countries"] == ["US", "GB"]
    assert str(form.initial["method"]) == str(method.pk)
    assert form.initial["summary"] == "A threshold moved"
    html = page.content.decode()
    assert '<option value="US" selected>' in html and '<option value="GB" selected>' in html


def test_an_editor_saves_a_change_and_the_list_shows_it(admin_client, make_method):
    method = make_method()
    response = admin_client.post(
        "/admin/guide/change/add/",
        {
            "date": "2026-11-01",
            "day_known": "on",
            "method": method.pk,
            "countries": ["US", "GB"],
            "summary_en": "A threshold moved",
            "details_en": "**Why** it matters.",
            "is_published": "on",
            "source_title": "TikTok newsroom",
            "source_url": "https://newsroom.tiktok.com/x",
            "source_kind": "official",
            "version": "",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    change = Change.objects.get()
    assert change.country_codes == ["GB", "US"] and change.date == datetime.date(2026, 11, 1)
    assert "<strong>Why</strong>" in change.details_html
    assert change.history.count() == 1
    listing = admin_client.get("/admin/guide/change/").content.decode()
    assert "A threshold moved" in listing and "GB, US" in listing
    assert admin_client.get(f"/admin/guide/change/{change.pk}/history/").status_code == 200
    filtered = admin_client.get("/admin/guide/change/", {"source_kind__exact": "press"}).content.decode()
    assert "A threshold moved" not in filtered


def test_the_same_date_and_summary_twice_is_refused_in_words(admin_client, make_method):
    Change.objects.create(date=datetime.date(2026, 1, 1), summary="Once")
    response = admin_client.post(
        "/admin/guide/change/add/",
        {"date": "2026-01-01", "summary_en": "Once", "source_kind": "press", "version": ""},
    )
    assert response.status_code == 200
    assert "There is already a change with this date and summary." in response.content.decode()


def test_markdown_preview_for_details(admin_client):
    response = admin_client.post(
        "/admin/guide/change/preview/", {"field": "details", "details": "*hi* <script>x</script>"}
    )
    assert response.content.decode().startswith("<p><em>hi</em>") and b"<script" not in response.content


ROUTE = {"name": "Main", "countries": ["US"], "min_followers": 1000, "min_views_30d": 0, "min_age": 18}
ROUTE |= {"allows_personal": True, "allows_business": True}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, []),
        ({"min_views_30d": 100_000}, [("X: minimum views in 30 days none -> 100,000 in US", ["US"])]),
        ({"allows_business": False}, [("X: business accounts yes -> no in US", ["US"])]),
        ({"countries": ["GB", "US"]}, [("X: now in GB", ["GB"])]),
        ({"countries": []}, [("X: no longer in US", ["US"])]),
        ({"countries": ["GB"]}, [("X: now in GB; no longer in US", ["GB", "US"])]),
    ],
)
def test_differences_word_each_changed_requirement(changes, expected):
    before = {1: ROUTE | {"min_views_30d": None}}
    after = {1: before[1] | changes}
    assert differences("X", before, after) == expected


def test_with_several_routes_each_difference_names_its_route():
    before = {1: ROUTE, 2: ROUTE | {"name": "LIVE"}}
    after = {1: ROUTE, 2: ROUTE | {"name": "LIVE", "min_age": 16}}
    assert differences("X", before, after) == [("X (LIVE): minimum age 18 -> 16 in US", ["US"])]


def test_a_new_or_deleted_route_is_not_worded_as_a_change():
    assert differences("X", {1: ROUTE}, {2: ROUTE}) == []


KR = {"min_followers": None, "min_views_30d": None, "min_age": 19}


@pytest.mark.parametrize(
    ("before_rules", "after_rules", "expected"),
    [
        ({"KR": KR}, {"KR": KR}, []),
        ({"KR": KR}, {"KR": KR | {"min_age": 20}}, [("X: minimum age 19 -> 20 in KR", ["KR"])]),
        # A new rule, and a removed one: from and back to the route's own minimum.
        ({}, {"KR": KR}, [("X: minimum age 18 -> 19 in KR", ["KR"])]),
        ({"KR": KR}, {}, [("X: minimum age 19 -> 18 in KR", ["KR"])]),
        (
            {"KR": KR},
            {"KR": KR | {"min_followers": 5000}, "JP": KR | {"min_age": None, "min_views_30d": 10}},
            [
                ("X: minimum views in 30 days none -> 10 in JP", ["JP"]),
                ("X: minimum followers 1,000 -> 5,000 in KR", ["KR"]),
            ],
        ),
        ({"KR": KR | {"min_age": 18}}, {}, []),  # a rule stating the route's own minimum changed nothing
    ],
)
def test_differences_word_each_changed_country_rule(before_rules, after_rules, expected):
    before = {1: ROUTE | {"min_views_30d": None, "rules": before_rules}}
    after = {1: before[1] | {"rules": after_rules}}
    assert differences("X", before, after) == expected


def test_a_route_change_is_not_repeated_for_countries_without_their_own_minimum():
    before = {1: ROUTE | {"rules": {"KR": KR}}}
    after = {1: ROUTE | {"min_age": 16, "rules": {"KR": KR}}}
    assert differences("X", before, after) == [("X: minimum age 18 -> 16 in US", ["US"])]

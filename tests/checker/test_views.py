import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guide.models import Route
from tests.admin_forms import change_form_data, inline_prefix

pytestmark = pytest.mark.django_db

PROFILE = {
    "followers": "12,500",
    "age": "24",
    "country": "US",
    "views_30d": "150k",
    "niche": "education",
    "live": "",
    "account_type": "personal",
}
SLUGS = {
    "creator-rewards",
    "live-gifts",
    "series",
    "subscriptions",
    "brand-partnerships",
    "affiliate-marketing",
    "own-products",
    "tiktok-shop",
}
HX = {"HX-Request": "true"}


def statuses(html: str) -> dict[str, str]:
    return dict(re.findall(r'data-method="([^"]+)" data-status="([^"]+)"', html))


def test_empty_form_has_every_contract_field(client, default_content):
    response = client.get("/check/")
    html = response.content.decode()
    assert response.status_code == 200
    for name in PROFILE:
        assert f'name="{name}"' in html
    assert "data-method=" not in html
    assert 'class="field__error" id="id_followers_error"></p>' in html  # no errors before any answer


def test_full_profile_renders_whole_page_with_results(client, default_content):
    response = client.get("/check/", PROFILE)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" in html
    assert "HX-Request" in response["Vary"]
    found = statuses(html)
    assert found.keys() >= SLUGS
    assert found["creator-rewards"] == "eligible"
    assert found["affiliate-marketing"] == "eligible"
    assert 'value="12,500"' in html  # the form keeps what was typed


def test_htmx_request_gets_only_the_results_fragment_and_error_slots(client, default_content):
    response = client.get("/check/", PROFILE, headers=HX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and "<form" not in html
    assert statuses(html).keys() >= SLUGS
    assert 'id="results-status" data-hx-swap-oob="innerHTML"' in html
    assert 'id="id_followers_error" data-hx-swap-oob="innerHTML"' in html
    assert "HX-Request" in response["Vary"]


def test_history_restore_gets_the_whole_page(client, default_content):
    response = client.get("/check/", PROFILE, headers={**HX, "HX-History-Restore-Request": "true"})
    assert b"<html" in response.content


def test_missing_requirements_are_marked_and_worded(client, default_content):
    html = client.get("/check/", {**PROFILE, "followers": "7,600"}).content.decode()
    assert statuses(html)["creator-rewards"] == "not-yet"
    assert 'data-missing="followers"' in html
    assert "2,400 more followers" in html
    assert "closest next:" in html


def test_unavailable_country_and_blocked_country(client, default_content):
    canada = statuses(client.get("/check/", {**PROFILE, "country": "CA"}).content.decode())
    assert canada["creator-rewards"] == "unavailable"
    india = statuses(client.get("/check/", {**PROFILE, "country": "IN"}).content.decode())
    assert set(india.values()) == {"unavailable"}


@pytest.mark.parametrize("headers", [{}, HX])
def test_bad_input_shows_messages_beside_fields_and_keeps_typing(client, default_content, headers):
    response = client.get("/check/", {**PROFILE, "followers": "lots", "age": "9"}, headers=headers)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Write the number of followers in digits" in html
    assert "Enter an age of 13 or more" in html
    assert "data-method=" not in html
    if not headers:
        assert 'value="lots"' in html
        assert 'aria-invalid="true"' in html


def test_while_typing_empty_fields_are_pending_not_errors(client, default_content):
    html = client.get("/check/", {"followers": "500"}, headers=HX).content.decode()
    assert "Enter your age" not in html
    assert "Fill in age and country to see your results" in html  # views are optional
    full_page = client.get("/check/", {"followers": "500"}).content.decode()
    assert "Enter your age in years." in full_page


def test_hostile_values_are_escaped(client, default_content):
    html = client.get("/check/", {**PROFILE, "followers": '"><script>alert(1)</script>'}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_api_success_shape(client, default_content):
    response = client.get("/api/check", PROFILE)
    assert response.status_code == 200
    data = response.json()
    rows = {row["method"]: row for row in data["results"]}
    assert rows.keys() >= SLUGS
    for row in data["results"]:
        assert row["status"] in {"eligible", "not-yet", "unavailable"}
        assert "niche_fit" in row
        for missing in row["missing"]:
            assert {"requirement", "have", "need"} <= missing.keys()
    assert rows["creator-rewards"]["niche_fit"] == "strong"


def test_api_reports_what_is_missing(client, default_content):
    data = client.get("/api/check", {**PROFILE, "followers": "7600"}).json()
    row = next(r for r in data["results"] if r["method"] == "creator-rewards")
    assert row["status"] == "not-yet"
    assert {"requirement": "followers", "have": 7600, "need": 10000} in [
        {k: m[k] for k in ("requirement", "have", "need")} for m in row["missing"]
    ]


@pytest.mark.parametrize(
    ("params", "fields"),
    [
        ({**PROFILE, "followers": "-5"}, {"followers"}),
        ({**PROFILE, "age": "abc", "country": "XX"}, {"age", "country"}),
        ({}, {"followers", "age", "country"}),
    ],
)
def test_api_rejects_bad_input_with_400_and_field_errors(client, default_content, params, fields):
    response = client.get("/api/check", params)
    assert response.status_code == 400
    errors = json.loads(response.content)["errors"]
    assert set(errors) == fields
    assert all(isinstance(message, str) for messages in errors.values() for message in messages)


def test_changing_a_threshold_in_the_admin_changes_the_answer(admin_client, client, default_content):
    profile = {**PROFILE, "followers": "9000"}
    assert statuses(client.get("/check/", profile).content.decode())["creator-rewards"] == "not-yet"
    route = Route.objects.get(method__slug="creator-rewards")
    change_url = f"/admin/guide/method/{route.method_id}/change/"
    page = admin_client.get(change_url)
    data = change_form_data(page)
    data[f"{inline_prefix(page, Route)}-0-min_followers"] = 8000
    response = admin_client.post(change_url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    assert statuses(client.get("/check/", profile).content.decode())["creator-rewards"] == "eligible"


def test_check_query_count_is_small_and_constant(client, default_content, make_method):
    with CaptureQueriesContext(connection) as before:
        client.get("/check/", PROFILE)
    for _ in range(10):
        make_method()
    with CaptureQueriesContext(connection) as after:
        client.get("/check/", PROFILE)
    # With each method's dated rule changes (one query) and its pay figures (one query).
    assert len(after) == len(before) <= 12


def test_rates_load_with_the_requirements_once_per_content_version(client, default_content):
    client.get("/check/", PROFILE)  # loads the requirements, rates and all, for this content version
    with CaptureQueriesContext(connection) as again:
        client.get("/check/", {**PROFILE, "views_30d": "200k"})  # another page: not a cached one
    assert not [q for q in again.captured_queries if "guide_rate" in q["sql"]]
    assert len(again) <= 2  # the content version, and nothing per method or per estimate

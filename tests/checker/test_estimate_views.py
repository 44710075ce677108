"""Earnings estimates where creators see them: the results page, /api/check, method pages and the admin."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guide.models import Rate

pytestmark = pytest.mark.django_db

PERSONAS = [
    # (answers, creator-rewards' estimate as FACTS.md's figures give it; None: no range)
    ({"followers": "12,500", "age": "24", "country": "GB", "views_30d": "150k", "account_type": "personal"}, (18, 75)),
    # The US's own figure: pay fell in Jan 2026 by an unpublished amount, so its low end is $0.20.
    ({"followers": "12,500", "age": "24", "country": "US", "views_30d": "150k", "account_type": "personal"}, (9, 75)),
    ({"followers": "50000", "age": "25", "country": "MX", "views_30d": "400000", "account_type": "personal"}, (26, 44)),
    ({"followers": "2000", "age": "22", "country": "BR", "views_30d": "20000", "account_type": "personal"}, None),
    ({"followers": "12,500", "age": "24", "country": "US", "account_type": "personal"}, None),  # views unanswered
    ({"followers": "12,500", "age": "24", "country": "US", "views_30d": "150k"}, None),  # not yet: account type
]  # fmt: skip


def html_estimates(html: str) -> dict[str, tuple[int, int]]:
    """Each result's data-estimate-low/high, by method."""
    found = {}
    for method, body in re.findall(
        r'data-method="([^"]+)" data-status="[^"]+">(.*?)(?=data-method=|</ol>)', html, re.S
    ):
        match = re.search(r'data-estimate-low="(\d+)" data-estimate-high="(\d+)"', body)
        found[method] = (int(match[1]), int(match[2])) if match else None
    return found


@pytest.mark.parametrize("answers, expected", PERSONAS)
def test_the_page_and_the_api_give_the_same_estimates(client, default_content, answers, expected):
    api = client.get("/api/check", answers).json()["results"]
    page = html_estimates(client.get("/check/", answers).content.decode())
    by_api = {
        r["method"]: (r["estimate"]["low"], r["estimate"]["high"]) if r["estimate"] else None for r in api
    }
    assert by_api == page
    assert by_api["creator-rewards"] == expected
    for result in api:
        if result["status"] != "eligible":
            assert result["estimate"] is None  # never for a method the creator cannot use yet
        if result["estimate"]:
            estimate = result["estimate"]
            assert set(estimate) == {"low", "high", "currency", "period", "basis", "kind", "sources"}
            assert (estimate["currency"], estimate["period"], estimate["kind"]) == (
                "USD",
                "month",
                "reported",
            )
            assert estimate["low"] < estimate["high"] and estimate["sources"]


def test_an_estimate_is_marked_and_its_basis_disclosed(client, default_content):
    html = client.get("/check/", PERSONAS[0][0]).content.decode()
    assert "About $18–$75 a month" in html and ">Estimate<" in html
    disclosure = re.search(r'data-estimate-low="18".*?</details>', html, re.S)[0]
    assert "<details" in disclosure and "150,000 views in 30 days" in disclosure
    assert 'href="https://shortimize.com/blog/qualified-views-vs-total-views"' in disclosure
    assert "last checked" in disclosure and "reported" in disclosure
    for left_out in ("taxes", "payment fees", "payout minimums", "currency conversion"):
        assert left_out in disclosure


def test_methods_without_a_range_say_what_they_pay_per_unit(client, default_content):
    api = {r["method"]: r for r in client.get("/api/check", PERSONAS[1][0]).json()["results"]}
    assert api["subscriptions"]["estimate"] is None
    assert "70–90%" in api["subscriptions"]["pay_per_unit"]  # the US share
    assert "$75–$800 a post" in api["brand-partnerships"]["pay_per_unit"]  # 12,500 followers' tier
    assert api["creator-rewards"]["pay_per_unit"] is None  # it has a range instead


def test_the_us_estimate_says_its_pay_fell_without_a_published_figure(client, default_content):
    api = {r["method"]: r for r in client.get("/api/check", PERSONAS[1][0]).json()["results"]}
    basis = api["creator-rewards"]["estimate"]["basis"]
    assert "$0.20–$1.00 per 1,000 qualified views (the figure for US" in basis
    assert "fell in Jan 2026" in basis


def test_an_edited_rate_shows_at_once(client, default_content):
    Rate.objects.filter(method__slug="creator-rewards", figure="pay_per_1000_views", country="").update(
        high=200
    )
    Rate.objects.first().save()  # .update() sends no signal: a save moves the content version
    api = client.get("/api/check", PERSONAS[0][0]).json()["results"]
    assert next(r for r in api if r["method"] == "creator-rewards")["estimate"]["high"] == 150


def test_method_page_shows_the_figures_and_a_worked_example(client, default_content):
    html = client.get("/methods/creator-rewards/").content.decode()
    assert "How it pays in figures" in html
    assert 'data-rate="pay_per_1000_views"' in html and "Mexico" in html
    assert 'data-example-low="12" data-example-high="50"' in html  # 100,000 views x 30-50% x $0.40-$1.00
    assert "about $12–$50 a month" in html
    subscriptions = client.get("/methods/subscriptions/").content.decode()
    assert 'data-example-low="140" data-example-high="420"' in subscriptions
    assert "How it pays in figures" not in client.get("/methods/tips-feature/").content.decode()


def test_method_page_query_count_does_not_grow_with_rates(client, default_content):
    with CaptureQueriesContext(connection) as few:
        client.get("/methods/creator-rewards/")
    rate = Rate.objects.filter(method__slug="creator-rewards").first()
    for code in ("DE", "FR", "GB", "BR"):
        rate.pk, rate.country = None, code
        rate.save()
    with CaptureQueriesContext(connection) as many:
        client.get("/methods/creator-rewards/")
    assert len(many) == len(few)


def test_the_admin_lists_adds_and_changes_rates(admin_client, default_content):
    listing = admin_client.get("/admin/guide/rate/")
    assert listing.status_code == 200 and "$0.40–$1.00" in listing.content.decode()
    rate = Rate.objects.get(method__slug="creator-rewards", figure="qualified_share")
    assert admin_client.get(f"/admin/guide/rate/{rate.pk}/change/").status_code == 200
    assert admin_client.get("/admin/guide/rate/add/").status_code == 200
    assert admin_client.get(f"/admin/guide/rate/{rate.pk}/history/").status_code == 200
    assert "30–50%" in admin_client.get("/admin/guide/rate/", {"figure": "qualified_share"}).content.decode()


def test_the_admin_refuses_a_range_upside_down(admin_client, default_content):
    method = Rate.objects.get(figure="qualified_share").method
    data = {
        "method": method.pk,
        "figure": "creator_share",
        "label": "",
        "country": "",
        "low": 70,
        "high": 50,
        "order": 0,
        "source_title": "T",
        "source_url": "",
        "source_kind": "press",
        "checked": "2026-11-25",
    }
    response = admin_client.post("/admin/guide/rate/add/", data)
    assert (
        response.status_code == 200
        and "The high end must be at least the low end." in response.content.decode()
    )
    data["high"] = 90
    assert admin_client.post("/admin/guide/rate/add/", data).status_code == 302
    assert Rate.objects.filter(method=method, figure="creator_share").exists()

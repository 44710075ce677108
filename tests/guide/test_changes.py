"""What changed: the log's page, feed and JSON, their filters, and the log on method pages and the home page."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guide.caching import PageCacheMiddleware, content_version
from guide.models import Change

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SCRIPT = "<script>alert(1)</script>"


@pytest.fixture
def make_change(db):
    counter = iter(range(1, 100000))

    def make(**fields):
        n = next(counter)
        fields = {
            "date": datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
            "summary": f"Change number {n}",
            "source_url": f"https://example.com/source/{n}",
            "source_title": f"Source {n}",
            "source_kind": "press",
            **fields,
        }
        return Change.objects.create(**fields)

    return make


@pytest.fixture
def log(make_method, make_change):
    """Two methods and a handful of changes: one method's, the other's, platform-wide, a draft."""
    rewards = make_method(name="Rewards", slug="rewards")
    shop = make_method(name="Shop", slug="shop")
    return {
        "rewards": rewards,
        "shop": shop,
        "mx": make_change(date=datetime.date(2025, 10, 1), method=rewards, countries=["MX"], summary="Rewards opens in Mexico"),
        "us": make_change(date=datetime.date(2024, 5, 23), method=shop, countries=["US"], summary="Shop in the US"),
        "all": make_change(date=datetime.date(2025, 3, 1), method=rewards, summary="Rewards everywhere", day_known=False),
        "blocked": make_change(date=datetime.date(2020, 6, 1), countries=["IN"], summary="India blocks TikTok"),
        "draft": make_change(date=datetime.date(2025, 11, 1), method=rewards, summary="Draft change", is_published=False),
    }  # fmt: skip


def dates(html: str) -> list[str]:
    return re.findall(r'data-change-date="([\d-]+)"', html)


def page(client, **query) -> str:
    response = client.get("/changes/", query)
    assert response.status_code == 200
    return response.content.decode()


# ---------------------------------------------------------------- the page


def test_newest_first_grouped_by_year_without_drafts(client, log):
    html = page(client)
    assert dates(html) == ["2025-10-01", "2025-03-01", "2024-05-23", "2020-06-01"]
    assert re.findall(r'<h2 class="change-log__year"[^>]*>(\d{4})</h2>', html) == ["2025", "2024", "2020"]
    assert "Draft change" not in html
    assert 'href="/methods/rewards/">Rewards</a>' in html  # the method, linked
    assert "Mexico" in html and "India" in html  # countries by name
    assert 'href="https://example.com/source/' in html and 'class="badge badge--press"' in html
    assert ">Mar 2025</time>" in html and ">1 Oct 2025</time>" in html  # the day only where it is known


def test_a_change_to_a_draft_method_is_not_public(client, log, make_method, make_change):
    draft = make_method(is_published=False)
    make_change(method=draft, summary="About a draft")
    assert "About a draft" not in page(client)
    assert "About a draft" not in client.get("/api/changes").content.decode()


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"method": "rewards"}, ["2025-10-01", "2025-03-01"]),
        ({"country": "MX"}, ["2025-10-01", "2025-03-01"]),  # Mexico's, and those that apply everywhere
        (
            {"country": " us "},
            ["2025-03-01", "2024-05-23"],
        ),  # read as the cache keys it: trimmed, upper-cased
        ({"method": "rewards", "country": "US"}, ["2025-03-01"]),
        ({"method": "shop", "country": "MX"}, []),
        ({"country": "IN"}, ["2025-03-01", "2020-06-01"]),
    ],
)
def test_filters(client, log, query, expected):
    assert dates(page(client, **query)) == expected
    api = client.get("/api/changes", query).json()["changes"]
    assert [row["date"] for row in api] == expected
    feed = ET.fromstring(client.get("/changes/feed/", query).content)
    assert len(feed.findall(f"{ATOM}entry")) == len(expected)


@pytest.mark.parametrize(
    "query",
    [{"method": "no-such-method"}, {"country": "XX"}, {"country": "USA"}, {"method": SCRIPT}, {"country": SCRIPT},
     {"method": "x" * 5000}, {"country": "\x00"}],
)  # fmt: skip
def test_junk_filters_are_noted_on_the_page_and_refused_by_the_feed_and_api(client, log, query):
    html = page(client, **query)
    assert SCRIPT not in html
    assert 'class="callout callout--note change-log__note"' in html
    assert len(dates(html)) == 4  # the unreadable filter is dropped, the list still shown
    feed = client.get("/changes/feed/", query)
    # Plain text (and nosniff): a reader is told why, and nothing in it runs.
    assert feed.status_code == 400 and feed["Content-Type"].startswith("text/plain")
    api = client.get("/api/changes", query)
    assert api.status_code == 400
    errors = api.json()["errors"]
    assert set(errors) == set(query) and all(isinstance(m, str) for ms in errors.values() for m in ms)


def test_a_script_in_a_filter_is_shown_as_text(client, log):
    assert "There is no method “&lt;script&gt;alert(1)&lt;/script&gt;”." in page(client, method=SCRIPT)


def test_a_junk_filter_with_a_good_one_keeps_the_good_one(client, log):
    html = page(client, method="rewards", country="ZZ")
    assert dates(html) == ["2025-10-01", "2025-03-01"]
    assert "“ZZ” is not a country code" in html


def test_htmx_gets_the_list_only_and_both_vary(client, log):
    full = client.get("/changes/", {"method": "shop"})
    fragment = client.get("/changes/", {"method": "shop"}, headers={"HX-Request": "true"})
    assert b"<html" in full.content and b"<html" not in fragment.content
    assert b'id="change-list"' in fragment.content and b'data-hx-swap-oob="innerHTML"' in fragment.content
    assert dates(fragment.content.decode()) == ["2024-05-23"]
    assert "HX-Request" in full["Vary"] and "HX-Request" in fragment["Vary"]
    restore = client.get("/changes/", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert b"<html" in restore.content


def test_the_form_works_without_javascript_and_says_what_it_shows(client, log):
    html = page(client, method="rewards", country="MX")
    assert '<form id="change-filters"' in html and 'action="/changes/" method="get"' in html
    assert 'data-hx-get="/changes/"' in html and 'data-hx-push-url="true"' in html
    assert '<option value="rewards" selected>Rewards</option>' in html
    assert '<option value="MX" selected>Mexico</option>' in html
    assert "2 changes for Rewards in Mexico" in html


def test_the_page_links_its_feed_with_the_same_filters(client, log):
    html = page(client, method="rewards", country="mx")
    assert (
        '<link rel="alternate" type="application/atom+xml" title="What changed: Rewards in Mexico (Atom feed)" '
        'href="/changes/feed/?method=rewards&amp;country=MX">'
    ) in html


def test_only_get_and_head(client, log):
    assert client.post("/changes/").status_code == 405
    assert client.post("/changes/feed/").status_code == 405
    api = client.post("/api/changes")
    assert api.status_code == 405 and api.json()["errors"]


# ---------------------------------------------------------------- the feed


def test_the_feed_is_atom_with_one_entry_per_change(client, log):
    response = client.get("/changes/feed/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{name}") is not None, name
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == Change.objects.filter(is_published=True).count() == 4
    for entry in entries:
        for name in ("id", "title", "updated", "link"):
            assert entry.find(f"{ATOM}{name}") is not None, name
    ids = [entry.find(f"{ATOM}id").text for entry in entries]
    assert len(set(ids)) == len(ids)
    first = entries[0]
    assert first.find(f"{ATOM}title").text == "Rewards opens in Mexico"
    assert first.find(f"{ATOM}updated").text.startswith("2025-10-01")
    assert first.find(f"{ATOM}link").get("href") == f"http://testserver/changes/#change-{log['mx'].pk}"
    described = first.find(f"{ATOM}summary").text  # HTML, escaped into the XML
    assert "<p>Rewards opens in Mexico</p>" in described
    assert f'Source: <a href="{log["mx"].source_url}">Source ' in described and "(Press)" in described


def test_a_filtered_feed_is_named_for_its_filters(client, log):
    feed = ET.fromstring(client.get("/changes/feed/", {"method": "rewards", "country": "MX"}).content)
    assert feed.find(f"{ATOM}title").text == "What changed: Rewards in Mexico"
    assert feed.find(f"{ATOM}id").text == "http://testserver/changes/?method=rewards&country=MX"


def test_an_empty_feed_is_still_valid(client, db):
    feed = ET.fromstring(client.get("/changes/feed/").content)
    assert feed.find(f"{ATOM}updated") is not None and not feed.findall(f"{ATOM}entry")


# ---------------------------------------------------------------- JSON


def test_json_shape_is_exactly_designs(client, log):
    rows = client.get("/api/changes").json()["changes"]
    assert rows[0] == {
        "date": "2025-10-01",
        "method": "rewards",
        "countries": ["MX"],
        "summary": "Rewards opens in Mexico",
        "source": log["mx"].source_url,
        "kind": "press",
    }
    blocked = next(row for row in rows if row["summary"] == "India blocks TikTok")
    assert blocked["method"] is None and blocked["countries"] == ["IN"]
    for row in rows:
        assert set(row) == {"date", "method", "countries", "summary", "source", "kind"}


def test_a_change_without_a_source_address_says_null(client, make_change):
    make_change(source_url="", source_title="Press reports")
    assert client.get("/api/changes").json()["changes"][0]["source"] is None


# ---------------------------------------------------------------- elsewhere on the site


def test_method_page_shows_its_last_three_changes_and_links_the_rest(client, log, make_change):
    for day in range(1, 4):
        make_change(date=datetime.date(2023, 1, day), method=log["rewards"], summary=f"Old {day}")
    html = client.get("/methods/rewards/").content.decode()
    section = html.split('id="changes-title"', 1)[1].split("</section>", 1)[0]
    assert dates(section) == ["2025-10-01", "2025-03-01", "2023-01-03"]
    assert 'href="/changes/?method=rewards">All changes to Rewards</a>' in section
    assert (
        '<link rel="alternate" type="application/atom+xml" title="What changed: Rewards (Atom feed)" '
        'href="/changes/feed/?method=rewards">'
    ) in html


def test_home_shows_the_latest_changes(client, log):
    html = client.get("/").content.decode()
    section = html.split('id="latest-changes-title"', 1)[1].split("</section>", 1)[0]
    assert dates(section) == ["2025-10-01", "2025-03-01", "2024-05-23", "2020-06-01"]
    assert 'href="/changes/"' in section


def test_nav_and_sitemap_lead_to_the_log(client, log):
    html = page(client)
    assert '<a href="/changes/" aria-current="page">What changed</a>' in html
    assert b"/changes/</loc>" in client.get("/sitemap.xml").content


@pytest.mark.parametrize("path", ["/changes/", "/changes/feed/", "/api/changes", "/", "/methods/rewards/"])
def test_query_counts_do_not_grow_with_the_log(client, log, make_change, path):
    with CaptureQueriesContext(connection) as before:
        assert client.get(path).status_code == 200
    for _ in range(9):
        make_change(method=log["shop"], countries=["US", "GB"])
    with CaptureQueriesContext(connection) as after:
        assert client.get(path).status_code == 200
    assert len(after) == len(before)


# ---------------------------------------------------------------- content plumbing


def test_a_saved_change_renders_its_markdown_and_moves_the_content_version(make_change):
    before = content_version()
    change = make_change(details="**Bold** <script>x()</script>")
    assert "<strong>Bold</strong>" in change.details_html and "<script" not in change.details_html
    assert content_version() > before


def test_editors_may_edit_changes():
    perms = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert {"add_change", "change_change", "delete_change", "view_change"} <= perms


def test_the_cache_keys_read_only_the_filters_normalised(rf, log):
    def key(query):
        return PageCacheMiddleware.key(rf.get("/changes/" + query))

    assert key("?country=mx&method=rewards") == key("?method=rewards&country=MX&utm_source=x")
    assert key("?country=MX") != key("?country=US")
    feed = PageCacheMiddleware.key(rf.get("/changes/feed/?country=mx"))
    assert feed == PageCacheMiddleware.key(rf.get("/changes/feed/?country=MX&a=1"))

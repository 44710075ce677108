import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guide.models import Method, OldSlug

pytestmark = pytest.mark.django_db

CONTRACT_SLUGS = [
    "creator-rewards", "live-gifts", "series", "subscriptions",
    "brand-partnerships", "affiliate-marketing", "own-products", "tiktok-shop",
]  # fmt: skip


def test_home_links_every_published_method_tips_and_checker(client, default_content):
    html = client.get("/").content.decode()
    for slug in CONTRACT_SLUGS:
        assert f'href="/methods/{slug}/"' in html
    assert 'href="/tips/"' in html
    assert 'href="/check/"' in html
    assert "Direct: TikTok pays you" in html
    assert "Indirect: your audience pays off" in html


@pytest.mark.parametrize("slug", CONTRACT_SLUGS)
def test_method_page_shows_requirements_sources_and_freshness(client, default_content, slug):
    response = client.get(f"/methods/{slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    method = Method.objects.get(slug=slug)
    assert method.name in html
    assert "Last checked" in html
    assert 'id="sources"' in html
    assert method.sources.first().url in html
    assert '<meta name="description" content="' in html
    assert '<meta property="og:title" content="' + method.name in html


def test_old_slug_redirects_permanently(client, default_content):
    response = client.get("/methods/creator-fund/")
    assert response.status_code == 301
    assert response["Location"] == "/methods/creator-rewards/"


def test_unknown_method_is_a_404_in_the_site_layout(client, default_content):
    response = client.get("/methods/no-such-method/")
    assert response.status_code == 404
    assert b"We can\xe2\x80\x99t find that page" in response.content
    assert b'class="site-header"' in response.content


def test_draft_method_is_hidden_from_public_and_previewable_by_staff(client, admin_client, make_method):
    draft = make_method(is_published=False)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert draft.get_absolute_url().encode() not in client.get("/").content
    assert draft.get_absolute_url().encode() not in client.get("/sitemap.xml").content
    assert draft.get_absolute_url().encode() not in client.get("/search/", {"q": draft.name}).content
    preview = admin_client.get(draft.get_absolute_url())
    assert preview.status_code == 200
    assert b"Draft preview" in preview.content


def test_old_slug_of_a_draft_does_not_redirect(client, make_method):
    draft = make_method(is_published=False)
    OldSlug.objects.create(slug="older-name", method=draft)
    assert client.get("/methods/older-name/").status_code == 404


def test_previous_and_next_follow_the_display_order(client, make_method):
    first, second, third = make_method(order=1), make_method(order=2), make_method(order=3)
    html = client.get(second.get_absolute_url()).content.decode()
    assert f'href="{first.get_absolute_url()}" rel="prev"' in html
    assert f'href="{third.get_absolute_url()}" rel="next"' in html


def test_tips_page_lists_published_tips(client, default_content):
    html = client.get("/tips/").content.decode()
    assert html.count('class="tip"') >= 6


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("live", "LIVE Gifts"),
        ("creator fund", "Creator Rewards Program"),  # former names are searched
        ("SHOP", "TikTok Shop"),
        ("consistency", "Tip"),
    ],
)
def test_search_finds_methods_tips_and_former_names(client, default_content, query, expected):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert expected in response.content.decode()


def test_search_ranks_title_matches_first(client, default_content):
    html = client.get("/search/", {"q": "subscriptions"}).content.decode()
    first_result = html.index('<ol class="search-results">')
    assert html.index("/methods/subscriptions/", first_result) < html.index("</li>", first_result)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "%%%%",
        "<script>alert(1)</script>",
        "x" * 10_000,
        "a " * 5000,
        "\x00",
        "' OR 1=1 --",
        "🙂🙂",
    ],
)
def test_search_survives_empty_junk_and_huge_queries(client, default_content, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_sitemap_robots_and_healthz(client, default_content):
    sitemap = client.get("/sitemap.xml").content.decode()
    for slug in CONTRACT_SLUGS:
        assert f"/methods/{slug}/" in sitemap
    robots = client.get("/robots.txt")
    assert robots["Content-Type"].startswith("text/plain")
    assert b"Sitemap: http://testserver/sitemap.xml" in robots.content
    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.content == b"ok"


@pytest.mark.parametrize("path", ["/", "/methods/{slug}/", "/tips/", "/search/?q=money", "/sitemap.xml"])
def test_query_count_does_not_grow_with_content(client, make_method, path):
    """Ten times the methods (each with a source, a route, a tip) costs no extra queries."""
    methods = [make_method() for _ in range(2)]
    url = path.format(slug=methods[0].slug)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    for _ in range(18):
        make_method()
    with CaptureQueriesContext(connection) as many:
        assert client.get(url).status_code == 200
    assert len(many) == len(few)


@pytest.mark.parametrize(
    "path", ["/", "/methods/creator-rewards/", "/tips/", "/check/", "/search/?q=x", "/healthz"]
)
def test_pages_answer_head_and_refuse_post(client, default_content, path):
    assert client.head(path).status_code == 200
    assert client.post(path).status_code == 405

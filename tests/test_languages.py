"""Every public page in English (unprefixed), Spanish (/es/) and Brazilian Portuguese (/pt-br/)."""

import re
from html import unescape

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from checker import requirements
from guide import caching, content_files

QUERY = "followers=12500&age=22&country=US&views_30d=&niche=education&live=&account_type=personal"
PAGES = [
    "/",
    "/methods/creator-rewards/",
    "/tips/",
    "/check/",
    f"/check/?{QUERY}",
    "/search/?q=gifts",
    "/changes/",
    "/changes/?method=creator-rewards&country=MX",
]
LANGUAGES = {"": "en", "/es": "es", "/pt-br": "pt-BR"}

pytestmark = pytest.mark.django_db


def html_lang(html: str) -> str:
    return re.search(r'<html lang="([^"]+)"', html).group(1)


def alternates(html: str) -> dict[str, str]:
    found = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html)
    return {tag: unescape(url) for tag, url in found}


@pytest.mark.parametrize("prefix", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_every_public_page_in_every_language(client, default_content, prefix, page):
    response = client.get(prefix + page)
    assert response.status_code == 200
    html = response.content.decode()
    assert html_lang(html) == LANGUAGES[prefix]
    assert response["Content-Language"] == LANGUAGES[prefix]
    assert "Accept-Language" not in response.get("Vary", "")
    english = f"http://testserver{page}"
    assert alternates(html) == {
        "en": english,
        "es": f"http://testserver/es{page}",
        "pt-BR": f"http://testserver/pt-br{page}",
        "x-default": english,
    }


@pytest.mark.parametrize("prefix", LANGUAGES)
def test_switcher_keeps_the_page_and_the_checker_answers(client, default_content, prefix):
    html = client.get(f"{prefix}/check/?{QUERY}").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    links = re.findall(r'href="([^"]+)"', switcher)
    assert links == [f"{p}/check/?{QUERY}".replace("&", "&amp;") for p in LANGUAGES]
    assert switcher.count('aria-current="true"') == 1


def test_feed_in_each_language(client, default_content):
    for prefix in LANGUAGES:
        response = client.get(f"{prefix}/changes/feed/")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/atom+xml")


def test_english_stays_english_whatever_the_browser_asks(default_content):
    """No redirect and no Spanish on unprefixed pages for a browser preferring Spanish, or a cookie."""
    client = Client(headers={"accept-language": "es-MX,es;q=0.9"})
    client.cookies["django_language"] = "pt-br"
    for page in PAGES:
        response = client.get(page)
        assert response.status_code == 200, page
        assert html_lang(response.content.decode()) == "en"


def test_apis_admin_and_service_files_are_unprefixed(client, default_content):
    assert client.get(f"/api/check?{QUERY}").status_code == 200
    assert client.get("/api/changes").status_code == 200
    assert client.get("/healthz").status_code == 200
    assert client.get("/robots.txt").status_code == 200
    assert client.get("/sitemap.xml").status_code == 200
    assert client.get("/admin/login/").status_code == 200
    for prefix in ("/es", "/pt-br"):
        assert client.get(f"{prefix}/api/check?{QUERY}").status_code == 404
        assert client.get(f"{prefix}/api/changes").status_code == 404
        assert client.get(f"{prefix}/admin/login/").status_code == 404
        assert client.get(f"{prefix}/sitemap.xml").status_code == 404


def test_api_answers_in_english_at_one_address(client, default_content):
    assert client.get("/api/check?followers=lots&age=22&country=US").json()["errors"]


def test_unknown_language_prefix_is_not_found(client, default_content):
    assert client.get("/fr/check/").status_code == 404
    assert client.get("/es/no-such-page/").status_code == 404


def test_sitemap_lists_every_page_with_its_alternates(client, default_content):
    xml = client.get("/sitemap.xml").content.decode()
    for prefix in LANGUAGES:
        assert f"<loc>http://testserver{prefix}/methods/creator-rewards/</loc>" in xml
        assert f"<loc>http://testserver{prefix}/check/</loc>" in xml
    assert 'hreflang="pt-br" href="http://testserver/pt-br/tips/"' in xml
    assert 'hreflang="x-default" href="http://testserver/tips/"' in xml


def test_pages_are_cached_per_language(client, default_content, django_assert_num_queries):
    first = {prefix: client.get(f"{prefix}/tips/").content for prefix in LANGUAGES}
    assert len(set(first.values())) == len(LANGUAGES)
    for prefix in LANGUAGES:
        with django_assert_num_queries(1):  # the content version only: served from the cache
            assert client.get(f"{prefix}/tips/").content == first[prefix]


@pytest.mark.parametrize(
    ("prefix", "gap"),
    [("", "9,050 more followers"), ("/es", "9.050 seguidores más"), ("/pt-br", "mais 9.050 seguidores")],
)
def test_checker_numbers_as_the_language_writes_them(client, default_content, prefix, gap):
    html = client.get(f"{prefix}/check/?followers=950&age=22&country=US").content.decode()
    assert gap in html
    assert 'data-method="creator-rewards" data-status="not-yet"' in html
    assert 'data-missing="followers"' in html


@pytest.mark.parametrize(
    ("page", "words"),
    [
        ("/es/check/?followers=9.500&age=22&country=US", "500 seguidores más (tienes 9.500 de 10.000)"),
        ("/es/check/?followers=9,5+mil&age=22&country=US", "500 seguidores más (tienes 9.500 de 10.000)"),
        (
            "/pt-br/check/?followers=9,5+mil&age=22&country=US",
            "mais 500 seguidores (você tem 9.500 de 10.000)",
        ),
        ("/check/?followers=9.5k&age=22&country=US", "500 more followers (you have 9,500 of 10,000)"),
    ],
)
def test_checker_reads_and_shows_numbers_in_the_language(client, default_content, page, words):
    assert words in client.get(page).content.decode()


def test_api_stays_english(client, default_content):
    body = client.get("/api/check?followers=950&age=22&country=US").json()
    assert any("more followers" in line["text"] for r in body["results"] for line in r["missing"])
    assert client.get("/api/check?followers=12,5+mil&age=22&country=US").status_code == 400


METHOD_SLUGS = [m["slug"] for m in content_files.default_content()["methods"] if m["is_published"]]
# Every public page: each method's, the checker's errors, a search with hits, the 404.
COUNTED_PAGES = [
    *PAGES,
    *[f"/methods/{slug}/" for slug in METHOD_SLUGS],
    "/search/?q=live",
    "/check/?followers=-5&age=abc&country=ZZ&views_30d=lots&niche=nope&live=maybe&account_type=robot",
    "/check/?country=CN",
    "/changes/feed/",
    "/no-such-page/",
]


@pytest.mark.parametrize("headers", [{}, {"HX-Request": "true"}], ids=["page", "htmx"])
@pytest.mark.parametrize("page", dict.fromkeys(COUNTED_PAGES))
def test_query_counts_are_the_same_in_every_language(client, default_content, page, headers):
    counts = {}
    for prefix in LANGUAGES:
        cache.clear()  # each language's first visit, from cold caches
        caching._ASKED_ONCE.clear()
        requirements.requirements_at.cache_clear()
        with CaptureQueriesContext(connection) as queries:
            status = client.get(prefix + page, headers=headers).status_code
        assert status == (404 if page == "/no-such-page/" else 200), (prefix, status)
        counts[prefix] = len(queries)
    assert len(set(counts.values())) == 1, counts

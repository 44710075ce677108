"""The checker and the pages in Spanish and Brazilian Portuguese: the same answers and markers as English,
words in the page's language, and never one language's page served for another (guide/caching.py)."""

import re
from html import escape

import pytest
from django.utils import translation
from django.utils.translation import gettext, pgettext

from checker.forms import CheckForm
from checker.requirements import current_requirements

pytestmark = pytest.mark.django_db

PREFIXES = {"": "en", "/es": "es", "/pt-br": "pt-br"}
HX = {"HX-Request": "true"}
# Eligible with an estimate (US, 150k views), not yet (followers, views), unavailable (a country without a
# program), and the Effect House badge answered.
RESULTS = "followers=12.5k&age=24&country=US&views_30d=150k&niche=education&live=&account_type=personal"
NOT_YET = "followers=950&age=17&country=BR&views_30d=&niche=gaming&live=no&account_type=business"
BAD = "followers=-5&age=abc&country=ZZ&views_30d=lots&niche=nope&live=maybe&account_type=robot"
MARKER = re.compile(r'\sdata-(?!hx-)([a-z-]+)(?:="([^"]*)")?')
FIELD = re.compile(r'<(?:input|select|option)\b[^>]*?\b(name|value)="([^"]*)"')


def markers(html: str) -> list[tuple[str, str]]:
    """Every data-* marker but htmx's, in order: data-method, data-status, data-missing, data-estimate-…"""
    return MARKER.findall(html)


def fields(html: str) -> list[tuple[str, str]]:
    """The form's parameter names and option values (countries and niches are listed in the language's
    alphabetical order, so sorted)."""
    return sorted(FIELD.findall(html))


def words(language: str, *messages: str) -> list[str]:
    with translation.override(language):
        return [escape(gettext(message), quote=False) for message in messages]


@pytest.mark.parametrize("headers", [{}, HX], ids=["page", "htmx"])
@pytest.mark.parametrize("query", [RESULTS, NOT_YET, f"{RESULTS}&effect_badge=yes", "country=CN"])
def test_checker_answers_the_same_in_every_language(client, default_content, query, headers):
    pages = {prefix: client.get(f"{prefix}/check/?{query}", headers=headers) for prefix in PREFIXES}
    english = pages[""].content.decode()
    assert 'data-status="' in english
    for prefix, response in pages.items():
        assert response.status_code == 200
        assert response["Content-Language"] == {"en": "en", "es": "es", "pt-br": "pt-BR"}[PREFIXES[prefix]]
        html = response.content.decode()
        assert markers(html) == markers(english), prefix
        assert fields(html) == fields(english), prefix


@pytest.mark.parametrize("headers", [{}, HX], ids=["page", "htmx"])
@pytest.mark.parametrize("prefix", ["/es", "/pt-br"])
def test_checker_results_estimates_and_next_steps_are_in_the_language(
    client, default_content, prefix, headers
):
    language = PREFIXES[prefix]
    html = client.get(f"{prefix}/check/?{RESULTS}", headers=headers).content.decode()
    english = client.get(f"/check/?{RESULTS}", headers=headers).content.decode()
    for word in words(language, "Open to you now", "Not yet", "Next step:", "Estimate", "How it pays:"):
        assert word in html
    for word in words(
        "en", "Open to you now", "Next step:", "How this estimate is worked out", "How it pays:"
    ):
        assert word not in html
    # The estimate: the same dollars, its arithmetic and basis in the language's words and numbers.
    assert re.findall(r'data-estimate-low="(\d+)" data-estimate-high="(\d+)"', html) == re.findall(
        r'data-estimate-low="(\d+)" data-estimate-high="(\d+)"', english
    )
    assert "150.000" in html and "150,000 views" in english
    with translation.override(language):
        per_1000 = gettext("{range} per 1,000 qualified views").replace("{range}", "")
        kind = pgettext("source kind", "reported")
    assert per_1000.strip() in html
    assert "per 1,000 qualified views" not in html
    assert f"({kind};" in html  # a pay note's source kind
    assert "(reported;" not in html and "(press;" not in html
    assert "US$" in html


@pytest.mark.parametrize("headers", [{}, HX], ids=["page", "htmx"])
@pytest.mark.parametrize("prefix", ["/es", "/pt-br"])
def test_checker_errors_are_in_the_language_next_to_the_same_fields(client, default_content, prefix, headers):
    language = PREFIXES[prefix]
    html = client.get(f"{prefix}/check/?{BAD}", headers=headers).content.decode()
    english = client.get(f"/check/?{BAD}", headers=headers).content.decode()
    requirements = current_requirements()
    with translation.override(language):
        form = CheckForm(
            dict(pair.split("=") for pair in BAD.split("&")),
            niches=requirements.niches,
            blocked=requirements.blocked_countries,
        )
        errors = {name: [str(m) for m in messages] for name, messages in form.errors.items()}
    assert set(errors) == {"followers", "age", "country", "views_30d", "niche", "live", "account_type"}
    for messages in errors.values():
        for message in messages:
            assert escape(message) in html, message
    assert fields(html) == fields(english)
    assert re.findall(r'id="([a-z0-9_-]+-error)"', html) == re.findall(r'id="([a-z0-9_-]+-error)"', english)
    assert "Write the number" not in html and "cannot be negative" not in html


@pytest.mark.parametrize("headers", [{}, HX], ids=["page", "htmx"])
@pytest.mark.parametrize(
    "page",
    [
        "/",
        "/methods/creator-rewards/",
        "/tips/",
        "/changes/",
        "/search/?q=live",
        "/check/",
        f"/check/?{RESULTS}",
        f"/check/?{BAD}",
    ],
)
def test_pages_are_cached_per_language_with_and_without_htmx(
    client, default_content, django_assert_max_num_queries, page, headers
):
    """Warm every language, HX and not, then each again: each gets its own page back, from the cache."""
    first = {}
    for prefix in PREFIXES:
        for hx in ({}, HX):
            response = client.get(prefix + page, headers=hx)
            first[prefix, bool(hx)] = response.content
    assert len({first[prefix, bool(headers)] for prefix in PREFIXES}) == len(PREFIXES)
    # Search answers stay out of the page cache (guide/caching.py keeps only queries asked again and again).
    most = 10 if page.startswith("/search/") else 1  # else the content version at most: from the cache
    for prefix in reversed(PREFIXES):  # the other way round: the last one cached is not the one served
        with django_assert_max_num_queries(most):
            response = client.get(prefix + page, headers=headers)
        assert response.content == first[prefix, bool(headers)], prefix
        lang = re.search(rb'<html lang="([^"]+)"', response.content)
        if lang:
            assert lang.group(1).decode().lower() == PREFIXES[prefix]


@pytest.mark.parametrize(("prefix", "badge"), [("", "Method"), ("/es", "Método"), ("/pt-br", "Método")])
def test_search_badges_and_notes_in_the_language(client, default_content, prefix, badge):
    html = client.get(f"{prefix}/search/?q=gifts").content.decode()
    assert f'<span class="badge">{badge}</span>' in html
    long_query = "followers " * 30
    html = client.get(f"{prefix}/search/", {"q": long_query}).content.decode()
    [note] = words(PREFIXES[prefix], "Your search was long, so only its first words were used.")
    assert note in html


@pytest.mark.parametrize(("prefix", "lang"), [("", "en"), ("/es", "es"), ("/pt-br", "pt-BR")])
def test_a_request_too_odd_to_read_gets_a_400_in_its_language(client, default_content, prefix, lang):
    many = "&".join(f"p{n}=1" for n in range(1200))
    response = client.get(f"{prefix}/check/?{many}")
    assert response.status_code == 400
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    [title] = words(PREFIXES[prefix], "Bad Request (400)")
    assert f"<title>{title}</title>" in html


@pytest.mark.parametrize("prefix", ["/es", "/pt-br"])
def test_method_page_figures_in_the_language(client, default_content, prefix):
    html = client.get(f"{prefix}/methods/creator-rewards/").content.decode()
    english = client.get("/methods/creator-rewards/").content.decode()
    language = PREFIXES[prefix]
    with translation.override(language):
        figure = gettext("Pay per 1,000 qualified views")
        official = gettext("Official (TikTok)")
    assert figure in html and "Pay per 1,000 qualified views" not in html
    assert official in html or "Official (TikTok)" not in english
    assert "US$0,40–US$1,00" in html or "US$0,20–US$1,00" in html
    assert re.findall(r'data-example-low="(\d+)" data-example-high="(\d+)"', html) == re.findall(
        r'data-example-low="(\d+)" data-example-high="(\d+)"', english
    )

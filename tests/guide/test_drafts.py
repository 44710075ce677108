"""Drafts (is_published off) are previewable by staff and invisible everywhere the public looks."""

import json

import pytest

from guide.models import Section, Tip

pytestmark = pytest.mark.django_db

PROFILE = {"followers": "2M", "age": "30", "country": "US", "views_30d": "5M", "niche": "education", "live": "yes",
           "account_type": "personal"}  # fmt: skip


@pytest.fixture
def draft(make_method):
    return make_method(name="Secret draft method", slug="secret-draft", summary="Unique draft words zanzibar.",
                       is_published=False)  # fmt: skip


@pytest.fixture
def published(make_method):
    return make_method(name="Public method", slug="public-method", summary="Public words zanzibar.")


def test_a_draft_method_is_not_on_the_home_page(client, draft, published):
    html = client.get("/").content.decode()
    assert published.get_absolute_url() in html
    assert draft.get_absolute_url() not in html and draft.name not in html


def test_a_draft_method_is_not_found_by_search(client, draft, published):
    html = client.get("/search/", {"q": "zanzibar"}).content.decode()
    assert published.name in html
    assert draft.name not in html


def test_a_draft_method_is_not_in_the_sitemap(client, draft, published):
    xml = client.get("/sitemap.xml").content.decode()
    assert published.get_absolute_url() in xml
    assert draft.get_absolute_url() not in xml


def test_a_draft_method_is_not_in_the_checker(client, draft, published):
    html = client.get("/check/", PROFILE).content.decode()
    assert f'data-method="{published.slug}"' in html
    assert f'data-method="{draft.slug}"' not in html
    results = json.loads(client.get("/api/check", PROFILE).content)["results"]
    slugs = {result["method"] for result in results}
    assert published.slug in slugs and draft.slug not in slugs


def test_a_draft_method_is_a_404_to_the_public_even_after_staff_previewed_it(client, admin_client, draft):
    preview = admin_client.get(draft.get_absolute_url())
    assert preview.status_code == 200 and b"Draft preview" in preview.content
    assert client.get(draft.get_absolute_url()).status_code == 404  # not served from any cache


def test_a_draft_is_no_neighbour_of_a_published_method(client, make_method):
    first = make_method(order=1)
    make_method(order=2, is_published=False, slug="the-draft")
    third = make_method(order=3)
    html = client.get(first.get_absolute_url()).content.decode()
    assert "/methods/the-draft/" not in html
    assert f'href="{third.get_absolute_url()}" rel="next"' in html


def test_publishing_a_draft_shows_it_at_once(client, draft):
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert draft.get_absolute_url() not in client.get("/").content.decode()
    draft.is_published = True
    draft.save()
    assert client.get(draft.get_absolute_url()).status_code == 200
    assert draft.get_absolute_url() in client.get("/").content.decode()


def test_draft_tips_are_hidden_from_the_tips_page_home_search_and_method_pages(client, published):
    hidden = Tip.objects.create(
        title="Hidden tip", slug="hidden-tip", summary="Zanzibar tip.", is_published=False
    )
    shown = Tip.objects.create(title="Shown tip", slug="shown-tip", summary="Zanzibar tip.")
    published.tips.add(hidden, shown)
    pages = [client.get(url).content.decode() for url in ("/tips/", "/", published.get_absolute_url())]
    pages.append(client.get("/search/", {"q": "zanzibar tip"}).content.decode())
    for html in pages:
        assert "Shown tip" in html
        assert "Hidden tip" not in html


def test_draft_sections_are_hidden_from_home_and_search(client):
    Section.objects.create(
        title="Hidden section", slug="hidden-section", body="Zanzibar.", is_published=False
    )
    Section.objects.create(title="Shown section", slug="shown-section", body="Zanzibar.")
    for html in (
        client.get("/").content.decode(),
        client.get("/search/", {"q": "zanzibar"}).content.decode(),
    ):
        assert "Shown section" in html
        assert "Hidden section" not in html

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guide.models import Method, Route, Tip

pytestmark = pytest.mark.django_db

PROFILE = {"followers": "9000", "age": "24", "country": "US", "views_30d": "150k", "account_type": "personal"}


def creator_rewards_status(client):
    data = client.get("/api/check", PROFILE).json()
    return next(r["status"] for r in data["results"] if r["method"] == "creator-rewards")


@pytest.mark.parametrize(
    "path",
    ["/", "/methods/creator-rewards/", "/tips/", "/check/?followers=9000&age=24&country=US&views_30d=150k"],
)
def test_a_repeat_visit_is_served_from_cache_with_one_query(client, default_content, path):
    first = client.get(path)
    with CaptureQueriesContext(connection) as queries:
        again = client.get(path)
    assert again.content == first.content
    assert len(queries) == 1  # the content version, nothing else


def test_an_edit_shows_at_once(client, default_content):
    assert b"Freshly edited summary" not in client.get("/methods/live-gifts/").content
    client.get("/")
    method = Method.objects.get(slug="live-gifts")
    method.summary = "Freshly edited summary."
    method.save()
    assert b"Freshly edited summary" in client.get("/methods/live-gifts/").content
    assert b"Freshly edited summary" in client.get("/").content


def test_unpublishing_removes_a_method_from_cached_pages(client, default_content):
    assert b"/methods/series/" in client.get("/").content
    method = Method.objects.get(slug="series")
    method.is_published = False
    method.save()
    assert b"/methods/series/" not in client.get("/").content
    assert client.get("/methods/series/").status_code == 404


def test_checker_requirements_reload_when_a_threshold_changes(client, default_content):
    assert creator_rewards_status(client) == "not-yet"
    route = Route.objects.get(method__slug="creator-rewards")
    route.min_followers = 5000
    route.save()
    assert creator_rewards_status(client) == "eligible"


def test_conditional_get_answers_304(client, default_content):
    response = client.get("/tips/")
    etag = response["ETag"]
    assert "no-cache" in response["Cache-Control"] and "public" in response["Cache-Control"]
    assert client.get("/tips/", headers={"If-None-Match": etag}).status_code == 304
    tip = Tip.objects.published().first()
    tip.title = "A new title"
    tip.save()
    assert client.get("/tips/", headers={"If-None-Match": etag}).status_code == 200


def test_staff_are_never_served_the_visitors_cache(admin_client, client, default_content):
    client.get("/methods/series/")
    Method.objects.filter(slug="series").update(summary="Changed behind the cache's back.")
    assert b"Changed behind the cache" in admin_client.get("/methods/series/").content


def test_history_restore_and_fragment_are_cached_apart(client, default_content):
    """An htmx history restore gets the whole page, so it must not share the fragment's cache entry."""
    query = "/check/?followers=9000&age=24&country=US&views_30d=150k"
    fragment = client.get(query, headers={"HX-Request": "true"})
    restore = client.get(query, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert b"<html" not in fragment.content
    assert b"<html" in restore.content


def test_a_cached_page_keeps_the_security_headers(client, default_content):
    """Repeat visits skip the inner middleware, so the stored page must carry what it added."""
    first = client.get("/tips/")
    again = client.get("/tips/")
    for header in ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "ETag"):
        assert again[header] == first[header]


def test_a_host_not_allowed_is_refused_even_when_the_page_is_cached(client, default_content):
    client.get("/tips/")
    assert client.get("/tips/", headers={"Host": "evil.example"}).status_code == 400


def test_a_visitor_with_a_session_skips_the_cache(client, default_content):
    client.get("/methods/series/")
    Method.objects.filter(slug="series").update(summary="Changed behind the cache's back.")
    client.cookies["sessionid"] = "anything"
    assert b"Changed behind the cache" in client.get("/methods/series/").content


def test_a_page_that_sets_a_cookie_is_not_kept(rf, default_content):
    from django.core.cache import cache
    from django.http import HttpResponse

    from guide.caching import PageCacheMiddleware, cached_for_visitors

    @cached_for_visitors
    def view(request):
        response = HttpResponse("mine")
        response.set_cookie("visitor", "one")
        return response

    middleware = PageCacheMiddleware(view)
    request = rf.get("/somewhere/")
    middleware(request)
    assert cache.get(PageCacheMiddleware.key(request)) is None


def test_only_pages_marked_for_visitors_are_kept(client, rf, default_content):
    from django.core.cache import cache

    from guide.caching import PageCacheMiddleware

    for path in ("/robots.txt", "/tips/"):
        client.get(path)
    assert cache.get(PageCacheMiddleware.key(rf.get("/robots.txt"))) is None
    assert cache.get(PageCacheMiddleware.key(rf.get("/tips/"))) is not None

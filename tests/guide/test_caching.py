import gzip
import hashlib
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext
from django.urls import path
from django.utils.cache import patch_cache_control, patch_vary_headers, set_response_etag

from checker.forms import CheckForm
from guide import caching
from guide.caching import (
    CHECKER_QUERY,
    PageCacheMiddleware,
    _Bumped,
    _transaction_of,
    cache_publicly,
    cached_for_visitors,
    content_version,
    etag_of,
)
from guide.models import Method, Route, Tip
from tests.admin_forms import change_form_data, inline_prefix

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
    if "?" in path:
        client.get(path)  # a page with a query is stored when asked for a second time
    with CaptureQueriesContext(connection) as queries:
        again = client.get(path)
    assert again.content == first.content
    assert len(queries) == 1  # the content version, nothing else


def test_an_answer_asked_for_once_is_not_stored(client, default_content):
    # Typing sends a new profile with nearly every keystroke: storing each cost more than making it.
    for followers in range(9000, 9010):
        client.get("/check/", {**PROFILE, "followers": followers}, headers={"HX-Request": "true"})
    assert stored_pages() == []
    client.get("/check/", {**PROFILE, "followers": 9000}, headers={"HX-Request": "true"})
    assert len(stored_pages()) == 1  # asked for again: now kept
    client.get("/tips/")
    assert len(stored_pages()) == 2  # a page without a query is kept at once


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


# Pages made for these tests, served through the whole middleware stack by @pytest.mark.urls(__name__).
@cached_for_visitors
def sets_a_cookie(request):
    response = HttpResponse("mine")
    response.set_cookie("visitor", "one")
    return response


def varies_on(*headers):
    @cached_for_visitors
    def view(request):
        response = HttpResponse(f"theme {request.COOKIES.get('theme', 'none')}")
        patch_vary_headers(response, headers)
        return response

    return view


@cached_for_visitors
def gzipped(request):
    response = HttpResponse(gzip.compress(b"for one visitor's Accept-Encoding"))
    response["Content-Encoding"] = "gzip"
    patch_vary_headers(response, ["Accept-Encoding"])
    return response


def unmarked(request):
    return HttpResponse("not for the cache")


urlpatterns = [
    path("sets-a-cookie/", sets_a_cookie),
    path("vary/cookie/", varies_on("Cookie")),
    path("vary/language/", varies_on("Accept-Language")),
    path("vary/everything/", varies_on("*")),
    path("vary/htmx-and-encoding/", varies_on("HX-Request", "Accept-Encoding")),
    path("gzipped/", gzipped),
    path("unmarked/", unmarked),
]

LOCAL_MEMORY = "django.core.cache.backends.locmem.LocMemCache"
needs_local_memory = pytest.mark.skipif(
    settings.CACHES["default"]["BACKEND"] != LOCAL_MEMORY, reason="counts the local-memory cache's entries"
)


def stored_pages() -> list[str]:
    return [key for key in cache._cache if ":page:" in key]


@pytest.mark.urls(__name__)
@needs_local_memory
def test_a_page_that_sets_a_cookie_is_not_kept(client):
    client.get("/sets-a-cookie/")
    assert stored_pages() == []


@needs_local_memory
def test_only_pages_marked_for_visitors_are_kept(client, rf, default_content):
    for path_ in ("/robots.txt", "/sitemap.xml", "/healthz", "/tips/"):
        client.get(path_)
    assert PageCacheMiddleware.key(rf.get("/robots.txt")) is None  # never even looked up
    assert stored_pages() == [cache.make_key(PageCacheMiddleware.key(rf.get("/tips/")))]


# A page cache that cannot be flooded: the key holds only what the page reads.
@needs_local_memory
def test_parameters_a_page_does_not_read_share_its_entry(client, default_content):
    first = client.get("/")
    for path_ in ("/?utm_source=x", "/?a=1", "/?utm_source=newsletter&fbclid=abc&a=2"):
        with CaptureQueriesContext(connection) as queries:
            again = client.get(path_)
        assert again.content == first.content and len(queries) == 1
    assert len(stored_pages()) == 1
    # The page was made from the query the key covers, so no visitor's tracking tags reach its links.
    assert '<link rel="canonical" href="http://testserver/">' in first.content.decode()
    client.get(
        "/?utm_source=first-visitor-ever", headers={"HX-Request": "true"}
    )  # a new entry, not a new query
    assert "utm_source" not in client.get("/?utm_source=x", headers={"HX-Request": "true"}).content.decode()


def test_the_checker_key_holds_its_own_fields_only_in_the_forms_order(client, rf, default_content):
    assert list(CHECKER_QUERY) == list(CheckForm.base_fields)  # the contract's parameters, in one order
    same = [
        "/check/?followers=9000&age=24&country=US",
        "/check/?country=US&age=24&followers=9000",
        "/check/?utm_source=x&followers=%209000%20&age=+24&country=%20us&ref=y",
        "/check/?followers=1&followers=9000&age=24&country=US",  # the last value, as the form reads it
    ]
    assert len({PageCacheMiddleware.key(rf.get(url)) for url in same}) == 1
    pages = {client.get(url, headers={"HX-Request": "true"}).content for url in same}
    assert len(pages) == 1
    if settings.CACHES["default"]["BACKEND"] == LOCAL_MEMORY:
        assert len(stored_pages()) == 1
    # Values the form tells apart are kept apart: a choice is taken only as it is written.
    apart = [
        "/check/?followers=9001&age=24&country=US",
        "/check/?followers=9000&age=24&country=US&live=yes",
        "/check/?followers=9000&age=24&country=US&live=%20yes",
        "/check/?followers=9000&age=24&country=US&niche=gaming",
        "/api/check?followers=9000&age=24&country=US",
    ]
    keys = {PageCacheMiddleware.key(rf.get(url)) for url in [same[0], *apart]}
    assert len(keys) == len(apart) + 1
    # The answer for the tidy query is the one given for the untidy one.
    messy = client.get("/api/check?utm_source=x&country=%20us&followers=9000&age=24%20").json()
    assert messy == client.get("/api/check?followers=9000&age=24&country=US").json()


def test_the_key_reads_parameters_as_django_does(rf):
    plain = PageCacheMiddleware.key(rf.get("/check/?followers=9000&age=24&country=US"))
    assert PageCacheMiddleware.key(rf.get("/check/?f%6Fllowers=9000&age=24&country=US")) == plain
    # Bytes a client sent unencoded reach Django as Latin-1 text (PEP 3333); they are read as UTF-8.
    raw = rf.get("/search/", QUERY_STRING="q=Caf\xc3\xa9+Gifts")
    assert PageCacheMiddleware.key(raw) == PageCacheMiddleware.key(rf.get("/search/?q=caf%C3%A9%20gifts"))
    assert PageCacheMiddleware.key(rf.get("/no-such-page/")) is None


def test_search_shares_an_entry_per_normalised_query(client, rf, default_content):
    same = [
        "/search/?q=live+gifts",
        "/search/?q=LIVE%20%20Gifts",
        "/search/?q=%20Live%09gifts%20&utm_source=x",
    ]
    assert len({PageCacheMiddleware.key(rf.get(url)) for url in same}) == 1
    html = client.get(same[1]).content.decode()
    assert "LIVE Gifts" in html and "for “live gifts”" in html
    assert client.get(same[2]).content.decode() == html
    # A long query is cut where the search cuts it: the rest never makes a new entry, and the visitor is
    # still told that only the first words were used.
    long_queries = [f"/search/?q={'live ' * 20}{tail}" for tail in ("gifts", "diamonds and more", "x" * 500)]
    assert len({PageCacheMiddleware.key(rf.get(url)) for url in long_queries}) == 1
    assert "only its first words were used" in client.get(long_queries[2]).content.decode()
    assert PageCacheMiddleware.key(rf.get("/search/?q=live")) != PageCacheMiddleware.key(
        rf.get("/search/?q=gifts")
    )


@pytest.mark.urls(__name__)
@needs_local_memory
@pytest.mark.parametrize(
    ("path_", "cookies", "kept"),
    [
        ("/vary/cookie/", {"seen": "1"}, False),  # the key does not hold the cookies
        ("/vary/cookie/", {}, True),  # no cookies: the key says so (every visitor without any shares it)
        ("/vary/language/", {}, False),
        ("/vary/everything/", {}, False),
        ("/gzipped/", {}, False),  # encoded for one visitor's Accept-Encoding
        ("/vary/htmx-and-encoding/", {}, True),  # the htmx variant is in the key; the body is not encoded
        ("/unmarked/", {}, False),
    ],
)
def test_a_response_is_kept_only_when_the_key_covers_its_vary(client, path_, cookies, kept):
    for name, value in cookies.items():
        client.cookies[name] = value
    assert client.get(path_).status_code == 200
    assert bool(stored_pages()) is kept


@pytest.mark.urls(__name__)
def test_a_page_varying_on_cookies_is_served_only_to_visitors_without_any(client):
    assert client.get("/vary/cookie/").content == b"theme none"
    client.cookies["theme"] = "dark"
    assert client.get("/vary/cookie/").content == b"theme dark"
    assert client.get("/vary/cookie/").content == b"theme dark"


@needs_local_memory
def test_the_local_cache_is_bounded():
    bound = settings.CACHES["default"]["OPTIONS"]["MAX_ENTRIES"]
    assert cache._max_entries == bound


@needs_local_memory
def test_a_flood_of_checker_profiles_evicts_the_least_recently_used(client, rf, settings, default_content):
    settings.CACHES = {
        "default": {"BACKEND": LOCAL_MEMORY, "LOCATION": "flood", "OPTIONS": {"MAX_ENTRIES": 10}}
    }
    client.get("/")
    for followers in range(1000, 1060):
        for _ in range(2):  # asked for twice, so each is stored (once would store nothing)
            client.get("/api/check", {"followers": followers, "age": "24", "country": "US"})
        if followers % 4 == 0:
            client.get("/")  # a page people keep reading
    assert len(stored_pages()) <= 10
    with CaptureQueriesContext(connection) as queries:
        client.get("/")
    assert len(queries) == 1  # still there: a flood pushes out its own entries first
    first = PageCacheMiddleware.key(rf.get("/api/check", {"followers": 1000, "age": "24", "country": "US"}))
    assert cache.get(first) is None  # long gone
    last = PageCacheMiddleware.key(rf.get("/api/check", {"followers": 1059, "age": "24", "country": "US"}))
    assert cache.get(last) is not None


# One editor save moves the content version once, and never leaves it behind the content.
def test_an_admin_save_of_a_method_with_its_inlines_moves_the_version_once(admin_client, default_content):
    method = Method.objects.get(slug="live-gifts")
    change_url = f"/admin/guide/method/{method.pk}/change/"
    page = admin_client.get(change_url)
    data = change_form_data(page)
    routes = inline_prefix(page, Route)
    data["summary_en"] = "Edited with its routes."
    data[f"{routes}-0-min_followers"] = 1234
    before = content_version()
    response = admin_client.post(change_url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    assert Route.objects.filter(method=method, min_followers=1234).exists()
    assert content_version() == before + 1


def test_each_change_outside_a_transaction_moves_the_version(make_method):
    method = make_method()
    versions = [content_version()]
    method.summary = "Once."
    method.save()
    versions.append(content_version())
    Tip.objects.first().save()
    versions.append(content_version())
    assert versions == sorted(set(versions))  # each change committed on its own moved it


def test_changes_in_one_transaction_move_it_once(make_method, django_capture_on_commit_callbacks):
    method = make_method()
    before = content_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        method.summary = "Changed with its route and a tip."
        method.save()
        Route.objects.get(method=method).save()
        method.tips.add(Tip.objects.create(title="Another", slug="another", summary="Also."))
        assert content_version() == before + 1  # inside the transaction already: it commits with the change
    assert content_version() == before + 1
    assert len([callback for callback in callbacks if isinstance(callback, _Bumped)]) == 1


def test_a_bump_rolled_back_with_its_savepoint_is_made_again(make_method):
    method = make_method()
    before = content_version()
    with transaction.atomic():
        try:
            with transaction.atomic():
                method.save()
                raise RuntimeError("the first change is undone")
        except RuntimeError:
            pass
        assert content_version() == before
        Tip.objects.first().save()
    assert content_version() == before + 1


def test_outside_tests_the_outermost_atomic_block_is_the_transaction():
    """Tests run inside atomic blocks of their own that never commit, so the tests above see the savepoint
    path. In production the outermost block is the transaction; Django empties its on-commit list when it
    commits or rolls back, so the next transaction bumps again. (A test with real commits would flush the
    database, and with it the rows migrations wrote that later tests read.)"""
    app, inner, test = (SimpleNamespace(_from_testcase=flag) for flag in (False, False, True))
    assert _transaction_of(SimpleNamespace(atomic_blocks=[app, inner], savepoint_ids=["s1"])) is app
    assert (
        _transaction_of(SimpleNamespace(atomic_blocks=[app], savepoint_ids=["s0"])) is app
    )  # autocommit off
    under_tests = SimpleNamespace(atomic_blocks=[test, test, app, inner], savepoint_ids=["t1", "s2", "s3"])
    assert _transaction_of(under_tests) == "s2"
    assert (
        _transaction_of(SimpleNamespace(atomic_blocks=[test, test, app], savepoint_ids=["t1", None])) is None
    )
    assert _transaction_of(SimpleNamespace(atomic_blocks=[], savepoint_ids=[])) is None


@pytest.mark.parametrize("given", [None, "", "max-age=60", "private", "no-cache=Set-Cookie, max-age=5"])
def test_cache_publicly_writes_what_patch_cache_control_writes(given):
    ours, djangos = HttpResponse(), HttpResponse()
    if given is not None:
        ours["Cache-Control"] = djangos["Cache-Control"] = given
    cache_publicly(ours)
    patch_cache_control(djangos, public=True, no_cache=True)
    assert ours["Cache-Control"] == djangos["Cache-Control"]


def test_the_version_read_by_the_driver_is_the_one_djangos_cursor_reads(make_method):
    make_method()
    assert not connection.queries_logged  # settings.DEBUG is off in tests: the driver's own connection
    by_driver = content_version()
    with CaptureQueriesContext(connection) as queries:  # watching queries: Django's cursor, counted
        by_django = content_version()
    assert by_driver == by_django > 0
    assert [query["sql"] for query in queries] == [caching.VERSION_SQL]
    make_method()
    assert content_version() > by_driver  # each save outside a transaction moves it


def test_the_drivers_errors_come_out_as_djangos(monkeypatch):
    monkeypatch.setattr(caching, "VERSION_SQL", "SELECT number FROM no_such_table WHERE id = 1")
    with pytest.raises(DatabaseError):
        content_version()


@pytest.mark.parametrize("path", ["/api/check", "/check/"])
def test_kept_answers_carry_the_etag_of_their_content(client, default_content, path):
    """The checker's answers are kept with their ETag (checker/answers.py), not hashed on each request."""
    headers = {"HX-Request": "true"}
    for followers in ("12500", "12600", "12500", "90", "-5"):  # new, kept, kept, new, an error
        response = client.get(path, {**PROFILE, "followers": followers}, headers=headers)
        assert response["ETag"] == etag_of(response.content)
        assert response["ETag"] == set_response_etag(HttpResponse(response.content))["ETag"]
        assert response["ETag"] == f'"{hashlib.md5(response.content).hexdigest()}"'

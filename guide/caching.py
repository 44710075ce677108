"""Caching that is never stale.

Every save or delete of guide or checker content bumps one number in the database (ContentVersion).
Cached pages and the checker's loaded requirements are keyed by that number, so an editor's change shows
on the very next request on every app server, while an unchanged guide costs one tiny query per page.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import F
from django.utils.cache import patch_cache_control, set_response_etag

from guide.models import ContentVersion

CONTENT_APPS = {"guide"}
PAGE_SECONDS = 24 * 60 * 60  # old versions' entries simply age out


def content_version() -> int:
    """The current content version (0 before any content exists)."""
    # Asked on every page view: plain SQL skips the ORM's query building, which costs more than the query.
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT number FROM {ContentVersion._meta.db_table} WHERE id = 1")  # noqa: S608
        row = cursor.fetchone()
    return row[0] if row else 0


def bump_content_version(sender=None, **kwargs) -> None:
    """Signal receiver: any content change makes every cached page and requirement set stale."""
    if sender is ContentVersion or sender is None or sender._meta.app_label not in CONTENT_APPS:
        return
    if not ContentVersion.objects.filter(pk=1).update(number=F("number") + 1):
        ContentVersion.objects.get_or_create(pk=1, defaults={"number": 2})


def cached_for_visitors(view):
    """Mark a view's pages as the same for every visitor, so PageCacheMiddleware may keep them."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.cache_for_visitors = True
        return response

    return wrapper


class PageCacheMiddleware:
    """Answer a visitor's repeat request for a cached page before the rest of the middleware runs.

    Sits just inside ConditionalGetMiddleware (so a stored ETag still gives 304) and outside sessions,
    CSRF, auth, CSP and the rest: a page is stored as it leaves them, with their headers, so serving it
    again needs none of them. Anyone with a session (editors, staff previewing drafts) skips the cache.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or settings.SESSION_COOKIE_NAME in request.COOKIES:
            return self.get_response(request)
        key = self.key(request)
        response = cache.get(key)
        if response is None:
            response = self.get_response(request)
            if self.may_keep(response):
                # Browsers and proxies may keep it but must ask again; the ETag makes asking cheap (304).
                patch_cache_control(response, public=True, no_cache=True)
                set_response_etag(response)
                cache.set(key, response, PAGE_SECONDS)
        return response

    @staticmethod
    def key(request) -> str:
        # get_host() first: it refuses hosts not in ALLOWED_HOSTS, as CommonMiddleware would have.
        address = f"{request.get_host()}{request.get_full_path()}"
        # htmx gets a fragment, a history restore the whole page: same address, different answers.
        if request.headers.get("HX-History-Restore-Request") == "true":
            variant = "restore"
        elif request.headers.get("HX-Request") == "true":
            variant = "htmx"
        else:
            variant = "page"
        digest = hashlib.blake2b(address.encode(), digest_size=16).hexdigest()
        return f"page:{content_version()}:{variant}:{digest}"

    @staticmethod
    def may_keep(response) -> bool:
        return (
            getattr(response, "cache_for_visitors", False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies  # a cookie is one visitor's own
        )

"""Caching that is never stale.

Every save or delete of guide or checker content bumps one number in the database (ContentVersion).
Cached pages and the checker's loaded requirements are keyed by that number, so an editor's change shows
on the very next request on every app server, while an unchanged guide costs one tiny query per page.
"""

import hashlib
from functools import wraps

from django.core.cache import cache
from django.db import connection
from django.db.models import F
from django.utils.cache import patch_cache_control, set_response_etag

from guide.models import ContentVersion

CONTENT_APPS = {"guide", "checker"}
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
    """Serve a GET page from the cache to anonymous visitors; staff always get a fresh render."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        path_hash = hashlib.blake2b(request.get_full_path().encode(), digest_size=16).hexdigest()
        # The views answer a fragment to htmx, but the whole page to a history restore: key on both.
        htmx = request.htmx
        variant = "restore" if htmx and htmx.history_restore_request else "htmx" if htmx else "page"
        key = f"page:{content_version()}:{variant}:{path_hash}"
        response = cache.get(key)
        if response is None:
            response = view(request, *args, **kwargs)
            if response.status_code != 200 or response.streaming:
                return response
            # Browsers and proxies may keep it but must ask again; the ETag makes asking cheap (304).
            patch_cache_control(response, public=True, no_cache=True)
            set_response_etag(response)
            cache.set(key, response, PAGE_SECONDS)
        return response

    return wrapper

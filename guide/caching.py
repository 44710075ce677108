"""Caching that is never stale and cannot be flooded.

Every save or delete of guide content bumps one number in the database (ContentVersion), once per
transaction. Cached pages and the checker's loaded requirements are keyed by that number, so an editor's
change shows on the very next request on every app server, while an unchanged guide costs one tiny query
per page.

A page's cache key holds only what the page reads: the host, the path, the htmx variant, whether the
visitor sends cookies, and the query parameters its view reads (PAGE_QUERIES), normalised and in a fixed
order. Any other parameter (`?utm_source=...`, `?a=1`) never makes a new entry: on a miss the view is
handed that same normalised query, so what is stored is exactly what every request with the key gets.
The cache itself is bounded (MAX_ENTRIES in settings, maxmemory with allkeys-lru for Redis: README).
"""

import datetime
import hashlib
import re
from contextvars import ContextVar
from functools import lru_cache, wraps
from urllib.parse import quote_plus, unquote_plus

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections, router
from django.db.models import F
from django.http import QueryDict
from django.urls import Resolver404, get_resolver
from django.utils import timezone
from django.utils.cache import cc_delim_re, patch_cache_control, set_response_etag
from django.utils.http import quote_etag

from guide.early_answers import answer_early
from guide.models import ContentVersion
from guide.search import CONTROL, MAX_QUERY_LENGTH

CONTENT_APPS = {"guide"}
PAGE_SECONDS = 24 * 60 * 60  # old versions' entries simply age out


# The version a visitor's request was keyed by (PageCacheMiddleware): read once, so the page is made from
# the same version its cache key names, and the checker does not ask the database a second time.
_request_version: ContextVar[int | None] = ContextVar("content_version_of_request", default=None)
# Likewise its date: the key names the day, and the checker's kept answers are keyed by the same day
# rather than asking the clock (and the current time zone) again.
_request_day: ContextVar[datetime.date | None] = ContextVar("day_of_request", default=None)


VERSION_SQL = f"SELECT number FROM {ContentVersion._meta.db_table} WHERE id = 1"


def content_version() -> int:
    """The current content version (0 before any content exists)."""
    known = _request_version.get()
    if known is not None:
        return known
    # Asked on every page view, so plain SQL: the ORM's query building costs more than the query. Through
    # Django's cursor wrapper it still takes ~40 µs, mostly the wrapper's; the driver's own connection
    # answers in ~7 µs. Django's cursor stays wherever queries are watched (DEBUG, a test counting them,
    # an execute wrapper), so every query count still includes this one.
    # (`connection` is a proxy that looks the connection up on every attribute: looked up once here.)
    conn = connections[DEFAULT_DB_ALIAS]
    if conn.queries_logged or conn.execute_wrappers:
        with conn.cursor() as cursor:
            cursor.execute(VERSION_SQL)
            row = cursor.fetchone()
    else:
        conn.ensure_connection()
        conn.validate_no_broken_transaction()
        with conn.wrap_database_errors:  # the driver's errors as Django's, as the wrapper raises them
            row = conn.connection.execute(VERSION_SQL).fetchone()
    return row[0] if row else 0


def today() -> datetime.date:
    """Today in the current time zone: the day the visitor's request was keyed by, else the clock's."""
    return _request_day.get() or timezone.localdate()


class _Bumped:
    """Left among a transaction's on-commit callbacks: "this transaction has bumped the version already".

    Django drops it with the transaction (commit or rollback) and with a savepoint rolled back, which also
    undoes the bump, so it is there exactly while the bump stands uncommitted in the same transaction.
    """

    __slots__ = ("transaction",)

    def __init__(self, transaction):
        self.transaction = transaction

    def __call__(self):
        pass  # nothing to do on commit: the number moved inside the transaction


def _transaction_of(conn):
    """What identifies the transaction a change is written in, or None when each change commits alone.

    The outermost atomic block is the transaction. Tests run inside atomic blocks of their own, which never
    commit (Django marks them `_from_testcase`, as its own durable check reads): there the first block the
    code under test opens is the transaction, told apart from earlier ones by its savepoint.
    """
    blocks = conn.atomic_blocks
    for depth, block in enumerate(blocks):
        if not getattr(block, "_from_testcase", False):
            if depth == 0:
                return block
            # The outermost block has no savepoint (unless autocommit was off when it opened).
            savepoints = [None] * (len(blocks) - len(conn.savepoint_ids)) + conn.savepoint_ids
            return savepoints[depth]  # None (savepoint=False): no way to tell it apart, so it never dedupes
    return None


def bump_content_version(sender=None, **kwargs) -> None:
    """Signal receiver: any content change makes every cached page and requirement set stale.

    Once per transaction. An admin save of a method with its inlines sends many signals (the method, each
    inline, each many-to-many change, their history rows): the first bumps the number inside the same
    transaction, so the change and the new number commit together and no one ever reads one without the
    other; the rest find the mark it left and do nothing. Outside a transaction every change bumps.
    """
    if sender is ContentVersion or sender is None or sender._meta.app_label not in CONTENT_APPS:
        return
    alias = router.db_for_write(ContentVersion)
    conn = connections[alias]
    transaction = _transaction_of(conn)
    if transaction is not None:
        if any(
            isinstance(entry[1], _Bumped) and entry[1].transaction == transaction
            for entry in conn.run_on_commit
        ):
            return
        conn.on_commit(_Bumped(transaction))
    if not ContentVersion.objects.using(alias).filter(pk=1).update(number=F("number") + 1):
        ContentVersion.objects.using(alias).get_or_create(pk=1, defaults={"number": 2})


def cached_for_visitors(view):
    """Mark a view's pages as the same for every visitor, so PageCacheMiddleware may keep them.

    The view sees only the query parameters listed for its URL name in PAGE_QUERIES (none if it is not
    listed), normalised: a marked view that reads another parameter must be listed there, or it never
    sees it.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.cache_for_visitors = True
        return response

    wrapper.cached_for_visitors = True  # read through the view's other decorators (they copy __dict__)
    return wrapper


# Normalisers: each turns a value into what its view reads from it, never raising. They may only merge
# values the view treats alike, since whichever comes first is what the others are served.
def stripped(value: str) -> str:
    """Numbers: the form strips them before parsing (age's int() ignores the spaces too)."""
    return value.strip()


def exact(value: str) -> str:
    """Choices: the form takes only the exact value (" yes" is an error, "yes" is not)."""
    return value


def country_code(value: str) -> str:
    """CountryField reads (and shows) a code stripped and upper-cased."""
    return value.strip().upper()


def search_words(value: str) -> str:
    """The query as search_guide reads it (it ignores case), trimmed to what it searches.

    A query cut here keeps a mark past the cut (…, no word to search), so the page still tells the
    visitor that only its first words were used.
    """
    words = " ".join(CONTROL.sub(" ", value).lower().split())
    return f"{words[:MAX_QUERY_LENGTH]}…" if len(words) > MAX_QUERY_LENGTH else words


# What each cached page reads from its query string, by URL name, in a fixed order: nothing else in a
# query string makes a new cache entry, and a marked page not listed here reads none. The checker's are
# DESIGN.md's public contract, in the form's field order (a test keeps them equal to CheckForm's fields).
CHECKER_QUERY = {
    "followers": stripped,
    "age": stripped,
    "country": country_code,
    "views_30d": stripped,
    "niche": exact,
    "live": exact,
    "account_type": exact,
    "effect_badge": exact,
}
# The log of changes reads its filters as guide/change_views.py's form does: the slug trimmed, the code
# trimmed and upper-cased.
CHANGES_QUERY = {"method": stripped, "country": country_code}
PAGE_QUERIES = {
    "checker:check": CHECKER_QUERY,
    "api:check": CHECKER_QUERY,
    "guide:search": {"q": search_words},
    "guide:changes": CHANGES_QUERY,
    "guide:changes_feed": CHANGES_QUERY,
    "api:changes": CHANGES_QUERY,
}
READS_NO_QUERY = {}
# What the key covers of a response's Vary: the htmx variant, and Accept-Encoding, which only matters
# for an encoded body (never kept: whitenoise compresses static files only, and no GZipMiddleware runs).
VARY_COVERED = frozenset({"hx-request", "hx-history-restore-request", "accept-encoding"})


@lru_cache(maxsize=1024)
def page_match(resolver, path_info: str):
    """The query parameters the page at path_info reads and its URL match (None, None when the page is
    not cached for visitors).

    Remembered per path (bounded: a flood of made-up paths only pushes out other made-up paths), so a
    repeat visit costs a dictionary look-up rather than a walk through the URL patterns. The match is
    shared by the requests for the path: nothing changes a ResolverMatch once made.
    """
    try:
        match = resolver.resolve(path_info)
    except Resolver404:
        return None, None
    if not getattr(match.func, "cached_for_visitors", False):
        return None, None
    return PAGE_QUERIES.get(match.view_name, READS_NO_QUERY), match


def read_query(request, reads: dict) -> list[tuple[str, str]] | None:
    """The parameters the page reads, normalised, in its order; None when there are too many to read.

    Each parameter's last value, as the view reads it. A plain ASCII query (what browsers send) is split
    here, as Django's QueryDict would split it but several times faster; anything else is left to Django.
    """
    raw = request.META.get("QUERY_STRING", "")
    if not raw:
        return []
    limit = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    if limit is not None and raw.count("&") >= limit:
        return None  # the view answers that itself (TooManyFieldsSent)
    if raw.isascii():
        given = {}
        for part in raw.split("&"):
            name, _, value = part.partition("=")
            name = unquoted(name)
            if name in reads:
                given[name] = value
        return [
            (name, normalise(unquoted(given[name]))) for name, normalise in reads.items() if name in given
        ]
    given = request.GET  # within the limit checked above, so it parses
    return [(name, normalise(given[name])) for name, normalise in reads.items() if name in given]


def unquoted(text: str) -> str:
    """unquote_plus(text), without unquoting what holds nothing quoted (most names and values)."""
    return unquote_plus(text) if "%" in text or "+" in text else text


# What quote_plus leaves as it is: most values (numbers, codes, slugs) need no quoting at all.
UNQUOTED = re.compile(r"[A-Za-z0-9_.~-]*")


def quoted(text: str) -> str:
    """quote_plus(text), without quoting what needs none."""
    return text if UNQUOTED.fullmatch(text) else quote_plus(text)


def encoded(query: list[tuple[str, str]]) -> str:
    """urlencode(query), the same string, without quoting what needs none (most of a checker's answers)."""
    return "&".join(f"{quoted(name)}={quoted(value)}" for name, value in query)


def parsed(query: list[tuple[str, str]]) -> QueryDict:
    """QueryDict(encoded(query)): each name once, with its value as the page reads it (read-only, like
    every request's GET).

    Filled as QueryDict.__setitem__ fills it (a list of one value per name), without its per-item checks
    and conversions, which cost more than the rest of reading the query: the names and values are str.
    """
    result = QueryDict()
    dict.update(result, ((name, [value]) for name, value in query))
    return result


# Keys of pages with a query asked for once (per process). Creators typing into the checker send a new
# profile with nearly every keystroke, and storing each answer cost more than making it again
# (checker/answers.py): a page with a query is stored the second time it is asked for, so one-off answers
# are never stored and never push out pages people come back to. Pages without a query are few, and kept
# at once. Emptied when full rather than kept in order: losing it only delays storing a page once more.
_ASKED_ONCE: set[str] = set()
MAX_ASKED_ONCE = 20_000


def asked_before(key: str) -> bool:
    """True when this key was asked for before (then forgotten); else remember it and say False."""
    if key in _ASKED_ONCE:
        _ASKED_ONCE.discard(key)
        return True
    if len(_ASKED_ONCE) >= MAX_ASKED_ONCE:
        _ASKED_ONCE.clear()
    _ASKED_ONCE.add(key)
    return False


def etag_of(content: bytes) -> str:
    """The ETag Django's set_response_etag gives a response with this content."""
    return quote_etag(hashlib.md5(content, usedforsecurity=False).hexdigest())


def set_etag(response) -> None:
    """set_response_etag(response), but an answer made once and kept (checker/answers.py) carries its
    ETag, worked out when it was made, in `known_etag`: the same content is not hashed again each time."""
    known = getattr(response, "known_etag", None)
    if known is None:
        set_response_etag(response)
    elif response.content:  # set_response_etag leaves an empty response without one
        response.headers["ETag"] = known


PUBLIC_NO_CACHE = "public, no-cache"  # what patch_cache_control(public=True, no_cache=True) writes alone


def cache_publicly(response) -> None:
    """patch_cache_control(response, public=True, no_cache=True): a response without Cache-Control (all
    the cached views' own) gets the header it writes, without parsing and rebuilding an empty one."""
    if response.get("Cache-Control"):
        patch_cache_control(response, public=True, no_cache=True)
    else:
        response.headers["Cache-Control"] = PUBLIC_NO_CACHE


class PageCacheMiddleware:
    """Answer a visitor's repeat request for a cached page before the rest of the middleware runs.

    Sits just inside ConditionalGetMiddleware (so a stored ETag still gives 304) and outside sessions,
    CSRF, auth, CSP and the rest: a page is stored as it leaves them, with their headers, so serving it
    again needs none of them. Anyone with a session (editors, staff previewing drafts) skips the cache.
    URLs are resolved here, before Django's own resolving, to learn what the page reads: paths that
    resolve to no page marked @cached_for_visitors are never looked up. On a miss, the variants a view
    marks @answered_early are made here too, without the layers inside (guide/early_answers.py).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or settings.SESSION_COOKIE_NAME in request.COOKIES:
            return self.get_response(request)
        found = self.lookup(request)
        if found is None:
            return self.get_response(request)
        key, query, version, day, match, variant = found
        response = cache.get(key)
        if response is None:
            # The view reads the query the key was made from: whatever it answers suits every request
            # sharing the key (and its canonical link carries no stranger's utm_source).
            request.META["QUERY_STRING"] = encoded(query)
            request.GET = parsed(query)  # what parsing the query above gives, without parsing it
            token, day_token = _request_version.set(version), _request_day.set(day)
            try:
                if variant in getattr(match.func, "answered_early", ()):
                    response = answer_early(request, match)
                else:
                    response = self.get_response(request)
            finally:
                _request_version.reset(token)
                _request_day.reset(day_token)
            if self.may_keep(response, request):
                # Browsers and proxies may keep it but must ask again; the ETag makes asking cheap (304).
                cache_publicly(response)
                set_etag(response)
                if not query or asked_before(key):
                    cache.set(key, response, PAGE_SECONDS)
        return response

    @staticmethod
    def lookup(request) -> tuple[str, list[tuple[str, str]], int, datetime.date, object, str] | None:
        """The page's cache key, the normalised query it covers, the content version and day it was made
        at, its URL match and variant; None for a page never cached."""
        reads, match = page_match(get_resolver(), request.path_info)
        if reads is None:
            return None
        query = read_query(request, reads) if reads else []
        if query is None:
            return None
        # get_host() first: it refuses hosts not in ALLOWED_HOSTS, as CommonMiddleware would have.
        address = f"{request.get_host()}{request.path}?{query!r}"
        # htmx gets a fragment, a history restore the whole page: same address, different answers.
        # Read from META: request.headers would copy every header into a new mapping just for these two.
        if request.META.get("HTTP_HX_HISTORY_RESTORE_REQUEST") == "true":
            variant = "restore"
        elif request.META.get("HTTP_HX_REQUEST") == "true":
            variant = "htmx"
        else:
            variant = "page"
        # A page that varies on cookies is kept for visitors who send none (most do: the public pages set
        # none), and answered to them only.
        if request.COOKIES:
            variant += "+cookies"
        digest = hashlib.blake2b(address.encode(), digest_size=16).hexdigest()
        # Today's date too: pages say how long ago rules were checked and when a review is overdue, which
        # changes with the calendar, not with the content.
        version, day = content_version(), timezone.localdate()
        key = f"page:{version}:{day:%Y%m%d}:{variant}:{digest}"
        return key, query, version, day, match, variant

    @classmethod
    def key(cls, request) -> str | None:
        found = cls.lookup(request)
        return found and found[0]

    @staticmethod
    def may_keep(response, request) -> bool:
        if not (
            getattr(response, "cache_for_visitors", False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies  # a cookie is one visitor's own
            and not response.has_header("Content-Encoding")  # encoded for one visitor's Accept-Encoding
        ):
            return False
        if not response.has_header("Vary"):
            return True
        covered = VARY_COVERED if request.COOKIES else VARY_COVERED | {"cookie"}
        return {name.strip().lower() for name in cc_delim_re.split(response["Vary"])} <= covered

"""Visitors' answers made without the middleware inside the page cache, for the views that need none of it.

A creator typing into the checker sends a new profile with nearly every keystroke: its htmx fragment and
the API's JSON are never in the page cache, and running sessions, CSRF, auth, messages, CSP and the rest
around each one cost as much as making the answer. Those views read nothing those layers set (no
session, user, CSRF token, message or CSP nonce), so PageCacheMiddleware calls them directly, for the
variants they name with @answered_early, and adds what the skipped layers would have added to the
response: the CSP header, X-Frame-Options and Content-Length. A test compares such answers, headers and
all, with the same requests made through the whole stack, and another keeps the list of skipped
middleware what this module was written for.
"""

import functools

from csp.middleware import CSPMiddleware
from django.core.handlers.exception import response_for_exception
from django.http import HttpRequest, HttpResponse
from django.middleware.clickjacking import XFrameOptionsMiddleware
from django.middleware.common import CommonMiddleware
from django_htmx.middleware import HtmxDetails

# settings.MIDDLEWARE after guide.caching.PageCacheMiddleware, as this module was written for: a test fails
# when that list changes, so a new layer is judged for early answers before it is silently skipped.
SKIPPED = (
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
)


def answered_early(*variants: str):
    """Let PageCacheMiddleware answer these variants ("page", "htmx", "restore") of a visitor's page
    itself. Only for a view that reads no session, user, CSRF token, message or CSP nonce, and whose
    answer sets no cookie. Requests with cookies always go through every layer."""

    def mark(view):
        view.answered_early = frozenset(variants)
        return view

    return mark


def _unused(request):
    raise AssertionError("only the response side of these middleware runs here")


_common = CommonMiddleware(_unused)
_xframe = XFrameOptionsMiddleware(_unused)


@functools.cache
def _csp_headers() -> tuple[tuple[str, str], ...]:
    """The CSP headers CSPMiddleware gives a response: the same for every response without a nonce or a
    per-view policy (none of the early views has either), so built once rather than per answer."""
    response = HttpResponse()
    CSPMiddleware(_unused).process_response(HttpRequest(), response)
    return tuple((name, value) for name, value in response.items() if name.startswith("Content-Security"))


def answer_early(request, match):
    """The view's response for a visitor, as it would leave the middleware the page cache sits outside."""
    request.resolver_match = match
    request.htmx = HtmxDetails(request)  # what HtmxMiddleware sets
    try:
        response = match.func(request, *match.args, **match.kwargs)
    except Exception as exc:  # as Django's handler turns it into a response, inside the same layers
        response = response_for_exception(request, exc)
    # The response side of the skipped layers, in their order (the last in MIDDLEWARE runs first).
    for name, value in _csp_headers():
        if name not in response:
            response[name] = value
    response = _xframe.process_response(request, response)
    return _common.process_response(request, response)

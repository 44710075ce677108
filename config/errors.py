"""What a visitor and the log get when something goes wrong.

- `server_error` is handler500: the 500 page, showing a short code for the error.
- `bad_request` is handler400: Django's own short page (a request too odd to read: thousands of
  parameters), in the language its path names.
- `ErrorId` (a filter on the `django.request` logger) puts the same code on the log record of every server
  error, next to its traceback, so the code a visitor quotes finds the error in the log.
- `OneShortLine` (a filter on `django.security.DisallowedHost`) logs a request with a bad Host header as one
  short line: scanners send Host headers of 8 KB, which Django logs twice over with a traceback.

Both filters are set up in settings.LOGGING.
"""

import logging
import secrets

from django.http import HttpRequest, HttpResponseBadRequest, HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext
from django.views.defaults import ERROR_PAGE_TEMPLATE

from guide.languages import TAGS, in_language, language_of_path

MAX_LINE = 200  # characters of a message kept by OneShortLine

# The 500 page when 500.html itself cannot be rendered: whatever broke the request may break it too.
PLAIN_500 = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Something went wrong</title></head>'
    "<body><h1>Something went wrong on our side</h1><p>The error was logged with the code <code>{}</code>. "
    'Please try again in a moment.</p><p><a href="/">Go to the guide</a></p></body></html>'
)


def error_id(request: HttpRequest) -> str:
    """This request's error code, made by whichever asks first: the 500 page or the log record."""
    code = getattr(request, "error_id", None)
    if code is None:
        code = request.error_id = secrets.token_hex(4)
    return code


def server_error(request: HttpRequest) -> HttpResponseServerError:
    """Like django.views.defaults.server_error, 500.html with no request context, plus the error's code.

    It needs neither the database nor the request's context processors; it is in the language its path
    names (/es/, /pt-br/), and if the template fails anyway the visitor still gets a page with the code.
    """
    code = error_id(request)
    try:
        # The path's language, whatever the failed request left active (nothing, if it failed early).
        language = language_of_path(request.path_info)
        with translation.override(language):
            html = loader.get_template("500.html").render(
                {"error_id": code, "html_lang": TAGS.get(language, "en"), "home": in_language("/", language)}
            )
    except Exception:
        logging.getLogger(__name__).exception("[error %s] The 500 page failed; sent the plain one", code)
        html = PLAIN_500.format(code)
    return HttpResponseServerError(html)


def bad_request(request: HttpRequest, exception) -> HttpResponseBadRequest:
    """django.views.defaults.bad_request's page, word for word in English, in the path's language."""
    language = language_of_path(request.path_info)
    with translation.override(language):
        title = gettext("Bad Request (400)")
    html = ERROR_PAGE_TEMPLATE % {"title": title, "details": ""}
    return HttpResponseBadRequest(
        html.replace('<html lang="en">', f'<html lang="{TAGS.get(language, "en")}">')
    )


class ErrorId(logging.Filter):
    """Puts the request's error code on each server error record: `[error 3f9a0c1e] Internal Server Error: /`.

    The record also gets an `error_id` attribute, for a handler that formats it on its own.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        if request is not None and getattr(record, "status_code", 0) >= 500:
            record.error_id = error_id(request)
            record.msg = f"[error {record.error_id}] {record.msg}"
        return True


class OneShortLine(logging.Filter):
    """Turns a record into one line of at most MAX_LINE characters (and the length cut), no traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage().replace("\r", "\\r").replace("\n", "\\n")
        if len(message) > MAX_LINE:
            message = f"{message[:MAX_LINE]}… ({len(message):,} characters)"
        record.msg, record.args = message, None
        record.exc_info = record.exc_text = record.stack_info = None
        return True

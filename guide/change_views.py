"""What changed: the dated log of rule changes as a page, an Atom feed and JSON, all with the same filters.

`?method=<slug>` keeps one method's changes; `?country=<CC>` keeps that country's and those that apply
everywhere. The page is a GET form (the checker's pattern): the URL is the state, htmx swaps the list in
place, and it works without JavaScript. A filter it cannot read is ignored on the page, with a note beside
it; the feed and the API refuse it (400), since a reader cannot see a note.
"""

import datetime
import functools
from urllib.parse import urlencode

from django import forms
from django.contrib.syndication.views import Feed
from django.core.exceptions import TooManyFieldsSent
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html
from django.utils.translation import get_language, gettext, gettext_lazy, override
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe
from django_countries import countries

from guide.caching import cached_for_visitors
from guide.models import Change, Method

FEED_ITEMS = 100  # more than the log holds for years; a reader keeps what it has seen
# the page's notes
INSTEAD = {"method": gettext_lazy("Showing every method."), "country": gettext_lazy("Showing every country.")}


@functools.lru_cache(maxsize=8)
def country_choices(language: str) -> tuple:
    """Built once per language: copying 250 countries into every form costs more than the rest of the page."""
    with override(language):
        return (("", gettext("Every country")), *((code, str(name)) for code, name in countries))


class ChangeFilterForm(forms.Form):
    """The two filters, as the page's form and as what the feed and the API read."""

    method = forms.ChoiceField(
        required=False, error_messages={"invalid_choice": gettext_lazy("There is no method “%(value)s”.")}
    )
    country = forms.ChoiceField(
        required=False,
        error_messages={
            "invalid_choice": gettext_lazy("“%(value)s” is not a country code (two letters, like US or MX).")
        },
    )

    def __init__(self, query, methods: list[Method], **kwargs):
        if query is not None:
            # Read as the page cache keys them (guide/caching.py): the slug trimmed, the code trimmed and
            # upper-cased.
            query = {
                "method": query.get("method", "").strip(),
                "country": query.get("country", "").strip().upper(),
            }
        super().__init__(query, **kwargs)
        self.methods = {method.slug: method for method in methods}
        self.fields["method"].choices = [("", gettext("Every method")), *((m.slug, m.name) for m in methods)]
        self.fields["country"].choices = country_choices(get_language())

    def filters(self) -> dict[str, str]:
        """The valid filters ({} for none): a wrong one is left out, and its error says so."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def errors_as_json(self) -> dict[str, list[str]]:
        self.is_valid()
        return {field: [str(message) for message in messages] for field, messages in self.errors.items()}


def public_methods() -> list[Method]:
    return list(Method.objects.published().only("name", "slug"))


def published_changes():
    """Published changes, newest first; a change to a draft method is not public either."""
    return (
        Change.objects.published()
        .filter(Q(method__isnull=True) | Q(method__is_published=True))
        .select_related("method")
        .order_by("-date", "summary")
    )


def filtered_changes(filters: dict[str, str]):
    changes = published_changes()
    if "method" in filters:
        changes = changes.filter(method__slug=filters["method"])
    if "country" in filters:
        # Stored as "DE,FR,US": a two-letter code never spans a comma, so containment is an exact match.
        changes = changes.filter(Q(countries="") | Q(countries__contains=filters["country"]))
    return changes


def describe_filters(filters: dict[str, str], methods: dict[str, Method]) -> str:
    """'Creator Rewards Program in Mexico', '' for no filter."""
    words = methods[filters["method"]].name if "method" in filters else ""
    if "country" in filters:
        country = countries.name(filters["country"])
        if words:
            words = gettext("%(method)s in %(country)s") % {"method": words, "country": country}
        else:
            words = gettext("in %(country)s") % {"country": country}
    return words


def with_query(url: str, filters: dict[str, str]) -> str:
    return f"{url}?{urlencode(filters)}" if filters else url


@require_safe
@cached_for_visitors
def changes(request: HttpRequest) -> HttpResponse:
    """The log, newest first and grouped by year, filtered by method and country."""
    methods = public_methods()
    form = ChangeFilterForm(request.GET, methods)
    filters = form.filters()
    context = {
        # The form shows what the list shows: a filter it could not read is dropped, and a note says why.
        "form": ChangeFilterForm(None, methods, initial=filters),
        "notes": [
            f"{message} {INSTEAD[field]}" for field, messages in form.errors.items() for message in messages
        ],
        "changes": list(filtered_changes(filters)),
        "filters": filters,
        "filtered_by": describe_filters(filters, form.methods),
        "feed_url": with_query(reverse("guide:changes_feed"), filters),
        "nav": "changes",
    }
    # A history restore needs the whole page; every other htmx request gets the list.
    partial = bool(request.htmx) and not request.htmx.history_restore_request
    response = render(request, "guide/changes.html#hx_response" if partial else "guide/changes.html", context)
    patch_vary_headers(response, ["HX-Request"])
    return response


class ChangesFeed(Feed):
    """An Atom feed of the log: follow one method, one country, or both."""

    feed_type = Atom1Feed
    author_name = gettext_lazy("Creator Money Guide")
    subtitle = gettext_lazy("Dated changes to TikTok's creator programs, each with its source.")

    def get_object(self, request, filters, methods):
        return {"filters": filters, "methods": methods}

    def title(self, obj):
        described = describe_filters(obj["filters"], obj["methods"])
        if described:
            return gettext("What changed: %(filters)s") % {"filters": described}
        return gettext("What changed in TikTok's creator programs")

    def link(self, obj):
        return with_query(reverse("guide:changes"), obj["filters"])

    def feed_url(self, obj):
        return with_query(reverse("guide:changes_feed"), obj["filters"])

    def items(self, obj):
        return filtered_changes(obj["filters"])[:FEED_ITEMS]

    def item_title(self, change):
        return change.summary

    def item_description(self, change):
        """The details and the source, as HTML (the feed escapes it into the entry's summary)."""
        details = change.details_html or format_html("<p>{}</p>", change.summary)
        source = change.source_title or change.source_url
        if change.source_url:
            source = format_html('<a href="{}">{}</a>', change.source_url, source)
        if not source:
            return details
        return format_html(
            "{}<p>{} {} ({})</p>", details, gettext("Source:"), source, change.get_source_kind_display()
        )

    def item_link(self, change):
        return change.get_absolute_url()

    # Each entry's id is its link (the feed's default): absolute, and unique by its anchor.

    def item_pubdate(self, change):
        return datetime.datetime.combine(change.date, datetime.time.min, tzinfo=datetime.UTC)

    item_updateddate = item_pubdate

    def item_categories(self, change):
        return [change.method.name] if change.method else [gettext("All of TikTok")]


changes_feed_view = ChangesFeed()


@require_safe
@cached_for_visitors
def changes_feed(request: HttpRequest) -> HttpResponse:
    """The log as Atom, with the page's filters; a filter it cannot read is a 400, not a silent full feed."""
    methods = public_methods()
    form = ChangeFilterForm(request.GET, methods)
    if not form.is_valid():
        problems = " ".join(str(m) for messages in form.errors.values() for m in messages)
        return HttpResponseBadRequest(problems, content_type="text/plain; charset=utf-8")
    return changes_feed_view(request, filters=form.filters(), methods=form.methods)


def api_error(status: int, message: str, **headers) -> JsonResponse:
    return JsonResponse({"errors": {"__all__": [message]}}, status=status, headers=headers)


@csrf_exempt  # read-only: a POST gets the JSON 405 below, not the CSRF failure page
@cached_for_visitors
def api_changes(request: HttpRequest) -> JsonResponse:
    """The log as JSON, in DESIGN.md's shape; every error it answers is JSON too."""
    if request.method not in ("GET", "HEAD"):
        return api_error(405, "Use GET, with the filters in the query string.", Allow="GET, HEAD")
    try:
        query = request.GET
    except TooManyFieldsSent:
        return api_error(400, "Too many parameters: send only method and country.")
    form = ChangeFilterForm(query, public_methods())
    if not form.is_valid():
        return JsonResponse({"errors": form.errors_as_json()}, status=400)
    rows = [
        {
            "date": change.date.isoformat(),
            "method": change.method.slug if change.method else None,
            "countries": change.country_codes,
            "summary": change.summary,
            "source": change.source_url or None,
            "kind": change.source_kind,
        }
        for change in filtered_changes(form.filters())
    ]
    return JsonResponse({"changes": rows})

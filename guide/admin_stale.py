"""After a threshold changes in the admin, list the prose that still states the old number, and offer an
entry for the public log of changes (guide/change_offer.py).

`StaleNumbersMixin` goes on the admin of anything that holds thresholds (a method, with its routes and
their per-country rules, edited on its page; a route or a rule on its own page, where a restore lands;
the LIVE rule). It reads the numbers before the save and
after it, whatever form or inline changed them, and for each number that is gone it lists every place
in prose that still states it (guide/stale_numbers.py), with links, as a warning on the next page.
"""

from django.contrib import messages
from django.db.models import Model
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import ngettext

from guide.change_offer import offer_change_entry, requirement_snapshot
from guide.models import CountryRule, LiveAccessRule, Method, Route
from guide.stale_numbers import mentions_of

NUMBER_FIELDS = ("min_followers", "min_views_30d", "min_age")
MAX_LISTED = 30  # places in one message; more than this and the editor is better served by search


def threshold_numbers(obj: Model) -> set[int]:
    """Every threshold a method (its routes and their country rules) or the LIVE rule states now."""
    if isinstance(obj, LiveAccessRule):
        rows = LiveAccessRule.objects.filter(pk=obj.pk).values_list("min_followers", "min_age")
    elif isinstance(obj, Method):
        rows = [
            *Route.objects.filter(method=obj).values_list(*NUMBER_FIELDS),
            *CountryRule.objects.filter(route__method=obj).values_list(*NUMBER_FIELDS),
        ]
    elif isinstance(obj, Route):  # its own page, where a restore lands
        rows = [
            *Route.objects.filter(pk=obj.pk).values_list(*NUMBER_FIELDS),
            *CountryRule.objects.filter(route=obj).values_list(*NUMBER_FIELDS),
        ]
    elif isinstance(obj, CountryRule):
        rows = CountryRule.objects.filter(pk=obj.pk).values_list(*NUMBER_FIELDS)
    else:
        return set()
    return {number for row in rows for number in row if number}


def page_of(obj: Model) -> Model:
    """The item whose admin page holds obj: a route's and a rule's method."""
    if isinstance(obj, CountryRule):
        return obj.route.method
    return obj.method if isinstance(obj, Route) else obj


class StaleNumbersMixin:
    """For a ModelAdmin: warns, after a save that changed a threshold, where prose still has the old one."""

    def save_model(self, request, obj, form, change):
        # Before anything is written (the inlines are saved after this), as the database has it.
        request._numbers_before = threshold_numbers(obj) if change and obj.pk else set()
        if change and obj.pk and isinstance(obj, (Method, Route, LiveAccessRule, CountryRule)):
            # A country's rule on its own page is worded as a change of its route.
            target = obj.route if isinstance(obj, CountryRule) else obj
            request._requirements_before = (target, requirement_snapshot(target))
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if hasattr(request, "_requirements_before"):
            offer_change_entry(request, *request._requirements_before)
        gone = getattr(request, "_numbers_before", set()) - threshold_numbers(form.instance)
        if gone:
            warn_about_stale_prose(request, gone, first=page_of(form.instance))


def warn_about_stale_prose(request, gone: set[int], first: Model) -> None:
    mentions = mentions_of(gone)
    # The page just saved first: its own prose most likely means the number that changed.
    own = reverse(f"admin:{first._meta.app_label}_{first._meta.model_name}_change", args=[first.pk])
    mentions.sort(key=lambda mention: mention.admin_url != own)
    numbers = ", ".join(f"{n:,}" for n in sorted(gone))
    if not mentions:
        messages.success(request, f"No text on the site still states {numbers}.")
        return
    items = format_html_join(
        "",
        '<li><a href="{}">{}</a>: “{}”</li>',
        ((m.admin_url, m.label, m.snippet) for m in mentions[:MAX_LISTED]),
    )
    more = f" (the first {MAX_LISTED} below)" if len(mentions) > MAX_LISTED else ""
    count = len(mentions)
    summary = ngettext(
        "A threshold changed, but %(count)d place in the text still states %(numbers)s%(more)s.",
        "A threshold changed, but %(count)d places in the text still state %(numbers)s%(more)s.",
        count,
    ) % {"count": count, "numbers": numbers, "more": more}
    messages.warning(
        request,
        format_html(
            "{} Check each one (it may be about another method) and change the number where it means "
            'this one:<ul class="stale-places">{}</ul>',
            summary,
            items,
        ),
    )

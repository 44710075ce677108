"""History an editor understands: one timeline of an item and its parts, each change in readable words.

django-simple-history records a full copy of an item on every save (HistoricalRecords on the models) and
diffs two copies (`diff_against`). This module adds what it lacks: values as an editor reads them (names
not ids, labels not codes, "yes/no", 10,000, an excerpt of a long text around the change), through its
own hook (HistoricalRecordContextHelper), and one timeline of an item with the parts edited on its page
(a method's routes, sources, country rules, next-step links). Restoring is simple-history's revert view,
with what it will change shown first. guide.locking uses the same values and wording for edit conflicts.
"""

import dataclasses
import heapq
from collections.abc import Iterable
from os.path import commonprefix

from django.contrib.admin.utils import unquote
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils.text import capfirst
from django_countries import countries as country_names
from django_countries.fields import Country, CountryField
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper
from simple_history.utils import get_m2m_reverse_field_name

from guide.translation import originals

# Fields that change with every save or are derived from others: never worth showing to an editor.
NOISE = frozenset({"id", "version", "updated_at", "body_html", "pays_html", "start_html", "caveats_html"})
SHORT = 90  # longer texts are shown as an excerpt around what changed
CONTEXT = 40  # characters kept either side of a change in an excerpt


def plain(value):
    """A value reduced to something comparable and hashable: pks for objects, codes for countries."""
    if isinstance(value, Country):
        return value.code or None
    if isinstance(value, models.Model):
        return value.pk
    if value is None or value == "":
        return None
    if isinstance(value, str):
        # As a form cleans it: browsers send CRLF, and Django strips the ends of what is typed.
        return value.replace("\r\n", "\n").strip() or None
    if isinstance(value, Iterable):  # lists, querysets, django-countries' list of countries
        return tuple(sorted(plain(v) for v in value))
    return value


def m2m_with_history(model) -> list:
    """The many-to-many fields simple-history keeps for this model (Method: niches, tips)."""
    history = getattr(model, "history", None)
    return list(getattr(history.model, "_history_m2m_fields", [])) if history is not None else []


def describe(field: models.Field, value) -> str:
    """A plain value as an editor reads it: names rather than ids, labels rather than codes."""
    if value is None or value == ():
        return "(empty)"
    if field.is_relation:
        ids = value if isinstance(value, tuple) else (value,)
        names = {obj.pk: str(obj) for obj in field.related_model._default_manager.filter(pk__in=ids)}
        return ", ".join(names.get(pk, f"#{pk} (deleted)") for pk in ids)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(field, CountryField):
        codes = value if isinstance(value, tuple) else (value,)
        return ", ".join(country_names.name(code) or code for code in codes)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, int):
        return f"{value:,}"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def excerpt(text: str, other: str) -> str:
    """text, cut to the part that differs from other (with a little context), when it is long."""
    if len(text) <= SHORT:
        return text
    if text == other:
        return text[:SHORT] + "…"
    start = len(commonprefix([text, other]))
    end = len(text) - len(commonprefix([text[start:][::-1], other[start:][::-1]]))
    lo, hi = max(0, start - CONTEXT), min(len(text), max(end, start) + CONTEXT)
    middle = text[lo:hi]
    if len(middle) > 3 * SHORT:
        middle = f"{middle[:SHORT]} […] {middle[-SHORT:]}"
    return ("…" if lo else "") + middle + ("…" if hi < len(text) else "")


class ReadableChanges(HistoricalRecordContextHelper):
    """simple-history's formatting of a diff, with the values an editor reads and fields in the form's order.

    Its default shows ids, codes, True/False and "[123 chars]"; this keeps its structure and wording hooks.
    """

    def context_for_delta_changes(self, delta):
        order = {field.name: index for index, field in enumerate(self.model._meta.get_fields())}
        changes = sorted(delta.changes, key=lambda change: order.get(change.field, len(order)))
        readable = super().context_for_delta_changes(dataclasses.replace(delta, changes=changes))
        # A difference the editor cannot see is none: a browser's CRLF line ends, spaces at the ends.
        return [change for change in readable if change["old"] != change["new"]]

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if field.many_to_many:  # rows of the through table: keep the other side's ids
            value = [row[get_m2m_reverse_field_name(field)] for row in value]
        return describe(field, plain(value))

    def stringify_delta_change_values(self, change, old, new):
        # Plain strings: the template escapes them.
        return excerpt(old, new), excerpt(new, old)


def readable_changes(record, previous) -> list[dict]:
    """What differs from previous to record (two historical records of one item): [{field, old, new}]."""
    delta = record.diff_against(previous, excluded_fields=NOISE | originals(record.instance_type))
    return ReadableChanges(record.instance_type, record).context_for_delta_changes(delta)


def describe_record(record, owner: str = "") -> str:
    """'Route “Followers and views”', for a timeline that mixes kinds of items.

    A part's name drops its owner's ("Creator Rewards: Followers and views"): the page is the owner's.
    """
    opts = record.instance_type._meta
    try:
        name = str(record.history_object)
    except ObjectDoesNotExist:  # its __str__ reaches a parent that is gone
        name = f"#{getattr(record, opts.pk.attname)}"
    name = name.removeprefix(f"{owner}: ") if owner else name
    return f"{capfirst(opts.verbose_name)} “{name}”"


def restore_url(record) -> str:
    """The revert page of this version, if its kind has a History admin; else ''."""
    opts = record.instance_type._meta
    try:
        return reverse(
            f"admin:{opts.app_label}_{opts.model_name}_simple_history",
            args=[getattr(record, opts.pk.attname), record.history_id],
        )
    except NoReverseMatch:
        return ""


class Timeline:
    """Several items' histories as one list, newest first, that Django's Paginator can count and slice.

    A page needs only the newest `stop` records of each history, so no history is read whole.
    """

    def __init__(self, querysets):
        self.querysets = [
            qs.select_related("history_user").order_by("-history_date", "-history_id") for qs in querysets
        ]

    def count(self) -> int:
        return sum(qs.count() for qs in self.querysets)

    def __getitem__(self, index: slice) -> list:
        newest = heapq.merge(
            *(qs[: index.stop] for qs in self.querysets), key=lambda r: r.history_date, reverse=True
        )
        return list(newest)[index]

    def latest(self, field):
        return self.querysets[0].latest(field)  # the item's own history: simple-history's view asks for it


class HistoryAdmin(SimpleHistoryAdmin):
    """An admin whose History page is one timeline of the item and its parts, and restores any version."""

    object_history_template = "admin/history/object_history.html"
    object_history_list_template = "admin/history/object_history_list.html"
    object_history_form_template = "admin/history/object_history_form.html"
    history_list_per_page = 50

    def related_history(self, object_id) -> list:
        """Histories of parts edited on this page beyond its inlines' own (a route's country rules); none here."""
        return []

    def parts_history(self, object_id) -> list:
        """The histories that share this item's timeline: related_history, and each inline's with history."""
        querysets = list(self.related_history(object_id))
        shown = {qs.model for qs in querysets}
        for inline in self.inlines:
            history = getattr(inline.model, "history", None)
            if history is None or history.model in shown:
                continue
            fk = next(f for f in inline.model._meta.fields if f.is_relation and f.related_model is self.model)
            querysets.append(history.filter(**{fk.attname: object_id}))
        return querysets

    def get_history_queryset(self, request, history_manager, pk_name, object_id):
        own = super().get_history_queryset(request, history_manager, pk_name, object_id)
        return Timeline([own, *self.parts_history(object_id)])

    def get_history_list_display(self, request):
        # The timeline mixes kinds of items, so no column of one kind: each entry's changes say it all.
        return []

    def history_view(self, request, object_id, extra_context=None):
        try:
            self.model._meta.pk.to_python(unquote(object_id))
        except ValidationError:
            raise Http404 from None  # simple-history's view would fail on it with a server error
        obj = self.get_object(request, unquote(object_id))
        request.history_owner = str(obj) if obj is not None else ""
        return super().history_view(request, object_id, extra_context)

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        owner = getattr(request, "history_owner", "")
        for record in historical_records:
            previous = record.prev_record if record.history_type == "~" else None
            record.history_delta_changes = readable_changes(record, previous) if previous else []
            record.is_part = record.instance_type is not self.model
            record.what = describe_record(record, owner)
            record.who = (
                record.history_user.get_username() if record.history_user else "(a script or an import)"
            )
            record.is_current = record.history_type != "-" and record.next_record is None
            record.restore_url = "" if record.history_type == "-" else restore_url(record)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """simple-history's revert page, which first shows what restoring changes, and then goes to the item."""
        context = {**self.restore_preview(unquote(object_id), version_id), **(extra_context or {})}
        response = super().history_form_view(request, object_id, version_id, context)
        if request.method == "POST" and response.status_code == 302:
            return redirect(self.restored_url(self.model._default_manager.get(pk=unquote(object_id))))
        return response

    def restore_preview(self, object_id, version_id) -> dict:
        """Each field that restoring this version changes, as current -> restored."""
        records = self.model.history.filter(**{self.model._meta.pk.attname: object_id})
        restored, current = records.filter(history_id=version_id).first(), records.first()
        if restored is None or current is None:
            return {}  # the view answers 404
        if current.history_type == "-":
            return {"restore_brings_back": True}
        return {"restore_changes": readable_changes(restored, current)}

    def restored_url(self, obj) -> str:
        """Where a restore leaves the editor: the item's own page, to see it whole."""
        opts = obj._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])

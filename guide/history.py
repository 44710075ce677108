"""Readable history for editors: who changed what and when, field by field, old -> new.

django-simple-history records a full copy of an item on every save (HistoricalRecords on the models).
This module turns two such copies into the lines an editor reads ("Min followers: 1,000 -> 10,000"),
and gives the admin a History page that lists them, restores any earlier version (simple-history's
revert view), and, for a method, also shows the changes to the parts edited on its page (routes,
sources, country rules). guide.locking uses the same values and wording for edit conflicts.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from os.path import commonprefix

from django.contrib.admin.utils import unquote
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.text import capfirst
from django_countries import countries as country_names
from django_countries.fields import Country, CountryField
from simple_history.admin import SimpleHistoryAdmin

# Fields that change with every save or are derived from others: never worth showing to an editor.
NOISE = frozenset({"id", "version", "updated_at", "body_html", "pays_html", "start_html", "caveats_html"})
SHORT = 90  # longer texts are shown as an excerpt around what changed
CONTEXT = 40  # characters kept either side of a change in an excerpt


def is_record(obj) -> bool:
    """Whether obj is a historical record rather than a live item."""
    return hasattr(obj, "history_id")


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


def value_of(obj, field: models.Field):
    """The plain value of one field on a live item or a historical record (many-to-many included)."""
    if field.many_to_many:
        if is_record(obj):
            target = f"{field.m2m_reverse_field_name()}_id"
            return tuple(sorted(getattr(row, target) for row in getattr(obj, field.name).all()))
        return tuple(sorted(getattr(obj, field.name).values_list("pk", flat=True)))
    return plain(getattr(obj, field.attname))


def tracked_fields(model) -> list[models.Field]:
    """The fields an editor cares about, in the model's order."""
    opts = model._meta
    fields = [f for f in opts.concrete_fields if f.name not in NOISE and not f.primary_key]
    return fields + [f for f in opts.many_to_many if f in m2m_with_history(model)]


def m2m_with_history(model) -> list:
    """The many-to-many fields simple-history keeps for this model (Method: niches, tips)."""
    history = getattr(model, "history", None)
    return list(getattr(history.model, "_history_m2m_fields", [])) if history is not None else []


def label(model, name: str) -> str:
    try:
        return capfirst(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return capfirst(name.replace("_", " "))


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
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
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


def describe_pair(field: models.Field, old, new) -> tuple[str, str]:
    old_text, new_text = describe(field, old), describe(field, new)
    return excerpt(old_text, new_text), excerpt(new_text, old_text)


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str


def changes_between(model, old, new) -> list[Change]:
    """What differs between two versions of an item (records or live items), in the model's field order."""
    changes = []
    for field in tracked_fields(model):
        before, after = value_of(old, field), value_of(new, field)
        if before != after:
            old_text, new_text = describe_pair(field, before, after)
            changes.append(Change(capfirst(field.verbose_name), old_text, new_text))
    return changes


def who(record) -> str:
    user = getattr(record, "history_user", None)
    return user.get_username() if user else "(a script or an import)"


def describe_record(record) -> str:
    """'Route “Method: Main”', for lists that mix kinds of items."""
    opts = record.instance_type._meta
    try:
        name = str(record.history_object)
    except ObjectDoesNotExist:  # its __str__ reaches a parent that is gone
        name = f"#{getattr(record, opts.pk.attname)}"
    return f"{capfirst(opts.verbose_name)} “{name}”"


def related_changes(querysets, limit: int = 50) -> list[dict]:
    """The newest changes among several items' histories (a method's routes, sources...), readable."""
    records = []
    for queryset in querysets:
        records.extend(queryset.select_related("history_user").order_by("-history_date")[:limit])
    records.sort(key=lambda r: r.history_date, reverse=True)
    rows = []
    for record in records[:limit]:
        model = record.instance_type
        previous = record.prev_record if record.history_type != "+" else None
        changes = (
            changes_between(model, previous, record)
            if previous is not None and record.history_type == "~"
            else []
        )
        rows.append(
            {
                "record": record,
                "what": describe_record(record),
                "who": who(record),
                "kind": record.get_history_type_display(),
                "changes": changes,
                "history_url": history_url(model, getattr(record, model._meta.pk.attname)),
            }
        )
    return rows


def history_url(model, pk) -> str:
    opts = model._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[pk])
    except NoReverseMatch:
        return ""


class HistoryAdmin(SimpleHistoryAdmin):
    """An admin whose History page shows each version's changes, field by field, and restores any of them."""

    object_history_template = "admin/history/object_history.html"
    object_history_list_template = "admin/history/object_history_list.html"
    history_list_per_page = 50

    def related_history(self, object_id) -> list:
        """Histories of parts edited on this item's page (querysets of historical records); none by default."""
        return []

    def history_view(self, request, object_id, extra_context=None):
        try:
            related = self.related_history(int(unquote(object_id)))
        except ValueError:
            related = []  # not an id: the view itself answers 404
        context = {"related_changes": related_changes(related)}
        return super().history_view(request, object_id, extra_context={**context, **(extra_context or {})})

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        records = list(historical_records)  # newest first
        for index, record in enumerate(records):
            previous = records[index + 1] if index + 1 < len(records) else record.prev_record
            if previous is not None and record.history_type == "~":
                record.history_delta_changes = changes_between(self.model, previous, record)

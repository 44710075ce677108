"""No lost updates in the admin: optimistic locking with a version number, and a three-way merge on conflict.

Method, Tip and Section carry `version`. A method's routes, sources and old addresses are edited on its
page and count as part of it; a route's own page (with its per-country rules) locks its method too. The
change form sends, in a hidden field, the version it was opened at. Saving locks the row, compares, and
moves the version up with a conditional UPDATE ... WHERE version = N, all inside the admin's transaction.

When the version moved since the form was opened, the history records tell what changed meanwhile. For
every field on the page (inline forms included) that someone else changed:
- if the editor left it as it was, their form now holds the saved value ("taken");
- if the editor changed it too, their form keeps their value ("both changed": they decide);
and the save is refused, with a table of those changes and who made them. Saving again then writes what
the form shows. A version that moved without touching anything on the page (a no-op save, or a change to
the method's summary while the editor is on a route's page) does not stop the save.
"""

from dataclasses import dataclass, field

from django import forms
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import router, transaction
from django.db.models import F
from django.http import QueryDict
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.text import capfirst
from simple_history.manager import SIMPLE_HISTORY_REVERSE_ATTR_NAME

from guide.history import NOISE, describe, excerpt, m2m_with_history, plain
from guide.text import and_list

UNREADABLE = object()  # a typed value that does not validate: treated as the editor's own change


def value_of(obj, field):
    """The plain value of one field on a live item or a historical record (many-to-many included)."""
    if field.many_to_many:
        if hasattr(obj, "history_id"):  # a historical record keeps its own rows of the through table
            target = f"{field.m2m_reverse_field_name()}_id"
            return tuple(sorted(getattr(row, target) for row in getattr(obj, field.name).all()))
        return tuple(sorted(getattr(obj, field.name).values_list("pk", flat=True)))
    return plain(getattr(obj, field.attname))


class EditConflict(Exception):
    """The saved version is not the one the form was opened at."""


def saved_version(holder, lock: bool = False) -> int | None:
    rows = type(holder)._default_manager.filter(pk=holder.pk)
    if lock:
        rows = rows.select_for_update()
    return rows.values_list("version", flat=True).first()


def bump_version(holder, expected: int | None = None) -> None:
    """Move the saved version one up, atomically; given `expected`, only from that version, else EditConflict.

    The caller saves `holder` afterwards (its in-memory version is set to the new one).
    """
    manager = type(holder)._default_manager
    rows = manager.filter(pk=holder.pk)
    if expected is not None:
        rows = rows.filter(version=expected)
    if not rows.update(version=F("version") + 1):
        if expected is not None and manager.filter(pk=holder.pk).exists():
            raise EditConflict(f"{holder!r} is no longer at version {expected}")
        return  # gone: restoring a deleted item creates it again
    holder.version = saved_version(holder)


def touch(holder, user=None) -> None:
    """Bump the version of an item whose part changed elsewhere (a route on its own page), with a history record."""
    bump_version(holder)
    holder._history_user = user
    holder.save(update_fields=["version", "updated_at"])


@dataclass
class ConflictRow:
    where: str
    opened: str
    saved: str
    yours: str
    outcome: str  # taken | both | differs | deleted | added

    @property
    def note(self) -> str:
        return {
            "taken": "Only they changed it: your form now has their version.",
            "both": "You both changed it: your form still has yours. Decide, then save.",
            "differs": "Differs from the saved version: your form has yours. Decide, then save.",
            "deleted": "They deleted it: it is marked for deletion in your form.",
            "added": "They added it. It stays as it is when you save.",
        }[self.outcome]


@dataclass
class Conflict:
    """What changed since the editor opened the form, and their form's data with the safe changes taken in."""

    noun: str
    current_version: int
    rows: list[ConflictRow] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    last_saved: object = None
    data: QueryDict | None = None

    @property
    def message(self) -> str:
        who = and_list(self.editors) or "Someone else"
        when = (
            f" (last at {formats.date_format(timezone.localtime(self.last_saved), 'j M Y, H:i')})"
            if self.last_saved
            else ""
        )
        if not self.rows:
            return (
                f"Not saved: {who} changed this {self.noun} after you opened this page{when}. "
                "Look at its history to see what they changed; save again to go ahead anyway."
            )
        return (
            f"Not saved: {who} saved this {self.noun} while you had it open{when}. Nothing is lost: your typing "
            "is still in the form. Where only they changed a field, the form now shows their version; where you "
            "both changed it, it shows yours. Check the list below, then save again."
        )


def moment_after(holder, version: int | None):
    """When the first save after `version` began: everything older is what the editor saw."""
    if version is None:
        return None
    later = holder.history.filter(version__gt=version).order_by("history_date", "history_id")
    return later.values_list("history_date", flat=True).first()


def state_at(model, pk, moment):
    """An item's historical record as it was just before `moment` (None if unknown or not there)."""
    if moment is None or not hasattr(model, "history"):
        return None
    record = (
        model.history.filter(**{model._meta.pk.attname: pk}, history_date__lt=moment)
        .order_by("-history_date", "-history_id")
        .first()
    )
    return None if record is None or record.history_type == "-" else record


def typed_value(form_field: forms.Field, data: QueryDict, key: str):
    try:
        return plain(form_field.clean(form_field.widget.value_from_datadict(data, {}, key)))
    except ValidationError:
        return UNREADABLE


def put(form_field: forms.Field, data: QueryDict, key: str, value) -> None:
    """Write a plain value into form data the way the browser would have sent it."""
    if isinstance(form_field, forms.BooleanField):
        if value:
            data[key] = "on"
        else:
            data.pop(key, None)
    elif isinstance(value, tuple):
        data.setlist(key, [str(v) for v in value])
    elif value is None:
        data[key] = ""
    elif hasattr(value, "isoformat"):
        data[key] = value.isoformat()
    else:
        data[key] = str(value)


def merge_form(model, form_fields, data, prefix, current, opened, where) -> list[ConflictRow]:
    """Three-way merge of one form's fields: the version opened, the one saved now, and the typed one."""
    rows = []
    for name, form_field in form_fields.items():
        try:
            model_field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue  # a form-only field, e.g. "I checked the sources today"
        if name in NOISE or not (model_field.concrete or model_field.many_to_many):
            continue
        key = f"{prefix}-{name}" if prefix else name
        saved, yours = value_of(current, model_field), typed_value(form_field, data, key)
        if yours == saved:
            continue
        if opened is None:
            outcome = "differs"
            before = None
        else:
            before = value_of(opened, model_field)
            if before == saved:
                continue  # only this editor changed it
            outcome = "taken" if yours == before else "both"
            if outcome == "taken":
                put(form_field, data, key, saved)
        saved_text = describe(model_field, saved)
        if outcome == "taken":
            yours_text = saved_text
        elif yours is UNREADABLE:
            yours_text = "(not valid yet: see the form)"
        else:
            yours_text = describe(model_field, yours)
        opened_text = "(unknown)" if opened is None else describe(model_field, before)
        rows.append(
            ConflictRow(
                where=f"{where}{capfirst(model_field.verbose_name)}",
                opened=excerpt(opened_text, saved_text),
                saved=excerpt(saved_text, opened_text),
                yours=excerpt(yours_text, opened_text if outcome == "taken" else saved_text),
                outcome=outcome,
            )
        )
    return rows


def inline_formsets(model_admin, request, obj):
    """(prefix, formset class, inline) for each inline on the change page, prefixed as the admin does."""
    prefixes = {}
    for formset_class, inline in model_admin.get_formsets_with_inlines(request, obj):
        prefix = formset_class.get_default_prefix()
        prefixes[prefix] = prefixes.get(prefix, 0) + 1
        if prefixes[prefix] != 1 or not prefix:
            prefix = f"{prefix}-{prefixes[prefix]}"
        yield prefix, formset_class, inline


def find_conflict(model_admin, request, obj, holder) -> Conflict | None:
    """None when the form is up to date; otherwise what changed meanwhile, merged into a copy of the POST data.

    Call inside the transaction that saves: the holder's row stays locked until it ends.
    """
    current_version = saved_version(holder, lock=True)
    try:
        posted = int(request.POST.get("version", ""))
    except ValueError:
        posted = None
    if current_version is None or posted == current_version:
        return None
    since = moment_after(holder, posted)
    data = request.POST.copy()
    model = type(obj)
    form_class = model_admin.get_form(request, obj, change=True)
    rows = merge_form(model, form_class.base_fields, data, "", obj, state_at(model, obj.pk, since), "")
    for prefix, formset_class, inline in inline_formsets(model_admin, request, obj):
        if not inline.has_change_permission(request, obj):
            continue
        rows += merge_inline(prefix, formset_class, inline.get_queryset(request), obj, data, since)
    later = list(holder.history.filter(version__gt=posted).select_related("history_user")) if posted else []
    editors = sorted({record.history_user.get_username() for record in later if record.history_user})
    last = max((record.history_date for record in later), default=None)
    data["version"] = str(current_version)
    if not rows:
        # Nothing on this page changed under the editor: the save goes ahead, from the current version.
        request.POST = data
        return None
    # Still the stale version, so the form's own check refuses this save and shows the conflict.
    data["version"] = "" if posted is None else str(posted)
    return Conflict(
        noun=model._meta.verbose_name,
        current_version=current_version,
        rows=rows,
        editors=editors,
        last_saved=last,
        data=data,
    )


def merge_inline(prefix, formset_class, queryset, parent, data, since) -> list[ConflictRow]:
    model = formset_class.model
    noun = capfirst(model._meta.verbose_name)
    children = {child.pk: child for child in formset_class(instance=parent, queryset=queryset).get_queryset()}
    pk_name = model._meta.pk.name
    rows, posted_pks = [], set()
    try:
        initial_forms = int(data.get(f"{prefix}-INITIAL_FORMS", 0))
    except ValueError:
        initial_forms = 0
    for index in range(initial_forms):
        form_prefix = f"{prefix}-{index}"
        try:
            pk = int(data.get(f"{form_prefix}-{pk_name}", ""))
        except ValueError:
            continue
        posted_pks.add(pk)
        child = children.get(pk)
        opened = state_at(model, pk, since)
        if child is None:
            if f"{form_prefix}-DELETE" not in data:
                data[f"{form_prefix}-DELETE"] = "on"  # it cannot be saved any more; the form says so
                name = str(opened.history_object) if opened is not None else f"#{pk}"
                rows.append(
                    ConflictRow(f"{noun} “{name}”", "there", "(deleted)", "marked for deletion", "deleted")
                )
            continue
        rows += merge_form(
            model, formset_class.form.base_fields, data, form_prefix, child, opened, f"{noun} “{child}”: "
        )
    for pk, child in children.items():
        if pk not in posted_pks:
            rows.append(
                ConflictRow(f"{noun} “{child}”", "(not there)", "added", "(not in your form)", "added")
            )
    return rows


class VersionedForm(forms.ModelForm):
    """A model form that carries the version it was opened at and refuses to save over a newer one."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    edit_conflict: Conflict | None = None  # set per request by VersionedAdminMixin.get_form

    @staticmethod
    def holder_of(obj):
        return obj

    def holder(self):
        return self.holder_of(self.instance) if self.instance.pk else None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        holder = self.holder()
        if holder is not None and not self.is_bound:
            # The saved version, even on a restore page, whose instance is an old copy.
            self.initial["version"] = saved_version(holder)
        record = getattr(self.instance, SIMPLE_HISTORY_REVERSE_ATTR_NAME, None)
        if record is not None and not self.is_bound:
            # A restore page: many-to-many fields as they were then (the old copy itself only knows today's).
            for model_field in m2m_with_history(type(self.instance)):
                if model_field.name in self.fields:
                    self.initial[model_field.name] = list(value_of(record, model_field))

    def clean(self):
        cleaned_data = super().clean()
        holder = self.holder()
        if holder is None:
            return cleaned_data
        conflict = self.edit_conflict
        if conflict is None:
            current = saved_version(holder)
            if current is not None and cleaned_data.get("version") != current:
                # A page that cannot merge (a restore page): say so, and let a second save go ahead.
                editors = holder.history.filter(
                    version__gt=cleaned_data.get("version") or 0, history_user__isnull=False
                )
                conflict = Conflict(
                    noun=holder._meta.verbose_name,
                    current_version=current,
                    editors=sorted(
                        {r.history_user.get_username() for r in editors.select_related("history_user")}
                    ),
                )
        if conflict is not None:
            self.data = self.data.copy()
            self.data[self.add_prefix("version")] = str(conflict.current_version)
            raise ValidationError(conflict.message, code="edit_conflict")
        self.checked_holder_pk = holder.pk
        return cleaned_data


class VersionedAdminMixin:
    """For a ModelAdmin: the version check, the merge on conflict, and the version bump on every save."""

    form = VersionedForm

    def version_holder(self, obj):
        """The item whose version covers obj (itself; a route's method)."""
        return obj

    def get_form(self, request, obj=None, change=False, **kwargs):
        # "version" is a form field of its own: the model field is not editable, so a ModelForm may not list it.
        if "fields" not in kwargs:
            kwargs["fields"] = flatten_fieldsets(self.get_fieldsets(request, obj))
        if kwargs["fields"] is not None:
            kwargs["fields"] = [name for name in kwargs["fields"] if name != "version"]
        form = super().get_form(request, obj, change=change, **kwargs)
        attrs = {
            "holder_of": staticmethod(self.version_holder),
            "edit_conflict": getattr(request, "edit_conflict", None),
        }
        return type(form.__name__, (form,), attrs)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if "version" in flatten_fieldsets(fieldsets):
            return fieldsets
        return [*fieldsets, (None, {"fields": ["version"], "classes": ["hidden"]})]

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method != "POST" or object_id is None:
            return super().changeform_view(request, object_id, form_url, extra_context)
        try:
            return self._checked_changeform_view(request, object_id, form_url, extra_context)
        except EditConflict:
            # Another save slipped in between the check and the write (possible only on a database without
            # row locks). Nothing was written; running the view again shows the editor what changed.
            return self._checked_changeform_view(request, object_id, form_url, extra_context)

    def _checked_changeform_view(self, request, object_id, form_url, extra_context):
        request.edit_conflict = None
        with transaction.atomic(using=router.db_for_write(self.model)):
            obj = self.get_object(request, unquote(object_id))
            holder = self.version_holder(obj) if obj is not None else None
            if holder is not None and self.has_change_permission(request, obj):
                conflict = find_conflict(self, request, obj, holder)
                if conflict is not None:
                    request.POST = conflict.data
                    request.edit_conflict = conflict
            return super().changeform_view(request, object_id, form_url, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """Restoring an old version checks and bumps the version like any other save."""
        if request.method != "POST":
            return super().history_form_view(request, object_id, version_id, extra_context)
        try:
            with transaction.atomic(using=router.db_for_write(self.model)):
                return super().history_form_view(request, object_id, version_id, extra_context)
        except EditConflict:
            with transaction.atomic(using=router.db_for_write(self.model)):
                return super().history_form_view(request, object_id, version_id, extra_context)

    def restored_url(self, obj) -> str:
        """After a restore, the page of the item whose version covers it (a route's method), to see it whole."""
        holder = self.version_holder(obj)
        opts = holder._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[holder.pk])

    def save_model(self, request, obj, form, change):
        holder = self.version_holder(obj)
        checked = getattr(form, "checked_holder_pk", None) == holder.pk
        expected = form.cleaned_data.get("version") if change and checked else None
        bump_version(holder, expected)
        if holder is not obj:
            # The holder's own history gets a record too, so later conflicts know when this save began.
            holder._history_user = request.user
            holder.save(update_fields=["version", "updated_at"])
        super().save_model(request, obj, form, change)

    def delete_model(self, request, obj):
        holder = self.version_holder(obj)
        if holder is not obj:
            touch(holder, request.user)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)

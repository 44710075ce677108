"""Tabular inlines whose boxes have names: Django's table rows carry no <label>, only a column heading
(axe: label and select-name, critical), so each box is named after its column."""

from django.contrib import admin
from django.forms.models import BaseInlineFormSet
from django.utils.text import capfirst


class LabelledFormSet(BaseInlineFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)  # adds the id and "Delete" fields, which need names too
        for field in form.fields.values():
            if field.label and not field.widget.is_hidden:
                field.widget.attrs.setdefault("aria-label", capfirst(field.label))


class LabelledTabularInline(admin.TabularInline):
    formset = LabelledFormSet

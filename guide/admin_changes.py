"""The admin for the dated log of rule changes, and the words and link for a prefilled new entry.

When an editor changes a threshold, the admin offers a new entry (guide/admin_stale.py): `change_summary`
words the difference, `prefill_url` opens the add form with it filled in, to edit and save or to skip.
"""

from collections.abc import Iterable
from urllib.parse import urlencode

from django import forms
from django.contrib import admin
from django.urls import reverse
from django.utils import timezone

from guide.admin import ContentAdmin
from guide.admin_routes import CountryPicker
from guide.models import Change, Method

MAX_SUMMARY = Change._meta.get_field("summary").max_length
MAX_COUNTRIES = 6  # named in a summary; the rest are counted


def shown(value) -> str:
    """A field's value as a summary shows it: 10,000; none; yes/no; a list of codes."""
    if value is None or value == "":
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(sorted(str(item) for item in value)) or "none"
    return str(value)


def country_words(countries: Iterable[str]) -> str:
    codes = [str(code) for code in countries]
    if len(codes) <= MAX_COUNTRIES:
        return ", ".join(codes)
    return f"{', '.join(codes[:MAX_COUNTRIES])} and {len(codes) - MAX_COUNTRIES} more"


def change_summary(method_name: str, field_label: str, old, new, countries: Iterable[str] = ()) -> str:
    """'Creator Rewards Program: minimum followers 10,000 -> 12,000 in US, GB', at most a summary's length."""
    text = f"{method_name}: {field_label} {shown(old)} -> {shown(new)}"
    where = country_words(countries)
    if where:
        text += f" in {where}"
    return text if len(text) <= MAX_SUMMARY else text[: MAX_SUMMARY - 1] + "…"


def prefill_url(method: Method | int | None, summary: str, countries: Iterable[str] = ()) -> str:
    """The admin's add form for a change, filled in with the method, summary, countries and today's date."""
    query = {"date": timezone.localdate().isoformat(), "summary": summary[:MAX_SUMMARY]}
    if method is not None:
        query["method"] = method.pk if isinstance(method, Method) else method
    codes = ",".join(str(code) for code in countries)
    if codes:
        query["countries"] = codes
    return f"{reverse('admin:guide_change_add')}?{urlencode(query)}"


@admin.register(Change)
class ChangeAdmin(ContentAdmin):
    markdown_fields = ("details",)
    list_display = ["date", "method", "country_list", "summary", "source_kind", "is_published"]
    list_display_links = ["date", "summary"]
    list_filter = ["method", "source_kind", "is_published"]
    list_select_related = ["method"]
    search_fields = ["summary", "details"]
    date_hierarchy = "date"
    empty_value_display = "all of TikTok"  # only the method is ever empty in the list
    fieldsets = [
        (
            None,
            {"fields": [("date", "day_known"), "method", "countries", "summary", "details", "is_published"]},
        ),
        ("Source", {"fields": ["source_title", "source_url", "source_kind"]}),
    ]

    @admin.display(description="countries")
    def country_list(self, change):
        return ", ".join(change.country_codes) or "everywhere"

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "countries":
            kwargs["widget"] = CountryPicker()
        elif db_field.name in ("summary", "source_title"):
            # Room for the whole line (the admin's own text box shows a quarter of 240 characters).
            kwargs["widget"] = forms.TextInput(attrs={"class": "vLargeTextField"})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_changeform_initial_data(self, request):
        # Django splits a prefilled ?countries=US,GB for many-to-many fields only; this field is text.
        initial = super().get_changeform_initial_data(request)
        if isinstance(initial.get("countries"), str):
            initial["countries"] = [
                code.strip().upper() for code in initial["countries"].split(",") if code.strip()
            ]
        return initial

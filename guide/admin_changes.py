"""The admin for the dated log of rule changes.

Its add form takes the fields from the query string (countries as "US,GB"), so the offer made after a
requirement changes (guide/change_offer.py) opens it filled in.
"""

from django import forms
from django.contrib import admin

from guide.admin import ContentAdmin
from guide.admin_routes import CountryPicker
from guide.models import Change


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

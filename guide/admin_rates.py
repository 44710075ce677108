"""The admin for the pay figures behind the checker's earnings estimates (guide.Rate)."""

from django import forms
from django.contrib import admin

from guide.admin_translations import TranslatedAdmin
from guide.history import HistoryAdmin
from guide.models import Rate
from guide.rate_models import PERCENT


@admin.register(Rate)
class RateAdmin(TranslatedAdmin, HistoryAdmin):
    """One figure per row, so an editor checks and dates each against its own source."""

    list_display = ["method", "figure", "label", "country", "figures", "source_kind", "checked"]
    list_display_links = ["method", "figure"]
    list_filter = ["method", "figure", "source_kind", "country"]
    list_select_related = ["method"]
    search_fields = ["label", "source_title", "method__name"]
    ordering = ["method__order", "method__name", "order", "figure", "country", "label"]
    fieldsets = [
        (None, {"fields": ["method", "figure", "label", "country", ("low", "high"), "order"]}),
        ("Follower tier (sponsored posts only)", {"fields": [("min_followers", "max_followers")]}),
        ("Source", {"fields": ["source_title", "source_url", "source_kind", "checked"]}),
    ]

    @admin.display(description="low–high")
    def figures(self, rate):
        # Shown in the unit the figure counts, so a slip of a factor of 100 stands out in the list.
        if rate.unit == PERCENT:
            return f"{rate.low}–{rate.high}%"
        return f"${rate.low / 100:,.2f}–${rate.high / 100:,.2f}"

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in ("label", "source_title"):
            kwargs["widget"] = forms.TextInput(attrs={"class": "vLargeTextField"})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

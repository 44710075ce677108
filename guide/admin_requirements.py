from django.contrib import admin
from django.utils.html import format_html_join

from guide.history import HistoryAdmin
from guide.locking import VersionedAdminMixin, touch
from guide.models import BlockedCountry, CountryRule, LiveAccessRule, Method, NextStepLink, Route


class RouteInline(admin.StackedInline):
    """A method's requirement routes, on the method's own page; any one route fully met is enough."""

    model = Route
    extra = 0
    show_change_link = True  # per-country differences are edited on the route's own page
    fields = [
        ("name", "order"),
        ("min_followers", "min_views_30d", "min_age"),
        ("needs_live", "needs_effect_badge", "allows_personal", "allows_business"),
        "countries",
        "unchecked",
        "next_step",
        ("source", "last_checked"),
        "country_differences",
    ]
    readonly_fields = ["country_differences"]

    @admin.display(description="Per-country differences")
    def country_differences(self, route):
        rules = route.country_rules.all() if route.pk else []
        if not rules:
            return "None. Add them with “Change” on this route."
        return format_html_join(", ", "{}: {}", ((rule.country.name, describe_rule(rule)) for rule in rules))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "source":
            # Only this method's own sources make sense; the method id is in the change URL.
            method_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = db_field.related_model.objects.filter(method_id=method_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


def describe_rule(rule: CountryRule) -> str:
    parts = []
    if rule.min_age is not None:
        parts.append(f"age {rule.min_age}+")
    if rule.min_followers is not None:
        parts.append(f"{rule.min_followers:,} followers")
    if rule.min_views_30d is not None:
        parts.append(f"{rule.min_views_30d:,} views")
    return ", ".join(parts) or "no change"


class CountryRuleInline(admin.TabularInline):
    model = CountryRule
    extra = 1
    verbose_name = "different minimum in a country"
    verbose_name_plural = "different minimums by country (empty = the route's own)"


@admin.register(Route)
class RouteAdmin(VersionedAdminMixin, HistoryAdmin):
    """A route on its own page, with its per-country rules. It is part of its method: saving it moves the
    method's version, and a change made meanwhile to this route or its rules stops the save (guide/locking.py)."""

    change_form_template = "admin/versioned_change_form.html"
    list_display = ["__str__", "min_followers", "min_age", "min_views_30d", "needs_live", "last_checked"]
    list_filter = ["method", "needs_live"]
    search_fields = ["name", "method__name"]
    list_select_related = ["method"]
    inlines = [CountryRuleInline]
    autocomplete_fields = ["method"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "source":
            object_id = request.resolver_match.kwargs.get("object_id")
            route = Route.objects.filter(pk=object_id).first() if object_id else None
            if route:
                kwargs["queryset"] = db_field.related_model.objects.filter(method_id=route.method_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def version_holder(self, route):
        return route.method

    def save_model(self, request, obj, form, change):
        if change and "method" in form.changed_data:
            # Moved to another method: the one it left changed too.
            touch(Method.objects.get(pk=form.initial["method"]), request.user)
        super().save_model(request, obj, form, change)

    def related_history(self, object_id):
        return [CountryRule.history.filter(route_id=object_id)]


@admin.register(CountryRule)
class CountryRuleAdmin(VersionedAdminMixin, HistoryAdmin):
    """Not in the admin's menus (rules are edited on their route's page): here for their history and restore."""

    change_form_template = "admin/versioned_change_form.html"

    def version_holder(self, rule):
        return rule.route.method

    def has_module_permission(self, request):
        return False


class NextStepLinkInline(admin.TabularInline):
    """Where a creator who qualifies goes next, by country, on the method's own page."""

    model = NextStepLink
    extra = 0
    fields = ["country", "route", "title", "url"]
    verbose_name_plural = "next-step links by country (no country = the fallback for every other country)"

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "route":
            method_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = Route.objects.filter(method_id=method_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(LiveAccessRule)
class LiveAccessRuleAdmin(HistoryAdmin):
    """The one LIVE rule: every sentence about when LIVE opens reads these numbers."""

    list_display = ["__str__", "last_checked"]
    fields = [("min_age", "min_followers"), "source", "note", "last_checked"]

    def has_add_permission(self, request):
        return not LiveAccessRule.objects.exists()  # one rule, kept in one place


@admin.register(BlockedCountry)
class BlockedCountryAdmin(HistoryAdmin):
    list_display = ["country", "note", "source_kind"]
    search_fields = ["country", "note"]

from django import forms
from django.contrib import admin
from django.db import models
from modeltranslation.admin import TranslationTabularInline

from guide.admin_routes import RouteForm, RouteInline
from guide.admin_stale import StaleNumbersMixin
from guide.admin_tables import LabelledTabularInline
from guide.admin_translations import TranslatedAdmin
from guide.history import HistoryAdmin
from guide.locking import VersionedAdminMixin, VersionedForm, touch
from guide.models import BlockedCountry, CountryRule, LiveAccessRule, Method, NextStepLink, Route


class RoutePageForm(RouteForm, VersionedForm):
    """The route form of the method's page, with the version check of a page of its own."""


@admin.register(Route)
class RouteAdmin(StaleNumbersMixin, VersionedAdminMixin, TranslatedAdmin, HistoryAdmin):
    """Not in the admin's menus (routes are edited on their method's page): here for their history and restore.

    A restore opens the route's own page, the same form as on the method's page. It is part of its method:
    saving it moves the method's version, and a change made meanwhile to this route stops the save.
    """

    form = RoutePageForm
    change_form_template = "admin/versioned_change_form.html"
    fields = ["method", *RouteInline.fields]
    autocomplete_fields = ["method"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "source":
            object_id = request.resolver_match.kwargs.get("object_id")
            route = Route.objects.filter(pk=object_id).first() if object_id else None
            if route:
                kwargs["queryset"] = db_field.related_model.objects.filter(method_id=route.method_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_module_permission(self, request):
        return False

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
class CountryRuleAdmin(StaleNumbersMixin, VersionedAdminMixin, HistoryAdmin):
    """Not in the admin's menus (rules are lines of their route on the method's page): here for history, restore."""

    change_form_template = "admin/versioned_change_form.html"

    def version_holder(self, rule):
        return rule.route.method

    def has_module_permission(self, request):
        return False


class NextStepLinkInline(TranslationTabularInline, LabelledTabularInline):
    """Where a creator who qualifies goes next, by country, on the method's own page."""

    model = NextStepLink
    extra = 0
    fields = ["country", "route", "title", "url"]
    formfield_overrides = {models.URLField: {"widget": forms.URLInput}}  # as SourceInline's
    verbose_name_plural = "next-step links by country (no country = the fallback for every other country)"

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "route":
            method_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = Route.objects.filter(method_id=method_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(LiveAccessRule)
class LiveAccessRuleAdmin(StaleNumbersMixin, TranslatedAdmin, HistoryAdmin):
    """The one LIVE rule: every sentence about when LIVE opens reads these numbers."""

    list_display = ["__str__", "last_checked"]
    fields = [("min_age", "min_followers"), "source", "note", "last_checked"]

    def has_add_permission(self, request):
        return not LiveAccessRule.objects.exists()  # one rule, kept in one place


@admin.register(BlockedCountry)
class BlockedCountryAdmin(TranslatedAdmin, HistoryAdmin):
    list_display = ["country", "note", "source_kind"]
    search_fields = ["country", "note"]

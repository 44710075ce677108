import json

from django import forms
from django.contrib import admin
from django.db import models
from django.http import HttpResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from guide.admin_requirements import NextStepLinkInline
from guide.admin_routes import RouteInline
from guide.admin_stale import StaleNumbersMixin
from guide.admin_tables import LabelledTabularInline
from guide.admin_translations import TranslatedAdmin
from guide.history import HistoryAdmin
from guide.locking import VersionedAdminMixin, VersionedForm
from guide.markdown import render_markdown
from guide.models import CountryRule, HomePage, Method, Niche, OldSlug, Route, Section, Source, Synonym, Tip
from guide.translation import untranslated_name

MARKDOWN_HELP = (
    "Markdown: **bold**, *italic*, [link text](https://…), lists with - or 1., ### for a heading, "
    "tables with | pipes |. HTML and scripts are removed. A preview appears below as you type."
)


class ReviewFilter(admin.SimpleListFilter):
    title = "review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("overdue", "Overdue for a check"), ("fresh", "Checked recently")]

    def queryset(self, request, queryset):
        overdue = [m.pk for m in queryset.only("last_checked", "review_every_days") if m.is_overdue]
        if self.value() == "overdue":
            return queryset.filter(pk__in=overdue)
        if self.value() == "fresh":
            return queryset.exclude(pk__in=overdue)
        return queryset


class MarkdownTextarea(forms.Textarea):
    """A textarea that shows a live, sanitised preview of its markdown underneath (htmx, no inline script)."""

    template_name = "guide/widgets/markdown_textarea.html"

    def __init__(self, preview_url: str, attrs=None):
        super().__init__(attrs)
        self.preview_url = preview_url

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget_attrs = context["widget"]["attrs"]
        preview_id = f"{widget_attrs.get('id', name)}-preview"
        widget_attrs.update(
            {
                "hx-post": self.preview_url,
                "hx-trigger": "input changed delay:400ms, load",
                "hx-target": f"#{preview_id}",
                "hx-include": "[name='csrfmiddlewaretoken']",
                "hx-vals": json.dumps({"field": name}),
            }
        )
        context["widget"]["preview_id"] = preview_id
        return context


class MarkdownPreviewMixin:
    """Markdown fields get help and a live preview rendered by the same function as the public site."""

    markdown_fields: tuple[str, ...] = ()
    change_form_template = "admin/guide/markdown_change_form.html"

    def get_urls(self):
        opts = self.model._meta
        preview = path(
            "preview/",
            self.admin_site.admin_view(require_POST(self.preview_view)),
            name=f"{opts.app_label}_{opts.model_name}_preview",
        )
        return [preview, *super().get_urls()]

    def preview_view(self, request):
        field = request.POST.get("field", "")
        text = request.POST.get(field, "") if untranslated_name(field) in self.markdown_fields else ""
        return HttpResponse(render_markdown(text, id_prefix="preview-"))

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if untranslated_name(db_field.name) in self.markdown_fields:
            opts = self.model._meta
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_preview")
            kwargs["widget"] = MarkdownTextarea(preview_url=url, attrs={"rows": 12})
            kwargs["help_text"] = MARKDOWN_HELP
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class SourceInline(LabelledTabularInline):
    model = Source
    extra = 0
    fields = ["title", "url", "date_stated", "kind", "order"]
    # A plain address box: the admin's own adds the whole address again as a link, too wide for a table row.
    formfield_overrides = {models.URLField: {"widget": forms.URLInput}}


class OldSlugInline(LabelledTabularInline):
    model = OldSlug
    extra = 0
    verbose_name = "old address (redirects here)"
    verbose_name_plural = "old addresses (each redirects here with a 301)"


class ContentAdmin(VersionedAdminMixin, MarkdownPreviewMixin, TranslatedAdmin, HistoryAdmin):
    """Guide content: markdown preview, each text in every language, history with restore, and no lost
    updates (guide/locking.py)."""


class MethodForm(VersionedForm):
    checked_today = forms.BooleanField(
        required=False,
        label="I checked the sources today",
        help_text="Sets “last checked” to today when you save, for the method and each of its routes.",
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("checked_today"):
            cleaned_data["last_checked"] = timezone.localdate()
        return cleaned_data


@admin.register(Method)
class MethodAdmin(StaleNumbersMixin, ContentAdmin):
    # No list_editable on versioned content: a list's save would skip the edit-conflict check (guide/locking.py).
    form = MethodForm
    markdown_fields = ("body", "pays", "start", "caveats")
    list_display = ["name", "category", "is_published", "checked", "order", "updated_at"]
    list_display_links = ["name"]
    list_filter = ["category", "is_published", ReviewFilter]
    search_fields = ["name", "slug", "summary", "former_names", "body"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["niches", "tips"]
    inlines = [RouteInline, NextStepLinkInline, SourceInline, OldSlugInline]
    save_on_top = True
    fieldsets = [
        (None, {"fields": ["name", "slug", "category", "summary", "former_names", "is_published", "order"]}),
        (
            "Freshness",
            {
                "fields": [("last_checked", "review_every_days"), "checked_today"],
                "description": "Check the rules against the sources, then tick the box below.",
            },
        ),
        ("Content", {"fields": ["body", "pays", "start", "apply_hint", "caveats"]}),
        ("Fit", {"fields": ["suits_any_niche", "niches", "tips"]}),
    ]

    @admin.display(description="last checked", ordering="last_checked")
    def checked(self, method):
        if method.is_overdue:
            days = (timezone.localdate() - method.last_checked).days
            return format_html(
                '<span class="overdue" title="Due {}">{} · overdue ({})</span>',
                method.review_due,
                method.last_checked,
                ngettext("%(days)s day", "%(days)s days", days) % {"days": days},
            )
        return method.last_checked

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if form.cleaned_data.get("checked_today"):
            # One freshness date: checking the sources checks the requirements kept from them too. After the
            # inlines are saved, so a route form's own date does not undo it; save() keeps each in history.
            for route in form.instance.routes.exclude(last_checked=form.cleaned_data["last_checked"]):
                route.last_checked = form.cleaned_data["last_checked"]
                route.save()

    def items_to_review(self, obj):
        return [obj, *obj.routes.all(), *obj.next_step_links.all()]

    def related_history(self, object_id):
        """Its routes' country rules (deleted routes' too): edited on its page, a level below its inlines."""
        return [
            CountryRule.history.filter(route_id__in=Route.history.filter(method_id=object_id).values("id"))
        ]


@admin.register(HomePage)
class HomePageAdmin(ContentAdmin):
    """The home page's headline and intro: one row, kept with history and the version check."""

    fields = ["headline", "intro"]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not HomePage.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False  # the home page always has its words


@admin.register(Tip)
class TipAdmin(ContentAdmin):
    # Listed because the shared fields (order, published) come first in the model (guide.models.GuideText).
    fields = ["title", "slug", "summary", "body", "order", "is_published"]
    markdown_fields = ("body",)
    list_display = ["title", "is_published", "order", "updated_at"]
    list_filter = ["is_published"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}


@admin.register(Section)
class SectionAdmin(ContentAdmin):
    fields = ["title", "slug", "summary", "body", "placement", "order", "is_published"]
    markdown_fields = ("body",)
    list_display = ["title", "placement", "is_published", "order", "updated_at"]
    list_filter = ["placement", "is_published"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}


@admin.register(Niche)
class NicheAdmin(TranslatedAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Synonym)
class SynonymAdmin(HistoryAdmin):
    """Words creators type and the guide's words for the same thing; the public search uses both."""

    list_display = ["term", "also_search_for"]
    search_fields = ["term", "also_search_for"]
    fields = ["term", "also_search_for"]


# These register their admins and use ContentAdmin or HistoryAdmin above, so they are imported last.
from guide import admin_changes, admin_rates  # noqa: E402, F401

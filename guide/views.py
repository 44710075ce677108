"""Public pages of the guide: home, method pages, tips, search, and the small files search engines read."""

from django.db import connection
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from guide.caching import cached_for_visitors
from guide.change_views import published_changes
from guide.models import HomePage, LiveAccessRule, Method, OldSlug, Route, Section, Tip
from guide.requirement_text import where_to_start
from guide.search import search_guide
from guide.translation_review import translation_note

LATEST_CHANGES = 5  # on the home page
METHOD_CHANGES = 3  # on a method's page


@require_safe
@cached_for_visitors
def home(request: HttpRequest) -> HttpResponse:
    """The landscape in brief, every published method grouped direct / indirect, the tips."""
    methods = list(
        Method.objects.published()
        .only("name", "slug", "category", "summary", "order", "last_checked")
        .prefetch_related("routes")  # the cards' requirement lines and the "where to start" table
    )
    sections = list(Section.objects.published())
    live_rule = LiveAccessRule.objects.first()
    home_page = HomePage.objects.first() or HomePage(intro="")  # an empty site: the headline alone
    live_followers = live_rule.min_followers if live_rule else 0
    return render(
        request,
        "guide/home.html",
        {
            # The headline's count and year come from the content, so they never disagree with the cards.
            "home_page": home_page,
            "method_count": len(methods),
            "checked_on": max((m.last_checked for m in methods), default=None),
            "direct_methods": [m for m in methods if m.category == Method.Category.DIRECT],
            "indirect_methods": [m for m in methods if m.category == Method.Category.INDIRECT],
            "intro_sections": [s for s in sections if s.placement == Section.Placement.INTRO],
            "outro_sections": [s for s in sections if s.placement == Section.Placement.OUTRO],
            "where_to_start": where_to_start(methods, live_followers),
            "live_followers": live_followers,
            "tips": Tip.objects.published().only("title", "slug", "summary"),
            "latest_changes": published_changes()[:LATEST_CHANGES],
            "translation_note": translation_note([home_page, *sections], get_language()),
        },
    )


def visible_methods(request: HttpRequest):
    """Published methods; staff also see drafts, so they can preview them at their public URL."""
    if request.user.is_staff:
        return Method.objects.all()
    return Method.objects.published()


@require_safe
@cached_for_visitors
def method_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """One method: what it is, how it pays, its requirements, how to start, sources, last checked."""
    queryset = visible_methods(request).prefetch_related(
        "sources",
        "niches",
        "rates",  # "How it pays in figures"
        Prefetch("tips", queryset=Tip.objects.published().only("title", "slug", "summary")),
        Prefetch("routes", queryset=Route.objects.select_related("source").prefetch_related("country_rules")),
    )
    method = queryset.filter(slug=slug).first()
    if method is None:
        old = get_object_or_404(
            OldSlug.objects.select_related("method"), slug=slug, method__is_published=True
        )
        return HttpResponsePermanentRedirect(old.method.get_absolute_url())
    # One query for the neighbours, whatever the number of methods.
    siblings = list(Method.objects.published().only("name", "slug"))
    index = next((i for i, m in enumerate(siblings) if m.pk == method.pk), None)
    previous_method = siblings[index - 1] if index else None
    next_method = siblings[index + 1] if index is not None and index + 1 < len(siblings) else None
    return render(
        request,
        "guide/method_detail.html",
        {
            "method": method,
            "previous_method": previous_method,
            "next_method": next_method,
            "live_rule": LiveAccessRule.objects.first(),  # the one place the LIVE rule is kept
            "recent_changes": method.changes.published()[:METHOD_CHANGES],  # a draft's too, for its preview
            "translation_note": translation_note([method, *method.routes.all()], get_language()),
        },
    )


@require_safe
@cached_for_visitors
def tips(request: HttpRequest) -> HttpResponse:
    """The habits that make every method work."""
    tips = list(Tip.objects.published())
    note = translation_note(tips, get_language())
    return render(request, "guide/tips.html", {"tips": tips, "translation_note": note})


@require_safe
@cached_for_visitors
def search(request: HttpRequest) -> HttpResponse:
    """Search methods, tips and sections; ranked, and calm about empty, junk or very long queries."""
    query, hits, note = search_guide(request.GET.get("q", ""))
    return render(request, "guide/search.html", {"query": query, "hits": hits, "note": note})


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /api/", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """Liveness for load balancers: proves the process answers and the database does too."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "404.html", status=404)

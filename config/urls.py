from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.http import HttpResponse
from django.urls import include, path

from checker import views as checker_views
from guide import change_views
from guide import views as guide_views
from guide.sitemaps import SITEMAPS

admin.site.site_header = "Creator Money Guide: editors"
admin.site.site_title = "Creator Money Guide admin"
admin.site.index_title = "Guide content"

# The APIs answer in English at one address each, whatever the language of the page that links to them.
api_patterns = (
    [
        path("check", checker_views.api_check, name="check"),
        path("changes", change_views.api_changes, name="changes"),
    ],
    "api",
)

urlpatterns = [
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", guide_views.robots_txt, name="robots_txt"),
    path("healthz", guide_views.healthz, name="healthz"),
    path("api/", include(api_patterns)),
]
# Every public page in English at its usual address, and under /es/ and /pt-br/ (guide/languages.py).
urlpatterns += i18n_patterns(
    path("", include("checker.urls")),
    path("", include("guide.urls")),
    prefix_default_language=False,
)

handler400 = "config.errors.bad_request"  # Django's page, in the path's language
handler404 = "guide.views.page_not_found"
handler500 = "config.errors.server_error"  # shows the code the error was logged with

if settings.BENCHMARK_ENDPOINTS:
    # The benchmark's reference: a bare view through the same middleware, returning a fixed string.
    urlpatterns.append(path("bench/bare", lambda request: HttpResponse("ok"), name="bench_bare"))

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from guide.models import Method


class LanguagesSitemap(Sitemap):
    """Every page in each language, with its alternates in the others and x-default (the English page)."""

    i18n = True
    alternates = True
    x_default = True


class PageSitemap(LanguagesSitemap):
    priority = 0.8

    def items(self):
        return ["guide:home", "guide:tips", "guide:changes", "checker:check"]

    def location(self, item):
        return reverse(item)


class MethodSitemap(LanguagesSitemap):
    priority = 1.0

    def items(self):
        return Method.objects.published().only("slug", "updated_at")

    def lastmod(self, method):
        return method.updated_at


SITEMAPS = {"pages": PageSitemap, "methods": MethodSitemap}

"""The requirements, as typed content editors keep current in the admin: routes, per-country differences,
next-step links, the LIVE access rule and the countries without TikTok.

A method is open to a creator when any one of its routes is fully met (Subscriptions: followers and
views, or LIVE eligibility). A route can differ by country (South Korea: 19+). checker.requirements
turns these rows into the plain dataclasses that checker.rules decides on.

They lived in the checker app until 2026-11 and moved here (guide owns all content). Their tables keep
the old names, so an existing database moved without copying a row (docs/decisions/007-*).
"""

import datetime

from django.db import models
from django.utils.translation import ngettext
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from guide.models import Method, Source


class Route(models.Model):
    """One way to qualify for a method. Empty minimums mean no requirement of that kind."""

    method = models.ForeignKey(Method, on_delete=models.CASCADE, related_name="routes")
    name = models.CharField(max_length=120, help_text="Short, e.g. 'Followers and views' or 'TikTok One'.")
    order = models.PositiveSmallIntegerField(default=0)
    min_followers = models.PositiveBigIntegerField(null=True, blank=True)
    min_age = models.PositiveSmallIntegerField(null=True, blank=True)
    min_views_30d = models.PositiveBigIntegerField("min. views (30 days)", null=True, blank=True)
    needs_live = models.BooleanField("needs LIVE access", default=False)
    needs_effect_badge = models.BooleanField(
        "needs an Effect House badge",
        default=False,
        help_text="Gold, Platinum or Diamond. The checker asks; nobody is told it is open without saying yes.",
    )
    allows_personal = models.BooleanField("personal accounts", default=True)
    allows_business = models.BooleanField("business accounts", default=True)
    countries = CountryField(
        multiple=True,
        blank=True,
        help_text="Where it is offered. Leave empty for everywhere TikTok operates.",
    )
    unchecked = models.TextField(
        "conditions the checker cannot test",
        blank=True,
        help_text="One per line, e.g. 'Account at least 30 days old'. Shown, not enforced.",
    )
    source = models.ForeignKey(
        Source,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The source these numbers come from.",
    )
    next_step = models.CharField(
        "next step when met",
        max_length=240,
        blank=True,
        help_text="What a creator who meets this route does now, e.g. 'Put your affiliate link in your bio "
        "(Edit profile, Website)'. Empty: the method's one-line 'how to apply'.",
    )
    last_checked = models.DateField(default=datetime.date.today)

    class Meta:
        db_table = "checker_route"
        ordering = ["order", "id"]

    def __str__(self):
        return f"{self.method}: {self.name}"

    @property
    def country_names(self) -> str:
        return ", ".join(country.name for country in self.countries)

    @property
    def unchecked_lines(self) -> list[str]:
        return [line.strip() for line in self.unchecked.splitlines() if line.strip()]


class CountryRule(models.Model):
    """A route's different minimums in one country; empty fields keep the route's own."""

    route = models.ForeignKey(Route, on_delete=models.CASCADE, related_name="country_rules")
    country = CountryField()
    min_followers = models.PositiveBigIntegerField(null=True, blank=True)
    min_age = models.PositiveSmallIntegerField(null=True, blank=True)
    min_views_30d = models.PositiveBigIntegerField("min. views (30 days)", null=True, blank=True)

    history = HistoricalRecords(table_name="checker_historicalcountryrule")

    class Meta:
        db_table = "checker_countryrule"
        constraints = [
            models.UniqueConstraint(fields=["route", "country"], name="one_rule_per_route_country")
        ]

    def __str__(self):
        return f"{self.route} in {self.country.name}"


class NextStepLink(models.Model):
    """Where a creator who qualifies goes next, per country: a Brazilian seller gets Brazil's seller pages.

    A link with no country is the neutral fallback, used where no link names the creator's country.
    A link with a route is shown only to creators who qualify by that route.
    """

    method = models.ForeignKey(Method, on_delete=models.CASCADE, related_name="next_step_links")
    route = models.ForeignKey(
        Route,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="links",
        help_text="Only for creators who qualify by this route. Empty: any route.",
    )
    country = CountryField(blank=True, help_text="Empty: the fallback for every other country.")
    title = models.CharField(
        max_length=120, help_text="The link's words, e.g. 'TikTok Shop Seller Center Brazil'."
    )
    url = models.URLField(max_length=500)

    class Meta:
        db_table = "checker_nextsteplink"
        verbose_name = "next-step link"
        ordering = ["method", "country", "id"]

    def __str__(self):
        return f"{self.method}: {self.title}"


class LiveAccessRule(models.Model):
    """When TikTok opens LIVE to a creator: the one place this rule is kept (used when `live` is left empty)."""

    min_age = models.PositiveSmallIntegerField(default=18)
    min_followers = models.PositiveBigIntegerField(default=1000)
    source = models.ForeignKey(
        Source, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        help_text="Where the age comes from.",
    )  # fmt: skip
    note = models.CharField(
        max_length=400,
        blank=True,
        help_text="How sure this is, e.g. 'The 1,000 followers is widely reported; no TikTok page states it.'",
    )
    last_checked = models.DateField(default=datetime.date.today)

    class Meta:
        db_table = "checker_liveaccessrule"
        verbose_name = "LIVE access rule"
        verbose_name_plural = "LIVE access rule"

    def __str__(self):
        count = self.min_followers
        followers = ngettext("%(count)s follower", "%(count)s followers", count) % {"count": f"{count:,}"}
        return f"LIVE opens at {self.min_age}+ with {followers}"


class BlockedCountry(models.Model):
    """A country where TikTok itself is unavailable: every method is closed there."""

    country = CountryField(unique=True)
    note = models.CharField(
        max_length=240, blank=True, help_text="Since when and why, e.g. 'Banned since June 2020'."
    )
    source_url = models.URLField(blank=True)
    source_kind = models.CharField(max_length=10, choices=Source.Kind.choices, default=Source.Kind.PRESS)

    class Meta:
        db_table = "checker_blockedcountry"
        verbose_name = "country without TikTok"
        verbose_name_plural = "countries without TikTok"
        ordering = ["country"]

    def __str__(self):
        return self.country.name

"""Eligibility requirements as typed data editors keep current in the admin.

A method is open to a creator when any one of its routes is fully met (Subscriptions: followers and
views, or LIVE eligibility). A route can differ by country (South Korea: 19+). checker.requirements
turns these rows into the plain dataclasses that checker.rules decides on.
"""

import datetime

from django.db import models
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
    last_checked = models.DateField(default=datetime.date.today)

    history = HistoricalRecords()

    class Meta:
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

    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["route", "country"], name="one_rule_per_route_country")
        ]

    def __str__(self):
        return f"{self.route} in {self.country.name}"


class BlockedCountry(models.Model):
    """A country where TikTok itself is unavailable: every method is closed there."""

    country = CountryField(unique=True)
    note = models.CharField(
        max_length=240, blank=True, help_text="Since when and why, e.g. 'Banned since June 2020'."
    )
    source_url = models.URLField(blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "country without TikTok"
        verbose_name_plural = "countries without TikTok"
        ordering = ["country"]

    def __str__(self):
        return self.country.name

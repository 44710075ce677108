"""The figures behind the checker's earnings estimates: what a method pays, per unit, with its source.

Each row is one named figure of one method, as a low-high range, optionally for one country (a country's
own figure replaces the general one) or one follower tier (sponsored posts). Amounts are whole US cents
and shares whole percents: whole numbers are exact (no float drift between the admin, the data files and
the maths) and every figure in FACTS.md fits them ($0.22 is 22, 200 Diamonds = $1 is 500 per 1,000).
The maths lives in checker/estimates.py; the unit of a figure follows from what it is, so it cannot be
set wrong.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from guide.models import Method, Source

CENTS, PERCENT = "usd_cents", "percent"


class Rate(models.Model):
    """One figure of how a method pays, e.g. Creator Rewards' pay per 1,000 qualified views: 40-100 cents."""

    class Figure(models.TextChoices):
        PAY_PER_1000_VIEWS = "pay_per_1000_views", _("Pay per 1,000 qualified views")
        QUALIFIED_SHARE = "qualified_share", _("Share of views that qualify")
        CREATOR_SHARE = "creator_share", _("Creator's share")
        DIAMONDS_VALUE = "diamonds_value", _("Value of 1,000 Diamonds to the creator")
        PRICE_PER_MONTH = "price_per_month", _("Price per month")
        PRICE = "price", _("Price")
        SPONSORED_POST = "sponsored_post", _("Pay per sponsored post")
        AFFILIATE_COMMISSION = "affiliate_commission", _("Affiliate commission")

    # What the numbers count, per figure: amounts in US cents, shares in percent.
    UNITS = {
        Figure.PAY_PER_1000_VIEWS: CENTS,
        Figure.QUALIFIED_SHARE: PERCENT,
        Figure.CREATOR_SHARE: PERCENT,
        Figure.DIAMONDS_VALUE: CENTS,
        Figure.PRICE_PER_MONTH: CENTS,
        Figure.PRICE: CENTS,
        Figure.SPONSORED_POST: CENTS,
        Figure.AFFILIATE_COMMISSION: PERCENT,
    }

    method = models.ForeignKey(Method, on_delete=models.CASCADE, related_name="rates")
    figure = models.CharField(max_length=30, choices=Figure.choices)
    label = models.CharField(
        max_length=160,
        blank=True,
        help_text="What this row is, when a figure has several: a category (“beauty”), a tier "
        "(“10k–50k followers”), a case (“with the bonus”).",
    )
    country = CountryField(blank=True, help_text="Empty: everywhere without a figure of its own.")
    min_followers = models.PositiveBigIntegerField(
        null=True, blank=True, help_text="Follower tiers only (sponsored posts): from this many."
    )
    max_followers = models.PositiveBigIntegerField(
        null=True, blank=True, help_text="Follower tiers only: below this many. Empty: no upper bound."
    )
    low = models.PositiveBigIntegerField(help_text="In US cents ($0.40 is 40) or whole percent (30% is 30).")
    high = models.PositiveBigIntegerField(help_text="Same unit as low; equal to low for a single figure.")
    source_title = models.CharField(max_length=200)
    source_url = models.URLField(
        "source address",
        max_length=500,
        blank=True,
        help_text="Empty when the source has no address: named only.",
    )
    source_kind = models.CharField(max_length=10, choices=Source.Kind.choices, default=Source.Kind.REPORTED)
    checked = models.DateField("last checked", help_text="When an editor last checked it against the source.")
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "figure", "country", "label"]  # per method: no join when prefetched
        constraints = [
            # The natural key imports match by (guide/transfer_rates.py).
            models.UniqueConstraint(
                fields=["method", "figure", "country", "label"],
                name="guide_rate_natural_key",
                violation_error_message="This method already has this figure for this country and label.",
            )
        ]

    def __str__(self):
        where = f" ({self.country.code})" if self.country else ""
        label = f", {self.label}" if self.label else ""
        return f"{self.method}: {self.get_figure_display()}{label}{where}"

    @property
    def unit(self) -> str:
        return self.UNITS.get(self.figure, CENTS)

    def clean(self):
        errors = {}
        if self.low is not None and self.high is not None and self.low > self.high:
            errors["high"] = "The high end must be at least the low end."
        if self.unit == PERCENT and self.high is not None and self.high > 100:
            errors["high"] = "A share is at most 100 percent."
        if (
            self.min_followers is not None
            and self.max_followers is not None
            and self.min_followers >= self.max_followers
        ):
            errors["max_followers"] = "The tier must end above where it starts."
        if errors:
            raise ValidationError(errors)

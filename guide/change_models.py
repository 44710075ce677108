"""The dated log of TikTok's rule changes: what changed, when, for whom, and where it says so.

Public at /changes/ (with an Atom feed and JSON); the method pages, the home page and the checker's results
show the latest entries. Editors keep it in the admin like any other content.
"""

from django.db import models
from django.urls import reverse
from django.utils.formats import date_format
from django_countries.fields import CountryField

from guide.markdown import RenderedMarkdownField, render_translations
from guide.models import Method, PublishedQuerySet, Source


class Change(models.Model):
    """One change to the rules: a program opening, a threshold moving, a country blocking TikTok."""

    date = models.DateField(help_text="When it took effect. Only the month known: the 1st, and untick below.")
    day_known = models.BooleanField(
        "day known",
        default=True,
        help_text="Untick when the source gives only the month: the site then says “Jun 2020”.",
    )
    method = models.ForeignKey(
        Method,
        # A change belongs to its method's story: deleting a method (rare; the admin lists what goes
        # with it) takes its entries too, rather than leaving them looking platform-wide.
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="changes",
        help_text="Empty for a change to TikTok as a whole, e.g. a country blocking the app.",
    )
    countries = CountryField(
        multiple=True, blank=True, help_text="Where it applies. Leave empty for everywhere."
    )
    summary = models.CharField(
        max_length=240,
        help_text="One line, e.g. “Creator Rewards: minimum followers 10,000 -> 12,000 in US, GB”.",
    )
    details = models.TextField(blank=True, help_text="Markdown. Optional.")
    details_html = RenderedMarkdownField()
    source_url = models.URLField("source address", max_length=500, blank=True)
    source_title = models.CharField(max_length=200, blank=True)
    source_kind = models.CharField(max_length=10, choices=Source.Kind.choices, default=Source.Kind.OFFICIAL)
    is_published = models.BooleanField("published", default=True)
    # Goes up with every save; the admin refuses a save made from an out-of-date form (guide/locking.py).
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "summary"]
        constraints = [
            # The natural key imports match by (guide/transfer.py).
            models.UniqueConstraint(
                fields=["date", "summary"],
                name="guide_change_date_summary_unique",
                violation_error_message="There is already a change with this date and summary.",
            )
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d}: {self.summary}"

    def save(self, *args, **kwargs):
        render_translations(self, "details", id_prefix=f"change-{self.date:%Y%m%d}-")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"{reverse('guide:changes')}#{self.anchor}"

    @property
    def anchor(self) -> str:
        return f"change-{self.pk}"

    @property
    def country_codes(self) -> list[str]:
        return [country.code for country in self.countries]

    @property
    def date_display(self) -> str:
        """'23 Nov 2022', or 'Nov 2022' when the source gives only the month."""
        return date_format(self.date, "j M Y" if self.day_known else "M Y")

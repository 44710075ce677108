"""The guide's content: methods of earning, their sources, tips, sections and niches.

Markdown fields are rendered to HTML when saved (never per request) through guide.markdown.
"""

import datetime
import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from guide.markdown import RenderedMarkdownField, render_translations


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Niche(models.Model):
    """A kind of content a creator makes; methods suit some niches better than others."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class GuideText(models.Model):
    """What a tip and a section share: a titled, ordered piece of the guide whose body is markdown.

    Each declares its own `summary` and `body` (which of them may be empty differs) and its heading ids.
    """

    title = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True)
    body_html = RenderedMarkdownField()
    order = models.PositiveSmallIntegerField(default=0)
    is_published = models.BooleanField("published", default=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Goes up with every save; the admin refuses a save made from an out-of-date form (guide/locking.py).
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        abstract = True

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        render_translations(self, "body", id_prefix=self.heading_id_prefix())
        super().save(*args, **kwargs)

    def heading_id_prefix(self) -> str:
        """How the body's heading ids start, so they cannot clash with other ids on the same page."""
        raise NotImplementedError


class Tip(GuideText):
    """A habit that makes every method work better (post consistently, know your analytics...)."""

    summary = models.CharField(max_length=240, help_text="One sentence, shown in lists and search results.")
    body = models.TextField(blank=True, help_text="Markdown.")

    class Meta:
        ordering = ["order", "title"]

    def get_absolute_url(self):
        return reverse("guide:tips") + f"#tip-{self.slug}"

    def heading_id_prefix(self) -> str:
        return f"tip-{self.slug}-"


class Section(GuideText):
    """A part of the guide's narrative: the landscape, content quality and engagement, the conclusion."""

    class Placement(models.TextChoices):
        INTRO = "intro", _("Before the methods")
        OUTRO = "outro", _("After the methods")

    summary = models.CharField(max_length=240, blank=True, help_text="One sentence for search results.")
    body = models.TextField(help_text="Markdown.")
    placement = models.CharField(max_length=10, choices=Placement.choices, default=Placement.INTRO)

    class Meta:
        ordering = ["placement", "order", "title"]

    def get_absolute_url(self):
        return reverse("guide:home") + f"#{self.slug}"

    def heading_id_prefix(self) -> str:
        return f"{self.slug}-"


class Method(models.Model):
    """One way a creator earns: paid by TikTok (direct) or earned through the audience (indirect)."""

    class Category(models.TextChoices):
        DIRECT = "direct", _("Direct: TikTok pays you")
        INDIRECT = "indirect", _("Indirect: your audience pays off")

    name = models.CharField(max_length=120)
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text="Part of the URL. Changing it breaks links: "
        "add the old one under 'Old addresses' so it redirects.",
    )
    category = models.CharField(max_length=10, choices=Category.choices)
    summary = models.CharField(max_length=240, help_text="One sentence: what it is and who it is for.")
    former_names = models.CharField(
        max_length=240, blank=True, help_text="Earlier names, e.g. 'Creator Fund (2020-2023)'. Searched too."
    )
    body = models.TextField("what it is", help_text="Markdown.")
    pays = models.TextField("how it pays", help_text="Markdown. Mark reported figures as estimates.")
    start = models.TextField("how to start", help_text="Markdown. Steps, where to apply.")
    apply_hint = models.CharField(
        "how to apply, in one line",
        max_length=240,
        blank=True,
        help_text="Shown in the checker to creators who qualify, e.g. 'In TikTok Studio, "
        "open Monetization and tap Creator Rewards Program.'",
    )
    caveats = models.TextField(blank=True, help_text="Markdown. What is uncertain or varies by region.")
    body_html = RenderedMarkdownField()
    pays_html = RenderedMarkdownField()
    start_html = RenderedMarkdownField()
    caveats_html = RenderedMarkdownField()
    niches = models.ManyToManyField(
        Niche, blank=True, related_name="methods", help_text="Niches this method suits best."
    )
    suits_any_niche = models.BooleanField(
        default=False, help_text="Works for almost any niche with an engaged audience (e.g. brand deals)."
    )
    tips = models.ManyToManyField(Tip, blank=True, related_name="methods", verbose_name="related tips")
    order = models.PositiveSmallIntegerField(default=0)
    is_published = models.BooleanField("published", default=True)
    last_checked = models.DateField(
        default=datetime.date.today, help_text="When an editor last checked the rules against the sources."
    )
    review_every_days = models.PositiveSmallIntegerField(
        default=90, help_text="How often the rules need checking."
    )
    updated_at = models.DateTimeField(auto_now=True)
    # Goes up with every save; the admin refuses a save made from an out-of-date form (guide/locking.py).
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        prefix = f"{self.slug}-"
        render_translations(self, "body", id_prefix=prefix)
        render_translations(self, "pays", id_prefix=prefix + "pays-")
        render_translations(self, "start", id_prefix=prefix + "start-")
        render_translations(self, "caveats", id_prefix=prefix + "caveats-")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("guide:method_detail", args=[self.slug])

    @property
    def review_due(self) -> datetime.date:
        return self.last_checked + datetime.timedelta(days=self.review_every_days)

    @property
    def is_overdue(self) -> bool:
        return self.review_due < timezone.localdate()


class Source(models.Model):
    """Where a method's facts come from, and how much to trust it."""

    class Kind(models.TextChoices):
        OFFICIAL = "official", _("Official (TikTok)")
        PRESS = "press", _("Press")
        REPORTED = "reported", _("Reported (third party; an estimate)")

    method = models.ForeignKey(Method, on_delete=models.CASCADE, related_name="sources")
    title = models.CharField(max_length=200)
    url = models.URLField(max_length=500)
    date_stated = models.CharField(
        max_length=40,
        blank=True,
        help_text="The date the source gives, as it gives it (e.g. 'Mar 2024'). Empty: undated.",
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.OFFICIAL)
    order = models.PositiveSmallIntegerField(default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "id"]

    def __str__(self):
        return self.title


class OldSlug(models.Model):
    """An earlier address of a method; /methods/<old>/ redirects (301) to the current one."""

    slug = models.SlugField(max_length=120, unique=True)
    method = models.ForeignKey(Method, on_delete=models.CASCADE, related_name="old_slugs")

    class Meta:
        verbose_name = "old address"
        verbose_name_plural = "old addresses"

    def __str__(self):
        return self.slug


class ContentVersion(models.Model):
    """One row whose number goes up whenever any guide or checker content changes.

    Cached pages and the checker's loaded requirements are keyed by it, so every app server sees an edit
    at once, whatever its own cache holds (see guide/caching.py).
    """

    number = models.PositiveBigIntegerField(default=1)

    def __str__(self):
        return f"content version {self.number}"


class Synonym(models.Model):
    """A word or phrase creators type, and the guide's own words for it: search looks for both.

    One way only: "cash out" -> "withdraw, payout, Diamonds" does not make "payout" find "cash out".
    """

    term = models.CharField(
        max_length=80,
        help_text="What creators type, e.g. “cash out” or “how much”. Capitals and word endings don't "
        "matter: “withdraw” also covers “Withdrawing”.",
    )
    also_search_for = models.CharField(
        "also search for",
        max_length=300,
        help_text="The guide's words for it, separated by commas, e.g. “withdraw, payout, Diamonds”. "
        "A comma inside a number stays part of it: “per 1,000 views” is one phrase. Matches through a "
        "synonym rank below matches of the creator's own words.",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(
                Lower("term"),
                name="guide_synonym_term_unique",
                violation_error_message="There is already a synonym for this term.",
            )
        ]

    def __str__(self):
        return self.term

    @property
    def alternatives(self) -> list[str]:
        """The words and phrases to also search for, as the editor wrote them."""
        return split_alternatives(self.also_search_for)

    def clean(self):
        from guide.search import searchable  # guide.search imports this module

        if self.term is None or self.also_search_for is None:
            return  # clean_fields() says what is missing
        self.term = " ".join(self.term.split())
        errors = {}
        if self.term and not searchable(self.term):
            errors["term"] = "Give a word or a number to look for."
        if self.also_search_for and not any(searchable(a) for a in self.alternatives):
            errors["also_search_for"] = "Give at least one word or phrase to search for too."
        if errors:
            raise ValidationError(errors)


# A comma separates synonyms, except inside a number ("per 1,000 views").
ALTERNATIVE_SEPARATOR = re.compile(r"(?<!\d),|,(?!\d)|[;\n]")


def split_alternatives(text: str) -> list[str]:
    """'withdraw, payout,Diamonds' -> ['withdraw', 'payout', 'Diamonds']; blanks and repeats dropped."""
    parts = {}
    for part in ALTERNATIVE_SEPARATOR.split(text):
        part = " ".join(part.split())
        if part:
            parts.setdefault(part.lower(), part)
    return list(parts.values())


# The requirements, the dated log of rule changes and the home page's words are content too; their models live in modules of their
# own (imported last: they refer to Method and Source above).
from guide.change_models import Change  # noqa: E402
from guide.page_models import HomePage  # noqa: E402
from guide.rate_models import Rate  # noqa: E402
from guide.requirement_models import BlockedCountry, CountryRule, LiveAccessRule, NextStepLink, Route  # noqa: E402

__all__ = [
    "BlockedCountry",
    "Change",
    "ContentVersion",
    "CountryRule",
    "HomePage",
    "LiveAccessRule",
    "Method",
    "NextStepLink",
    "Niche",
    "OldSlug",
    "Rate",
    "Route",
    "Section",
    "Source",
    "Synonym",
    "Tip",
]

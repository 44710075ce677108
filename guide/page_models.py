"""The home page's own words: its headline and intro, kept by editors like every other text.

One row. The count of ways to earn and the year beside the headline are not in it: they come from the
methods themselves (guide.views.home), so the words can never state a stale number.
"""

from django.db import models

DEFAULT_HEADLINE = "How TikTok creators earn money"


class HomePage(models.Model):
    headline = models.CharField(
        max_length=120, default=DEFAULT_HEADLINE, help_text="The page's main heading."
    )
    intro = models.CharField(
        max_length=400,
        help_text="One or two sentences under the headline, after “Nine ways to get paid.” (that count comes "
        "from the published methods).",
    )
    updated_at = models.DateTimeField(auto_now=True)
    # Goes up with every save; the admin refuses a save made from an out-of-date form (guide/locking.py).
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = "home page"
        verbose_name_plural = "home page"

    def __str__(self):
        return "Home page"

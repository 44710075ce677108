"""checker.estimates' words and number marks in each language: that module is pure and speaks English; these
are its phrases through gettext, built once per language."""

import functools

from django.utils.formats import get_format
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from checker import estimates


def estimate_words() -> estimates.Words:
    """checker.estimates' words and number marks in the active language (English: its own defaults)."""
    return words_in(get_language() or "en")


@functools.lru_cache(maxsize=8)
def words_in(language: str) -> estimates.Words:
    if language == "en":
        return estimates.ENGLISH  # byte for byte what the API and the English pages always said
    # Translators: {range} is a figure such as "$2.99–$5.99" or "50–70%".
    phrases = {
        estimates.PRICE_PER_MONTH: _("subscribers pay {range} a month"),
        estimates.PRICE: _("prices run {range}, set by you"),
        estimates.CREATOR_SHARE: _("you keep {range}"),
        estimates.DIAMONDS_VALUE: _("1,000 Diamonds are worth {range} to you"),
        estimates.SPONSORED_POST: _("brands pay {range} a post"),
        estimates.AFFILIATE_COMMISSION: _("commission on each sale {range}"),
        estimates.PAY_PER_1000_VIEWS: _("{range} per 1,000 qualified views"),
        estimates.QUALIFIED_SHARE: _("{range} of views qualify"),
    }
    return estimates.Words(
        language=language,
        thousands=get_format("THOUSAND_SEPARATOR", language),
        decimal=get_format("DECIMAL_SEPARATOR", language),
        dollar=pgettext("currency symbol of US dollars", "$"),
        phrases=phrases,
        kinds={
            "official": _("official figures (TikTok's own)"),
            "press": _("press figures (reputable press quoting TikTok)"),
            "reported": _("reported figures (third-party reports, so a rough guide)"),
        },
        kind_names={
            "official": pgettext("source kind", "official"),
            "press": pgettext("source kind", "press"),
            "reported": pgettext("source kind", "reported"),
        },
        basis=_("{views} views in 30 days × {share} of them qualifying × {pay} per 1,000 qualified views"),
        own_figure=_(" (the figure for {country})"),
        from_amount=_("from {amount}"),
        at_tier=_(" at {label}"),
        by_category=_("by category: {figures}"),
        a_month=_("a month"),
        example_subscribers=_("{subscribers} subscribers × {price} a month × {share} you keep"),
        example_diamonds=_("{diamonds} Diamonds × {value} per 1,000"),
        example_posts=_("{posts} sponsored posts a month × {pay}"),
        example_sales=_("{sales} of sales × {commission} commission"),
        example_sales_in=_("{sales} of sales in {label} × {commission} commission"),
        example_buyers=_("{buyers} buyers × {price}, before TikTok's share"),
    )

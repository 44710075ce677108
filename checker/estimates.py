"""Earnings estimates: a pure function from a creator's answers and a method's pay figures to a monthly
range in US dollars, or None where no honest range can be made from the answers.

Standard library only, like checker.rules, so every case is tested without Django. The figures are the
rows editors keep in the admin (guide.Rate): amounts in whole US cents, shares in whole percents.

Only a method that pays per view gets a range: the checker knows the creator's views, and nothing else a
method's pay depends on (gifts received, subscribers, sales, deals a month). Asking for those would make
the form long for a guess; the other methods get their per-unit figures in words instead (`pay_note`).
A range is given only to a creator who qualifies now: for one who does not, their views may be below the
minimum that opens the program, so a range "once you qualify" would price views that cannot earn.
"""

from __future__ import annotations

import datetime
import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from types import MappingProxyType

from checker.rules import Profile, Status

# Figure names (guide.Rate.Figure's values) the maths and the words know.
PAY_PER_1000_VIEWS = "pay_per_1000_views"
QUALIFIED_SHARE = "qualified_share"
CREATOR_SHARE = "creator_share"
DIAMONDS_VALUE = "diamonds_value"
PRICE_PER_MONTH = "price_per_month"
PRICE = "price"
SPONSORED_POST = "sponsored_post"
AFFILIATE_COMMISSION = "affiliate_commission"
PERCENTS = frozenset({QUALIFIED_SHARE, CREATOR_SHARE, AFFILIATE_COMMISSION})  # the rest are US cents

# Weakest last: an estimate is only as trustworthy as the least trustworthy figure it uses.
KINDS = ("official", "press", "reported")
KIND_WORDS = {
    "official": "official figures (TikTok's own)",
    "press": "press figures (reputable press quoting TikTok)",
    "reported": "reported figures (third-party reports, so a rough guide)",
}


@dataclass(frozen=True)
class Figure:
    """One pay figure of a method: a low-high range, for a country ("" = general) or a follower tier."""

    figure: str  # one of the names above
    low: int
    high: int
    label: str = ""
    country: str = ""
    min_followers: int | None = None
    max_followers: int | None = None  # below this many; None = no upper bound
    source_title: str = ""
    source_url: str = ""
    kind: str = "reported"
    checked: datetime.date | None = None


@dataclass(frozen=True)
class MethodRates:
    """A method's pay figures, in the editors' order."""

    slug: str
    figures: tuple[Figure, ...] = ()

    # Kept on the instance, which lives as long as its content version (checker/requirements.py): the
    # checker looks figures up by name for every method it words.
    @functools.cached_property
    def by_name(self) -> dict[str, list[Figure]]:
        rows = {}
        for figure in self.figures:
            rows.setdefault(figure.figure, []).append(figure)
        return rows


@dataclass(frozen=True)
class Basis:
    """Where a range or a per-unit figure comes from: the weakest kind, the sources, the oldest check."""

    kind: str
    sources: tuple[tuple[str, str], ...]  # (url, title), each once, in the order used; url "": named only
    checked: datetime.date | None
    words: Words | None = field(default=None, compare=False, repr=False)  # None: English

    @property
    def urls(self) -> list[str]:
        return [url for url, _title in self.sources if url]

    @property
    def kind_words(self) -> str:
        """The kind in a phrase: 'official figures (TikTok's own)'."""
        return (self.words or ENGLISH).kind_words(self.kind)

    @property
    def kind_name(self) -> str:
        """The kind in a word: 'official'."""
        return (self.words or ENGLISH).kind_name(self.kind)


@dataclass(frozen=True)
class Estimate:
    """A monthly range in whole US dollars (low < high, unless both are 0) and how it was worked out."""

    low: int
    high: int
    basis: str  # the arithmetic in words
    source: Basis
    currency: str = "USD"
    period: str = "month"


@dataclass(frozen=True)
class PayNote:
    """What a method pays per unit, in words, where the answers cannot make a range."""

    text: str
    source: Basis


PHRASES = MappingProxyType(
    {
        PRICE_PER_MONTH: "subscribers pay {range} a month",
        PRICE: "prices run {range}, set by you",
        CREATOR_SHARE: "you keep {range}",
        DIAMONDS_VALUE: "1,000 Diamonds are worth {range} to you",
        SPONSORED_POST: "brands pay {range} a post",
        AFFILIATE_COMMISSION: "commission on each sale {range}",
        PAY_PER_1000_VIEWS: "{range} per 1,000 qualified views",
        QUALIFIED_SHARE: "{range} of views qualify",
    }
)


@dataclass(frozen=True)
class Words:
    """The words and number marks the figures are put in: English by default (the API's, and the tests').

    checker.presentation hands in the page language's, so this module stays free of Django. Placeholders in
    braces; every template keeps its English meaning.
    """

    language: str = "en"
    thousands: str = ","
    decimal: str = "."
    dollar: str = "$"
    phrases: Mapping[str, str] = field(default_factory=lambda: PHRASES)
    kinds: Mapping[str, str] = field(default_factory=lambda: MappingProxyType(KIND_WORDS))
    kind_names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({k: k for k in KINDS}))
    basis: str = "{views} views in 30 days × {share} of them qualifying × {pay} per 1,000 qualified views"
    own_figure: str = " (the figure for {country})"
    from_amount: str = "from {amount}"
    at_tier: str = " at {label}"
    by_category: str = "by category: {figures}"
    a_month: str = "a month"
    example_subscribers: str = "{subscribers} subscribers × {price} a month × {share} you keep"
    example_diamonds: str = "{diamonds} Diamonds × {value} per 1,000"
    example_posts: str = "{posts} sponsored posts a month × {pay}"
    example_sales: str = "{sales} of sales × {commission} commission"
    example_sales_in: str = "{sales} of sales in {label} × {commission} commission"
    example_buyers: str = "{buyers} buyers × {price}, before TikTok's share"

    def number(self, whole: int) -> str:
        return f"{whole:,}".replace(",", self.thousands)

    def kind_words(self, kind: str) -> str:
        return self.kinds.get(kind, kind)

    def kind_name(self, kind: str) -> str:
        return self.kind_names.get(kind, kind)


ENGLISH = Words()


def weakest(kinds) -> str:
    """The least trustworthy kind among those given ("reported" when none is known)."""
    ranks = [KINDS.index(kind) for kind in kinds if kind in KINDS]
    return KINDS[max(ranks)] if ranks else KINDS[-1]


def basis_of(figures, words: Words | None = None) -> Basis:
    sources = {}
    for figure in figures:
        key = figure.source_url or figure.source_title
        if key:
            sources.setdefault(key, (figure.source_url, figure.source_title or figure.source_url))
    checked = [figure.checked for figure in figures if figure.checked is not None]
    return Basis(
        kind=weakest(figure.kind for figure in figures),
        sources=tuple(sources.values()),
        checked=min(checked) if checked else None,
        words=words,
    )


def pick(rates: MethodRates, name: str, country: str) -> list[Figure]:
    """The figure's rows for the country: its own where it has any, else the general ones."""
    rows = rates.by_name.get(name, ())
    country = (country or "").strip().upper()
    own = [figure for figure in rows if country and figure.country.strip().upper() == country]
    return own or [figure for figure in rows if not figure.country]


def _step(amount: Fraction) -> int:
    # Whole dollars below $100; above, two significant figures ($1,234 -> $1,200): more digits would claim
    # a precision figures like "$0.40-$1.00 per 1,000" do not have.
    whole = math.floor(amount)
    return 1 if whole < 100 else 10 ** (len(str(whole)) - 2)


def round_down(amount: Fraction) -> int:
    step = _step(amount)
    return math.floor(amount / step) * step


def round_up(amount: Fraction) -> int:
    step = _step(amount)
    return math.ceil(amount / step) * step


def _with_cents(cents: int, words: Words) -> str:
    return f"{words.dollar}{words.number(cents // 100)}{words.decimal}{cents % 100:02d}"


def dollars(cents: int, words: Words = ENGLISH) -> str:
    """12345 -> '$123.45'; 50000 -> '$500' (whole dollars lose their cents from $1 up)."""
    if cents % 100 == 0 and cents >= 100:
        return f"{words.dollar}{words.number(cents // 100)}"
    return _with_cents(cents, words)


def amount_range(figure: Figure, words: Words = ENGLISH) -> str:
    """'$0.40–$1.00', '30–50%', '$0.22' (one figure), '$7,000 and up' (an open tier's top left out)."""
    if figure.figure in PERCENTS:
        return f"{figure.low}%" if figure.low == figure.high else f"{figure.low}–{figure.high}%"
    if figure.low == figure.high:
        return dollars(figure.low, words)
    with_cents = figure.low % 100 or figure.high % 100 or figure.low < 100
    if with_cents:
        return f"{_with_cents(figure.low, words)}–{_with_cents(figure.high, words)}"
    return f"{dollars(figure.low, words)}–{dollars(figure.high, words)}"


def estimate(
    profile: Profile, rates: MethodRates, status: Status = Status.ELIGIBLE, words: Words = ENGLISH
) -> Estimate | None:
    """The month's earnings from views: views x share that qualifies x pay per 1,000 qualified views.

    None unless the creator qualifies now, has said how many views they get, and the method has both
    figures (the country's own pay figure replaces the general one).
    """
    if status != Status.ELIGIBLE or profile.views_30d is None:
        return None
    pays = pick(rates, PAY_PER_1000_VIEWS, profile.country)
    shares = pick(rates, QUALIFIED_SHARE, profile.country)
    if not pays or not shares:
        return None
    pay, share = pays[0], shares[0]
    views = max(profile.views_30d, 0)
    # Fractions keep the arithmetic exact, so a boundary never rounds the wrong way by a float's error.
    low = round_down(Fraction(views * share.low * pay.low, 100 * 100 * 1000))
    high = round_up(Fraction(views * share.high * pay.high, 100 * 100 * 1000))
    if high <= low and high:
        high = low + 1  # a range, never a single number that would look exact
    own = ""
    if pay.country:
        own = words.own_figure.format(country=f"{pay.country}, {pay.label}" if pay.label else pay.country)
    basis = (
        words.basis.format(
            views=words.number(views), share=amount_range(share, words), pay=amount_range(pay, words)
        )
        + own
    )
    return Estimate(low=low, high=high, basis=basis, source=basis_of((share, pay), words))


def _tier(figures: list[Figure], followers: int | None) -> list[Figure]:
    """The follower tier the creator is in; unanswered or below every tier: the first tier."""
    if followers is not None:
        for figure in figures:
            low = figure.min_followers or 0
            if low <= followers and (figure.max_followers is None or followers < figure.max_followers):
                return [figure]
    return figures[:1]


def _labelled(figures: list[Figure], words: Words) -> str:
    return ", ".join(
        f"{f.label} {amount_range(f, words)}" if f.label else amount_range(f, words) for f in figures
    )


def tier_bounds(rates: MethodRates, country: str) -> set[int]:
    """The follower counts at which the creator's sponsored-post tier in this country changes: all that
    pay_note reads of their followers (_tier: a tier holds min_followers up to, not including, max)."""
    return {
        bound
        for figure in pick(rates, SPONSORED_POST, country)
        for bound in (figure.min_followers, figure.max_followers)
        if bound is not None
    }


def pay_note(profile: Profile | None, rates: MethodRates, words: Words = ENGLISH) -> PayNote | None:
    """The method's per-unit figures in words for this creator's country (and follower tier), or None."""
    # Not remembered here: whole answers are kept by what decides them (checker/answers.py).
    country = (profile.country if profile else "").strip().upper()
    tiers = pick(rates, SPONSORED_POST, country)
    return _pay_note(country, _tier(tiers, profile.followers if profile else None), rates, words)


def _pay_note(country: str, tier: list[Figure], rates: MethodRates, words: Words) -> PayNote | None:
    used, parts = [], []
    for name in PHRASES:
        phrase = words.phrases[name]
        figures = pick(rates, name, country)
        suffix = ""
        if name == SPONSORED_POST and figures:
            figures = tier or figures[:1]
            top = figures[0]
            # The top tier has no ceiling: its one figure is where it starts.
            open_top = top.max_followers is None and top.low == top.high
            amount = words.from_amount.format(amount=dollars(top.low, words)) if open_top else None
            figure_words = amount or amount_range(top, words)
            suffix = words.at_tier.format(label=top.label) if top.label else ""
        elif len(figures) > 1:
            figure_words = _labelled(figures, words)
            if name == AFFILIATE_COMMISSION:
                figure_words = words.by_category.format(figures=figure_words)
        elif figures:
            figure_words = amount_range(figures[0], words)
            suffix = f" ({figures[0].label})" if figures[0].label else ""
        else:
            continue
        used += figures
        parts.append(phrase.format(range=figure_words) + suffix)
    if not parts:
        return None
    text = "; ".join(parts)
    return PayNote(text=text[0].upper() + text[1:] + ".", source=basis_of(used, words))


# Worked examples for the method pages: round numbers of the unit each method pays by, run through the
# same figures (general ones: a page is read from every country).
EXAMPLE_VIEWS = 100_000
EXAMPLE_SUBSCRIBERS = 100
EXAMPLE_DIAMONDS = 10_000
EXAMPLE_POSTS = 2
EXAMPLE_SALES_CENTS = 100_000  # $1,000
EXAMPLE_BUYERS = 50


@dataclass(frozen=True)
class Example:
    """A worked example: the sum in words and its result in whole dollars (low = high when exact)."""

    text: str
    low: int
    high: int
    period: str  # "a month", or "" where the figures say nothing of time
    source: Basis


def _example(text: str, low_cents: int, high_cents: int, period: str, figures, words: Words) -> Example:
    low, high = round_down(Fraction(low_cents, 100)), round_up(Fraction(high_cents, 100))
    return Example(text=text, low=low, high=high, period=period, source=basis_of(figures, words))


def worked_example(rates: MethodRates, words: Words = ENGLISH) -> Example | None:
    """The method's figures applied to round numbers, e.g. 100,000 views in 30 days; None without figures."""
    profile = Profile(followers=None, age=None, country="", views_30d=EXAMPLE_VIEWS)
    views = estimate(profile, rates, words=words)
    if views is not None:
        return Example(views.basis, views.low, views.high, words.a_month, views.source)
    first = {name: (pick(rates, name, "") or [None])[0] for name in PHRASES}
    price, share = first[PRICE_PER_MONTH], first[CREATOR_SHARE]
    if price and share:
        text = words.example_subscribers.format(
            subscribers=words.number(EXAMPLE_SUBSCRIBERS),
            price=amount_range(price, words),
            share=amount_range(share, words),
        )
        n = EXAMPLE_SUBSCRIBERS
        return _example(text, n * price.low * share.low // 100, -(-n * price.high * share.high // 100),
                        words.a_month, (price, share), words)  # fmt: skip
    if diamonds := first[DIAMONDS_VALUE]:
        text = words.example_diamonds.format(
            diamonds=words.number(EXAMPLE_DIAMONDS), value=amount_range(diamonds, words)
        )
        n = EXAMPLE_DIAMONDS // 1000
        return _example(
            text, n * diamonds.low, n * diamonds.high, "", [diamonds, *([share] if share else [])], words
        )
    tiers = pick(rates, SPONSORED_POST, "")
    if tiers:
        tier = tiers[1] if len(tiers) > 1 else tiers[0]  # a creator just past the first tier
        text = words.example_posts.format(
            posts=words.number(EXAMPLE_POSTS), pay=amount_range(tier, words)
        ) + (f" ({tier.label})" if tier.label else "")
        return _example(
            text, EXAMPLE_POSTS * tier.low, EXAMPLE_POSTS * tier.high, words.a_month, [tier], words
        )
    if commission := first[AFFILIATE_COMMISSION]:
        text = (words.example_sales_in if commission.label else words.example_sales).format(
            sales=dollars(EXAMPLE_SALES_CENTS, words), label=commission.label,
            commission=amount_range(commission, words),
        )  # fmt: skip
        return _example(text, EXAMPLE_SALES_CENTS * commission.low // 100,
                        EXAMPLE_SALES_CENTS * commission.high // 100, "", [commission], words)  # fmt: skip
    if single := first[PRICE]:
        text = words.example_buyers.format(
            buyers=words.number(EXAMPLE_BUYERS), price=amount_range(single, words)
        )
        return _example(text, EXAMPLE_BUYERS * single.low, EXAMPLE_BUYERS * single.high, "", [single], words)
    return None

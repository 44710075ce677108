"""The earnings estimate: a pure function, tested table-driven without Django."""

import datetime

import pytest

from checker.estimates import (
    Figure,
    MethodRates,
    amount_range,
    dollars,
    estimate,
    pay_note,
    round_down,
    round_up,
    weakest,
    worked_example,
)
from checker.rules import Profile, Status

CHECKED = datetime.date(2026, 11, 25)
SHORTIMIZE = "https://shortimize.com/blog/qualified-views-vs-total-views"


def figure(name, low, high, **extra):
    return Figure(figure=name, low=low, high=high, checked=CHECKED, **extra)


# FACTS.md: $0.40-$1.00 per 1,000 qualified views (reported); MX about $0.22; 30-50% of views qualify.
REWARDS = MethodRates(
    slug="creator-rewards",
    figures=(
        figure("pay_per_1000_views", 40, 100, kind="reported", source_title="Creator reports"),
        figure("pay_per_1000_views", 22, 22, country="MX", kind="reported", label="low confidence"),
        figure("qualified_share", 30, 50, kind="reported", source_url=SHORTIMIZE, source_title="Shortimize"),
    ),
)


def profile(views, country="US", followers=12_500):
    return Profile(followers=followers, age=24, country=country, views_30d=views)


@pytest.mark.parametrize(
    "views, country, low, high",
    [
        (150_000, "US", 18, 75),  # 150,000 x 30% x $0.40 / 1,000 = $18; x 50% x $1.00 = $75
        (400_000, "MX", 26, 44),  # the country's own $0.22: 26.4 -> 26 (down), 44.0
        (400_000, "mx", 26, 44),  # a lower-case code still finds its country's figure
        (400_000, "BR", 48, 200),  # no figure of its own: the general one
        (100_000, "US", 12, 50),  # the program's minimum views
        (0, "US", 0, 0),  # no views: nothing, the one time low = high
        (-5, "US", 0, 0),  # an odd value never raises
        (1, "US", 0, 1),  # $0.00012-$0.0005: still a range, rounded outward
        (2_500, "US", 0, 2),  # $0.30-$1.25
        (1_000_000, "US", 120, 500),
        (3_333_333, "US", 390, 1700),  # $399.99-$1,666.67: two significant figures above $100, outward
        (10_000_000, "US", 1200, 5000),
    ],
)  # fmt: skip
def test_creator_rewards_range(views, country, low, high):
    result = estimate(profile(views, country), REWARDS)
    assert (result.low, result.high) == (low, high)
    assert result.low < result.high or result.low == result.high == 0  # never a single number
    assert (result.currency, result.period) == ("USD", "month")


def test_the_range_grows_with_views():
    ranges = [estimate(profile(views), REWARDS) for views in range(0, 5_000_001, 50_000)]
    for before, after in zip(ranges, ranges[1:], strict=False):
        assert after.low >= before.low and after.high >= before.high
        assert after.low <= after.high


def test_rounding_is_outward_at_the_edges():
    # Exact amounts stay; anything between whole dollars widens the range, never narrows it.
    assert estimate(profile(100_000), REWARDS).low == 12  # 100,000 x 30% x $0.40 / 1,000 = exactly $12
    assert estimate(profile(100_001), REWARDS).low == 12  # $12.00012, down
    assert estimate(profile(100_001), REWARDS).high == 51  # $50.0005, up
    assert (round_down(99), round_up(99), round_up(100), round_down(1234), round_up(1234)) == (
        99,
        99,
        100,
        1200,
        1300,
    )


def test_a_countrys_own_figure_replaces_the_general_one():
    mx = estimate(profile(400_000, "MX"), REWARDS)
    assert "$0.22" in mx.basis and "MX" in mx.basis and "$0.40" not in mx.basis
    us = estimate(profile(400_000, "US"), REWARDS)
    assert "$0.40–$1.00" in us.basis and "MX" not in us.basis


def test_the_estimate_carries_its_basis_weakest_kind_sources_and_check_date():
    rates = MethodRates(
        slug="m",
        figures=(
            figure("pay_per_1000_views", 40, 100, kind="official", source_url="https://a", source_title="A"),
            figure("qualified_share", 30, 50, kind="press", source_url="https://b", source_title="B"),
        ),
    )
    result = estimate(profile(150_000), rates)
    assert result.source.kind == "press"
    assert result.source.urls == ["https://b", "https://a"]
    assert result.source.checked == CHECKED
    assert (
        result.basis
        == "150,000 views in 30 days × 30–50% of them qualifying × $0.40–$1.00 per 1,000 qualified views"
    )
    assert estimate(profile(150_000), REWARDS).source.urls == [SHORTIMIZE]  # a named-only source has no link


@pytest.mark.parametrize(
    "the_profile, rates, status",
    [
        (profile(150_000), REWARDS, Status.NOT_YET),  # not open yet: no "once you qualify" range
        (profile(150_000), REWARDS, Status.UNAVAILABLE),
        (profile(None), REWARDS, Status.ELIGIBLE),  # views unanswered
        (profile(150_000), MethodRates(slug="none"), Status.ELIGIBLE),  # no figures
        (profile(150_000), MethodRates(slug="x", figures=REWARDS.figures[:2]), Status.ELIGIBLE),  # no share
        (profile(150_000), MethodRates(slug="x", figures=REWARDS.figures[2:]), Status.ELIGIBLE),  # no pay
        # Pay per subscriber, gift or deal: the checker does not ask how many, so no range
        (profile(150_000), MethodRates(slug="s", figures=(figure("price_per_month", 299, 599),
                                                          figure("creator_share", 50, 70))), Status.ELIGIBLE),
    ],
)  # fmt: skip
def test_no_estimate(the_profile, rates, status):
    assert estimate(the_profile, rates, status) is None


def test_a_country_with_only_a_foreign_figure_gets_none():
    only_mx = MethodRates(slug="x", figures=REWARDS.figures[1:])
    assert estimate(profile(100_000, "US"), only_mx) is None
    assert estimate(profile(100_000, "MX"), only_mx) is not None


SPONSORED = MethodRates(
    slug="brand-partnerships",
    figures=(
        figure(
            "sponsored_post", 2000, 50000, label="1k–10k followers", min_followers=1000, max_followers=10000
        ),
        figure(
            "sponsored_post", 7500, 80000, label="10k–50k followers", min_followers=10000, max_followers=50000
        ),
        figure("sponsored_post", 700000, 700000, label="1M+ followers", min_followers=1000000),
    ),
)
SUBSCRIPTIONS = MethodRates(
    slug="subscriptions",
    figures=(
        figure("price_per_month", 299, 599, label="three tiers"),
        figure("creator_share", 50, 70),
        figure("creator_share", 70, 90, country="US", kind="press"),
    ),
)


@pytest.mark.parametrize(
    "the_profile, rates, text",
    [
        (profile(None, followers=9_999), SPONSORED, "Brands pay $20–$500 a post at 1k–10k followers."),
        (profile(None, followers=10_000), SPONSORED, "Brands pay $75–$800 a post at 10k–50k followers."),
        (profile(None, followers=2_000_000), SPONSORED, "Brands pay from $7,000 a post at 1M+ followers."),
        (profile(None, followers=None), SPONSORED, "Brands pay $20–$500 a post at 1k–10k followers."),
        (profile(None, "US"), SUBSCRIPTIONS, "Subscribers pay $2.99–$5.99 a month (three tiers); you keep 70–90%."),
        (profile(None, "BR"), SUBSCRIPTIONS, "Subscribers pay $2.99–$5.99 a month (three tiers); you keep 50–70%."),
        (profile(None, "US"), REWARDS, "$0.40–$1.00 per 1,000 qualified views; 30–50% of views qualify."),
        (None, MethodRates(slug="a", figures=(figure("affiliate_commission", 15, 25, label="beauty"),
                                              figure("affiliate_commission", 5, 10, label="electronics"))),
         "Commission on each sale by category: beauty 15–25%, electronics 5–10%."),
    ],
)  # fmt: skip
def test_pay_note_gives_per_unit_figures_in_words(the_profile, rates, text):
    assert pay_note(the_profile, rates).text == text


def test_pay_note_is_none_without_figures():
    assert pay_note(profile(1), MethodRates(slug="x")) is None


@pytest.mark.parametrize(
    "rates, low, high, period",
    [
        (REWARDS, 12, 50, "a month"),  # 100,000 views, the general figures
        (SUBSCRIPTIONS, 140, 420, "a month"),  # 100 x $2.99 x 50% = $149.50; x $5.99 x 70% = $419.30 (2 sig. figures)
        (SPONSORED, 150, 1600, "a month"),  # 2 posts at 10k-50k followers: $150-$1,600
        (MethodRates(slug="g", figures=(figure("diamonds_value", 500, 500),)), 50, 50, ""),  # 10,000 Diamonds
        (MethodRates(slug="a", figures=(figure("affiliate_commission", 15, 25, label="beauty"),)), 150, 250, ""),
        (MethodRates(slug="s", figures=(figure("price", 99, 18999),)), 49, 9500, ""),  # 50 buyers
    ],
)  # fmt: skip
def test_worked_example(rates, low, high, period):
    example = worked_example(rates)
    assert (example.low, example.high, example.period) == (low, high, period)


def test_no_worked_example_without_figures():
    assert worked_example(MethodRates(slug="x")) is None


@pytest.mark.parametrize(
    "value, text",
    [
        (40, "$0.40"),
        (22, "$0.22"),
        (100, "$1"),
        (299, "$2.99"),
        (50000, "$500"),
        (700000, "$7,000"),
        (0, "$0.00"),
    ],
)
def test_dollars(value, text):
    assert dollars(value) == text


@pytest.mark.parametrize(
    "the_figure, text",
    [
        (figure("pay_per_1000_views", 40, 100), "$0.40–$1.00"),
        (figure("price", 99, 18999), "$0.99–$189.99"),
        (figure("sponsored_post", 2000, 50000), "$20–$500"),
        (figure("qualified_share", 30, 50), "30–50%"),
        (figure("creator_share", 50, 50), "50%"),
        (figure("pay_per_1000_views", 22, 22), "$0.22"),
    ],
)
def test_amount_range(the_figure, text):
    assert amount_range(the_figure) == text


def test_weakest_kind():
    assert weakest(["official", "press"]) == "press"
    assert weakest(["official", "reported", "press"]) == "reported"
    assert weakest(["official"]) == "official"
    assert weakest([]) == "reported"  # unknown trust is the least trust

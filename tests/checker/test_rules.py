"""Table-driven tests for checker.rules (pure: no Django needed).

DEFAULT_METHODS below restates the real rules of FACTS.md as test data, so the rules are tested against
the numbers the site publishes, independently of the default content in the database.
"""

import dataclasses
import datetime
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.rules import (
    CountryRule,
    LiveRule,
    MethodRules,
    Missing,
    Profile,
    Result,
    Route,
    Status,
    check,
    has_live,
    niche_fit,
)

ELIGIBLE, NOT_YET, UNAVAILABLE = Status.ELIGIBLE, Status.NOT_YET, Status.UNAVAILABLE
CHECKED = datetime.date(2026, 11, 25)
PERSONAL = frozenset({"personal"})

# --- The default rules, from FACTS.md ---------------------------------------------------------------

CREATOR_REWARDS_COUNTRIES = frozenset({"US", "GB", "DE", "FR", "JP", "KR", "BR", "MX"})
SUBSCRIPTIONS_COUNTRIES = frozenset({"BR", "FR", "DE", "ES", "GB", "ID", "IT", "JP", "KR", "US", "CA"})
TIKTOK_ONE_COUNTRIES = frozenset(
    {
        "AU",
        "BR",
        "CA",
        "EG",
        "FR",
        "DE",
        "GB",
        "ID",
        "IL",
        "IT",
        "JP",
        "MY",
        "PH",
        "SA",
        "SG",
        "KR",
        "ES",
        "TW",
        "TH",
        "TR",
        "AE",
        "US",
        "VN",
    }
)
SHOP_COUNTRIES = frozenset(
    {"ID", "GB", "TH", "MY", "PH", "VN", "SG", "US", "ES", "IE", "MX", "FR", "DE", "IT", "BR", "JP", "BE"}
)

CREATOR_REWARDS = MethodRules(
    slug="creator-rewards",
    name="Creator Rewards Program",
    routes=(
        Route(
            name="Creator Rewards",
            min_age=18,
            min_followers=10_000,
            min_views_30d=100_000,
            account_types=PERSONAL,
            countries=CREATOR_REWARDS_COUNTRIES,
            unchecked=("in good standing",),
            source="newsroom.tiktok.com/en-us/introducing-the-new-creator-rewards-program",
            last_checked=CHECKED,
        ),
    ),
    niches=frozenset({"education", "food", "diy", "travel", "film-tv", "sports"}),
)
LIVE_GIFTS = MethodRules(
    slug="live-gifts",
    name="LIVE Gifts",
    routes=(Route(name="LIVE Gifts", min_age=18, needs_live=True),),
    niches=frozenset({"gaming", "music", "chat"}),
)
SERIES = MethodRules(
    slug="series",
    name="Series",
    routes=(
        Route(
            name="Series",
            min_age=18,
            min_followers=10_000,
            min_views_30d=1_000,
            country_rules=(CountryRule("KR", min_age=19),),
            unchecked=(
                "account at least 30 days old",
                "fewer followers if you sell premium content elsewhere",
            ),
        ),
    ),
    niches=frozenset({"education", "fitness", "food", "finance"}),
)
SUBS_FOLLOWERS = Route(
    name="Followers and views",
    min_age=18,
    min_followers=10_000,
    min_views_30d=100_000,
    countries=SUBSCRIPTIONS_COUNTRIES,
)
SUBS_LIVE = Route(name="LIVE", min_age=18, needs_live=True, countries=SUBSCRIPTIONS_COUNTRIES)
SUBSCRIPTIONS = MethodRules(
    slug="subscriptions",
    name="Subscriptions",
    routes=(SUBS_FOLLOWERS, SUBS_LIVE),
    niches=frozenset({"gaming", "education", "fitness", "music", "comedy"}),
)
# TikTok One comes first: when both routes are met, the result names the better one.
TIKTOK_ONE = Route(
    name="TikTok One",
    min_age=18,
    min_followers=10_000,
    min_views_30d=1_000,
    account_types=PERSONAL,
    countries=TIKTOK_ONE_COUNTRIES,
    country_rules=(CountryRule("KR", min_age=19, min_followers=50_000),),
)
BRAND_PARTNERSHIPS = MethodRules(
    slug="brand-partnerships",
    name="Brand partnerships",
    routes=(TIKTOK_ONE, Route(name="Direct deals")),
    niches=frozenset({"beauty-fashion", "gaming", "food", "tech"}),
    suits_any_niche=True,
)
AFFILIATE = MethodRules(
    slug="affiliate-marketing",
    name="Affiliate marketing",
    routes=(Route(name="Affiliate", min_age=18, min_followers=1_000),),
    niches=frozenset({"beauty-fashion", "home", "tech", "food"}),
)
OWN_PRODUCTS = MethodRules(
    slug="own-products",
    name="Your own products",
    routes=(),
    niches=frozenset({"education", "art", "beauty-fashion", "fitness", "food"}),
)
TIKTOK_SHOP = MethodRules(
    slug="tiktok-shop",
    name="TikTok Shop",
    routes=(Route(name="Seller", min_age=18, countries=SHOP_COUNTRIES),),
    niches=frozenset({"beauty-fashion", "food", "home"}),
)
DEFAULT_METHODS = (
    CREATOR_REWARDS,
    LIVE_GIFTS,
    SERIES,
    SUBSCRIPTIONS,
    BRAND_PARTNERSHIPS,
    AFFILIATE,
    OWN_PRODUCTS,
    TIKTOK_SHOP,
)
SLUGS = tuple(m.slug for m in DEFAULT_METHODS)
BLOCKED = frozenset({"IN"})
# Brand partnerships without the always-open direct route, to see TikTok One's own verdict.
TIKTOK_ONE_ONLY = dataclasses.replace(BRAND_PARTNERSHIPS, routes=(TIKTOK_ONE,))

# A creator who meets every threshold above, in a country where every method runs.
STRONG = {"followers": 60_000, "age": 30, "country": "US", "views_30d": 500_000, "live": None}


def profile(**changes):
    """A profile that meets everything, with the given fields changed."""
    return Profile(**{**STRONG, **changes})


def judge(method, **changes):
    """The single result for one method (IN blocked, default LIVE rule)."""
    (result,) = check(profile(**changes), [method], blocked_countries=BLOCKED)
    return result


def by_slug(results):
    return {r.method: r for r in results}


def reqs(result):
    return tuple(m.requirement for m in result.missing)


# --- Statuses, routes and missing items ---------------------------------------------------------------

STATUS_CASES = [
    # id, method, profile changes, status, route, missing requirements
    ("cr strong", CREATOR_REWARDS, {}, ELIGIBLE, "Creator Rewards", ()),
    (
        "cr young small",
        CREATOR_REWARDS,
        {"age": 16, "followers": 10, "views_30d": 5},
        NOT_YET,
        "Creator Rewards",
        ("age", "followers", "views_30d"),
    ),
    (
        "cr all wrong",
        CREATOR_REWARDS,
        {"age": 16, "followers": 10, "views_30d": 5, "account_type": "business"},
        NOT_YET,
        "Creator Rewards",
        ("age", "account_type", "followers", "views_30d"),
    ),
    ("cr CA", CREATOR_REWARDS, {"country": "CA"}, UNAVAILABLE, "", ("country",)),
    ("cr IT", CREATOR_REWARDS, {"country": "IT"}, UNAVAILABLE, "", ("country",)),
    ("cr MX", CREATOR_REWARDS, {"country": "MX"}, ELIGIBLE, "Creator Rewards", ()),
    ("cr KR 10k", CREATOR_REWARDS, {"country": "KR", "followers": 10_000}, ELIGIBLE, "Creator Rewards", ()),
    ("cr lower-case country", CREATOR_REWARDS, {"country": "gb"}, ELIGIBLE, "Creator Rewards", ()),
    ("cr IN blocked", CREATOR_REWARDS, {"country": "IN"}, UNAVAILABLE, "", ("country",)),
    ("gifts unknown country", LIVE_GIFTS, {"country": "ZZ"}, ELIGIBLE, "LIVE Gifts", ()),
    ("series business", SERIES, {"account_type": "business"}, ELIGIBLE, "Series", ()),
    ("series low views", SERIES, {"views_30d": 999}, NOT_YET, "Series", ("views_30d",)),
    ("affiliate small", AFFILIATE, {"followers": 999}, NOT_YET, "Affiliate", ("followers",)),
    ("affiliate CA", AFFILIATE, {"country": "CA"}, ELIGIBLE, "Affiliate", ()),
    (
        "own products zero",
        OWN_PRODUCTS,
        {"followers": 0, "age": 0, "views_30d": 0, "country": "ZZ"},
        ELIGIBLE,
        "",
        (),
    ),
    ("own products business", OWN_PRODUCTS, {"account_type": "business", "live": False}, ELIGIBLE, "", ()),
    ("own products IN", OWN_PRODUCTS, {"country": "IN"}, UNAVAILABLE, "", ("country",)),
    ("shop zero followers", TIKTOK_SHOP, {"followers": 0, "views_30d": 0}, ELIGIBLE, "Seller", ()),
    ("shop minor", TIKTOK_SHOP, {"age": 17}, NOT_YET, "Seller", ("age",)),
    ("shop BE", TIKTOK_SHOP, {"country": "BE"}, ELIGIBLE, "Seller", ()),
    ("shop CA", TIKTOK_SHOP, {"country": "CA"}, UNAVAILABLE, "", ("country",)),
    ("shop AU", TIKTOK_SHOP, {"country": "AU"}, UNAVAILABLE, "", ("country",)),
    ("shop NL unconfirmed", TIKTOK_SHOP, {"country": "NL"}, UNAVAILABLE, "", ("country",)),
]


@pytest.mark.parametrize(
    ("method", "changes", "status", "route", "missing"),
    [case[1:] for case in STATUS_CASES],
    ids=[case[0] for case in STATUS_CASES],
)
def test_status_route_and_missing(method, changes, status, route, missing):
    result = judge(method, **changes)
    assert (result.method, result.name) == (method.slug, method.name)
    assert (result.status, result.route, reqs(result)) == (status, route, missing)


def test_statuses_are_the_public_strings():
    # data-status in the HTML and "status" in /api/check (DESIGN.md): plain strings, however written out.
    assert [str(status) for status in Status] == ["eligible", "not-yet", "unavailable"]
    assert f"{NOT_YET}" == "not-yet"
    assert json.dumps({"status": NOT_YET}) == '{"status": "not-yet"}'


def test_missing_items_carry_have_and_need():
    result = judge(CREATOR_REWARDS, age=16, followers=7_600, views_30d=5, account_type="business")
    assert result.missing == (
        Missing(requirement="age", have=16, need=18),
        Missing(requirement="account_type", have="business", need="personal"),
        Missing(requirement="followers", have=7_600, need=10_000),
        Missing(requirement="views_30d", have=5, need=100_000),
    )


@pytest.mark.parametrize(
    ("method", "country", "need"),
    [
        (CREATOR_REWARDS, "CA", "BR, DE, FR, GB, JP, KR, MX, US"),
        (SUBSCRIPTIONS, "MX", "BR, CA, DE, ES, FR, GB, ID, IT, JP, KR, US"),
        (TIKTOK_SHOP, "AU", ", ".join(sorted(SHOP_COUNTRIES))),
        (TIKTOK_ONE_ONLY, "NG", ", ".join(sorted(TIKTOK_ONE_COUNTRIES))),
    ],
)
def test_not_offered_in_country_lists_where_it_is(method, country, need):
    result = judge(method, country=country)
    assert result.status == UNAVAILABLE
    assert result.missing == (Missing(requirement="country", have=country, need=need),)
    assert (result.route, result.unchecked, result.live_derived) == ("", (), False)


def test_in_blocked_makes_every_method_unavailable():
    results = check(profile(country="IN", niche="gaming"), DEFAULT_METHODS, blocked_countries=BLOCKED)
    assert [r.method for r in results] == list(SLUGS)  # all unavailable: input order
    for r in results:
        assert (r.status, r.missing, r.route) == (
            UNAVAILABLE,
            (Missing(requirement="country", have="IN", need=""),),
            "",
        )


def test_blocked_list_is_a_parameter_not_hard_coded():
    results = check(profile(country="IN"), DEFAULT_METHODS)
    assert by_slug(results)["own-products"].status == ELIGIBLE
    results = check(profile(country="US"), DEFAULT_METHODS, blocked_countries=frozenset({"US"}))
    assert {r.status for r in results} == {UNAVAILABLE}


# --- Thresholds: need - 1 fails, need and need + 1 pass ------------------------------------------------

THRESHOLDS = [
    # id, method, field, need, other profile changes, route when met, (status, route, missing) at need - 1
    (
        "cr followers",
        CREATOR_REWARDS,
        "followers",
        10_000,
        {},
        "Creator Rewards",
        (NOT_YET, "Creator Rewards", ("followers",)),
    ),
    ("cr age", CREATOR_REWARDS, "age", 18, {}, "Creator Rewards", (NOT_YET, "Creator Rewards", ("age",))),
    (
        "cr views",
        CREATOR_REWARDS,
        "views_30d",
        100_000,
        {},
        "Creator Rewards",
        (NOT_YET, "Creator Rewards", ("views_30d",)),
    ),
    ("series followers", SERIES, "followers", 10_000, {}, "Series", (NOT_YET, "Series", ("followers",))),
    ("series views", SERIES, "views_30d", 1_000, {}, "Series", (NOT_YET, "Series", ("views_30d",))),
    ("series age US", SERIES, "age", 18, {}, "Series", (NOT_YET, "Series", ("age",))),
    ("series age KR", SERIES, "age", 19, {"country": "KR"}, "Series", (NOT_YET, "Series", ("age",))),
    (
        "subs followers",
        SUBSCRIPTIONS,
        "followers",
        10_000,
        {"live": False},
        "Followers and views",
        (NOT_YET, "Followers and views", ("followers",)),
    ),
    (
        "subs views",
        SUBSCRIPTIONS,
        "views_30d",
        100_000,
        {"live": False},
        "Followers and views",
        (NOT_YET, "Followers and views", ("views_30d",)),
    ),
    (
        "subs age",
        SUBSCRIPTIONS,
        "age",
        18,
        {"live": True},
        "Followers and views",
        (NOT_YET, "Followers and views", ("age",)),
    ),
    (
        "gifts age, has LIVE",
        LIVE_GIFTS,
        "age",
        18,
        {"live": True},
        "LIVE Gifts",
        (NOT_YET, "LIVE Gifts", ("age",)),
    ),
    (
        "gifts age, derived LIVE",
        LIVE_GIFTS,
        "age",
        18,
        {},
        "LIVE Gifts",
        (NOT_YET, "LIVE Gifts", ("age", "live")),
    ),
    (
        "gifts followers, derived LIVE",
        LIVE_GIFTS,
        "followers",
        1_000,
        {},
        "LIVE Gifts",
        (NOT_YET, "LIVE Gifts", ("live",)),
    ),
    (
        "affiliate followers",
        AFFILIATE,
        "followers",
        1_000,
        {},
        "Affiliate",
        (NOT_YET, "Affiliate", ("followers",)),
    ),
    ("affiliate age", AFFILIATE, "age", 18, {}, "Affiliate", (NOT_YET, "Affiliate", ("age",))),
    ("shop age", TIKTOK_SHOP, "age", 18, {}, "Seller", (NOT_YET, "Seller", ("age",))),
    (
        "t1 followers US",
        BRAND_PARTNERSHIPS,
        "followers",
        10_000,
        {},
        "TikTok One",
        (ELIGIBLE, "Direct deals", ()),
    ),
    (
        "t1 followers KR",
        BRAND_PARTNERSHIPS,
        "followers",
        50_000,
        {"country": "KR"},
        "TikTok One",
        (ELIGIBLE, "Direct deals", ()),
    ),
    ("t1 age US", BRAND_PARTNERSHIPS, "age", 18, {}, "TikTok One", (ELIGIBLE, "Direct deals", ())),
    (
        "t1 age KR",
        BRAND_PARTNERSHIPS,
        "age",
        19,
        {"country": "KR"},
        "TikTok One",
        (ELIGIBLE, "Direct deals", ()),
    ),
    ("t1 views", BRAND_PARTNERSHIPS, "views_30d", 1_000, {}, "TikTok One", (ELIGIBLE, "Direct deals", ())),
    (
        "t1 only followers KR",
        TIKTOK_ONE_ONLY,
        "followers",
        50_000,
        {"country": "KR"},
        "TikTok One",
        (NOT_YET, "TikTok One", ("followers",)),
    ),
    (
        "t1 only age KR",
        TIKTOK_ONE_ONLY,
        "age",
        19,
        {"country": "KR"},
        "TikTok One",
        (NOT_YET, "TikTok One", ("age",)),
    ),
]


@pytest.mark.parametrize(
    ("method", "field", "need", "changes", "met_route", "below"),
    [case[1:] for case in THRESHOLDS],
    ids=[case[0] for case in THRESHOLDS],
)
def test_thresholds_are_inclusive(method, field, need, changes, met_route, below):
    for value in (need, need + 1):
        result = judge(method, **{**changes, field: value})
        assert (result.status, result.route, result.missing) == (ELIGIBLE, met_route, ()), value
    result = judge(method, **{**changes, field: need - 1})
    assert (result.status, result.route, reqs(result)) == below
    if field in below[2]:
        assert Missing(requirement=field, have=need - 1, need=need) in result.missing


# --- KR differences -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "changes", "missing"),
    [
        (SERIES, {"country": "KR", "age": 18}, (Missing(requirement="age", have=18, need=19),)),
        (SERIES, {"country": "US", "age": 18}, ()),
        (SERIES, {"country": "kr", "age": 18}, (Missing(requirement="age", have=18, need=19),)),
        (
            TIKTOK_ONE_ONLY,
            {"country": "KR", "age": 18, "followers": 20_000},
            (
                Missing(requirement="age", have=18, need=19),
                Missing(requirement="followers", have=20_000, need=50_000),
            ),
        ),
        (TIKTOK_ONE_ONLY, {"country": "US", "age": 18, "followers": 20_000}, ()),
        (TIKTOK_ONE_ONLY, {"country": "KR", "age": 19, "followers": 50_000}, ()),
        # The KR rule only replaces what it names: views stay at 1,000 in KR.
        (
            TIKTOK_ONE_ONLY,
            {"country": "KR", "views_30d": 999},
            (Missing(requirement="views_30d", have=999, need=1_000),),
        ),
        # Reported KR follower minimums for Creator Rewards are unconfirmed and not enforced.
        (CREATOR_REWARDS, {"country": "KR", "followers": 10_000}, ()),
    ],
)
def test_kr_differences(method, changes, missing):
    assert judge(method, **changes).missing == missing


def test_country_rule_replaces_only_its_fields_and_zero_counts():
    route = Route(
        name="r", min_age=18, min_followers=100, country_rules=(CountryRule("FR", min_followers=0),)
    )
    method = MethodRules("m", "M", (route,))
    assert judge(method, country="FR", followers=0).status == ELIGIBLE
    assert judge(method, country="FR", followers=0, age=17).missing == (
        Missing(requirement="age", have=17, need=18),
    )
    assert judge(method, country="DE", followers=0).missing == (
        Missing(requirement="followers", have=0, need=100),
    )


# --- Routes: subscriptions and brand partnerships --------------------------------------------------------

ROUTE_CASES = [
    # id, method, profile changes, status, route, missing, live_derived
    ("subs both met: first route", SUBSCRIPTIONS, {"live": True}, ELIGIBLE, "Followers and views", (), False),
    ("subs followers route", SUBSCRIPTIONS, {"live": False}, ELIGIBLE, "Followers and views", (), False),
    (
        "subs LIVE route",
        SUBSCRIPTIONS,
        {"followers": 500, "views_30d": 0, "live": True},
        ELIGIBLE,
        "LIVE",
        (),
        False,
    ),
    (
        "subs LIVE route derived",
        SUBSCRIPTIONS,
        {"followers": 5_000, "views_30d": 0},
        ELIGIBLE,
        "LIVE",
        (),
        True,
    ),
    (
        "subs neither, close on followers",
        SUBSCRIPTIONS,
        {"followers": 9_000, "views_30d": 90_000, "live": False},
        NOT_YET,
        "Followers and views",
        (
            Missing(requirement="followers", have=9_000, need=10_000),
            Missing(requirement="views_30d", have=90_000, need=100_000),
        ),
        False,
    ),
    (
        "subs neither, close on LIVE",
        SUBSCRIPTIONS,
        {"followers": 100, "views_30d": 0, "live": False},
        NOT_YET,
        "LIVE",
        (Missing(requirement="live", have=False, need=True),),
        False,
    ),
    (
        "subs neither, LIVE derived",
        SUBSCRIPTIONS,
        {"followers": 500, "views_30d": 0},
        NOT_YET,
        "LIVE",
        (Missing(requirement="live", have=False, need=True),),
        True,
    ),
    (
        "subs neither, derived but other route closer",
        SUBSCRIPTIONS,
        {"followers": 500, "views_30d": 100_000},
        NOT_YET,
        "Followers and views",
        (Missing(requirement="followers", have=500, need=10_000),),
        False,
    ),
    (
        "subs tie: first route",
        SUBSCRIPTIONS,
        {"followers": 0, "views_30d": 100_000, "live": False},
        NOT_YET,
        "Followers and views",
        (Missing(requirement="followers", have=0, need=10_000),),
        False,
    ),
    (
        "subs minor: age on every route",
        SUBSCRIPTIONS,
        {"age": 17, "live": True},
        NOT_YET,
        "Followers and views",
        (Missing(requirement="age", have=17, need=18),),
        False,
    ),
    ("subs CA", SUBSCRIPTIONS, {"country": "CA", "live": False}, ELIGIBLE, "Followers and views", (), False),
    ("t1 met", BRAND_PARTNERSHIPS, {}, ELIGIBLE, "TikTok One", (), False),
    (
        "t1 not met: direct deals",
        BRAND_PARTNERSHIPS,
        {"followers": 0, "age": 13, "views_30d": 0},
        ELIGIBLE,
        "Direct deals",
        (),
        False,
    ),
    (
        "t1 business: direct deals",
        BRAND_PARTNERSHIPS,
        {"account_type": "business"},
        ELIGIBLE,
        "Direct deals",
        (),
        False,
    ),
    (
        "t1 not offered: direct deals",
        BRAND_PARTNERSHIPS,
        {"country": "NG"},
        ELIGIBLE,
        "Direct deals",
        (),
        False,
    ),
    (
        "t1 only, business",
        TIKTOK_ONE_ONLY,
        {"account_type": "business"},
        NOT_YET,
        "TikTok One",
        (Missing(requirement="account_type", have="business", need="personal"),),
        False,
    ),
]


@pytest.mark.parametrize(
    ("method", "changes", "status", "route", "missing", "derived"),
    [case[1:] for case in ROUTE_CASES],
    ids=[case[0] for case in ROUTE_CASES],
)
def test_routes(method, changes, status, route, missing, derived):
    result = judge(method, **changes)
    assert (result.status, result.route, result.missing, result.live_derived) == (
        status,
        route,
        missing,
        derived,
    )


def test_closest_route_by_total_gap_then_order():
    method = MethodRules(
        "m",
        "M",
        (
            Route(name="far", min_followers=1_000),  # gap 0.9 for 100 followers
            Route(name="views", min_views_30d=1_000),  # gap 0.5 for 500 views
            Route(name="age", min_age=40),  # gap 0.5 for age 20: tie with "views", which comes first
            Route(name="elsewhere", countries=frozenset({"JP"})),  # met but not offered in the US
        ),
    )
    result = judge(method, followers=100, views_30d=500, age=20)
    assert (result.status, result.route, result.missing) == (
        NOT_YET,
        "views",
        (Missing(requirement="views_30d", have=500, need=1_000),),
    )
    assert judge(method, followers=100, views_30d=500, age=20, country="JP").route == "elsewhere"


def test_unchecked_conditions_come_from_the_reported_route():
    assert judge(SERIES).unchecked == (
        "account at least 30 days old",
        "fewer followers if you sell premium content elsewhere",
    )
    assert judge(SERIES, followers=0).unchecked == judge(SERIES).unchecked
    assert judge(CREATOR_REWARDS).unchecked == ("in good standing",)
    assert judge(CREATOR_REWARDS, country="CA").unchecked == ()
    assert judge(LIVE_GIFTS).unchecked == ()


# --- LIVE access ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("live", "age", "followers", "rule", "expected"),
    [
        (True, 10, 0, LiveRule(), (True, False)),
        (False, 40, 10**9, LiveRule(), (False, False)),
        (None, 18, 1_000, LiveRule(), (True, True)),
        (None, 17, 1_000, LiveRule(), (False, True)),
        (None, 18, 999, LiveRule(), (False, True)),
        (None, 16, 50, LiveRule(min_age=16, min_followers=50), (True, True)),
        (None, 16, 49, LiveRule(min_age=16, min_followers=50), (False, True)),
    ],
)
def test_has_live(live, age, followers, rule, expected):
    assert has_live(profile(live=live, age=age, followers=followers), rule) == expected


LIVE_CASES = [
    # id, profile changes, status, missing requirements, live_derived
    ("yes, no followers", {"live": True, "followers": 0}, ELIGIBLE, (), False),
    ("yes but minor", {"live": True, "age": 17}, NOT_YET, ("age",), False),
    ("no", {"live": False}, NOT_YET, ("live",), False),
    ("derived yes", {"age": 18, "followers": 1_000}, ELIGIBLE, (), True),
    ("derived no: followers", {"followers": 999}, NOT_YET, ("live",), True),
    ("derived no: age", {"age": 17}, NOT_YET, ("age", "live"), True),
]


@pytest.mark.parametrize(
    ("changes", "status", "missing", "derived"),
    [case[1:] for case in LIVE_CASES],
    ids=[case[0] for case in LIVE_CASES],
)
def test_live_gifts_live_access(changes, status, missing, derived):
    result = judge(LIVE_GIFTS, **changes)
    assert (result.status, reqs(result), result.live_derived) == (status, missing, derived)
    if "live" in missing:
        assert result.missing[-1] == Missing(requirement="live", have=False, need=True)


def test_live_rule_parameter_is_used():
    young = profile(age=16, followers=50)
    (result,) = check(young, [LIVE_GIFTS], live_rule=LiveRule(min_age=16, min_followers=50))
    assert reqs(result) == ("age",)  # LIVE access derived under the custom rule; the gift age stays 18


def test_live_derived_only_where_live_is_judged():
    results = by_slug(check(profile(), DEFAULT_METHODS))
    assert {slug for slug, r in results.items() if r.live_derived} == {"live-gifts"}
    results = by_slug(check(profile(live=True), DEFAULT_METHODS))
    assert not any(r.live_derived for r in results.values())


# --- Account type -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "account_type", "missing"),
    [
        (
            CREATOR_REWARDS,
            "business",
            (Missing(requirement="account_type", have="business", need="personal"),),
        ),
        (CREATOR_REWARDS, "personal", ()),
        (
            TIKTOK_ONE_ONLY,
            "business",
            (Missing(requirement="account_type", have="business", need="personal"),),
        ),
        (SERIES, "business", ()),
        (LIVE_GIFTS, "business", ()),
        (TIKTOK_SHOP, "business", ()),
        (
            MethodRules("m", "M", (Route(name="r", account_types=frozenset({"business"})),)),
            "personal",
            (Missing(requirement="account_type", have="personal", need="business"),),
        ),
        (MethodRules("m", "M", (Route(name="r", account_types=frozenset()),)), "business", ()),
        # A route open to every account type asks nothing of it, whatever the (odd) value.
        (SERIES, "creator", ()),
    ],
)
def test_account_type(method, account_type, missing):
    assert judge(method, account_type=account_type).missing == missing


# --- Niche fit ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("niche", "niches", "suits_any", "expected"),
    [
        ("gaming", {"gaming"}, False, "strong"),
        ("gaming", {"gaming"}, True, "strong"),
        ("food", {"gaming"}, True, "good"),
        ("food", {"gaming"}, False, "fair"),
        ("food", set(), False, "fair"),
        ("", {"gaming"}, True, None),
        ("", set(), False, None),
    ],
)
def test_niche_fit(niche, niches, suits_any, expected):
    method = MethodRules("m", "M", (), niches=frozenset(niches), suits_any_niche=suits_any)
    assert niche_fit(niche, method) == expected
    assert judge(method, niche=niche).niche_fit == expected


@pytest.mark.parametrize(
    ("niche", "expected"),
    [
        (
            "gaming",
            {
                "live-gifts": "strong",
                "subscriptions": "strong",
                "brand-partnerships": "strong",
                "creator-rewards": "fair",
                "tiktok-shop": "fair",
            },
        ),
        ("pets", {"brand-partnerships": "good", "creator-rewards": "fair", "own-products": "fair"}),
        (
            "education",
            {
                "creator-rewards": "strong",
                "series": "strong",
                "own-products": "strong",
                "brand-partnerships": "good",
                "tiktok-shop": "fair",
            },
        ),
        ("", dict.fromkeys(SLUGS)),
    ],
)
def test_niche_fit_of_default_methods(niche, expected):
    results = by_slug(check(profile(niche=niche), DEFAULT_METHODS))
    assert {slug: results[slug].niche_fit for slug in expected} == expected


def test_niche_fit_is_given_for_unavailable_methods_too():
    results = by_slug(check(profile(niche="education", country="CA"), DEFAULT_METHODS))
    assert (results["creator-rewards"].status, results["creator-rewards"].niche_fit) == (
        UNAVAILABLE,
        "strong",
    )


# --- Ordering -------------------------------------------------------------------------------------------

ORDER_CASES = [
    # id, profile changes, expected (slug, status) in order
    (
        "gaming US",
        {"niche": "gaming", "followers": 5_000, "views_30d": 20_000},
        [
            ("live-gifts", ELIGIBLE),
            ("subscriptions", ELIGIBLE),
            ("brand-partnerships", ELIGIBLE),
            ("affiliate-marketing", ELIGIBLE),
            ("own-products", ELIGIBLE),
            ("tiktok-shop", ELIGIBLE),
            ("series", NOT_YET),
            ("creator-rewards", NOT_YET),
        ],
    ),
    (
        "pets CA",
        {"niche": "pets", "country": "CA", "followers": 5_000, "views_30d": 20_000},
        [
            ("brand-partnerships", ELIGIBLE),
            ("live-gifts", ELIGIBLE),
            ("subscriptions", ELIGIBLE),
            ("affiliate-marketing", ELIGIBLE),
            ("own-products", ELIGIBLE),
            ("series", NOT_YET),
            ("creator-rewards", UNAVAILABLE),
            ("tiktok-shop", UNAVAILABLE),
        ],
    ),
    (
        "no niche, beginner",
        {"followers": 800, "views_30d": 50_000, "age": 18},
        [
            ("brand-partnerships", ELIGIBLE),
            ("own-products", ELIGIBLE),
            ("tiktok-shop", ELIGIBLE),
            ("affiliate-marketing", NOT_YET),  # gap 0.2
            ("series", NOT_YET),  # gap 0.92
            ("live-gifts", NOT_YET),  # gap 1.0 (derived LIVE)
            ("subscriptions", NOT_YET),  # gap 1.0, tie with live-gifts: input order
            ("creator-rewards", NOT_YET),  # gap 0.92 + 0.5
        ],
    ),
    (
        "minor in JP, education",
        {"age": 15, "country": "JP", "niche": "education", "live": False},
        [
            ("own-products", ELIGIBLE),
            ("brand-partnerships", ELIGIBLE),  # strong before good
            ("creator-rewards", NOT_YET),  # gap 3/18 (age) on each of these five
            ("series", NOT_YET),
            ("subscriptions", NOT_YET),
            ("affiliate-marketing", NOT_YET),
            ("tiktok-shop", NOT_YET),
            ("live-gifts", NOT_YET),  # gap 3/18 + 1.0 (LIVE)
        ],
    ),
]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [case[1:] for case in ORDER_CASES],
    ids=[case[0] for case in ORDER_CASES],
)
def test_ordering_of_default_methods(changes, expected):
    results = check(profile(**changes), DEFAULT_METHODS, blocked_countries=BLOCKED)
    assert [(r.method, r.status) for r in results] == expected


def _method(slug, *routes, niches=(), suits_any=False):
    return MethodRules(slug, slug.upper(), tuple(routes), niches=frozenset(niches), suits_any_niche=suits_any)


def test_ordering_rules():
    methods = [
        _method("nowhere", Route(name="r", countries=frozenset({"JP"}))),
        _method("half", Route(name="r", min_followers=200)),  # gap 0.5
        _method("fair", niches={"other"}),
        _method("tenth-a", Route(name="r", min_views_30d=1_000)),  # gap 0.1
        _method("good", suits_any=True),
        _method("nowhere-2", Route(name="r", countries=frozenset({"KR"}))),
        _method("strong", niches={"food"}),
        _method("tenth-b", Route(name="r", min_age=50)),  # gap 0.1, tie with tenth-a: input order
        _method("fair-2"),
    ]
    results = check(Profile(followers=100, age=45, country="US", views_30d=900, niche="food"), methods)
    assert [r.method for r in results] == [
        "strong",
        "good",
        "fair",
        "fair-2",
        "tenth-a",
        "tenth-b",
        "half",
        "nowhere",
        "nowhere-2",
    ]
    assert [round(r.gap, 6) for r in results] == [0, 0, 0, 0, 0.1, 0.1, 0.5, 1.0, 1.0]


def test_without_niche_eligible_keep_input_order():
    methods = [_method("a"), _method("b", niches={"x"}), _method("c", suits_any=True)]
    assert [r.method for r in check(profile(niche=""), methods)] == ["a", "b", "c"]
    assert [r.method for r in check(profile(niche="x"), methods)] == ["b", "c", "a"]


# --- Gaps -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("missing", "gap"),
    [
        (Missing(requirement="followers", have=7_600, need=10_000), 0.24),
        (Missing(requirement="followers", have=0, need=10_000), 1.0),
        (Missing(requirement="views_30d", have=99_999, need=100_000), 0.00001),
        (Missing(requirement="age", have=17, need=19), 2 / 19),
        (Missing(requirement="followers", have=-5, need=10), 1.0),  # odd input clamps to a whole gap
        (Missing(requirement="followers", have=0, need=0), 1.0),
        (Missing(requirement="live", have=False, need=True), 1.0),
        (Missing(requirement="account_type", have="business", need="personal"), 1.0),
        (Missing(requirement="country", have="CA", need="US"), 1.0),
        (Missing(requirement="country", have="IN", need=""), 1.0),
    ],
)
def test_missing_gap(missing, gap):
    assert missing.gap == pytest.approx(gap)


def test_result_gap_is_the_sum():
    missing = (
        Missing(requirement="followers", have=5_000, need=10_000),
        Missing(requirement="live", have=False, need=True),
    )
    assert Result(
        method="m", name="M", status=NOT_YET, niche_fit=None, missing=missing, route="r"
    ).gap == pytest.approx(1.5)
    assert Result(method="m", name="M", status=ELIGIBLE, niche_fit=None, route="r").gap == 0


# --- Robustness -----------------------------------------------------------------------------------------


def test_accepts_any_iterable_and_keeps_one_result_per_method():
    results = check(profile(), (m for m in DEFAULT_METHODS))
    assert sorted(r.method for r in results) == sorted(SLUGS)
    assert check(profile(), []) == []


def test_huge_and_odd_values():
    results = by_slug(check(profile(followers=10**30, views_30d=10**30, age=120), DEFAULT_METHODS))
    assert {r.status for r in results.values()} == {ELIGIBLE}
    result = judge(CREATOR_REWARDS, followers=10**30 - 1, views_30d=10**30 - 1, age=120)
    assert result.status == ELIGIBLE
    huge = MethodRules("m", "M", (Route(name="r", min_followers=10**400),))
    assert judge(huge, followers=10**400 - 1).status == NOT_YET  # the gap underflows to 0.0 but still counts


COUNTRIES = ["US", "GB", "KR", "CA", "IN", "MX", "BE", "ZZ", "XX", "", "us", "kr", "in"]


@settings(max_examples=300, deadline=None)
@given(
    followers=st.integers(0, 10**10),
    views=st.integers(0, 10**10),
    age=st.integers(0, 200),
    country=st.sampled_from(COUNTRIES),
    live=st.sampled_from([True, False, None]),
    niche=st.sampled_from(["", "gaming", "education", "pets", "unknown-niche"]),
    account_type=st.sampled_from(["personal", "business", "government", ""]),
)
def test_check_never_raises_and_covers_every_method(
    followers, views, age, country, live, niche, account_type
):
    p = Profile(followers, age, country, views, niche=niche, live=live, account_type=account_type)
    results = check(p, DEFAULT_METHODS, blocked_countries=BLOCKED)
    assert sorted(r.method for r in results) == sorted(SLUGS)
    ranks = [(ELIGIBLE, NOT_YET, UNAVAILABLE).index(r.status) for r in results]
    assert ranks == sorted(ranks)
    for r in results:
        assert (r.status == ELIGIBLE) == (r.missing == ())
        assert r.gap >= 0
        if r.status == UNAVAILABLE:
            assert reqs(r) == ("country",)
        assert (r.niche_fit is None) == (niche == "")

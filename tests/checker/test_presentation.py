import pytest

from checker import rules
from checker.presentation import describe, live_rule_words, next_step, short_gap, summary
from checker.requirements import MethodInfo

INFO = MethodInfo(
    slug="m", name="Method", url="/methods/m/", category="direct", apply_hint="Apply in Studio.", routes={}
)


@pytest.mark.parametrize(
    ("missing", "text", "gap", "progress"),
    [
        (
            rules.Missing(requirement="followers", have=7_600, need=10_000),
            "2,400 more followers (you have 7,600 of 10,000)",
            "2,400 followers away",
            76,
        ),
        (
            rules.Missing(requirement="views_30d", have=20_000, need=100_000),
            "80,000 more views in 30 days (you have 20,000 of 100,000)",
            "80,000 views in 30 days away",
            20,
        ),
        (
            rules.Missing(requirement="followers", have=999, need=1_000),
            "1 more follower (you have 999 of 1,000)",
            "1 follower away",
            99,
        ),
        (
            rules.Missing(requirement="views_30d", have=99_999, need=100_000),
            "1 more view in 30 days (you have 99,999 of 100,000)",
            "1 view in 30 days away",
            99,
        ),
        (
            rules.Missing(requirement="age", have=17, need=18),
            "You need to be 18 or older: 1 more year",
            "open to you at 18",
            None,
        ),
        (
            rules.Missing(requirement="age", have=13, need=19),
            "You need to be 19 or older: 6 more years",
            "open to you at 19",
            None,
        ),
        (
            rules.Missing(requirement="live", have=False, need=True),
            "LIVE access (TikTok usually opens it at 18+ with 1,000 followers)",
            "once you can go LIVE",
            None,
        ),
        (
            rules.Missing(requirement="account_type", have="business", need="personal"),
            "A personal account (yours is business); you can switch in Settings",
            "with a personal account",
            None,
        ),
        (rules.Missing(requirement="country", have="CA", need="US, GB"), "Not offered in Canada", None, None),
        (
            rules.Missing(requirement="country", have="IN", need=""),
            "TikTok is not available in India",
            None,
            None,
        ),
    ],
)
def test_missing_requirements_in_plain_words(missing, text, gap, progress):
    line = describe(missing)
    assert line.text == text
    assert line.progress == progress
    if gap:
        assert short_gap(line) == gap


def result(status, *missing):
    return rules.Result(
        method="m",
        name="Method",
        status=status,
        missing=missing,
        route="",
        niche_fit=None,
        live_derived=False,
        unchecked=(),
    )


@pytest.mark.parametrize(
    ("status", "missing", "step"),
    [
        (rules.Status.ELIGIBLE, (), "Apply in Studio."),
        (
            rules.Status.NOT_YET,
            (rules.Missing(requirement="followers", have=10, need=1_000),),
            "First: grow to 1,000 followers.",
        ),
        (
            rules.Status.NOT_YET,
            (rules.Missing(requirement="live", have=False, need=True),),
            "First: get LIVE access.",
        ),
        (
            rules.Status.UNAVAILABLE,
            (rules.Missing(requirement="country", have="CA", need="US"),),
            "Not offered in Canada: start with the ways open to you there.",
        ),
        (
            rules.Status.UNAVAILABLE,
            (rules.Missing(requirement="country", have="CA", need=""),),
            "TikTok is not available in Canada",
        ),
    ],
)
def test_next_step(status, missing, step):
    outcome = result(status, *missing)
    lines = tuple(describe(m) for m in missing)
    profile = rules.Profile(followers=10, age=16, country="CA")
    assert next_step(outcome, lines, INFO, profile).text.startswith(step)


def test_summary_counts_open_methods_and_names_the_closest():
    from checker.presentation import present

    results = [
        result(rules.Status.ELIGIBLE),
        result(rules.Status.NOT_YET, rules.Missing(requirement="followers", have=7_600, need=10_000)),
        result(rules.Status.UNAVAILABLE, rules.Missing(requirement="country", have="CA", need="US")),
    ]
    views = present(results, {"m": INFO})
    assert summary(views) == "1 way open to you now; closest next: Method, 2,400 followers away."
    assert summary(views[2:]) == "None of these ways to earn is available where you are."
    assert summary(views[1:2]) == "No way is open to you yet; closest next: Method, 2,400 followers away."
    assert summary([views[0], views[0]]).startswith("2 ways open to you now.")


def test_live_rule_in_words_agrees_with_its_numbers():
    assert live_rule_words(rules.LiveRule(min_age=18, min_followers=1_000)) == "at 18+ with 1,000 followers"
    assert live_rule_words(rules.LiveRule(min_age=16, min_followers=1)) == "at 16+ with 1 follower"

import pytest

from checker import rules
from checker.presentation import describe, next_step, short_gap, summary
from checker.requirements import MethodInfo

INFO = MethodInfo(
    slug="m", name="Method", url="/methods/m/", category="direct", apply_hint="Apply in Studio.", routes={}
)


@pytest.mark.parametrize(
    ("missing", "text", "gap", "progress"),
    [
        (
            rules.Missing("followers", 7_600, 10_000),
            "2,400 more followers (you have 7,600 of 10,000)",
            "2,400 followers away",
            76,
        ),
        (
            rules.Missing("views_30d", 20_000, 100_000),
            "80,000 more views in 30 days (you have 20,000 of 100,000)",
            "80,000 views in 30 days away",
            20,
        ),
        (rules.Missing("age", 17, 18), "You need to be 18 or older: 1 more year", "open to you at 18", None),
        (rules.Missing("age", 13, 19), "You need to be 19 or older: 6 more years", "open to you at 19", None),
        (
            rules.Missing("live", False, True),
            "LIVE access (TikTok usually opens it at 18+ with 1,000 followers)",
            "once you can go LIVE",
            None,
        ),
        (
            rules.Missing("account_type", "business", "personal"),
            "A personal account (yours is business); you can switch in Settings",
            "with a personal account",
            None,
        ),
        (rules.Missing("country", "CA", "US, GB"), "Not offered in Canada", None, None),
        (rules.Missing("country", "IN", ""), "TikTok is not available in India", None, None),
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
        (rules.STATUS_ELIGIBLE, (), "Apply in Studio."),
        (rules.STATUS_NOT_YET, (rules.Missing("followers", 10, 1_000),), "First: grow to 1,000 followers."),
        (rules.STATUS_NOT_YET, (rules.Missing("live", False, True),), "First: get LIVE access."),
        (
            rules.STATUS_UNAVAILABLE,
            (rules.Missing("country", "CA", "US"),),
            "Not offered in Canada: start with the ways open to you there.",
        ),
        (
            rules.STATUS_UNAVAILABLE,
            (rules.Missing("country", "CA", ""),),
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
        result(rules.STATUS_ELIGIBLE),
        result(rules.STATUS_NOT_YET, rules.Missing("followers", 7_600, 10_000)),
        result(rules.STATUS_UNAVAILABLE, rules.Missing("country", "CA", "US")),
    ]
    views = present(results, {"m": INFO})
    assert summary(views) == "1 way open to you now; closest next: Method, 2,400 followers away."
    assert summary(views[2:]) == "None of these ways to earn is available where you are."
    assert summary(views[1:2]) == "No way is open to you yet; closest next: Method, 2,400 followers away."

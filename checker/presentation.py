"""Words for the checker's results: what is missing, how far along the creator is, what to do next.

Kept apart from the rules (which decide) and the templates (which lay out), so the phrasing is tested
once and both the page and the API say the same thing. Every number in these words comes from the
requirement data (the routes, the LIVE access rule), never from this file.
"""

import datetime
from dataclasses import dataclass

from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.timesince import timesince
from django.utils.translation import ngettext
from django_countries import countries

from checker import estimates, rules
from checker.requirements import MethodInfo
from guide.text import and_list

STATUS_LABELS = {
    rules.Status.ELIGIBLE: "Open to you now",
    rules.Status.NOT_YET: "Not yet",
    rules.Status.UNAVAILABLE: "Not available to you",
}
UNDECIDED_LABEL = "Add an answer to know"
# "fair" says nothing useful on a card, so it is left unsaid (the API still gives it).
FIT_LABELS = {"strong": "Great fit for your niche", "good": "Works in any niche"}
COUNTED = ("followers", "views_30d")  # requirements with a number to reach
# The question behind each requirement, for "add your ... to know".
QUESTIONS = {
    "followers": "your followers",
    "age": "your age",
    "country": "your country",
    "views_30d": "your video views",
    "account_type": "your account type",
    "live": "whether you can go LIVE",
    "effect_badge": "whether you hold an Effect House badge",
}
BADGE = "a Gold, Platinum or Diamond Effect House badge"
RECENT_DAYS = 90  # a rule change this recent is news to a creator deciding now


@dataclass(frozen=True)
class MissingLine:
    requirement: str
    text: str
    have: int | bool | str | None
    need: int | bool | str
    progress: int | None  # percent toward a numeric threshold, for a progress bar

    @property
    def unknown(self) -> bool:
        return self.have is None


@dataclass(frozen=True)
class NextStep:
    text: str
    link_title: str = ""
    link_url: str = ""


@dataclass(frozen=True)
class RecentChange:
    date: datetime.date
    day_known: bool
    summary: str

    @property
    def text(self) -> str:
        """'Rules changed on 1 Oct 2025: …', or 'in Oct 2025' when the source gives only the month."""
        when = (
            f"on {date_format(self.date, 'j M Y')}"
            if self.day_known
            else f"in {date_format(self.date, 'M Y')}"
        )
        return f"Rules changed {when}: {self.summary}"


def recent_change(info: MethodInfo, today: datetime.date | None = None) -> RecentChange | None:
    """The method's latest rule change of the last RECENT_DAYS days (none dated later than today)."""
    today = today or timezone.localdate()
    for date, day_known, summary in info.changes:  # newest first
        if 0 <= (today - date).days <= RECENT_DAYS:
            return RecentChange(date, day_known, summary)
    return None


def overdue_note(info: MethodInfo, today: datetime.date | None = None) -> str:
    """'These rules were last checked 7 months ago: TikTok may have changed them.' once a check is overdue.

    Decided when presenting, like recent_change: the requirements are kept per content version, not per day.
    """
    today = today or timezone.localdate()
    if info.review_due is None or info.last_checked is None or info.review_due >= today:
        return ""
    ago = timesince(info.last_checked, today, depth=1)
    return f"These rules were last checked {ago} ago: TikTok may have changed them."


@dataclass(frozen=True)
class ResultView:
    result: rules.Result
    info: MethodInfo
    status_label: str
    fit_label: str
    lines: tuple[MissingLine, ...]
    next_step: NextStep
    source_route: object  # the guide.models.Route behind the reported route, or None
    recent_change: RecentChange | None = None
    overdue: str = ""  # the overdue-for-a-check note, or ""
    estimate: estimates.Estimate | None = None  # a monthly range, for a creator who qualifies now
    pay_note: estimates.PayNote | None = None  # otherwise what it pays per unit, in words

    @property
    def slug(self):
        return self.result.method


def country_name(code: str) -> str:
    return countries.name(code) or code


def noun(requirement: str, number: int) -> str:
    """What a counted requirement counts, in the form for the number: 'follower', 'views in 30 days'."""
    if requirement == "followers":
        return ngettext("follower", "followers", number)
    return ngettext("view in 30 days", "views in 30 days", number)


def live_rule_words(live_rule: rules.LiveRule) -> str:
    """The LIVE access rule in words, from the data: 'at 18+ with 1,000 followers'."""
    followers = live_rule.min_followers
    return f"at {live_rule.min_age}+ with {intcomma(followers)} {noun('followers', followers)}"


def meets_live_rule(profile: rules.Profile | None, live_rule: rules.LiveRule) -> bool:
    return bool(
        profile
        and profile.age is not None
        and profile.followers is not None
        and profile.age >= live_rule.min_age
        and profile.followers >= live_rule.min_followers
    )


def describe(
    missing: rules.Missing,
    live_rule: rules.LiveRule = rules.DEFAULT_LIVE_RULE,
    profile: rules.Profile | None = None,
) -> MissingLine:
    """One unmet requirement in plain words, e.g. '2,400 more followers'."""
    kind, have, need = missing.requirement, missing.have, missing.need
    progress = None
    if missing.unknown:
        needs = {
            "followers": f"it needs {intcomma(need)} {noun(kind, need)}",
            "views_30d": f"it needs {intcomma(need)} {noun(kind, need)}",
            "age": f"it needs age {need}+",
            "account_type": f"it needs a {need} account",
            "effect_badge": f"it needs {BADGE}",
        }.get(kind)
        text = f"Add {QUESTIONS.get(kind, kind)} to know" + (f": {needs}" if needs else "")
    elif kind in COUNTED:
        gap = need - have
        text = f"{intcomma(gap)} more {noun(kind, gap)} (you have {intcomma(have)} of {intcomma(need)})"
        progress = min(100, int(100 * have / need)) if need else 100
    elif kind == "age":
        years = need - have
        text = ngettext(
            "You need to be %(age)s or older: %(years)s more year",
            "You need to be %(age)s or older: %(years)s more years",
            years,
        ) % {"age": need, "years": years}
    elif kind == "live":
        # The usual rule is news only to someone who does not meet it already.
        if meets_live_rule(profile, live_rule):
            text = "LIVE access (you said you can’t go LIVE yet)"
        else:
            text = f"LIVE access (TikTok usually opens it {live_rule_words(live_rule)})"
    elif kind == "effect_badge":
        # Empty counts as no (DESIGN.md), so the words must be true whether they answered no or nothing.
        text = f"{BADGE[0].upper()}{BADGE[1:]} (if you hold one, answer yes to the Effect House question)"
    elif kind == "account_type":
        text = f"A {need} account (yours is {have}); you can switch in Settings"
    elif kind == "country":
        text = (
            f"TikTok is not available in {country_name(have)}"
            if not need
            else f"Not offered in {country_name(have)}"
        )
    else:  # a requirement the rules may add later: still say something true
        text = f"{kind}: you have {have}, it needs {need}"
    return MissingLine(requirement=kind, text=text, have=have, need=need, progress=progress)


def short_gap(line: MissingLine) -> str:
    """The gap in a few words for the summary, e.g. '2,400 followers away'."""
    if line.unknown:
        return f"add {QUESTIONS.get(line.requirement, line.requirement)} to know"
    if line.requirement in COUNTED:
        gap = line.need - line.have
        return f"{intcomma(gap)} {noun(line.requirement, gap)} away"
    return {
        "age": f"open to you at {line.need}",
        "live": "once you can go LIVE",
        "account_type": f"with a {line.need} account",
        "effect_badge": f"with {BADGE}",
    }.get(line.requirement, line.text)


def next_step(
    result: rules.Result,
    lines: tuple[MissingLine, ...],
    info: MethodInfo,
    profile: rules.Profile | None = None,
    live_rule: rules.LiveRule = rules.DEFAULT_LIVE_RULE,
) -> NextStep:
    """What this creator does now, from this result: the route met or closest, the gap, the country.

    Only a creator who qualifies is sent anywhere (the route's own step and its country's link); the
    others are told what to reach first, so nobody is sent to a program they cannot use.
    """
    country = profile.country if profile else ""
    if result.status == rules.Status.ELIGIBLE:
        route = info.routes.get(result.route)
        text = (route.next_step if route is not None else "") or info.apply_hint
        link = info.link_for(result.route, country)
        return NextStep(
            text=text or f"Read how to start with {info.name}.",
            link_title=link.title if link else "",
            link_url=link.url if link else "",
        )
    if result.status == rules.Status.UNAVAILABLE:
        if any(line.requirement == "country" and not line.need for line in lines):
            return NextStep(
                f"TikTok is not available in {country_name(country)}: none of these ways works there."
            )
        return NextStep(f"Not offered in {country_name(country)}: start with the ways open to you there.")
    unknown = [line for line in lines if line.unknown]
    if result.undecided:
        first = unknown[0]
        where = {
            "views_30d": " TikTok Studio, Analytics, shows them (the last 28 days is close enough).",
            "account_type": " It is in Settings and privacy, Account.",
            "live": " Tap + to create a post: if LIVE is among the options, you can.",
            "effect_badge": " Effect House shows your badge on your profile there.",
        }.get(first.requirement, "")
        return NextStep(f"Add {QUESTIONS.get(first.requirement, first.requirement)} above to know.{where}")
    first = next(line for line in lines if not line.unknown)
    if first.requirement in COUNTED:
        return NextStep(f"First: grow to {intcomma(first.need)} {noun(first.requirement, first.need)}.")
    if first.requirement == "live":
        if meets_live_rule(profile, live_rule):
            return NextStep("First: tap + and look for LIVE; if it is missing, TikTok Studio says why.")
        return NextStep(f"First: get LIVE access. TikTok usually opens it {live_rule_words(live_rule)}.")
    return NextStep(
        {
            "age": f"First: wait until you are {first.need}. Meanwhile, grow the audience the other "
            "methods need.",
            "account_type": f"First: switch to a {first.need} account in Settings and privacy, Account.",
            "effect_badge": "First: publish effects in Effect House until you earn a Gold badge.",
        }.get(first.requirement, f"First: {first.text}.")
    )


def present(
    results: list[rules.Result],
    info: dict[str, MethodInfo],
    profile: rules.Profile | None = None,
    live_rule: rules.LiveRule = rules.DEFAULT_LIVE_RULE,
    today: datetime.date | None = None,
) -> list[ResultView]:
    views = []
    for result in results:
        method_info = info[result.method]
        lines = tuple(describe(m, live_rule, profile) for m in result.missing)
        rates = method_info.rates or estimates.MethodRates(slug=result.method)
        estimate = estimates.estimate(profile, rates, result.status) if profile else None
        # Per-unit words only where no range is given, and not for a method the creator cannot use.
        note = None
        if estimate is None and result.status != rules.Status.UNAVAILABLE:
            note = estimates.pay_note(profile, rates)
        views.append(
            ResultView(
                result=result,
                info=method_info,
                status_label=UNDECIDED_LABEL if result.undecided else STATUS_LABELS[result.status],
                fit_label=FIT_LABELS.get(result.niche_fit or "", ""),
                lines=lines,
                next_step=next_step(result, lines, method_info, profile, live_rule),
                source_route=method_info.routes.get(result.route),
                recent_change=recent_change(method_info, today),
                overdue=overdue_note(method_info, today),
                estimate=estimate,
                pay_note=note,
            )
        )
    return views


def blocked_country(views: list[ResultView]) -> str:
    """The country code when TikTok itself is unavailable there (every result says so), else ''."""
    if views and all(
        v.result.status == rules.Status.UNAVAILABLE
        and any(m.requirement == "country" and not m.need for m in v.result.missing)
        for v in views
    ):
        return str(views[0].lines[0].have)
    return ""


def summary(views: list[ResultView]) -> str:
    """One sentence on top: how many ways are open, the closest next one, what to add to know more."""
    blocked = blocked_country(views)
    if blocked:
        return f"TikTok is not available in {country_name(blocked)}, so none of these ways to earn is open there."
    open_now = [v for v in views if v.result.status == rules.Status.ELIGIBLE]
    not_yet = [v for v in views if v.result.status == rules.Status.NOT_YET and not v.result.undecided]
    # Only a creator who builds effects can earn a badge: it is nobody's "closest next" step.
    reachable = [v for v in not_yet if "effect_badge" not in {m.requirement for m in v.result.missing}]
    undecided = [v for v in views if v.result.undecided]
    if not open_now and not not_yet and not undecided:
        return "None of these ways to earn is available where you are."
    count = len(open_now)
    sentence = (
        ngettext("%(count)s way open to you now", "%(count)s ways open to you now", count) % {"count": count}
        if count
        else "No way is open to you yet"
    )
    if reachable:
        closest = reachable[0]
        gap = next(line for line in closest.lines if not line.unknown)
        sentence += f"; closest next: {closest.info.name}, {short_gap(gap)}"
    sentence += "."
    if undecided:
        questions = dict.fromkeys(q for v in undecided for q in v.result.unknowns)
        asks = and_list(QUESTIONS.get(q, q) for q in questions)
        more = len(undecided)
        sentence += f" Add {asks} to know about {more} more."
    return sentence


def estimate_json(estimate: estimates.Estimate | None) -> dict | None:
    """The estimate in the shape DESIGN.md promises: the same whole dollars the page shows."""
    if estimate is None:
        return None
    return {
        "low": estimate.low,
        "high": estimate.high,
        "currency": estimate.currency,
        "period": estimate.period,
        "basis": estimate.basis,
        "kind": estimate.source.kind,
        "sources": estimate.source.urls,
    }


def as_json(views: list[ResultView]) -> dict:
    """The API's body, in the shape DESIGN.md promises (plus a few readable extras)."""
    return {
        "results": [
            {
                "method": v.slug,
                "name": v.info.name,
                "url": v.info.url,
                "status": v.result.status,
                "missing": [
                    {
                        "requirement": line.requirement,
                        "have": line.have,
                        "need": line.need,
                        "text": line.text,
                        "unknown": line.unknown,
                    }
                    for line in v.lines
                ],
                "niche_fit": v.result.niche_fit,
                "route": v.result.route,
                "live_derived": v.result.live_derived,
                "unchecked": list(v.result.unchecked),
                "next_step": v.next_step.text,
                "next_link": (
                    {"title": v.next_step.link_title, "url": v.next_step.link_url}
                    if v.next_step.link_url
                    else None
                ),
                "rules_changed": (
                    {"date": v.recent_change.date.isoformat(), "summary": v.recent_change.summary}
                    if v.recent_change
                    else None
                ),
                "estimate": estimate_json(v.estimate),
                "pay_per_unit": v.pay_note.text if v.pay_note else None,
            }
            for v in views
        ],
        "summary": summary(views),
    }

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
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django_countries import countries

from checker import estimates, rules
from checker.estimate_words import estimate_words
from checker.requirements import MethodInfo
from guide.text import and_list

STATUS_LABELS = {
    rules.Status.ELIGIBLE: gettext_lazy("Open to you now"),
    rules.Status.NOT_YET: gettext_lazy("Not yet"),
    rules.Status.UNAVAILABLE: gettext_lazy("Not available to you"),
}
UNDECIDED_LABEL = gettext_lazy("Add an answer to know")
# "fair" says nothing useful on a card, so it is left unsaid (the API still gives it).
FIT_LABELS = {"strong": gettext_lazy("Great fit for your niche"), "good": gettext_lazy("Works in any niche")}
COUNTED = ("followers", "views_30d")  # requirements with a number to reach
# The question behind each requirement, for "add your ... to know".
QUESTIONS = {
    "followers": gettext_lazy("your followers"),
    "age": gettext_lazy("your age"),
    "country": gettext_lazy("your country"),
    "views_30d": gettext_lazy("your video views"),
    "account_type": gettext_lazy("your account type"),
    "live": gettext_lazy("whether you can go LIVE"),
    "effect_badge": gettext_lazy("whether you hold an Effect House badge"),
}
BADGE = gettext_lazy("a Gold, Platinum or Diamond Effect House badge")
# The account types as the words say them ("a business account").
ACCOUNT_TYPES = {"personal": gettext_lazy("personal"), "business": gettext_lazy("business")}


def question(requirement: str) -> str:
    return str(QUESTIONS.get(requirement, requirement))


def account_type(value) -> str:
    return str(ACCOUNT_TYPES.get(value, value))


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
        if self.day_known:
            return _("Rules changed on %(date)s: %(summary)s") % {
                "date": date_format(self.date, "j M Y"),
                "summary": self.summary,
            }
        return _("Rules changed in %(month)s: %(summary)s") % {
            "month": date_format(self.date, "M Y"),
            "summary": self.summary,
        }


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
    return _("These rules were last checked %(ago)s ago: TikTok may have changed them.") % {"ago": ago}


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
    return ngettext(
        "at %(age)s+ with %(count)s follower", "at %(age)s+ with %(count)s followers", followers
    ) % {"age": live_rule.min_age, "count": intcomma(followers)}


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
            "followers": lambda: (
                _("it needs %(count)s %(noun)s") % {"count": intcomma(need), "noun": noun(kind, need)}
            ),
            "views_30d": lambda: (
                _("it needs %(count)s %(noun)s") % {"count": intcomma(need), "noun": noun(kind, need)}
            ),
            "age": lambda: _("it needs age %(age)s+") % {"age": need},
            "account_type": lambda: _("it needs a %(type)s account") % {"type": account_type(need)},
            "effect_badge": lambda: _("it needs %(badge)s") % {"badge": BADGE},
        }.get(kind)
        if needs:
            text = _("Add %(question)s to know: %(needs)s") % {"question": question(kind), "needs": needs()}
        else:
            text = _("Add %(question)s to know") % {"question": question(kind)}
    elif kind in COUNTED:
        gap = need - have
        text = _("%(gap)s more %(noun)s (you have %(have)s of %(need)s)") % {
            "gap": intcomma(gap),
            "noun": noun(kind, gap),
            "have": intcomma(have),
            "need": intcomma(need),
        }
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
            text = _("LIVE access (you said you can’t go LIVE yet)")
        else:
            text = _("LIVE access (TikTok usually opens it %(rule)s)") % {"rule": live_rule_words(live_rule)}
    elif kind == "effect_badge":
        # Empty counts as no (DESIGN.md), so the words must be true whether they answered no or nothing.
        text = _(
            "A Gold, Platinum or Diamond Effect House badge (if you hold one, answer yes to the Effect House "
            "question)"
        )
    elif kind == "account_type":
        text = _("A %(need)s account (yours is %(have)s); you can switch in Settings") % {
            "need": account_type(need),
            "have": account_type(have),
        }
    elif kind == "country":
        text = (
            _("TikTok is not available in %(country)s") % {"country": country_name(have)}
            if not need
            else _("Not offered in %(country)s") % {"country": country_name(have)}
        )
    else:  # a requirement the rules may add later: still say something true
        text = _("%(requirement)s: you have %(have)s, it needs %(need)s") % {
            "requirement": kind,
            "have": have,
            "need": need,
        }
    return MissingLine(requirement=kind, text=text, have=have, need=need, progress=progress)


def short_gap(line: MissingLine) -> str:
    """The gap in a few words for the summary, e.g. '2,400 followers away'."""
    if line.unknown:
        return _("add %(question)s to know") % {"question": question(line.requirement)}
    if line.requirement in COUNTED:
        gap = line.need - line.have
        return _("%(count)s %(noun)s away") % {"count": intcomma(gap), "noun": noun(line.requirement, gap)}
    words = {
        "age": lambda: _("open to you at %(age)s") % {"age": line.need},
        "live": lambda: _("once you can go LIVE"),
        "account_type": lambda: _("with a %(type)s account") % {"type": account_type(line.need)},
        "effect_badge": lambda: _("with %(badge)s") % {"badge": BADGE},
    }.get(line.requirement)
    return words() if words else line.text


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
            text=text or _("Read how to start with %(method)s.") % {"method": info.name},
            link_title=link.title if link else "",
            link_url=link.url if link else "",
        )
    if result.status == rules.Status.UNAVAILABLE:
        if any(line.requirement == "country" and not line.need for line in lines):
            return NextStep(
                _("TikTok is not available in %(country)s: none of these ways works there.")
                % {"country": country_name(country)}
            )
        return NextStep(
            _("Not offered in %(country)s: start with the ways open to you there.")
            % {"country": country_name(country)}
        )
    unknown = [line for line in lines if line.unknown]
    if result.undecided:
        first = unknown[0]
        where = {
            "views_30d": gettext_lazy(
                "TikTok Studio, Analytics, shows them (the last 28 days is close enough)."
            ),
            "account_type": gettext_lazy("It is in Settings and privacy, Account."),
            "live": gettext_lazy("Tap + to create a post: if LIVE is among the options, you can."),
            "effect_badge": gettext_lazy("Effect House shows your badge on your profile there."),
        }.get(first.requirement)
        text = _("Add %(question)s above to know.") % {"question": question(first.requirement)}
        return NextStep(f"{text} {where}" if where else text)
    first = next(line for line in lines if not line.unknown)
    if first.requirement in COUNTED:
        return NextStep(
            _("First: grow to %(count)s %(noun)s.")
            % {"count": intcomma(first.need), "noun": noun(first.requirement, first.need)}
        )
    if first.requirement == "live":
        if meets_live_rule(profile, live_rule):
            return NextStep(_("First: tap + and look for LIVE; if it is missing, TikTok Studio says why."))
        return NextStep(
            _("First: get LIVE access. TikTok usually opens it %(rule)s.")
            % {"rule": live_rule_words(live_rule)}
        )
    if first.requirement == "age":
        return NextStep(
            _("First: wait until you are %(age)s. Meanwhile, grow the audience the other methods need.")
            % {"age": first.need}
        )
    if first.requirement == "account_type":
        return NextStep(
            _("First: switch to a %(type)s account in Settings and privacy, Account.")
            % {"type": account_type(first.need)}
        )
    if first.requirement == "effect_badge":
        return NextStep(_("First: publish effects in Effect House until you earn a Gold badge."))
    return NextStep(_("First: %(step)s.") % {"step": first.text})


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
        words = estimate_words()
        estimate = estimates.estimate(profile, rates, result.status, words) if profile else None
        # Per-unit words only where no range is given, and not for a method the creator cannot use.
        note = None
        if estimate is None and result.status != rules.Status.UNAVAILABLE:
            note = estimates.pay_note(profile, rates, words)
        views.append(
            ResultView(
                result=result,
                info=method_info,
                status_label=str(UNDECIDED_LABEL if result.undecided else STATUS_LABELS[result.status]),
                fit_label=str(FIT_LABELS.get(result.niche_fit or "", "")),
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
        return _("TikTok is not available in %(country)s, so none of these ways to earn is open there.") % {
            "country": country_name(blocked)
        }
    open_now = [v for v in views if v.result.status == rules.Status.ELIGIBLE]
    not_yet = [v for v in views if v.result.status == rules.Status.NOT_YET and not v.result.undecided]
    # Only a creator who builds effects can earn a badge: it is nobody's "closest next" step.
    reachable = [v for v in not_yet if "effect_badge" not in {m.requirement for m in v.result.missing}]
    undecided = [v for v in views if v.result.undecided]
    if not open_now and not not_yet and not undecided:
        return _("None of these ways to earn is available where you are.")
    count = len(open_now)
    sentence = (
        ngettext("%(count)s way open to you now", "%(count)s ways open to you now", count) % {"count": count}
        if count
        else _("No way is open to you yet")
    )
    if reachable:
        closest = reachable[0]
        gap = next(line for line in closest.lines if not line.unknown)
        sentence += _("; closest next: %(method)s, %(gap)s") % {
            "method": closest.info.name,
            "gap": short_gap(gap),
        }
    sentence += "."
    if undecided:
        questions = dict.fromkeys(q for v in undecided for q in v.result.unknowns)
        asks = and_list(question(q) for q in questions)
        more = len(undecided)
        sentence += " " + ngettext(
            "Add %(questions)s to know about %(count)s more.",
            "Add %(questions)s to know about %(count)s more.",
            more,
        ) % {"questions": asks, "count": more}
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

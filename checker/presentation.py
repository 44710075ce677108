"""Words for the checker's results: what is missing, how far along the creator is, what to do next.

Kept apart from the rules (which decide) and the templates (which lay out), so the phrasing is tested
once and both the page and the API say the same thing.
"""

from dataclasses import dataclass

from django.contrib.humanize.templatetags.humanize import intcomma
from django_countries import countries

from checker import rules
from checker.requirements import MethodInfo

STATUS_LABELS = {
    rules.STATUS_ELIGIBLE: "Open to you now",
    rules.STATUS_NOT_YET: "Not yet",
    rules.STATUS_UNAVAILABLE: "Not available to you",
}
# "fair" says nothing useful on a card, so it is left unsaid (the API still gives it).
FIT_LABELS = {"strong": "Great fit for your niche", "good": "Works in any niche"}
NOUNS = {"followers": "followers", "views_30d": "views in 30 days"}


@dataclass(frozen=True)
class MissingLine:
    requirement: str
    text: str
    have: int | bool | str
    need: int | bool | str
    progress: int | None  # percent toward a numeric threshold, for a progress bar


@dataclass(frozen=True)
class ResultView:
    result: rules.Result
    info: MethodInfo
    status_label: str
    fit_label: str
    lines: tuple[MissingLine, ...]
    next_step: str
    source_route: object  # the checker.models.Route behind the reported route, or None

    @property
    def slug(self):
        return self.result.method


def country_name(code: str) -> str:
    return countries.name(code) or code


def describe(missing: rules.Missing) -> MissingLine:
    """One unmet requirement in plain words, e.g. '2,400 more followers'."""
    kind, have, need = missing.requirement, missing.have, missing.need
    progress = None
    if kind in NOUNS:
        text = f"{intcomma(need - have)} more {NOUNS[kind]} (you have {intcomma(have)} of {intcomma(need)})"
        progress = min(100, int(100 * have / need)) if need else 100
    elif kind == "age":
        years = need - have
        text = f"You need to be {need} or older: {years} more year{'s' if years != 1 else ''}"
    elif kind == "live":
        text = "LIVE access (TikTok usually opens it at 18+ with 1,000 followers)"
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
    return MissingLine(kind, text, have, need, progress)


def short_gap(line: MissingLine) -> str:
    """The gap in a few words for the summary, e.g. '2,400 followers away'."""
    if line.requirement in NOUNS:
        return f"{intcomma(line.need - line.have)} {NOUNS[line.requirement]} away"
    return {
        "age": f"open to you at {line.need}",
        "live": "once you can go LIVE",
        "account_type": f"with a {line.need} account",
    }.get(line.requirement, line.text)


def next_step(result: rules.Result, lines: tuple[MissingLine, ...], info: MethodInfo) -> str:
    """What to do now: apply when open, otherwise the first thing to reach."""
    if result.status == rules.STATUS_ELIGIBLE:
        return info.apply_hint or f"Read how to start with {info.name}."
    if result.status == rules.STATUS_UNAVAILABLE:
        return "Look at the methods open where you are; this one may arrive later."
    first = lines[0]
    if first.requirement in NOUNS:
        return f"First: grow to {intcomma(first.need)} {NOUNS[first.requirement]}."
    return {
        "age": f"First: wait until you are {first.need}. Meanwhile, grow the audience the other methods need.",
        "live": "First: get LIVE access. It usually opens at 18 with 1,000 followers; check the + menu.",
        "account_type": f"First: switch to a {first.need} account in Settings and privacy, Account.",
    }.get(first.requirement, f"First: {first.text}.")


def present(results: list[rules.Result], info: dict[str, MethodInfo]) -> list[ResultView]:
    views = []
    for result in results:
        method_info = info[result.method]
        lines = tuple(describe(m) for m in result.missing)
        views.append(
            ResultView(
                result=result,
                info=method_info,
                status_label=STATUS_LABELS[result.status],
                fit_label=FIT_LABELS.get(result.niche_fit or "", ""),
                lines=lines,
                next_step=next_step(result, lines, method_info),
                source_route=method_info.routes.get(result.route),
            )
        )
    return views


def summary(views: list[ResultView]) -> str:
    """One sentence on top: how many ways are open, and the closest next one."""
    open_now = [v for v in views if v.result.status == rules.STATUS_ELIGIBLE]
    not_yet = [v for v in views if v.result.status == rules.STATUS_NOT_YET]
    if not open_now and not not_yet:
        return "None of these ways to earn is available where you are."
    count = len(open_now)
    head = f"{count} way{'s' if count != 1 else ''} open to you now" if count else "No way is open to you yet"
    if not_yet:
        closest = not_yet[0]
        return f"{head}; closest next: {closest.info.name}, {short_gap(closest.lines[0])}."
    return f"{head}."


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
                    {"requirement": line.requirement, "have": line.have, "need": line.need, "text": line.text}
                    for line in v.lines
                ],
                "niche_fit": v.result.niche_fit,
                "route": v.result.route,
                "live_derived": v.result.live_derived,
                "unchecked": list(v.result.unchecked),
                "next_step": v.next_step,
            }
            for v in views
        ],
        "summary": summary(views),
    }

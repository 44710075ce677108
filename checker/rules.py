"""Eligibility rules: a pure function from a creator's profile and each method's requirements to results.

Standard library only (no Django, no database, no request), so every rule is tested without Django.
The form validates and normalises input; this module trusts the types but never raises on odd values.
"""

from __future__ import annotations

import datetime
import enum
import functools
from collections.abc import Iterable
from dataclasses import dataclass


class Status(enum.StrEnum):
    """A method's verdict. The values are public: data-status in the HTML, "status" in /api/check."""

    ELIGIBLE = "eligible"
    NOT_YET = "not-yet"
    UNAVAILABLE = "unavailable"


ACCOUNT_TYPES = ("personal", "business")
_EVERY_ACCOUNT_TYPE = frozenset(ACCOUNT_TYPES)
NICHE_STRONG, NICHE_GOOD, NICHE_FAIR = "strong", "good", "fair"

# Requirement names, in the order missing items are listed (the UI shows them in this order).
REQUIREMENTS = ("country", "age", "account_type", "followers", "views_30d", "live", "effect_badge")

# Eligible results rank by niche fit; an unknown or empty niche ranks with "fair".
_FIT_RANK = {NICHE_STRONG: 0, NICHE_GOOD: 1}


@dataclass(frozen=True)
class Profile:
    """A creator's answers. None means "not given": a rule that needs it cannot say yes."""

    followers: int | None
    age: int | None
    country: str  # ISO 3166-1 alpha-2, upper case
    views_30d: int | None = None
    niche: str = ""  # niche slug; "" = not given
    live: bool | None = None  # True has LIVE access, False lacks it, None = derive it
    account_type: str | None = "personal"  # None = not given
    effect_badge: bool | None = None  # holds a Gold+ Effect House badge; None = not given


@dataclass(frozen=True)
class CountryRule:
    """A per-country difference on one route; its non-None fields replace the route's minimums."""

    country: str
    min_age: int | None = None
    min_followers: int | None = None
    min_views_30d: int | None = None


@dataclass(frozen=True)
class Route:
    """One way to qualify for a method; the method is open if any one offered route is fully met."""

    name: str
    min_followers: int | None = None
    min_age: int | None = None
    min_views_30d: int | None = None
    needs_live: bool = False
    needs_effect_badge: bool = False  # only the creator knows: never met unless they said yes
    account_types: frozenset[str] = frozenset(ACCOUNT_TYPES)  # empty is treated as "any type"
    countries: frozenset[str] = frozenset()  # empty = everywhere TikTok operates
    country_rules: tuple[CountryRule, ...] = ()
    unchecked: tuple[str, ...] = ()  # conditions the form cannot check (shown, never enforced)
    source: str = ""  # URL or title of the source (for display)
    last_checked: datetime.date | None = None


@dataclass(frozen=True)
class MethodRules:
    """A monetization method's requirements; no routes at all = open to everyone where TikTok operates."""

    slug: str
    name: str
    routes: tuple[Route, ...]
    niches: frozenset[str] = frozenset()  # niche slugs the method suits best
    suits_any_niche: bool = False  # works for almost any niche (e.g. brand partnerships)


@dataclass(frozen=True)
class LiveRule:
    """How LIVE access is derived when the creator leaves `live` empty (FACTS.md: 18+, 1,000 followers)."""

    min_age: int = 18
    min_followers: int = 1000


DEFAULT_LIVE_RULE = LiveRule()  # a module constant, not a call in the signature (one shared instance)


@dataclass(frozen=True, kw_only=True)
class Missing:
    """One unmet requirement: what the creator has and what the route needs."""

    requirement: str  # one of REQUIREMENTS
    have: int | bool | str | None  # None: the creator has not answered the question this depends on
    need: int | bool | str  # account_type: allowed types joined; country: "" or the codes joined

    @property
    def unknown(self) -> bool:
        """True when the creator has not answered: "add your views to know", not a gap."""
        return self.have is None

    @property
    def gap(self) -> float:
        """How far off this requirement is, for ordering: (need - have) / need for counts, else 1.0."""
        if self.requirement == "effect_badge":
            return 2.0  # a badge takes months of published effects: never the "closest next" step
        if self.unknown:
            return 0.0  # ordered apart (see _route_key); unknown is no distance at all
        # bool is a subclass of int, so yes/no requirements must be caught before the numeric case.
        if isinstance(self.have, bool) or isinstance(self.need, bool):
            return 1.0
        if isinstance(self.have, int) and isinstance(self.need, int) and self.need > 0:
            # Clamp have to 0..need so odd values (negative, above need) keep the gap in 0..1.
            have = min(max(self.have, 0), self.need)
            return (self.need - have) / self.need
        return 1.0


@dataclass(frozen=True, kw_only=True)
class Result:
    """The verdict on one method for one profile."""

    method: str  # slug
    name: str
    status: Status
    niche_fit: str | None  # strong | good | fair; None when the profile gives no niche
    missing: tuple[Missing, ...] = ()  # every unmet requirement of the route reported
    route: str = ""  # name of the route met (eligible) or closest to being met; "" when none applies
    live_derived: bool = False  # the reported route's LIVE requirement was judged from age + followers
    unchecked: tuple[str, ...] = ()  # the reported route's unchecked conditions

    @property
    def gap(self) -> float:
        """Total distance from qualifying (sum of the missing items' gaps), for ordering."""
        return sum(m.gap for m in self.missing)

    @property
    def unknowns(self) -> tuple[str, ...]:
        """The unanswered questions this result depends on."""
        return tuple(m.requirement for m in self.missing if m.unknown)

    @property
    def undecided(self) -> bool:
        """Not yet only because of unanswered questions: answering them may open it."""
        return bool(self.missing) and all(m.unknown for m in self.missing)


def has_live(profile: Profile, live_rule: LiveRule = DEFAULT_LIVE_RULE) -> tuple[bool | None, bool]:
    """Return (has LIVE access, whether that was derived from age and followers); None when unknowable."""
    if profile.live is not None:
        return bool(profile.live), False
    if profile.age is None or profile.followers is None:
        return None, True
    return profile.age >= live_rule.min_age and profile.followers >= live_rule.min_followers, True


def niche_fit(niche: str, method: MethodRules) -> str | None:
    """Return how well the niche suits the method: strong, good, fair, or None when no niche is given."""
    if not niche:
        return None
    if niche in method.niches:
        return NICHE_STRONG
    return NICHE_GOOD if method.suits_any_niche else NICHE_FAIR


def _upper(codes: Iterable[str]) -> frozenset[str]:
    # Editors may type codes in lower case; compare upper case everywhere.
    return frozenset(code.strip().upper() for code in codes)


@functools.lru_cache(maxsize=1024)
def _upper_set(codes: frozenset[str]) -> frozenset[str]:
    # A route's countries, asked of every route for every answer: worked out once per set (a frozenset
    # keeps its hash, so looking it up is cheap even for the 53 countries of Effect Creator Rewards).
    return _upper(codes)


def _minimums(route: Route, country: str) -> tuple[int | None, int | None, int | None]:
    """Return the route's (min_age, min_followers, min_views_30d) with the country's rule applied."""
    mins = (route.min_age, route.min_followers, route.min_views_30d)
    for rule in route.country_rules:  # the first rule for the country wins
        if rule.country.strip().upper() == country:
            override = (rule.min_age, rule.min_followers, rule.min_views_30d)
            return tuple(o if o is not None else m for o, m in zip(override, mins, strict=True))
    return mins


def _below(have: int | None, need: int | None) -> bool:
    """A minimum not shown to be met: unanswered (None) counts as not met, and is reported as unknown."""
    return need is not None and (have is None or have < need)


def _unmet(route: Route, profile: Profile, country: str, live: bool | None) -> tuple[Missing, ...]:
    """Return the route's unmet or unanswered requirements (country aside), in REQUIREMENTS order."""
    min_age, min_followers, min_views = _minimums(route, country)
    missing = []
    # Appended in REQUIREMENTS order so the result needs no sorting.
    if _below(profile.age, min_age):
        missing.append(Missing(requirement="age", have=profile.age, need=min_age))
    types = route.account_types
    if types and not types >= _EVERY_ACCOUNT_TYPE and profile.account_type not in types:
        missing.append(
            Missing(requirement="account_type", have=profile.account_type, need=", ".join(sorted(types)))
        )
    if _below(profile.followers, min_followers):
        missing.append(Missing(requirement="followers", have=profile.followers, need=min_followers))
    if _below(profile.views_30d, min_views):
        missing.append(Missing(requirement="views_30d", have=profile.views_30d, need=min_views))
    if route.needs_live and not live:
        missing.append(Missing(requirement="live", have=live, need=True))
    if route.needs_effect_badge and not profile.effect_badge:
        missing.append(Missing(requirement="effect_badge", have=profile.effect_badge, need=True))
    return tuple(missing)


def _route_key(missing: tuple[Missing, ...]) -> tuple[bool, bool, float]:
    # A fully met route first; then one that only waits on unanswered questions (it may be met);
    # then the smallest total gap. min() keeps the first of ties, so route order decides the rest.
    known = [m for m in missing if not m.unknown]
    return bool(known), len(known) < len(missing), sum(m.gap for m in known)


def _judge(profile: Profile, method: MethodRules, country: str, live: tuple[bool, bool]) -> Result:
    """Judge one method for a profile in a country where TikTok operates."""
    fit = niche_fit(profile.niche, method)
    if not method.routes:
        return Result(method=method.slug, name=method.name, status=Status.ELIGIBLE, niche_fit=fit)
    offered = [r for r in method.routes if not r.countries or country in _upper_set(r.countries)]
    if not offered:
        # Name every country where it runs; the template decides how many to show.
        codes = ", ".join(sorted(_upper(c for r in method.routes for c in r.countries)))
        missing = (Missing(requirement="country", have=profile.country, need=codes),)
        return Result(
            method=method.slug, name=method.name, status=Status.UNAVAILABLE, niche_fit=fit, missing=missing
        )
    # The route with the smallest _route_key, the first of ties (as min() would pick). A fully met route
    # has the smallest key there is, so the first one ends the search: most creators meet one early.
    route, missing, best = None, (), None
    for candidate in offered:
        unmet = _unmet(candidate, profile, country, live[0])
        if not unmet:
            route, missing = candidate, unmet
            break
        key = _route_key(unmet)
        if best is None or key < best:
            route, missing, best = candidate, unmet, key
    return Result(
        method=method.slug,
        name=method.name,
        status=Status.NOT_YET if missing else Status.ELIGIBLE,
        niche_fit=fit,
        missing=missing,
        route=route.name,
        live_derived=route.needs_live and live[1],
        unchecked=route.unchecked,
    )


def _order(result: Result) -> tuple[int, float]:
    # Eligible by niche fit; not-yet waiting only on unanswered questions, then by gap; unavailable as
    # given. The stable sort keeps input order on ties.
    if result.status == Status.ELIGIBLE:
        return 0, _FIT_RANK.get(result.niche_fit, 2)
    if result.status == Status.NOT_YET:
        return (1, 0) if result.undecided else (2, result.gap)
    return 3, 0


def check(
    profile: Profile,
    methods: Iterable[MethodRules],
    *,
    blocked_countries: frozenset[str] = frozenset(),
    live_rule: LiveRule = DEFAULT_LIVE_RULE,
) -> list[Result]:
    """Return one result per method, ordered: eligible, then not-yet, then unavailable."""
    country = (profile.country or "").strip().upper()
    if country in _upper_set(frozenset(blocked_countries)):
        # TikTok itself is not available there (e.g. IN): nothing else matters.
        missing = (Missing(requirement="country", have=profile.country, need=""),)
        results = [
            Result(
                method=m.slug,
                name=m.name,
                status=Status.UNAVAILABLE,
                niche_fit=niche_fit(profile.niche, m),
                missing=missing,
            )
            for m in methods
        ]
    else:
        live = has_live(profile, live_rule)
        results = [_judge(profile, m, country, live) for m in methods]
    return sorted(results, key=_order)

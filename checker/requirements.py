"""Turn the requirement rows editors keep in the admin into the plain data checker.rules decides on."""

import datetime
import functools
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation

from checker import estimates, rules
from guide.caching import content_version
from guide.models import (
    BlockedCountry,
    Change,
    CountryRule,
    LiveAccessRule,
    Method,
    NextStepLink,
    Niche,
    Rate,
    Route,
)
from guide.translation_review import translation_note


@dataclass(frozen=True)
class MethodInfo:
    """What the results page shows about a method beyond the rules: where to read more, what to do next."""

    slug: str
    name: str
    url: str
    category: str
    apply_hint: str
    routes: dict  # route name -> Route row (source, last checked, next step) for the result's details
    links: tuple[NextStepLink, ...] = ()  # where to go next, per country (NextStepLink rows)
    # Its published rule changes, newest first, as (date, day known, summary). All of them, not only recent
    # ones: these are kept per content version, not per day, so what counts as recent is decided when presenting.
    changes: tuple[tuple[datetime.date, bool, str], ...] = ()
    last_checked: datetime.date | None = None  # when an editor last checked its rules against the sources
    review_due: datetime.date | None = None  # after this day they are overdue for a check
    rates: estimates.MethodRates | None = None  # its pay figures, for the earnings estimate

    def link_for(self, route: str, country: str) -> NextStepLink | None:
        """The link for this route and country: the country's own, else the neutral fallback, else none."""
        usable = [link for link in self.links if link.route is None or link.route.name == route]
        own = [link for link in usable if link.country and link.country.code == country]
        fallback = [link for link in usable if not link.country]
        return (own or fallback or [None])[0]


@dataclass(frozen=True)
class Requirements:
    methods: tuple[rules.MethodRules, ...]
    blocked_countries: frozenset[str]
    info: dict[str, MethodInfo]
    niches: tuple[tuple[str, str], ...]  # (slug, name) for the form's choices
    live_rule: rules.LiveRule = rules.DEFAULT_LIVE_RULE
    blocked: dict | None = None  # country code -> BlockedCountry row (note, source), for the one answer
    # Answers made from these requirements (checker/answers.py): they go with them when content changes.
    answers: dict = field(default_factory=dict, compare=False, repr=False)
    follower_bounds: dict = field(default_factory=dict, compare=False, repr=False)  # by country (answers.py)
    # What the checker page in this language should warn of: "behind", "missing" or "" (guide.translation_review).
    translation_note: str = ""


def route_rules(route: Route) -> rules.Route:
    account_types = frozenset(
        kind
        for kind, allowed in (("personal", route.allows_personal), ("business", route.allows_business))
        if allowed
    )
    return rules.Route(
        name=route.name,
        min_followers=route.min_followers,
        min_age=route.min_age,
        min_views_30d=route.min_views_30d,
        needs_live=route.needs_live,
        needs_effect_badge=route.needs_effect_badge,
        account_types=account_types,
        countries=frozenset(country.code for country in route.countries),
        country_rules=tuple(
            rules.CountryRule(
                country=rule.country.code,
                min_age=rule.min_age,
                min_followers=rule.min_followers,
                min_views_30d=rule.min_views_30d,
            )
            for rule in route.country_rules.all()
        ),
        unchecked=tuple(route.unchecked_lines),
        source=route.source.url if route.source else "",
        last_checked=route.last_checked,
    )


def rate_figure(rate: Rate) -> estimates.Figure:
    """A guide.Rate row as the plain data checker.estimates works on."""
    return estimates.Figure(
        figure=rate.figure,
        low=rate.low,
        high=rate.high,
        label=rate.label,
        country=rate.country.code or "",
        min_followers=rate.min_followers,
        max_followers=rate.max_followers,
        source_title=rate.source_title,
        source_url=rate.source_url,
        kind=rate.source_kind,
        checked=rate.checked,
    )


def method_rates(method: Method) -> estimates.MethodRates:
    """A method's pay figures (its `rates`, prefetched) as checker.estimates takes them."""
    return estimates.MethodRates(slug=method.slug, figures=tuple(rate_figure(r) for r in method.rates.all()))


def load_requirements() -> Requirements:
    """Every published method's rules in a fixed, small number of queries."""
    methods = Method.objects.published().prefetch_related(
        "niches",
        "rates",  # the pay figures: loaded here, so an estimate costs no query of its own
        Prefetch("next_step_links", queryset=NextStepLink.objects.select_related("route")),
        Prefetch(
            "routes",
            queryset=Route.objects.select_related("source").prefetch_related(
                Prefetch("country_rules", queryset=CountryRule.objects.order_by("country"))
            ),
        ),
    )
    changes = defaultdict(list)
    published = Change.objects.published().filter(method__is_published=True)
    for slug, *change in published.values_list("method__slug", "date", "day_known", "summary"):
        changes[slug].append(tuple(change))  # in the model's order: newest first
    method_rules, info = [], {}
    for method in methods:
        routes = list(method.routes.all())
        method_rules.append(
            rules.MethodRules(
                slug=method.slug,
                name=method.name,
                routes=tuple(route_rules(route) for route in routes),
                niches=frozenset(niche.slug for niche in method.niches.all()),
                suits_any_niche=method.suits_any_niche,
            )
        )
        info[method.slug] = MethodInfo(
            slug=method.slug,
            name=method.name,
            url=method.get_absolute_url(),
            category=method.category,
            apply_hint=method.apply_hint,
            routes={route.name: route for route in routes},
            links=tuple(method.next_step_links.all()),
            changes=tuple(changes[method.slug]),
            last_checked=method.last_checked,
            review_due=method.review_due,
            rates=method_rates(method),
        )
    blocked = {row.country.code: row for row in BlockedCountry.objects.all()}
    niches = tuple(Niche.objects.values_list("slug", "name"))
    live = LiveAccessRule.objects.select_related("source").first()
    live_rule = (
        rules.LiveRule(min_age=live.min_age, min_followers=live.min_followers)
        if live
        else rules.DEFAULT_LIVE_RULE
    )
    # Every text a result can show (names, next steps, links, pay labels, notes): if one is behind its English
    # or not translated, the checker says so, as the guide's pages do.
    shown = [*methods, live, *blocked.values()]
    for method in methods:
        shown += [*method.routes.all(), *method.next_step_links.all(), *method.rates.all()]
    return Requirements(
        translation_note=translation_note([item for item in shown if item], translation.get_language()),
        methods=tuple(method_rules),
        blocked_countries=frozenset(blocked),
        info=info,
        niches=niches,
        live_rule=live_rule,
        blocked=blocked,
    )


def current_requirements() -> Requirements:
    """The requirements, loaded once per content version and language (their texts are the page's language:
    guide/translation.py): an edit is picked up on the next request."""
    return requirements_at(content_version(), translation.get_language())


# One entry per language is enough: the version only goes up, so an older set is never asked for again.
@functools.lru_cache(maxsize=len(settings.LANGUAGES))
def requirements_at(version: int, language: str) -> Requirements:
    """load_requirements() in `language`, remembered for the content version it was loaded at."""
    return load_requirements()

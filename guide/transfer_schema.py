"""The one typed schema every import of the guide is checked against (backups, moved content and the
default content alike), before anything is written.

Why pydantic: it is well kept; its strict mode refuses what JSON and TOML let slip through (true is not 1,
"KR" is not a list of countries, 1e400 is not a number of followers, unknown and missing keys are errors);
and every error carries its location, which `describe` turns into a path an editor can follow, like
`methods[2].routes[0].min_followers`. Django forms validate one flat form, not nested lists of routes.

Ranges follow the model fields. Lengths, slug and URL formats stay with the models' own full_clean(), which
the importer still runs. Empty values (no minimum, no source) may be left out: the default content is TOML,
which has no null.
"""

import datetime
import json
import re
from collections import Counter
from typing import Annotated, Literal

from django.conf import settings
from django_countries import countries
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    create_model,
)
from pydantic_core import PydanticCustomError

from guide.models import (
    BlockedCountry,
    Change,
    HomePage,
    LiveAccessRule,
    Method,
    NextStepLink,
    Niche,
    Rate,
    Route,
    Section,
    Source,
    Tip,
)
from guide.translation import TRANSLATED

FORMAT = "creator-money-guide"
# 2 added next-step links and the LIVE access rule; a version 1 file (without them) leaves them alone.
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)

SMALL_MAX = 32767  # PositiveSmallIntegerField
BIG_MAX = 9223372036854775807  # PositiveBigIntegerField


class GuideFileError(ValueError):
    """The file cannot be imported; nothing was written."""


def iso_date(value):
    """A date written as text, YYYY-MM-DD (a TOML date works too)."""
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise PydanticCustomError("iso_date", "expected a date (YYYY-MM-DD)")


def readable_version(value: int) -> int:
    if value not in READABLE_VERSIONS:
        raise PydanticCustomError("version", "expected 1 or 2 (this site reads versions 1 and 2)")
    return value


def country_code(value: str) -> str:
    if value not in countries.countries:
        raise PydanticCustomError("country_code", "not a country code (two capital letters, e.g. US)")
    return value


def country_code_or_blank(value: str) -> str:
    return value if value == "" else country_code(value)


Order = Annotated[int, Field(ge=0, le=SMALL_MAX)]
Count = Annotated[int, Field(ge=0, le=BIG_MAX)]
Age = Annotated[int, Field(ge=13, le=100)]
Days = Annotated[int, Field(ge=1, le=SMALL_MAX)]
Version = Annotated[int, AfterValidator(readable_version)]  # not a Literal: that would take true for 1
Date = Annotated[datetime.date, BeforeValidator(iso_date)]
Country = Annotated[str, AfterValidator(country_code)]
CountryOrBlank = Annotated[str, AfterValidator(country_code_or_blank)]  # blank: every other country
# A source by its place in the method's list of sources, counted from 0.
SourceNumber = Annotated[int, Field(ge=0)]
# The choices come from the models, so the schema cannot drift from them.
Category = Literal[tuple(Method.Category.values)]
Placement = Literal[tuple(Section.Placement.values)]
SourceKind = Literal[tuple(Source.Kind.values)]
RateFigure = Literal[tuple(Rate.Figure.values)]


class Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


# An item's texts in the other languages, by language code: {"es": {"summary": "…"}}. A text left out (or
# empty) has no translation, and the site shows the English in its place.
Language = Literal[tuple(code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE)]


def translations_of(model):
    texts = create_model(
        f"{model.__name__}Texts", __base__=Strict, **dict.fromkeys(TRANSLATED[model], (str, ""))
    )
    return Annotated[dict[Language, texts], Field(default_factory=dict)]


def sparse(data):
    """Every `translations` in the checked file without its empty texts and languages, as export writes them."""
    if isinstance(data, list):
        return [sparse(item) for item in data]
    if not isinstance(data, dict):
        return data
    result = {key: sparse(value) for key, value in data.items()}
    if isinstance(result.get("translations"), dict):
        texts = {
            code: {k: v for k, v in fields.items() if v} for code, fields in result["translations"].items()
        }
        result["translations"] = {code: fields for code, fields in texts.items() if fields}
        if not result["translations"]:
            del result["translations"]  # nothing translated: left out, as export leaves it out
    return result


class NicheItem(Strict):
    slug: str
    name: str
    order: Order
    translations: translations_of(Niche)


class TipItem(Strict):
    slug: str
    title: str
    summary: str
    body: str
    order: Order
    is_published: bool
    translations: translations_of(Tip)


class SectionItem(Strict):
    slug: str
    title: str
    summary: str
    body: str
    placement: Placement
    order: Order
    is_published: bool
    translations: translations_of(Section)


class BlockedCountryItem(Strict):
    country: Country
    note: str
    source_url: str
    source_kind: SourceKind
    translations: translations_of(BlockedCountry)


class SynonymItem(Strict):
    term: str
    also_search_for: str


class SourceItem(Strict):
    title: str
    url: str
    date_stated: str
    kind: SourceKind
    order: Order


class CountryRuleItem(Strict):
    country: Country
    min_followers: Count | None = None
    min_age: Age | None = None
    min_views_30d: Count | None = None


class RouteItem(Strict):
    name: str
    order: Order
    min_followers: Count | None = None
    min_age: Age | None = None
    min_views_30d: Count | None = None
    needs_live: bool
    needs_effect_badge: bool
    allows_personal: bool
    allows_business: bool
    countries: list[Country]
    unchecked: str
    next_step: str
    last_checked: Date
    source: SourceNumber | None = None
    country_rules: list[CountryRuleItem]
    translations: translations_of(Route)


class NextStepLinkItem(Strict):
    route: str | None = None  # a route of the same method, by name; none: any route
    country: CountryOrBlank
    title: str
    url: str
    translations: translations_of(NextStepLink)


class MethodItem(Strict):
    slug: str
    name: str
    category: Category
    summary: str
    former_names: str
    body: str
    pays: str
    start: str
    apply_hint: str
    caveats: str
    suits_any_niche: bool
    order: Order
    is_published: bool
    last_checked: Date
    review_every_days: Days
    niches: list[str]
    tips: list[str]
    old_slugs: list[str]
    sources: list[SourceItem]
    routes: list[RouteItem]
    next_step_links: list[NextStepLinkItem] | None = None  # none (a version 1 file): left alone
    translations: translations_of(Method)


class LiveAccessItem(Strict):
    min_age: Age
    min_followers: Count
    method: str | None = None  # the source: a method, by slug, and the source's place in its list
    source: SourceNumber | None = None
    note: str
    last_checked: Date
    translations: translations_of(LiveAccessRule)


class HomeItem(Strict):
    headline: str
    intro: str
    translations: translations_of(HomePage)


class ChangeItem(Strict):
    date: Date
    day_known: bool
    method: str | None = None  # by slug; none: TikTok as a whole
    countries: list[Country]  # empty: everywhere
    summary: str
    details: str
    source_title: str
    source_url: str
    source_kind: SourceKind
    is_published: bool
    translations: translations_of(Change)


class RateItem(Strict):
    method: str  # by slug
    figure: RateFigure
    label: str
    country: CountryOrBlank  # blank: everywhere without a figure of its own
    min_followers: Count | None = None
    max_followers: Count | None = None
    low: Count  # US cents or whole percent, as the figure counts
    high: Count
    source_title: str
    source_url: str
    source_kind: SourceKind
    checked: Date
    order: Order
    translations: translations_of(Rate)


class GuideFile(Strict):
    format: Literal[FORMAT]
    version: Version
    niches: list[NicheItem]
    tips: list[TipItem]
    sections: list[SectionItem]
    blocked_countries: list[BlockedCountryItem]
    methods: list[MethodItem]
    # Later additions: a file without them (or with null) leaves the site's own alone.
    synonyms: list[SynonymItem] | None = None
    live_access: LiveAccessItem | None = None
    changes: list[ChangeItem] | None = None
    home: HomeItem | None = None
    rates: list[RateItem] | None = None


# Errors, in words


MESSAGES = {
    "missing": "missing",
    "extra_forbidden": "unknown key",
    "int_type": "expected a whole number",
    "string_type": "expected text",
    "list_type": "expected a list",
    "bool_type": "expected true or false",
    "model_type": "expected an object",
    "model_attributes_type": "expected an object",
    "dict_type": "expected an object",
    "greater_than_equal": "must be at least {ge}",
    "less_than_equal": "must be at most {le}",
    "literal_error": "expected {expected}",
}
WITHOUT_VALUE = {"missing", "extra_forbidden"}  # the path says it all
MAX_SHOWN = 40


def path_of(loc: tuple) -> str:
    """('methods', 2, 'routes', 0, 'min_followers') -> 'methods[2].routes[0].min_followers'."""
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}" if path else str(part)
    return path or "file"


def shown(value) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def describe(errors: list[dict]) -> str:
    lines = []
    for error in errors:
        template = MESSAGES.get(error["type"])
        words = template.format(**error.get("ctx", {})) if template else error["msg"]
        if error["type"] not in WITHOUT_VALUE:
            words += f", got {shown(error['input'])}"
        lines.append(f"{path_of(error['loc'])}: {words}")
    if len(lines) > MAX_SHOWN:
        lines[MAX_SHOWN:] = [f"and {len(lines) - MAX_SHOWN} more problems"]
    return "\n".join(lines)


# What the types cannot say


def repeated(keys, where: str, what: str) -> list[str]:
    """A problem for each item whose key an earlier item already has."""
    seen = set()
    problems = []
    for index, key in enumerate(keys):
        if key in seen:
            problems.append(f"{where}[{index}]: {what} {key!r} is already in the list")
        seen.add(key)
    return problems


def meaning_problems(guide: GuideFile) -> list[str]:
    """Problems of sense: repeated natural keys (one would silently overwrite another), and references."""
    problems = []
    for where, items in (("niches", guide.niches), ("tips", guide.tips), ("sections", guide.sections),
                         ("methods", guide.methods)):  # fmt: skip
        problems += repeated((item.slug for item in items), where, "slug")
    problems += repeated((b.country for b in guide.blocked_countries), "blocked_countries", "country")
    problems += repeated((s.term.lower() for s in guide.synonyms or ()), "synonyms", "term")
    problems += repeated(((c.date.isoformat(), c.summary) for c in guide.changes or ()), "changes",
                         "date and summary")  # fmt: skip
    problems += repeated(((r.method, r.figure, r.country, r.label) for r in guide.rates or ()), "rates",
                         "method, figure, country and label")  # fmt: skip
    for index, rate in enumerate(guide.rates or ()):
        if rate.low > rate.high:
            problems.append(f"rates[{index}].high: must be at least low ({rate.low}), got {rate.high}")
    first_with = {}  # an old address redirects to one method only
    for index, method in enumerate(guide.methods):
        for slug in method.old_slugs:
            if first_with.setdefault(slug, index) != index:
                problems.append(
                    f"methods[{index}].old_slugs: {slug!r} is an old address of methods[{first_with[slug]}] too"
                )
    for index, method in enumerate(guide.methods):
        where = f"methods[{index}]"
        route_names = Counter(route.name for route in method.routes)
        for position, route in enumerate(method.routes):
            if route.source is not None and route.source >= len(method.sources):
                problems.append(f"{where}.routes[{position}].source: no source number {route.source}")
            problems += repeated((rule.country for rule in route.country_rules),
                                 f"{where}.routes[{position}].country_rules", "country")  # fmt: skip
        for position, link in enumerate(method.next_step_links or ()):
            if link.route is not None and route_names[link.route] != 1:
                problem = "no route of this method" if not route_names[link.route] else "more than one route"
                problems.append(
                    f"{where}.next_step_links[{position}].route: {problem} is named {link.route!r}"
                )
        problems += repeated(((link.route, link.country) for link in method.next_step_links or ()),
                             f"{where}.next_step_links", "route and country")  # fmt: skip
    live = guide.live_access
    if live is not None and (live.method is None) != (live.source is None):
        problems.append("live_access: give both the method and its source number, or neither")
    return problems


def validate_guide(data) -> dict:
    """The file checked whole and in its plain JSON shape (every key present); GuideFileError lists each
    problem by its place in the file."""
    try:
        guide = GuideFile.model_validate(data)
    except ValidationError as error:
        raise GuideFileError(describe(error.errors())) from None
    problems = meaning_problems(guide)
    if problems:
        raise GuideFileError("\n".join(problems))
    return sparse(guide.model_dump(mode="json"))

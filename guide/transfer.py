"""The whole guide as plain data (JSON), for backups and for moving content between sites.

`export_guide()` reads everything editors keep in the admin: niches, tips, sections, countries without
TikTok, search synonyms, and methods with their sources, old addresses, requirement routes and the
routes' country rules (a route names its source by its place in the method's list of sources).
`import_guide(data)` writes it back in one transaction. Items are matched by natural keys (slugs; country
codes; synonyms by term, whatever its capitals; a method's sources by title and address, its routes by
name, a route's rules by country), so importing the same file twice changes nothing. What the file does
not hold follows from the rest: ids, rendered HTML, timestamps and versions. Items missing from the file
are left alone, except a method's own parts, which end up exactly as the file lists them; a file without
"synonyms" (written before they existed) leaves them all alone. Imports keep history like any other
change, with "import_guide" as the reason.
"""

import datetime
from collections import Counter, defaultdict

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django_countries.fields import CountryField

from guide.models import (
    BlockedCountry,
    CountryRule,
    Method,
    Niche,
    OldSlug,
    Route,
    Section,
    Source,
    Synonym,
    Tip,
)

FORMAT = "creator-money-guide"
FORMAT_VERSION = 1
REASON = "import_guide"

NICHE_FIELDS = ("slug", "name", "order")
TIP_FIELDS = ("slug", "title", "summary", "body", "order", "is_published")
SECTION_FIELDS = ("slug", "title", "summary", "body", "placement", "order", "is_published")
BLOCKED_FIELDS = ("country", "note", "source_url", "source_kind")
METHOD_FIELDS = (
    "slug", "name", "category", "summary", "former_names", "body", "pays", "start", "apply_hint", "caveats",
    "suits_any_niche", "order", "is_published", "last_checked", "review_every_days",
)  # fmt: skip
METHOD_PARTS = ("niches", "tips", "old_slugs", "sources", "routes")
SOURCE_FIELDS = ("title", "url", "date_stated", "kind", "order")
ROUTE_FIELDS = (
    "name", "order", "min_followers", "min_age", "min_views_30d", "needs_live", "needs_effect_badge",
    "allows_personal", "allows_business", "countries", "unchecked", "next_step", "last_checked",
)  # fmt: skip
RULE_FIELDS = ("country", "min_followers", "min_age", "min_views_30d")
SYNONYM_FIELDS = ("term", "also_search_for")


class GuideFileError(ValueError):
    """The file cannot be imported; nothing was written."""


# Export


def dump(obj, fields) -> dict:
    """The named fields of obj as JSON values (dates as ISO strings, countries as codes)."""
    data = {}
    for name in fields:
        value = getattr(obj, name)
        field = obj._meta.get_field(name)
        if isinstance(field, CountryField):
            value = [country.code for country in value] if field.multiple else value.code
        elif isinstance(value, datetime.date):
            value = value.isoformat()
        data[name] = value
    return data


def method_queryset():
    rules = Prefetch("country_rules", queryset=CountryRule.objects.order_by("country"))
    return Method.objects.prefetch_related(
        "niches",
        "tips",
        "old_slugs",
        "sources",
        Prefetch("routes", queryset=Route.objects.prefetch_related(rules)),
    )


def dump_method(method: Method) -> dict:
    sources = list(method.sources.all())
    position = {source.pk: index for index, source in enumerate(sources)}
    return {
        **dump(method, METHOD_FIELDS),
        "niches": sorted(niche.slug for niche in method.niches.all()),
        "tips": sorted(tip.slug for tip in method.tips.all()),
        "old_slugs": sorted(old.slug for old in method.old_slugs.all()),
        "sources": [dump(source, SOURCE_FIELDS) for source in sources],
        "routes": [
            {
                **dump(route, ROUTE_FIELDS),
                "source": position.get(route.source_id),
                "country_rules": [dump(rule, RULE_FIELDS) for rule in route.country_rules.all()],
            }
            for route in method.routes.all()
        ],
    }


def export_guide() -> dict:
    """Everything editors keep, as JSON-ready data in a stable order."""
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "niches": [dump(niche, NICHE_FIELDS) for niche in Niche.objects.order_by("order", "slug")],
        "tips": [dump(tip, TIP_FIELDS) for tip in Tip.objects.order_by("order", "slug")],
        "sections": [dump(s, SECTION_FIELDS) for s in Section.objects.order_by("placement", "order", "slug")],
        "blocked_countries": [dump(b, BLOCKED_FIELDS) for b in BlockedCountry.objects.order_by("country")],
        "methods": [dump_method(method) for method in method_queryset().order_by("order", "slug")],
        "synonyms": [dump(synonym, SYNONYM_FIELDS) for synonym in Synonym.objects.order_by("term")],
    }


# Import


def expect_keys(item, keys, where: str) -> None:
    if not isinstance(item, dict):
        raise GuideFileError(f"{where}: expected an object, got {type(item).__name__}")
    missing, unknown = set(keys) - item.keys(), item.keys() - set(keys)
    if missing or unknown:
        problems = [f"missing {', '.join(sorted(missing))}" if missing else "",
                    f"unknown {', '.join(sorted(unknown))}" if unknown else ""]  # fmt: skip
        raise GuideFileError(f"{where}: {'; '.join(p for p in problems if p)}")


def values_for(model, item: dict, fields, where: str) -> dict:
    """JSON values turned back into model values (dates parsed)."""
    values = {}
    for name in fields:
        value = item[name]
        if model._meta.get_field(name).get_internal_type() == "DateField" and value is not None:
            try:
                value = datetime.date.fromisoformat(value)
            except (TypeError, ValueError) as error:
                raise GuideFileError(f"{where}.{name}: not a date (YYYY-MM-DD): {value!r}") from error
        values[name] = value
    return values


def save(obj, where: str, counts: Counter, outcome: str) -> None:
    try:
        obj.full_clean()
    except ValidationError as error:
        raise GuideFileError(
            f"{where}: {'; '.join(f'{k}: {v[0]}' for k, v in error.message_dict.items())}"
        ) from error
    obj._change_reason = REASON
    obj.save()
    counts[f"{obj._meta.verbose_name_plural} {outcome}"] += 1


def upsert(model, key: str, item: dict, fields, where: str, counts: Counter, lookup: str = ""):
    """Create or update one top-level item matched by `key` (`lookup`: how, if not exactly); untouched
    when the file agrees with it."""
    expect_keys(item, fields, where)
    obj = model.objects.select_for_update().filter(**{lookup or key: item[key]}).first()
    if obj is not None and dump(obj, fields) == item:
        return obj
    outcome = "created" if obj is None else "updated"
    obj = obj or model()
    for name, value in values_for(model, item, fields, where).items():
        setattr(obj, name, value)
    if outcome == "updated" and hasattr(obj, "version"):
        obj.version += 1  # open admin forms of it are now out of date (the row is locked: no race)
    save(obj, where, counts, outcome)
    return obj


def sync(model, existing, items, key_fields, fields, where, counts, extra=lambda item, index: {}):
    """Make a method's parts of one kind exactly `items`: matched by key, updated, created, the rest deleted."""
    pool = defaultdict(list)
    for obj in existing:
        pool[tuple(dump(obj, key_fields).values())].append(obj)
    result = []
    for index, item in enumerate(items):
        here = f"{where}[{index}]"
        links = extra(item, index)  # the parent, and for a route its source
        matches = pool[tuple(item[name] for name in key_fields)]
        obj = matches.pop(0) if matches else None
        same = obj is not None and dump(obj, fields) == {name: item[name] for name in fields}
        if same and all(getattr(obj, name) == value for name, value in links.items()):
            result.append(obj)
            continue
        outcome = "created" if obj is None else "updated"
        obj = obj or model()
        for name, value in {**values_for(model, item, fields, here), **links}.items():
            setattr(obj, name, value)
        save(obj, here, counts, outcome)
        result.append(obj)
    for leftovers in pool.values():
        for obj in leftovers:
            obj._change_reason = REASON
            obj.delete()
            counts[f"{model._meta.verbose_name_plural} deleted"] += 1
    return result


def canonical(item: dict) -> dict:
    return {**item, **{name: sorted(item[name]) for name in ("niches", "tips", "old_slugs")}}


def import_method(item, niches, tips, index, counts) -> None:
    where = f"methods[{index}]"
    expect_keys(item, (*METHOD_FIELDS, *METHOD_PARTS), where)
    method = method_queryset().select_for_update().filter(slug=item["slug"]).first()
    if method is not None and dump_method(method) == canonical(item):
        return
    # The method is saved (its version moved) before its parts, so its history marks when this change began
    # (guide/locking.py relies on that), and open admin forms of it are out of date.
    if method is None:
        method, outcome = Method(), "created"
    else:
        method.version += 1
        outcome = "updated"
    for name, value in values_for(Method, item, METHOD_FIELDS, where).items():
        setattr(method, name, value)
    save(method, where, counts, outcome)
    try:
        method.niches.set([niches[slug] for slug in item["niches"]])
        method.tips.set([tips[slug] for slug in item["tips"]])
    except KeyError as error:
        raise GuideFileError(f"{where}: no niche or tip with the slug {error.args[0]!r}") from error
    OldSlug.objects.filter(method=method).exclude(slug__in=item["old_slugs"]).delete()
    for slug in item["old_slugs"]:
        OldSlug.objects.update_or_create(slug=slug, defaults={"method": method})
    for position, source in enumerate(item["sources"]):
        expect_keys(source, SOURCE_FIELDS, f"{where}.sources[{position}]")
    sources = sync(Source, method.sources.all(), item["sources"], ("title", "url"), SOURCE_FIELDS,
                   f"{where}.sources", counts, extra=lambda _item, _index: {"method": method})  # fmt: skip
    for position, route in enumerate(item["routes"]):
        expect_keys(route, (*ROUTE_FIELDS, "source", "country_rules"), f"{where}.routes[{position}]")
        if route["source"] is not None and not (
            isinstance(route["source"], int) and 0 <= route["source"] < len(sources)
        ):
            raise GuideFileError(f"{where}.routes[{position}].source: no source number {route['source']!r}")

    def route_extra(route, _index):
        return {"method": method, "source": None if route["source"] is None else sources[route["source"]]}

    routes = sync(Route, method.routes.all(), item["routes"], ("name",), ROUTE_FIELDS, f"{where}.routes",
                  counts, extra=route_extra)  # fmt: skip
    for position, (route, route_item) in enumerate(zip(routes, item["routes"], strict=True)):
        for rule_position, rule in enumerate(route_item["country_rules"]):
            expect_keys(rule, RULE_FIELDS, f"{where}.routes[{position}].country_rules[{rule_position}]")
        sync(CountryRule, route.country_rules.all(), route_item["country_rules"], ("country",), RULE_FIELDS,
             f"{where}.routes[{position}].country_rules", counts,
             extra=lambda _item, _index, route=route: {"route": route})  # fmt: skip


@transaction.atomic
def import_guide(data) -> Counter:
    """Write the file's content, all or nothing; returns counts like {"methods updated": 2}."""
    keys = ("format", "version", "niches", "tips", "sections", "blocked_countries", "methods")
    # "synonyms" came later: a file without them leaves the site's synonyms alone.
    expect_keys(data, (*keys, "synonyms") if isinstance(data, dict) and "synonyms" in data else keys, "file")
    if (data["format"], data["version"]) != (FORMAT, FORMAT_VERSION):
        raise GuideFileError(f"not a {FORMAT} file of version {FORMAT_VERSION}")
    counts = Counter()
    niches = {n.slug: n for n in Niche.objects.all()}
    for index, item in enumerate(data["niches"]):
        niche = upsert(Niche, "slug", item, NICHE_FIELDS, f"niches[{index}]", counts)
        niches[niche.slug] = niche
    tips = {t.slug: t for t in Tip.objects.all()}
    for index, item in enumerate(data["tips"]):
        tip = upsert(Tip, "slug", item, TIP_FIELDS, f"tips[{index}]", counts)
        tips[tip.slug] = tip
    for index, item in enumerate(data["sections"]):
        upsert(Section, "slug", item, SECTION_FIELDS, f"sections[{index}]", counts)
    for index, item in enumerate(data["blocked_countries"]):
        upsert(BlockedCountry, "country", item, BLOCKED_FIELDS, f"blocked_countries[{index}]", counts)
    for index, item in enumerate(data["methods"]):
        import_method(item, niches, tips, index, counts)
    for index, item in enumerate(data.get("synonyms", [])):
        upsert(Synonym, "term", item, SYNONYM_FIELDS, f"synonyms[{index}]", counts, lookup="term__iexact")
    return counts

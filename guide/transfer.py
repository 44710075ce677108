"""The whole guide as plain data (JSON), for backups and for moving content between sites.

`export_guide()` reads everything editors keep in the admin: niches, tips, sections, countries without
TikTok, search synonyms, the LIVE access rule, the dated log of rule changes, the home page's words, the pay figures behind earnings estimates, and methods with their sources, old addresses, requirement
routes, the routes' country rules and next-step links (a route, and the LIVE rule, names its source by its
place in the method's list of sources; a link names its route by name). `import_guide(data)` checks the
whole file against one typed schema (guide/transfer_schema.py), then writes it in one transaction. Items
are matched by natural keys (slugs; country codes; synonyms by term, whatever its capitals; a method's
sources by title and address, its routes by name, a route's rules by country, its links by route and
country; changes by date and summary; pay figures by method, figure, country and label, see
guide/transfer_rates.py), so importing the same file twice changes nothing. What the file does not hold follows from the
rest: ids, rendered HTML, timestamps and versions. Items missing from the file are left alone, except a
method's own parts, which end up exactly as the file lists them; a file without "synonyms", "live_access",
"changes", "home", "rates" or a method's "next_step_links" (written before they existed) leaves those alone. Imports keep history
like any other change, with "import_guide" as the reason. The default content (guide/content/) is
loaded through here too.
"""

import datetime
from collections import Counter, defaultdict

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.utils import translation
from django_countries.fields import CountryField

from guide import transfer_schema as schema
from guide.models import (
    BlockedCountry,
    Change,
    CountryRule,
    HomePage,
    LiveAccessRule,
    Method,
    NextStepLink,
    Niche,
    OldSlug,
    Route,
    Section,
    Source,
    Synonym,
    Tip,
)
from guide.transfer_rates import export_rates, import_rates
from guide.transfer_schema import FORMAT, FORMAT_VERSION, GuideFileError, validate_guide
from guide.translation import columns_for, texts_in_other_languages

REASON = "import_guide"


def fields_of(item, *but) -> tuple[str, ...]:
    """The model fields a file's item holds, as the schema names them (`but`: its parts and links)."""
    return tuple(name for name in item.model_fields if name not in but)


NICHE_FIELDS = fields_of(schema.NicheItem)
TIP_FIELDS = fields_of(schema.TipItem)
SECTION_FIELDS = fields_of(schema.SectionItem)
BLOCKED_FIELDS = fields_of(schema.BlockedCountryItem)
METHOD_FIELDS = fields_of(
    schema.MethodItem, "niches", "tips", "old_slugs", "sources", "routes", "next_step_links"
)
SOURCE_FIELDS = fields_of(schema.SourceItem)
ROUTE_FIELDS = fields_of(schema.RouteItem, "source", "country_rules")
RULE_FIELDS = fields_of(schema.CountryRuleItem)
LINK_FIELDS = fields_of(schema.NextStepLinkItem, "route")  # the route is named
SYNONYM_FIELDS = fields_of(schema.SynonymItem)
HOME_FIELDS = fields_of(schema.HomeItem)
LIVE_FIELDS = fields_of(schema.LiveAccessItem, "method", "source")  # the source is by method and place
CHANGE_FIELDS = fields_of(schema.ChangeItem, "method")  # the method is by slug


# Export


def dump(obj, fields) -> dict:
    """The named fields of obj as JSON values (dates as ISO strings, countries as codes)."""
    data = {}
    for name in fields:
        if name == "translations":
            if texts := texts_in_other_languages(
                obj
            ):  # left out when nothing is translated: files stay sparse
                data[name] = texts
            continue
        value = getattr(obj, name)
        field = obj._meta.get_field(name)
        if field.is_relation:  # a next-step link's route, by name
            value = value.name if value is not None else None
        elif isinstance(field, CountryField):
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
        Prefetch("next_step_links", queryset=NextStepLink.objects.select_related("route")),
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
        "next_step_links": [dump(link, ("route", *LINK_FIELDS)) for link in method.next_step_links.all()],
    }


def live_access_rule():
    return LiveAccessRule.objects.select_related("source__method").order_by("pk").first()


def dump_live_access(rule: LiveAccessRule | None) -> dict | None:
    if rule is None:
        return None
    source = rule.source
    return {
        **dump(rule, LIVE_FIELDS),
        "method": None if source is None else source.method.slug,
        "source": None if source is None else list(source.method.sources.all()).index(source),
    }


def dump_change(change: Change) -> dict:
    return {**dump(change, CHANGE_FIELDS), "method": change.method.slug if change.method else None}


def export_guide() -> dict:
    """Everything editors keep, as JSON-ready data in a stable order."""
    with translation.override(settings.LANGUAGE_CODE):  # each text's own field is its English
        return export_in_english()


def export_in_english() -> dict:
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "niches": [dump(niche, NICHE_FIELDS) for niche in Niche.objects.order_by("order", "slug")],
        "tips": [dump(tip, TIP_FIELDS) for tip in Tip.objects.order_by("order", "slug")],
        "sections": [dump(s, SECTION_FIELDS) for s in Section.objects.order_by("placement", "order", "slug")],
        "blocked_countries": [dump(b, BLOCKED_FIELDS) for b in BlockedCountry.objects.order_by("country")],
        "methods": [dump_method(method) for method in method_queryset().order_by("order", "slug")],
        "synonyms": [dump(synonym, SYNONYM_FIELDS) for synonym in Synonym.objects.order_by("term")],
        "live_access": dump_live_access(live_access_rule()),
        # Oldest first, as a log reads; sorted here so every database lists them alike.
        "changes": [
            dump_change(change)
            for change in sorted(Change.objects.select_related("method"), key=lambda c: (c.date, c.summary))
        ],
        "home": next((dump(home, HOME_FIELDS) for home in HomePage.objects.all()), None),
        "rates": export_rates(dump),
    }


# Import


def values_for(model, item: dict, fields) -> dict:
    """JSON values turned back into model values (dates parsed; the schema has checked them; translations
    spread over their columns)."""
    values = {}
    for name in fields:
        if name == "translations":
            values |= columns_for(model, item.get(name, {}))
        elif model._meta.get_field(name).get_internal_type() == "DateField":
            values[name] = datetime.date.fromisoformat(item[name])
        else:
            values[name] = item[name]
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


def import_home(item: dict, counts: Counter) -> None:
    """The one home page row: made when missing, else updated in place (its version moves, as upsert's)."""
    home = HomePage.objects.select_for_update().first()
    if home is not None and dump(home, HOME_FIELDS) == item:
        return
    outcome = "created" if home is None else "updated"
    home = home or HomePage()
    for name, value in values_for(HomePage, item, HOME_FIELDS).items():
        setattr(home, name, value)
    if outcome == "updated":
        home.version += 1
    save(home, "home", counts, outcome)


def upsert(model, key: str, item: dict, fields, where: str, counts: Counter, lookup: str = ""):
    """Create or update one top-level item matched by `key` (`lookup`: how, if not exactly); untouched
    when the file agrees with it."""
    obj = model.objects.select_for_update().filter(**{lookup or key: item[key]}).first()
    if obj is not None and dump(obj, fields) == item:
        return obj
    outcome = "created" if obj is None else "updated"
    obj = obj or model()
    for name, value in values_for(model, item, fields).items():
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
        same = obj is not None and dump(obj, fields) == {name: item[name] for name in fields if name in item}
        if same and all(getattr(obj, name) == value for name, value in links.items()):
            result.append(obj)
            continue
        outcome = "created" if obj is None else "updated"
        obj = obj or model()
        for name, value in {**values_for(model, item, fields), **links}.items():
            setattr(obj, name, value)
        save(obj, here, counts, outcome)
        result.append(obj)
    for leftovers in pool.values():
        for obj in leftovers:
            obj._change_reason = REASON
            obj.delete()
            counts[f"{model._meta.verbose_name_plural} deleted"] += 1
    return result


def canonical(item: dict, method: Method) -> dict:
    """The file's method as export would write it; without links (an older file), the method's own count."""
    links = item["next_step_links"]
    if links is None:
        links = [dump(link, ("route", *LINK_FIELDS)) for link in method.next_step_links.all()]
    return {**item, **{name: sorted(item[name]) for name in ("niches", "tips", "old_slugs")},
            "next_step_links": links}  # fmt: skip


def import_method(item, niches, tips, index, counts) -> None:
    where = f"methods[{index}]"
    method = method_queryset().select_for_update().filter(slug=item["slug"]).first()
    if method is not None and dump_method(method) == canonical(item, method):
        return
    # The method is saved (its version moved) before its parts, so its history marks when this change began
    # (guide/locking.py relies on that), and open admin forms of it are out of date.
    if method is None:
        method, outcome = Method(), "created"
    else:
        method.version += 1
        outcome = "updated"
    for name, value in values_for(Method, item, METHOD_FIELDS).items():
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
    sources = sync(Source, method.sources.all(), item["sources"], ("title", "url"), SOURCE_FIELDS,
                   f"{where}.sources", counts, extra=lambda _item, _index: {"method": method})  # fmt: skip

    def route_extra(route, _index):
        return {"method": method, "source": None if route["source"] is None else sources[route["source"]]}

    routes = sync(Route, method.routes.all(), item["routes"], ("name",), ROUTE_FIELDS, f"{where}.routes",
                  counts, extra=route_extra)  # fmt: skip
    for position, (route, route_item) in enumerate(zip(routes, item["routes"], strict=True)):
        sync(CountryRule, route.country_rules.all(), route_item["country_rules"], ("country",), RULE_FIELDS,
             f"{where}.routes[{position}].country_rules", counts,
             extra=lambda _item, _index, route=route: {"route": route})  # fmt: skip
    if item["next_step_links"] is not None:
        route_named = {route.name: route for route in routes}  # names are unique here (the schema checks)

        def link_extra(link, _index):
            return {"method": method, "route": None if link["route"] is None else route_named[link["route"]]}

        sync(NextStepLink, method.next_step_links.select_related("route"), item["next_step_links"],
             ("route", "country"), LINK_FIELDS, f"{where}.next_step_links", counts, extra=link_extra)  # fmt: skip


def import_live_access(item: dict, counts: Counter) -> None:
    """The one LIVE access rule: updated in place (or created), any stray second row removed."""
    rule = live_access_rule()
    source = None
    if item["method"] is not None:
        sources = list(Source.objects.filter(method__slug=item["method"]))
        if not sources:
            raise GuideFileError(f"live_access.method: no method {item['method']!r} with sources")
        if item["source"] >= len(sources):
            raise GuideFileError(
                f"live_access.source: the method {item['method']!r} has no source number {item['source']}"
            )
        source = sources[item["source"]]
    if rule is not None and dump_live_access(rule) == item:
        return
    outcome = "created" if rule is None else "updated"
    rule = rule or LiveAccessRule()
    for name, value in values_for(LiveAccessRule, item, LIVE_FIELDS).items():
        setattr(rule, name, value)
    rule.source = source
    save(rule, "live_access", counts, outcome)
    LiveAccessRule.objects.exclude(pk=rule.pk).delete()


def import_change(item: dict, methods: dict, where: str, counts: Counter) -> None:
    """One entry of the log, matched by date and summary; its method by slug."""
    method = None
    if item["method"] is not None:
        method = methods.get(item["method"])
        if method is None:
            raise GuideFileError(f"{where}.method: no method with the slug {item['method']!r}")
    change = (
        Change.objects.select_for_update(of=("self",))
        .select_related("method")
        .filter(date=datetime.date.fromisoformat(item["date"]), summary=item["summary"])
        .first()
    )
    if change is not None and dump_change(change) == item:
        return
    outcome = "created" if change is None else "updated"
    change = change or Change()
    for name, value in values_for(Change, item, CHANGE_FIELDS).items():
        setattr(change, name, value)
    change.method = method
    if outcome == "updated":
        change.version += 1  # open admin forms of it are now out of date
    save(change, where, counts, outcome)


@transaction.atomic
def import_guide(data) -> Counter:
    """Write the file's content, all or nothing; returns counts like {"methods updated": 2}.

    The whole file is checked before anything is written; GuideFileError names each problem's place."""
    data = validate_guide(data)
    with translation.override(settings.LANGUAGE_CODE):  # each text's own field is its English
        return import_checked(data)


def import_checked(data: dict) -> Counter:
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
    for index, item in enumerate(data["synonyms"] or ()):
        upsert(Synonym, "term", item, SYNONYM_FIELDS, f"synonyms[{index}]", counts, lookup="term__iexact")
    if data["live_access"] is not None:
        import_live_access(data["live_access"], counts)
    if data["home"] is not None:
        import_home(data["home"], counts)
    if data["changes"]:
        methods = {method.slug: method for method in Method.objects.all()}
        for index, item in enumerate(data["changes"]):
            import_change(item, methods, f"changes[{index}]", counts)
    if data["rates"]:
        import_rates(data["rates"], dump, values_for, save, counts)
    return counts

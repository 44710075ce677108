"""After a requirement changes in the admin, offer a new entry for the public log of changes, filled in.

`requirement_snapshot(obj)` reads what a method's routes (with their per-country rules) or the LIVE rule
require, before a save and after it; `differences` words each change ("Creator Rewards Program: minimum
followers 10,000 -> 12,000 in US, GB", "Creator Rewards Program: minimum age 18 -> 19 in KR");
`offer_change_entry` puts a link on the next page to the log's add form with it filled in, to edit and
publish, or to skip.
"""

from collections.abc import Iterable
from urllib.parse import urlencode

from django.contrib import messages
from django.db.models import Model
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from guide.models import Change, LiveAccessRule, Method, Route

MAX_SUMMARY = Change._meta.get_field("summary").max_length
MAX_COUNTRIES = 6  # named in a summary; the rest are counted


def shown(value) -> str:
    """A field's value as a summary shows it: 10,000; none; yes/no; a list of codes."""
    if value is None or value == "":
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(sorted(str(item) for item in value)) or "none"
    return str(value)


def country_words(countries: Iterable[str]) -> str:
    codes = [str(code) for code in countries]
    if len(codes) <= MAX_COUNTRIES:
        return ", ".join(codes)
    return f"{', '.join(codes[:MAX_COUNTRIES])} and {len(codes) - MAX_COUNTRIES} more"


def change_summary(method_name: str, field_label: str, old, new, countries: Iterable[str] = ()) -> str:
    """'Creator Rewards Program: minimum followers 10,000 -> 12,000 in US, GB', at most a summary's length."""
    text = f"{method_name}: {field_label} {shown(old)} -> {shown(new)}"
    where = country_words(countries)
    if where:
        text += f" in {where}"
    return text if len(text) <= MAX_SUMMARY else text[: MAX_SUMMARY - 1] + "…"


def prefill_url(method: Method | int | None, summary: str, countries: Iterable[str] = ()) -> str:
    """The admin's add form for a change, filled in with the method, summary, countries and today's date."""
    query = {"date": timezone.localdate().isoformat(), "summary": summary[:MAX_SUMMARY]}
    if method is not None:
        query["method"] = method.pk if isinstance(method, Method) else method
    codes = ",".join(str(code) for code in countries)
    if codes:
        query["countries"] = codes
    return f"{reverse('admin:guide_change_add')}?{urlencode(query)}"


# What an entry words, by route field; countries are worded apart (added and removed).
ROUTE_FIELDS = {
    "min_followers": "minimum followers",
    "min_views_30d": "minimum views in 30 days",
    "min_age": "minimum age",
    "allows_personal": "personal accounts",
    "allows_business": "business accounts",
}
LIVE_FIELDS = {"min_followers": "minimum followers", "min_age": "minimum age"}
RULE_FIELDS = {name: ROUTE_FIELDS[name] for name in ("min_followers", "min_views_30d", "min_age")}

Snapshot = dict[int, dict]  # route id (or the LIVE rule's) -> its fields


def requirement_snapshot(obj: Model) -> Snapshot:
    """What a method's routes, a route, or the LIVE rule require now, as the database has it."""
    if isinstance(obj, LiveAccessRule):
        return {row["id"]: row for row in LiveAccessRule.objects.filter(pk=obj.pk).values("id", *LIVE_FIELDS)}
    routes = Route.objects.filter(method=obj) if isinstance(obj, Method) else Route.objects.filter(pk=obj.pk)
    return {
        route.pk: {"name": route.name, "countries": [c.code for c in route.countries]}
        | {name: getattr(route, name) for name in ROUTE_FIELDS}
        | {
            "rules": {
                rule.country.code: {name: getattr(rule, name) for name in RULE_FIELDS}
                for rule in route.country_rules.all()
            }
        }
        for route in routes.prefetch_related("country_rules")
    }


def rule_differences(name: str, old: dict, new: dict) -> list[tuple[str, list[str]]]:
    """A route's per-country minimums that changed, each as what applies in that country before and after
    (an empty field of a country's rule means the route's own minimum)."""
    found = []
    old_rules, new_rules = old.get("rules", {}), new.get("rules", {})
    for code in sorted(old_rules.keys() | new_rules.keys()):
        was, now = old_rules.get(code, {}), new_rules.get(code, {})
        for field, label in RULE_FIELDS.items():
            if was.get(field) is None and now.get(field) is None:
                continue  # the route's own minimum there, before and after: worded with the route's
            before = old[field] if was.get(field) is None else was[field]
            after = new[field] if now.get(field) is None else now[field]
            if before != after:
                found.append((change_summary(name, label, before, after, [code]), [code]))
    return found


def differences(
    title: str, before: Snapshot, after: Snapshot, live: bool = False
) -> list[tuple[str, list[str]]]:
    """(summary, countries) for each changed requirement of a route that was there before and after."""
    found = []
    for key in before.keys() & after.keys():
        old, new = before[key], after[key]
        countries = new.get("countries", [])
        name = title if live or len(after) == 1 else f"{title} ({new['name']})"
        for field, label in (LIVE_FIELDS if live else ROUTE_FIELDS).items():
            if old[field] != new[field]:
                found.append((change_summary(name, label, old[field], new[field], countries), countries))
        if not live and old["countries"] != new["countries"]:
            added = sorted(set(new["countries"]) - set(old["countries"]))
            removed = sorted(set(old["countries"]) - set(new["countries"]))
            words = "; ".join(
                part
                for part in (
                    added and f"now in {country_words(added)}",
                    removed and f"no longer in {country_words(removed)}",
                )
                if part
            )
            found.append((f"{name}: {words}"[:MAX_SUMMARY], added + removed))
        if not live:
            found += rule_differences(name, old, new)
    return found


def offer_change_entry(request, obj: Model, before: Snapshot) -> None:
    """A message linking to a new log entry filled in with what changed; nothing when nothing did."""
    live = isinstance(obj, LiveAccessRule)
    method = None if live else (obj if isinstance(obj, Method) else obj.method)
    changed = differences("LIVE" if live else str(method), before, requirement_snapshot(obj), live=live)
    if not changed:
        return
    summary = "; ".join(text for text, _ in changed)
    countries = sorted({code for _, codes in changed for code in codes})
    messages.info(
        request,
        format_html(
            'Creators follow what changed: <a href="{}">add this to the public log of changes</a> '
            "(“{}”, filled in for you to check and publish), or skip it if it only corrects a mistake.",
            prefill_url(method, summary, countries),
            summary if len(summary) <= MAX_SUMMARY else summary[: MAX_SUMMARY - 1] + "…",
        ),
    )

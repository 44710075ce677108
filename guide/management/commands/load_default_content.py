"""Load the guide's default content (guide/default_content.py) into an empty database.

Idempotent: when any Method exists, editors own the content and the command changes nothing.
Everything is created in one transaction, through the models' save(), which renders the markdown.
"""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction

from guide import default_content as content
from guide.models import (
    BlockedCountry,
    CountryRule,
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

METHOD_FIELDS = (
    "slug", "name", "category", "summary", "former_names", "body", "pays", "start", "apply_hint", "caveats",
    "order", "is_published", "review_every_days", "suits_any_niche",
)  # fmt: skip
ROUTE_FIELDS = (
    "name", "order", "min_followers", "min_age", "min_views_30d", "needs_live", "needs_effect_badge",
    "allows_personal", "allows_business", "countries", "next_step",
)  # fmt: skip


class Command(BaseCommand):
    help = "Load the default guide content and requirements, if the database has no methods yet."

    def handle(self, *args, **options):
        with transaction.atomic():
            # Checked inside the transaction: on SQLite (IMMEDIATE) a second run waits here; elsewhere the
            # unique slugs make a concurrent second load fail and roll back whole.
            if Method.objects.exists():
                self.stdout.write("Content already exists: left it alone, nothing changed.")
                return
            self.load()
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {len(content.METHODS)} methods, {len(content.TIPS)} tips, "
                f"{len(content.SECTIONS)} sections and {len(content.NICHES)} niches."
            )
        )

    def load(self):
        # get_or_create: niches, tips and sections an editor added before any method are kept as they are.
        niches = {
            n["slug"]: Niche.objects.get_or_create(slug=n["slug"], defaults=n)[0] for n in content.NICHES
        }
        tips = {t["slug"]: Tip.objects.get_or_create(slug=t["slug"], defaults=t)[0] for t in content.TIPS}
        for section in content.SECTIONS:
            Section.objects.get_or_create(slug=section["slug"], defaults=section)
        for synonym in content.SYNONYMS:
            Synonym.objects.get_or_create(term__iexact=synonym["term"], defaults=synonym)
        for blocked in content.BLOCKED_COUNTRIES:
            BlockedCountry.objects.get_or_create(country=blocked["country"], defaults=blocked)
        methods = {data["slug"]: self.load_method(data, niches, tips) for data in content.METHODS}
        self.load_live_access(methods)
        for link in content.NEXT_STEP_LINKS:
            method = methods[link["method"]]
            route = method.routes.get(name=link["route"]) if link["route"] else None
            NextStepLink.objects.create(
                method=method, route=route, country=link["country"], title=link["title"], url=link["url"]
            )

    def load_live_access(self, methods):
        data = content.LIVE_ACCESS
        method = methods[data["method"]]
        LiveAccessRule.objects.all().delete()  # one rule: the one written here
        LiveAccessRule.objects.create(
            min_age=data["min_age"],
            min_followers=data["min_followers"],
            source=list(method.sources.all())[data["source"]],
            note=data["note"],
            last_checked=datetime.date.fromisoformat(data["last_checked"]),
        )

    def load_method(self, data, niches, tips):
        method = Method(**{field: data[field] for field in METHOD_FIELDS})
        method.last_checked = datetime.date.fromisoformat(data["last_checked"])
        method.save()
        method.niches.set([niches[slug] for slug in data["niches"]])
        method.tips.set([tips[slug] for slug in data["tips"]])
        for slug in data["old_slugs"]:
            OldSlug.objects.create(slug=slug, method=method)
        sources = [
            Source.objects.create(method=method, order=index, **source)
            for index, source in enumerate(data["sources"])
        ]
        for route_data in data["routes"]:
            route = Route.objects.create(
                method=method,
                unchecked="\n".join(route_data["unchecked"]),
                source=None if route_data["source"] is None else sources[route_data["source"]],
                last_checked=datetime.date.fromisoformat(route_data["last_checked"]),
                **{field: route_data[field] for field in ROUTE_FIELDS},
            )
            for rule in route_data["country_rules"]:
                CountryRule.objects.create(route=route, **rule)
        return method

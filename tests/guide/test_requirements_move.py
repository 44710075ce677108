"""The requirements moved from checker to guide: a database made before the move migrates with nothing lost.

Builds the schema as it was (guide 0004, checker 0005), fills it with content, history, content types and
the Editors group's permissions through the historical models, migrates forward, and compares.
"""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from guide.models import BlockedCountry, CountryRule, LiveAccessRule, NextStepLink, Route

BEFORE = [("guide", "0004_synonyms"), ("checker", "0005_requirements_trust")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_an_existing_database_moves_without_losing_a_row():
    old = migrate(BEFORE)
    Method = old.get_model("guide", "Method")
    Source = old.get_model("guide", "Source")
    OldRoute = old.get_model("checker", "Route")
    method = Method.objects.create(
        name="Series", slug="series", category="direct", summary="s", body="b", pays="p", start="s"
    )
    source = Source.objects.create(method=method, title="Help", url="https://example.com/series")
    route = OldRoute.objects.create(
        method=method, name="Followers and views", min_followers=10_000, min_age=18, source=source,
        countries="US,KR", next_step="Apply in Studio.",
    )  # fmt: skip
    old.get_model("checker", "CountryRule").objects.create(route=route, country="KR", min_age=19)
    old.get_model("checker", "BlockedCountry").objects.create(country="IN", note="Since 2020")
    old.get_model("checker", "NextStepLink").objects.create(
        method=method, route=route, country="BR", title="Brazil", url="https://seller-br.tiktok.com/"
    )
    # The data migration made the one row; an earlier test's flush may have removed it since.
    old.get_model("checker", "LiveAccessRule").objects.all().delete()
    old.get_model("checker", "LiveAccessRule").objects.create(min_age=18, min_followers=1500)
    history = old.get_model("checker", "HistoricalRoute")
    for change, followers in (("+", 10_000), ("~", 12_000)):
        history.objects.create(
            id=route.pk, method_id=method.pk, name=route.name, order=0, min_followers=followers, min_age=18,
            needs_live=False, needs_effect_badge=False, allows_personal=True, allows_business=True,
            countries="US,KR", unchecked="", next_step="", source_id=source.pk,
            last_checked=datetime.date(2026, 11, 1), history_date=datetime.datetime(2026, 11, 1, 12, tzinfo=datetime.UTC),
            history_type=change, history_change_reason="editor",
        )  # fmt: skip
    # As on a site made before the move: the content types are checker's, the group holds their permissions
    # (a flush by an earlier test may have left guide's instead, made by post_migrate).
    moved_names = ["route", "countryrule", "blockedcountry", "nextsteplink", "liveaccessrule"]
    ContentType.objects.filter(app_label="guide", model__in=moved_names).delete()
    editors, _ = Group.objects.get_or_create(name="Editors")
    old_types = {}
    for name in moved_names:
        old_types[name], _ = ContentType.objects.get_or_create(app_label="checker", model=name)
        permission, _ = Permission.objects.get_or_create(
            content_type=old_types[name], codename=f"change_{name}", defaults={"name": f"Can change {name}"}
        )
        editors.permissions.add(permission)
    route_type = old_types["route"]

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    moved = Route.objects.get(pk=route.pk)
    assert (moved.method_id, moved.min_followers, moved.next_step) == (method.pk, 10_000, "Apply in Studio.")
    assert sorted(c.code for c in moved.countries) == ["KR", "US"] and moved.source_id == source.pk
    assert CountryRule.objects.get(route=moved).min_age == 19
    assert BlockedCountry.objects.get().note == "Since 2020"
    assert NextStepLink.objects.get().route_id == route.pk
    assert LiveAccessRule.objects.get().min_followers == 1500
    assert [h.min_followers for h in moved.history.order_by("history_date", "history_id")] == [10_000, 12_000]
    # The same content type, renamed: permissions and the Editors group's hold on them are the same rows.
    route_type.refresh_from_db()
    assert (route_type.app_label, route_type.model) == ("guide", "route")
    assert editors.permissions.filter(content_type=route_type, codename="change_route").exists()
    assert not ContentType.objects.filter(app_label="checker", model__in=moved_names).exists()
    for name in moved_names:
        assert editors.permissions.filter(content_type__app_label="guide", codename=f"change_{name}").exists()

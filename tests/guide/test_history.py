"""Every change is recorded (who, when, what) with a readable diff, and any earlier version can be restored."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from guide.history import excerpt
from guide.models import BlockedCountry, CountryRule, Method, Niche, Route, Section, Source, Tip
from tests.admin_forms import change_form_data, inline_prefix

pytestmark = pytest.mark.django_db


def edit(client, url, **changes):
    page = client.get(url)
    data = change_form_data(page)
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    return page


def test_an_admin_edit_is_recorded_with_who_when_and_what(admin_client, admin_user, make_method):
    method = make_method(summary="Before.")
    before = method.history.count()
    edit(admin_client, f"/admin/guide/method/{method.pk}/change/", summary="After.")

    assert method.history.count() == before + 1
    latest = method.history.first()
    assert (latest.history_user, latest.history_type, latest.summary) == (admin_user, "~", "After.")

    html = admin_client.get(f"/admin/guide/method/{method.pk}/history/").content.decode()
    assert "<strong>Summary:</strong> <del>Before.</del>" in html
    assert "<ins>After.</ins>" in html
    assert admin_user.username in html
    assert "Restore this version" in html


def test_many_to_many_changes_are_readable(admin_client, make_method):
    method = make_method()
    gaming = Niche.objects.create(name="Gaming", slug="gaming")
    niches = [str(pk) for pk in method.niches.values_list("pk", flat=True)] + [str(gaming.pk)]
    edit(admin_client, f"/admin/guide/method/{method.pk}/change/", niches=niches)
    html = admin_client.get(f"/admin/guide/method/{method.pk}/history/").content.decode()
    assert "<strong>Niches:</strong> <del>Education</del>" in html
    assert "<ins>Education, Gaming</ins>" in html


def test_changes_to_a_methods_routes_appear_in_its_history(admin_client, make_method):
    method = make_method()
    url = f"/admin/guide/method/{method.pk}/change/"
    page = admin_client.get(url)
    edit(admin_client, url, **{f"{inline_prefix(page, Route)}-0-min_followers": 5000})

    html = admin_client.get(f"/admin/guide/method/{method.pk}/history/").content.decode()
    assert 'id="related-history"' in html
    assert "<strong>Min followers:</strong> <del>1,000</del>" in html
    assert "<ins>5,000</ins>" in html
    route = Route.objects.get(method=method)
    assert f'href="/admin/guide/route/{route.pk}/history/"' in html


def test_restore_an_earlier_version_of_a_method(admin_client, make_method):
    method = make_method(summary="The first summary.")
    first = method.history.first()
    original_niches = set(method.niches.values_list("pk", flat=True))
    gaming = Niche.objects.create(name="Gaming", slug="gaming")
    edit(
        admin_client,
        f"/admin/guide/method/{method.pk}/change/",
        summary="A worse summary.",
        niches=[gaming.pk],
    )
    method.refresh_from_db()
    version = method.version

    restore_url = f"/admin/guide/method/{method.pk}/history/{first.history_id}/"
    page = admin_client.get(restore_url)
    assert page.status_code == 200
    assert 'value="The first summary."' in page.content.decode()
    response = admin_client.post(restore_url, change_form_data(page))

    assert response.status_code == 302
    method.refresh_from_db()
    assert method.summary == "The first summary."
    assert set(method.niches.values_list("pk", flat=True)) == original_niches
    assert method.version == version + 1
    assert method.history.first().summary == "The first summary."  # the restore is a version too
    assert method.history.filter(summary="A worse summary.").exists()  # and the replaced one stays


def test_a_restore_refuses_to_overwrite_a_change_made_after_the_page_opened(admin_client, make_method):
    method = make_method(summary="First.")
    first = method.history.first()
    edit(admin_client, f"/admin/guide/method/{method.pk}/change/", summary="Second.")
    restore_url = f"/admin/guide/method/{method.pk}/history/{first.history_id}/"
    restore_data = change_form_data(admin_client.get(restore_url))
    edit(admin_client, f"/admin/guide/method/{method.pk}/change/", summary="Third, saved meanwhile.")

    response = admin_client.post(restore_url, restore_data)
    assert response.status_code == 200
    assert "Not saved: admin changed this method after you opened this page" in response.content.decode()
    assert Method.objects.get(pk=method.pk).summary == "Third, saved meanwhile."

    again = dict(response.context["adminform"].form.data.lists())  # pressing the button again goes ahead
    assert admin_client.post(restore_url, again).status_code == 302
    assert Method.objects.get(pk=method.pk).summary == "First."


def test_a_deleted_route_can_be_brought_back_from_its_history(admin_client, make_method):
    method = make_method()
    route = Route.objects.get(method=method)
    url = f"/admin/guide/method/{method.pk}/change/"
    page = admin_client.get(url)
    edit(admin_client, url, **{f"{inline_prefix(page, Route)}-0-DELETE": "on"})
    assert not Route.objects.filter(pk=route.pk).exists()

    history = admin_client.get(f"/admin/guide/route/{route.pk}/history/")
    assert history.status_code == 200
    last_saved = Route.history.filter(id=route.pk).exclude(history_type="-").first()
    restore_url = f"/admin/guide/route/{route.pk}/history/{last_saved.history_id}/"
    response = admin_client.post(restore_url, change_form_data(admin_client.get(restore_url)))

    assert response.status_code == 302
    restored = Route.objects.get(pk=route.pk)
    assert (restored.method_id, restored.min_followers) == (method.pk, 1000)


def test_every_kind_of_content_keeps_history(make_method):
    method = make_method()
    route = Route.objects.get(method=method)
    rule = CountryRule.objects.create(route=route, country="KR", min_age=19)
    rule.min_age = 20
    rule.save()
    blocked = BlockedCountry.objects.create(country="IN", note="Banned since June 2020")
    section = Section.objects.create(title="Intro", slug="intro", body="Text.")
    for item, count in [(method, 1), (route, 1), (rule, 1), (blocked, 1), (section, 1)]:
        assert item.history.filter(history_type="+").count() == count, item
    assert rule.history.first().min_age == 20
    assert Tip.history.exists() and Source.history.exists()
    rule_id = rule.pk
    rule.delete()
    assert CountryRule.history.filter(id=rule_id, history_type="-").exists()


def test_editors_see_history_and_can_restore(client, make_method):
    call_command("create_editor", username="eddie", password="a-long-Passphrase-42", verbosity=0)
    perms = set(
        Group.objects.get(name="Editors").permissions.values_list("content_type__app_label", "codename")
    )
    assert {("guide", "view_historicalmethod"), ("guide", "view_historicalroute")} <= perms
    client.post("/admin/login/", {"username": "eddie", "password": "a-long-Passphrase-42"})
    method = make_method()
    assert client.get(f"/admin/guide/method/{method.pk}/history/").status_code == 200
    record = method.history.first()
    assert client.get(f"/admin/guide/method/{method.pk}/history/{record.history_id}/").status_code == 200


def test_long_texts_show_the_part_that_changed():
    old = (
        "A long opening paragraph about the program. " * 5
        + "Pays about $0.40 per 1,000 views."
        + " Closing." * 10
    )
    new = old.replace("$0.40", "$0.50")
    shown = excerpt(old, new)
    assert "$0.40 per 1,000 views" in shown
    assert shown.startswith("…") and shown.endswith("…")
    assert len(shown) < len(old) / 2
    assert excerpt("short", "other") == "short"

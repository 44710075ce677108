"""Every change is recorded (who, when, what) with a readable diff, and any earlier version can be restored."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from guide.history import excerpt
from guide.models import BlockedCountry, CountryRule, Method, NextStepLink, Niche, Route, Section, Source, Tip
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
    edit(admin_client, f"/admin/guide/method/{method.pk}/change/", summary_en="After.")

    assert method.history.count() == before + 1
    latest = method.history.first()
    assert (latest.history_user, latest.history_type, latest.summary) == (admin_user, "~", "After.")

    html = admin_client.get(f"/admin/guide/method/{method.pk}/history/").content.decode()
    assert "<strong>Summary [en]:</strong> <del>Before.</del>" in html
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


def test_a_method_and_its_parts_are_one_timeline_newest_first(admin_client, make_method):
    method = make_method()
    route = Route.objects.get(method=method)
    url = f"/admin/guide/method/{method.pk}/change/"
    page = admin_client.get(url)
    edit(admin_client, url, **{f"{inline_prefix(page, Route)}-0-min_followers": 5000})
    edit(admin_client, url, summary_en="Later summary.")
    CountryRule.objects.create(route=route, country="KR", min_age=19)
    NextStepLink.objects.create(method=method, title="Seller Center", url="https://example.com/seller")

    response = admin_client.get(f"/admin/guide/method/{method.pk}/history/")
    html = response.content.decode()
    whats = [record.what for record in response.context["page_obj"]]
    assert whats[:2] == ["Next-step link “Seller Center”", "Country rule “Main in South Korea”"]
    assert whats[-3:] == ["Route “Main”", f"Source “{method.sources.get().title}”", f"Method “{method.name}”"]
    summary, followers = html.index("<ins>Later summary.</ins>"), html.index("<ins>5,000</ins>")
    assert summary < followers  # newest first, the method's own versions and its parts' together
    assert "<strong>Min followers:</strong> <del>1,000</del>" in html
    first_route = Route.history.filter(id=route.pk).last()
    assert f'href="/admin/guide/route/{route.pk}/history/{first_route.history_id}/"' in html  # restore a part
    assert "Current version" in html


def test_values_read_as_an_editor_says_them(admin_client, make_method):
    method = make_method()
    route = Route.objects.get(method=method)
    old_source = route.source
    old_source_pk = old_source.pk
    new_source = Source.objects.create(method=method, title="Newsroom", url="https://example.com/news")
    route.countries, route.needs_live, route.source, route.min_views_30d = (
        ["KR", "US"],
        True,
        new_source,
        100000,
    )
    route.save()
    method.category = Method.Category.INDIRECT
    method.save()
    old_source.delete()

    html = admin_client.get(f"/admin/guide/method/{method.pk}/history/").content.decode()
    assert (
        '<del>(empty)</del> <span aria-label="changed to">→</span> <ins>South Korea, United States of America</ins>'
        in html
    )
    assert "<strong>Needs LIVE access:</strong> <del>no</del>" in html and "<ins>yes</ins>" in html
    assert "<ins>100,000</ins>" in html
    assert f"<del>#{old_source_pk} (deleted)</del>" in html and "<ins>Newsroom</ins>" in html
    assert "<ins>Indirect: your audience pays off</ins>" in html
    assert "Source “Source" in html and ": deleted" in html


def test_many_pages_of_history_are_paged_across_the_item_and_its_parts(
    admin_client, make_method, monkeypatch
):
    from guide.admin import MethodAdmin

    monkeypatch.setattr(MethodAdmin, "history_list_per_page", 3)
    method = make_method()
    route = Route.objects.get(method=method)
    for minimum in (2000, 3000):
        route.min_followers = minimum
        route.save()
    url = f"/admin/guide/method/{method.pk}/history/"
    first, second = admin_client.get(url), admin_client.get(url, {"p": 2})
    assert first.context["page_obj"].paginator.count == second.context["page_obj"].paginator.count == 7
    seen = [r.history_date for r in first.context["page_obj"]] + [
        r.history_date for r in second.context["page_obj"]
    ]
    assert seen == sorted(seen, reverse=True)
    assert admin_client.get("/admin/guide/method/abc/history/").status_code == 404


def test_restore_an_earlier_version_of_a_method(admin_client, make_method):
    method = make_method(summary="The first summary.")
    first = method.history.first()
    original_niches = set(method.niches.values_list("pk", flat=True))
    gaming = Niche.objects.create(name="Gaming", slug="gaming")
    edit(
        admin_client,
        f"/admin/guide/method/{method.pk}/change/",
        summary_en="A worse summary.",
        niches=[gaming.pk],
    )
    method.refresh_from_db()
    version = method.version

    restore_url = f"/admin/guide/method/{method.pk}/history/{first.history_id}/"
    page = admin_client.get(restore_url)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'value="The first summary."' in html
    preview = html[html.index('id="restore-preview"') : html.index("<fieldset")]
    assert "<strong>Summary [en]:</strong> <del>A worse summary.</del>" in preview
    assert "<ins>The first summary.</ins>" in preview and "<del>Gaming</del>" in preview
    response = admin_client.post(restore_url, change_form_data(page))

    assert response.status_code == 302
    assert response["Location"] == f"/admin/guide/method/{method.pk}/change/"  # the item, not the list
    method.refresh_from_db()
    assert method.summary == "The first summary."
    assert set(method.niches.values_list("pk", flat=True)) == original_niches
    assert method.version == version + 1
    assert method.history.first().summary == "The first summary."  # the restore is a version too
    assert method.history.filter(summary="A worse summary.").exists()  # and the replaced one stays


def test_a_restore_refuses_to_overwrite_a_change_made_after_the_page_opened(admin_client, make_method):
    method = make_method(summary="First.")
    first = method.history.first()
    edit(admin_client, f"/admin/guide/method/{method.pk}/change/", summary_en="Second.")
    restore_url = f"/admin/guide/method/{method.pk}/history/{first.history_id}/"
    restore_data = change_form_data(admin_client.get(restore_url))
    edit(admin_client, f"/admin/guide/method/{method.pk}/change/", summary_en="Third, saved meanwhile.")

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
    page = admin_client.get(restore_url)
    assert "was deleted: restoring brings it back" in page.content.decode()
    response = admin_client.post(restore_url, change_form_data(page))

    assert response.status_code == 302
    assert response["Location"] == f"/admin/guide/method/{method.pk}/change/"  # back to its method
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


def test_restoring_the_current_version_changes_nothing_and_says_so(admin_client, make_method):
    method = make_method()
    current = method.history.first()
    html = admin_client.get(f"/admin/guide/method/{method.pk}/history/{current.history_id}/").content.decode()
    assert "Nothing: this version is the same as the current one." in html
    assert admin_client.get(f"/admin/guide/method/{method.pk}/history/999999/").status_code == 404


def test_an_item_without_versioning_returns_to_its_own_page_after_a_restore(admin_client):
    blocked = BlockedCountry.objects.create(country="IN", note="Banned since June 2020")
    first = blocked.history.first()
    blocked.note = "Banned."
    blocked.save()
    restore_url = f"/admin/guide/blockedcountry/{blocked.pk}/history/{first.history_id}/"
    response = admin_client.post(restore_url, change_form_data(admin_client.get(restore_url)))
    assert response["Location"] == f"/admin/guide/blockedcountry/{blocked.pk}/change/"
    assert BlockedCountry.objects.get(pk=blocked.pk).note == "Banned since June 2020"


def test_an_item_without_parts_has_its_own_timeline(admin_client):
    tip = Tip.objects.create(title="A tip", slug="a-tip", summary="Before.")
    tip.summary = "After."
    tip.save()
    response = admin_client.get(f"/admin/guide/tip/{tip.pk}/history/")
    assert [record.what for record in response.context["page_obj"]] == ["Tip “A tip”"] * 2
    assert "<ins>After.</ins>" in response.content.decode()


def test_a_part_whose_parent_is_gone_is_named_by_its_id(admin_client, make_method):
    method = make_method()
    route = Route.objects.get(method=method)
    rule = CountryRule.objects.create(route=route, country="KR", min_age=19)
    route.delete()
    whats = [
        r.what for r in admin_client.get(f"/admin/guide/method/{method.pk}/history/").context["page_obj"]
    ]
    assert f"Country rule “#{rule.pk}”" in whats


def test_long_texts_unchanged_or_changed_throughout_are_cut_short():
    text = "word " * 100
    assert excerpt(text, text) == text[:90] + "…"
    changed = excerpt("a" * 400, "b" * 400)
    assert " […] " in changed and len(changed) < 250


def test_line_ends_a_browser_sends_are_no_change(admin_client, make_method):
    method = make_method(body="One.\nTwo.")
    method.body = "One.\r\nTwo. "
    method.save()
    record = method.history.first()
    html = admin_client.get(f"/admin/guide/method/{method.pk}/history/").content.decode()
    # The English is in `body` and `body_en` alike (guide.translation.originals); the page shows neither.
    assert record.diff_against(record.prev_record).changed_fields == ["body", "body_en"]
    assert "What it is [en]:" not in html

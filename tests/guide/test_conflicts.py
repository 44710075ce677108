"""Two editors, one item: the second save is refused, shows what changed, keeps the typing; nothing is lost."""

import pytest
from django.test import Client

from guide import locking
from guide.models import CountryRule, Method, Niche, Route, Section, Source, Tip
from tests.admin_forms import change_form_data, inline_prefix

pytestmark = pytest.mark.django_db


@pytest.fixture
def alice(django_user_model):
    client = Client()
    client.force_login(
        django_user_model.objects.create_superuser("alice", "alice@example.com", "pw-alice-1234")
    )
    return client


@pytest.fixture
def bob(django_user_model):
    client = Client()
    client.force_login(django_user_model.objects.create_superuser("bob", "bob@example.com", "pw-bob-12345"))
    return client


def method_url(method):
    return f"/admin/guide/method/{method.pk}/change/"


def resubmission(response) -> dict:
    """What the browser sends when the editor presses Save again on the form they got back."""
    return dict(response.context["adminform"].form.data.lists())


def conflict_rows(response) -> list:
    conflict = response.context["adminform"].form.edit_conflict
    assert conflict is not None, "no conflict was reported"
    return conflict.rows


def test_two_editors_save_the_same_method_the_second_is_refused_and_keeps_typing(alice, bob, make_method):
    method = make_method(summary="The summary both opened.")
    alice_page, bob_page = alice.get(method_url(method)), bob.get(method_url(method))
    alice_data, bob_data = change_form_data(alice_page), change_form_data(bob_page)

    alice_data["summary_en"] = "Alice wrote this summary."
    assert alice.post(method_url(method), alice_data).status_code == 302

    bob_data["summary_en"] = "Bob typed this summary."
    response = bob.post(method_url(method), bob_data)

    assert response.status_code == 200  # the form again, not a redirect: nothing saved
    html = response.content.decode()
    assert "Not saved: alice saved this method while you had it open" in html
    assert 'value="Bob typed this summary."' in html  # the typing stays in the form
    method.refresh_from_db()
    assert method.summary == "Alice wrote this summary."  # the first save holds
    [row] = conflict_rows(response)
    assert (row.where, row.opened, row.saved, row.yours, row.outcome) == (
        "Summary [en]", "The summary both opened.", "Alice wrote this summary.", "Bob typed this summary.", "both",
    )  # fmt: skip
    assert 'id="edit-conflict"' in html and "Alice wrote this summary." in html

    # Bob has seen Alice's change and decides: saving the form again now goes through.
    again = bob.post(method_url(method), resubmission(response))
    assert again.status_code == 302
    method.refresh_from_db()
    assert method.summary == "Bob typed this summary."


def test_a_field_only_the_first_editor_changed_is_taken_into_the_second_form(alice, bob, make_method):
    method = make_method(summary="Old summary.", body="Old body.")
    alice_data = change_form_data(alice.get(method_url(method)))
    bob_data = change_form_data(bob.get(method_url(method)))
    alice_data["summary_en"] = "Alice's new summary."
    assert alice.post(method_url(method), alice_data).status_code == 302

    bob_data["body_en"] = "Bob's new body."
    response = bob.post(method_url(method), bob_data)

    assert response.status_code == 200
    [row] = conflict_rows(response)
    assert (row.where, row.outcome, row.yours) == ("Summary [en]", "taken", "Alice's new summary.")
    form = response.context["adminform"].form
    assert form["summary_en"].value() == "Alice's new summary."  # theirs, taken in
    assert form["body_en"].value() == "Bob's new body."  # and his own typing
    assert bob.post(method_url(method), resubmission(response)).status_code == 302
    method.refresh_from_db()
    assert (method.summary, method.body) == ("Alice's new summary.", "Bob's new body.")


def test_a_change_to_an_inline_route_counts_as_a_change_to_the_method(alice, bob, make_method):
    method = make_method()
    alice_page = alice.get(method_url(method))
    alice_data, bob_data = change_form_data(alice_page), change_form_data(bob.get(method_url(method)))
    routes = inline_prefix(alice_page, Route)
    version = Method.objects.get(pk=method.pk).version

    alice_data[f"{routes}-0-min_followers"] = 5000  # only the inline changes
    assert alice.post(method_url(method), alice_data).status_code == 302
    assert Method.objects.get(pk=method.pk).version == version + 1

    bob_data["summary_en"] = "Bob's summary."
    response = bob.post(method_url(method), bob_data)

    assert response.status_code == 200
    [row] = conflict_rows(response)
    assert row.where == f"Route “{method.name}: Main”: Min followers"
    assert (row.opened, row.saved, row.outcome) == ("1,000", "5,000", "taken")
    assert bob.post(method_url(method), resubmission(response)).status_code == 302
    route = Route.objects.get(method=method)
    method.refresh_from_db()
    assert (route.min_followers, method.summary) == (5000, "Bob's summary.")


def test_an_inline_route_deleted_meanwhile_is_marked_for_deletion_not_an_error(alice, bob, make_method):
    method = make_method()
    alice_page = alice.get(method_url(method))
    alice_data, bob_data = change_form_data(alice_page), change_form_data(bob.get(method_url(method)))
    routes = inline_prefix(alice_page, Route)
    alice_data[f"{routes}-0-DELETE"] = "on"
    assert alice.post(method_url(method), alice_data).status_code == 302

    bob_data["summary_en"] = "Bob's summary."
    response = bob.post(method_url(method), bob_data)

    assert [row.outcome for row in conflict_rows(response)] == ["deleted"]
    assert bob.post(method_url(method), resubmission(response)).status_code == 302
    assert not Route.objects.filter(method=method).exists()


@pytest.mark.parametrize("model, fields", [(Tip, {"summary": "One sentence."}), (Section, {"body": "Text."})])
def test_tips_and_sections_are_protected_the_same_way(alice, bob, model, fields):
    item = model.objects.create(title="An item", slug="an-item", summary="One sentence.", body="Text.")
    url = f"/admin/guide/{model._meta.model_name}/{item.pk}/change/"
    alice_data, bob_data = change_form_data(alice.get(url)), change_form_data(bob.get(url))
    alice_data["title_en"] = "Alice's title"
    assert alice.post(url, alice_data).status_code == 302
    bob_data["title_en"] = "Bob's title"
    response = bob.post(url, bob_data)
    assert response.status_code == 200
    assert "Not saved: alice saved this" in response.content.decode()
    item.refresh_from_db()
    assert item.title == "Alice's title"


def test_a_route_page_and_the_method_page_protect_each_other(alice, bob, make_method):
    method = make_method()
    route = Route.objects.get(method=method)
    route_url = f"/admin/guide/route/{route.pk}/change/"
    alice_page = alice.get(method_url(method))
    alice_data, bob_data = change_form_data(alice_page), change_form_data(bob.get(route_url))
    alice_data[f"{inline_prefix(alice_page, Route)}-0-min_followers"] = 7000
    assert alice.post(method_url(method), alice_data).status_code == 302

    bob_data["min_age"] = 21
    response = bob.post(route_url, bob_data)

    assert response.status_code == 200
    assert [(row.outcome, row.saved) for row in conflict_rows(response)] == [("taken", "7,000")]
    assert bob.post(route_url, resubmission(response)).status_code == 302
    route.refresh_from_db()
    assert (route.min_followers, route.min_age) == (7000, 21)


def test_a_route_page_save_reaches_editors_with_the_method_open(alice, bob, make_method):
    method = make_method()
    route = Route.objects.get(method=method)
    route_url = f"/admin/guide/route/{route.pk}/change/"
    route_page = alice.get(route_url)
    alice_data, bob_data = change_form_data(route_page), change_form_data(bob.get(method_url(method)))
    alice_data.update({"min_followers": 9000, "country_differences": "KR: age 19+"})
    assert alice.post(route_url, alice_data).status_code == 302
    assert CountryRule.objects.filter(route=route, country="KR").exists()

    bob_data["summary_en"] = "Bob's summary."
    response = bob.post(method_url(method), bob_data)

    assert response.status_code == 200
    assert [(row.outcome, row.saved) for row in conflict_rows(response)] == [("taken", "9,000")]
    assert bob.post(method_url(method), resubmission(response)).status_code == 302
    assert Route.objects.get(pk=route.pk).min_followers == 9000


def test_a_change_outside_the_page_does_not_stop_a_save(alice, bob, make_method):
    """A route's page holds the route and its rules; the method's summary changing meanwhile is no conflict."""
    method = make_method()
    route = Route.objects.get(method=method)
    route_url = f"/admin/guide/route/{route.pk}/change/"
    alice_data, bob_data = (
        change_form_data(alice.get(method_url(method))),
        change_form_data(bob.get(route_url)),
    )
    alice_data["summary_en"] = "Alice's summary."
    assert alice.post(method_url(method), alice_data).status_code == 302

    bob_data["min_age"] = 21
    assert bob.post(route_url, bob_data).status_code == 302
    route.refresh_from_db()
    method.refresh_from_db()
    assert (route.min_age, method.summary) == (21, "Alice's summary.")


def test_a_save_without_changes_moves_the_version_but_blocks_no_one(alice, bob, make_method):
    method = make_method()
    alice_data, bob_data = (
        change_form_data(alice.get(method_url(method))),
        change_form_data(bob.get(method_url(method))),
    )
    assert alice.post(method_url(method), alice_data).status_code == 302
    assert Method.objects.get(pk=method.pk).version == method.version + 1
    bob_data["summary_en"] = "Bob's summary."
    assert bob.post(method_url(method), bob_data).status_code == 302
    assert Method.objects.get(pk=method.pk).summary == "Bob's summary."


def test_a_form_without_its_version_is_refused_when_it_would_overwrite(alice, bob, make_method):
    method = make_method()
    bob_data = change_form_data(bob.get(method_url(method)))
    alice_data = change_form_data(alice.get(method_url(method)))
    alice_data["summary_en"] = "Alice's summary."
    assert alice.post(method_url(method), alice_data).status_code == 302
    del bob_data["version"]
    response = bob.post(method_url(method), bob_data)
    assert response.status_code == 200
    assert [row.outcome for row in conflict_rows(response)] == ["differs"]
    assert Method.objects.get(pk=method.pk).summary == "Alice's summary."


def test_the_version_moves_only_from_the_expected_one(make_method):
    method = make_method()
    start = method.version
    locking.bump_version(method, expected=start)
    assert method.version == start + 1
    with pytest.raises(locking.EditConflict):
        locking.bump_version(method, expected=start)
    assert Method.objects.get(pk=method.pk).version == start + 1


def test_a_save_that_loses_the_race_at_the_write_runs_again(alice, make_method, monkeypatch):
    """Without row locks (SQLite's deferred transactions), another save can slip in after the check; the
    conditional UPDATE then refuses, the transaction rolls back, and the view runs again."""
    method = make_method()
    data = change_form_data(alice.get(method_url(method)))
    real_bump, calls = locking.bump_version, []

    def losing_once(holder, expected=None):
        calls.append(expected)
        if len(calls) == 1:
            raise locking.EditConflict("simulated race")
        return real_bump(holder, expected)

    monkeypatch.setattr(locking, "bump_version", losing_once)
    data["summary_en"] = "Saved on the second run."
    assert alice.post(method_url(method), data).status_code == 302
    assert len(calls) == 2
    assert Method.objects.get(pk=method.pk).summary == "Saved on the second run."


@pytest.mark.parametrize("model", [Method, Tip, Section])
def test_no_change_list_edits_order_past_the_check(admin_client, make_method, model):
    """Order is edited on the item's page, which checks the version; a list's own save would not."""
    item = (
        make_method(order=5) if model is Method else model.objects.create(title="Item", slug="item", order=5)
    )
    data = {
        "form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "1", "form-MIN_NUM_FORMS": "0", "form-MAX_NUM_FORMS": "1000",
        "form-0-id": str(item.pk), "form-0-order": "6", "_save": "Save",
    }  # fmt: skip
    admin_client.post(f"/admin/guide/{model._meta.model_name}/", data)
    item_after = model.objects.get(pk=item.pk)
    assert (item_after.order, item_after.version) == (5, item.version)


def test_every_kind_of_field_only_they_changed_is_taken_as_the_browser_would_send_it(alice, bob, make_method):
    method = make_method(is_published=True, caveats="Some caveat.")
    gaming = Niche.objects.create(name="Gaming", slug="gaming")
    page = alice.get(method_url(method))
    alice_data, bob_data = change_form_data(page), change_form_data(bob.get(method_url(method)))
    alice_data.update(
        {"suits_any_niche": "on", "caveats_en": "", "niches": [gaming.pk], "last_checked": "2026-12-01"}
    )
    del alice_data["is_published"]  # an unticked box is not sent
    assert alice.post(method_url(method), alice_data).status_code == 302

    bob_data["summary_en"] = "Bob's summary."
    response = bob.post(method_url(method), bob_data)
    rows = {row.where: (row.saved, row.outcome) for row in conflict_rows(response)}
    assert rows == {
        "Published": ("no", "taken"),
        "Last checked": ("2026-12-01", "taken"),
        "Caveats [en]": ("(empty)", "taken"),
        "Suits any niche": ("yes", "taken"),
        "Niches": ("Gaming", "taken"),
    }
    assert bob.post(method_url(method), resubmission(response)).status_code == 302
    method.refresh_from_db()
    assert (method.is_published, method.suits_any_niche, method.caveats, method.summary) == (
        False, True, "", "Bob's summary.",
    )  # fmt: skip
    assert list(method.niches.all()) == [gaming]


def test_a_value_that_does_not_validate_yet_counts_as_the_editors_own(alice, bob, make_method):
    method = make_method()
    page = alice.get(method_url(method))
    routes = inline_prefix(page, Route)
    alice_data, bob_data = change_form_data(page), change_form_data(bob.get(method_url(method)))
    alice_data[f"{routes}-0-min_followers"] = 5000
    assert alice.post(method_url(method), alice_data).status_code == 302

    bob_data[f"{routes}-0-min_followers"] = "lots"
    [row] = conflict_rows(bob.post(method_url(method), bob_data))
    assert (row.outcome, row.yours) == ("both", "(not valid yet: see the form)")


def test_parts_added_or_deleted_by_both_and_broken_form_numbers(alice, bob, make_method):
    method = make_method()
    page = alice.get(method_url(method))
    routes = inline_prefix(page, Route)
    alice_data, bob_data = change_form_data(page), change_form_data(bob.get(method_url(method)))
    alice_data[f"{routes}-0-DELETE"] = "on"
    assert alice.post(method_url(method), alice_data).status_code == 302
    Route.objects.create(method=method, name="Added meanwhile")

    bob_data[f"{routes}-0-DELETE"] = "on"  # both deleted it: nothing to say about that one
    bob_data["summary_en"] = "Bob's summary."
    rows = conflict_rows(bob.post(method_url(method), bob_data))
    assert [(row.where, row.outcome) for row in rows] == [
        (f"Route “{method.name}: Added meanwhile”", "added")
    ]

    sources = inline_prefix(page, Source)
    for broken in ({f"{sources}-INITIAL_FORMS": "x"}, {f"{sources}-0-id": ""}):
        response = bob.post(method_url(method), {**bob_data, **broken})  # tampered: no merge of those parts
        assert response.status_code == 200 and Method.objects.get(pk=method.pk).summary != "Bob's summary."


def test_inlines_the_editor_may_not_change_are_not_merged(alice, bob, make_method, monkeypatch):
    from guide.admin_routes import RouteInline

    method = make_method()
    page = alice.get(method_url(method))
    alice_data, bob_data = change_form_data(page), change_form_data(bob.get(method_url(method)))
    alice_data[f"{inline_prefix(page, Route)}-0-min_followers"] = 5000
    assert alice.post(method_url(method), alice_data).status_code == 302
    monkeypatch.setattr(RouteInline, "has_change_permission", lambda self, request, obj=None: False)
    bob_data["summary_en"] = "Bob's summary."
    assert bob.post(method_url(method), bob_data).status_code == 302  # nothing else on his page changed


def test_inlines_of_one_model_get_numbered_prefixes_as_the_admin_gives_them():
    class Twice:
        def get_formsets_with_inlines(self, request, obj):
            formset = type("Formset", (), {"get_default_prefix": staticmethod(lambda: "routes")})
            yield formset, "first"
            yield formset, "second"

    assert [prefix for prefix, _, _ in locking.inline_formsets(Twice(), None, None)] == ["routes", "routes-2"]


def test_deleting_or_moving_a_route_on_its_own_page_moves_its_methods_version(admin_client, make_method):
    method, other = make_method(), make_method()
    route = Route.objects.get(method=method)
    url = f"/admin/guide/route/{route.pk}/delete/"
    assert admin_client.post(url, {"post": "yes"}).status_code == 302
    assert Method.objects.get(pk=method.pk).version == method.version + 1

    route = Route.objects.get(method=other)
    data = {"action": "delete_selected", "post": "yes", "_selected_action": [route.pk]}
    assert admin_client.post("/admin/guide/route/", data).status_code == 302
    assert not Route.objects.filter(pk=route.pk).exists()
    assert Method.objects.get(pk=other.pk).version == other.version + 1


def test_a_deleted_method_can_be_restored_and_a_missing_one_is_not_saved(admin_client, make_method):
    method = make_method(summary="Gone, then back.")
    record = method.history.first()
    pk = method.pk
    method.delete()
    assert admin_client.get(f"/admin/guide/method/{pk}/history/").status_code == 200  # from its history
    restore_url = f"/admin/guide/method/{pk}/history/{record.history_id}/"
    response = admin_client.post(restore_url, change_form_data(admin_client.get(restore_url)))
    assert response.status_code == 302
    assert Method.objects.get(pk=pk).summary == "Gone, then back."

    assert admin_client.post("/admin/guide/method/999999/change/", {"summary": "x"}).status_code == 302


def test_a_restore_that_loses_the_race_at_the_write_runs_again(admin_client, make_method, monkeypatch):
    method = make_method(summary="First.")
    first = method.history.first()
    method.summary = "Second."
    method.save()
    restore_url = f"/admin/guide/method/{method.pk}/history/{first.history_id}/"
    data = change_form_data(admin_client.get(restore_url))
    real_bump, calls = locking.bump_version, []

    def losing_once(holder, expected=None):
        calls.append(expected)
        if len(calls) == 1:
            raise locking.EditConflict("simulated race")
        return real_bump(holder, expected)

    monkeypatch.setattr(locking, "bump_version", losing_once)
    assert admin_client.post(restore_url, data).status_code == 302
    assert Method.objects.get(pk=method.pk).summary == "First."


def test_the_form_checks_only_items_that_are_saved_and_restores_only_the_fields_it_has(make_method):
    from django import forms

    tip = Tip.objects.create(title="A tip", slug="a-tip", summary="One sentence.")
    tip_form = forms.modelform_factory(Tip, form=locking.VersionedForm, fields=["title"])
    assert tip_form(instance=tip).holder() == tip
    new = tip_form(data={"title": "New"})
    assert new.is_valid() and new.holder() is None

    record = make_method().history.first()
    method_form = forms.modelform_factory(Method, form=locking.VersionedForm, fields=["name"])
    assert "niches" not in method_form(instance=record.instance).initial


def test_a_page_without_a_field_list_still_carries_its_version(admin_client, make_method):
    rule = CountryRule.objects.create(route=Route.objects.get(method=make_method()), country="KR", min_age=19)
    page = admin_client.get(f"/admin/guide/countryrule/{rule.pk}/change/")
    assert page.status_code == 200
    assert page.context["adminform"].form["version"].value() == rule.route.method.version


def test_deleting_a_method_needs_no_other_version_to_move(admin_client, make_method):
    method = make_method()
    assert admin_client.post(f"/admin/guide/method/{method.pk}/delete/", {"post": "yes"}).status_code == 302
    assert not Method.objects.filter(pk=method.pk).exists()

"""Two editors, one item: the second save is refused, shows what changed, keeps the typing; nothing is lost."""

import pytest
from django.test import Client

from guide import locking
from guide.models import CountryRule, Method, Route, Section, Tip
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

    alice_data["summary"] = "Alice wrote this summary."
    assert alice.post(method_url(method), alice_data).status_code == 302

    bob_data["summary"] = "Bob typed this summary."
    response = bob.post(method_url(method), bob_data)

    assert response.status_code == 200  # the form again, not a redirect: nothing saved
    html = response.content.decode()
    assert "Not saved: alice saved this method while you had it open" in html
    assert 'value="Bob typed this summary."' in html  # the typing stays in the form
    method.refresh_from_db()
    assert method.summary == "Alice wrote this summary."  # the first save holds
    [row] = conflict_rows(response)
    assert (row.where, row.opened, row.saved, row.yours, row.outcome) == (
        "Summary", "The summary both opened.", "Alice wrote this summary.", "Bob typed this summary.", "both",
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
    alice_data["summary"] = "Alice's new summary."
    assert alice.post(method_url(method), alice_data).status_code == 302

    bob_data["body"] = "Bob's new body."
    response = bob.post(method_url(method), bob_data)

    assert response.status_code == 200
    [row] = conflict_rows(response)
    assert (row.where, row.outcome, row.yours) == ("Summary", "taken", "Alice's new summary.")
    form = response.context["adminform"].form
    assert form["summary"].value() == "Alice's new summary."  # theirs, taken in
    assert form["body"].value() == "Bob's new body."  # and his own typing
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

    bob_data["summary"] = "Bob's summary."
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

    bob_data["summary"] = "Bob's summary."
    response = bob.post(method_url(method), bob_data)

    assert [row.outcome for row in conflict_rows(response)] == ["deleted"]
    assert bob.post(method_url(method), resubmission(response)).status_code == 302
    assert not Route.objects.filter(method=method).exists()


@pytest.mark.parametrize("model, fields", [(Tip, {"summary": "One sentence."}), (Section, {"body": "Text."})])
def test_tips_and_sections_are_protected_the_same_way(alice, bob, model, fields):
    item = model.objects.create(title="An item", slug="an-item", summary="One sentence.", body="Text.")
    url = f"/admin/guide/{model._meta.model_name}/{item.pk}/change/"
    alice_data, bob_data = change_form_data(alice.get(url)), change_form_data(bob.get(url))
    alice_data["title"] = "Alice's title"
    assert alice.post(url, alice_data).status_code == 302
    bob_data["title"] = "Bob's title"
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
    rules = inline_prefix(route_page, CountryRule)
    alice_data.update({"min_followers": 9000, f"{rules}-0-country": "KR", f"{rules}-0-min_age": 19})
    assert alice.post(route_url, alice_data).status_code == 302
    assert CountryRule.objects.filter(route=route, country="KR").exists()

    bob_data["summary"] = "Bob's summary."
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
    alice_data["summary"] = "Alice's summary."
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
    bob_data["summary"] = "Bob's summary."
    assert bob.post(method_url(method), bob_data).status_code == 302
    assert Method.objects.get(pk=method.pk).summary == "Bob's summary."


def test_a_form_without_its_version_is_refused_when_it_would_overwrite(alice, bob, make_method):
    method = make_method()
    bob_data = change_form_data(bob.get(method_url(method)))
    alice_data = change_form_data(alice.get(method_url(method)))
    alice_data["summary"] = "Alice's summary."
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
    data["summary"] = "Saved on the second run."
    assert alice.post(method_url(method), data).status_code == 302
    assert len(calls) == 2
    assert Method.objects.get(pk=method.pk).summary == "Saved on the second run."


def test_the_change_list_order_edit_moves_the_version(admin_client, make_method):
    method = make_method(order=5)
    data = {
        "form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "1", "form-MIN_NUM_FORMS": "0", "form-MAX_NUM_FORMS": "1000",
        "form-0-id": str(method.pk), "form-0-order": "6", "_save": "Save",
    }  # fmt: skip
    response = admin_client.post("/admin/guide/method/", data)
    assert response.status_code == 302
    method_after = Method.objects.get(pk=method.pk)
    assert (method_after.order, method_after.version) == (6, method.version + 1)

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command

from guide.models import Method
from tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    call_command("create_editor", username="eddie", password="a-long-Passphrase-42", verbosity=0)
    # Through the login page, as an editor does (django-axes watches it; client.login has no request for it).
    response = client.post(
        "/admin/login/", {"username": "eddie", "password": "a-long-Passphrase-42", "next": "/admin/"}
    )
    assert response.status_code == 302
    return client


def test_editors_group_can_edit_guide_content_and_nothing_else():
    perms = set(
        Group.objects.get(name="Editors").permissions.values_list("content_type__app_label", "codename")
    )
    assert ("guide", "change_method") in perms
    assert ("guide", "change_route") in perms
    assert ("guide", "add_countryrule") in perms
    assert ("guide", "change_synonym") in perms
    assert {label for label, _ in perms} == {"guide"}


def test_the_editors_group_is_kept_by_migrate_not_by_a_migration_per_model():
    group = Group.objects.get(name="Editors")
    group.permissions.clear()  # as if a new content model's permissions had just been created
    call_command("migrate", verbosity=0)  # nothing to apply: post_migrate still runs
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"change_method", "change_route", "change_liveaccessrule", "view_historicalroute"} <= codenames


def test_create_editor_makes_a_staff_account_that_is_not_superuser():
    call_command("create_editor", username="sam", password="a-long-Passphrase-42", verbosity=0)
    user = User.objects.get(username="sam")
    assert user.is_staff and not user.is_superuser
    assert user.groups.filter(name="Editors").exists()


def test_editor_changes_a_method_and_the_public_page_shows_it(editor_client, default_content, client):
    method = Method.objects.get(slug="live-gifts")
    change_url = f"/admin/guide/method/{method.pk}/change/"
    page = editor_client.get(change_url)
    assert page.status_code == 200
    data = change_form_data(page)
    data["summary_en"] = "Edited by an editor a minute ago."
    data["body_en"] = "A fresh paragraph with **bold** news."
    response = editor_client.post(change_url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    editor_client.logout()
    html = client.get("/methods/live-gifts/").content.decode()
    assert "Edited by an editor a minute ago." in html
    assert "A fresh paragraph with <strong>bold</strong> news." in html, html[
        html.find("A fresh") - 100 : html.find("A fresh") + 200
    ]


def test_change_list_has_useful_columns_and_highlights_overdue(admin_client, default_content):
    Method.objects.filter(slug="series").update(last_checked=datetime.date(2020, 1, 1))
    html = admin_client.get("/admin/guide/method/").content.decode()
    assert "Series" in html
    assert 'class="overdue"' in html
    assert html.count('class="overdue"') == 1
    overdue_only = admin_client.get("/admin/guide/method/?review=overdue").content.decode()
    assert "Series" in overdue_only and "LIVE Gifts" not in overdue_only


def test_change_form_has_markdown_preview_and_view_on_site(admin_client, default_content):
    method = Method.objects.get(slug="series")
    html = admin_client.get(f"/admin/guide/method/{method.pk}/change/").content.decode()
    assert 'hx-post="/admin/guide/method/preview/"' in html
    assert 'id="id_body_en-preview"' in html
    assert "htmx-2.min.js" in html
    assert 'class="viewsitelink"' in html
    assert 'id="id_slug"' in html and "prepopulated" in html


def test_markdown_preview_renders_sanitised_html(admin_client):
    response = admin_client.post(
        "/admin/guide/method/preview/", {"field": "body", "body": "**hi** <script>alert(1)</script>"}
    )
    assert response.status_code == 200
    assert response.content.decode().strip() == "<p><strong>hi</strong> </p>"


def test_markdown_preview_needs_staff(client):
    response = client.post("/admin/guide/method/preview/", {"field": "body", "body": "x"})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_counts_in_the_admin_agree_with_their_nouns(make_method):
    from django.utils import timezone

    from guide.admin import MethodAdmin
    from guide.admin_routes import rules_text
    from guide.models import LiveAccessRule

    method = make_method()
    method.last_checked, method.review_every_days = timezone.localdate() - datetime.timedelta(days=1), 0
    assert "overdue (1 day)" in MethodAdmin.checked(None, method)
    method.last_checked = timezone.localdate() - datetime.timedelta(days=3)
    assert "overdue (3 days)" in MethodAdmin.checked(None, method)

    assert rules_text({"GB": {"min_followers": 1, "min_views_30d": 1}}) == "GB: 1 follower, 1 view"
    assert rules_text({"KR": {"min_age": 19, "min_followers": 5_000}}) == "KR: age 19+, 5,000 followers"
    assert str(LiveAccessRule(min_age=18, min_followers=1)) == "LIVE opens at 18+ with 1 follower"

""" "Edit this page" for editors, never for visitors, never in a page cached for visitors."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client, django_user_model):
    client.force_login(
        django_user_model.objects.create_user("eddie", password="x-long-Passphrase-42", is_staff=True)
    )
    return client


def test_an_editor_sees_a_link_to_the_methods_admin_page(staff, make_method):
    method = make_method()
    html = staff.get(method.get_absolute_url()).content.decode()
    assert f'<a href="/admin/guide/method/{method.pk}/change/">Edit this page</a>' in html


@pytest.mark.parametrize(
    ("path", "admin"),
    [("/", "/admin/guide/homepage/"), ("/tips/", "/admin/guide/tip/"), ("/check/", "/admin/guide/method/")],
)
def test_other_pages_link_where_their_content_is_kept(staff, path, admin):
    assert f'<a href="{admin}">Edit this page</a>' in staff.get(path).content.decode()


def test_search_has_nothing_of_its_own_to_edit(staff):
    assert "Edit this page" not in staff.get("/search/?q=live").content.decode()


def test_a_visitor_never_sees_it_even_after_an_editor_loaded_the_page(staff, make_method):
    method = make_method()
    assert "Edit this page" in staff.get(method.get_absolute_url()).content.decode()
    visitor = Client()
    for _ in range(2):  # made for the visitor, then from the cache
        response = visitor.get(method.get_absolute_url())
        assert "Edit this page" not in response.content.decode()

"""Review cadence: the admin's front page lists what is overdue; one tick records today's check."""

import datetime

import pytest
from django.utils import timezone

from guide.models import Method
from tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


def test_the_admin_index_lists_overdue_methods_first_thing(admin_client, make_method):
    today = timezone.localdate()
    stale = make_method(name="Stale method", last_checked=today - datetime.timedelta(days=200))
    older = make_method(name="Older method", last_checked=today - datetime.timedelta(days=400))
    make_method(name="Fresh method", last_checked=today)
    html = admin_client.get("/admin/").content.decode()
    overdue = html[
        html.index('id="overdue-methods"') : html.index("</table>", html.index('id="overdue-methods"'))
    ]
    assert "Stale method" in overdue and "Older method" in overdue
    assert "Fresh method" not in overdue
    assert overdue.index("Older method") < overdue.index("Stale method")  # most overdue first
    assert f'href="/admin/guide/method/{stale.pk}/change/"' in overdue
    assert older.review_due.strftime("%-d %b %Y") in overdue


def test_nothing_overdue_means_no_list(admin_client, make_method):
    make_method(last_checked=timezone.localdate())
    html = admin_client.get("/admin/").content.decode()
    assert 'id="overdue-methods"' not in html
    assert 'id="content-main"' in html and "Guide content" in html  # the stock index is still there


def test_staff_without_guide_permissions_see_no_list(client, django_user_model, make_method):
    make_method(last_checked=datetime.date(2020, 1, 1))
    client.force_login(django_user_model.objects.create_user("visitor", password="x", is_staff=True))
    assert 'id="overdue-methods"' not in client.get("/admin/").content.decode()


def test_i_checked_the_sources_today_sets_the_date(admin_client, make_method):
    method = make_method(last_checked=datetime.date(2020, 1, 1))
    url = f"/admin/guide/method/{method.pk}/change/"
    page = admin_client.get(url)
    assert "I checked the sources today" in page.content.decode()
    data = change_form_data(page)
    data["checked_today"] = "on"
    assert admin_client.post(url, data).status_code == 302
    method.refresh_from_db()
    assert method.last_checked == timezone.localdate()
    assert not method.is_overdue
    assert 'id="overdue-methods"' not in admin_client.get("/admin/").content.decode()


def test_without_the_tick_the_date_stays(admin_client, make_method):
    method = make_method(last_checked=datetime.date(2020, 1, 1))
    url = f"/admin/guide/method/{method.pk}/change/"
    data = change_form_data(admin_client.get(url))
    data["summary_en"] = "Edited, not checked."
    assert admin_client.post(url, data).status_code == 302
    assert Method.objects.get(pk=method.pk).last_checked == datetime.date(2020, 1, 1)

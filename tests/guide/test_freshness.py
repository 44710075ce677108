"""Visitors are told plainly when a method's rules are overdue for a check, and pages roll over daily."""

import datetime
from unittest import mock

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_an_overdue_method_says_so_on_its_page(make_method, client):
    today = timezone.localdate()
    method = make_method(last_checked=today - datetime.timedelta(days=214), review_every_days=90)
    html = client.get(method.get_absolute_url()).content.decode()
    assert "These rules were last checked 7\xa0months ago:" in html
    assert "TikTok may have changed them since" in html and "data-overdue" in html


def test_a_fresh_method_does_not(make_method, client):
    method = make_method(last_checked=timezone.localdate(), review_every_days=90)
    assert "data-overdue" not in client.get(method.get_absolute_url()).content.decode()


def test_a_cached_page_is_not_kept_past_the_day_it_was_made(make_method, client):
    """A method becomes overdue with the calendar, not with an edit: yesterday's page must not be served."""
    today = timezone.localdate()
    method = make_method(last_checked=today - datetime.timedelta(days=90), review_every_days=90)
    assert "data-overdue" not in client.get(method.get_absolute_url()).content.decode()  # due today, cached
    tomorrow = today + datetime.timedelta(days=1)
    with mock.patch("django.utils.timezone.localdate", return_value=tomorrow):
        assert "data-overdue" in client.get(method.get_absolute_url()).content.decode()

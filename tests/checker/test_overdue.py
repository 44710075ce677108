"""A method whose rules are overdue for a check says so in its result: TikTok may have changed them."""

import dataclasses
import datetime

import pytest
from django.utils import timezone

from checker.presentation import overdue_note
from checker.requirements import MethodInfo
from guide.models import Method

TODAY = datetime.date(2026, 11, 25)
INFO = MethodInfo(slug="m", name="Method", url="/methods/m/", category="direct", apply_hint="", routes={})


@pytest.mark.parametrize(
    ("checked_days_ago", "review_every", "note"),
    [
        (10, 60, ""),
        (60, 60, ""),  # due today: not yet overdue
        (61, 60, "These rules were last checked 2\xa0months ago: TikTok may have changed them."),
        (214, 90, "These rules were last checked 7\xa0months ago: TikTok may have changed them."),
        (400, 365, "These rules were last checked 1\xa0year ago: TikTok may have changed them."),
    ],
)
def test_overdue_note(checked_days_ago, review_every, note):
    checked = TODAY - datetime.timedelta(days=checked_days_ago)
    info = dataclasses.replace(
        INFO, last_checked=checked, review_due=checked + datetime.timedelta(days=review_every)
    )
    assert overdue_note(info, TODAY) == note


def test_no_dates_no_note():
    assert overdue_note(INFO, TODAY) == ""


@pytest.mark.django_db
def test_the_checker_result_of_an_overdue_method_says_so(default_content, client):
    Method.objects.filter(slug="series").update(
        last_checked=timezone.localdate() - datetime.timedelta(days=214), review_every_days=90
    )
    html = client.get("/check/", {"followers": "12,500", "age": "24", "country": "US"}).content.decode()
    # Each card runs from its data-method to the next one.
    cards = {part.split('"', 1)[0]: part for part in html.split('data-method="')[1:]}
    assert "data-overdue" in cards["series"] and "last checked 7\xa0months ago" in cards["series"]
    assert "data-overdue" not in cards["creator-rewards"]

"""A method whose rules changed in the last 90 days says so in its result, with the date."""

import dataclasses
import datetime
import re

import pytest
from django.utils import timezone

from checker.presentation import RECENT_DAYS, recent_change
from checker.requirements import MethodInfo
from guide.models import Change, Method

TODAY = datetime.date(2026, 11, 25)
INFO = MethodInfo(slug="m", name="Method", url="/methods/m/", category="direct", apply_hint="", routes={})
PROFILE = {
    "followers": "12,500",
    "age": "24",
    "country": "US",
    "views_30d": "150k",
    "account_type": "personal",
}


def info_with(*changes) -> MethodInfo:
    return dataclasses.replace(INFO, changes=tuple(changes))


@pytest.mark.parametrize(
    "days_ago, shown",
    [(0, True), (1, True), (RECENT_DAYS, True), (RECENT_DAYS + 1, False), (-1, False), (400, False)],
)
def test_only_changes_of_the_last_90_days_count(days_ago, shown):
    date = TODAY - datetime.timedelta(days=days_ago)
    assert (recent_change(info_with((date, True, "Moved")), TODAY) is not None) is shown


def test_the_latest_past_change_is_the_one_told_and_a_future_one_waits():
    info = info_with(
        (TODAY + datetime.timedelta(days=5), True, "Announced for next week"),
        (datetime.date(2026, 10, 1), True, "Minimum followers 10,000 -> 12,000"),
        (datetime.date(2026, 9, 1), True, "Older"),
    )
    change = recent_change(info, TODAY)
    assert change.text == "Rules changed on 1 Oct 2026: Minimum followers 10,000 -> 12,000"
    assert recent_change(info_with(), TODAY) is None


def test_a_change_known_only_by_its_month_says_the_month():
    change = recent_change(info_with((datetime.date(2026, 10, 1), False, "Opens in Peru")), TODAY)
    assert change.text == "Rules changed in Oct 2026: Opens in Peru"


@pytest.mark.django_db
def test_the_result_card_and_the_api_tell_a_recent_change(client, default_content):
    rewards = Method.objects.get(slug="creator-rewards")
    recent = timezone.localdate() - datetime.timedelta(days=10)
    Change.objects.create(
        date=recent, method=rewards, countries=["US"], summary="Minimum followers 10,000 -> 12,000"
    )
    Change.objects.create(date=recent, method=rewards, summary="A draft", is_published=False)

    html = client.get("/check/", PROFILE).content.decode()

    cards = dict(
        re.findall(
            r'data-method="([^"]+)" data-status="[^"]+">(.*?)</li>\s*(?=<li class="result|</ol>)', html, re.S
        )
    )
    card = cards["creator-rewards"]
    assert f'data-rules-changed="{recent:%Y-%m-%d}"' in card
    assert f"Rules changed on {recent.day} {recent:%b %Y}: Minimum followers 10,000 -&gt; 12,000" in card
    assert 'href="/changes/?method=creator-rewards"' in card
    assert not any(
        "data-rules-changed" in other for slug, other in cards.items() if slug != "creator-rewards"
    )
    results = {r["method"]: r for r in client.get("/api/check", PROFILE).json()["results"]}
    assert results["creator-rewards"]["rules_changed"] == {
        "date": recent.isoformat(),
        "summary": "Minimum followers 10,000 -> 12,000",
    }
    assert results["live-gifts"]["rules_changed"] is None


@pytest.mark.django_db
def test_the_default_contents_old_changes_say_nothing(client, default_content):
    # The newest change in the default content is from June 2026: long before "recent" on any later day.
    Change.objects.update(date=timezone.localdate() - datetime.timedelta(days=RECENT_DAYS + 1))
    assert "data-rules-changed" not in client.get("/check/", PROFILE).content.decode()

"""Requirements in words come from the routes: change a threshold and every short statement follows."""

import pytest

from guide.models import LiveAccessRule, Method, Route
from guide.requirement_text import easiest_line, requirement_line, route_line, where_to_start


def route(**fields) -> Route:
    defaults = {"name": "Main", "min_followers": 0, "min_age": None, "min_views_30d": 0, "countries": []}
    return Route(**(defaults | fields))


@pytest.mark.parametrize(
    ("fields", "line"),
    [
        ({}, "no minimum"),
        ({"min_age": 18}, "18+"),
        ({"min_age": 18, "min_followers": 10_000}, "18+ and 10,000 followers"),
        (
            {"min_age": 18, "min_followers": 10_000, "min_views_30d": 100_000, "countries": ["US", "GB"]},
            "18+, 10,000 followers and 100,000 views in 30 days (2 countries)",
        ),
        ({"countries": ["KR"]}, "no minimum (1 country)"),
        ({"min_followers": 1, "min_views_30d": 1}, "1 follower and 1 view in 30 days"),
        ({"needs_live": True}, "LIVE access"),
        ({"needs_effect_badge": True, "min_age": 18}, "18+ and an Effect House badge"),
        ({"allows_business": False, "min_followers": 1000}, "1,000 followers and a personal account"),
        ({"allows_personal": False}, "a business account"),
    ],
)
def test_route_line(fields, line):
    assert route_line(route(**fields)) == line


@pytest.mark.django_db
def test_a_changed_threshold_changes_every_line_and_the_home_page(make_method, client):
    method = make_method(name="Series")  # one route: 1,000 followers, 18+
    assert requirement_line(method) == "Needs 18+ and 1,000 followers."
    Route.objects.filter(method=method).update(min_followers=12_000)
    method = Method.objects.get(pk=method.pk)
    assert requirement_line(method) == easiest_line(method) == "Needs 18+ and 12,000 followers."

    html = client.get("/").content.decode()
    assert "Needs 18+ and 12,000 followers." in html  # the card
    assert (
        '<th scope="row">12,000</th><td><ul class="plain-list"><li><a href="/methods/' in html
    )  # the "what opens at your size" table
    page = client.get(method.get_absolute_url()).content.decode()
    assert 'content="A way to earn. Needs 18+ and 12,000 followers."' in page  # meta description
    assert '<p class="method__needs">Needs 18+ and 12,000 followers.</p>' in page  # the header's line


@pytest.mark.django_db
def test_several_routes_are_named_and_the_card_shows_the_easiest(make_method):
    method = make_method()
    Route.objects.create(method=method, name="LIVE", needs_live=True, min_age=18)
    Route.objects.create(method=method, name="Anyone", order=5)
    assert (
        requirement_line(method)
        == "Any one of: Main: 18+ and 1,000 followers; LIVE: 18+ and LIVE access; Anyone: no minimum."
    )
    assert easiest_line(method) == "3 ways in. Easiest: Anyone: no minimum."


@pytest.mark.django_db
def test_no_route_means_anyone_can_start(make_method):
    method = make_method()
    method.routes.all().delete()
    assert requirement_line(method) == easiest_line(method) == "No TikTok minimum: anyone can start."


@pytest.mark.django_db
def test_where_to_start_counts_live_access_at_the_live_rules_followers(make_method):
    big = make_method(name="Big")
    Route.objects.filter(method=big).update(min_followers=10_000)
    live = make_method(name="Live")
    Route.objects.filter(method=live).update(min_followers=0, needs_live=True)
    anyone = make_method(name="Anyone")
    anyone.routes.all().delete()
    LiveAccessRule.objects.create(min_age=18, min_followers=1_000)

    tiers = where_to_start(list(Method.objects.all()), live_followers=1_000)

    assert [(followers, [m.name for m in methods]) for followers, methods in tiers] == [
        (0, ["Anyone"]),
        (1_000, ["Live"]),
        (10_000, ["Big"]),
    ]

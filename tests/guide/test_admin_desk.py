"""The editors' desk: countries picked safely, country differences on the method's page, no list edits."""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from guide.admin_routes import parse_rules, rules_text
from guide.models import CountryRule, Method, Route
from tests.admin_forms import change_form_data, inline_prefix

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("eddie", "eddie@example.com", "a-long-Passphrase-42")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def method(make_method):
    method = make_method()
    Route.objects.filter(method=method).update(countries="US,GB,DE,FR")
    return method


def url(method) -> str:
    return f"/admin/guide/method/{method.pk}/change/"


def route_key(page, name: str) -> str:
    return f"{inline_prefix(page, Route)}-0-{name}"


def test_route_countries_get_the_two_box_filter_widget(editor, method):
    html = editor.get(url(method)).content.decode()
    assert 'class="selectfilter"' in html and 'data-field-name="countries"' in html
    assert "admin/js/SelectFilter2.js" in html


def test_dropping_countries_is_refused_with_their_names_and_nothing_saved(editor, method):
    page = editor.get(url(method))
    data = change_form_data(page)
    data[route_key(page, "countries")] = ["FR"]
    data["summary_en"] = "Typed while dropping countries."

    response = editor.post(url(method), data)

    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "removes 3 countries from the route: DE (Germany), GB (United Kingdom), US (United States of America)"
        in html
    )
    assert (
        "Yes, remove them" in html and 'type="checkbox" name="' + route_key(page, "confirm_removal") in html
    )
    assert "Typed while dropping countries." in html  # the other typing is kept
    route = Route.objects.get(method=method)
    assert {country.code for country in route.countries} == {"US", "GB", "DE", "FR"}
    assert Method.objects.get(pk=method.pk).summary == "A way to earn."


def test_dropping_countries_with_the_confirmation_saves(editor, method):
    page = editor.get(url(method))
    data = change_form_data(page)
    data[route_key(page, "countries")] = ["FR"]
    data[route_key(page, "confirm_removal")] = "on"
    assert editor.post(url(method), data).status_code == 302
    assert [country.code for country in Route.objects.get(method=method).countries] == ["FR"]


def test_the_confirmation_checkbox_is_not_shown_when_nothing_is_dropped(editor, method):
    page = editor.get(url(method))
    assert 'type="checkbox" name="' + route_key(page, "confirm_removal") not in page.content.decode()
    data = change_form_data(page)
    data[route_key(page, "countries")] = ["US", "GB", "DE", "FR", "JP"]  # adding needs no confirmation
    assert editor.post(url(method), data).status_code == 302
    assert len(Route.objects.get(method=method).countries) == 5


def test_country_differences_are_saved_from_the_method_page(editor, method):
    route = Route.objects.get(method=method)
    CountryRule.objects.create(route=route, country="GB", min_followers=5000)
    version = Method.objects.get(pk=method.pk).version
    page = editor.get(url(method))
    data = change_form_data(page)
    assert data[route_key(page, "country_differences")] == "GB: 5,000 followers"
    data[route_key(page, "country_differences")] = "KR: age 19+\nde 10k followers, 100,000 views"

    assert editor.post(url(method), data).status_code == 302

    rules = {r.country.code: (r.min_age, r.min_followers, r.min_views_30d) for r in route.country_rules.all()}
    assert rules == {"KR": (19, None, None), "DE": (None, 10_000, 100_000)}
    assert Method.objects.get(pk=method.pk).version == version + 1  # conflicts are still caught
    assert CountryRule.history.filter(route_id=route.pk, history_user__username="eddie").exists()


def test_unreadable_country_differences_are_refused_line_by_line(editor, method):
    page = editor.get(url(method))
    data = change_form_data(page)
    data[route_key(page, "country_differences")] = "XX: age 19\nKR: lots\nKR age 19\nKR age 20"
    response = editor.post(url(method), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Line 1: “XX” is not a country" in html
    assert "Line 2: KR: could not read “lots”" in html
    assert "Line 4: KR is already on an earlier line" in html
    assert not CountryRule.objects.exists()


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("KR age 19", {"KR": {"min_age": 19, "min_followers": None, "min_views_30d": None}}),
        ("South Korea: 19+ age", {"KR": {"min_age": 19, "min_followers": None, "min_views_30d": None}}),
        ("gb: followers 1.5k; views 2M", {"GB": {"min_age": None, "min_followers": 1500, "min_views_30d": 2_000_000}}),
        ("\n\nKR age 19\n", {"KR": {"min_age": 19, "min_followers": None, "min_views_30d": None}}),
        ("", {}),
    ],
)  # fmt: skip
def test_country_difference_lines_read_back_what_they_show(text, rules):
    assert parse_rules(text) == rules
    assert parse_rules(rules_text(rules)) == rules


@pytest.mark.parametrize(
    "text", ["KR", "KR: age 300", "KR: age 19, age 20", "KR: 5000", "KR: age 19 or 5,000 followers"]
)
def test_country_difference_lines_that_say_nothing_clear_are_refused(text):
    with pytest.raises(ValidationError):
        parse_rules(text)


def test_someone_elses_country_differences_are_not_overwritten(editor, admin_client, method):
    route = Route.objects.get(method=method)
    page, other_page = editor.get(url(method)), admin_client.get(url(method))
    data, other = change_form_data(page), change_form_data(other_page)
    other[route_key(other_page, "country_differences")] = "KR: age 19+"
    assert admin_client.post(url(method), other).status_code == 302

    data["summary_en"] = "Only the summary."  # the editor left the lines alone: theirs stay
    assert editor.post(url(method), data).status_code == 302
    assert [rule.country.code for rule in route.country_rules.all()] == ["KR"]

    stale = change_form_data(page)
    stale[route_key(page, "country_differences")] = "JP: age 20+"  # both changed them: refused, typing kept
    response = editor.post(url(method), stale)
    assert response.status_code == 200
    assert "Someone else changed these lines" in response.content.decode()
    assert [rule.country.code for rule in route.country_rules.all()] == ["KR"]
    resubmit = dict(response.context["adminform"].form.data.lists())
    resubmit.update(dict(response.context["inline_admin_formsets"][0].formset.forms[0].data.lists()))
    assert editor.post(url(method), resubmit).status_code == 302
    assert [rule.country.code for rule in route.country_rules.all()] == ["JP"]


def test_routes_are_not_in_the_menu_but_their_history_stays(editor, method):
    index = editor.get("/admin/").content.decode()
    assert "/admin/guide/route/" not in index and "/admin/guide/method/" in index
    route = Route.objects.get(method=method)
    assert editor.get(f"/admin/guide/route/{route.pk}/history/").status_code == 200


def test_no_content_list_has_editable_columns(editor, method):
    for model in ("method", "tip", "section"):
        response = editor.get(f"/admin/guide/{model}/")
        assert response.status_code == 200
        assert response.context["cl"].list_editable == ()


def test_lines_sent_back_unchanged_with_crlf_change_nothing(editor, method):
    route = Route.objects.get(method=method)
    CountryRule.objects.create(route=route, country="GB", min_followers=5000)
    CountryRule.objects.create(route=route, country="KR", min_age=19)
    page = editor.get(url(method))
    data = change_form_data(page)
    for name in ("country_differences", "country_differences_opened"):
        data[route_key(page, name)] = data[route_key(page, name)].replace("\n", "\r\n")  # as browsers send it
    # A browser also sends the hidden initial value Django adds for a field with a callable default.
    data[f"initial-{route_key(page, 'last_checked')}"] = data[route_key(page, "last_checked")]
    records = Route.history.filter(id=route.pk).count()
    assert editor.post(url(method), data).status_code == 302
    assert Route.history.filter(id=route.pk).count() == records  # the route was not saved again


def test_only_the_rules_that_changed_are_written(editor, method):
    route = Route.objects.get(method=method)
    kept = CountryRule.objects.create(route=route, country="GB", min_followers=5000)
    page = editor.get(url(method))
    data = change_form_data(page)
    data[route_key(page, "country_differences")] = "GB: 5,000 followers\nKR: age 19+"
    data[route_key(page, "country_differences_opened")] = "not as rendered"  # tampered: no merge, typed wins
    assert editor.post(url(method), data).status_code == 302
    assert sorted(rule.country.code for rule in route.country_rules.all()) == ["GB", "KR"]
    assert kept.history.count() == 1  # GB was left alone


def test_an_unknown_country_is_refused_without_asking_about_removals(editor, method):
    page = editor.get(url(method))
    data = change_form_data(page)
    data[route_key(page, "countries")] = ["ZZ"]
    response = editor.post(url(method), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert 'type="checkbox" name="' + route_key(page, "confirm_removal") not in html

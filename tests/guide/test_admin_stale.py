"""After a threshold changes in the admin, the editor is told where prose still states the old number."""

import datetime
import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from guide.models import CountryRule, LiveAccessRule, Method, Route, Tip
from tests.admin_forms import change_form_data, inline_prefix

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("eddie", password="a-long-Passphrase-42", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def make_quiet_method(make_method):
    """make_method, without the number in its tip's name ("Tip 1000"): a number this file looks for."""

    def make(**fields):
        method = make_method(**fields)
        method.tips.update(title="A habit")
        return method

    return make


def save_method(editor, method, **route_changes):
    url = f"/admin/guide/method/{method.pk}/change/"
    page = editor.get(url)
    data = change_form_data(page)
    prefix = inline_prefix(page, Route)
    for name, value in route_changes.items():
        data[f"{prefix}-0-{name}"] = value
    return data, url


def messages_of(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


def test_a_changed_threshold_lists_every_place_still_stating_the_old_number(editor, make_quiet_method):
    method = make_quiet_method(
        name="Series", summary="Open at 1,000 followers."
    )  # its route: 1,000 followers
    tip = Tip.objects.create(slug="grow", title="Grow", summary="Get to 1k followers first.")
    make_quiet_method(
        name="Affiliate", order=1, summary="From 1,000 followers."
    )  # listed before Series by order
    data, url = save_method(editor, method, min_followers=12_000)

    response = editor.post(url, data, follow=True)

    assert Route.objects.get(method=method).min_followers == 12_000
    text = messages_of(response)
    assert "3 places in the text still state 1,000" in text
    assert f'<a href="/admin/guide/method/{method.pk}/change/">Series · summary</a>' in text
    assert f'<a href="/admin/guide/tip/{tip.pk}/change/">Grow · summary</a>' in text
    assert "“Get to 1k followers first.”" in text
    assert text.index("Series · summary") < text.index("Affiliate · summary")  # the page just saved first


def test_no_warning_when_no_threshold_changed(editor, make_quiet_method):
    method = make_quiet_method(summary="Open at 1,000 followers.")
    data, url = save_method(editor, method, name="Renamed route")
    assert "still state" not in messages_of(editor.post(url, data, follow=True))


def test_a_changed_threshold_with_no_prose_left_says_so(editor, make_quiet_method):
    method = make_quiet_method(summary="No numbers.")
    data, url = save_method(editor, method, min_age=19)
    assert "No text on the site still states 18." in messages_of(editor.post(url, data, follow=True))


def test_the_live_rule_is_covered_too(editor, make_quiet_method):
    method = make_quiet_method(body="LIVE opens at 1,000 followers.")
    rule = LiveAccessRule.objects.create(min_age=18, min_followers=1_000)
    url = f"/admin/guide/liveaccessrule/{rule.pk}/change/"
    data = change_form_data(editor.get(url)) | {"min_followers": 1_500}
    text = messages_of(editor.post(url, data, follow=True))
    assert "1 place in the text still states 1,000" in text
    assert f"/admin/guide/method/{method.pk}/change/" in text


def test_checking_the_sources_dates_the_routes_too(editor, make_quiet_method):
    method = make_quiet_method(last_checked=datetime.date(2026, 5, 1))
    Route.objects.filter(method=method).update(last_checked=datetime.date(2026, 5, 1))
    data, url = save_method(editor, method)
    data["checked_today"] = "on"

    assert editor.post(url, data).status_code == 302

    today = timezone.localdate()
    assert Method.objects.get(pk=method.pk).last_checked == today
    route = Route.objects.get(method=method)
    assert route.last_checked == today
    assert route.history.first().history_user.username == "eddie"


def offer_of(response) -> str:
    return next(
        (html.unescape(str(m)) for m in response.context["messages"] if "public log of" in str(m)), ""
    )


def test_a_changed_requirement_offers_a_log_entry_filled_in(editor, make_quiet_method):
    method = make_quiet_method(name="Series")
    Route.objects.filter(method=method).update(countries="US,GB")
    data, url = save_method(editor, method, min_followers=12_000, countries=["US", "GB", "MX"])

    offer = offer_of(editor.post(url, data, follow=True))

    summary = "Series: minimum followers 1,000 -> 12,000 in GB, MX, US; Series: now in MX"
    assert f"“{summary}”" in offer
    link = re.search(r'href="([^"]+)"', offer)[1]
    query = parse_qs(urlsplit(link).query)
    assert urlsplit(link).path == "/admin/guide/change/add/"
    assert query["summary"] == [summary] and query["method"] == [str(method.pk)]
    assert query["countries"] == ["GB,MX,US"]
    form = editor.get(link).context["adminform"].form
    assert form.initial["summary"] == summary and sorted(form.initial["countries"]) == ["GB", "MX", "US"]


def test_no_offer_when_no_requirement_changed(editor, make_quiet_method):
    method = make_quiet_method()
    data, url = save_method(editor, method, name="Renamed route")
    assert offer_of(editor.post(url, data, follow=True)) == ""


def test_the_live_rule_offers_a_platform_wide_entry(editor):
    rule = LiveAccessRule.objects.create(min_age=18, min_followers=1_000)
    url = f"/admin/guide/liveaccessrule/{rule.pk}/change/"
    data = change_form_data(editor.get(url)) | {"min_age": 16}
    offer = offer_of(editor.post(url, data, follow=True))
    assert "“LIVE: minimum age 18 -> 16”" in offer and "method=" not in offer


def test_a_changed_country_rule_offers_a_log_entry(editor, make_quiet_method):
    method = make_quiet_method(name="Series")
    data, url = save_method(editor, method, country_differences="KR: age 19+")
    assert offer_of(editor.post(url, data, follow=True)).count("Series: minimum age 18 -> 19 in KR") == 1
    rule = CountryRule.objects.get(route__method=method, country="KR")

    # On the rule's own page (where a restore from its history lands) too.
    url = f"/admin/guide/countryrule/{rule.pk}/change/"
    data = change_form_data(editor.get(url)) | {"min_age": 20}
    offer = offer_of(editor.post(url, data, follow=True))
    assert "“Series: minimum age 19 -> 20 in KR”" in offer and f"method={method.pk}" in offer

"""Admin logins: five wrong passwords from one address, for any usernames, lock that address out for 15 minutes."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.utils import timezone

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-Passphrase-42"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("eddie", password=PASSWORD, is_staff=True)


def log_in(client, password, username="eddie", address="127.0.0.1"):
    return client.post(
        "/admin/login/", {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=address
    )


def fail(client, times, **kwargs):
    return [log_in(client, "wrong", **kwargs).status_code for _ in range(times)]


def test_axes_is_wired_as_its_docs_ask():
    assert settings.INSTALLED_APPS[-1] == "axes"
    assert settings.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert settings.AXES_ENABLED is True  # on in tests too


def test_five_failures_lock_out_even_the_right_password(client, editor):
    assert fail(client, 4) == [200, 200, 200, 200]  # the login form again, with its error
    assert fail(client, 1) == [429]
    locked = log_in(client, PASSWORD)
    assert locked.status_code == 429
    html = locked.content.decode()
    assert "Too many failed logins" in html and "Try again in 15 minutes" in html
    assert "_auth_user_id" not in client.session


def test_the_lockout_holds_an_address_across_usernames_and_only_that_address(
    client, editor, django_user_model
):
    django_user_model.objects.create_user("sam", password=PASSWORD, is_staff=True)
    # Four tries at each of ten usernames: the fifth wrong password from the address locks it.
    statuses = [status for n in range(10) for status in fail(client, 4, username=f"user{n}")]
    assert statuses[:4] == [200] * 4 and set(statuses[4:]) == {429}
    assert log_in(client, PASSWORD, username="sam").status_code == 429  # a real editor, same address
    assert log_in(client, PASSWORD, address="10.0.0.2").status_code == 302  # eddie, elsewhere


def test_the_lockout_ends_after_the_cool_off(client, editor):
    fail(client, 5)
    assert log_in(client, PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    assert log_in(client, PASSWORD).status_code == 302


def test_a_successful_login_starts_the_count_again(client, editor):
    fail(client, 4)
    assert log_in(client, PASSWORD).status_code == 302
    client.logout()
    assert fail(client, 4) == [200, 200, 200, 200]
    assert log_in(client, PASSWORD).status_code == 302


def through_proxy(client, password, forwarded, username="eddie"):
    """A login as it reaches the app behind one proxy: from the proxy's address, the client's in the header."""
    return client.post(
        "/admin/login/",
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR=forwarded,
    )


def test_behind_a_proxy_the_lockout_holds_the_client_not_the_proxy(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert [through_proxy(client, "wrong", "203.0.113.9").status_code for _ in range(5)][-1] == 429
    # Everyone else comes through the same proxy: they can still log in.
    assert through_proxy(client, PASSWORD, "198.51.100.7").status_code == 302
    # A client writing addresses of its own to the left of what the proxy appends is still itself.
    assert through_proxy(client, PASSWORD, "198.51.100.7, 203.0.113.9").status_code == 429


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.1"),  # no proxies: the header is the client's own and ignored
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "1.2.3.4, 203.0.113.9", "203.0.113.9"),  # forged on the left
        (2, "1.2.3.4, 203.0.113.9, 192.0.2.5", "203.0.113.9"),  # a CDN, then our proxy
        (2, "203.0.113.9", "10.0.0.1"),  # shorter than the proxies: did not come through them
        (1, "", "10.0.0.1"),
        (1, " , 203.0.113.9 ", "203.0.113.9"),
    ],
)
def test_the_client_address_is_the_nth_from_the_right(rf, settings, count, forwarded, expected):
    from config.client_ip import client_ip

    settings.TRUSTED_PROXY_COUNT = count
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected

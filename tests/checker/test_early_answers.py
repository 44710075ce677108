"""Answers made before the inner middleware (guide/early_answers.py) are the answers made through all of it."""

import random

import pytest
from django.conf import settings
from django.core.cache import cache

from checker import views
from checker.forms import CheckForm, quick_profile
from checker.requirements import current_requirements
from guide import caching, early_answers
from tests.checker.test_answers import random_profile

pytestmark = pytest.mark.django_db

HX = {"HX-Request": "true"}
CSP = "Content-Security-Policy"


def forget_everything():
    cache.clear()
    caching._ASKED_ONCE.clear()
    current_requirements().answers.clear()


def answer(client, path, data, headers) -> tuple[int, bytes, dict]:
    response = client.get(path, data, headers=headers)
    return response.status_code, response.content, dict(response.headers)


def test_the_skipped_middleware_is_what_early_answers_were_written_for():
    # A new layer after the page cache must be judged (does an early view need it? does it add headers?)
    # and added to early_answers.SKIPPED before it is skipped.
    after = settings.MIDDLEWARE[settings.MIDDLEWARE.index("guide.caching.PageCacheMiddleware") + 1 :]
    assert tuple(after) == early_answers.SKIPPED


@pytest.mark.parametrize("language", ["", "/es", "/pt-br"])
@pytest.mark.parametrize("kind", ["api", "fragment"])
def test_early_answers_equal_answers_through_every_layer(
    client, default_content, monkeypatch, kind, language
):
    if kind == "api" and language:
        pytest.skip("the API has one address, in English")
    rng = random.Random(16)
    profiles = [random_profile(rng) for _ in range(40)]
    profiles += [{"followers": "-1"}, {"age": "x", "country": "US"}, {}, {"country": "IN"}]
    path, headers = ("/api/check", {}) if kind == "api" else (f"{language}/check/", HX)
    view = views.api_check if kind == "api" else views.check
    early = [answer(client, path, p, headers) for p in profiles]
    forget_everything()
    monkeypatch.setattr(view, "answered_early", frozenset())  # every request through every layer
    for profile, got in zip(profiles, early, strict=True):
        assert answer(client, path, profile, headers) == got, profile
    assert all(CSP in headers and headers["X-Frame-Options"] == "DENY" for _, _, headers in early)


def test_early_answers_are_in_the_language_of_their_path(client, default_content):
    profile = {"followers": "12500", "age": "24", "country": "US"}
    english = client.get("/check/", profile, headers=HX)
    spanish = client.get("/es/check/", profile, headers=HX)
    assert english["Content-Language"] == "en" and spanish["Content-Language"] == "es"
    assert "Your results" in english.text and "Your results" not in spanish.text
    again = client.get("/check/", {**profile, "followers": "12501"}, headers=HX)  # the kept English answer
    assert again.content == english.content


def test_only_the_named_variants_of_visitors_without_cookies_are_answered_early(client, default_content):
    calls = []
    real = early_answers.answer_early

    def spy(request, match):
        calls.append(request.path)
        return real(request, match)

    profile = {"followers": "12500", "age": "24", "country": "US"}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(caching, "answer_early", spy)
        client.get("/check/", profile)  # the whole page renders the form: through every layer
        client.get("/check/", {**profile, "age": "25"}, headers={**HX, "HX-History-Restore-Request": "true"})
        client.cookies["anything"] = "1"
        client.get("/check/", {**profile, "age": "26"}, headers=HX)  # with cookies: every layer
        assert calls == []
        del client.cookies["anything"]
        client.get("/check/", {**profile, "age": "27"}, headers=HX)
        client.get("/api/check", {**profile, "age": "28"})
    assert calls == ["/check/", "/api/check"]


def test_a_focused_field_is_the_forms_own(rf, default_content):
    requirements = current_requirements()
    form = CheckForm({"age": "x"}, niches=requirements.niches)
    assert not form.is_valid()
    form.focus("age")
    assert "autofocus" in str(form["age"])
    other = CheckForm({"age": "x"}, niches=requirements.niches)
    assert "autofocus" not in str(other["age"])


@pytest.mark.parametrize("seed", range(3))
def test_the_quick_profile_is_the_forms_profile(default_content, seed):
    rng = random.Random(seed)
    requirements = current_requirements()
    for _ in range(200):
        data = random_profile(rng)
        if rng.random() < 0.3:
            data[rng.choice(list(data))] = rng.choice(["x", "-3", "12", "1.5", "AU", "1,2 mi", " us"])
        form = CheckForm(data, niches=requirements.niches, blocked=requirements.blocked_countries)
        quick = quick_profile(data, requirements.niches, requirements.blocked_countries)
        assert quick == (form.profile() if form.is_valid() else None), data


def test_an_error_in_an_early_answer_is_the_500_page_with_every_header(client, default_content, monkeypatch):
    def broken():
        raise RuntimeError("the requirements could not be read")

    monkeypatch.setattr(views, "current_requirements", broken)
    client.raise_request_exception = False
    early = client.get("/api/check", {"followers": "1", "age": "20", "country": "US"})
    monkeypatch.setattr(views.api_check, "answered_early", frozenset())
    through = client.get("/api/check", {"followers": "1", "age": "20", "country": "US"})
    assert early.status_code == through.status_code == 500
    assert set(early.headers) == set(through.headers)
    assert early.headers["X-Frame-Options"] == "DENY" and CSP in early.headers

"""Answers kept by what decides them (checker/answers.py) are exactly the answers made afresh."""

import random

import pytest
from django.core.cache import cache

from checker.requirements import current_requirements
from guide import caching
from guide.models import Rate

pytestmark = pytest.mark.django_db

COUNTRIES = ["US", "GB", "MX", "BR", "KR", "AU", "CA", "IN", "DE", "JP", "TH", "FR"]
# Around every kind of threshold the default content has (LIVE, Shop, Creator Rewards, sponsored tiers).
FOLLOWERS = [0, 50, 999, 1000, 1001, 4999, 5000, 9999, 10000, 12500, 49999, 50000, 100000, 499999, 10**6]


def random_profile(rng: random.Random) -> dict:
    profile = {
        "followers": rng.choice([*FOLLOWERS, rng.randint(0, 2_000_000)]),
        "age": rng.choice([13, 16, 17, 18, 19, 24, 40]),
        "country": rng.choice(COUNTRIES),
        "views_30d": rng.choice(["", "0", "99999", "100000", "150k", "2.5M"]),
        "live": rng.choice(["", "yes", "no"]),
        "account_type": rng.choice(["", "personal", "business"]),
        "niche": rng.choice(["", "education", "beauty"]),
        "effect_badge": rng.choice(["", "yes", "no"]),
    }
    return {name: value for name, value in profile.items() if value != ""}


def forget_everything():
    cache.clear()
    caching._ASKED_ONCE.clear()
    current_requirements().answers.clear()


@pytest.mark.parametrize("kind", ["api", "fragment"])
def test_kept_answers_are_the_answers_made_afresh(client, default_content, kind):
    rng = random.Random(15)
    # Answers alike but for followers, across every threshold: the profiles most likely to share a key.
    profiles = [
        {**base, "followers": followers}
        for base in (random_profile(rng) for _ in range(12))
        for followers in rng.sample([*FOLLOWERS, rng.randint(0, 2_000_000)], 8)
    ]
    path, headers = ("/api/check", {}) if kind == "api" else ("/check/", {"HX-Request": "true"})
    kept = [client.get(path, p, headers=headers).content for p in profiles]
    assert len(current_requirements().answers) < len(profiles)  # answers were shared, so kept ones served
    for profile, answer in zip(profiles, kept, strict=True):
        forget_everything()
        assert client.get(path, profile, headers=headers).content == answer, profile


def test_an_edit_starts_the_kept_answers_afresh(client, default_content):
    profile = {
        "followers": "12500",
        "age": "24",
        "country": "GB",
        "views_30d": "150k",
        "account_type": "personal",
    }
    before = client.get("/api/check", {**profile, "followers": "12501"}).json()
    rate = Rate.objects.get(method__slug="creator-rewards", figure="pay_per_1000_views", country="")
    rate.high = 200
    rate.save()
    after = client.get("/api/check", {**profile, "followers": "12502"}).json()
    estimate = {r["method"]: r["estimate"] for r in after["results"]}["creator-rewards"]
    assert before != after and estimate["high"] == 150

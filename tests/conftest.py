import datetime

import pytest
from django.core.cache import cache

from checker import requirements
from guide import caching
from guide.models import Method, Niche, Route, Source, Tip
from tests import content_snapshot


@pytest.fixture(autouse=True)
def fresh_caches():
    """Each test's database starts again at the same content version, so caches must start empty too."""
    cache.clear()
    caching._ASKED_ONCE.clear()
    requirements.requirements_at.cache_clear()
    yield
    cache.clear()
    caching._ASKED_ONCE.clear()
    requirements.requirements_at.cache_clear()


@pytest.fixture
def default_content(db):
    """The guide's default content, as `make run` loads it (copied back after the first time)."""
    content_snapshot.load_default_content()


@pytest.fixture
def make_method(db):
    """A small factory: a published method with one source and one route."""
    counter = iter(range(1000, 100000))

    def make(**overrides):
        n = next(counter)
        fields = {
            "name": f"Method {n}",
            "slug": f"method-{n}",
            "category": Method.Category.DIRECT,
            "summary": "A way to earn.",
            "body": "What it is.",
            "pays": "How it pays.",
            "start": "How to start.",
            "order": n,
            "last_checked": datetime.date(2026, 11, 1),
        }
        fields.update(overrides)
        method = Method.objects.create(**fields)
        source = Source.objects.create(method=method, title=f"Source {n}", url=f"https://example.com/{n}")
        Route.objects.create(method=method, name="Main", min_followers=1000, min_age=18, source=source)
        tip = Tip.objects.create(title=f"Tip {n}", slug=f"tip-{n}", summary="Do this.")
        method.tips.add(tip)
        niche, _ = Niche.objects.get_or_create(slug="education", defaults={"name": "Education"})
        method.niches.add(niche)
        return method

    return make

from checker.requirements import current_requirements
from guide.models import Route


def test_requirements_are_loaded_once_per_content_version(make_method, django_assert_num_queries):
    method = make_method(slug="memo")
    first = current_requirements()
    with django_assert_num_queries(1):  # the content version only
        assert current_requirements() is first

    Route.objects.filter(method=method).update(min_followers=5)  # a raw update bumps nothing...
    assert current_requirements() is first
    route = Route.objects.get(method=method)
    route.save()  # ...a save does, and the next call sees the new numbers

    (rules,) = [m for m in current_requirements().methods if m.slug == "memo"]
    assert rules.routes[0].min_followers == 5

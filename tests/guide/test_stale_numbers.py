"""Finding prose that still states an old threshold."""

import pytest

from guide.models import LiveAccessRule, NextStepLink, Section, Tip
from guide.stale_numbers import mentions_of, number_pattern


@pytest.mark.parametrize(
    ("number", "text", "found"),
    [
        (10_000, "Reach 10,000 followers", True),
        (10_000, "Reach 10000 followers", True),
        (10_000, "Reach 10.000 seguidores", True),
        (10_000, "Reach 10 000 followers", True),
        (10_000, "Reach 10\u202f000 followers", True),
        (10_000, "Reach 10k followers", True),
        (10_000, "Reach 10K followers.", True),
        (10_000, "(10,000+)", True),
        (100_000, "100,000 views", True),
        (100_000, "100K views", True),
        (1_500, "about 1.5k followers", True),
        (1_500, "about 1,5k seguidores", True),
        (10_000, "Reach 100,000 views", False),  # inside a longer number
        (10_000, "Reach 110,000 views", False),
        (10_000, "Reach 10,0001", False),
        (10_000, "1,000 followers", False),
        (18, "You must be 18+", True),
        (18, "age 18.", True),
        (18, "since 2018", False),
        (18, "180 days", False),
        (18, "1.18 million", False),
        (18, "18,000 views", False),
        (1_000, "1,000 followers", True),
        (1_000, "1k followers", True),
        (1_000, "11,000 followers", False),
        (1_000, "$1,000.50", False),
    ],
)
def test_number_pattern(number, text, found):
    assert bool(number_pattern(number).search(text)) is found


@pytest.mark.django_db
def test_mentions_list_every_field_that_states_an_old_number_with_a_link(make_method):
    method = make_method(
        name="Creator Rewards", summary="Pays at 10,000 followers.", caveats="Korea: 10K too."
    )
    other = make_method(name="LIVE Gifts", body="Needs 100,000 views.")  # a longer number: not listed
    route = method.routes.get()
    route.next_step = "Reach 10000 followers, then apply."
    route.save()
    NextStepLink.objects.create(
        method=method, country="US", title="Apply at 10,000", url="https://example.com"
    )
    tip = Tip.objects.create(slug="grow", title="Grow to 10,000", summary="Post daily.", body="No number.")
    section = Section.objects.create(slug="start", title="Where to start", body="| 10,000 followers | X |")
    LiveAccessRule.objects.create(min_age=18, min_followers=1000, note="1,000 followers is reported.")

    mentions = mentions_of({10_000})

    places = {(m.label, m.admin_url) for m in mentions}
    method_url = f"/admin/guide/method/{method.pk}/change/"
    assert places == {
        ("Creator Rewards · summary", method_url),
        ("Creator Rewards · caveats", method_url),
        ("Creator Rewards · route “Main” · next step when met", method_url),
        ("Creator Rewards · next-step link “Apply at 10,000” · title", method_url),
        (f"{tip} · title", f"/admin/guide/tip/{tip.pk}/change/"),
        (f"{section} · body", f"/admin/guide/section/{section.pk}/change/"),
    }
    assert all(m.number == 10_000 for m in mentions)
    assert f"/admin/guide/method/{other.pk}/change/" not in {m.admin_url for m in mentions}
    summary = next(m for m in mentions if m.label.endswith("summary"))
    assert summary.snippet == "Pays at 10,000 followers."


@pytest.mark.django_db
def test_nothing_is_listed_when_no_prose_states_the_number(make_method):
    make_method(summary="No numbers here.")
    assert mentions_of({12_345}) == []
    assert mentions_of(set()) == []


@pytest.mark.django_db
def test_a_long_field_gives_a_short_snippet(make_method):
    make_method(body="word " * 100 + "reach 10,000 followers " + "word " * 100)
    (mention,) = mentions_of({10_000})
    assert mention.snippet.startswith("…") and mention.snippet.endswith("…")
    assert "reach 10,000 followers" in mention.snippet and len(mention.snippet) < 140


@pytest.mark.django_db
def test_translations_that_state_an_old_number_are_listed_with_their_language(make_method):
    method = make_method(name="Creator Rewards", summary="Grow your audience.")
    method.summary_es = "Paga desde 10.000 seguidores."
    method.body_pt_br = "Com 10.000 seguidores você pode entrar."
    method.save()

    labels = {m.label for m in mentions_of({10_000})}

    assert labels == {"Creator Rewards · summary [es]", "Creator Rewards · what it is [pt-br]"}

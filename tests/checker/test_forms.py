import random

import pytest
from django.core.exceptions import ValidationError

from checker.forms import CheckForm

VALID = {
    "followers": "12500",
    "age": "24",
    "country": "US",
    "views_30d": "150000",
    "niche": "",
    "live": "",
    "account_type": "personal",
}
NICHES = [("education", "Education"), ("gaming", "Gaming")]


def form_with(**changes):
    return CheckForm({**VALID, **changes}, niches=NICHES)


@pytest.mark.parametrize(
    ("written", "count"),
    [
        ("12500", 12_500),
        ("12,500", 12_500),
        ("12 500", 12_500),
        ("12_500", 12_500),
        ("12.500", 12_500),  # dots as thousands separators
        ("1.250.000", 1_250_000),
        ("12.5k", 12_500),
        ("12.5K", 12_500),
        ("12k", 12_000),
        ("1.2M", 1_200_000),
        ("1.2m", 1_200_000),
        ("2b", 2_000_000_000),
        (" 9,999 ", 9_999),
        ("+500", 500),
        ("12,5k", 12_500),  # a decimal comma
        ("1,234,567", 1_234_567),
        ("0", 0),
        ("1.23456k", 1_235),
        ("١٢٣", 123),  # digits in other scripts are digits too
    ],
)
@pytest.mark.parametrize("field", ["followers", "views_30d"])
def test_counts_are_read_as_people_write_them(field, written, count):
    form = form_with(**{field: written})
    assert form.is_valid(), form.errors
    assert form.cleaned_data[field] == count


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("-5", "negative"),
        ("-1k", "negative"),
        ("abc", "invalid"),
        ("12..5", "invalid"),
        ("1e6", "invalid"),
        ("12,5k,", "invalid"),
        ("1,23,4", "invalid"),
        ("12,5", "fraction"),
        ("k", "invalid"),
        ("<script>alert(1)</script>", "invalid"),
        ("12.5", "fraction"),
        ("6b", "too_big"),
        ("99999999999999", "too_big"),
        ("1" * 31, "too_long"),
        ("NaN", "invalid"),
        ("∞", "invalid"),
        ("½", "invalid"),
    ],
)
@pytest.mark.parametrize("field", ["followers", "views_30d"])
def test_bad_counts_get_a_clear_message_on_their_field(field, written, code):
    form = form_with(**{field: written})
    assert not form.is_valid()
    assert form.has_error(field, code)
    assert set(form.errors) == {field}  # the other answers stay valid
    assert form[field].value() == written  # what the user typed is kept


@pytest.mark.parametrize(
    ("age", "ok"),
    [
        ("13", True),
        ("12", False),
        ("120", True),
        ("121", False),
        ("24", True),
        ("-1", False),
        ("twenty", False),
        ("24.5", False),
        ("", False),
        ("9" * 40, False),
    ],
)
def test_age_bounds(age, ok):
    form = form_with(age=age)
    assert form.is_valid() is ok
    if not ok:
        assert list(form.errors) == ["age"]


@pytest.mark.parametrize(
    ("country", "ok"),
    [("US", True), ("us", True), (" gb ", True), ("ZZ", False), ("USA", False), ("", False), ("<b>", False)],
)
def test_country_codes(country, ok):
    form = form_with(country=country)
    assert form.is_valid() is ok
    if ok:
        assert form.cleaned_data["country"] == country.strip().upper()


@pytest.mark.parametrize(
    ("field", "value", "ok"),
    [
        ("niche", "gaming", True),
        ("niche", "", True),
        ("niche", "cooking", False),
        ("live", "yes", True),
        ("live", "no", True),
        ("live", "", True),
        ("live", "maybe", False),
        ("account_type", "business", True),
        ("account_type", "", True),
        ("account_type", "government", False),
    ],
)
def test_choices(field, value, ok):
    assert form_with(**{field: value}).is_valid() is ok


def test_profile_maps_answers_to_the_rules():
    form = form_with(followers="12.5k", live="no", account_type="", niche="gaming")
    assert form.is_valid()
    profile = form.profile()
    # An empty account type stays unknown: the rules never assume "personal".
    assert (profile.followers, profile.live, profile.account_type, profile.niche) == (
        12_500,
        False,
        None,
        "gaming",
    )
    derived = form_with(live="")
    assert derived.is_valid()
    assert derived.profile().live is None


def selects_alike(html: str) -> str:
    """A <select>'s options and attributes, whatever their order and the whitespace between them."""
    import re

    tags = re.findall(r"<(?:select|option)[^>]*>[^<]*", html)
    return sorted(
        " ".join(sorted(re.findall(r'[\w-]+(?:="[^"]*")?', tag))) + tag.split(">")[1].strip() for tag in tags
    )


@pytest.mark.parametrize("value", ["", "KR", "US", None, "nowhere"])
def test_quick_select_writes_what_djangos_select_writes(value):
    from django import forms

    from checker.forms import COUNTRY_CHOICES, QuickSelect

    attrs = {"id": "id_country", "required": True, "aria-describedby": "help"}
    ours = QuickSelect(choices=COUNTRY_CHOICES).render("country", value, attrs)
    djangos = forms.Select(choices=COUNTRY_CHOICES).render("country", value, attrs)
    assert selects_alike(ours) == selects_alike(djangos)
    assert ours.count("<option") == len(COUNTRY_CHOICES.choices)


def test_quick_select_escapes_its_labels():
    from checker.forms import QuickSelect

    html = QuickSelect(choices=[("a&b", "<b>bold</b>")]).render("niche", "a&b")
    assert '<option value="a&amp;b" selected>&lt;b&gt;bold&lt;/b&gt;</option>' in html


def test_quick_select_reuses_a_rendering_only_for_the_same_choices_value_and_attributes():
    from checker.forms import QuickSelect

    niches = [("", "Not sure"), ("gaming", "Gaming")]
    first = QuickSelect(choices=niches).render("niche", "gaming")
    assert QuickSelect(choices=list(niches)).render("niche", "gaming") is first
    assert "Beauty" in QuickSelect(choices=[*niches, ("beauty", "Beauty")]).render("niche", "gaming")
    assert '<option value="" selected>' in QuickSelect(choices=niches).render("niche", "")
    assert "autofocus" in QuickSelect(choices=niches).render("niche", "gaming", {"autofocus": True})


def test_a_country_written_in_lower_case_shows_chosen():
    """Links may say country=kr; the select must show Korea, or the next answer would send no country."""
    form = CheckForm({"country": " kr "})
    assert '<option value="KR" selected>' in str(form["country"])


@pytest.mark.parametrize("seed", range(3))
def test_plain_digits_read_as_the_full_parsing_reads_them(seed):
    # CountField reads plain digits on a short path; a leading space sends the same digits down the whole
    # parsing (which strips it), so the two must agree on every number and every error.
    rng = random.Random(seed)
    field = CheckForm.base_fields["followers"]
    digits = ["0", "007", "5000000000", "5000000001", "9" * 30, "0" * 29 + "12", "0" * 31, "١٢", "²"]
    digits += ["".join(rng.choice("0123456789") for _ in range(rng.randint(1, 32))) for _ in range(300)]

    def read(text):
        try:
            return field.clean(text)
        except ValidationError as error:
            return error.code

    for text in digits:
        assert read(text) == read(f" {text}"), text

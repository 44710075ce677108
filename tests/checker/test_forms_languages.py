"""Numbers as Spanish and Brazilian Portuguese speakers write them, read by the checker's count fields."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from checker.forms import CountField

READ = [
    # (language, typed, number)
    ("es", "9.500", 9_500),
    ("es", "9500", 9_500),
    ("es", "1.250.000", 1_250_000),
    ("es", "12,5 mil", 12_500),
    ("es", "12,5mil", 12_500),
    ("es", "12 mil", 12_000),
    ("es", "12,5k", 12_500),
    ("es", "12,5 K", 12_500),
    ("es", "1,2 millones", 1_200_000),
    ("es", "1 millón", 1_000_000),
    ("es", "2 mill", 2_000_000),
    ("es", "1,2M", 1_200_000),
    ("es", "12,500", 12_500),  # three digits after the comma: thousands, as Mexico writes them
    ("es", "12.5k", 12_500),
    ("pt-br", "9.500", 9_500),
    ("pt-br", "12,5 mil", 12_500),
    ("pt-br", "1,2 mi", 1_200_000),
    ("pt-br", "3 milhões", 3_000_000),
    ("pt-br", "3 milhoes", 3_000_000),
    ("pt-br", "1 milhão", 1_000_000),
    ("pt-br", "1,5 bi", 1_500_000_000),
    ("en", "9.500", 9_500),
    ("en", "12,5k", 12_500),
    ("en", "2 million", 2_000_000),
]
REFUSED = [
    # (language, typed, error code)
    ("es", "12,5", "fraction"),
    ("es", "9,5", "fraction"),
    ("es", "-9.500", "negative"),
    ("es", "doce mil", "invalid"),
    ("pt-br", "12,5", "fraction"),
    ("pt-br", "muitos", "invalid"),
    ("en", "12 mil", "invalid"),  # English slang for millions: not guessed
    ("en", "12,5 mil", "invalid"),
]


def field() -> CountField:
    return CountField(noun="followers", example="12,500", required=False)


@pytest.mark.parametrize(("language", "typed", "number"), READ)
def test_reads_numbers_as_the_language_writes_them(language, typed, number):
    with translation.override(language):
        assert field().clean(typed) == number


@pytest.mark.parametrize(("language", "typed", "code"), REFUSED)
def test_refuses_what_is_not_a_whole_count(language, typed, code):
    with translation.override(language), pytest.raises(ValidationError) as caught:
        field().clean(typed)
    assert caught.value.code == code


def test_errors_in_the_language():
    with translation.override("es"), pytest.raises(ValidationError) as caught:
        field().clean("muchos")
    assert "en cifras" in caught.value.messages[0]

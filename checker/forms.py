"""The checker's form: numbers as people write them, clear messages beside each field."""

import copy
import functools
import re

from django import forms
from django.utils.choices import BaseChoiceIterator
from django.utils.text import format_lazy
from django.utils.translation import get_language, gettext_lazy, override
from django.utils.translation import gettext as _
from django_countries import countries

from checker.rules import Profile

MAX_COUNT_LENGTH = 30
MAX_COUNT = 5_000_000_000  # more than any account has; beyond this the number is a typo
SUFFIXES = {"": 1, "k": 1_000, "m": 1_000_000, "b": 1_000_000_000}
COUNT = re.compile(r"^(?P<number>\d+(?:\.\d+)?)(?P<suffix>[kmb]?)$")
# "5 million", "2.5 thousand": words creators write, read as the suffixes above.
WORD_SUFFIXES = re.compile(r"(thousands?|millions?|billions?|mln|mn|bn)$")
WORD_SUFFIX_LETTERS = {"t": "k", "m": "m", "b": "b"}
# The same in Spanish and Portuguese, read on those languages' pages: "12,5 mil" (12,500), "1,2 millones",
# "1,2 mi" and "3 milhões". Only there: in English "12 mil" is slang for millions.
LANGUAGE_WORD_SUFFIXES = {
    language: re.compile(rf"({'|'.join(sorted(words, key=len, reverse=True))})$")
    for language, words in {
        "es": ("mil", "millón", "millon", "millones", "mill"),
        "pt-br": (
            "mil",
            "milhão",
            "milhao",
            "milhões",
            "milhoes",
            "mi",
            "bilhão",
            "bilhao",
            "bilhões",
            "bilhoes",
            "bi",
        ),
    }.items()
}


def language_suffix(word: str) -> str:
    """A Spanish or Portuguese number word as its letter: mil is a thousand, millón a million."""
    return "k" if word == "mil" else "b" if word.startswith("bi") else "m"


# "12.500" or "1.250.000": dots used as thousands separators, as in much of Europe.
DOTTED_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
COMMA_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?[kmb]?$")
DECIMAL_COMMA = re.compile(r"^\d+,\d+[kmb]?$")
# Where the youngest account holder is older than TikTok's own 13 (FACTS.md, second check: Australia bans
# social media accounts for under-16s from 10 Dec 2025, press).
MIN_ACCOUNT_AGE = {"AU": (16, gettext_lazy("Australia"), gettext_lazy("since 10 December 2025"))}


class FixedChoices(BaseChoiceIterator):
    """Choices Django takes as they are: every form instance would otherwise normalise and copy them
    again (all 250 countries), which costs more than checking every method."""

    def __init__(self, choices):
        self.choices = tuple(choices)

    def __iter__(self):
        return iter(self.choices)

    def __deepcopy__(self, memo):
        return self  # immutable: shared by every form instance


@functools.lru_cache(maxsize=8)
def country_choices(language: str) -> FixedChoices:
    """The countries by name in the page's language (django-countries names and sorts them in it)."""
    with override(language):  # whatever language is active when this module is first imported
        return FixedChoices([("", _("Choose your country")), *countries])


COUNTRY_CHOICES = country_choices("en")
COUNTRY_CODES = frozenset(code for code, _name in countries)
ACCOUNT_CHOICES = FixedChoices(
    [("personal", gettext_lazy("Personal or creator")), ("business", gettext_lazy("Business"))]
)
LIVE_CHOICES = FixedChoices(
    [
        ("", gettext_lazy("Not sure: work it out from my age and followers")),
        ("yes", gettext_lazy("Yes")),
        ("no", gettext_lazy("No")),
    ]
)
BADGE_CHOICES = FixedChoices([("yes", gettext_lazy("Yes")), ("no", gettext_lazy("No"))])


@functools.lru_cache(maxsize=16)
def niche_choices(niches: tuple[tuple[str, str], ...], language: str = "en") -> FixedChoices:
    """The niche list for a set of niches (they change only with the content), in the page's language."""
    with override(language):
        return FixedChoices([("", _("Not sure / mixed")), *niches])


class CountField(forms.CharField):
    """A non-negative count written as 12500, 12,500, 12 500, 12.5k or 1.2M (and 9.500 or 12,5 mil).

    Dots followed by groups of three digits are thousands everywhere (9.500 is 9500, as Spanish and
    Portuguese write it); a comma before anything but groups of three digits is a decimal comma (12,5k)."""

    def __init__(self, *, noun: str, example: str, **kwargs):
        self.noun = noun
        required = format_lazy(
            gettext_lazy("Enter your {noun}, for example {example}."), noun=noun, example=example
        )
        super().__init__(error_messages={"required": required}, **kwargs)
        self.widget.attrs["maxlength"] = MAX_COUNT_LENGTH

    def to_python(self, value):
        # Plain digits (what most creators type, and what scripts send) read as themselves: every step
        # below leaves them unchanged, and float() is exact up to MAX_COUNT, so int() gives the same number.
        if (
            isinstance(value, str)
            and value.isdigit()
            and value.isascii()
            and len(value) <= MAX_COUNT_LENGTH
            and (number := int(value)) <= MAX_COUNT
        ):
            return number
        text = super().to_python(value)
        if text in self.empty_values:
            return None
        if len(text) > MAX_COUNT_LENGTH:
            raise forms.ValidationError(
                _("That is too long for a number of %(noun)s.") % {"noun": self.noun}, code="too_long"
            )
        compact = re.sub(r"[\s_’']", "", text).lower()
        if compact.startswith("-"):
            raise forms.ValidationError(
                _("The number of %(noun)s cannot be negative.") % {"noun": self.noun}, code="negative"
            )
        # "10k+" and "+10k": the plus says "at least", the number is what counts.
        compact = compact.removeprefix("+").removesuffix("+")
        compact = WORD_SUFFIXES.sub(lambda m: WORD_SUFFIX_LETTERS[m[1][0]], compact)
        if (words := LANGUAGE_WORD_SUFFIXES.get(get_language())) is not None:
            compact = words.sub(lambda m: language_suffix(m[1]), compact)
        if DOTTED_THOUSANDS.match(compact):
            compact = compact.replace(".", "")
        elif COMMA_THOUSANDS.match(compact):
            compact = compact.replace(",", "")
        elif DECIMAL_COMMA.match(compact):  # "12,5k" as written in much of Europe
            compact = compact.replace(",", ".")
        match = COUNT.match(compact)
        if not match:
            raise forms.ValidationError(
                _("Write the number of %(noun)s in digits, like 12500, 12,500, 12.5k or 1.2M.")
                % {"noun": self.noun},
                code="invalid",
            )
        number = float(match["number"]) * SUFFIXES[match["suffix"]]
        if not match["suffix"] and "." in match["number"]:
            raise forms.ValidationError(
                _("Use a whole number of %(noun)s, like 12500 or 12.5k.") % {"noun": self.noun},
                code="fraction",
            )
        if number > MAX_COUNT:
            raise forms.ValidationError(
                _("That is more %(noun)s than any account has: check the number.") % {"noun": self.noun},
                code="too_big",
            )
        return round(number)


class QuickSelect(forms.Select):
    """Django's own <select>, rendered once for each name, chosen value, attributes and choices, then reused.

    Django renders each <option> through its own templates: for the 250 countries that was 25 ms, most
    of the checker page's time whenever it is not served from the cache. Choices must be flat (no groups).
    """

    def render(self, name, value, attrs=None, renderer=None):
        return rendered_select(
            name,
            tuple(self.format_value(value)),
            tuple(self.build_attrs(self.attrs, attrs).items()),
            tuple((value, str(label)) for value, label in self.choices),  # labels in the page's language
            renderer,
        )


# A few hundred countries and niches, each chosen or not, with or without an error: a few MB at most.
@functools.lru_cache(maxsize=512)
def rendered_select(name: str, chosen: tuple, attrs: tuple, choices: tuple, renderer) -> str:
    return forms.Select(attrs=dict(attrs), choices=choices).render(name, list(chosen), renderer=renderer)


class Radios(forms.RadioSelect):
    """Radio buttons where only the first can carry autofocus (the view sets it on an invalid answer)."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        if index and attrs and "autofocus" in attrs:
            attrs = {key: value for key, value in attrs.items() if key != "autofocus"}
        return super().create_option(name, value, label, selected, index, subindex, attrs)


class CountryField(forms.ChoiceField):
    """An ISO 3166-1 alpha-2 code, accepted in any case, offered by name."""

    widget = QuickSelect

    def __init__(self, **kwargs):
        super().__init__(
            choices=COUNTRY_CHOICES,
            error_messages={
                "required": gettext_lazy("Choose the country you post from."),
                "invalid_choice": gettext_lazy("We don’t know that country. Choose it from the list."),
            },
            **kwargs,
        )

    def to_python(self, value):
        return super().to_python(value).strip().upper()

    def bound_data(self, data, initial):
        # So a link with country=kr shows Korea chosen, and the next answer sends KR, not an empty choice.
        return data.strip().upper() if isinstance(data, str) else data

    def valid_value(self, value):
        return value in COUNTRY_CODES  # a set, not a walk through 250 choices


class SharedFields(dict):
    """A form's fields that Django's BaseForm copies into each form as a plain dict, not field by field."""

    def __deepcopy__(self, memo):
        return dict(self)


class CheckForm(forms.Form):
    # Followers and age are needed for an answer, except where TikTok itself is unavailable (then the
    # country alone decides): clean() asks for them, not the fields.
    followers = CountField(
        noun=gettext_lazy("followers"),
        example=gettext_lazy("12,500"),
        required=False,
        label=gettext_lazy("Followers"),
        help_text=gettext_lazy("On your profile, under your name. 12.5k and 1.2M work too."),
    )
    age = forms.IntegerField(
        required=False,
        min_value=13,
        max_value=120,
        # Text with a numeric keypad, not type=number: that one drops what was typed when it is not a
        # number (so the error would sit under an empty box) and changes the value on a scroll.
        widget=forms.TextInput,
        label=gettext_lazy("Age"),
        help_text=gettext_lazy("Most ways to earn need you to be 18 or older."),
        error_messages={
            "required": gettext_lazy("Enter your age in years."),
            "invalid": gettext_lazy("Enter your age as a whole number of years, like 24."),
            "min_value": gettext_lazy(
                "Enter an age of 13 or more: no country allows TikTok accounts younger."
            ),
            "max_value": gettext_lazy("Enter an age of 120 or less."),
        },
    )
    country = CountryField(
        label=gettext_lazy("Country"),
        help_text=gettext_lazy("Where you live and post from: programs are offered country by country."),
    )
    views_30d = CountField(
        noun=gettext_lazy("video views"),
        example="150k",
        required=False,
        label=gettext_lazy("Video views in the last 30 days (if you know them)"),
        help_text=gettext_lazy(
            "TikTok Studio → Analytics → Overview, set to the last 28 days (close enough to 30)."
        ),
    )
    niche = forms.ChoiceField(
        required=False,
        label=gettext_lazy("Your niche"),
        widget=QuickSelect,
        help_text=gettext_lazy("What most of your videos are about. It ranks which methods suit you best."),
        error_messages={
            "invalid_choice": gettext_lazy("We don’t know that niche. Choose one from the list.")
        },
    )
    live = forms.ChoiceField(
        required=False,
        choices=LIVE_CHOICES,
        label=gettext_lazy("Can you go LIVE already?"),
        widget=Radios,
        help_text=gettext_lazy("Tap + to create a post: if LIVE is among the options, you can."),
        error_messages={"invalid_choice": gettext_lazy("Answer yes, no, or leave it to us.")},
    )
    account_type = forms.ChoiceField(
        required=False,
        choices=ACCOUNT_CHOICES,
        label=gettext_lazy("Account type"),
        widget=Radios,
        initial="personal",  # what an empty answer means anyway (see profile()): show it chosen
        help_text=gettext_lazy(
            "Settings and privacy → Account → Account type. Creator accounts count as personal."
        ),
        error_messages={"invalid_choice": gettext_lazy("Choose personal or business.")},
    )
    effect_badge = forms.ChoiceField(
        required=False,
        choices=BADGE_CHOICES,
        label=gettext_lazy("Do you publish effects in Effect House with a Gold, Platinum or Diamond badge?"),
        widget=Radios,
        help_text=gettext_lazy(
            "Only effect makers earn from Effect Creator Rewards. Don’t make effects? Leave it."
        ),
        error_messages={"invalid_choice": gettext_lazy("Answer yes or no, or leave it empty.")},
    )

    def __init__(self, *args, niches=(), blocked=frozenset(), **kwargs):
        # Django deep-copies every field for every form (a third of a new answer's cost): these forms share
        # one set per language and niche list instead, which nothing changes per form (focus() copies the
        # one field it marks).
        self.base_fields = shared_fields(tuple(niches), get_language())
        super().__init__(*args, **kwargs)
        self.blocked = blocked  # countries without TikTok, where the country alone decides

    def focus(self, name: str) -> None:
        """Give the field autofocus, on this form's own copy of it (the others are shared)."""
        field = copy.deepcopy(self.fields[name])
        field.widget.attrs["autofocus"] = True
        self.fields[name] = field
        self._bound_fields_cache.pop(name, None)  # a bound field made before holds the shared field

    def problems(self, data: dict) -> list[tuple[str, str, str]]:
        """What clean() adds to cleaned answers, as (field, message, code)."""
        return problems(data, self.fields, self.blocked, self._errors)

    def clean(self):
        data = super().clean()
        for name, message, code in self.problems(data):
            self.add_error(name, forms.ValidationError(message, code=code))
        return data

    def profile(self) -> Profile:
        """The validated answers as the rules' Profile (call only when the form is valid).

        An empty answer stays None ("not given"), so the rules never assume it; the Effect House badge is
        the exception: empty means no, as DESIGN.md defines it.
        """
        return profile_of(self.cleaned_data)


def problems(data: dict, fields: dict, blocked, errors=()) -> list[tuple[str, str, str]]:
    """What CheckForm.clean() adds to cleaned answers, as (field, message, code), leaving out fields that
    already have an error: also read by quick_profile(), which has no form."""
    found = []
    country, age = data.get("country"), data.get("age")
    if country not in blocked:
        for name in ("followers", "age"):
            if name not in errors and data.get(name) is None:
                found.append((name, fields[name].error_messages["required"], "required"))
    if country in MIN_ACCOUNT_AGE and age is not None and "age" not in errors:
        minimum, place, since = MIN_ACCOUNT_AGE[country]
        if age < minimum:
            message = _(
                "In %(place)s you need to be %(age)s or older to hold a social media account (%(since)s)."
            ) % {"place": place, "age": minimum, "since": since}
            found.append(("age", message, "min_value"))
    return found


def quick_profile(data, niches: tuple, blocked) -> Profile | None:
    """The Profile when every answer in data (a query) is valid, read without a form; else None.

    Building a form and its bound fields cost as much as the rules: a valid answer needs neither. The
    same shared fields clean the same values as CheckForm's full_clean() (Django reads each of these
    widgets as data.get(name)), and clean()'s checks are the same problems(): anything to say gives
    None, and the caller asks a CheckForm, which words it.
    """
    fields = shared_fields(niches, get_language())
    cleaned = {}
    try:
        for name, field in fields.items():
            cleaned[name] = field.clean(data.get(name))
    except forms.ValidationError:
        return None
    return None if problems(cleaned, fields, blocked) else profile_of(cleaned)


def profile_of(data: dict) -> Profile:
    return Profile(
        followers=data["followers"],
        age=data["age"],
        country=data["country"],
        views_30d=data["views_30d"],
        niche=data["niche"] or "",
        live={"yes": True, "no": False}.get(data["live"]),
        account_type=data["account_type"] or None,
        effect_badge=data["effect_badge"] == "yes",
    )


@functools.lru_cache(maxsize=16)
def shared_fields(niches: tuple[tuple[str, str], ...], language: str) -> SharedFields:
    """CheckForm's fields for a niche list and language, copied and set up once, then shared by its forms."""
    fields = copy.deepcopy(CheckForm.base_fields)
    fields["niche"].choices = niche_choices(niches, language)
    fields["country"].choices = country_choices(language)
    fields["age"].widget.attrs.update(inputmode="numeric", autocomplete="off")
    for name in ("followers", "views_30d"):
        # No inputmode: a phone's decimal keypad has no letters, and "12.5k" or "1.2M" need them.
        fields[name].widget.attrs.update(autocomplete="off", spellcheck="false")
    for name in ("followers", "age", "country", "views_30d", "niche"):
        # Screen readers read the help and the error with the field.
        fields[name].widget.attrs["aria-describedby"] = f"id_{name}_helptext id_{name}_error"
    return SharedFields(fields)

"""The checker's form: numbers as people write them, clear messages beside each field."""

import re
from html import escape

from django import forms
from django.forms.utils import flatatt
from django.utils.choices import BaseChoiceIterator
from django.utils.safestring import mark_safe
from django_countries import countries

from checker.rules import Profile

MAX_COUNT_LENGTH = 30
MAX_COUNT = 5_000_000_000  # more than any account has; beyond this the number is a typo
SUFFIXES = {"": 1, "k": 1_000, "m": 1_000_000, "b": 1_000_000_000}
COUNT = re.compile(r"^(?P<number>\d+(?:\.\d+)?)(?P<suffix>[kmb]?)$")
# "12.500" or "1.250.000": dots used as thousands separators, as in much of Europe.
DOTTED_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
COMMA_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?[kmb]?$")
DECIMAL_COMMA = re.compile(r"^\d+,\d+[kmb]?$")
LIVE_CHOICES = [("", "Not sure: work it out from my age and followers"), ("yes", "Yes"), ("no", "No")]


class FixedChoices(BaseChoiceIterator):
    """Choices Django takes as they are: every form instance would otherwise normalise and copy all
    250 countries again, which costs more than checking every method."""

    def __init__(self, choices):
        self.choices = tuple(choices)

    def __iter__(self):
        return iter(self.choices)

    def __deepcopy__(self, memo):
        return self  # immutable: shared by every form instance


COUNTRY_CHOICES = FixedChoices([("", "Choose your country"), *countries])
COUNTRY_CODES = frozenset(code for code, _ in countries)
ACCOUNT_CHOICES = [("personal", "Personal or creator"), ("business", "Business")]


class CountField(forms.CharField):
    """A non-negative count written as 12500, 12,500, 12 500, 12.5k or 1.2M."""

    def __init__(self, *, noun: str, example: str, **kwargs):
        self.noun = noun
        super().__init__(error_messages={"required": f"Enter your {noun}, for example {example}."}, **kwargs)
        self.widget.attrs["maxlength"] = MAX_COUNT_LENGTH

    def to_python(self, value):
        text = super().to_python(value)
        if text in self.empty_values:
            return None
        if len(text) > MAX_COUNT_LENGTH:
            raise forms.ValidationError(f"That is too long for a number of {self.noun}.", code="too_long")
        compact = re.sub(r"[\s_’']", "", text).lower()
        if compact.startswith("-"):
            raise forms.ValidationError(f"The number of {self.noun} cannot be negative.", code="negative")
        compact = compact.removeprefix("+")
        if DOTTED_THOUSANDS.match(compact):
            compact = compact.replace(".", "")
        elif COMMA_THOUSANDS.match(compact):
            compact = compact.replace(",", "")
        elif DECIMAL_COMMA.match(compact):  # "12,5k" as written in much of Europe
            compact = compact.replace(",", ".")
        match = COUNT.match(compact)
        if not match:
            raise forms.ValidationError(
                f"Write the number of {self.noun} in digits, like 12500, 12,500 or 12.5k.", code="invalid"
            )
        number = float(match["number"]) * SUFFIXES[match["suffix"]]
        if not match["suffix"] and "." in match["number"]:
            raise forms.ValidationError(
                f"Use a whole number of {self.noun}, like 12500 or 12.5k.", code="fraction"
            )
        if number > MAX_COUNT:
            raise forms.ValidationError(
                f"That is more {self.noun} than any account has: check the number.", code="too_big"
            )
        return round(number)


class QuickSelect(forms.Select):
    """A <select> written in Python, the same HTML as Django's.

    Django renders each <option> through its own templates: for the 250 countries that was 25 ms, most
    of the checker page's time whenever it is not served from the cache.
    """

    def render(self, name, value, attrs=None, renderer=None):
        chosen = set(self.format_value(value))
        options = "".join(
            f'<option value="{escape(str(code))}"{" selected" if str(code) in chosen else ""}>'
            f"{escape(str(label))}</option>"
            for code, label in self.choices
        )
        attributes = flatatt(self.build_attrs(self.attrs, attrs))
        return mark_safe(f'<select name="{escape(name)}"{attributes}>{options}</select>')  # noqa: S308 (all escaped)


class CountryField(forms.ChoiceField):
    """An ISO 3166-1 alpha-2 code, accepted in any case, offered by name."""

    widget = QuickSelect

    def __init__(self, **kwargs):
        super().__init__(
            choices=COUNTRY_CHOICES,
            error_messages={
                "required": "Choose the country you post from.",
                "invalid_choice": "We don’t know that country. Choose it from the list.",
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


class CheckForm(forms.Form):
    followers = CountField(
        noun="followers",
        example="12,500",
        help_text="On your profile, under your name. 12.5k and 1.2M work too.",
    )
    age = forms.IntegerField(
        min_value=13,
        max_value=120,
        # Text with a numeric keypad, not type=number: that one drops what was typed when it is not a
        # number (so the error would sit under an empty box) and changes the value on a scroll.
        widget=forms.TextInput,
        help_text="TikTok accounts start at 13; most programs need 18.",
        error_messages={
            "required": "Enter your age in years.",
            "invalid": "Enter your age as a whole number of years, like 24.",
            "min_value": "TikTok accounts start at 13, so enter an age of 13 or more.",
            "max_value": "Enter an age of 120 or less.",
        },
    )
    country = CountryField(help_text="Where you live and post from: programs are offered country by country.")
    views_30d = CountField(
        noun="video views",
        example="150k",
        label="Video views in the last 30 days",
        help_text="TikTok Studio → Analytics → Overview, set to the last 28 days (close enough to 30).",
    )
    niche = forms.ChoiceField(
        required=False,
        label="Your niche",
        widget=QuickSelect,
        help_text="What most of your videos are about. It ranks which methods suit you best.",
        error_messages={"invalid_choice": "We don’t know that niche. Choose one from the list."},
    )
    live = forms.ChoiceField(
        required=False,
        choices=LIVE_CHOICES,
        label="Can you go LIVE already?",
        widget=forms.RadioSelect,
        help_text="Tap + to create a post: if LIVE is among the options, you can.",
        error_messages={"invalid_choice": "Answer yes, no, or leave it to us."},
    )
    account_type = forms.ChoiceField(
        required=False,
        choices=ACCOUNT_CHOICES,
        label="Account type",
        widget=forms.RadioSelect,
        initial="personal",  # what an empty answer means anyway (see profile()): show it chosen
        help_text="Settings and privacy → Account → Account type. Creator accounts count as personal.",
        error_messages={"invalid_choice": "Choose personal or business."},
    )

    def __init__(self, *args, niches=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["niche"].choices = [("", "Not sure / mixed"), *niches]
        self.fields["age"].widget.attrs.update(inputmode="numeric", autocomplete="off")
        for name in ("followers", "views_30d"):
            self.fields[name].widget.attrs.update(inputmode="decimal", autocomplete="off", spellcheck="false")
        for name in ("followers", "age", "country", "views_30d", "niche"):
            # Screen readers read the help and the error with the field.
            self.fields[name].widget.attrs["aria-describedby"] = f"id_{name}_helptext id_{name}_error"

    def profile(self) -> Profile:
        """The validated answers as the rules' Profile (call only when the form is valid)."""
        data = self.cleaned_data
        return Profile(
            followers=data["followers"],
            age=data["age"],
            country=data["country"],
            views_30d=data["views_30d"],
            niche=data["niche"] or "",
            live={"yes": True, "no": False}.get(data["live"]),
            account_type=data["account_type"] or "personal",
        )

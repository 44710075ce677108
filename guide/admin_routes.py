"""A method's routes, edited on the method's page: thresholds, countries and per-country differences in one place.

Countries get Django's own two-box filter widget, so a click never replaces a selection, and a save that
drops countries asks first. Per-country differences (CountryRule rows) are one line per country in a text
box ("KR: age 19+"): simpler than nested inlines, and guide.locking's conflict check then needs only the
small three-way merge below, since it merges model fields and this box is a form field of its own.
"""

import re

from django import forms
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.core.exceptions import ValidationError
from django.utils.translation import ngettext
from django_countries import countries as all_countries
from modeltranslation.admin import TranslationStackedInline

from guide.models import CountryRule, Route

# Rule fields in the order a line shows them, with the words an editor may use for each.
RULE_WORDS = {
    "min_age": ("age",),
    "min_followers": ("followers", "follower"),
    "min_views_30d": ("views", "view"),
}
WORD_TO_FIELD = {word: name for name, words in RULE_WORDS.items() for word in words}
NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"  # 5,000 or 5000 or 1.5 (with k or m after it)
WORD = r"age|followers?|views?"
TERM = re.compile(
    rf"(?P<word>{WORD})\s*:?\s*(?P<number>{NUMBER})\s*(?P<unit>[km])?\b\+?"
    rf"|(?P<number2>{NUMBER})\s*(?P<unit2>[km])?\+?\s+(?P<word2>{WORD})\b",
    re.IGNORECASE,
)
SEPARATORS = re.compile(r"[\s,;+]*")
MAX_AGE = 100
DIFFERENCES_HELP = (
    "One country per line: its two-letter code, then what differs there, e.g. “KR: age 19+” or "
    "“GB: 5,000 followers, 100k views”. What a line leaves out stays as the route's own. Empty: no differences."
)

Rules = dict[str, dict[str, int | None]]  # country code -> {rule field: minimum}


class CountryPicker(FilteredSelectMultiple):
    """Django's two-box filter: a click moves one country, never replaces the selection."""

    template_name = "guide/widgets/country_picker.html"

    class Media:
        js = ["js/admin-filter-icons.js"]  # gives the widget's icons the role ARIA needs (see the file)

    def __init__(self):
        super().__init__("countries", is_stacked=False)


def describe_minimums(minimums: dict[str, int | None]) -> str:
    """'age 19+, 5,000 followers, 1 view': what a rule changes, as a line shows it."""
    parts = []
    for name, count in minimums.items():
        if count is None:
            continue
        if name == "min_age":
            parts.append(f"age {count}+")
        elif name == "min_followers":
            parts.append(
                ngettext("%(count)s follower", "%(count)s followers", count) % {"count": f"{count:,}"}
            )
        else:
            parts.append(ngettext("%(count)s view", "%(count)s views", count) % {"count": f"{count:,}"})
    return ", ".join(parts)


def rules_text(rules: Rules) -> str:
    """Rules as the lines an editor reads and edits (parse_rules reads them back)."""
    return "\n".join(f"{code}: {describe_minimums(minimums)}" for code, minimums in sorted(rules.items()))


def saved_rules(route: Route) -> Rules:
    """The route's rules that change something (a row with every minimum empty changes nothing)."""
    if route.pk is None:
        return {}
    rules = {
        rule.country.code: {name: getattr(rule, name) for name in RULE_WORDS}
        for rule in route.country_rules.all()
    }
    return {
        code: minimums for code, minimums in rules.items() if any(v is not None for v in minimums.values())
    }


def read_number(number: str, unit: str | None) -> int:
    value = float(number.replace(",", "")) * {"k": 1_000, "m": 1_000_000}.get((unit or "").lower(), 1)
    return round(value)


def parse_line(line: str) -> tuple[str, dict[str, int | None]]:
    """One line, "KR: age 19+" or "South Korea: 19+ age", as (code, minimums); ValidationError says what is wrong."""
    # A colon ends the country (so a name may have spaces); without one, the first word is its code.
    place, _, rest = line.partition(":" if ":" in line else " ")
    place = place.strip()
    code = all_countries.alpha2(place) if len(place) == 2 else all_countries.by_name(place)
    if not code:
        raise ValidationError(
            f"“{place}” is not a country: start the line with its two-letter code, e.g. KR."
        )
    minimums = dict.fromkeys(RULE_WORDS)
    position = 0
    for match in TERM.finditer(rest):
        if SEPARATORS.fullmatch(rest[position : match.start()]) is None:
            break
        word = (match["word"] or match["word2"]).lower()
        name = WORD_TO_FIELD[word]
        if minimums[name] is not None:
            raise ValidationError(f"{code}: {RULE_WORDS[name][0]} is given twice.")
        value = read_number(match["number"] or match["number2"], match["unit"] or match["unit2"])
        if name == "min_age" and not 1 <= value <= MAX_AGE:
            raise ValidationError(f"{code}: an age of {value} cannot be right.")
        minimums[name] = value
        position = match.end()
    leftover = rest[position:].strip(" ,;+")
    if leftover:
        raise ValidationError(
            f"{code}: could not read “{leftover}”. Write e.g. “age 19+” or “5,000 followers”."
        )
    if all(value is None for value in minimums.values()):
        raise ValidationError(f"{code}: say what differs there: an age, followers or views.")
    return code, minimums


def parse_rules(text: str) -> Rules:
    """Every line of the box, or one ValidationError listing each line that cannot be read."""
    rules, errors = {}, []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            code, minimums = parse_line(line.strip())
        except ValidationError as error:
            errors.append(f"Line {number}: {error.message}")
            continue
        if code in rules:
            errors.append(f"Line {number}: {code} is already on an earlier line; one line per country.")
        rules[code] = minimums
    if errors:
        raise ValidationError(errors)
    return rules


def country_list(codes) -> str:
    return ", ".join(f"{code} ({all_countries.name(code)})" for code in sorted(codes))


class LinesField(forms.CharField):
    """Text whose line ends are compared as written: browsers send CRLF, the initial text has LF."""

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n")


class RouteForm(forms.ModelForm):
    """A route's form: countries in a filter widget, removals confirmed, per-country differences as lines."""

    country_differences = LinesField(
        label="Different minimums by country",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "class": "country-differences"}),
        help_text=DIFFERENCES_HELP,
    )
    # The lines as the editor opened them: the third side of the merge when someone saved meanwhile.
    country_differences_opened = LinesField(required=False, widget=forms.HiddenInput)
    confirm_removal = forms.BooleanField(
        label="Yes, remove them",
        required=False,
        widget=forms.HiddenInput,  # shown only when asked
    )

    class Meta:
        model = Route
        # The admin passes its own list (RouteInline.fields); this one names the route's editable part.
        fields = ["name", "order", "min_followers", "min_views_30d", "min_age", "needs_live"]
        fields += ["needs_effect_badge", "allows_personal", "allows_business", "countries", "unchecked"]
        fields += ["next_step", "source", "last_checked"]
        widgets = {"countries": CountryPicker()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.saved_countries = (
            {country.code for country in self.instance.countries} if self.instance.pk else set()
        )
        self.saved = saved_rules(self.instance)
        self.rules_to_save: Rules | None = None
        # Bound forms too: the initial text is what tells whether the route changed at all.
        lines = rules_text(self.saved)
        self.initial["country_differences"] = self.initial["country_differences_opened"] = lines

    def clean_country_differences(self):
        return parse_rules(self.cleaned_data["country_differences"])

    def clean(self):
        cleaned_data = super().clean()
        self.check_removed_countries(cleaned_data)
        if "country_differences" in cleaned_data:
            self.merge_rules(
                cleaned_data["country_differences"], cleaned_data.get("country_differences_opened", "")
            )
        return cleaned_data

    def check_removed_countries(self, cleaned_data) -> None:
        if "countries" not in cleaned_data:
            return
        removed = self.saved_countries - set(cleaned_data["countries"])
        if not removed:
            return
        # Asked only once there is something to confirm.
        self.fields["confirm_removal"].widget = forms.CheckboxInput()
        if cleaned_data.get("confirm_removal"):
            return
        everywhere = "" if cleaned_data["countries"] else " With no country left it is offered everywhere."
        self.add_error(
            "countries",
            ngettext(
                "This save removes %(count)s country from the route: %(list)s.",
                "This save removes %(count)s countries from the route: %(list)s.",
                len(removed),
            )
            % {"count": len(removed), "list": country_list(removed)}
            + everywhere
            + " Tick “Yes, remove them” below and save again, or choose them again.",
        )

    def merge_rules(self, typed: Rules, opened_text: str) -> None:
        """Write the lines only if the editor changed them; refuse when someone else changed them meanwhile."""
        try:
            opened = parse_rules(opened_text)
        except ValidationError:
            opened = self.saved  # not as rendered: nothing to merge against
        if typed == opened:
            if self.saved != opened:  # only the other editor changed them: take theirs
                self.set_data("country_differences", rules_text(self.saved))
                self.set_data("country_differences_opened", rules_text(self.saved))
            return
        if self.saved not in (opened, typed):
            self.set_data("country_differences_opened", rules_text(self.saved))
            self.add_error(
                "country_differences",
                "Someone else changed these lines while you had the page open; they now read: "
                f"“{rules_text(self.saved) or '(none)'}”. Yours are kept here: check them, then save again.",
            )
            return
        self.rules_to_save = typed

    def set_data(self, name: str, value: str) -> None:
        self.data = self.data.copy()
        self.data[self.add_prefix(name)] = value

    def save(self, commit=True):
        route = super().save(commit=commit)
        if commit:
            self.save_rules()
        else:
            save_m2m = self.save_m2m

            def save_m2m_and_rules():
                save_m2m()
                self.save_rules()

            self.save_m2m = save_m2m_and_rules
        return route

    def save_rules(self) -> None:
        """One CountryRule per line, through each row's save or delete, so every change has its history."""
        if self.rules_to_save is None:
            return
        existing = {rule.country.code: rule for rule in self.instance.country_rules.all()}
        for code, rule in existing.items():
            if code not in self.rules_to_save:
                rule.delete()
        for code, minimums in self.rules_to_save.items():
            rule = existing.get(code) or CountryRule(route=self.instance, country=code)
            if rule.pk is None or any(getattr(rule, name) != value for name, value in minimums.items()):
                for name, value in minimums.items():
                    setattr(rule, name, value)
                rule.save()


class RouteInline(TranslationStackedInline):
    """A method's requirement routes, on the method's own page; any one route fully met is enough."""

    model = Route
    form = RouteForm
    extra = 0
    fields = [
        ("name", "order"),
        ("min_followers", "min_views_30d", "min_age"),
        ("needs_live", "needs_effect_badge", "allows_personal", "allows_business"),
        "countries",
        "confirm_removal",
        "country_differences",
        "country_differences_opened",
        "unchecked",
        "next_step",
        ("source", "last_checked"),
    ]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "source":
            # Only this method's own sources make sense; the method id is in the change URL.
            method_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = db_field.related_model.objects.filter(method_id=method_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

"""Where prose still states a number the requirement data no longer holds.

The checker, the requirement tables and the cards read thresholds from the data, but editors' prose
(method pages, tips, sections, next steps), in every language, may repeat them: "reach 10,000 followers". When an editor
changes a threshold, `mentions_of(numbers)` lists every place that still states an old value, so the
admin can link to each one and the fix takes a minute instead of a hunt.

A number is found as it is written: 10000, 10,000, 10.000, 10 000, or 10k / 10K (100k, 1.5k …), never as
part of a longer number (changing 18 does not list 2018 or 180).
"""

import re
from dataclasses import dataclass

from django.db.models import Model
from django.urls import reverse

from guide.models import LiveAccessRule, Method, NextStepLink, Route, Section, Tip
from guide.translation import OTHER_LANGUAGES, column

# What editors write, by model: (the fields searched, where it is edited).
PROSE_FIELDS: dict[type[Model], tuple[str, ...]] = {
    Method: ("summary", "former_names", "body", "pays", "start", "apply_hint", "caveats"),
    Tip: ("title", "summary", "body"),
    Section: ("title", "summary", "body"),
    Route: ("name", "unchecked", "next_step"),
    NextStepLink: ("title",),
    LiveAccessRule: ("note",),
}
SNIPPET_CHARS = 60  # of context each side of a mention


@dataclass(frozen=True)
class Mention:
    """One field of one item that states one of the numbers."""

    label: str  # "Creator Rewards Program · how to start"
    admin_url: str  # where an editor fixes it
    number: int
    snippet: str  # the words around the first mention


def number_pattern(number: int) -> re.Pattern:
    """The ways prose writes `number`, not inside a longer number or decimal."""
    digits = str(number)
    forms = [re.escape(digits)]
    if number >= 1000:
        grouped = f"{number:,}"
        forms += [
            re.escape(grouped.replace(",", separator)) for separator in (",", ".", " ", "\u00a0", "\u202f")
        ]
        thousands = number / 1000
        forms.append(f"{thousands:g}".replace(".", r"[.,]") + "[kK]")
    return re.compile(rf"(?<![\d.,])(?:{'|'.join(forms)})(?![\d]|[.,]\d)")


def snippet_around(text: str, match: re.Match) -> str:
    start, end = max(match.start() - SNIPPET_CHARS, 0), match.end() + SNIPPET_CHARS
    words = " ".join(text[start:end].split())
    return f"{'…' if start else ''}{words}{'…' if end < len(text) else ''}"


def owner_of(item: Model) -> Model:
    """What an editor opens to change the item: a route and a link are edited on their method's page."""
    return item.method if isinstance(item, (Route, NextStepLink)) else item


def label_of(item: Model, field_name: str) -> str:
    verbose = item._meta.get_field(field_name).verbose_name
    if isinstance(item, Route):
        return f"{item.method} · route “{item.name}” · {verbose}"
    if isinstance(item, NextStepLink):
        return f"{item.method} · next-step link “{item.title}” · {verbose}"
    return f"{item} · {verbose}"


def mentions_of(numbers: set[int]) -> list[Mention]:
    """Every (item, field, number) where prose states one of the numbers; one query per model."""
    patterns = {number: number_pattern(number) for number in sorted(numbers)}
    found = []
    for model, fields in PROSE_FIELDS.items():
        queryset = model.objects.all()
        if model in (Route, NextStepLink):
            queryset = queryset.select_related("method")
        for item in queryset:
            # The English first (the admin reads in English), then each translation ("summary [es]").
            for field_name in [*fields, *(column(name, code) for name in fields for code in OTHER_LANGUAGES)]:
                text = getattr(item, field_name) or ""
                for number, pattern in patterns.items():
                    match = pattern.search(text)
                    if match:
                        owner = owner_of(item)
                        url = reverse(f"admin:guide_{owner._meta.model_name}_change", args=[owner.pk])
                        found.append(
                            Mention(label_of(item, field_name), url, number, snippet_around(text, match))
                        )
    return found

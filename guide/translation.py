"""Which texts editors write in each language (django-modeltranslation), and their history.

django-modeltranslation adds a column per language beside each field listed here (`summary_en`,
`summary_es`, `summary_pt_br`) in the same row, and makes `method.summary` read the active language's
column, falling back to English when it is empty. Keeping the translations in the row is why it fits:
the admin's version check (guide/locking.py) and the history (django-simple-history) see them as
ordinary fields, with no second table to keep in step. Decision 015.

The history is registered here rather than on the models because simple-history copies a model's fields
when it builds the historical model: registered after the translation columns exist, it records them too.
Rendered markdown (`*_html`) is translated (each language keeps its own rendering) but never recorded.
"""

import simple_history
from django.conf import settings
from django.db import models
from modeltranslation.translator import TranslationOptions, translator
from modeltranslation.utils import build_localized_fieldname

from guide.change_models import Change
from guide.models import Method, Niche, Section, Tip
from guide.page_models import HomePage
from guide.rate_models import Rate
from guide.requirement_models import BlockedCountry, LiveAccessRule, NextStepLink, Route

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]

# `summary`, "pt-br" -> `summary_pt_br`: the field holding one language's text, named as the library names it.
column = build_localized_fieldname
SUFFIXES = [column("", code).removeprefix("_") for code, _name in settings.LANGUAGES]


# Each model's translated fields: what editors write, in the order the admin shows them.
TRANSLATED = {
    Method: ("name", "summary", "former_names", "body", "pays", "start", "apply_hint", "caveats"),
    Tip: ("title", "summary", "body"),
    Section: ("title", "summary", "body"),
    Niche: ("name",),
    Change: ("summary", "details"),
    Rate: ("label",),
    HomePage: ("headline", "intro"),
    Route: ("name", "unchecked", "next_step"),
    NextStepLink: ("title",),
    LiveAccessRule: ("note",),
    BlockedCountry: ("note",),
}
RENDERED = {Method: ("body_html", "pays_html", "start_html", "caveats_html"), Tip: ("body_html",)}
RENDERED |= {Section: ("body_html",), Change: ("details_html",)}

for model, fields in TRANSLATED.items():
    # Which translations may be behind their English, by language (guide/translation_review.py); here, with
    # the columns it is about, rather than repeated on eleven models.
    behind = models.JSONField(default=dict, blank=True, editable=False)
    model.add_to_class("translations_behind", behind)
    options = type(
        f"{model.__name__}Translation", (TranslationOptions,), {"fields": fields + RENDERED.get(model, ())}
    )
    translator.register(model, options)


def unrecorded(model) -> list[str]:
    """The rendered markdown columns, every language's (rebuilt from the text on save), and the marks of
    translations behind their English (a mark about the texts, recomputed when a version is restored)."""
    rendered = [
        f"{name}{suffix}" for name in RENDERED.get(model, ()) for suffix in ["", *(f"_{s}" for s in SUFFIXES)]
    ]
    return [*rendered, "translations_behind"]


HISTORY = {
    Method: {"m2m_fields": ["niches", "tips"]},
    Tip: {},
    Section: {},
    Change: {},
    Rate: {},
    HomePage: {},
    Route: {"table_name": "checker_historicalroute"},
    NextStepLink: {"table_name": "checker_historicalnextsteplink"},
    LiveAccessRule: {"table_name": "checker_historicalliveaccessrule"},
    BlockedCountry: {"table_name": "checker_historicalblockedcountry"},
}
for model, config in HISTORY.items():
    simple_history.register(model, app="guide", excluded_fields=unrecorded(model), **config)


def originals(model) -> frozenset[str]:
    """A translated model's own field names (`summary`, not `summary_en`).

    Their column holds whichever language the item was last saved in (the admin and the importer save in
    English), and `summary_en` says the same, so history diffs and edit conflicts look at the languages.
    """
    return frozenset(TRANSLATED.get(model, ()) + RENDERED.get(model, ()))


def untranslated_name(name: str) -> str:
    """`body_pt_br` -> `body`: the field a language's column belongs to (other names are returned as they are)."""
    for suffix in SUFFIXES:
        if name.endswith(f"_{suffix}"):
            return name.removesuffix(f"_{suffix}")
    return name


def texts_in_other_languages(obj) -> dict[str, dict[str, str]]:
    """{"es": {"summary": "…"}}: the item's translations that are written (a backup's `translations`)."""
    texts = {}
    for code in OTHER_LANGUAGES:
        written = {
            name: value for name in TRANSLATED[type(obj)] if (value := getattr(obj, column(name, code)))
        }
        if written:
            texts[code] = written
    return texts


def columns_for(model, translations: dict) -> dict[str, str | None]:
    """Every translation column of `model` from a backup's `translations`: one left out is emptied (NULL)."""
    return {
        column(name, code): translations.get(code, {}).get(name) or None
        for code in OTHER_LANGUAGES
        for name in TRANSLATED[model]
    }

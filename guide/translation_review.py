"""Translations that may be behind their English, for editors to read again and visitors to be warned of.

When an item is saved with an English text changed and a translation of that text left as it was, the
translation is marked as behind in that language (`translations_behind`, kept in the item's own row, so a
page that shows the item knows without a query). Saving a changed translation clears its mark; so does the
admin's "Mark translations as reviewed" when the translation still says what the new English says.
Comparisons ignore how line ends are written: browsers send CRLF, the files have LF.
"""

from django.conf import settings
from django.db.models.signals import pre_save

from guide.translation import OTHER_LANGUAGES, TRANSLATED, column


def normal(text) -> str:
    return (text or "").replace("\r\n", "\n")


def mark_behind(sender, instance, raw=False, **kwargs):
    """pre_save: note which translations the English just moved away from, and which were just redone."""
    if raw or instance.pk is None:
        return
    names = TRANSLATED[sender]
    columns = [column(name, code) for name in names for code, _ in settings.LANGUAGES]
    saved = sender._base_manager.filter(pk=instance.pk).values(*columns).first()
    if saved is None:
        return
    behind = {code: set(fields) for code, fields in (instance.translations_behind or {}).items()}
    for name in names:
        english = column(name, settings.LANGUAGE_CODE)
        english_changed = normal(saved[english]) != normal(getattr(instance, english))
        for code in OTHER_LANGUAGES:
            translated = normal(getattr(instance, column(name, code)))
            if normal(saved[column(name, code)]) != translated:
                behind.get(code, set()).discard(name)
            elif english_changed and translated:
                behind.setdefault(code, set()).add(name)
    instance.translations_behind = {code: sorted(fields) for code, fields in behind.items() if fields}


def connect() -> None:
    for model in TRANSLATED:
        pre_save.connect(mark_behind, sender=model, dispatch_uid=f"translations-behind-{model.__name__}")


def translation_note(objects, language: str) -> str:
    """What a page in `language` showing these items should tell its reader: "behind" when an English text
    changed after its translation, "missing" when a text has no translation yet (its English is shown),
    else ""."""
    if language == settings.LANGUAGE_CODE:
        return ""
    note = ""
    for obj in objects:
        if (obj.translations_behind or {}).get(language):
            return "behind"
        english = settings.LANGUAGE_CODE
        if any(
            getattr(obj, column(n, english)) and not getattr(obj, column(n, language))
            for n in TRANSLATED[type(obj)]
        ):
            note = "missing"
    return note

"""The admin's side of translations: every text in each language, and what to read again after the English
changed (guide/translation_review.py)."""

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.utils.text import capfirst
from modeltranslation.admin import TranslationAdmin

from guide.text import and_list
from guide.translation import OTHER_LANGUAGES

LANGUAGE_NAMES = dict(settings.LANGUAGES)


class TranslationReviewFilter(admin.SimpleListFilter):
    title = "translation to review"
    parameter_name = "translation_review"

    def lookups(self, request, model_admin):
        return [(code, LANGUAGE_NAMES[code]) for code in OTHER_LANGUAGES]

    def queryset(self, request, queryset):
        if self.value() in OTHER_LANGUAGES:
            return queryset.filter(translations_behind__has_key=self.value())
        return queryset


def behind_in_words(obj) -> list[str]:
    """["Español: summary, what it is", …]: the item's translations written before its English last changed."""
    lines = []
    for code in OTHER_LANGUAGES:
        names = (obj.translations_behind or {}).get(code, [])
        if names:
            labels = [str(obj._meta.get_field(name).verbose_name) for name in names]
            lines.append(f"{LANGUAGE_NAMES[code]}: {and_list(labels)}")
    return lines


class TranslatedAdmin(TranslationAdmin):
    """An item's texts in every language side by side (“Summary [es]”), an empty one showing the English to
    visitors; the list filters and the form warns of translations the English moved away from."""

    actions = ["mark_translations_reviewed"]

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), TranslationReviewFilter]

    def items_to_review(self, obj) -> list:
        """The item and the parts edited on its page (a method's routes)."""
        return [obj]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, unquote(object_id)) if request.method == "GET" else None
        for item in self.items_to_review(obj) if obj is not None else ():
            lines = behind_in_words(item)
            if lines:
                name = capfirst(item._meta.verbose_name) + (f" “{item}”" if item is not obj else "")
                messages.warning(
                    request,
                    f"{name}: the English changed after these translations were written; read them again "
                    f"({'; '.join(lines)}). Saving a changed translation clears its mark; if one still says "
                    "what the English says, choose “Mark translations as reviewed” in the list.",
                )
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.action(description="Mark translations as reviewed (they still say what the English says)")
    def mark_translations_reviewed(self, request, queryset):
        count = 0
        for obj in queryset.exclude(translations_behind={}):
            obj.translations_behind = {}
            obj._change_reason = "translations reviewed"
            obj.save()
            count += 1
        self.message_user(request, f"Translations marked as reviewed: {count}.", messages.SUCCESS)

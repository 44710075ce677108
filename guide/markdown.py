"""The one place markdown becomes HTML: rendered with a fresh Markdown(), sanitised with nh3."""

import markdown as markdown_lib
import nh3
from django.conf import settings
from django.db import models
from django.utils.safestring import SafeString, mark_safe
from markdown.extensions.toc import slugify
from modeltranslation.utils import build_localized_fieldname

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "dd", "del", "details", "dl", "dt", "em", "h2", "h3", "h4",
    "hr", "li", "ol", "p", "pre", "strong", "summary", "sup", "sub", "table", "tbody", "td", "th", "thead",
    "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
    "td": {"align"},
    "th": {"align", "scope"},
}
# Editors write `#` and `##`; the page already has its <h1>, so their headings start at <h2>.
EXTENSIONS = ["extra", "sane_lists", "smarty", "toc"]


def render_markdown(text: str, id_prefix: str = "md-") -> SafeString:
    """Render editor markdown to sanitised HTML."""
    md = markdown_lib.Markdown(
        extensions=EXTENSIONS,
        extension_configs={
            # Prefixed ids cannot clash with the page's own ids (skip link, form fields).
            "toc": {"baselevel": 2, "slugify": lambda value, sep: id_prefix + slugify(value, sep)}
        },
        output_format="html",
    )
    html = md.convert(text or "")
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
    return mark_sanitised(clean)


def mark_sanitised(html: str) -> SafeString:
    """HTML that nh3 has cleaned, marked safe for templates: the project's one mark_safe.

    It cleans nothing itself. Its two callers hold nh3's output: render_markdown, just after cleaning, and
    RenderedMarkdownField, reading back what render_markdown wrote (nothing else writes to that field).
    """
    return mark_safe(html)


class RenderedMarkdownField(models.TextField):
    """Stores render_markdown's output. Read back as safe HTML: nothing else ever writes to it."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("blank", True)
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return None if value is None else mark_sanitised(value)


def render_translations(obj, field: str, id_prefix: str = "") -> None:
    """Render `field` into `field_html` in every language (guide/translation.py): each keeps its own rendering.

    An empty translation renders to NULL, so the page reads the English rendering in its place, as it reads
    the English text; English itself renders to "" when empty.
    """
    for code, _name in settings.LANGUAGES:
        text = getattr(obj, build_localized_fieldname(field, code))
        empty = "" if code == settings.LANGUAGE_CODE else None
        rendered = render_markdown(text, id_prefix=id_prefix) if text else empty
        setattr(obj, build_localized_fieldname(f"{field}_html", code), rendered)

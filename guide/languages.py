"""The site's languages: English unprefixed, Spanish under /es/ and Brazilian Portuguese under /pt-br/.

A page's language is decided by its path alone, never by Accept-Language or a cookie: the same address is
always the same page in the same language, so pages stay cacheable by address (guide/caching.py), shared
links open in the language they were shared in, and no page varies on Accept-Language.
"""

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation

# BCP 47 tags for <html lang> and hreflang, by Django language code.
TAGS = {"en": "en", "es": "es", "pt-br": "pt-BR"}


def language_of_path(path_info: str) -> str:
    """The language a path is in: its prefix's (/es/, /pt-br/), else the default (English)."""
    return translation.get_language_from_path(path_info) or settings.LANGUAGE_CODE


def unprefixed(path: str, language: str) -> str:
    """The path without its language prefix (the English page's path)."""
    prefix = f"/{language}/"
    if language != settings.LANGUAGE_CODE and path.startswith(prefix):
        return path[len(prefix) - 1 :]
    return path


def in_language(path: str, language: str) -> str:
    """An unprefixed (English) path, as the page in `language`."""
    return path if language == settings.LANGUAGE_CODE else f"/{language}{path}"


class PathLanguageMiddleware:
    """Activate the language the path names, for the request and nothing after it.

    Django's LocaleMiddleware with i18n_patterns(prefix_default_language=False) also keeps unprefixed pages
    in the default language, but it marks them `Vary: Accept-Language` (which they do not), which would keep
    every English page out of the page cache, and it leaves the language active in the thread for whatever
    runs next. This one sits before the page cache, which resolves URLs (and /es/… only resolves with
    Spanish active), and puts the thread's language back afterwards.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        language = language_of_path(request.path_info)
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", TAGS.get(language, language))
        return response


def languages(request: HttpRequest) -> dict:
    """Template context: the page's language tag, and the same page in every language (hreflang, switcher).

    Only for pages that resolved to a view under the language prefixes (not 404s, not the admin); the query
    string is kept, so the checker's answers go with the visitor to the other language.
    """
    language = getattr(request, "LANGUAGE_CODE", None) or translation.get_language()
    context = {"html_lang": TAGS.get(language, language)}
    match = request.resolver_match
    if match is None or match.namespace not in {"guide", "checker"}:
        return context
    base = unprefixed(request.path, language)
    query = request.META.get("QUERY_STRING", "")
    suffix = f"?{query}" if query else ""
    links = []
    for code, name in settings.LANGUAGES:
        links.append(
            {
                "code": code,
                "tag": TAGS[code],
                "name": name,
                "url": request.build_absolute_uri(in_language(base, code) + suffix),
                "path": in_language(base, code) + suffix,
                "current": code == language,
            }
        )
    context["language_links"] = links
    context["x_default_url"] = links[0]["url"]
    return context

"""Small helpers for the site's English sentences, shared by the guide and the checker."""

from collections.abc import Iterable

from django.utils.text import get_text_list
from django.utils.translation import gettext


def and_list(items: Iterable) -> str:
    """'a', 'a and b', 'a, b and c': Django's get_text_list, whose own last joiner is "or"."""
    return get_text_list([str(item) for item in items], gettext("and"))

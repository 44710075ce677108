"""Search across methods, tips and sections: a few icontains queries, ranked by where the words match.

The guide is small (tens of items), so portable ORM filters beat a search engine here; the ranking
weighs a match in a title far above one in a body.
"""

import re
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Q

from guide.models import Method, Section, Tip

MAX_QUERY_LENGTH = 100
MAX_TERMS = 6
WORD = re.compile(r"[\w$%€£]+", re.UNICODE)
# Weight of a match in each field, best first.
WEIGHTS = {"title": 8, "former": 6, "summary": 4, "body": 1}


@dataclass(frozen=True)
class Hit:
    kind: str
    title: str
    summary: str
    url: str
    score: int


def terms_of(raw: str) -> list[str]:
    """The distinct words of a query, bounded so junk or huge input stays cheap."""
    words = WORD.findall(raw[:MAX_QUERY_LENGTH].lower())
    return list(dict.fromkeys(w for w in words if len(w) > 1 or w.isdigit()))[:MAX_TERMS]


def score(terms: list[str], fields: dict[str, str]) -> int:
    total = 0
    for term in terms:
        term_score = max((WEIGHTS[name] for name, text in fields.items() if term in text.lower()), default=0)
        if not term_score:
            return 0  # every word must match somewhere
        total += term_score
    return total


def search_guide(raw: str) -> tuple[str, list[Hit], str]:
    """Return the cleaned query, ranked hits, and a note for the person searching (or '')."""
    query = " ".join(raw.split())[:MAX_QUERY_LENGTH]
    if not query:
        return "", [], ""
    terms = terms_of(query)
    if not terms:
        return query, [], "Try a word such as “LIVE”, “followers” or “brand deals”."
    note = (
        "Your search was long, so only its first words were used."
        if len(raw.strip()) > MAX_QUERY_LENGTH
        else ""
    )

    def matching(model, fields):
        condition = reduce(or_, (Q(**{f"{f}__icontains": t}) for f in fields for t in terms))
        return model.objects.published().filter(condition)

    hits = []
    for method in matching(Method, ["name", "former_names", "summary", "body", "pays", "start"]):
        fields = {
            "title": method.name,
            "former": method.former_names,
            "summary": method.summary,
            "body": f"{method.body} {method.pays} {method.start}",
        }
        hits.append(
            Hit("Method", method.name, method.summary, method.get_absolute_url(), score(terms, fields))
        )
    for tip in matching(Tip, ["title", "summary", "body"]):
        fields = {"title": tip.title, "summary": tip.summary, "body": tip.body}
        hits.append(Hit("Tip", tip.title, tip.summary, tip.get_absolute_url(), score(terms, fields)))
    for section in matching(Section, ["title", "summary", "body"]):
        fields = {"title": section.title, "summary": section.summary, "body": section.body}
        hits.append(
            Hit("Guide", section.title, section.summary, section.get_absolute_url(), score(terms, fields))
        )
    hits = sorted((h for h in hits if h.score), key=lambda h: (-h.score, h.title))
    return query, hits, note

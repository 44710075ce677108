"""Search across methods, tips and sections, in the words creators use (docs/decisions/006-search.md).

A query becomes a few *concepts*, and an item is a hit when every concept matches somewhere in it:

- words are compared by their English stem (Snowball), so "withdrawing" meets "withdraw" and "earnings"
  meets "earn"; a word of four letters or more also meets longer words it begins ("view", "viewers");
- numbers are compared by value: 1000, 1,000, 1.000 and 1k are one number, and 10,000 is another;
- stop words ("how", "does", "the"...) are left out, so a question matches when its content words do; a
  query of stop words only is searched as typed;
- synonyms editors keep in the admin (guide.Synonym: "cash out" -> "withdraw, payout, Diamonds") let a
  word or phrase also match the guide's own words for it, at half the weight of the creator's own word.

Ranking weighs a match in a title above one in former names, the summary or the body, and adds a bonus
when the query's words stand together as typed ("1,000 followers"). The guide is tens of items: every
published item is read (one query per kind, one for the methods' routes and one for the synonyms: five,
whatever the content or the query) and matched in Python, which works the same on SQLite and PostgreSQL. No text the visitor typed
ever reaches the database.
"""

import re
import threading
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import snowballstemmer
from django.utils.translation import get_language, gettext, pgettext_lazy

from guide.models import Method, Section, Synonym, Tip
from guide.requirement_text import requirement_line

MAX_QUERY_LENGTH = 100
MAX_TERMS = 6  # concepts searched; the rest of a long query is ignored, and the visitor told so
MAX_ALTERNATIVES = 12  # ways one concept may match: the creator's own word and its synonyms
MAX_ALSO_SHOWN = 8  # synonyms named in the note under the search box
PREFIX_MIN = 4  # shorter words match whole words only ("pay" is not "payment", "age" not "agency")
# Weight of a match in each field, best first.
# "needs": a method's requirements in words, from its routes (guide/requirement_text.py), so "10k followers"
# finds the methods that ask for 10,000 whatever their prose says.
WEIGHTS = {"title": 8, "former": 6, "summary": 4, "needs": 2, "body": 1}
OWN_WORD, SYNONYM = 2, 1  # a match through a synonym counts half
KINDS = ("Method", "Tip", "Guide")  # on equal scores, methods first: they are what creators look for
# The badge each kind wears on the results page, in the page's language.
KIND_LABELS = {"Method": pgettext_lazy("search result", "Method"), "Tip": pgettext_lazy("search result", "Tip"),
               "Guide": pgettext_lazy("search result", "Guide")}  # fmt: skip

# Words that carry no meaning in a question about earning on TikTok. A synonym's term may still use them
# ("how much"): synonyms are matched first.
STOP_WORDS = frozenset({
    "a", "about", "after", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before", "being",
    "but", "by", "can", "could", "did", "do", "does", "doing", "for", "from", "get", "gets", "getting",
    "got", "had", "has", "have", "having", "how", "i", "if", "in", "into", "is", "it", "its", "just",
    "make", "makes", "making", "many", "me", "much", "my", "need", "needs", "of", "on", "or", "our", "per",
    "should", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "tiktok", "tiktoks", "to", "too", "us", "very", "want", "was", "way", "ways", "we",
    "were", "what", "when", "where", "which", "who", "whom", "why", "will", "with", "work", "works",
    "would", "you", "your",
})  # fmt: skip
# The same in the site's other languages, with and without accents (creators on phones often drop them):
# on /es/ and /pt-br/ a question is in that language ("¿cuánto pagan por mil vistas?").
_OWN_STOP_WORDS = {
    "es": frozenset({
        "a", "al", "algo", "como", "cómo", "con", "cual", "cuál", "cuando", "cuándo", "cuanto", "cuánto",
        "cuanta", "cuánta", "cuantos", "cuántos", "de", "del", "donde", "dónde", "el", "en", "es", "esta",
        "está", "este", "hacer", "hay", "la", "las", "lo", "los", "me", "mi", "mis", "muy", "o", "para",
        "pero", "por", "puedo", "que", "qué", "se", "ser", "si", "sí", "sin", "son", "su", "sus", "tengo",
        "tiene", "tienes", "tiktok", "tu", "tú", "tus", "un", "una", "unos", "y", "yo", "necesito",
        "necesita", "necesitas", "quiero", "puede", "puedes",
    }),
    "pt-br": frozenset({
        "a", "ao", "as", "com", "como", "da", "das", "de", "do", "dos", "e", "é", "ela", "ele", "em", "essa",
        "esse", "esta", "está", "este", "eu", "fazer", "mais", "me", "meu", "meus", "minha", "minhas",
        "muito", "na", "nas", "no", "nos", "o", "onde", "os", "ou", "para", "pelo", "pela", "por", "posso",
        "pra",
        "qual", "quais", "quando", "quanta", "quanto", "quantos", "que", "quê", "se", "sem", "ser", "seu",
        "sua", "são", "tem", "tenho", "tiktok", "um", "uma", "você", "preciso", "precisa", "quero", "pode",
    }),
}  # fmt: skip
# Per language, English's too: creators mix in TikTok's English words ("how much LIVE").
LANGUAGE_STOP_WORDS = {code: STOP_WORDS | words for code, words in _OWN_STOP_WORDS.items()}
# A number (1000, 1,000, 1.000, 0.40, 10k, 1.2m, 2 million) or a word; digits glued to letters ("1st",
# "mp4") make a word. Applied to lower-cased text.
TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:[km]|\s?(?:thousand|million))?(?!\w)|[^\W_]+")
NUMBER = re.compile(r"(\d+(?:[.,]\d+)*)\s?(k|m|thousand|million)?")
MULTIPLIERS = {None: 1, "k": 1_000, "thousand": 1_000, "m": 1_000_000, "million": 1_000_000}
CONTROL = re.compile(r"[\x00-\x1f\x7f]")

_local = threading.local()  # a Snowball stemmer keeps state while it works: one per thread


@dataclass(frozen=True)
class Hit:
    kind: str
    title: str
    summary: str
    url: str
    score: int

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS.get(self.kind, self.kind))


def stem(word: str) -> str:
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("english")
    return stemmer.stemWord(word)


@lru_cache(maxsize=8192)
def key_of(token: str) -> str:
    """What a token is compared by: a number's value ("#1000" for 1k), else a word's English stem."""
    number = NUMBER.fullmatch(token)
    if number is None:
        return stem(token)
    digits, unit = number.groups()
    parts = re.split(r"[.,]", digits)
    if len(parts) > 1 and parts[0] != "0" and len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]):
        value = Decimal("".join(parts))  # thousands separated: 1,000 or 1.000 or 1,000,000
    elif len(parts) <= 2:
        value = Decimal(".".join(parts))  # 1000, or a decimal: 0.40, 1.5, 12,5
    else:
        return "#" + digits  # a date or a version (22.01.2026): compared as written
    return "#" + format((value * MULTIPLIERS[unit]).normalize(), "f")


def keys_of(text: str) -> tuple[str, ...]:
    return tuple(key_of(token) for token in TOKEN.findall(text.lower()))


def searchable(text: str) -> bool:
    """Whether text holds anything search can look for (a word or a number)."""
    return bool(TOKEN.search(text.lower()))


@dataclass(frozen=True)
class Indexed:
    """A text as search sees it: its keys in order, where each key stands, its distinct words sorted."""

    keys: tuple[str, ...]
    places: dict[str, tuple[int, ...]]
    words: tuple[str, ...]

    def has(self, keys: tuple[str, ...]) -> bool:
        """Whether the keys stand here together, in this order."""
        return any(self.keys[i : i + len(keys)] == keys for i in self.places.get(keys[0], ()))

    def has_word_starting(self, prefix: str) -> bool:
        index = bisect_left(self.words, prefix)
        return index < len(self.words) and self.words[index].startswith(prefix)


@lru_cache(maxsize=512)
def indexed(text: str) -> Indexed:
    """The text's index, kept per process: the same texts come back on every search until edited."""
    tokens = TOKEN.findall(text.lower())
    keys = tuple(key_of(token) for token in tokens)
    places = {}
    for index, key in enumerate(keys):
        places.setdefault(key, []).append(index)
    return Indexed(keys, {k: tuple(v) for k, v in places.items()}, tuple(sorted(set(tokens))))


@dataclass(frozen=True)
class Alternative:
    """One way a concept may match: keys that must stand together, and what counts when they do."""

    keys: tuple[str, ...]
    weight: int
    text: str  # as the visitor or the editor wrote it
    prefix: str = ""  # the creator's own word, which also matches longer words it begins

    def found_in(self, field: Indexed) -> bool:
        return field.has(self.keys) or bool(self.prefix and field.has_word_starting(self.prefix))


@dataclass(frozen=True)
class Concept:
    """A word or phrase of the query that an item must match, in one of its ways."""

    alternatives: tuple[Alternative, ...]

    def weight_in(self, fields: list[tuple[int, Indexed]]) -> int:
        """0 when it matches none of the fields (weight of the field, Indexed); else its best match's
        weight, plus one for each other of its ways that matches too: an item that speaks of pay, RPM
        and rates answers "how much" better than one that only says pay."""
        weights = [
            max(
                (
                    field_weight * alternative.weight
                    for field_weight, field in fields
                    if alternative.found_in(field)
                ),
                default=0,
            )
            for alternative in self.alternatives
        ]
        found = [weight for weight in weights if weight]
        return max(found) + len(found) - 1 if found else 0


def synonym_table(rows) -> dict[str, list[tuple[tuple[str, ...], list[tuple[tuple[str, ...], str]]]]]:
    """Synonyms as {first key of the term: [(term keys, [(keys, text) to also search for]), ...]}.

    The longest terms come first, so "paid per view" wins over "paid"; terms with the same keys
    ("withdraw", "withdrawing") pool what they stand for.
    """
    by_term: dict[tuple[str, ...], dict[tuple[str, ...], str]] = {}
    for synonym in rows:
        term = keys_of(synonym.term)
        if not term:
            continue
        also = by_term.setdefault(term, {})
        for text in synonym.alternatives:
            keys = keys_of(text)
            if keys and keys != term:
                also.setdefault(keys, text)
    table: dict = {}
    for term, also in sorted(by_term.items(), key=lambda item: -len(item[0])):
        table.setdefault(term[0], []).append((term, list(also.items())))
    return table


def own_word(tokens: list[str], keys: tuple[str, ...]) -> Alternative:
    single_word = len(tokens) == 1 and not keys[0].startswith("#") and len(tokens[0]) >= PREFIX_MIN
    return Alternative(keys, OWN_WORD, " ".join(tokens), prefix=tokens[0] if single_word else "")


def concepts_of(query: str, synonyms: dict) -> tuple[list[Concept], bool]:
    """The query's concepts, at most MAX_TERMS, and whether some were left out."""
    tokens = TOKEN.findall(query.lower())
    keys = tuple(key_of(token) for token in tokens)
    stop_words = LANGUAGE_STOP_WORDS.get(get_language(), STOP_WORDS)
    concepts, stops = [], []
    index = 0
    while index < len(tokens):
        for term, also in synonyms.get(keys[index], ()):
            end = index + len(term)
            if keys[index:end] == term:
                alternatives = [own_word(tokens[index:end], term)]
                alternatives += [Alternative(k, SYNONYM, text) for k, text in also[: MAX_ALTERNATIVES - 1]]
                concepts.append(Concept(tuple(alternatives)))
                index = end
                break
        else:
            token = tokens[index]
            if len(token) > 1 or token.isdigit():  # single letters are noise, as before
                target = stops if token in stop_words else concepts
                target.append(Concept((own_word([token], keys[index : index + 1]),)))
            index += 1
    # The same concept twice ("pay pay", "1k 1,000") counts once.
    unique = list({c.alternatives[0].keys: c for c in (concepts or stops)}.values())
    return unique[:MAX_TERMS], len(unique) > MAX_TERMS


def score(concepts: list[Concept], phrase: tuple[str, ...], fields: dict[str, str]) -> int:
    indexed_fields = [(WEIGHTS[name], indexed(text)) for name, text in fields.items() if text]
    total = 0
    for concept in concepts:
        weight = concept.weight_in(indexed_fields)
        if not weight:
            return 0  # every content word must match somewhere (itself, its stem or a synonym)
        total += weight
    if len(phrase) > 1:
        # The query's words together, as typed ("1,000 followers", "creator fund"), say more than the same
        # words apart: worth at least a match in the summary.
        together = [weight for weight, field in indexed_fields if field.has(phrase)]
        if together:
            total += OWN_WORD * max(*together, WEIGHTS["summary"])
    return total


def searched_items():
    """(kind, item, {field: text}) for every published method, tip and section: one query per kind."""
    methods = Method.objects.published().only(
        "name", "name_en", "slug", "former_names", "summary", "body", "pays", "start"
    )
    for method in methods.prefetch_related("routes"):
        # TikTok's own English names ("Creator Rewards", "LIVE Gifts") are what many creators type whatever
        # their language: a translated method is found by its English name too, as by a former one.
        english = method.name_en if method.name_en != method.name else ""
        yield (
            "Method",
            method,
            {
                "title": method.name,
                "former": f"{method.former_names}\n{english}".strip(),
                "summary": method.summary,
                "needs": requirement_line(method),
                "body": f"{method.body}\n{method.pays}\n{method.start}",
            },
        )
    for kind, model in (("Tip", Tip), ("Guide", Section)):
        for item in model.objects.published().only("title", "slug", "summary", "body"):
            yield kind, item, {"title": item.title, "summary": item.summary, "body": item.body}


def search_guide(raw: str) -> tuple[str, list[Hit], str]:
    """Return the cleaned query, ranked hits, and a note for the person searching (or '')."""
    query = " ".join(CONTROL.sub(" ", raw).split())[:MAX_QUERY_LENGTH]
    if not query:
        return "", [], ""
    if not any(len(token) > 1 or token.isdigit() for token in TOKEN.findall(query.lower())):
        return query, [], gettext("Try a word such as “LIVE”, “followers” or “brand deals”.")
    concepts, cut = concepts_of(query, synonym_table(Synonym.objects.only("term", "also_search_for")))
    phrase = keys_of(query)
    notes = []
    if cut or len(raw.strip()) > MAX_QUERY_LENGTH:
        notes.append(gettext("Your search was long, so only its first words were used."))
    also = list(
        {a.text.lower(): a.text for c in concepts for a in c.alternatives if a.weight == SYNONYM}.values()
    )
    if also:
        shown = ", ".join(f"“{text}”" for text in also[:MAX_ALSO_SHOWN]) + (
            ", …" if len(also) > MAX_ALSO_SHOWN else ""
        )
        notes.append(gettext("Also searched for %(words)s.") % {"words": shown})

    hits = []
    for kind, item, fields in searched_items():
        points = score(concepts, phrase, fields)
        if points:
            hits.append(Hit(kind, fields["title"], fields["summary"], item.get_absolute_url(), points))
    # On equal scores: methods first, then the guide's own order (sort is stable; items come in their order).
    hits.sort(key=lambda hit: (-hit.score, KINDS.index(hit.kind)))
    return query, hits, " ".join(notes)

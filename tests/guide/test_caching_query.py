"""The page cache hands a view its normalised query as Django would parse it from the encoded string."""

import random
from urllib.parse import urlencode

from django.http import QueryDict

from guide.caching import CHECKER_QUERY, encoded, parsed, read_query


def test_encoded_and_parsed_equal_urlencode_and_querydict():
    rng = random.Random(16)
    alphabet = "aZ09_.~- +&=%/?#é€,;\t"
    for _ in range(5000):
        query = [
            (name, "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))))
            for name in ("followers", "age", "country", "q")
            if rng.random() < 0.8
        ]
        assert encoded(query) == urlencode(query), query
        ours, django = parsed(query), QueryDict(urlencode(query))
        assert list(ours.lists()) == list(django.lists()), query
        assert ours._mutable is django._mutable is False


def test_read_query_reads_what_django_parses(rf):
    # Plain ASCII queries are split on a short path: it must read them as request.GET does.
    rng = random.Random(14)
    pieces = [
        "followers",
        "f%6Fllowers",
        "age",
        "a+ge",
        "country",
        "12",
        "%2C",
        "+",
        "%20",
        "k",
        "=",
        "&",
        "%",
    ]
    for _ in range(3000):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        request = rf.get("/check/")
        request.META["QUERY_STRING"] = raw
        given = QueryDict(raw)
        expected = [(name, read(given[name])) for name, read in CHECKER_QUERY.items() if name in given]
        assert read_query(request, CHECKER_QUERY) == expected, raw

"""The page cache hands a view its normalised query as Django would parse it from the encoded string."""

import random
from urllib.parse import urlencode

from django.http import QueryDict

from guide.caching import encoded, parsed


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

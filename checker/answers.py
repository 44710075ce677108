"""A creator's answer, kept by what decides it, so typing into the checker does not redo the same work.

Creators typing send a new profile with nearly every keystroke, yet most of those profiles get the same
answer: 12,500 and 12,600 followers open the same methods and miss the same things. The rules are cheap;
wording the results and rendering them is most of a request's cost. So each answer (the API's JSON, the
htmx fragment) is kept under a key made of what it is built from:

- the rules' results (each method's status, route and every missing item, "have" numbers included);
- the answers except followers;
- the only other things the words read of followers: whether they meet the LIVE rule's minimum, and
  which sponsored-post tier of each method they fall in (both read as where followers fall among those
  bounds: `follower_bounds`);
- today's date (recent-change and overdue notes count days);
- the language the words are in (the API's is always English).

The store lives on the Requirements of the current content version, so an edit starts it afresh. A test
compares kept answers with freshly made ones over many random profiles: a new use of followers in the
words that is missing here fails it.
"""

import bisect
import dataclasses
import operator

from django.http import HttpResponse
from django.utils import translation

from checker import estimates, rules
from checker.requirements import Requirements
from guide.caching import etag_of, today

# Per process and content version. A fragment is about 20 KB, so at most about 5 MB; when full it is
# emptied rather than kept in order (no lock, no bookkeeping per hit), and refills from what is typed next.
MAX_ANSWERS = 256


# Every answer but followers, as one tuple (read in C, not field by field): a new field of Profile is in it.
answers_but_followers = operator.attrgetter(
    *(field.name for field in dataclasses.fields(rules.Profile) if field.name != "followers")
)


def follower_bounds(requirements: Requirements, country: str) -> tuple[int, ...]:
    """The follower counts where the words about a creator in this country may change: the LIVE rule's
    minimum (meets_live_rule) and each method's sponsored-post tier bounds there, sorted."""
    bounds = requirements.follower_bounds.get(country)
    if bounds is None:
        found = {requirements.live_rule.min_followers}
        for info in requirements.info.values():
            if info.rates:
                found |= estimates.tier_bounds(info.rates, country)
        bounds = requirements.follower_bounds[country] = tuple(sorted(found))
    return bounds


def answer_key(kind: str, requirements: Requirements, profile: rules.Profile, results) -> tuple:
    """Everything the answer of this kind ("api", "fragment") is made from, as a dictionary key."""
    # Followers between the same two bounds get the same words: which side of the LIVE rule's minimum
    # and which tier of every method, in one bisect.
    followers = profile.followers
    if followers is not None:
        country = (profile.country or "").strip().upper()
        followers = bisect.bisect_right(follower_bounds(requirements, country), followers)
    return (
        kind,
        translation.get_language(),
        today(),
        tuple(results),
        answers_but_followers(profile),
        followers,
    )


def kept_answer(requirements: Requirements, key: tuple, make, content_type=None) -> HttpResponse:
    """A response with the answer kept under key (make() it and keep it the first time).

    Kept as bytes with its ETag (guide.caching.set_etag), so a kept answer is neither encoded nor hashed
    again."""
    store = requirements.answers
    answer = store.get(key)
    if answer is None:
        content = make().encode()
        answer = (content, etag_of(content))
        if len(store) >= MAX_ANSWERS:
            store.clear()
        store[key] = answer
    content, etag = answer
    response = HttpResponse(content, content_type=content_type)
    response.known_etag = etag
    return response

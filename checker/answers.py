"""A creator's answer, kept by what decides it, so typing into the checker does not redo the same work.

Creators typing send a new profile with nearly every keystroke, yet most of those profiles get the same
answer: 12,500 and 12,600 followers open the same methods and miss the same things. The rules are cheap;
wording the results and rendering them is most of a request's cost. So each answer (the API's JSON, the
htmx fragment) is kept under a key made of what it is built from:

- the rules' results (each method's status, route and every missing item, "have" numbers included);
- the answers except followers;
- the only other things the words read of followers: whether they meet the LIVE rule's minimum, and
  which sponsored-post tier of each method they fall in;
- today's date (recent-change and overdue notes count days);
- the language the words are in (the API's is always English).

The store lives on the Requirements of the current content version, so an edit starts it afresh. A test
compares kept answers with freshly made ones over many random profiles: a new use of followers in the
words that is missing here fails it.
"""

import dataclasses
import operator

from django.utils import translation

from checker import estimates, rules
from checker.presentation import meets_live_rule
from checker.requirements import Requirements
from guide.caching import today

# Per process and content version. A fragment is about 20 KB, so at most about 5 MB; when full it is
# emptied rather than kept in order (no lock, no bookkeeping per hit), and refills from what is typed next.
MAX_ANSWERS = 256


# Every answer but followers, as one tuple (read in C, not field by field): a new field of Profile is in it.
answers_but_followers = operator.attrgetter(
    *(field.name for field in dataclasses.fields(rules.Profile) if field.name != "followers")
)


def answer_key(kind: str, requirements: Requirements, profile: rules.Profile, results) -> tuple:
    """Everything the answer of this kind ("api", "fragment") is made from, as a dictionary key."""
    followers = (
        meets_live_rule(profile, requirements.live_rule),
        tuple(
            estimates.followers_tier(profile, info.rates) if info.rates else None
            for info in requirements.info.values()
        ),
    )
    return (
        kind,
        translation.get_language(),
        today(),
        tuple(results),
        answers_but_followers(profile),
        followers,
    )


def kept_answer(requirements: Requirements, key: tuple, make) -> str:
    """The answer kept under key, or make() it and keep it."""
    store = requirements.answers
    answer = store.get(key)
    if answer is None:
        answer = make()
        if len(store) >= MAX_ANSWERS:
            store.clear()
        store[key] = answer
    return answer

"""No input makes the form or the views raise: whatever arrives in the query string, the answer is a page."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.forms import CheckForm

FIELDS = ["followers", "age", "country", "views_30d", "niche", "live", "account_type"]
NICHES = [("education", "Education"), ("gaming", "Gaming")]
# Plausible values mixed with junk: numbers in every format, unicode, control characters, huge strings.
values = st.one_of(
    st.text(max_size=60),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(
        [
            "12.5k",
            "1.2M",
            "12,500",
            "US",
            "in",
            "yes",
            "no",
            "business",
            "education",
            "",
            " ",
            "<script>",
            "%00",
            "\x00",
            "1" * 400,
            "ＵＳ",
            "１２",
        ]
    ),
)
queries = st.dictionaries(st.sampled_from(FIELDS), values, max_size=len(FIELDS))


@given(data=queries)
@settings(max_examples=300, deadline=None)
def test_the_form_never_raises(data):
    form = CheckForm(data, niches=NICHES)
    if form.is_valid():
        profile = form.profile()
        assert profile.followers >= 0 and 13 <= profile.age <= 120
    else:
        assert all(isinstance(str(message), str) for messages in form.errors.values() for message in messages)


@pytest.mark.django_db
@given(data=queries, htmx=st.booleans())
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_views_never_fail(client, default_content, data, htmx):
    headers = {"HX-Request": "true"} if htmx else {}
    page = client.get("/check/", data, headers=headers)
    assert page.status_code == 200
    api = client.get("/api/check", data)
    assert api.status_code in (200, 400)
    body = api.json()
    assert ("results" in body) if api.status_code == 200 else ("errors" in body)

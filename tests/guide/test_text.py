import pytest

from guide.locking import Conflict
from guide.text import and_list


@pytest.mark.parametrize(
    ("items", "text"),
    [([], ""), (["age"], "age"), (["age", "country"], "age and country"), (["a", "b", "c"], "a, b and c")],
)
def test_and_list(items, text):
    assert and_list(items) == text


def test_a_conflict_names_every_other_editor_in_a_sentence():
    conflict = Conflict(noun="tip", current_version=3, editors=["alice", "bob", "carol"])
    assert conflict.message.startswith("Not saved: alice, bob and carol changed this tip after you opened")

"""A "they" is not a nationality or party adjective that only qualifies a noun ("agents of a
*pro-Russian* party", "a *Ukrainian* court"): that name says what the noun is, it names no
people of the sentence (session 32, dev judge J28: "they" for two defendants given to
"pro-Russian"). Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from tests.resolve.test_pronouns_and_surnames import referent


@pytest.mark.parametrize(
    "text",
    [
        "Harlan Voss and his partner Derek Moll were charged with failing to register as agents"
        " of a pro-Russian party in Moldova. They pleaded not guilty on Monday.",
        "Harlan Voss and Derek Moll once advised a pro-Russian party in Moldova. They denied"
        " any wrongdoing on Tuesday.",
    ],
)
def test_they_is_no_adjective_name(resolve_text, text: str) -> None:
    assert referent(resolve_text(text), "They") is None


def test_they_keeps_people_named_by_the_adjective(resolve_text) -> None:
    text = "Voss worked for pro-Russian politicians in Moldova. They paid him well, prosecutors said."
    assert referent(resolve_text(text), "They") is not None


def test_they_keeps_a_plural_group_name(resolve_text) -> None:
    text = "Democrats blocked the Republican plan. They said it would hurt families."
    assert referent(resolve_text(text), "They") == "Democrats"

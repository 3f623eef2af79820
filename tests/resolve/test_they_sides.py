"""A "they" given to no group it cannot be (issue 9, session 25, class 2): a quoted "they" is
not the speaker's own side, the group their own phrase calls them one of ("said Senator X,
the Ohio Democrat": the Democrats say "we"); a subject "they" after two actors joined as the
nearest subject is both of them, which no one node names. Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from tests.resolve.test_pronouns_and_surnames import referent


def test_a_quoted_they_is_not_the_speakers_own_side(resolve_text) -> None:
    graph = resolve_text(
        "Democrats were delighted after the vote was pulled. "
        '"I have never seen a cabinet as weak as this one," said Senator Walt Brenning, the Ohio Democrat '
        'who often clashes with the president. "Today we learned they cannot count votes."'
    )
    assert referent(graph, "they") != "Democrats"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Washington airlifted hundreds of Kurdish fighters along with US military advisers behind enemy "
            "lines. Tillerson said he and Foreign Minister Olan Vaskar had explored many options, but "
            "signalled they had reached no agreement.",
            "US military advisers",
        ),
        (
            "American diplomats came after weeks of uncertainty over how close the White House and the "
            "Kremlin will be working together. They did indeed shake hands.",
            "American",
        ),
    ],
)
def test_a_they_after_two_joined_actors_is_no_one_group(resolve_text, text: str, wrong: str) -> None:
    name = referent(resolve_text(text), "they" if " they " in text else "They")
    assert name is None or wrong not in name


def test_a_they_after_one_group_still_refers(resolve_text) -> None:
    graph = resolve_text(
        "Kenyan doctors went on strike in March. They said the government had broken its promise."
    )
    assert referent(graph, "They") == "Kenyan doctors"

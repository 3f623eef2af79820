"""First names that mark one gender in news, added in session 32 from the Reuters dev names
whose gender was unknown ("Mitch", "Rex", "Jared", "Kirsten"): with no gender, the person is
no candidate for "he"/"she", and the pronoun goes to someone else further up or back.
Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from graphbuilder.resolve.gender import name_gender
from tests.resolve.test_pronouns_and_surnames import referent


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Mitch Harlan", "m"),
        ("Rex Dorsey", "m"),
        ("Jared Oakes", "m"),
        ("Kirsten Vale", "f"),
        ("Stacey Lund", "f"),
    ],
)
def test_first_names_tell_the_gender(name: str, gender: str) -> None:
    assert name_gender(tuple(name.split())) == gender


def test_a_name_used_for_both_genders_tells_none() -> None:
    assert name_gender(("Kelly", "Hart")) is None


def test_the_nearer_subject_with_a_known_first_name_takes_the_pronoun(resolve_text) -> None:
    graph = resolve_text(
        "Governor Tom Reddy has said he would like to cut welfare programs but Senate Leader Mitch "
        "Harlan told a radio station on Monday that he was not interested in cutting them."
    )
    assert referent(graph, "he", 1) == "Mitch Harlan"

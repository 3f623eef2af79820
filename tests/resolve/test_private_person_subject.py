"""A "he" or "she" in a story about a private person no name identifies ("the refugee", "the
shopkeeper", "the mother of two") is not given to a politician named further back: when the
subject of the nearest sentence, or of the clause above the pronoun, is such a person and
agrees with it, the pronoun is left open (session 32, dev judge: features about a voter or a
refugee sent "he" to Trump). Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from tests.resolve.test_pronouns_and_surnames import referent


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        # the subject of the clause above the pronoun
        (
            "Governor Peter Dunmore has promised to cut taxes. The 34-year-old refugee said he fled the war.",
            "he",
        ),
        # the subject of the sentence before (a civilian sector of the gazetteer's agents)
        (
            "Governor Peter Dunmore won the county easily. "
            "The shopkeeper lost her store in May. She said it hurt.",
            "She",
        ),
        # a person noun of the lexicon, gender agreeing
        (
            "Governor Peter Dunmore won the county easily. "
            "The father of three said the plant would close. He works there.",
            "He",
        ),
    ],
)
def test_a_private_person_subject_keeps_the_pronoun_open(resolve_text, text: str, pronoun: str) -> None:
    assert referent(resolve_text(text), pronoun) is None


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # an office holder is no private person: the senator is the man named before
        (
            "Senator Peter Dunmore spoke to the committee on Monday. The senator said he would vote no.",
            "he",
            "Peter Dunmore",
        ),
        # the named person is the subject of the nearest sentence
        (
            "The shopkeeper lost her store in May. Governor Peter Dunmore visited the town. He said it hurt.",
            "He",
            "Peter Dunmore",
        ),
    ],
)
def test_a_named_subject_or_an_office_keeps_its_pronoun(
    resolve_text, text: str, pronoun: str, expected: str
) -> None:
    assert referent(resolve_text(text), pronoun) == expected

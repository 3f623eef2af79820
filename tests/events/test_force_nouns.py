"""Nouns of force launched by the armed are force (events/rules.py, force_on_armed_or_place):
the tables key "launch attack" as words (111) and "launch strike" as a labour strike (141),
but warplanes, troops and militants attack and strike with weapons, at positions, caves and
convoys as much as at people. An attack in words stays words: by the unarmed, or said with a
modifier of words ("a scathing attack on"). Made-up sentences through the real extractor and
classifier."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import types


@pytest.mark.parametrize(
    "text",
    [
        # an attack by the armed on a thing, or on nothing named
        "Israeli warplanes launched attacks on the caves.",
        "Russian bombers launched fresh attacks on rebel positions.",
        "Russian bombers launched fresh attacks.",
        # strikes by the armed are blows, not stoppages of work
        "Israeli jets launched strikes on security installations.",
        "American warplanes carried out strikes on the caves.",
    ],
)
def test_force_launched_by_the_armed_is_force(nlp: Language, text: str) -> None:
    assert types(nlp, text) == {"FIGHT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army chief launched a scathing attack on the government.", {"DISAPPROVE"}),  # in words
        ("The Tories launched an attack on the government's plans.", {"DISAPPROVE"}),
        ("Ministers launched a war on drugs.", set()),  # a figure of speech
        ("The teachers' union launched a strike over pay.", {"PROTEST"}),  # a labour strike
        ("Police staged a strike.", {"PROTEST"}),  # police strike as workers do
    ],
)
def test_words_and_labour_strikes_stay_so(nlp: Language, text: str, expected: set[str]) -> None:
    assert types(nlp, text) == expected

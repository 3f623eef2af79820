"""Sending forces is no aid, disarming others no retreat (events/forces.py). Made-up sentences
through the real extractor and classifier."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import types


@pytest.mark.parametrize(
    "text",
    [
        # a deployment: the tables type it only when its verb says so ("deployed troops")
        "Russia sent troops to the border.",
        "The US sent 3,000 troops to Iraq.",
        # disarming others takes their arms
        "Police disarmed the rival groups.",
        "Peacekeepers disarmed the militia.",
    ],
)
def test_military_acts_are_no_aid_or_retreat(nlp: Language, text: str) -> None:
    assert types(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan sent food to North Korea.", "AID"),
        ("Iran sent weapons to Hezbollah.", "AID"),  # arms given to an actor: military aid
        ("The rebels disarmed their fighters.", "RETREAT"),  # disarming one's own
    ],
)
def test_aid_and_one_s_own_disarmament_keep_their_type(nlp: Language, text: str, expected: str) -> None:
    assert types(nlp, text) == {expected}


def test_sending_words_is_no_aid(nlp: Language) -> None:
    """Congratulations, condolences and greetings sent are words, not aid (SPEECH_NOUNS)."""
    assert types(nlp, "The opposition leader sent the president his warmest congratulations.") == set()

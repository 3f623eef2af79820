"""Patterns of news English typed as an event they are not, or as the wrong one (session 32,
Reuters political news). Made-up sentences through the real extractor and classifier.

* Firing a person is dismissing them, also in a relative clause's passive ("X, who was fired
  by the premier") and with a time or post after the verb ("fired the aide on Monday");
  shooting at people ("were fired on", "fired at the crowd") stays violence."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import typed, types


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania's former finance minister, who was fired by the premier in March, denied the charges.",
        "The governor fired his chief strategist on Friday after the vote.",
        "Lorna Quist, the agency's press director, was fired by the mayor on the job's tenth day.",
        "The prime minister fired the attorney general who had opened the inquiry.",
    ],
)
def test_firing_a_person_is_a_dismissal(nlp: Language, text: str) -> None:
    assert not types(nlp, text) & {"FIGHT", "ASSAULT"}, typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Two policemen were fired on by gunmen near the border.",
        "Soldiers fired at the demonstrators on Sunday.",
    ],
)
def test_firing_at_people_stays_violence(nlp: Language, text: str) -> None:
    assert types(nlp, text) & {"FIGHT", "ASSAULT"}, typed(nlp, text)

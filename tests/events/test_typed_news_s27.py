"""Patterns of news English that look like an event and are none, or another one (session 27,
issue 9). Made-up sentences through the real extractor and classifier.

* Inability is no refusal: "is unable to provide support" says one cannot, not that one will not.
* A reporter asking a newsmaker for comment makes no appeal to an actor.
* Defending a place is holding ground against an attack, not support for an actor.
* A court or a judge halting an order rules on it; it imposes no sanction.
* Ordering a thing ("ordered wiretaps") commissions it; ordering someone to act demands."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import typed, types


@pytest.mark.parametrize(
    "text",
    [
        "The president would be unable to meet the king.",
        "The Velmoran government is often unable to provide the aid that Freedonia needs.",
        "The president was not able to meet the king.",
    ],
)
def test_inability_is_no_refusal(nlp: Language, text: str) -> None:
    assert "REJECT" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text", ["The president refused to meet the king.", "The president would not meet the king."]
)
def test_a_refusal_stays_a_refusal(nlp: Language, text: str) -> None:
    assert "REJECT" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Velmoran Times asked the ministry for comment on the report.",
        "Reuters requested a comment from the embassy but received no reply.",
        "The ministry did not respond to Reuters' requests for comment.",
    ],
)
def test_a_request_for_comment_is_no_appeal(nlp: Language, text: str) -> None:
    assert "REQUEST" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["The opposition asked the ministry for help.", "The ministry rejected Freedonia's request for talks."],
)
def test_asking_for_help_or_talks_stays_an_appeal(nlp: Language, text: str) -> None:
    assert "REQUEST" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Freedonian militants are defending the town against an offensive.",
        "Rebel fighters defended the west bank of the city.",
    ],
)
def test_defending_a_place_is_no_support(nlp: Language, text: str) -> None:
    assert "SUPPORT" not in types(nlp, text), typed(nlp, text)


def test_defending_a_person_stays_support(nlp: Language) -> None:
    text = "The minister defended the ambassador against the criticism."
    assert "SUPPORT" in types(nlp, text), typed(nlp, text)


def test_a_judge_halting_an_order_is_a_ruling(nlp: Language) -> None:
    text = "A federal judge halted the president's executive order."
    assert "SANCTION" not in types(nlp, text), typed(nlp, text)


def test_a_thing_ordered_is_no_demand(nlp: Language) -> None:
    text = "The governor had ordered wiretaps against him."
    assert "DEMAND" not in types(nlp, text), typed(nlp, text)


def test_ordering_someone_to_act_stays_a_demand(nlp: Language) -> None:
    text = "The president ordered Velmora to withdraw its troops."
    assert "DEMAND" in types(nlp, text), typed(nlp, text)

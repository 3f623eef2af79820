"""A lawmaker's or a party's stance on a bill is a step in making a law, no event between
actors (session 32, Reuters political news); verifying a claim is no concession, and not
verifying it refuses nothing. Made-up sentences through the real extractor and classifier."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import typed, types


@pytest.mark.parametrize(
    "text",
    [
        "Three Republican senators said they oppose the tax bill.",
        "The party leader backed the healthcare legislation on Tuesday.",
        "Ruritanian lawmakers will support the measure.",
        "Three Republicans opposed the measure last summer.",
        "The senator said he opposed the current version of the tax bill.",
        "She said she would oppose another healthcare overhaul.",
    ],
)
def test_a_stance_on_a_bill_is_no_event(nlp: Language, text: str) -> None:
    assert typed(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "China opposed the bill, calling it interference in its affairs.",
        "Freedonia rejected Ruritania's new citizenship law.",
    ],
)
def test_a_state_on_another_state_law_stays(nlp: Language, text: str) -> None:
    assert types(nlp, text), typed(nlp, text)


def test_a_veto_stays_a_rejection(nlp: Language) -> None:
    assert types(nlp, "The governor vetoed the measure.") == {"REJECT"}


def test_criticising_a_bill_stays(nlp: Language) -> None:
    assert types(nlp, "Opposition lawmakers criticized the legislation.") == {"DISAPPROVE"}


@pytest.mark.parametrize(
    "text",
    [
        "The agency has not independently verified the accusations.",
        "Inspectors verified the figures in the report.",
    ],
)
def test_verifying_is_no_event(nlp: Language, text: str) -> None:
    assert typed(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The rebels rejected the government's order to disarm.", "REJECT"),
        ("The allies backed military action against the militants.", "SUPPORT"),
        ("The union backed tougher measures against Ruritania.", "SUPPORT"),
    ],
)
def test_a_stance_on_an_order_or_an_action_stays(nlp: Language, text: str, event: str) -> None:
    # only what is put to a vote is a lawmaker's stance; an order, an action, measures are acts
    assert event in types(nlp, text), typed(nlp, text)


def test_pleading_to_an_official_stays_an_appeal(nlp: Language) -> None:
    # a plea in court answers a charge; pleading to someone for help appeals to them
    assert "REQUEST" in types(nlp, "The villagers pleaded to the governor for help.")


@pytest.mark.parametrize(
    "text",
    [
        "The president strongly backs the tax bill.",
        "The White House opposed the measure on Friday.",
        "Donald Trump backed the healthcare bill.",
    ],
)
def test_the_executive_on_a_bill_stays(nlp: Language, text: str) -> None:
    assert types(nlp, text), typed(nlp, text)


def test_a_legislator_named_on_a_bill_is_no_event(nlp: Language) -> None:
    assert typed(nlp, "John McCain opposed the healthcare bill.") == []



def test_the_channel_of_an_attack_is_no_target(nlp: Language) -> None:
    from tests.events.typed_frames import frame_types

    frames = frame_types(nlp, "The president attacked the senator on Twitter on Tuesday.")
    assert [f for f in frames if f[2] == "Twitter" and f[3] is not None] == []
    assert ("The president", "attacked", "the senator", "DISAPPROVE") in frames



def test_an_attack_on_twitter_is_in_words(nlp: Language) -> None:
    text = (
        "The rivals feuded, with Riva calling the palace a circus "
        "after Trump attacked Riva repeatedly on Twitter."
    )
    assert types(nlp, text) == {"DISAPPROVE"}

"""The right category for acts news tells in other words (session 24, issue 9 classes 3-4):
a meeting set, a plot, approval offered, orders to one's own forces, captives
handed over, acts one is asked to do. Made-up sentences through the real extractor and
classifier."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import frame_types, typed, types


def test_a_meeting_set_for_a_day_is_a_meeting(nlp: Language) -> None:
    found = {
        t
        for _, p, _, t in frame_types(
            nlp, "The Kenyan foreign minister will meet his Sudanese counterpart in Geneva tomorrow."
        )
        if p.startswith("met")
    }
    assert "AGREE" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The militant leader admitted planning the attacks on the embassies.",  # a plot, no threat
        "The United States offered full approval to Indonesia's occupation of the island.",
    ],
)
def test_plots_and_approval_are_no_threats(nlp: Language, text: str) -> None:
    assert "THREATEN" not in types(nlp, text)


def test_a_threat_stays(nlp: Language) -> None:
    assert "THREATEN" in types(nlp, "The rebels threatened to attack the capital.")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Prime Minister Viktor Orban ordered his forces to storm the rebel town.", "DEMAND"),
        ("Afghan forces have begun handing over captured fighters to the United States.", "AID"),
    ],
)
def test_own_forces_and_captives(nlp: Language, text: str, wrong: str) -> None:
    assert wrong not in {t for *_, t in frame_types(nlp, text)}


def test_an_order_to_another_actor_stays_a_demand(nlp: Language) -> None:
    assert types(nlp, "The Security Council ordered Ruritania to withdraw its troops.") == {"DEMAND"}


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        # the conjoined infinitive of "challenged X to": what X is asked to do, not done
        (
            "The council challenged the governor to disband the militias and to publicly call "
            "for an end to the fighting.",
            None,
        ),
        # through "help": asked to help break is asked to break
        (
            "Two businessmen have called on the government to help break the airline's dominance.",
            "Two businessmen",
        ),
        # the conjunct of an infinitive of purpose below the one asked for
        (
            "The president asked the envoy to put pressure on Ruritania to stop its raids and "
            "to lift the blockade.",
            "The president",
        ),
    ],
)
def test_what_one_is_asked_to_do_is_not_done(nlp: Language, text: str, asker: str | None) -> None:
    assert {s for s, *_ in typed(nlp, text)} == ({asker} if asker else set())


def test_an_infinitive_conjoined_to_a_finite_verb_is_not_done(nlp: Language) -> None:
    """ "to lift" parsed as a conjunct of "asked": no act done beside the asking."""
    text = (
        '"The president asked the envoy to put pressure on Ruritania to stop its raids, its '
        'military escalation and to lift the blockade on the islands," his adviser said.'
    )
    assert "lifted" not in {p for _, p, *_ in typed(nlp, text)}

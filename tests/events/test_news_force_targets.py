"""Force named in the words of protest, retreat or criticism (session 24, issue 9 class 1):
strikes on a target, attacks by the armed, bombs dropped, blows at a military target.
Made-up sentences through the real extractor and classifier."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import typed, types


@pytest.mark.parametrize(
    "text",
    [
        # a strike noun keyed with its nearest modifier ("air strike"), not the first one
        "Freedonian air strikes on rebel positions have intensified.",
        # strikes on a named town are blows, whoever launches them
        "Turkey launched strikes on Mosul, a city near the frontier.",
        # the armed attack with force whatever they aim at (through "some of")
        "Syrian troops launched attacks on some of the main symbols of the rebellion.",
        # a bomb dropped is an attack from the air, not a demand dropped
        "The air force dropped a huge bomb on the mountains.",
        # a blow at a military target is force, though "blast" alone is words
        "The prime minister blasted the rebel compound with missiles.",
    ],
)
def test_force_on_a_target_is_fight(nlp: Language, text: str) -> None:
    assert types(nlp, text) == {"FIGHT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rail workers began a strike on the Underground.", "PROTEST"),  # a labour strike
        ("The unions called a general strike against the reforms.", "PROTEST"),
        ("The opposition dropped its demand for a recount.", "CONCEDE"),
        ("The prime minister blasted the plan as reckless.", "DISAPPROVE"),
        ("The minister attacked the plan, saying it would fail.", "DISAPPROVE"),
    ],
)
def test_strikes_of_work_and_attacks_in_words_keep_their_type(
    nlp: Language, text: str, expected: str
) -> None:
    assert types(nlp, text) == {expected}


def test_the_state_an_act_leaves_is_no_target(nlp: Language) -> None:
    """ "shot dead five rebels": the type goes on the frame of the people shot, not on "dead"."""
    found = typed(nlp, "Ruritanian troops have shot dead five suspected rebels in a clash near the border.")
    assert [(o, t) for _, _, o, t in found] == [("five suspected rebels", "FIGHT")]

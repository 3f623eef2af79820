"""A plan named by its owner is no event named by its modifier (events/rules.py, _unwrap): a
holder noun ("plan", "effort") names its event through a compound ("peace plan": peace), but
a compound that is an actor's name says whose plan it is ("Labour plans"). Attacking an
actor's plans is then words, as attacking "the plans" is. Made-up sentences through the real
extractor and classifier."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import typed


@pytest.mark.parametrize(
    "text",
    [
        "Opposition parties attacked Labour plans for new taxes.",
        "Opposition parties attacked the plans for new taxes.",
    ],
)
def test_attacking_an_actor_s_plans_is_words(nlp: Language, text: str) -> None:
    assert {t for *_, t in typed(nlp, text)} == {"DISAPPROVE"}


def test_a_plan_named_by_its_event_keeps_it(nlp: Language) -> None:
    assert {t for *_, t in typed(nlp, "The rebels welcomed the Arab League peace plan.")} == {"SUPPORT"}

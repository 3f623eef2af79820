"""A light verb with a noun of force the CAMEO tables key as words ("launch attack": 111, a
verbal attack) is force when aimed at armed people, civilians or a place, words when aimed at
a politician or a plan. Made-up sentences through the real extractor and classifier."""

from __future__ import annotations

import pytest

from tests.events.typed_frames import types


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops launched an attack on Chechen rebels.",
        "Iran launched attacks from Iraqi territory on Kurdish rebels.",
        # a place attacked by the armed
        "Russian troops launched an attack on Baghdad.",
    ],
)
def test_an_attack_on_armed_people_is_force(nlp, text: str) -> None:
    assert types(nlp, text) == {"FIGHT"}


def test_an_attack_on_a_plan_is_words(nlp) -> None:
    assert types(nlp, "The Tories launched an attack on the government's plans.") == {"DISAPPROVE"}


@pytest.mark.parametrize(
    "text",
    [
        "France launched an attack on the United States over farm subsidies.",
        "The Tories launched a fierce attack on Downing Street over the leak.",
        "The bishop launched an attack on Scotland over its drinking culture.",
    ],
)
def test_an_attack_on_a_place_by_the_unarmed_is_words(nlp, text: str) -> None:
    """A country or a seat of government is the usual target of a politician's verbal attack
    (review RV-C, F3)."""
    assert types(nlp, text) == {"DISAPPROVE"}


@pytest.mark.parametrize(
    "text",
    [
        "Army units returned fire.",
        "Border guards returned fire after the patrol was ambushed.",
    ],
)
def test_returning_fire_is_force_not_a_return(nlp, text: str) -> None:
    """ "return fire" is shooting back (190), not giving something back (0842, RETREAT)."""
    assert types(nlp, text) == {"FIGHT"}


def test_returning_a_thing_stays_a_return(nlp) -> None:
    assert types(nlp, "Britain returned the stolen artefacts to Iraq.") == {"RETREAT"}

"""A typed statement shows its actors: no place as its source, its target as its object.

Made-up sentences in the image of what a judgement of typed statements on unseen news found:
an agentless passive whose subject, shown as the statement's source, is a place or a
building ("the embassy was bombed"), so that no actor stands on either side of the event;
an event typed on the frame whose object is a thing ("contribute | aid") while the frame of
the same verb's preposition shows the actor it is aimed at ("contribute_to | the Palestinian
Authority"). Run through the real extractor and classifier.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import typed


@pytest.mark.parametrize(
    "text",
    [
        # an agentless passive whose subject is a place or a building: no actor on either side
        "The embassy was bombed on Friday.",
        "The Hilton hotel was bombed on Friday.",
        "The refugee camp was shelled overnight.",
    ],
)
def test_no_type_when_a_place_suffers_an_act_of_no_one_named(nlp: Language, text: str) -> None:
    assert typed(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The opposition leader was arrested by police.", "COERCE"),  # the agent acts on the victim
        ("The village was attacked by rebels.", "ASSAULT"),  # the agent acts on the place
    ],
)
def test_events_with_their_actors_keep_their_type(nlp: Language, text: str, expected: str) -> None:
    assert expected in {t for *_, t in typed(nlp, text)}


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # the verb's object is a thing; the frame of its preposition shows whom the event is aimed at
        (
            "Japan will contribute aid to the Palestinian Authority.",
            ("Japan", "the Palestinian Authority", "AGREE"),
        ),
        (
            "Soldiers opened fire on protesters in Tiananmen Square.",
            ("Soldiers", "protesters in Tiananmen Square", "FIGHT"),
        ),
    ],
)
def test_the_type_goes_to_the_frame_showing_its_target(
    nlp: Language, text: str, shown: tuple[str, str, str]
) -> None:
    assert [(s, o, t) for s, _, o, t in typed(nlp, text)] == [shown]


def test_an_object_that_names_the_actor_keeps_the_type(nlp: Language) -> None:
    """ "imposed its arms ban on China": the object itself names the target."""
    found = typed(nlp, "The EU imposed its arms ban on China.")
    assert [(s, o) for s, _, o, _ in found] == [("The EU", "its arms ban on China")], found

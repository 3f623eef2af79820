"""An agentless passive names who suffered an act, never who did it: no event type.

A typed statement says its subject did the act to its object; in "a man was arrested in
Ruritania" the subject suffered the act and no doer is named, so the statement ("a man |
was_arrested_in | Ruritania") stays, untyped. With its agent ("was arrested by police") the
frame is the agent's act and keeps its type. Made-up sentences through the real extractor
and classifier.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import typed


@pytest.mark.parametrize(
    "text",
    [
        "A journalist was arrested in Freedonia on Monday.",
        "The former minister was charged with sedition.",
        "The opposition leader was sentenced to ten years in prison.",
        "Two border guards were injured in the raid.",
        "The gunman was wounded in the clash with soldiers.",
        "Thirty villagers were killed in bombings across the province.",
        "The rebel commander was detained in Sylvania last week.",
    ],
)
def test_the_victim_of_an_agentless_passive_is_no_source(nlp: Language, text: str) -> None:
    assert typed(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The journalist was arrested by the secret police.", ("the secret police", "COERCE")),
        ("Two border guards were killed by rebel fighters.", ("rebel fighters", "ASSAULT")),
    ],
)
def test_a_passive_with_its_agent_is_the_agent_s_act(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in {(s, t) for s, _, _, t in typed(nlp, text)}

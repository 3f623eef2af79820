"""The future makes an act an intent (CAMEO: "will visit" is an intent to meet, AGREE; "would
attack" a threat), but only when the act itself, were it done, would be an event between the
actors. A hand judgement of 40 typed statements drawn from 60 BBC articles, and a look at 300
more, found futures typed as intents whose acts are none: a bill debated, a judge weighing
reductions, a minister returning to Parliament, a company overtaking a rival. Made-up
sentences through the real extractor and classifier."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphbuilder.events import classify_all
from graphbuilder.extract import extract_candidates


def typed(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    """(predicate, PLOVER type) of every frame of ``text``."""
    cands = list(extract_candidates(nlp(text)))
    return [(c.predicate, t[0]) for c, t in zip(cands, classify_all(cands), strict=True)]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The amendment will be debated by the Lords on Tuesday.", "debated"),
        ("The home secretary will return to Parliament in January with new proposals.", "returned_to"),
        ("The Swiss drug maker will overtake its Israeli rival next year.", "overtook"),
        ("Possible reductions would have to be weighed carefully by a judge.", "weighed"),
    ],
)
def test_the_future_of_no_event_is_no_intent(nlp, text: str, predicate: str) -> None:
    found = typed(nlp, text)
    assert (predicate, None) in found and not [f for f in found if f[0] == predicate and f[1]], found


@pytest.mark.parametrize(
    ("text", "predicate", "event"),
    [
        ("The European Union will deliver 3m euros of aid to Iraq.", "delivered", "AGREE"),
        ("Russia will attack the rebels in Chechnya.", "attacked", "THREATEN"),
    ],
)
def test_the_future_of_an_event_is_an_intent(nlp, text: str, predicate: str, event: str) -> None:
    found = typed(nlp, text)
    assert (predicate, event) in found, found


def test_a_meeting_set_for_a_day_is_no_intent(nlp) -> None:
    """A meeting set for a day is reported as the meeting, not as an intent to meet (036,
    AGREE; session 24): a consultation is typed only once held, so it stays untyped."""
    found = typed(nlp, "The foreign minister will meet his Chinese counterpart Li Zhaoxing on Friday.")
    assert ("met", None) in found and ("met", "AGREE") not in found, found


# --- a negation makes a refusal (REJECT) only of an act that would be an event -------------


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The party said it would not return to Blackpool for its conference.", "returned_to"),
        ("Many farmers did not share the Countryside Alliance's optimism.", "shared"),
    ],
)
def test_the_denial_of_no_event_is_no_refusal(nlp, text: str, predicate: str) -> None:
    found = typed(nlp, text)
    assert (predicate, None) in found and not [f for f in found if f[0] == predicate and f[1]], found


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Israel did not accept the Egyptian ceasefire proposal.", "accepted"),
        ("Syria did not withdraw its troops from Lebanon.", "withdrew_from"),
    ],
)
def test_the_denial_of_an_event_is_a_refusal(nlp, text: str, predicate: str) -> None:
    assert (predicate, "REJECT") in typed(nlp, text)

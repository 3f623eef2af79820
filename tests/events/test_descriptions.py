"""A relative clause in the simple present describes its noun; it reports no event ("the
terrorists who threaten Britain today", "a studio which provides services to broadcasters").
With a date it names a scheduled one ("which attends the summit on Friday"). Made-up sentences
through the real extractor and classifier."""

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
        ("The rebels who threaten the capital today are well armed.", "threatened"),
        ("Many US senators, who blame China for lost jobs, want a stronger yuan.", "blamed"),
    ],
)
def test_a_present_relative_clause_is_no_event(nlp, text: str, predicate: str) -> None:
    found = typed(nlp, text)
    assert found and predicate in {p for p, _ in found}, found
    assert not [f for f in found if f[0] == predicate and f[1]], found


@pytest.mark.parametrize(
    ("text", "predicate", "event"),
    [
        # the same verbs in the past, or with a date, are events
        ("The rebels, who threatened the capital last week, are well armed.", "threatened", "THREATEN"),
        ("Many US senators, who blamed China for lost jobs, want a stronger yuan.", "blamed", "DISAPPROVE"),
    ],
)
def test_a_dated_or_past_relative_clause_is_an_event(nlp, text: str, predicate: str, event: str) -> None:
    assert (predicate, event) in typed(nlp, text)

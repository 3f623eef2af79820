"""Whole arguments in a statement (issue 9): one predicate for a catenative verb and its
infinitive, and no place phrase as the object beside a phrase the verb governs (made-up
sentences)."""

from __future__ import annotations

import pytest

from graphbuilder.extract import Candidate


def _triples(cands: list[Candidate]) -> set[tuple[str, str, str | None]]:
    return {(c.subject.text, c.predicate, c.object.text if c.object is not None else None) for c in cands}


@pytest.mark.parametrize(
    ("text", "subject", "split", "act"),
    [
        ("The rangers had to carry the injured hiker for nine kilometres.", "The rangers", "had", "carried"),
        ("Volunteers scrambled to rescue the stranded ponies.", "Volunteers", "scrambled", "rescued"),
        ("The shire needs to repair the old bridge.", "The shire", "needed", "repaired"),
    ],
)
def test_catenative_verb_and_infinitive_make_one_predicate(candidates, text, subject, split, act) -> None:
    cands = candidates(text)
    triples = _triples(cands)
    assert not [t for t in triples if t[:2] == (subject, split)], triples  # no "had [carry ...]"
    assert [t for t in triples if t[:2] == (subject, act)], triples  # "carried" (relation "had to carry")


def test_a_place_is_no_object_beside_a_governed_phrase(candidates) -> None:
    triples = _triples(candidates("Ms Varga asked for more money at the meeting."))
    assert ("Ms Varga", "asked_for", "more money") in triples
    assert not [t for t in triples if t[1] == "asked_at"], triples
    triples = _triples(candidates("The engineer applied for citizenship in Portugal."))
    assert ("The engineer", "applied_for", "citizenship") in triples
    assert not [t for t in triples if t[1] == "applied_in"], triples


def test_a_place_alone_stays_the_object(candidates) -> None:
    triples = _triples(candidates("The party executive met in Darwin."))
    assert ("The party executive", "met_in", "Darwin") in triples

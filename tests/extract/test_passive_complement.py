"""A passive verb's predicative noun is its object: "was elected president" says what the
subject became (made-up sentences)."""

from __future__ import annotations

from tests.extract.conftest import find_candidate


def test_passive_with_a_predicative_noun(candidates) -> None:
    cands = candidates("Maria Lopez was elected chair of the regional council in 2019.")
    c = find_candidate(cands, "Maria Lopez", "was_elected", "chair of the regional council")
    assert c.construct == "passive" and not c.negated


def test_made_and_named_take_their_noun(candidates) -> None:
    cands = candidates("The retired judge was made an honorary member of the guild.")
    find_candidate(cands, "The retired judge", "was_made", "an honorary member of the guild")
    cands = candidates("Tom Harris was named head of the inquiry last week.")
    find_candidate(cands, "Tom Harris", "was_named", "head of the inquiry")


def test_noun_with_a_misplaced_agent_is_no_complement(candidates) -> None:
    # the parser hangs "by the opposition" on the noun: the act is the opposition's
    cands = candidates('The new logo was called "a costly blunder" by the opposition.')
    assert not any(
        c.object is not None and "by the opposition" in c.object.text and c.subject.text == "The new logo"
        for c in cands
    ), [(c.subject.text, c.predicate, c.object.text if c.object is not None else None) for c in cands]

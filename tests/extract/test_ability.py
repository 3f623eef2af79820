""" "X was able to V Y" is X's act V on Y, with the copula's negation and mood; "unable to"
denies it (made-up sentences)."""

from __future__ import annotations

from tests.extract.conftest import find_candidate


def test_able_to_gives_the_infinitive_statement(candidates) -> None:
    cands = candidates("Volunteers were able to rebuild the school and repair the bridge.")
    c = find_candidate(cands, "Volunteers", "rebuilt", "the school")
    assert not c.negated and c.modality is None
    assert [t.text for t in c.relation] == ["were", "able", "to", "rebuild"]
    find_candidate(cands, "Volunteers", "repaired", "the bridge")
    # no copula statement "Volunteers were <able to rebuild ...>"
    assert not any(c.object is not None and c.object.text.startswith("able") for c in cands)


def test_unable_and_not_able_are_denials(candidates) -> None:
    c = find_candidate(
        candidates("The committee was unable to approve the budget."), "The committee", "approved"
    )
    assert c.negated
    c = find_candidate(candidates("The company was not able to repay the loan."), "The company", "repaid")
    assert c.negated


def test_mood_of_the_copula_carries_over(candidates) -> None:
    c = find_candidate(candidates("The city will be able to open the stadium."), "The city", "opened")
    assert c.modality == "will" and not c.negated


def test_able_without_an_infinitive_stays_a_copula(candidates) -> None:
    find_candidate(candidates("The new manager is very able."), "The new manager", "is")

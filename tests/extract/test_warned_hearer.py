"""The one warned and the warning make one object, as for a verb of telling (issue 9: the
hearer or the content dropped): "warned [Ruritania that its debts must be paid]" (made-up
sentences)."""

from __future__ import annotations

from graphbuilder.extract import Candidate


def _triples(cands: list[Candidate]) -> set[tuple[str, str, str | None]]:
    return {(c.subject.text, c.predicate, c.object.text if c.object is not None else None) for c in cands}


def test_the_one_warned_takes_in_the_warning(candidates) -> None:
    triples = _triples(candidates("The League warned Ruritania that its debts must be paid in full."))
    assert ("The League", "warned", "Ruritania that its debts must be paid in full") in triples
    assert ("The League", "warned", "Ruritania") not in triples
    assert ("The League", "warned", "its debts must be paid in full") not in triples

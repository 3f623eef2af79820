"""The one warned and the warning make one object, as for a verb of telling (issue 9: the
hearer or the content dropped): "warned [Ruritania that its debts must be paid]" (made-up
sentences)."""

from __future__ import annotations

from tests.extract.triples import triples_of


def test_the_one_warned_takes_in_the_warning(candidates) -> None:
    triples = triples_of(candidates("The League warned Ruritania that its debts must be paid in full."))
    assert ("The League", "warned", "Ruritania that its debts must be paid in full") in triples
    assert ("The League", "warned", "Ruritania") not in triples
    assert ("The League", "warned", "its debts must be paid in full") not in triples

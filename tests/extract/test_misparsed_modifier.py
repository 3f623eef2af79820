"""An adjective the tagger reads as an infinitive is no verb of its own (issue 9, class 6:
"mistakes exposed workers to live rounds" gave "workers lived rounds"); made-up sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The report said the army's mistakes exposed workers to live rounds.", "live"),
        ("Officials said the blunders exposed civilians to live fire.", "live"),
    ],
)
def test_an_adjective_after_a_prepositional_to_is_no_verb(candidates, text: str, word: str) -> None:
    cands = candidates(text)
    assert cands, "the sentence still yields its real statements"
    assert all(c.verb.lower_ != word for c in cands), [(c.subject.text, c.predicate) for c in cands]
    assert any(c.predicate == "exposed" for c in cands)


def test_a_real_infinitive_stays_a_verb(candidates) -> None:
    cands = candidates("The unions urged the workers to live up to their promises.")
    assert any(c.verb.lower_ == "live" for c in cands)

"""Session 32: a fact box's label in capitals with a colon ends its own paragraph when the clause after
it opens with its own subject (a determiner, a quantifier, a preposition); a clause that opens with a
verb or an adverb keeps the label as its subject (made-up text)."""

from __future__ import annotations

import pytest

from graphbuilder.ingest import article_from_text


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("Markets fell. STOCKS: The Northtown index fell 2 percent.",
         "Markets fell. STOCKS:\n\nThe Northtown index fell 2 percent."),
        ("The bill passed. LOCAL TAX (LT): Both chambers had proposed a cap.",
         "The bill passed. LOCAL TAX (LT):\n\nBoth chambers had proposed a cap."),
        ("The bill passed. FERRY AID: On May 3, the council voted for it.",
         "The bill passed. FERRY AID:\n\nOn May 3, the council voted for it."),
        # the label is the subject of a clause that opens with a verb or an adverb
        ("The bill passed. CHILD CREDIT: Doubles the credit to $2,000.",
         "The bill passed. CHILD CREDIT: Doubles the credit to $2,000."),
        ("The bill passed. CHILD CREDIT: Temporarily expands the credit.",
         "The bill passed. CHILD CREDIT: Temporarily expands the credit."),
        # a transcript's speaker label before speech, a colon after words in mixed case: no label
        ("He was asked about the vote. ROE: Yes. We voted.",
         "He was asked about the vote. ROE: Yes. We voted."),
        ("He said: The vote is over.", "He said: The vote is over."),
    ],
)
def test_fact_box_labels(text: str, clean: str) -> None:
    assert article_from_text(text).text == clean

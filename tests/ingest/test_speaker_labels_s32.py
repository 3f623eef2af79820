"""Session 32: a speaker's label in capitals run into the quotation it heads goes, a paragraph break in
its place, so the label is no subject of the quotation's verb (made-up text)."""

from __future__ import annotations

import pytest

from graphbuilder.ingest import article_from_text


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("Shares rose. JO ROE, CHIEF ECONOMIST, NORTHTOWN BANK, NORTHTOWN “They seem to have the votes.”",
         "Shares rose.\n\n“They seem to have the votes.”"),
        ("Shares rose. AL POE, HEAD OF RESEARCH AT NORTHTOWN BANK (from a note): “Rates will rise.”",
         "Shares rose.\n\n“Rates will rise.”"),
        # capitals in a sentence are no label
        ("The sign read “NO ENTRY, KEEP OUT” and the crowd left.",
         "The sign read “NO ENTRY, KEEP OUT” and the crowd left."),
    ],
)
def test_speaker_labels_in_capitals(text: str, clean: str) -> None:
    assert article_from_text(text).text == clean

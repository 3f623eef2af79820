"""Session 32: a date's label in capitals run into the entry it heads, as a calendar of coming events
prints it ("THURSDAY, DEC. 14: The Senate votes ..."), ends its own paragraph; one starts before it
after a sentence's end. A date in prose or in mixed case stays (made-up text)."""

from __future__ import annotations

import pytest

from graphbuilder.ingest import article_from_text


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("A busy month ahead. THURSDAY, DEC. 14: The council meets. FRIDAY, DEC 15: Vote on the ferry.",
         "A busy month ahead.\n\nTHURSDAY, DEC. 14:\n\nThe council meets.\n\nFRIDAY, DEC 15:\n\n"
         "Vote on the ferry."),
        ("Dates to watch. MONDAY, MARCH 4, or TUESDAY, MARCH 5: Possible vote on the budget.",
         "Dates to watch.\n\nMONDAY, MARCH 4, or TUESDAY, MARCH 5:\n\nPossible vote on the budget."),
        ("WEDNESDAY, SEPT. 6: The mayor visits the port.",
         "WEDNESDAY, SEPT. 6:\n\nThe mayor visits the port."),
    ],
)
def test_date_label_gets_its_paragraph(text: str, clean: str) -> None:
    assert article_from_text(text).text == clean


@pytest.mark.parametrize(
    "text",
    [
        "He left on Thursday, Dec. 14: the day after the vote.",
        "The vote is set for THURSDAY, DEC. 14: nothing else is planned.",
    ],
)
def test_dates_in_prose_stay(text: str) -> None:
    assert article_from_text(text).text == text

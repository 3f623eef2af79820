"""Session 32: an agency's note on its own reporting, with the agency as the subject and a verb of
checking or reaching ("Reuters has not independently verified the claims.", "AFP could not immediately
reach Jo Roe for comment."), is the newsroom's, not news: it goes. The agency as an object, another
actor checking, the agency reporting, and a note that goes on with a clause of its own stay (made-up
text)."""

from __future__ import annotations

import pytest

from graphbuilder.ingest import article_from_text


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("Roe denied it. Reuters has not independently verified the claims. The vote is on Monday.",
         "Roe denied it.\n\nThe vote is on Monday."),
        ("Roe denied it. Reuters could not immediately reach Jo Roe for comment. The vote is on Monday.",
         "Roe denied it.\n\nThe vote is on Monday."),
        ("Roe denied it. AFP was unable to confirm the U.S. Senate report. The vote is on Monday.",
         "Roe denied it.\n\nThe vote is on Monday."),
        ("Roe denied it. The AP has been unable to independently authenticate the video. It was seen online.",
         "Roe denied it.\n\nIt was seen online."),
        ("Roe denied it. Reuters contacted six ferry firms. None replied.",
         "Roe denied it.\n\nNone replied."),
        # the note as a relative clause that ends the sentence: the clause goes, the sentence stays
        ("Roe denied the claims, which Reuters has not independently verified. The vote is on Monday.",
         "Roe denied the claims. The vote is on Monday."),
    ],
)
def test_agency_check_note_goes(text: str, clean: str) -> None:
    assert article_from_text(text).text == clean


@pytest.mark.parametrize(
    "text",
    [
        "Roe denied it. Reuters reported that the vote was delayed.",
        "Roe denied it. The ministry told Reuters that it had not seen the plan.",
        "Roe denied it. Officials could not be reached by Reuters for comment.",
        "Roe denied it. Jo Roe has not confirmed the report.",
        "Roe denied it. In letters seen by Reuters, the mayor asked for more time.",
        # what the agency saw is news
        "Roe denied it. Reuters has seen a copy of the memo that changes the rule.",
        # the note goes on with a clause of its own
        "Roe denied it. Reuters has been unable to verify the claims against Roe, who said on Friday "
        "they were false.",
        "Roe denied it. Reuters has not verified the files which relate to the mayor's accounts.",
    ],
)
def test_other_sentences_stay(text: str) -> None:
    assert article_from_text(text).text == text

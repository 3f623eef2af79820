"""A sentence in brackets is prose, not a credit or an editors' note (made-up text): a credit
holds names ("(Reporting by Jo Roe; Editing by Al Poe)"), a note changes the story ("(Corrects
spelling of the minister's name in paragraph 3)", "(Updated with vote)")."""

from __future__ import annotations

import pytest

from graphbuilder.ingest.jsonl import article_from_record


def _text(text: str) -> str:
    return article_from_record({"id": "a1", "text": text}, "test").text


@pytest.mark.parametrize(
    "text",
    [
        "Support for the plan fell in March. (Research by Gallup showed a similar drop in 2016.) Officials"
        " blamed the tax bill.",
        "(The party changed its name in 2010.) It won the vote in May.",
    ],
)
def test_a_sentence_in_brackets_stays(text: str) -> None:
    assert _text(text) == text


def test_credits_and_notes_go() -> None:
    assert _text(
        "The council approved the plan. (Reporting by Jo Roe in Northtown; Additional reporting by Al Poe;"
        " Editing by Lu Lee) The vote was close."
    ) == "The council approved the plan.\n\nThe vote was close."
    assert _text("(Updated with vote) NORTHTOWN (Reuters) - The council approved the plan.") == (
        "The council approved the plan."
    )

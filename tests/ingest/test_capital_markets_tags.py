"""Thomson Reuters' loan and capital-markets services tag their datelines as the agency does
("NEW YORK (LPC/IFR) -"): the tag goes, the city is the article's place (made-up text)."""

from __future__ import annotations

import pytest

from graphbuilder.ingest.jsonl import article_from_record


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("NORTHTOWN (LPC/IFR) - Banks lined up loans for the buyout, bankers said.", "LPC/IFR"),
        ("SOUTHVILLE (Reuters/IFR) - The bond sold well on Tuesday.", "Reuters/IFR"),
        ("NORTHTOWN (IFR) - Issuers priced three deals.", "IFR"),
    ],
)
def test_a_capital_markets_tag_is_a_dateline(text: str, publisher: str) -> None:
    article = article_from_record({"id": "a1", "text": text}, "test")
    assert "(" not in article.text and not article.text.startswith(("NORTHTOWN", "SOUTHVILLE"))
    assert article.dateline in ("NORTHTOWN", "SOUTHVILLE")
    assert article.publisher == publisher


def test_a_bracketed_acronym_in_prose_stays() -> None:
    text = "The lender (LPC) said the loans were sold out."
    assert article_from_record({"id": "a2", "text": text}, "test").text == text

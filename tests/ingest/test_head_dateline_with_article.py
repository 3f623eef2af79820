"""A head dateline whose country is named with its article: "The Hague, the Netherlands - "
(session 28). All texts are made up."""

from __future__ import annotations

import pytest

from graphbuilder.ingest.wire import strip_wire_furniture


@pytest.mark.parametrize(
    ("text", "clean", "place"),
    [
        ("Northtown, the Netherlands - On Monday voters went to the polls.",
         "On Monday voters went to the polls.", "Northtown"),
        ("Northtown, the Philippines -- Police said the road was shut.",
         "Police said the road was shut.", "Northtown"),
        # the article before no known country: the sentence's own words
        ("Jo Roe, the singer - and her band - played.", "Jo Roe, the singer - and her band - played.", None),
    ],
)
def test_head_dateline_with_the_country_s_article(text: str, clean: str, place: str | None) -> None:
    parts = strip_wire_furniture(text)
    assert (parts.text, parts.place) == (clean, place)

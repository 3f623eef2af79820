"""A "they" in what a part of a group said ("Some said they ...", "Most of those interviewed
said they ...", "Many said they ...") is those speakers, not a party or a country named
before: left open (session 32, dev judge: interviewed voters' "they" given to "Republicans").
Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from tests.resolve.test_pronouns_and_surnames import referent


@pytest.mark.parametrize(
    "text",
    [
        "Democrats carried the district last week. Some said they would vote for the plan.",
        "Democrats carried the district last week. Many said they would vote again.",
        "Democrats carried the district last week. Most of those polled said they backed the bill.",
    ],
)
def test_they_said_by_some_is_left_open(resolve_text, text: str) -> None:
    assert referent(resolve_text(text), "they") is None


def test_they_said_by_the_group_itself_keeps_it(resolve_text) -> None:
    text = "Democrats carried the district last week. Many Democrats said they would vote again."
    assert referent(resolve_text(text), "they") == "Democrats"

"""A he/she after a sentence that opens with an unnamed private person ("The father of three
works at a mill") is left open even when the parser gives that sentence no subject ("works"
read as a noun): the sentence is about the person its opening phrase names, not a politician
named further back (session 32, dev judge J28: a refugee's "he" read as the president).
Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from tests.resolve.test_pronouns_and_surnames import referent


@pytest.mark.parametrize(
    "text",
    [
        "President Donald Trump has tightened rules for asylum seekers. The father of three works"
        " at a steel mill in Ohio now. He said he misses his home.",
        "President Donald Trump has tightened rules for asylum seekers. The 40-year-old father of"
        " two works at a mill. He said he misses his home.",
    ],
)
def test_he_after_an_opening_private_person_is_open(resolve_text, text: str) -> None:
    assert referent(resolve_text(text), "He") is None


def test_he_after_an_opening_office_noun_keeps_the_name(resolve_text) -> None:
    text = "President Donald Trump spoke in Ohio on Monday. The crowd cheered loudly. He said jobs are back."
    assert referent(resolve_text(text), "He") == "Donald Trump"

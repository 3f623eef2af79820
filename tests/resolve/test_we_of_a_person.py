"""A quotation's "we" said by a person is the group they speak for, not the person, whatever NER
called the name (issue 9, class 2; made-up phrases, real parses)."""

from __future__ import annotations

import pytest

from graphbuilder.resolve.article import _named_with_a_person_noun


@pytest.mark.parametrize(
    ("text", "speaker", "person"),
    [
        (
            "said Westbury Chartered chief executive Mervyn Pryce on Monday.",
            "Westbury Chartered chief executive Mervyn Pryce",
            True,
        ),
        ("said the bank's spokesman Alwyn Pryce on Monday.", "the bank's spokesman Alwyn Pryce", True),
        ("said Westbury Chartered on Monday.", "Westbury Chartered", False),
        ("said the Westbury Bank board on Monday.", "the Westbury Bank board", False),
    ],
)
def test_a_speaker_called_by_a_person_noun_is_a_person(nlp, text: str, speaker: str, person: bool) -> None:
    doc = nlp(text)
    start = text.index(speaker)
    span = doc.char_span(start, start + len(speaker))
    assert span is not None
    assert _named_with_a_person_noun(span) is person

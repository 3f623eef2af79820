"""A quotation's "we" said by a person is the group they speak for, not the person, whatever NER
called the name (issue 9, class 2; made-up phrases, real parses)."""

from __future__ import annotations

import pytest

from graphbuilder.resolve.article import _named_with_a_person_noun
from tests.resolve.test_pronouns_and_surnames import referent


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


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a person's noun as the speaker, made a group mention by the agent dictionary
        ('"We have spoken with the envoy four times," Norway\'s top diplomat said.', "diplomat"),
        # a person's noun in apposition to a name NER gave no type
        ('"We must wait and see what happens," Ardelio Sumedrin, a community leader, said.', "Sumedrin"),
    ],
)
def test_a_quoted_we_is_not_a_speaker_who_may_be_one_person(resolve_text, text: str, wrong: str) -> None:
    name = referent(resolve_text(text), "We" if '"We' in text else "we")
    assert name is None or wrong not in name


def test_a_quoted_we_of_a_body_is_the_body(resolve_text) -> None:
    text = '"We will appeal against the ruling," the Westbury Bank said on Monday.'
    assert referent(resolve_text(text), "We") == "Westbury Bank"


@pytest.mark.parametrize(
    "text",
    [
        # a person's two-word name the parser ran into an organisation, then the surname alone
        "US ambassador to the United Nations Nikki Marlow said the new administration would act. "
        'Asked about Russia, Marlow said: "Today we were very upset by Russia."',
        # the speaker a "she" of that person
        "US ambassador to the United Nations Nikki Marlow said the new administration would act. "
        '"Today we were very upset by Russia," she added.',
    ],
)
def test_a_quoted_we_of_a_surname_or_a_she_is_not_the_speaker(resolve_text, text: str) -> None:
    name = referent(resolve_text(text), "we")
    assert name is None or "Marlow" not in name

"""A "he" or "she" in a clause or phrase that opens the sentence before its subject may point
forward to that subject (issue 9, session 26, class 1): "As he left the talks, Mr Lindqvist
told reporters ..." is left open when the person named before is someone else; not a pronoun
below a subject of its own clause ("Asked if Mr Kovac should have listed his meetings, ...").
Made-up sentences, real parses."""

from __future__ import annotations

from tests.resolve.test_it_no_actor import sieve_referent
from tests.resolve.test_pronouns_and_surnames import referent


def test_a_leading_clause_pronoun_before_another_subject_is_left_open(resolve_text) -> None:
    graph = resolve_text(
        "Mr Dravenko arrived on Friday and met the envoy. As he left the talks, Mr Lindqvist, 52, "
        "told reporters the deal was close."
    )
    assert referent(graph, "he") is None


def test_a_leading_clause_pronoun_before_the_same_person_still_refers(resolve_text) -> None:
    graph = resolve_text(
        "Mr Lindqvist arrived on Friday and met the envoy. As he left the talks, Mr Lindqvist, 52, "
        "told reporters the deal was close."
    )
    assert referent(graph, "he") == "Lindqvist"


def test_a_pronoun_below_its_own_clause_subject_is_not_pointing_forward(nlp) -> None:
    text = (
        "Mr Dale spoke on Friday. Asked if Mr Kovac should have listed his meetings in his testimony, "
        "Mr Dale told reporters he had full confidence in him."
    )
    assert sieve_referent(nlp, text, "his") == "Kovac"



def test_a_leading_clause_inside_what_someone_said_keeps_the_speaker(nlp) -> None:
    # the clause opens the reported clause, not the sentence: "he" is the one who says it
    text = (
        "Mr Dravenko arrived on Friday. Mr Dravenko said that when he reached the border, "
        "a policeman stopped him."
    )
    assert sieve_referent(nlp, text, "he") == "Dravenko"

"""A "he" whose path's nearest person is a subject named in full whose gender nothing tells is
left open, not given to the one agreeing man named beside that subject (issue 9, class 1;
made-up sentences, real parses)."""

from __future__ import annotations

from tests.resolve.test_pronouns_and_surnames import referent


def test_the_untold_subject_of_the_saying_verb_is_as_likely_meant(resolve_text) -> None:
    text = (
        "Jo Weber, who voted against Peter Ryan in January, praised Ryan and said that he had "
        "texted the speaker over the weekend."
    )
    assert referent(resolve_text(text), "he") is None


def test_a_man_named_as_the_subject_is_still_found(resolve_text) -> None:
    text = "Peter Ryan said on Monday that he had texted the speaker over the weekend."
    assert referent(resolve_text(text), "he") == "Peter Ryan"


def test_a_possessor_in_the_pronouns_own_clause_is_still_found(resolve_text) -> None:
    text = (
        "Peter Ryan met the governor. Jo Weber said that Ryan's advisers had urged him not to "
        "release the papers."
    )
    assert referent(resolve_text(text), "him") == "Peter Ryan"


def test_the_object_of_the_pronouns_own_verb_is_still_found(resolve_text) -> None:
    text = (
        "Peter Sullman pleads not guilty. Attorney Reid Wainwright has tried to portray Mr Sullman as "
        "a liar and on Thursday quizzed him about his decision to commit fraud."
    )
    assert referent(resolve_text(text), "his") == "Peter Sullman"

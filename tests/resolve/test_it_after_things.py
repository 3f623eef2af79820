"""An "it" left open when a thing is as likely meant as the organisation found (session 32,
Reuters dev sample: "the letter ... said ... It added" given to a body the letter named; "the
committee advanced the package ... It now heads to the Senate" given to the committee).
Made-up sentences, real parses."""

from __future__ import annotations

from tests.resolve.test_pronouns_and_surnames import referent


def test_a_thing_subject_of_the_sentence_before_rivals_the_body_it_names(resolve_text) -> None:
    graph = resolve_text(
        "Citing budget data, the letter to Jones said that since 1990, the World Health Institute has "
        "received more than $40 million from the ministry. It added that the committee may soon hold "
        "a hearing."
    )
    assert referent(graph, "It") is None


def test_a_thing_object_nearer_rivals_the_body_for_a_verb_of_no_actor(resolve_text) -> None:
    graph = resolve_text(
        "The Banking Committee approved the legislative package on Tuesday. It now heads to the full Senate."
    )
    assert referent(graph, "It") is None


def test_the_body_keeps_an_it_that_says_something(resolve_text) -> None:
    graph = resolve_text(
        "The World Health Institute published its report on Monday. It said that since 1990, prices "
        "have doubled."
    )
    assert referent(graph, "It") == "World Health Institute"


def test_the_body_keeps_an_it_with_no_thing_between(resolve_text) -> None:
    graph = resolve_text("The Finance Ministry opened an inquiry on Monday. It will report next month.")
    assert referent(graph, "It") == "Finance Ministry"

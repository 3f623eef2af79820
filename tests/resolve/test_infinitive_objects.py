"""An object pronoun of an infinitive with no subject of its own is not the person the
infinitive is understood to have as subject (session 32, seen in Reuters news: the object of
an infinitive after "continued" went to the one who continued). Made-up sentences, real parses."""

from __future__ import annotations

from tests.resolve.test_pronouns_and_surnames import referent


def test_the_object_of_a_subject_controlled_infinitive_is_not_its_subject(resolve_text) -> None:
    graph = resolve_text(
        "Michael Lowe ran the port authority until May. Governor Peter Ames continued to defend him."
    )
    assert referent(graph, "him") == "Michael Lowe"


def test_the_object_of_an_object_controlled_infinitive_is_not_that_object(resolve_text) -> None:
    graph = resolve_text("Peter Ames met Michael Lowe on Monday. Ames urged Lowe to back him in the vote.")
    assert referent(graph, "him") == "Peter Ames"


def test_a_pronoun_after_the_object_of_an_infinitive_is_left_open(resolve_text) -> None:
    # "him" is Lowe, named in the clause the "he" hangs on: either may have left the post
    graph = resolve_text(
        "Michael Lowe ran the port authority until May. Governor Peter Ames began to criticise him "
        "once he had quit the board."
    )
    assert referent(graph, "him") == "Michael Lowe"
    assert referent(graph, "he") is None


def test_an_infinitive_of_purpose_after_an_object_is_left_open(resolve_text) -> None:
    # "to give him" may tell why Ames called (Lowe gives) or what Lowe was asked to do
    graph = resolve_text(
        "On Monday, the governor said Peter Ames had called Michael Lowe to give him his support."
    )
    assert referent(graph, "him") is None


def test_an_object_pronoun_is_not_held_back_by_its_own_verbs_subject(resolve_text) -> None:
    # "Gordon", whose gender nothing tells, is the subject of "told": not who "her" is
    graph = resolve_text(
        "Convention delegate Mary Dunn said that Gordon told her he was going to speak to the "
        "governor about the proposal."
    )
    assert referent(graph, "her") == "Mary Dunn"
    assert referent(graph, "he") is None

"""Person pronouns left open when a person whose gender nothing tells is nearer than the one
found (session 32, seen in Reuters news: a second "he" after a second speaker whose gender
nothing tells went to the first, male speaker). Made-up sentences, real parses."""

from __future__ import annotations

from tests.resolve.test_pronouns_and_surnames import referent


def test_an_untold_subject_nearer_on_the_path_leaves_the_pronoun_open(resolve_text) -> None:
    graph = resolve_text(
        "Mayor Tom Reddy said he hoped to rebuild the harbour, while council leader Jo McTavish "
        "told reporters on Friday that he saw no money for it."
    )
    assert referent(graph, "he", 0) == "Tom Reddy"
    assert referent(graph, "he", 1) is None


def test_a_person_named_in_full_in_the_sentence_before_stops_the_look_back(resolve_text) -> None:
    # the producer is an object, not a subject, but he is the person named nearest
    graph = resolve_text(
        "Senator David Moss chaired the hearing on Tuesday. Several women have made allegations "
        "against film producer Jo Weinberg. He has denied the claims."
    )
    assert referent(graph, "He") is None


def test_a_surname_of_untold_gender_before_the_pronoun_stops_the_look_back(resolve_text) -> None:
    graph = resolve_text(
        "Mary Kendall wrote to Peter Hale, the deputy secretary. The letter was published on Monday. "
        "Auditors opened a review of Vantaggio's spending once a newspaper reported that he had "
        "billed the city for flights."
    )
    assert referent(graph, "he") is None


def test_the_agreeing_subject_above_still_takes_the_pronoun(resolve_text) -> None:
    graph = resolve_text(
        "Mayor Tom Reddy told reporters on Friday that he saw no money for the harbour."
    )
    assert referent(graph, "he") == "Tom Reddy"

"""An object pronoun never means the subject of its own clause (it would be "himself"), and a
verb joined to another by "and" shares that one's subject: in "Holt and Reed met Vance and
urged him", "him" is neither Holt nor Reed (issue 9, class 2: made-up sentences, real parses)."""

from __future__ import annotations

import pytest

from tests.resolve.test_pronouns_and_surnames import referent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister David Holt and opposition leader Tom Reed met Mr Vance yesterday "
            "and urged him to continue his mission.",
            "Vance",
        ),
        (
            "President Peter Marsh met envoy John Vance on Monday and thanked him for the report.",
            "John Vance",
        ),
        ("Mr Holt and Mr Reed met Mr Vance and asked him to stay.", "Vance"),
    ],
)
def test_an_object_pronoun_of_a_joined_verb_is_not_the_shared_subject(
    resolve_text, text: str, expected: str
) -> None:
    assert referent(resolve_text(text), "him") == expected


def test_the_subject_of_a_verb_before_the_joined_one_stays_a_candidate(resolve_text) -> None:
    # "he" is no object: the subject of the clause above is still the likeliest antecedent
    graph = resolve_text("Mr Vance arrived in Rome and said he would meet the Pope.")
    assert referent(graph, "he") == "Vance"


def test_an_object_pronoun_is_not_its_subject_named_sentences_before(resolve_text) -> None:
    graph = resolve_text(
        "Scott Sullivan gave evidence on Tuesday. Mr Sullivan spoke for an hour and described him as careful."
    )
    assert referent(graph, "him") != "Scott Sullivan"

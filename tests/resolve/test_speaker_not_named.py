"""A speaker does not name themself in the third person: the person a quotation names is not
the "he" who says it (issue 9, class 2; made-up sentences, real parses)."""

from __future__ import annotations

from tests.resolve.test_pronouns_and_surnames import referent

QUOTED = (
    "Mr Sullivan told jurors he met often with Mr Ebbers. On Tuesday the allegations were denied "
    'in court. "I was never advised by Scott Sullivan of anything being wrong," he told the court.'
)


def test_the_person_a_quotation_names_is_not_its_speaker(resolve_text) -> None:
    graph = resolve_text(QUOTED)
    assert referent(graph, "he", 1) != "Scott Sullivan"
    assert referent(graph, "I") != "Scott Sullivan"  # the quotation's "I" is its speaker or nobody


def test_the_speaker_named_before_the_quotation_keeps_it(resolve_text) -> None:
    graph = resolve_text(
        "Mr Ebbers denied the allegations on Tuesday. "
        '"I was never advised by Scott Sullivan of anything being wrong," he told the court.'
    )
    assert referent(graph, "he") == "Ebbers"


def test_a_speaker_outside_quotation_marks_keeps_the_person_named_before(resolve_text) -> None:
    # reported without quotation marks, the words may name their speaker
    graph = resolve_text("Mr Mallon said little. Mr Mallon was never a member of the party, he claims.")
    assert referent(graph, "he") == "Mallon"

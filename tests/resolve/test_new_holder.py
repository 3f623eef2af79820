"""A new office-holder's "he" is not his predecessor's (issue 9, session 25, class 3): a role
called new is no one the article calls its former holder, and a subject whose gender nothing
tells -- a role's holder, or a name NER gave no type -- above a "he" leaves it open rather than
passing it to a person named further back; a "he" beside a relative "whom" of its own verb is
not the one the relative stands for. Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from tests.resolve.test_pronouns_and_surnames import referent


def test_a_new_role_is_not_its_former_holder(resolve_text) -> None:
    graph = resolve_text(
        "Oberon Kaleise took the oath of office on Tuesday in the capital. The handpicked candidate of "
        "Marovia's former president, Michel Dantrel, Kaleise first won the vote in 2015. The new "
        "president begins his term with little support, since he is under investigation."
    )
    assert referent(graph, "The new president") != "Michel Dantrel"
    assert referent(graph, "he") != "Michel Dantrel"
    assert referent(graph, "his") != "Michel Dantrel"


def test_an_untyped_subject_above_he_leaves_it_open(resolve_text) -> None:
    graph = resolve_text(
        "The handpicked candidate of Marovia's former president, Michel Dantrel, Kaleise first won the "
        "vote in 2015. Kaleise won the rerun with 55 percent, yet his critics claimed he did not gain "
        "a mandate."
    )
    assert referent(graph, "he") != "Michel Dantrel"


def test_a_former_holder_named_as_such_keeps_his_he(resolve_text) -> None:
    graph = resolve_text(
        "Marovia's former president, Michel Dantrel, left the country in May. He said he would return."
    )
    assert referent(graph, "He") == "Michel Dantrel"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Tomas Arvel told reporters that he had built a close relationship with his "
        "Marovian counterpart, Sergei Dravin, whom he believes to be a strong diplomat.",
        "Mr Arvel said he had met Sergei Dravin, whom he considers a strong diplomat.",
    ],
)
def test_a_he_beside_a_relative_whom_is_not_its_antecedent(resolve_text, text: str) -> None:
    graph = resolve_text(text)
    names = {e.id: e.name for e in graph.entities}
    assert all(names.get(m.entity_id) != "Sergei Dravin" for m in graph.mentions if m.text == "he")


def test_the_speaker_is_not_the_one_his_quotation_calls_by_a_role(resolve_text) -> None:
    text = (
        "President Donald Mercer met farmers on Monday. Voss suggested that Mercer and his "
        'administration focus instead on trade. "I would like to see the president come out and talk '
        'about what he knows, not what he has read," he added.'
    )
    graph = resolve_text(text)
    names = {e.id: e.name for e in graph.entities}
    speaker = [m for m in graph.mentions if m.text == "he" and m.start == text.index("he added")]
    assert all(names.get(m.entity_id) != "Donald Mercer" for m in speaker)

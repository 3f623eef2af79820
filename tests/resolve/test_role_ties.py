"""A head-of-government role ("the prime minister") that two people fit equally well stays
unresolved, and statements about it are less certain; named with the role, or mentioned more
often, its holder is found as before (made-up sentences, real parses)."""

from __future__ import annotations

from graphbuilder.resolve import ArticleGraph
from tests.resolve.test_role_nominals import entity_name


def statement(graph: ArticleGraph, predicate: str):
    return next(st for st in graph.statements if st.predicate == predicate)


def test_two_government_members_mentioned_alike_leave_the_role_unresolved(resolve_text) -> None:
    graph = resolve_text(
        "Tony Blair and Gordon Brown spoke at the conference in Brighton. "
        "The prime minister hailed his chancellor as the best in a century."
    )
    assert entity_name(graph, "The prime minister") not in {"Tony Blair", "Gordon Brown"}
    hailed = statement(graph, "hailed")
    names = {e.id: e.name for e in graph.entities}
    assert names[hailed.subject_id] not in {"Tony Blair", "Gordon Brown"}
    assert hailed.evidence[0].confidence < 0.7


def test_the_role_named_with_its_holder_is_still_found(resolve_text) -> None:
    graph = resolve_text(
        "Prime Minister Tony Blair and Chancellor Gordon Brown spoke at the conference. "
        "The prime minister hailed his chancellor as the best in a century."
    )
    assert entity_name(graph, "The prime minister") == "Tony Blair"


def test_the_more_mentioned_government_member_is_still_found(resolve_text) -> None:
    graph = resolve_text(
        "Tony Blair and Gordon Brown spoke at the conference in Brighton. "
        "Mr Blair said the economy was strong. "
        "The prime minister hailed the party's record."
    )
    assert entity_name(graph, "The prime minister") == "Tony Blair"

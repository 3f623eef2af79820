"""Role nominals ("the prime minister") in articles without a date (made-up sentences).

A gazetteer person who held a government post in any period fits a head-of-government role
when the article has no date; a role nominal keeps the person it named first; it never
points forward to someone merely mentioned later.
"""

from __future__ import annotations

from graphbuilder.resolve import ArticleGraph


def entity_name(graph: ArticleGraph, text: str, occurrence: int = 0) -> str | None:
    hits = sorted((m for m in graph.mentions if m.text == text), key=lambda m: m.start)
    assert len(hits) > occurrence, f"no mention {text!r}"
    names = {e.id: e.name for e in graph.entities}
    return names.get(hits[occurrence].entity_id)


def test_the_prime_minister_keeps_its_referent(resolve_text) -> None:
    graph = resolve_text(
        "Tony Blair said the election would be held in May. "
        "The prime minister and his aide Alan Milburn insisted the economy would decide it. "
        "Chancellor Gordon Brown agreed with them. "
        "The prime minister found himself struggling to explain the cuts."
    )
    assert entity_name(graph, "The prime minister", 0) == "Tony Blair"
    assert entity_name(graph, "The prime minister", 1) == "Tony Blair"


def test_a_role_does_not_point_forward_to_a_person_named_later(resolve_text) -> None:
    graph = resolve_text(
        "The prime minister told a newspaper he would never attack his rival. "
        "Later, Ken Livingstone spoke to reporters in London."
    )
    assert entity_name(graph, "The prime minister") != "Ken Livingstone"

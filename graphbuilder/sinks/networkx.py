"""networkx view: entities as nodes, one edge per statement (literal objects as their own nodes)."""

from __future__ import annotations

from typing import Any

from graphbuilder.graph import KnowledgeGraph


def to_networkx(kg: KnowledgeGraph) -> Any:
    """A ``networkx.MultiDiGraph``: node ids are entity ids (or ``literal:…``), edge keys statement ids.

    Nodes carry name, type, actor_code and country; edges carry predicate, event_type,
    negated, confidence, evidence_count and the supporting sentence ids.
    """
    import networkx as nx

    g = nx.MultiDiGraph()
    for e in kg.entities.values():
        g.add_node(e.id, name=e.name, type=e.type, aliases=list(e.aliases), actor_code=e.actor_code,
                   country=e.country, kind="entity")
    for st in kg.statements.values():
        target = st.object_id if st.object_id is not None else f"literal:{st.object_literal}"
        if st.object_id is None:
            g.add_node(target, name=st.object_literal, kind="literal")
        for node in (st.subject_id, target):
            if node not in g:
                g.add_node(node, name=node, kind="entity")
        g.add_edge(
            st.subject_id,
            target,
            key=st.id,
            predicate=st.predicate,
            event_type=st.event_type,
            negated=st.negated,
            confidence=st.confidence,
            evidence_count=len(st.evidence),
            sentences=[e.sentence.id for e in st.evidence],
        )
    return g

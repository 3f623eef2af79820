"""LadybugDB's one FACT table: queries in Neo4j's schema are rewritten for it and answer the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from sample_graph import sample_graph

from graphbuilder.errors import StoreError
from graphbuilder.query.cypher import run_query
from graphbuilder.sinks.propertygraph import cypher, ladybug_facts, ladybug_store


@pytest.mark.parametrize(
    ("neo4j", "ladybug"),
    [
        (
            "MATCH (a)-[r:APPEAL_TO]->(b) RETURN type(r) AS t",
            "MATCH (a)-[r:FACT {relationship_type: 'APPEAL_TO'}]->(b) "
            "RETURN CASE label(r) WHEN 'FACT' THEN r.relationship_type ELSE label(r) END AS t",
        ),
        (
            "MATCH (a)<-[:`MEET` {negated: false}]-(b) RETURN b",
            "MATCH (a)<-[:FACT {relationship_type: 'MEET', negated: false}]-(b) RETURN b",
        ),
        # structural types, their type() and list comprehensions stay as they were
        (
            "MATCH (s)-[role:SUBJECT|OBJECT]->(e) RETURN toLower(type(role)) AS role",
            "MATCH (s)-[role:SUBJECT|OBJECT]->(e) RETURN toLower(label(role)) AS role",
        ),
        (
            "MATCH (s)-[e:EVIDENCE]->(x) RETURN [n IN nodes(p) WHERE n:Entity | n.id] AS ids",
            "MATCH (s)-[e:EVIDENCE]->(x) RETURN "
            "list_transform(list_filter(nodes(p), n -> label(n) = 'Entity'), n -> n.id) AS ids",
        ),
        (
            "MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS t",
            "MATCH (a:Entity)-[r]->(b:Entity) "
            "RETURN CASE label(r) WHEN 'FACT' THEN r.relationship_type ELSE label(r) END AS t",
        ),
    ],
)
def test_queries_in_the_neo4j_schema_are_rewritten_for_the_fact_table(neo4j: str, ladybug: str) -> None:
    assert ladybug_facts.rewrite(cypher.to_ladybug(neo4j)) == ladybug


def test_typed_queries_answer_from_the_fact_table(tmp_path: Path) -> None:
    db = tmp_path / "graph.lbug"
    kg = sample_graph()
    ladybug_store.load(kg, db)
    facts = sorted(
        (st.subject_id, cypher.relationship_type(st.predicate), st.object_id or "", st.id)
        for st in kg.statements.values()
        if st.object_id
    )
    rows = run_query(
        db,
        "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS t, b.id AS b, r.statement_id AS s",
    )
    assert sorted((r["a"], r["t"], r["b"], r["s"]) for r in rows) == facts
    for subject, rel_type, obj, statement in facts:
        forwards = (
            f"MATCH (a:Entity)-[r:{rel_type}]->(b:Entity {{id: $b}}) RETURN a.id AS a, r.statement_id AS s"
        )
        typed = run_query(db, forwards, {"b": obj})
        assert {"a": subject, "s": statement} in typed
        backwards = run_query(
            db, f"MATCH (b:Entity {{id: $b}})<-[:{rel_type}]-(a) RETURN a.id AS a", {"b": obj}
        )
        assert {"a": subject} in backwards
    assert run_query(db, "MATCH ()-[r:NEVER_SAID]->() RETURN count(r) AS n") == [{"n": 0}]


def test_a_store_with_a_table_per_predicate_is_refused_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "old.lbug"
    database, connection = ladybug_store.connect(db)
    try:
        for statement in cypher.schema_statements(cypher.Dialect.LADYBUG, ["APPEAL_TO"]):
            connection.execute(statement)
        connection.execute("CREATE (:Entity {id: 'e1', name: 'One'})")
    finally:
        connection.close()
        database.close()
    with pytest.raises(StoreError, match="relationship table per predicate .*remove it and load again"):
        ladybug_store.load(sample_graph(), db)

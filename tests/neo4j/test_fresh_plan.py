"""The load plan for an empty Neo4j database: MERGE becomes CREATE only where it is safe.

No server here (tests/neo4j/test_load.py compares the graphs both plans make on a live
one): the plan of the sample graph, and steps whose rows repeat an identity or hold a null
in it, which must keep their MERGE.
"""

from __future__ import annotations

from sample_graph import sample_graph

from graphbuilder.sinks.propertygraph import cypher, neo4j_writer
from graphbuilder.sinks.propertygraph.cypher import Dialect
from graphbuilder.sinks.propertygraph.rows import graph_rows
from graphbuilder.sinks.propertygraph.writer import LoadStep


def _verbs(step: LoadStep) -> list[str]:
    return [line.split(" ")[0] for line in step.statement.splitlines()]


def test_every_node_and_relationship_step_of_a_graph_creates_and_the_aggregate_is_kept() -> None:
    plan = neo4j_writer.neo4j_plan(graph_rows(sample_graph()))
    fresh = neo4j_writer.fresh_plan(plan)
    assert [s.name for s in fresh] == [s.name for s in plan]
    for merging, creating in zip(plan, fresh, strict=True):
        assert creating.rows is merging.rows
        if merging.kind == "update":
            assert creating.statement == merging.statement
            continue
        assert "MERGE" in _verbs(merging) and "MERGE" not in _verbs(creating)
        # the same statement with its one MERGE line read as CREATE: same SET, same matches
        assert creating.statement.replace("\nCREATE ", "\nMERGE ") == merging.statement
    facts = next(s for s in fresh if s.name == "fact relationships")
    assert "CREATE (a)-[r:$(row.fact_type) {statement_id: row.statement_id}]->(b)" in facts.statement


def _mentions(rows: list[dict]) -> LoadStep:
    statement = cypher.merge_relationships("MENTIONS", Dialect.NEO4J)
    return LoadStep("MENTIONS relationships", "relationship", "MENTIONS", statement, rows)


def test_a_step_whose_rows_name_one_relationship_twice_keeps_its_merge() -> None:
    row = {"start_id": "s1", "end_id": "e1", "start_": 0, "end_": 5, "text": "Putin"}
    distinct = [row, {**row, "start_": 10, "end_": 15}]  # same ends, another key: two relationships
    assert "CREATE" in _verbs(neo4j_writer.fresh_plan([_mentions(distinct)])[0])
    twice = [row, {**row, "text": "putin"}]  # same ends and key: MERGE makes one of them
    assert "MERGE" in _verbs(neo4j_writer.fresh_plan([_mentions(twice)])[0])


def test_a_step_with_a_null_identity_keeps_its_merge() -> None:
    rows = [{"id": "e1", "name": "A"}, {"id": None, "name": "B"}]
    step = LoadStep("Entity nodes", "node", "Entity", cypher.merge_nodes("Entity", Dialect.NEO4J), rows)
    assert neo4j_writer.fresh_plan([step]) == [step]  # the server's own error for the null stays
    repeated = LoadStep("Entity nodes", "node", "Entity", step.statement, [rows[0], rows[0]])
    assert neo4j_writer.fresh_plan([repeated]) == [repeated]

"""Property-graph building blocks: names, literals, rows, batches, dialect rewrites, library headers."""

from __future__ import annotations

from pathlib import Path

import pytest
from sample_graph import HOSTILE_NAME, HOSTILE_PREDICATE, sample_graph

from graphbuilder.errors import QueryError
from graphbuilder.sinks.propertygraph import cypher
from graphbuilder.sinks.propertygraph.cypher import Dialect
from graphbuilder.sinks.propertygraph.library import parse_param, parse_query, read_query
from graphbuilder.sinks.propertygraph.rows import batches, graph_rows
from graphbuilder.sinks.propertygraph.writer import load_plan

QUERIES = Path(__file__).resolve().parents[2] / "queries"


@pytest.mark.parametrize(
    ("predicate", "expected"),
    [
        ("appealed_to", "APPEALED_TO"),
        ("appeal to", "APPEAL_TO"),
        ("Appeal-To!!", "APPEAL_TO"),
        ("décréter", "DECRETER"),
        ("  ", "RELATED_TO"),
        ("->", "RELATED_TO"),
        ("1st_warning", "REL_1ST_WARNING"),
        ("entity", "REL_ENTITY"),  # LadybugDB table names are case-insensitive: Entity
        ("reported_by", "REL_REPORTED_BY"),  # a structural type
        (HOSTILE_PREDICATE, "MATCH_N_DELETE_N"),
        ("x`]->(n) DETACH DELETE n //", "X_N_DETACH_DELETE_N"),
        ("a" * 200, "A" * 64),
    ],
)
def test_relationship_type_is_upper_snake_and_bounded(predicate: str, expected: str) -> None:
    assert cypher.relationship_type(predicate) == expected


@pytest.mark.parametrize(
    "name",
    ["APPEAL_TO`", "appeal_to", "A" * 65, "", "A B", "_X", "Entity2", "X-Y", "APPEAL_TO\n", "Entity\n"],
)
def test_check_name_refuses_anything_but_the_strict_pattern(name: str) -> None:
    with pytest.raises(QueryError):
        cypher.check_name(name)


def test_statement_builders_refuse_unsafe_types() -> None:
    with pytest.raises(QueryError):
        cypher.merge_facts("APPEAL_TO`]->(x) DELETE x //", Dialect.NEO4J)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, "null"),
        (True, "true"),
        (3, "3"),
        (0.25, "0.25"),
        ("it's", "'it\\'s'"),
        ("a\\b", "'a\\\\b'"),
        ("\\u0027", "'\\\\u0027'"),  # text that looks like an escape stays text
        ("line\nbreak", "'line\\nbreak'"),
        ("\x00\u2028", "'\\u0000\\u2028'"),
        (["x", 1], "['x', 1]"),
        ({"k": "v"}, "{k: 'v'}"),
    ],
)
def test_literal(value: object, expected: str) -> None:
    assert cypher.literal(value) == expected


@pytest.mark.parametrize("value", [float("nan"), {"bad key": 1}, {"key\n": 1}, object()])
def test_literal_refuses_what_it_cannot_write_exactly(value: object) -> None:
    with pytest.raises(QueryError):
        cypher.literal(value)


def test_literals_read_back_exactly_in_a_real_cypher_engine(tmp_path: Path) -> None:
    from graphbuilder.sinks.propertygraph.ladybug_store import connect, query_connection

    texts = [
        HOSTILE_NAME,
        HOSTILE_PREDICATE,
        "quote ' double \" back \\ tick ` */ // {}",
        "tab\tnew\nline",
        "ünïcödé – “quotes” 🚀",
        "$rows",
        "\x1f\x07",
        "\\u0027) RETURN 1 //",
        "ends with \\",
    ]
    database, connection = connect(tmp_path / "lit.lbug")
    try:
        for text in texts:
            rows = query_connection(connection, f"RETURN {cypher.literal(text)} AS v")
            assert rows == [{"v": text}]
    finally:
        connection.close()
        database.close()


@pytest.mark.parametrize("size", [1, 4, 5, 6])
@pytest.mark.parametrize("count", [0, 1, 4, 5, 6, 11])
def test_batches_cover_every_row_once(count: int, size: int) -> None:
    rows = [{"id": str(i)} for i in range(count)]
    got = list(batches(rows, size))
    assert [r for batch in got for r in batch] == rows
    assert len(got) == -(-count // size)
    assert all(1 <= len(b) <= size for b in got)


def test_rows_mirror_the_graph() -> None:
    kg = sample_graph()
    rows = graph_rows(kg)
    summary = kg.summary()
    assert len(rows.nodes["Article"]) == summary["articles"]
    assert len(rows.nodes["Sentence"]) == len(rows.relationships["HAS_SENTENCE"]) == summary["sentences"]
    assert len(rows.nodes["Entity"]) == summary["entities"]
    assert len(rows.nodes["Statement"]) == len(rows.relationships["SUBJECT"]) == summary["statements"]
    assert len(rows.relationships["EVIDENCE"]) == summary["evidence"]
    assert len(rows.relationships["MENTIONS"]) == summary["mentions"]
    # literal objects stay a property: no OBJECT edge and no direct relationship
    literal = [r for r in rows.nodes["Statement"] if r["object_literal"]]
    assert [r["predicate"] for r in literal] == ["demand"]
    assert len(rows.relationships["OBJECT"]) == summary["statements"] - 1
    assert set(rows.facts) == {"APPEAL_TO", "CRITICIZE", "MATCH_N_DELETE_N", "MEET", "THREATEN"}
    assert len(rows.facts["MEET"]) == 2  # asserted and negated are two statements
    appeal = next(r for r in rows.nodes["Statement"] if r["predicate"] == "appeal_to")
    assert (appeal["evidence_count"], appeal["confidence"]) == (2, 0.9)
    assert (appeal["first_seen"], appeal["last_seen"]) == ("2025-03-14", "2025-03-20")


def test_rows_never_use_ladybug_keywords_as_keys() -> None:
    rows = graph_rows(sample_graph())
    for table in [*rows.nodes.values(), *rows.relationships.values(), *rows.facts.values()]:
        for row in table:
            assert not {"index", "start", "end"} & set(row)


def test_plan_orders_nodes_before_relationships_and_facts_last() -> None:
    plan = load_plan(graph_rows(sample_graph()), Dialect.NEO4J)
    kinds = [step.kind for step in plan]
    assert kinds.index("relationship") > max(i for i, k in enumerate(kinds) if k == "node")
    update = kinds.index("update")
    assert all(step.name.endswith("facts") for step in plan[update + 1 :])
    assert all(step.statement.startswith("UNWIND $rows AS row\n") for step in plan)


def test_hostile_text_never_reaches_statement_text() -> None:
    for dialect in Dialect:
        for step in load_plan(graph_rows(sample_graph()), dialect):
            assert "DETACH DELETE" not in step.statement
            assert "Robert" not in step.statement


@pytest.mark.parametrize(
    ("neo4j", "ladybug"),
    [
        ("MATCH p = shortestPath((a)-[*..6]-(b)) RETURN p", "MATCH p = (a)-[* SHORTEST 1..6]-(b) RETURN p"),
        (
            "MATCH p = shortestPath((a:Entity)-[r:X*2..4]->(b)) RETURN p",
            "MATCH p = (a:Entity)-[r:X* SHORTEST 2..4]->(b) RETURN p",
        ),
        ("RETURN [n IN nodes(p) | n.id] AS ids", "RETURN properties(nodes(p), 'id') AS ids"),
        ("RETURN type(r), e.type", "RETURN label(r), e.type"),
        ("MATCH (n) RETURN n.name", "MATCH (n) RETURN n.name"),
    ],
)
def test_to_ladybug(neo4j: str, ladybug: str) -> None:
    assert cypher.to_ladybug(neo4j) == ladybug


def test_library_header_gives_question_and_typed_defaults() -> None:
    q = parse_query(
        "// Question: Who?\n//   And whom?\n// param: limit = 5 -- how many\n"
        '// param: names = ["a", "b"] -- which\nMATCH (n) RETURN n LIMIT $limit\n'
    )
    assert q.question == "Who? And whom?"
    assert q.defaults == {"limit": 5, "names": ["a", "b"]}
    assert q.descriptions["limit"] == "how many"


def test_library_header_with_bad_default_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.cypher"
    path.write_text("// Question: x\n// param: limit = five -- how many\nRETURN 1\n")
    with pytest.raises(QueryError, match=r"bad\.cypher:2: .*limit"):
        read_query(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("limit=5", ("limit", 5)),
        ("actor=Vladimir Putin", ("actor", "Vladimir Putin")),
        ('types=["REQUEST"]', ("types", ["REQUEST"])),
        ("flag=true", ("flag", True)),
        ("x=", ("x", "")),
    ],
)
def test_parse_param(text: str, expected: tuple[str, object]) -> None:
    assert parse_param(text) == expected


@pytest.mark.parametrize("text", ["novalue", "=5", "bad name=1"])
def test_parse_param_rejects_malformed(text: str) -> None:
    with pytest.raises(QueryError):
        parse_param(text)


def test_query_library_has_ten_documented_questions() -> None:
    files = sorted(QUERIES.glob("*.cypher"))
    assert len(files) >= 10
    for path in files:
        q = read_query(path)
        assert q.question.endswith("?") or "?" in q.question, path
        assert cypher.parameter_names(q.text) == set(q.defaults), f"{path}: documented parameters differ"
        if not q.defaults:
            assert "// Parameters: none." in q.text.split("\nMATCH", 1)[0], path
        assert all(q.descriptions[name] for name in q.defaults), path


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("MATCH (n {id: $id}) RETURN n LIMIT $limit", {"id", "limit"}),
        ("RETURN $`odd name`, $x1", {"odd name", "x1"}),
        ("RETURN '$no', \"$no\", 'it\\'s $no' // $no\n", set()),
        ("RETURN 1 /* $no\n $no */, n.`$no`, $yes", {"yes"}),
    ],
)
def test_parameter_names_skip_strings_names_and_comments(query: str, names: set[str]) -> None:
    assert cypher.parameter_names(query) == names


def test_to_ladybug_filters_path_nodes_by_label() -> None:
    text = "RETURN [n IN nodes(p) WHERE n:Entity | n.id] AS path"
    assert cypher.to_ladybug(text) == (
        "RETURN list_transform(list_filter(nodes(p), n -> label(n) = 'Entity'), n -> n.id) AS path"
    )
    with pytest.raises(QueryError, match="unknown node label"):
        cypher.to_ladybug("RETURN [n IN nodes(p) WHERE n:Nope | n.id]")


def test_name_look_ups_become_bare_key_parameters_for_the_primary_key_index() -> None:
    text, values = cypher.bind_keys(
        "MATCH (:Name {id: toLower($actor)})-[:NAMES]->(e) RETURN e", {"actor": "Putin"}
    )
    assert text == "MATCH (:Name {id: $actor__key})-[:NAMES]->(e) RETURN e"
    assert values == {"actor": "Putin", "actor__key": "putin"}
    same, untouched = cypher.bind_keys("MATCH (n {id: toLower($x)}) RETURN n", {"x": 5})
    assert same == "MATCH (n {id: toLower($x)}) RETURN n" and untouched == {"x": 5}

"""Offline exports: neo4j-admin import CSV files and the parameter-free Cypher script."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from sample_graph import HOSTILE, HOSTILE_NAME, sample_graph

from graphbuilder.sinks.propertygraph import cypher
from graphbuilder.sinks.propertygraph.csv_export import ARRAY_DELIMITER, export_csv
from graphbuilder.sinks.propertygraph.ladybug_store import connect, query_connection
from graphbuilder.sinks.propertygraph.rows import graph_rows
from graphbuilder.sinks.propertygraph.script_export import script_statements, write_script


def shell_statements(script: str) -> list[str]:
    """The statements cypher-shell would run from ``script`` (``cypher-shell -f``).

    Its splitting rules: a statement ends at a ``;`` outside quotes ('...', "...", `...`)
    and comments (// to the end of the line, /* ... */); a backslash outside comments
    escapes the next character, inside quotes too. Comment-only text is no statement.
    """
    out, current, i, quote = [], [], 0, None
    while i < len(script):
        ch, pair = script[i], script[i : i + 2]
        if quote is None and pair in ("//", "/*"):
            end = script.find("\n" if pair == "//" else "*/", i + 2)
            end = len(script) if end < 0 else end + (1 if pair == "//" else 2)
            current.append(script[i:end])
            i = end
            continue
        current.append(ch)
        if ch == "\\":
            current.append(script[i + 1 : i + 2])
            i += 2
            continue
        if quote is not None:
            quote = None if ch == quote else quote
        elif ch in "'\"`":
            quote = ch
        elif ch == ";":
            out.append("".join(current[:-1]))
            current = []
        i += 1
    statements = [re.sub(r"^(\s*//[^\n]*\n)+", "", s).strip() for s in out]
    return [s for s in statements if s]


def _read(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    return header, rows


@pytest.fixture
def csv_dir(tmp_path: Path) -> Path:
    export_csv(sample_graph(), tmp_path / "csv")
    return tmp_path / "csv"


def test_csv_headers_follow_the_import_format(csv_dir: Path) -> None:
    for label in cypher.NODE_TABLES:
        header, _ = _read(csv_dir / f"nodes_{label}.csv")
        assert header[0] == f"id:ID({label})" and header[-1] == ":LABEL"
    header, _ = _read(csv_dir / "nodes_Sentence.csv")
    assert {"index:long", "start:long", "end:long", "text"} <= set(header)
    header, _ = _read(csv_dir / "nodes_Entity.csv")
    assert "aliases:string[]" in header
    header, _ = _read(csv_dir / "rels_EVIDENCE.csv")
    assert header[:3] == [":START_ID(Statement)", ":END_ID(Sentence)", ":TYPE"]
    assert {"negated:boolean", "confidence:double", "relation_start:long"} <= set(header)
    header, _ = _read(csv_dir / "rels_facts.csv")
    assert header[:4] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "statement_id"]


def test_csv_rows_are_complete_and_every_endpoint_exists(csv_dir: Path) -> None:
    rows = graph_rows(sample_graph())
    ids: dict[str, set[str]] = {}
    for label in cypher.NODE_TABLES:
        _, lines = _read(csv_dir / f"nodes_{label}.csv")
        assert len(lines) == len(rows.nodes[label])
        ids[label] = {line[0] for line in lines}
    for rel_type, table in cypher.REL_TABLES.items():
        _, lines = _read(csv_dir / f"rels_{rel_type}.csv")
        assert len(lines) == len(rows.relationships[rel_type])
        assert all(line[0] in ids[table.start] and line[1] in ids[table.end] for line in lines)
        assert {line[2] for line in lines} <= {rel_type}
    _, facts = _read(csv_dir / "rels_facts.csv")
    assert sorted(line[2] for line in facts) == [
        "APPEAL_TO",
        "CRITICIZE",
        "MATCH_N_DELETE_N",
        "MEET",
        "MEET",
        "THREATEN",
    ]
    assert all(line[0] in ids["Entity"] and line[1] in ids["Entity"] for line in facts)


def test_csv_keeps_hostile_text_and_types(csv_dir: Path) -> None:
    header, lines = _read(csv_dir / "nodes_Entity.csv")
    hostile = dict(zip(header, next(line for line in lines if line[0] == HOSTILE.id), strict=True))
    assert hostile["name"] == HOSTILE_NAME
    assert hostile["aliases:string[]"].split(ARRAY_DELIMITER) == sorted(HOSTILE.aliases)
    raw = (csv_dir / "nodes_Entity.csv").read_text(encoding="utf-8")
    assert '"hostile",' in raw and ',,,"Entity"' in raw  # missing codes: empty and unquoted, so no property
    header, lines = _read(csv_dir / "rels_facts.csv")
    appeal = dict(zip(header, next(line for line in lines if line[2] == "APPEAL_TO"), strict=True))
    assert (appeal["negated:boolean"], appeal["evidence_count:long"], appeal["confidence:double"]) == (
        "false",
        "2",
        "0.9",
    )


def test_script_is_constraints_then_one_statement_per_batch(tmp_path: Path) -> None:
    kg = sample_graph()
    statements = list(script_statements(kg, batch_size=4))
    schema = cypher.schema_statements(cypher.Dialect.NEO4J)
    assert statements[: len(schema)] == schema
    batches = sum(
        -(-len(r) // 4)
        for r in [
            *graph_rows(kg).nodes.values(),
            *graph_rows(kg).relationships.values(),
            graph_rows(kg).statement_ids,
            *graph_rows(kg).facts.values(),
        ]
    )
    assert len(statements) == len(schema) + batches
    out = tmp_path / "graph.cypher"
    assert write_script(kg, out, batch_size=4) == len(statements)
    text = out.read_text(encoding="utf-8")
    assert shell_statements(text) == statements  # cypher-shell -f runs exactly these
    assert all(cypher.parameter_names(s) == set() for s in statements)  # parameter-free
    assert "$rows; :param x => 1" in text  # ... though article text may hold "$" and ";"


def test_script_literals_carry_exactly_the_rows(tmp_path: Path) -> None:
    """Each batch literal, read back by a real Cypher parser, is exactly the batch."""
    kg = sample_graph()
    expected = [batch for statement, batch in _batches(kg)]
    database, connection = connect(tmp_path / "read.lbug")
    try:
        for (statement, _), batch in zip(_batches(kg), expected, strict=True):
            assert statement.startswith("UNWIND ")
            literal = statement[len("UNWIND ") : statement.index(" AS row\n")]
            assert literal == cypher.literal(batch)
            assert literal == "[" + ", ".join(cypher.literal(row) for row in batch) + "]"
            for row in batch:  # one by one: LadybugDB types a list literal by its first element
                got = query_connection(connection, f"RETURN {cypher.literal(row)} AS row")
                assert _without_nulls(got[0]["row"]) == _without_nulls(row)
    finally:
        connection.close()
        database.close()


def _batches(kg: object) -> list[tuple[str, list[dict[str, object]]]]:
    from graphbuilder.sinks.propertygraph.writer import load_plan, plan_batches

    rows = graph_rows(kg)  # type: ignore[arg-type]
    statements = list(script_statements(kg, batch_size=3))[
        len(cypher.schema_statements(cypher.Dialect.NEO4J)) :
    ]  # type: ignore[arg-type]
    pairs = list(plan_batches(load_plan(rows, cypher.Dialect.NEO4J), 3))
    return [(s, b) for s, (_, b) in zip(statements, pairs, strict=True)]


def _without_nulls(row: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in row.items() if v is not None and v != []}


def test_shell_statements_follows_the_cypher_shell_rules() -> None:
    script = (
        "// a comment; with a semicolon\nRETURN 'a;b' AS x;\n"
        'RETURN "it\\"s;" /* ; */ AS `y;z`;\nRETURN \'back\\\\\';\n'
    )
    assert shell_statements(script) == [
        "RETURN 'a;b' AS x",
        'RETURN "it\\"s;" /* ; */ AS `y;z`',
        "RETURN 'back\\\\'",
    ]


def _typed(value: str, header: str) -> object:
    """A CSV field read as neo4j-admin import reads it under its typed header."""
    kind = header.partition(":")[2]
    if value == "":
        return None  # an empty unquoted field: no property (text is always quoted)
    if kind == "long":
        return int(value)
    if kind == "double":
        return float(value)
    if kind == "boolean":
        return {"true": True, "false": False}[value]
    if kind == "string[]":
        return value.split(ARRAY_DELIMITER)
    return value


def _records(path: Path) -> list[dict[str, object]]:
    """The file's lines as {header: typed value}."""
    header, lines = _read(path)
    return [{h: _typed(v, h) for h, v in zip(header, line, strict=True)} for line in lines]


def _properties(record: dict[str, object]) -> dict[str, object]:
    """Property name -> value, without the import columns; no value and [] are no property."""
    return {
        h.partition(":")[0]: v
        for h, v in record.items()
        if h.partition(":")[0] and not h.startswith(":") and v not in (None, [])
    }


def _expected(row: dict[str, object], props: tuple[cypher.Prop, ...]) -> dict[str, object]:
    values = {name: row.get(cypher.row_key(name)) for name, _ in props}
    return {k: v for k, v in values.items() if v not in (None, [])}


def test_csv_reads_back_exactly_the_rows_the_loader_sends(csv_dir: Path) -> None:
    rows = graph_rows(sample_graph())
    for label, props in cypher.NODE_TABLES.items():
        records = _records(csv_dir / f"nodes_{label}.csv")
        assert [r[f"id:ID({label})"] for r in records] == [r["id"] for r in rows.nodes[label]]
        assert {r[":LABEL"] for r in records} == {label}
        assert [_properties(r) for r in records] == [_expected(r, props) for r in rows.nodes[label]], label
    for rel_type, table in cypher.REL_TABLES.items():
        records = _records(csv_dir / f"rels_{rel_type}.csv")
        expected = rows.relationships[rel_type]
        ends = [(r[f":START_ID({table.start})"], r[f":END_ID({table.end})"], r[":TYPE"]) for r in records]
        assert ends == [(r["start_id"], r["end_id"], rel_type) for r in expected], rel_type
        assert [_properties(r) for r in records] == [_expected(r, table.properties) for r in expected]
    hostile = next(r for r in _records(csv_dir / "nodes_Entity.csv") if r["id:ID(Entity)"] == HOSTILE.id)
    assert hostile["aliases:string[]"] == sorted(HOSTILE.aliases)
    sentence = next(r for r in _records(csv_dir / "nodes_Sentence.csv") if r["id:ID(Sentence)"] == "a3#s1")
    assert sentence["text"] == HOSTILE_NAME + " criticized Putin in a post about Ukraine: {`*/ //}."

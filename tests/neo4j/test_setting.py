"""A statement's setting (its verb's time and place phrases, ``model.Evidence.setting``) on
Neo4j: `graphbuilder load neo4j` of a real build writes it on each EVIDENCE relationship as a
list of strings in text order, an empty list when the verb has none, and the parameter-free
script of `graphbuilder export cypher` writes the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

TEXT = (
    "The minister resigned in Paris on Tuesday. Police arrested two men in Leeds last month. "
    "The union criticised the plan.\n"
)
EXPECTED = {"resigned in": ["on Tuesday"], "arrested": ["in Leeds", "last month"], "criticised": []}


@pytest.fixture(scope="module")
def setting_build(tmp_path_factory: pytest.TempPathFactory, cli: Any) -> Path:
    base = tmp_path_factory.mktemp("neo4j-setting")
    source = base / "minister.txt"
    source.write_text(TEXT, encoding="utf-8")
    done = cli("build", "-q", str(source), "-o", str(base / "build"))
    assert done.returncode == 0, done.stderr
    return base / "build"


def _settings(graph: Any) -> dict[str, list[str]]:
    rows = graph.query(
        "MATCH (:Statement)-[e:EVIDENCE]->(:Sentence) RETURN e.relation_text AS r, e.setting AS s"
    )
    return {row["r"]: row["s"] for row in rows}


def test_a_load_writes_the_setting_on_each_evidence(graph: Any, setting_build: Path, cli: Any) -> None:
    done = cli("load", "neo4j", str(setting_build), "-q", env=graph.env)
    assert done.returncode == 0, done.stderr
    assert _settings(graph) == EXPECTED
    again = cli("load", "neo4j", str(setting_build), "-q", "--full", env=graph.env)  # a merging load
    assert again.returncode == 0, again.stderr
    assert _settings(graph) == EXPECTED


def test_the_cypher_script_writes_the_setting(
    graph: Any, setting_build: Path, tmp_path: Path, cli: Any
) -> None:
    script = tmp_path / "graph.cypher"
    done = cli("export", "cypher", str(setting_build), str(script))
    assert done.returncode == 0, done.stderr
    text = script.read_text(encoding="utf-8")
    with graph.driver.session(database=graph.database) as session:
        for statement in (s.strip() for s in text.split(";\n")):
            if statement and not all(line.startswith("//") for line in statement.splitlines()):
                session.run(statement).consume()  # type: ignore[arg-type]
    assert _settings(graph) == EXPECTED

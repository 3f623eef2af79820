"""Neo4j's own Cypher front end checks every statement graphbuilder emits, and the query library.

``tests/cypherlint`` pins npm ``@neo4j-cypher/language-support`` (installed by ``make
setup`` from its lock file); its ``lintCypherQuery`` runs Neo4j's parser and semantic
analysis (undefined variables, undeclared parameters, type errors). Everything is linted
in one node call per session, on the statements of a realistic build (the bundled example
articles) and of the reference graph with its hostile text.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sample_graph import sample_graph

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.sinks.propertygraph import neo4j_writer
from graphbuilder.sinks.propertygraph.library import read_query
from graphbuilder.sinks.propertygraph.script_export import script_statements

ROOT = Path(__file__).resolve().parent.parent
LINTER = ROOT / "tests" / "cypherlint"


class RecordingDriver:
    """Records what the Neo4j loader sends, in place of a server."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []

    def execute_query(self, query: str, parameters_: dict[str, Any] | None = None, **_: Any) -> Any:
        self.sent.append((query, parameters_ or {}))
        counters = SimpleNamespace(nodes_created=0, relationships_created=0)
        return SimpleNamespace(records=[], summary=SimpleNamespace(counters=counters), keys=[])


def lint(items: list[dict[str, Any]], processes: int = 2) -> dict[str, list[dict[str, Any]]]:
    """id -> diagnostics, from ``processes`` node runs sharing the items (linting is CPU-bound)."""
    node = shutil.which("node")
    if node is None or not (LINTER / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        pytest.fail("the Cypher linter is not installed: run `make setup` (npm ci in tests/cypherlint)")
    shares: list[list[dict[str, Any]]] = [[] for _ in range(processes)]
    for item in sorted(items, key=lambda i: -len(i["query"])):
        min(shares, key=lambda share: sum(len(i["query"]) + 600 for i in share)).append(item)

    def run(share: list[dict[str, Any]]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [node, str(LINTER / "lint.mjs")],
            input=json.dumps(share),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    out: dict[str, list[dict[str, Any]]] = {}
    with ThreadPoolExecutor(processes) as pool:
        for done in pool.map(run, shares):
            assert done.returncode == 0, done.stderr
            out.update((r["id"], r["diagnostics"]) for r in json.loads(done.stdout))
    assert len(out) == len(items)
    return out


def _loader_statements(kg: KnowledgeGraph, tag: str) -> list[dict[str, Any]]:
    driver = RecordingDriver()
    neo4j_writer.write_graph(kg, driver, batch_size=50)
    texts = sorted({(q, tuple(sorted(p))) for q, p in driver.sent})
    return [
        {"id": f"loader/{tag}/{i}", "query": q, "parameters": {name: [] for name in params}}
        for i, (q, params) in enumerate(texts)
    ]


def _script_statements(kg: KnowledgeGraph, tag: str, batch_size: int) -> list[dict[str, Any]]:
    return [
        {"id": f"script/{tag}/{i}", "query": s, "parameters": {}}
        for i, s in enumerate(script_statements(kg, batch_size=batch_size))
    ]


@pytest.fixture(scope="module")
def diagnostics(example_kg: KnowledgeGraph) -> dict[str, list[dict[str, Any]]]:
    items = _loader_statements(example_kg, "example") + _loader_statements(sample_graph(), "sample")
    items += _script_statements(example_kg, "example", 50) + _script_statements(sample_graph(), "sample", 3)
    for path in sorted((ROOT / "queries").glob("*.cypher")):
        query = read_query(path)
        items.append({"id": f"queries/{path.name}", "query": query.text, "parameters": query.defaults})
    items += [
        {"id": "control/syntax", "query": "MATCH (n:Entity RETURN n", "parameters": {}},
        {"id": "control/variable", "query": "MATCH (n:Entity) RETURN m", "parameters": {}},
        {"id": "control/parameter", "query": "MATCH (n:Entity {id: $id}) RETURN n", "parameters": {}},
    ]
    return lint(items)


def _errors(diagnostics: dict[str, list[dict[str, Any]]], prefix: str) -> dict[str, list[str]]:
    found = {
        k: [d["message"] for d in v if d["severity"] == "error"]
        for k, v in diagnostics.items()
        if k.startswith(prefix)
    }
    assert found, f"nothing linted under {prefix}"
    return {k: v for k, v in found.items() if v}


def test_the_linter_catches_errors(diagnostics: dict[str, list[dict[str, Any]]]) -> None:
    errors = _errors(diagnostics, "control/")
    assert set(errors) == {"control/syntax", "control/variable", "control/parameter"}
    assert "Parameter $id is not defined." in errors["control/parameter"]


def test_every_loader_statement_is_valid_neo4j_cypher(diagnostics: dict[str, list[dict[str, Any]]]) -> None:
    assert _errors(diagnostics, "loader/") == {}
    assert sum(k.startswith("loader/example/") for k in diagnostics) >= 15


def test_every_exported_script_statement_is_valid_neo4j_cypher(
    diagnostics: dict[str, list[dict[str, Any]]],
) -> None:
    assert _errors(diagnostics, "script/") == {}


def test_every_library_query_is_valid_neo4j_cypher(diagnostics: dict[str, list[dict[str, Any]]]) -> None:
    assert _errors(diagnostics, "queries/") == {}
    assert sum(k.startswith("queries/") for k in diagnostics) >= 10

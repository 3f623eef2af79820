"""Fixtures for the Neo4j paths: build folders made by the real CLI, and a scratch graph.

Every test here runs on the session's live server (``neo4j_server`` in tests/conftest.py).
``graph`` empties the database before the test; ``fingerprint`` reads a whole graph back
(every node's labels and properties, every relationship's type, ends and properties) so
two ways of writing it can be compared value for value.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "graphbuilder" / "data" / "examples" / "articles.jsonl"
BBC = ROOT.parent / "shared" / "data" / "corpus" / "bbc-politics-business.jsonl"
BBC_ARTICLES = 200
MARK = "LoadedBuild"  # cypher.MARK_LABEL


def graphbuilder(
    *args: str, env: dict[str, str] | None = None, timeout: float = 900
) -> subprocess.CompletedProcess:
    """Run the real command line in a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "graphbuilder", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=timeout,
        cwd=ROOT,
    )


@pytest.fixture(scope="session")
def cli() -> Any:
    """:func:`graphbuilder`, for the tests (conftest modules are not imported by name)."""
    return graphbuilder


def build(articles: Path, out: Path) -> Path:
    done = graphbuilder("build", "-q", str(articles), "-o", str(out))
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="session")
def example_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build folder of the bundled example articles."""
    return build(EXAMPLES, tmp_path_factory.mktemp("neo4j-example") / "build")


@pytest.fixture(scope="session")
def bbc_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build folder of the first 200 BBC articles of the shared corpus."""
    if not BBC.is_file():
        pytest.skip(f"the shared BBC corpus is not here ({BBC}); the 200-article load needs it")
    folder = tmp_path_factory.mktemp("neo4j-bbc")
    articles = folder / "bbc200.jsonl"
    with BBC.open(encoding="utf-8") as src, articles.open("w", encoding="utf-8") as dst:
        for _, line in zip(range(BBC_ARTICLES), src, strict=False):
            dst.write(line)
    return build(articles, folder / "build")


class Graph:
    """The session server's database, for one test."""

    def __init__(self, server: Any) -> None:
        import neo4j

        self.server = server
        self.database = os.environ.get("NEO4J_DATABASE") or None
        self.driver = neo4j.GraphDatabase.driver(server.bolt_uri, auth=(server.user, server.password))

    @property
    def env(self) -> dict[str, str]:
        """What `graphbuilder load neo4j` needs to reach the server."""
        env = {"NEO4J_URI": self.server.bolt_uri, "NEO4J_USER": self.server.user}
        env["NEO4J_PASSWORD"] = self.server.password
        if self.database:
            env["NEO4J_DATABASE"] = self.database
        return env

    def query(self, text: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        records, _, _ = self.driver.execute_query(text, parameters_=params or {}, database_=self.database)
        return [dict(r) for r in records]

    def clear(self) -> None:
        with self.driver.session(database=self.database) as session:  # batches need an auto-commit run
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()

    def counts(self) -> tuple[int, int]:
        """Nodes and relationships of the graph (the loader's LoadedBuild mark left out)."""
        nodes = self.query(f"MATCH (n) WHERE NOT n:{MARK} RETURN count(n) AS n")[0]["n"]
        rels = self.query("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
        return nodes, rels

    def fingerprint(self) -> tuple[Counter[str], Counter[str]]:
        return fingerprint(self.query)

    def close(self) -> None:
        self.driver.close()


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def fingerprint(query: Any, empty_lists: bool = True) -> tuple[Counter[str], Counter[str]]:
    """Every node and relationship of a graph, with all properties, as two multisets (not the
    LoadedBuild node a load of a build folder leaves: the loader's bookkeeping).

    ``empty_lists=False`` leaves out properties holding an empty list (neo4j-admin import
    stores none for an empty array field).
    """

    def props(values: dict[str, Any]) -> dict[str, Any]:
        return values if empty_lists else {k: v for k, v in values.items() if v != []}

    nodes = Counter(
        _canonical([sorted(r["labels"]), props(r["props"])])
        for r in query(f"MATCH (n) WHERE NOT n:{MARK} RETURN labels(n) AS labels, properties(n) AS props")
    )
    rels = Counter(
        _canonical([r["type"], r["start"], r["end"], props(r["props"])])
        for r in query(
            "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props"
        )
    )
    return nodes, rels


@pytest.fixture
def graph(neo4j_server: Any) -> Any:
    """The server's database, emptied for this test."""
    g = Graph(neo4j_server)
    g.clear()
    yield g
    g.close()


@pytest.fixture(scope="session")
def open_graph(neo4j_server: Any) -> Any:
    """Opens a :class:`Graph` on the session's server (for fixtures wider than one test)."""
    return lambda: Graph(neo4j_server)


@pytest.fixture(scope="session")
def graph_fingerprint() -> Any:
    """:func:`fingerprint`, for graphs on other servers than the session's."""
    return fingerprint

"""`graphbuilder load neo4j DIR` after later builds of DIR: only the change, and the graph a fresh load makes.

On the session's live Neo4j: a build folder grows (articles added, one rebuilt from another
text) and shrinks (articles removed); after each step the database loaded before is brought
forward and compared, node for node and relationship for relationship with every property,
with a fresh load of the folder into the emptied database.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import graphbuilder as gb
from graphbuilder.buildfolder import open_database, write_outputs
from graphbuilder.buildfolder.rows import article_rows
from graphbuilder.model import Article
from graphbuilder.sinks.propertygraph import cypher, neo4j_writer
from graphbuilder.sinks.propertygraph.cypher import Dialect

ROOT = Path(__file__).resolve().parents[2]

EXTRA = Article(
    "extra-1",
    "Vladimir Putin met Viktor Orban in Budapest on Monday. Mr Putin said Russia would keep "
    "supplying gas to Hungary. Orban thanked Putin for the agreement.",
    title="Putin in Budapest",
    published="2025-03-01",
)


@pytest.fixture(scope="module")
def graphs(nlp: Any, examples_path: Path) -> list[Any]:
    """The example articles' graphs, one more, and the first example rebuilt from a shorter text."""
    out = list(gb.iter_article_graphs([examples_path]))
    first = out[0].article
    (extra,) = gb.iter_article_graphs([EXTRA])
    (edited,) = gb.iter_article_graphs([replace(first, text=first.text.rsplit("\n\n", 1)[0])])
    return [*out, extra, edited]


def build_step(folder: Path, add: list[Any] | None = None, remove: list[str] | None = None) -> None:
    folder.mkdir(exist_ok=True)
    db = open_database(folder)
    try:
        db.begin()
        for ag in add or []:
            db.add(article_rows(ag))
        for article_id in remove or []:
            db.remove(article_id)
        db.commit()
        write_outputs(db, folder, exports=False)
    finally:
        db.close()


def load(graph: Any, folder: Path, full: bool = False) -> dict[str, Any]:
    return neo4j_writer.write_folder(folder, graph.driver, database=graph.database, batch_size=7, full=full)


def fresh(graph: Any, folder: Path) -> Any:
    """The fingerprint of a fresh load of ``folder`` (the database is emptied first)."""
    graph.clear()
    out = load(graph, folder)
    assert not out["increment"]
    return graph.fingerprint()


def test_a_database_brought_forward_equals_a_fresh_load(
    graph: Any, graphs: list[Any], tmp_path: Path
) -> None:
    ex1, ex2, ex3, extra, edited = graphs
    folder = tmp_path / "build"
    build_step(folder, add=[ex1, ex2])
    assert not load(graph, folder)["increment"]

    build_step(folder, add=[ex3, extra, edited])
    added = load(graph, folder)
    assert added["increment"] and added["changed"]["articles"] == 3 and added["nodes_created"] > 0
    grown = graph.fingerprint()
    assert grown == fresh(graph, folder)

    build_step(folder, remove=[ex2.article.id, extra.article.id])
    removed = load(graph, folder)  # from the fresh load's mark: generation 2 to 3
    assert removed["increment"] and removed["changed"]["articles"] == 2
    shrunk = graph.fingerprint()
    assert shrunk == fresh(graph, folder)
    assert sum(shrunk[0].values()) < sum(grown[0].values())
    assert sum(shrunk[1].values()) < sum(grown[1].values())

    again = load(graph, folder)
    assert again["increment"] and again["rows_read"] == 0 and again["batches"] == 0
    assert graph.fingerprint() == shrunk
    mark = graph.query("MATCH (m:LoadedBuild) RETURN m.generation AS generation")
    assert mark == [{"generation": 3}]


def test_the_command_line_says_what_it_loaded(graph: Any, graphs: list[Any], tmp_path: Path) -> None:
    folder = tmp_path / "build"
    build_step(folder, add=graphs[:2])

    def run(*options: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "graphbuilder", "load", "neo4j", str(folder), "-q", *options],
            capture_output=True, text=True, env={**os.environ, **graph.env}, cwd=ROOT, timeout=600,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "the whole build" in run()
    build_step(folder, add=graphs[2:3])
    assert "only what changed since the last load: 1 articles" in run()
    assert "the whole build" in run("--full")


class RecordingDriver:
    """The live driver, recording each query it is sent."""

    def __init__(self, driver: Any) -> None:
        self.driver = driver
        self.sent: list[str] = []

    def execute_query(self, query: str, *args: Any, **kwargs: Any) -> Any:
        self.sent.append(query)
        return self.driver.execute_query(query, *args, **kwargs)


def test_a_full_folder_load_sends_the_schema_once(graph: Any, graphs: list[Any], tmp_path: Path) -> None:
    """Into the emptied live database (the MERGE path on a database that holds no graph) and
    again into one that holds it: each schema statement is sent once per load."""
    folder = tmp_path / "build"
    build_step(folder, add=graphs[:1])
    graph.clear()
    schema = cypher.schema_statements(Dialect.NEO4J)
    for step in ("empty", "loaded"):
        driver = RecordingDriver(graph.driver)
        out = neo4j_writer.write_folder(folder, driver, database=graph.database, batch_size=7, full=True)
        assert not out["increment"]
        assert (out["nodes_created"] > 0) == (step == "empty"), out
        assert [driver.sent.count(statement) for statement in schema] == [1] * len(schema), step

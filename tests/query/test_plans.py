"""The SPARQL library is written for the index: name look-ups are exact key look-ups of bound
values, and what follows runs from them, checked on Oxigraph's own query plans."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.query.endpoint import server_binary
from graphbuilder.query.library import read_query
from graphbuilder.query.sparql import bind_values, query_store
from graphbuilder.sinks.folder import write_folder

QUERIES = Path(__file__).resolve().parents[2] / "queries"
KEY = "<https://graphbuilder.example.org/ontology#key>"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, example_kg: KnowledgeGraph) -> Path:
    folder = tmp_path_factory.mktemp("plans")
    write_folder(example_kg, folder)
    return folder


def plan(store: Path, query: str, tmp_path: Path) -> list[tuple[str, int]]:
    """(operation, rows it produced) for each node of Oxigraph's plan of ``query``."""
    copy = tmp_path / "store"
    shutil.copytree(store / "store", copy)  # the CLI opens the store for writing
    done = subprocess.run(
        [str(server_binary()), "query", "--location", str(copy), "--query", query, "--results-format", "csv",
         "--explain", "--stats", "--results-file", str(tmp_path / "out.csv")],
        capture_output=True, text=True, timeout=120, check=True,
    )
    names = re.findall(r'name: "((?:[^"\\]|\\.)*)"', done.stderr)
    counts = [int(n) for n in re.findall(r"number of results: (\d+)", done.stderr)]
    return list(zip(names, counts, strict=True))


def test_a_name_parameter_binds_its_lower_cased_key() -> None:
    bound = bind_values("SELECT ?e WHERE { ?e gb:key ?actor_key }", {"actor": "Vladimir PUTIN"})
    assert 'VALUES (?actor_key) { ("vladimir putin") }' in bound


@pytest.mark.parametrize("name", ["statements_about_actor.rq", "actor_timeline.rq",
                                  "articles_mentioning_actor.rq", "entity_aliases_and_mentions.rq"])
def test_actor_queries_look_the_key_up_and_scan_nothing(store: Path, tmp_path: Path, name: str) -> None:
    query = read_query(QUERIES / name)
    text = bind_values(query.text, query.defaults)
    nodes = plan(store, text, tmp_path)
    lookups = [rows for op, rows in nodes if op.startswith("QuadPattern") and KEY in op]
    assert lookups and all(rows <= 2 for rows in lookups), nodes  # the bound key, not every key
    assert not any(op.startswith("Join(Hash") for op, _ in nodes), nodes  # each step is a look-up
    # the whole plan touches about as many rows as the answer has
    answer = len(query_store(store, query.text, query.defaults))
    assert max(rows for _, rows in nodes) <= 10 * max(answer, 1) + 20, nodes

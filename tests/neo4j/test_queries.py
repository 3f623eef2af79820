"""Every ``queries/*.cypher`` file on Neo4j returns the rows it returns on LadybugDB.

Both stores hold the example build (Neo4j through `graphbuilder load neo4j`'s writer,
LadybugDB through its own); each library query runs on both with its header's defaults
and with parameters picked from the graph so that it has rows to compare. The rows are
compared as multisets, value for value (LadybugDB's rows are checked against a plain
Python oracle in tests/sinks/test_propertygraph_library.py, so this carries that to Neo4j).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graphbuilder.query.cypher import run_query as run_ladybug_query
from graphbuilder.sinks.propertygraph import ladybug_store, neo4j_writer
from graphbuilder.sinks.propertygraph.library import read_query
from graphbuilder.sinks.snapshot import read_graph

QUERIES = Path(__file__).resolve().parents[2] / "queries"
STEMS = sorted(p.stem for p in QUERIES.glob("*.cypher"))
MAY_BE_EMPTY = {"contradicting_statements"}  # the example articles may contradict nothing

Row = dict[str, Any]


class Stores:
    """The example build in Neo4j and in LadybugDB."""

    def __init__(self, graph: Any, ladybug: Path) -> None:
        self.graph = graph
        self.ladybug = ladybug

    def neo4j(self, text: str, params: dict[str, Any]) -> list[Row]:
        return self.graph.query(text, params)

    def lbug(self, text: str, params: dict[str, Any] | None = None) -> list[Row]:
        return run_ladybug_query(self.ladybug, text, params or {})

    def values(self, text: str) -> list[Any]:
        return [next(iter(r.values())) for r in self.lbug(text)]

    def first(self, *texts: str) -> Any:
        return next((v[0] for v in map(self.values, texts) if v), None)

    def parameter_sets(self, defaults: dict[str, Any]) -> list[dict[str, Any]]:
        """The header's defaults, and values taken from this graph for each parameter."""
        ranked = read_query(QUERIES / "most_connected_actors.cypher").text
        actors = [r["actor"] for r in self.lbug(ranked, {"limit": 2})]
        event = "MATCH (s:Statement) WHERE s.event_type IS NOT NULL"
        picked: dict[str, Any] = {
            "actor": actors[0],
            "name": actors[0],
            "from": actors[0],
            "to": actors[-1],
            "limit": 5,
            "min_evidence": 1,
            "event_type": self.first(f"{event} RETURN s.event_type AS t, count(*) AS n ORDER BY n DESC, t"),
            "event_types": self.values(f"{event} RETURN DISTINCT s.event_type AS t"),
            "predicate": self.first("MATCH (s:Statement) RETURN s.predicate, count(*) AS n ORDER BY n DESC"),
            "outlet": self.first(
                "MATCH ()-[e:EVIDENCE]->() WHERE e.reported_by IS NOT NULL RETURN e.reported_by AS o",
                "MATCH (a:Article) WHERE a.publisher IS NOT NULL RETURN a.publisher AS o",
            ),
        }
        chosen = {name: picked[name] for name in defaults if picked.get(name) not in (None, [])}
        return [dict(defaults), {**defaults, **chosen}]


@pytest.fixture(scope="module")
def stores(
    open_graph: Any, example_build: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stores]:
    kg = read_graph(example_build)
    graph = open_graph()
    graph.clear()
    neo4j_writer.write_graph(kg, graph.driver, database=graph.database)
    ladybug = tmp_path_factory.mktemp("ladybug") / "example.lbug"
    ladybug_store.load(kg, ladybug)
    yield Stores(graph, ladybug)
    graph.close()


def _bag(rows: list[Row]) -> Counter[str]:
    return Counter(json.dumps(r, sort_keys=True, ensure_ascii=False, default=str) for r in rows)


@pytest.mark.parametrize("stem", STEMS)
def test_library_query_gives_the_same_rows_on_neo4j_and_ladybug(stores: Stores, stem: str) -> None:
    query = read_query(QUERIES / f"{stem}.cypher")
    compared = 0
    for params in stores.parameter_sets(dict(query.defaults)):
        on_neo4j = stores.neo4j(query.text, params)
        on_ladybug = stores.lbug(query.text, params)
        if stem == "shortest_path":  # equally short paths may differ; their length may not
            assert [(r["from"], r["to"], r["hops"]) for r in on_neo4j] == [
                (r["from"], r["to"], r["hops"]) for r in on_ladybug
            ], params
            assert all(len(r["path"]) == r["hops"] + 1 for r in on_neo4j)
        else:
            assert _bag(on_neo4j) == _bag(on_ladybug), (stem, params)
            assert list(on_neo4j[0]) == list(on_ladybug[0]) if on_neo4j else True  # same columns, same order
        compared += len(on_neo4j)
    if stem not in MAY_BE_EMPTY:
        assert compared, f"{stem}: no parameters gave rows to compare"

"""The connection counts a build stores (``sinks.connections``, ``buildfolder.connections``):
what counting the statement nodes in SPARQL gives (the aggregate ``most_connected_actors.rq``
ran before the counts were stored), in the store and at the end of graph.trig alike, after
every kind of build: all at once, articles added to a folder, an article changed or removed,
with one process, two, and on a Dask cluster."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from folder_steps import build_in_steps

import graphbuilder as gb
from graphbuilder.buildfolder import build, open_database, outputs, pieces, write_outputs
from graphbuilder.model import MODALITIES
from graphbuilder.query.sparql import run_query
from graphbuilder.sinks.connections import (
    ALL,
    COUNTED_MODALITY,
    StatementEnds,
    count_connections,
    graph_iris,
    graph_triples,
)
from graphbuilder.sinks.rdf import Iris

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "graphbuilder" / "data" / "examples" / "articles.jsonl"
BBC = ROOT.parent / "shared" / "data" / "corpus" / "bbc-politics-business.jsonl"
CONNECTIONS = "https://graphbuilder.example.org/connections/"

Counts = dict[tuple[str, str], tuple[int, int, int]]  # (modality, entity IRI) -> statements, partners, rank

#: What most_connected_actors.rq computed before the counts were stored: every statement of
#: the modality ("all": every one), counted per entity, with a name, typed gb:Entity.
COUNTING = """
SELECT ?entity ?name ?statements ?partners
WHERE {
  {
    SELECT ?entity (COUNT(DISTINCT ?statement) AS ?statements) (COUNT(DISTINCT ?other) AS ?partners)
    WHERE {
      ?statement gb:modality ?statement_modality .
      FILTER (?statement_modality = ?modality || ?modality = "all")
      { ?statement rdf:subject ?entity . OPTIONAL { ?statement rdf:object ?other FILTER (isIRI(?other)) } }
      UNION
      { ?statement rdf:object ?entity ; rdf:subject ?other . FILTER (isIRI(?entity)) }
      FILTER (!BOUND(?other) || ?other != ?entity)
    }
    GROUP BY ?entity
  }
  ?entity a gb:Entity ;
          schema:name ?name .
}
"""

STORED = """
SELECT ?modality ?entity ?statements ?partners ?rank
WHERE {
  GRAPH ?counts {
    ?counts gb:countedModality ?modality .
    ?entity gb:statementCount ?statements ; gb:partnerCount ?partners ; gb:connectionRank ?rank .
  }
}
"""


def counted(store: ox.Store) -> Counts:
    """The counts and ranks by counting the store's statement nodes (the oracle)."""
    out: Counts = {}
    for modality in (ALL, *MODALITIES):
        rows = run_query(store, COUNTING, {"modality": modality})
        ranked = sorted(rows, key=lambda r: (-r["statements"], -r["partners"], r["name"], r["entity"]))
        for rank, r in enumerate(ranked, 1):
            out[(modality, r["entity"])] = (r["statements"], r["partners"], rank)
    return out


def stored(store: ox.Store) -> Counts:
    return {(r["modality"], r["entity"]): (r["statements"], r["partners"], r["rank"])
            for r in run_query(store, STORED)}


def count_quads(quads: Any) -> set[ox.Quad]:
    return {q for q in quads
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(CONNECTIONS)}


def folder_store(folder: Path) -> ox.Store:
    return ox.Store.read_only(str(folder / "store"))


def trig_store(folder: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=str(folder / "graph.trig"), format=ox.RdfFormat.TRIG)
    return store


def assert_counts_right(folder: Path) -> Counts:
    """The folder's stored counts are what counting gives, the same in the store and in
    graph.trig, with a graph for each modality that has counts and no other."""
    store = folder_store(folder)
    counts = stored(store)
    assert counts == counted(store)
    assert counts  # the corpus has statements between entities
    trig = trig_store(folder)
    assert count_quads(trig) == count_quads(store.quads_for_pattern(None, None, None, None))
    graphs = {g.value for g in store.named_graphs() if g.value.startswith(CONNECTIONS)}
    assert graphs == {CONNECTIONS + m for m, _ in counts}
    return counts


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example articles and the first 12 BBC articles (the examples alone without the corpus)."""
    path = tmp_path_factory.mktemp("connections-corpus") / "articles.jsonl"
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    if BBC.exists():
        with BBC.open(encoding="utf-8") as fh:
            lines += [next(fh).rstrip("\n") for _ in range(12)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def graphs(nlp, corpus: Path) -> list:
    return list(gb.iter_article_graphs([corpus]))


# --- counting ------------------------------------------------------------------------------


def test_counting_rules_on_hand_made_statements() -> None:
    iris = Iris()
    ends = [
        StatementEnds("s1", "putin", "trump", "asserted"),
        StatementEnds("s2", "putin", "trump", "negated"),
        StatementEnds("s3", "putin", None, "asserted"),  # a literal object: no partner
        StatementEnds("s4", "putin", "putin", "asserted"),  # with itself: counts for neither
        StatementEnds("s5", "a1-he", "putin", "asserted"),  # a local subject is a partner, not ranked
        StatementEnds("s6", "zelensky", "trump", "asserted"),
    ]
    names = [(iris.entity(e), n)
             for e, n in (("putin", "Putin"), ("trump", "Trump"), ("zelensky", "Zelensky"))]
    got = {(c.modality, c.entity.rsplit("/", 1)[1]): (c.statements, c.partners, c.rank)
           for c in count_connections(ends, names, iris)}
    assert got == {
        ("all", "putin"): (4, 2, 1), ("all", "trump"): (3, 2, 2), ("all", "zelensky"): (1, 1, 3),
        ("asserted", "putin"): (3, 2, 1), ("asserted", "trump"): (2, 2, 2),
        ("asserted", "zelensky"): (1, 1, 3),
        ("negated", "putin"): (1, 1, 1), ("negated", "trump"): (1, 1, 2),
    }


def test_ties_rank_by_name_in_code_point_order_then_iri() -> None:
    iris = Iris()
    ends = [StatementEnds(f"s{i}", e, None, "asserted") for i, e in enumerate(["b", "a", "c", "d"])]
    names = [(iris.entity("a"), "zeta"), (iris.entity("b"), "Zeta"), (iris.entity("c"), "Émile"),
             (iris.entity("d"), "Zeta")]
    ranked = [c.entity.rsplit("/", 1)[1]
              for c in count_connections(ends, names, iris) if c.modality == "asserted"]
    assert ranked == ["b", "d", "a", "c"]  # "Zeta" < "zeta" < "Émile"; equal names by IRI
    graphs = dict(graph_triples(count_connections(ends, names, iris), iris))
    assert set(graphs) == {CONNECTIONS + "all", CONNECTIONS + "asserted"}
    first = graphs[CONNECTIONS + "asserted"][0]  # the graph names its modality
    assert first == (CONNECTIONS + "asserted", COUNTED_MODALITY, ("asserted", None))


# --- builds --------------------------------------------------------------------------------


def test_a_build_stores_the_counts_counting_gives(graphs: list, tmp_path: Path) -> None:
    build_in_steps(tmp_path / "f", [graphs])
    counts = assert_counts_right(tmp_path / "f")
    assert {m for m, _ in counts} >= {ALL, "asserted"}
    assert any(partners for _, partners, _ in counts.values())


def test_counts_follow_articles_added_changed_and_removed(graphs: list, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    updates: list[int] = []
    real_update = outputs.update_store

    def update_store(*args: Any, **kwargs: Any) -> int:
        updates.append(1)
        return real_update(*args, **kwargs)

    monkeypatch.setattr(outputs, "update_store", update_store)
    cut = len(graphs) - max(1, len(graphs) // 5)  # few enough added to update the store in place
    first, added = graphs[:cut], graphs[cut:]
    article = first[0].article
    text = (article.text.rsplit("\n\n", 1)[0]
            + "\n\nVladimir Putin met Donald Trump. Donald Trump praised Angela Merkel.")
    (edited,) = gb.iter_article_graphs([replace(article, text=text)])
    steps = {"first": [first], "added": [first, added], "changed": [first, added, [edited]]}
    clean = {"first": [first], "added": [graphs], "changed": [[edited, *first[1:], *added]]}
    for name in steps:
        build_in_steps(tmp_path / f"{name}-steps", steps[name])
        build_in_steps(tmp_path / f"{name}-clean", clean[name])
        counts = assert_counts_right(tmp_path / f"{name}-steps")
        assert counts == stored(folder_store(tmp_path / f"{name}-clean"))
        trig = (tmp_path / f"{name}-steps" / "graph.trig").read_bytes()
        assert trig == (tmp_path / f"{name}-clean" / "graph.trig").read_bytes()
    assert len(updates) >= 2  # the added and the changed articles went into the existing store
    # removing articles: their statements leave the counts (a graph whose modality is gone too)
    removed = tuple(ag.article.id for ag in graphs[1:3])
    build_in_steps(tmp_path / "removed", [graphs], removed)
    build_in_steps(tmp_path / "removed-clean", [[g for g in graphs if g.article.id not in removed]])
    assert assert_counts_right(tmp_path / "removed") == stored(folder_store(tmp_path / "removed-clean"))


def test_a_folder_written_without_counts_gets_them_from_the_next_build(graphs: list, tmp_path: Path) -> None:
    folder, clean = tmp_path / "old", tmp_path / "clean"
    build_in_steps(folder, [graphs])
    build_in_steps(clean, [graphs])
    # as a graphbuilder that stored no counts left it: none in the store or graph.trig, no mark
    store = ox.Store(str(folder / "store"))
    for name in graph_iris(Iris()):
        store.remove_graph(ox.NamedNode(name))
    del store
    db = open_database(folder)
    try:
        pieces.write_trig(db, folder)
        db.db.execute("DELETE FROM meta WHERE key = 'out:connections'")
        assert not count_quads(trig_store(folder)) and not stored(folder_store(folder))
        assert "trig" in write_outputs(db, folder)  # nothing new, yet the outputs are written again
        assert write_outputs(db, folder) == []  # and only once
    finally:
        db.close()
    assert (folder / "graph.trig").read_bytes() == (clean / "graph.trig").read_bytes()
    assert stored(folder_store(folder)) == assert_counts_right(clean)


def test_one_process_two_and_a_dask_cluster_store_the_same_counts(corpus: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed", reason="the [dask] extra is not installed")
    build([corpus], tmp_path / "one", processes=1)
    build([corpus], tmp_path / "two", processes=2)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        build([corpus], tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address)
    counts = assert_counts_right(tmp_path / "one")
    one = count_quads(folder_store(tmp_path / "one").quads_for_pattern(None, None, None, None))
    trig = (tmp_path / "one" / "graph.trig").read_bytes()
    tail = trig[trig.index(b"<" + CONNECTIONS.encode()):]  # the count graphs end graph.trig
    for other in ("two", "dask"):
        assert stored(folder_store(tmp_path / other)) == counts, other
        assert count_quads(folder_store(tmp_path / other).quads_for_pattern(None, None, None, None)) == one
        assert (tmp_path / other / "graph.trig").read_bytes().endswith(tail), other
    shutil.rmtree(tmp_path / "dask")

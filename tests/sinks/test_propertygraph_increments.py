"""Loading a build folder again after later builds: only the change, and the store a fresh load makes.

A real build folder grows, changes and shrinks step by step (articles added, one rebuilt
from another text, articles removed); after each step the LadybugDB store loaded before
is brought forward with `load_folder` and compared, every node and relationship with
every property, with a store freshly loaded from the folder. The change log's part
(``buildfolder.changelog``) is checked on the same folders.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import graphbuilder as gb
from graphbuilder.buildfolder import changelog, open_database, write_outputs
from graphbuilder.buildfolder.database import GraphDatabase, database_path
from graphbuilder.buildfolder.rows import article_rows
from graphbuilder.errors import StoreError
from graphbuilder.model import Article
from graphbuilder.sinks.propertygraph import cypher, ladybug_store, neo4j_writer
from graphbuilder.sinks.propertygraph.cypher import Dialect
from graphbuilder.sinks.propertygraph.folder_rows import folder_rows
from graphbuilder.sinks.propertygraph.rows import graph_rows

EXTRA = [
    Article(
        "extra-1",
        "Vladimir Putin met Viktor Orban in Budapest on Monday. Mr Putin said Russia would keep "
        "supplying gas to Hungary. Orban thanked Putin for the agreement.",
        title="Putin in Budapest",
        published="2025-03-01",
    ),
    Article(
        "extra-2",
        "The Zembla Council criticised Governor Ada Quorn of Vellmark on Tuesday. Ada Quorn rejected "
        "the criticism and accused the Zembla Council of interference.",
        title="Vellmark row",
        published="2025-03-02",
    ),
]


@pytest.fixture(scope="module")
def graphs(nlp: Any, examples_path: Path) -> dict[str, Any]:
    """The example articles' graphs by id, two more, and the first example rebuilt from a
    shorter text (``edited``)."""
    out = {ag.article.id: ag for ag in gb.iter_article_graphs([examples_path])}
    first = next(iter(out.values())).article
    out.update({ag.article.id: ag for ag in gb.iter_article_graphs(EXTRA)})
    (edited,) = gb.iter_article_graphs([replace(first, text=first.text.rsplit("\n\n", 1)[0])])
    out["edited"] = edited
    return out


def build_step(folder: Path, add: list[Any] = (), remove: list[str] = ()) -> None:  # type: ignore[assignment]
    """One build into ``folder``: articles added (or rebuilt) and removed, then the outputs."""
    folder.mkdir(exist_ok=True)
    db = open_database(folder)
    try:
        db.begin()
        for ag in add:
            db.add(article_rows(ag))
        for article_id in remove:
            db.remove(article_id)
        db.commit()
        write_outputs(db, folder, exports=False)
    finally:
        db.close()


def dump(store: Path) -> tuple[list[str], list[str]]:
    """Every node (label, properties) and relationship (type, ends, properties), sorted."""
    database, connection = ladybug_store.connect(store, read_only=True)
    try:
        nodes = [
            json.dumps([label, {k: v for k, v in n.items() if not k.startswith("_")}], sort_keys=True,
                       default=str)
            for label, n in connection.execute("MATCH (n) RETURN label(n), n").get_all()
        ]
        rels = [
            json.dumps([label, a, b, {k: v for k, v in r.items() if not k.startswith("_")}], sort_keys=True,
                       default=str)
            for label, a, b, r in connection.execute(
                "MATCH (a)-[r]->(b) RETURN label(r), a.id, b.id, r").get_all()
        ]
    finally:
        connection.close()
        database.close()
    return sorted(nodes), sorted(rels)


def fresh(folder: Path, tmp_path: Path, name: str) -> tuple[list[str], list[str]]:
    store = tmp_path / f"{name}.lbug"
    out = ladybug_store.load_folder(folder, store)
    assert out["bulk"] and not out["increment"]
    return dump(store)


def test_a_store_brought_forward_equals_a_fresh_load_after_adds_edits_and_removals(
    graphs: dict[str, Any], tmp_path: Path
) -> None:
    ex = [graphs[k] for k in graphs if k not in ("edited", "extra-1", "extra-2")]
    folder, store = tmp_path / "build", tmp_path / "store.lbug"

    build_step(folder, add=ex[:2])
    first = ladybug_store.load_folder(folder, store)
    assert first["bulk"] and not first["increment"]
    assert dump(store) == fresh(folder, tmp_path, "fresh1")

    # a new example, a new article sharing entities with them, and the first one rebuilt
    build_step(folder, add=[ex[2], graphs["extra-1"], graphs["edited"]])
    added = ladybug_store.load_folder(folder, store)
    assert added["increment"] and added["changed"]["articles"] == 3
    assert added["nodes_created"] > 0 and added["relationships_created"] > 0
    grown = dump(store)
    assert grown == fresh(folder, tmp_path, "fresh2")
    assert any('"extra-1"' in line for line in grown[0])

    # two articles removed: their sentences, evidence, statements and entities leave the store
    build_step(folder, remove=[ex[1].article.id, "extra-1"])
    removed = ladybug_store.load_folder(folder, store)
    assert removed["increment"] and removed["changed"]["articles"] == 2
    shrunk = dump(store)
    assert shrunk == fresh(folder, tmp_path, "fresh3")
    assert len(shrunk[0]) < len(grown[0]) and len(shrunk[1]) < len(grown[1])
    assert not any('"extra-1"' in line for line in shrunk[0])

    again = ladybug_store.load_folder(folder, store)  # nothing changed: nothing read, nothing written
    assert again["increment"] and again["rows_read"] == 0 and again["batches"] == 0
    assert dump(store) == shrunk


def test_an_increment_reads_the_rows_of_the_change_not_of_the_folder(
    graphs: dict[str, Any], tmp_path: Path
) -> None:
    """The same article added to a small and to a bigger folder reads the same rows of graph.db."""
    ex = [graphs[k] for k in graphs if k not in ("edited", "extra-1", "extra-2")]
    reads = {}
    for name, before in (("small", [graphs["extra-1"]]), ("big", [*ex, graphs["extra-1"]])):
        folder, store = tmp_path / name, tmp_path / f"{name}.lbug"
        build_step(folder, add=before)
        full = ladybug_store.load_folder(folder, store)
        build_step(folder, add=[graphs["extra-2"]])
        step = ladybug_store.load_folder(folder, store)
        assert step["increment"] and step["changed"]["articles"] == 1
        assert dump(store) == fresh(folder, tmp_path, f"{name}-fresh")
        reads[name] = (full["rows_read"], step["rows_read"])
    assert reads["big"][0] > reads["small"][0]  # the full loads read their folders
    assert reads["big"][1] == reads["small"][1] > 0  # the increments only the new article's rows


def test_any_other_store_gets_the_whole_build(graphs: dict[str, Any], tmp_path: Path) -> None:
    ex = [graphs[k] for k in graphs if k not in ("edited", "extra-1", "extra-2")]
    one, other, store = tmp_path / "one", tmp_path / "other", tmp_path / "store.lbug"
    build_step(one, add=ex[:1])
    build_step(other, add=ex[1:2])
    ladybug_store.load_folder(one, store)
    build_step(one, add=ex[2:])
    # another folder's history: merged whole, and marked as that folder's
    assert not ladybug_store.load_folder(other, store)["increment"]
    # so the first folder is no longer what the store holds: whole again, not an increment
    assert not ladybug_store.load_folder(one, store)["increment"]
    assert ladybug_store.load_folder(one, store)["increment"]
    # --full, and a graph that is no build folder's (the mark goes: the next load is whole)
    assert not ladybug_store.load_folder(one, store, full=True)["increment"]
    ladybug_store.load(gb.build(EXTRA[:1]), store)
    assert not ladybug_store.load_folder(one, store)["increment"]


def test_the_full_rows_of_a_folder_are_those_of_its_graph(graphs: dict[str, Any], tmp_path: Path) -> None:
    """A folder's rows read from graph.db equal those of its graph in memory (as loads made them before)."""
    folder = tmp_path / "build"
    build_step(folder, add=[graphs[k] for k in graphs if k != "edited"])
    db = GraphDatabase(database_path(folder), readonly=True)
    try:
        rows, gone, read = folder_rows(db)
        expected = graph_rows(db.to_graph())
    finally:
        db.close()

    def canonical(table: list[Any]) -> list[str]:
        return sorted(json.dumps(r, sort_keys=True) for r in table)

    assert rows.nodes.keys() == expected.nodes.keys()
    assert rows.relationships.keys() == expected.relationships.keys()
    for label in rows.nodes:
        assert canonical(rows.nodes[label]) == canonical(expected.nodes[label]), label
    for rel in rows.relationships:
        assert canonical(rows.relationships[rel]) == canonical(expected.relationships[rel]), rel
    facts = {k: canonical(v) for k, v in rows.facts.items()}
    assert facts == {k: canonical(v) for k, v in expected.facts.items()}
    assert rows.statement_ids == expected.statement_ids and read > 0 and len(gone) == 0


def test_the_change_log_keeps_what_each_generation_changed(graphs: dict[str, Any], tmp_path: Path) -> None:
    ex = [graphs[k] for k in graphs if k not in ("edited", "extra-1", "extra-2")]
    folder = tmp_path / "build"
    build_step(folder, add=ex[:2])
    build_step(folder, add=[graphs["extra-1"]])
    build_step(folder, remove=[ex[0].article.id])
    db = GraphDatabase(database_path(folder), readonly=True)
    try:
        generation, history = changelog.current(db)
        first = changelog.history(db, 1)
        assert generation == 3 and history and first
        assert changelog.changes_since(db, 3, history) is not None
        assert len(changelog.changes_since(db, 3, history) or ()) == 0
        since_first = changelog.changes_since(db, 1, first)
        assert since_first is not None
        assert since_first.articles == {"extra-1", ex[0].article.id}
        assert {e for e in since_first.entities if e.startswith("vladimir")}  # extra-1 names Putin
        assert changelog.changes_since(db, 1, "another history") is None
        assert changelog.changes_since(db, 0, "") is None  # the first generation logged no keys
        assert changelog.changes_since(db, 4, history) is None  # a generation the folder is not past
    finally:
        db.close()
    # the same steps give the same histories; other steps another
    same, other = tmp_path / "same", tmp_path / "other"
    build_step(same, add=ex[:2])
    build_step(other, add=ex[1:3])
    for path, equal in ((same, True), (other, False)):
        db = GraphDatabase(database_path(path), readonly=True)
        try:
            assert (changelog.history(db, 1) == first) is equal
        finally:
            db.close()


def test_an_increment_stopped_half_way_completes_on_the_rerun(
    graphs: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ex = [graphs[k] for k in graphs if k not in ("edited", "extra-1", "extra-2")]
    folder, store = tmp_path / "build", tmp_path / "store.lbug"
    build_step(folder, add=ex[:2])
    ladybug_store.load_folder(folder, store)
    build_step(folder, add=[graphs["extra-1"], graphs["edited"]], remove=[ex[1].article.id])
    run = ladybug_store.LadybugTarget.run
    done = []

    def failing(self: Any, step: Any, batch: list[Any]) -> Any:
        if step.name == "EVIDENCE relationships" and step.name in done:  # half-way through the merges
            raise RuntimeError("disk full")
        done.append(step.name)
        return run(self, step, batch)

    monkeypatch.setattr(ladybug_store.LadybugTarget, "run", failing)
    with pytest.raises(StoreError, match="disk full"):
        ladybug_store.load_folder(folder, store, batch_size=2)
    assert "changed articles" in done and "Statement nodes" in done and "facts" not in done
    monkeypatch.setattr(ladybug_store.LadybugTarget, "run", run)
    rerun = ladybug_store.load_folder(folder, store)  # the old mark: the same increment again
    assert rerun["increment"] and rerun["changed"]["articles"] == 3
    assert dump(store) == fresh(folder, tmp_path, "fresh")


def test_a_full_folder_load_into_neo4j_creates_the_schema_once(
    graphs: dict[str, Any], tmp_path: Path
) -> None:
    """Against a stand-in driver that records what it is sent (the live server runs the same
    loads in tests/neo4j)."""

    class RecordingDriver:
        def __init__(self) -> None:
            self.sent: list[str] = []

        def execute_query(self, query: str, parameters_: dict[str, Any] | None = None, **_: Any) -> Any:
            self.sent.append(query)
            rows = (parameters_ or {}).get("rows", [])
            counters = SimpleNamespace(nodes_created=len(rows), relationships_created=len(rows))
            return SimpleNamespace(records=[], summary=SimpleNamespace(counters=counters))

    folder = tmp_path / "build"
    build_step(folder, add=[graphs["extra-1"]])
    driver = RecordingDriver()
    out = neo4j_writer.write_folder(folder, driver)
    assert not out["increment"] and out["nodes_created"] > 0
    sent = driver.sent
    schema = cypher.schema_statements(Dialect.NEO4J)
    assert [sent.count(statement) for statement in schema] == [1] * len(schema)


def test_a_load_of_a_folder_into_a_store_opens_it_once(
    graphs: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading the store's mark and loading (the change or the whole build) share one opening."""
    ex = [graphs[k] for k in graphs if k not in ("edited", "extra-1", "extra-2")]
    folder, store = tmp_path / "build", tmp_path / "store.lbug"
    build_step(folder, add=ex[:1])
    ladybug_store.load_folder(folder, store)
    build_step(folder, add=[graphs["extra-1"]])
    connect, opened = ladybug_store.connect, []

    def counted(*args: Any, **kwargs: Any) -> Any:
        opened.append(args[0])
        return connect(*args, **kwargs)

    monkeypatch.setattr(ladybug_store, "connect", counted)
    assert ladybug_store.load_folder(folder, store)["increment"]
    assert not ladybug_store.load_folder(folder, store, full=True)["increment"]
    assert opened == [store, store]


def test_a_store_behind_the_pruned_change_log_gets_a_whole_load(
    graphs: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the log kept for one generation, a store two behind is no longer brought forward:
    changes_since says so (None) and the load is a whole one, the same graph as a fresh load;
    a store one behind still gets the increment."""
    ex = [graphs[k] for k in graphs if k not in ("edited", "extra-1", "extra-2")]
    monkeypatch.setenv(changelog.KEEP_ENV, "1")
    folder, old, recent = tmp_path / "build", tmp_path / "old.lbug", tmp_path / "recent.lbug"
    build_step(folder, add=ex[:1])
    ladybug_store.load_folder(folder, old)  # generation 1
    build_step(folder, add=ex[1:2])
    ladybug_store.load_folder(folder, recent)  # generation 2
    build_step(folder, add=[graphs["extra-1"]])  # generation 3: generation 2's keys pruned
    db = GraphDatabase(database_path(folder), readonly=True)
    try:
        logged = db.db.execute("SELECT generation FROM change_generations ORDER BY 1").fetchall()
        kept = db.db.execute("SELECT DISTINCT generation FROM changes").fetchall()
        assert logged == [(2,), (3,)] and kept == [(3,)]
        assert changelog.history(db, 1) is None
    finally:
        db.close()
    behind = ladybug_store.load_folder(folder, old)
    assert not behind["increment"] and not behind["bulk"]
    # a whole load merges (the README's rule): the folder's graph, with aliases the store held
    # before kept (here "Vladimir Putin", an alias at generation 1, the name since)
    merged, clean = dump(old), fresh(folder, tmp_path, "fresh")
    assert merged[1] == clean[1]
    assert without_aliases(merged[0]) == without_aliases(clean[0])
    assert aliases(merged[0]) != aliases(clean[0])
    assert all(aliases(clean[0])[eid] <= held for eid, held in aliases(merged[0]).items())
    assert ladybug_store.load_folder(folder, recent)["increment"]  # one behind: the log reaches it
    assert dump(recent) == clean


def without_aliases(nodes: list[str]) -> list[str]:
    out = []
    for line in nodes:
        label, props = json.loads(line)
        out.append(json.dumps([label, {**props, "aliases": None}], sort_keys=True))
    return sorted(out)


def aliases(nodes: list[str]) -> dict[str, set[str]]:
    return {
        props["id"]: set(props["aliases"])
        for label, props in map(json.loads, nodes)
        if label == "Entity"
    }


def test_a_bad_keep_changes_value_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(changelog.KEEP_ENV, "none")
    with pytest.raises(StoreError, match="GRAPHBUILDER_KEEP_CHANGES='none': give a whole number"):
        changelog.keep_generations()
    monkeypatch.setenv(changelog.KEEP_ENV, "7")
    assert changelog.keep_generations() == 7

"""LadybugDB loads: a bulk COPY equals the MERGE plan; a reload or a killed load changes nothing.

The failure this guards against (issue 12, item 1): a second load of a 300-article build
reported "0 created, 64,906 matched" but left fact relationships with an empty
statement_id, wrong endpoints and duplicates. The cause is in LadybugDB 0.22 itself: a
``SET`` on an existing relationship of a sparse Entity-to-Entity table is written back
wrong at the checkpoint. Three facts reproduce it: with entities at offsets 42, 78, 1310
and 4096 of a 4,100-entity table, ``42 -> 4096``, ``42 -> 1310`` and ``1310 -> 78``
(:func:`crafted_graph` puts them there). The loader now never updates a relationship in
place; these tests hold it to that, with real processes killed by real signals.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sample_graph import sample_graph

from graphbuilder.errors import StoreError
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.model import Argument, Article, Entity, Evidence, Mention, Sentence, Statement
from graphbuilder.query.cypher import run_query as run_ladybug_query
from graphbuilder.sinks.propertygraph import ladybug_store
from graphbuilder.sinks.propertygraph.cypher import Dialect
from graphbuilder.sinks.propertygraph.rows import graph_rows
from graphbuilder.sinks.propertygraph.writer import load_plan
from graphbuilder.sinks.snapshot import write_graph

#: Entity offsets (sorted-id positions) whose facts LadybugDB 0.22 corrupts on an in-place SET.
TRIGGER = ((42, 4096), (42, 1310), (1310, 78))
ENTITIES = 4100


def _entity(i: int) -> Entity:
    return Entity(f"e{i:05d}", f"Actor {i}", "Person", (f"A{i}",))


def crafted_graph(extra_statements: int = 0, seed: int = 7) -> KnowledgeGraph:
    """One article, 4,100 entities, the three trigger facts plus ``extra_statements`` more."""
    import random

    rnd = random.Random(seed)
    pairs = list(TRIGGER) + [
        (rnd.randrange(ENTITIES), rnd.randrange(ENTITIES)) for _ in range(extra_statements)
    ]
    texts, sentences, statements, mentions = [], [], [], []
    offset = 0
    for index, (s, o) in enumerate(pairs):
        subj, obj = _entity(s), _entity(o)
        text = f"{subj.name} accused {obj.name}."
        sentence = Sentence("craft", index, offset, offset + len(text), text)
        sentences.append(sentence)
        texts.append(text)
        subj_end = offset + len(subj.name)
        obj_start = subj_end + len(" accused ")
        evidence = Evidence(
            "craft",
            sentence,
            Argument(subj.name, offset, subj_end, subj.id, subj.name, subj.type),
            "accused",
            subj_end + 1,
            subj_end + 8,
            Argument(obj.name, obj_start, obj_start + len(obj.name), obj.id, obj.name, obj.type),
            confidence=0.5 + (index % 5) / 10,
        )
        statements.append(
            Statement(subj.id, "accused", obj.id, event_type="DISAPPROVE", evidence=(evidence,))
        )
        mentions.append(Mention("craft", index, offset, subj_end, subj.name, subj.id))
        mentions.append(Mention("craft", index, obj_start, obj_start + len(obj.name), obj.name, obj.id))
        offset += len(text) + 1
    kg = KnowledgeGraph()
    article = Article("craft", " ".join(texts), title="Crafted", published="2025-01-02")
    kg.add_article(article, sentences, [_entity(i) for i in range(ENTITIES)], mentions, statements)
    return kg


def relationships(db: Path) -> list[str]:
    """Every relationship of the store, one sorted JSON line each (type, endpoints, properties)."""
    database, connection = ladybug_store.connect(db, read_only=True)
    out = []
    try:
        for table in connection.execute("CALL show_tables() RETURN name, type").get_all():
            if table[1] != "REL":
                continue
            result = connection.execute(f"MATCH (a)-[r:`{table[0]}`]->(b) RETURN a.id, b.id, r")
            for a, b, rel in result.get_all():
                props = {k: v for k, v in rel.items() if not k.startswith("_")}
                out.append(json.dumps([table[0], a, b, props], sort_keys=True, default=str))
    finally:
        connection.close()
        database.close()
    return sorted(out)


def nodes(db: Path) -> list[str]:
    """Every node of the store, one sorted JSON line each (label and properties)."""
    database, connection = ladybug_store.connect(db, read_only=True)
    try:
        result = connection.execute("MATCH (n) RETURN label(n), n").get_all()
    finally:
        connection.close()
        database.close()
    lines = [
        json.dumps(
            [label, {k: v for k, v in n.items() if not k.startswith("_")}], sort_keys=True, default=str
        )
        for label, n in result
    ]
    return sorted(lines)


def expected_facts(kg: KnowledgeGraph) -> list[tuple[str, str, str]]:
    return sorted((st.subject_id, st.object_id or "", st.id) for st in kg.statements.values() if st.object_id)


def stored_facts(db: Path) -> list[tuple[str, str, str]]:
    rows = run_ladybug_query(
        db, "MATCH (a:Entity)-[r:ACCUSED]->(b:Entity) RETURN a.id AS a, b.id AS b, r.statement_id AS s"
    )
    return sorted((r["a"], r["b"], r["s"]) for r in rows)


def graph_with_a_bare_statement() -> KnowledgeGraph:
    """The sample graph plus a statement no sentence supports: its evidence count, dates and
    confidence stay NULL (numbers and texts), as the MERGE plan leaves them."""
    kg = sample_graph()
    subject, obj = sorted(kg.entities)[:2]
    bare = Statement(subject, "welcomed", obj)
    kg.statements[bare.id] = bare
    return kg


@pytest.mark.parametrize("graph", ["sample", "crafted", "bare statement"])
def test_a_bulk_copy_equals_the_merge_plan_row_for_row(tmp_path: Path, graph: str) -> None:
    graphs = {"sample": sample_graph, "crafted": lambda: crafted_graph(extra_statements=300)}
    kg = graphs.get(graph, graph_with_a_bare_statement)()
    copied, merged = tmp_path / "copied.lbug", tmp_path / "merged.lbug"
    bulk = ladybug_store.load(kg, copied)
    plan = ladybug_store.load(kg, merged, batch_size=97, bulk=False)
    assert bulk["bulk"] and not plan["bulk"]
    for key in ("nodes_created", "relationships_created", "nodes", "relationships"):
        assert bulk[key] == plan[key], key
    assert nodes(copied) == nodes(merged)
    assert relationships(copied) == relationships(merged)
    assert not copied.with_name(copied.name + ".loading").exists()
    again = ladybug_store.load(kg, copied)  # a store with a graph in it takes the MERGE plan
    assert not again["bulk"] and again["nodes_created"] == again["relationships_created"] == 0
    assert relationships(copied) == relationships(merged)


@pytest.mark.parametrize("bulk", [True, False])
def test_a_second_load_changes_no_relationship(tmp_path: Path, bulk: bool) -> None:
    kg = crafted_graph()
    db = tmp_path / "graph.lbug"
    first = ladybug_store.load(kg, db, bulk=bulk)
    assert stored_facts(db) == expected_facts(kg)
    clean = relationships(db)
    second = ladybug_store.load(kg, db)
    assert second["relationships_created"] == 0 and second["nodes_created"] == 0
    assert second["relationships"] == first["relationships"] == len(clean)
    assert stored_facts(db) == expected_facts(kg)  # no empty id, no wrong endpoint, no duplicate
    assert relationships(db) == clean


def test_a_later_build_with_more_evidence_rewrites_the_facts_it_changes(tmp_path: Path) -> None:
    """A changed fact (more evidence) is replaced, not updated in place, and nothing else moves."""
    kg = crafted_graph()
    db = tmp_path / "graph.lbug"
    ladybug_store.load(kg, db)
    grown = crafted_graph()
    sid = next(
        st.id for st in grown.statements.values() if st.subject_id == "e00042" and st.object_id == "e04096"
    )
    st = grown.statements[sid]
    ev = st.evidence[0]
    later = replace(
        ev, article_id="craft2", sentence=replace(ev.sentence, article_id="craft2"), confidence=0.9
    )
    grown.add_article(
        Article("craft2", ev.sentence.text, published="2025-02-03"),
        [later.sentence],
        [],
        [],
        [replace(st, evidence=(later,))],
    )
    ladybug_store.load(grown, db)
    assert stored_facts(db) == expected_facts(grown)
    rows = run_ladybug_query(
        db,
        "MATCH (:Entity {id: 'e00042'})-[r:ACCUSED]->(:Entity {id: 'e04096'}) "
        "RETURN r.evidence_count AS n, r.first_seen AS first, r.last_seen AS last",
    )
    assert rows == [{"n": 2, "first": "2025-01-02", "last": "2025-02-03"}]
    fresh = tmp_path / "fresh.lbug"
    ladybug_store.load(grown, fresh)
    assert relationships(db) == relationships(fresh)


_LOADER = """
import sys
from graphbuilder.sinks.propertygraph import ladybug_bulk, ladybug_store
from graphbuilder.sinks.snapshot import read_graph

build, db, batch_size, mode, stop = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
where, _, rest = stop.partition(":")  # copy:N[:run] / commit:N[:run] / none
at, _, how = rest.partition(":")
seen = {"copy": 0, "commit": 0}


def reached(kind):
    # the point to be killed at: announced, then held there (or, with ':run', left running)
    seen[kind] += 1
    if kind == where and seen[kind] == int(at):
        print(f"at {stop}", flush=True)
        if how != "run":
            sys.stdin.readline()  # never answered: the test's signal ends the process here


write_csv = ladybug_bulk.write_csv


def before_copy(*args, **kwargs):  # each table's CSV is written just before its COPY
    reached("copy")
    return write_csv(*args, **kwargs)


execute = ladybug_store.LadybugTarget.execute


def before_commit(self, statement, params=None):  # a batch's statements ran, not committed yet
    if statement == "COMMIT":
        reached("commit")
    return execute(self, statement, params)


ladybug_bulk.write_csv = before_copy
ladybug_store.LadybugTarget.execute = before_commit
ladybug_store.load(read_graph(build), db, batch_size=batch_size, bulk=mode == "bulk")
print("done", flush=True)
"""


def _start_load(
    build: Path, db: Path, batch_size: int, bulk: bool = True, stop: str = "none"
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", _LOADER, str(build), str(db), str(batch_size), "bulk" if bulk else "merge",
         stop],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _kill_load_at(build: Path, db: Path, stop: str, sig: signal.Signals, bulk: bool = True) -> None:
    """A real loader process killed with ``sig`` where ``stop`` says: before the N-th COPY
    (``copy:N``, a new store bulk-loaded aside) or before the N-th batch's COMMIT
    (``commit:N``, its statements run, not committed), held there or (``:run``) running on."""
    proc = _start_load(build, db, 100, bulk=bulk, stop=stop)
    try:
        assert proc.stdout is not None and proc.stderr is not None
        line = proc.stdout.readline().decode()
        assert line == f"at {stop}\n", f"the load did not reach {stop}: {line!r}"
        os.kill(proc.pid, sig)
        code = proc.wait(timeout=120)
        assert code != 0 or stop.endswith(":run")  # left running, it may end before the signal lands
    finally:  # however the checks end: no loader left held, its pipes closed
        proc.kill()
        proc.communicate(timeout=120)


def _count(db: Path, label: str) -> int:
    """Nodes of ``label`` in the store (whatever a killed load left opens for reading: no
    "checkpoint recovery is pending")."""
    return int(run_ladybug_query(db, f"MATCH (n:{label}) RETURN count(n) AS n")[0]["n"])


@pytest.mark.slow
def test_loads_killed_at_any_point_and_rerun_equal_one_clean_load(tmp_path: Path) -> None:
    """Real loader processes killed with SIGKILL, SIGTERM and SIGINT at fixed points of the
    load (each process announces the point and is killed there, so no kill depends on the
    machine's speed), then rerun: mid-COPY of a new store, mid-transaction of the MERGE plan
    into a new store and into one that holds the graph, and twice running on (the signal
    lands inside the engine's work, wherever it is)."""
    kg = crafted_graph(extra_statements=1500)
    build = tmp_path / "build"
    write_graph(kg, build)
    batches = sum(-(-len(step.rows) // 100) for step in load_plan(graph_rows(kg), Dialect.LADYBUG))
    clean_db = tmp_path / "clean.lbug"
    done = _start_load(build, clean_db, 100, bulk=False)
    out, err = done.communicate(timeout=900)
    assert done.returncode == 0 and out.decode() == "done\n", err.decode()
    clean, clean_nodes = relationships(clean_db), nodes(clean_db)
    accused = [r for r in clean if r.startswith('["FACT"') and '"relationship_type": "ACCUSED"' in r]
    assert len(accused) == len(kg.statements)

    # a new store is copied aside: killed mid-way, nothing is at the store's path
    db = tmp_path / "killed.lbug"
    aside = db.with_name(db.name + ".loading")
    _kill_load_at(build, db, "copy:4", signal.SIGKILL)
    assert not db.exists() and aside.exists()
    _kill_load_at(build, db, "copy:9", signal.SIGINT)
    _kill_load_at(build, db, "copy:6:run", signal.SIGKILL)

    # the MERGE plan into a new store: the batches committed stay, the one killed goes
    # (commit 1: the article; 2 and 3: the first two batches of sentences)
    _kill_load_at(build, db, "commit:3", signal.SIGKILL, bulk=False)
    assert (_count(db, "Article"), _count(db, "Sentence"), _count(db, "Entity")) == (1, 100, 0)
    # a store with a graph in it gets the MERGE plan again: killed at a third, two thirds,
    # and running on near the end
    _kill_load_at(build, db, f"commit:{batches // 3}", signal.SIGTERM)
    assert _count(db, "Sentence") == len(kg.sentences)
    _kill_load_at(build, db, f"commit:{2 * batches // 3}", signal.SIGINT)
    _kill_load_at(build, db, f"commit:{batches - 20}:run", signal.SIGKILL)
    assert _count(db, "Entity") == ENTITIES

    for _ in range(2):  # the rerun completes the load; one more changes nothing
        final = _start_load(build, db, 100)
        out, err = final.communicate(timeout=900)
        assert final.returncode == 0 and out.decode() == "done\n", err.decode()
        assert relationships(db) == clean
        assert nodes(db) == clean_nodes
    assert not aside.exists()


def test_a_second_loader_stops_while_one_builds_the_store_aside(tmp_path: Path) -> None:
    """A loader held mid-COPY of a new store holds the store's lock: a second load of the same
    store stops with one line and leaves the first one's PATH.loading alone; once the first
    is gone, a load completes."""
    kg = sample_graph()
    build = tmp_path / "build"
    write_graph(kg, build)
    db = tmp_path / "graph.lbug"
    aside = db.with_name(db.name + ".loading")
    proc = _start_load(build, db, 100, stop="copy:2")
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().decode() == "at copy:2\n"
        assert aside.exists()
        with pytest.raises(StoreError) as caught:
            ladybug_store.load(kg, db)
        assert str(caught.value) == (
            f"{db}: another load is writing this store (pid {proc.pid}); wait for it to finish and load again"
        )
        assert aside.exists() and not db.exists()
    finally:
        proc.kill()
        proc.communicate(timeout=120)
    ladybug_store.load(kg, db)
    assert nodes(db) and not aside.exists()

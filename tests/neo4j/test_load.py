"""`graphbuilder load neo4j` on a live Neo4j: the example build and 200 BBC articles.

The loader's graph is checked against two independent counts (the build's rows and the
same build loaded into LadybugDB), loading twice must leave every node, relationship and
property as it was, and a load killed half-way must complete on the rerun without a
duplicate. A load into an empty database creates (CREATE instead of MERGE): its graph must
be the one a merging load makes. The schema (uniqueness constraints and indexes) is read
back from the server.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from graphbuilder.sinks.propertygraph import cypher, ladybug_store, neo4j_writer
from graphbuilder.sinks.propertygraph.cypher import Dialect
from graphbuilder.sinks.propertygraph.rows import graph_rows
from graphbuilder.sinks.snapshot import read_graph

ROOT = Path(__file__).resolve().parents[2]


def expected_counts(build: Path) -> tuple[int, int]:
    rows = graph_rows(read_graph(build))
    nodes = sum(len(r) for r in rows.nodes.values())
    rels = sum(len(r) for r in rows.relationships.values()) + sum(len(r) for r in rows.facts.values())
    return nodes, rels


def load(graph: Any, build: Path, *options: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "graphbuilder", "load", "neo4j", str(build), "-q", *options],
        capture_output=True,
        text=True,
        env={**os.environ, **graph.env},
        cwd=ROOT,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr
    assert graph.server.password not in done.stdout + done.stderr
    return done.stdout


def summary(output: str) -> dict[str, int]:
    found = re.search(
        r"(\d+) nodes created, (\d+) matched; (\d+) relationships created, (\d+) matched \((\d+) batches\)",
        output,
    )
    assert found, output
    keys = ("nodes_created", "nodes_matched", "relationships_created", "relationships_matched", "batches")
    return dict(zip(keys, map(int, found.groups()), strict=True))


def check_load_and_reload(graph: Any, build: Path, tmp_path: Path) -> None:
    nodes, rels = expected_counts(build)
    assert nodes > 0 and rels > 0
    first = summary(load(graph, build))
    assert graph.counts() == (nodes, rels)
    assert (first["nodes_created"], first["relationships_created"]) == (nodes, rels)
    lady = ladybug_store.load(read_graph(build), tmp_path / "same.lbug")
    assert (lady["nodes"], lady["relationships"]) == (nodes, rels)
    before = graph.fingerprint()

    # the database holds this build (its mark): a second load finds nothing changed
    second = load(graph, build)
    assert summary(second) == dict.fromkeys(summary(second), 0) and "0 articles" in second
    assert graph.fingerprint() == before
    # --full merges the whole build again: everything matched, nothing created
    third = summary(load(graph, build, "--full"))
    assert third["nodes_created"] == third["relationships_created"] == 0
    assert (third["nodes_matched"], third["relationships_matched"]) == (nodes, rels)
    assert graph.counts() == (nodes, rels)
    assert graph.fingerprint() == before  # every property value too (evidence counts did not double)


def test_the_example_build_loads_and_a_second_load_changes_nothing(
    graph: Any, example_build: Path, tmp_path: Path
) -> None:
    check_load_and_reload(graph, example_build, tmp_path)
    # the graph is the build's: one spot check of a value the pipeline computed
    kg = read_graph(example_build)
    article = next(iter(kg.articles.values()))
    rows = graph.query("MATCH (a:Article {id: $id}) RETURN a.title AS title", {"id": article.id})
    assert rows == [{"title": article.title}]


def test_200_bbc_articles_load_and_a_second_load_changes_nothing(
    graph: Any, bbc_build: Path, tmp_path: Path
) -> None:
    check_load_and_reload(graph, bbc_build, tmp_path)


def test_a_load_into_an_empty_database_creates_the_graph_a_merging_load_makes(
    graph: Any, bbc_build: Path
) -> None:
    target = neo4j_writer.Neo4jTarget(graph.driver, graph.database)
    assert neo4j_writer.is_empty(target)
    created = summary(load(graph, bbc_build))  # empty: every step CREATEs
    fresh = graph.fingerprint()
    graph.clear()
    # one node of another application: the database is not empty, so the load merges
    graph.query("CREATE (:Unrelated {id: 'other'})")
    assert not neo4j_writer.is_empty(target)
    merged = summary(load(graph, bbc_build))
    nodes, rels = graph.fingerprint()
    nodes -= Counter([json.dumps([["Unrelated"], {"id": "other"}])])
    assert (nodes, rels) == fresh
    # the same counts; the batches differ by the merging load's evidence totals, which a load
    # into an empty database takes from the rows
    assert {**merged, "batches": 0} == {**created, "batches": 0}
    assert created["nodes_matched"] == created["relationships_matched"] == 0


def test_the_schema_exists_after_a_load(graph: Any, example_build: Path) -> None:
    load(graph, example_build)
    constraints = {
        (r["name"], r["type"], tuple(r["labelsOrTypes"]), tuple(r["properties"]))
        for r in graph.query("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties")
    }
    assert constraints >= {
        (f"{label.lower()}_id", "UNIQUENESS", (label,), ("id",))
        for label in ("Article", "Sentence", "Entity", "Statement")
    }
    indexes = {
        r["name"]: (r["entityType"], tuple(r["labelsOrTypes"]), tuple(r["properties"]), r["state"])
        for r in graph.query("SHOW INDEXES YIELD name, entityType, labelsOrTypes, properties, state")
        if r["labelsOrTypes"]  # not the token lookup indexes
    }
    assert indexes["entity_name"] == ("NODE", ("Entity",), ("name",), "ONLINE")
    assert indexes["statement_predicate"] == ("NODE", ("Statement",), ("predicate",), "ONLINE")
    assert indexes["evidence_id"] == ("RELATIONSHIP", ("EVIDENCE",), ("id",), "ONLINE")
    # every schema statement the loader sends is one of these (none forgotten here)
    schema = cypher.schema_statements(Dialect.NEO4J)
    names = {m.group(1) for s in schema if (m := re.search(r"(?:CONSTRAINT|INDEX) (\w+)", s))}
    assert len(names) == len(schema)
    assert names <= {c[0] for c in constraints} | set(indexes)


def test_a_load_killed_half_way_completes_on_the_rerun_without_duplicates(
    graph: Any, example_build: Path
) -> None:
    load(graph, example_build)
    complete = graph.fingerprint()
    full = graph.counts()
    graph.clear()

    # one row per batch, so the process is surely killed between two committed batches
    process = subprocess.Popen(
        [sys.executable, "-m", "graphbuilder", "load", "neo4j", str(example_build), "--batch-size", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, **graph.env},
        cwd=ROOT,
    )
    assert process.stderr is not None
    progress = b""
    done = total = 0
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        chunk = process.stderr.read1(4096)  # type: ignore[attr-defined]
        if not chunk:
            break
        progress = (progress + chunk)[-400:]
        counts = re.findall(rb"(\d+)/(\d+) \[", progress)
        if counts:
            done, total = map(int, counts[-1])
            if total and done >= total * 0.3:
                process.send_signal(signal.SIGKILL)
                break
    process.wait(60)
    assert process.returncode == -signal.SIGKILL, f"not killed mid-way ({done}/{total} batches)"
    interrupted = graph.counts()
    assert 0 < interrupted[0] + interrupted[1] < full[0] + full[1]

    rerun = summary(load(graph, example_build))
    assert rerun["nodes_matched"] + rerun["relationships_matched"] > 0  # it found the first run's work
    assert graph.counts() == full
    assert graph.fingerprint() == complete

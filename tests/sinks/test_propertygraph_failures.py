"""A load that fails half-way: committed batches stay, a rerun completes without duplicates.

No Neo4j server can run here, so the Neo4j loader runs against a stand-in driver that
records what each ``execute_query`` call would have committed and fails on demand; the
same failure is then injected into a real LadybugDB load, where duplicates would show.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from neo4j.exceptions import DatabaseError, TransientError
from sample_graph import sample_graph

from graphbuilder.errors import StoreError
from graphbuilder.query.cypher import run_query as run_ladybug_query
from graphbuilder.sinks.propertygraph import cypher, ladybug_store, neo4j_writer
from graphbuilder.sinks.propertygraph.cypher import Dialect
from graphbuilder.sinks.propertygraph.ladybug_store import LadybugTarget
from graphbuilder.sinks.propertygraph.rows import graph_rows


class StandInDriver:
    """Stands in for a Neo4j driver: each successful call is one committed transaction."""

    def __init__(self, fail_at: int | None = None, error: Exception | None = None, times: int = 1) -> None:
        self.fail_at, self.error, self.times = fail_at, error, times
        self.calls = 0
        self.committed: list[tuple[str, list[dict[str, Any]]]] = []
        self.databases: set[str | None] = set()

    def execute_query(
        self, query: str, parameters_: dict[str, Any] | None = None, database_: str | None = None, **_: Any
    ) -> Any:
        if query == neo4j_writer.EMPTY_PROBE:  # unanswered: the loader merges, as into a used database
            return SimpleNamespace(records=[])
        self.calls += 1
        self.databases.add(database_)
        if self.fail_at is not None and len(self.committed) == self.fail_at and self.times > 0:
            self.times -= 1
            raise self.error or DatabaseError("disk full")
        rows = (parameters_ or {}).get("rows", [])
        self.committed.append((query, rows))
        counters = SimpleNamespace(nodes_created=len(rows), relationships_created=len(rows))
        return SimpleNamespace(records=[], summary=SimpleNamespace(counters=counters), keys=[])


def _row_keys(committed: list[tuple[str, list[dict[str, Any]]]]) -> list[tuple[str, str]]:
    return [(q, str(sorted(r.items()))) for q, rows in committed for r in rows]


# constraints and indexes sent before the first batch, and the removal of any build mark
SCHEMA = len(cypher.schema_statements(Dialect.NEO4J)) + 1


def test_neo4j_error_mid_load_keeps_committed_batches_and_rerun_completes() -> None:
    kg = sample_graph()
    clean = StandInDriver()
    full = neo4j_writer.write_graph(kg, clean, database="news", batch_size=2)
    assert clean.databases == {"news"}
    assert full["batches"] == len(clean.committed) - SCHEMA

    failing = StandInDriver(fail_at=SCHEMA + 10)
    with pytest.raises(StoreError, match="after 10 committed batches") as err:
        neo4j_writer.write_graph(kg, failing, database="news", batch_size=2)
    assert "rerun" in str(err.value)
    assert failing.committed == clean.committed[: SCHEMA + 10]  # nothing lost, nothing half-sent

    rerun = StandInDriver()
    neo4j_writer.write_graph(kg, rerun, database="news", batch_size=2)
    assert _row_keys(rerun.committed) == _row_keys(clean.committed)  # the rerun sends every row again: MERGE


def test_transient_errors_are_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(neo4j_writer, "RETRY_DELAY", 0.0)
    driver = StandInDriver(fail_at=SCHEMA + 3, error=TransientError("deadlock"), times=2)
    summary = neo4j_writer.write_graph(sample_graph(), driver, batch_size=2)
    assert driver.calls == len(driver.committed) + 2
    assert summary["batches"] == len(driver.committed) - SCHEMA


def test_transient_errors_give_up_after_the_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(neo4j_writer, "RETRY_DELAY", 0.0)
    driver = StandInDriver(fail_at=SCHEMA + 3, error=TransientError("deadlock"), times=99)
    with pytest.raises(StoreError, match="TransientError"):
        neo4j_writer.write_graph(sample_graph(), driver, batch_size=2)
    assert driver.calls == SCHEMA + 3 + neo4j_writer.RETRIES + 1


def test_ladybug_error_mid_load_keeps_committed_batches_and_rerun_has_no_duplicates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kg = sample_graph()
    whole = ladybug_store.load(kg, tmp_path / "whole.lbug", batch_size=2, bulk=False)

    real_run = LadybugTarget.run
    calls = {"n": 0}

    def failing_run(self: LadybugTarget, step: Any, batch: list[dict[str, Any]]) -> Any:
        calls["n"] += 1
        if calls["n"] == 9:  # in the middle of the Sentence/Entity nodes
            raise RuntimeError("IO exception: disk full")
        return real_run(self, step, batch)

    path = tmp_path / "broken.lbug"
    monkeypatch.setattr(LadybugTarget, "run", failing_run)
    with pytest.raises(StoreError, match="after 8 committed batches"):
        ladybug_store.load(kg, path, batch_size=2, bulk=False)
    monkeypatch.setattr(LadybugTarget, "run", real_run)

    committed = run_ladybug_query(path, "MATCH (n) RETURN count(n) AS n")[0]["n"]
    assert 0 < committed < whole["nodes"]  # the committed batches stayed

    rerun = ladybug_store.load(kg, path, batch_size=2)
    assert rerun["nodes_matched"] == committed
    assert (rerun["nodes"], rerun["relationships"]) == (whole["nodes"], whole["relationships"])
    ids = run_ladybug_query(path, "MATCH (n:Entity) RETURN n.id AS id")
    assert len(ids) == len({r["id"] for r in ids}) == len(graph_rows(kg).nodes["Entity"])


def test_cannot_reach_neo4j_is_one_clean_error() -> None:
    with pytest.raises(StoreError, match="cannot connect"):
        neo4j_writer.load(sample_graph(), "bolt://127.0.0.1:9", "neo4j", "secret-password", progress=False)


def test_a_broken_store_path_is_one_clean_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        ladybug_store.load(sample_graph(), tmp_path)
    with pytest.raises(StoreError, match="no LadybugDB store"):
        run_ladybug_query(tmp_path / "missing.lbug", "RETURN 1")

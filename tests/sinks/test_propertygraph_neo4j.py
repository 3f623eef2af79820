"""The Neo4j loader against a stand-in driver (no Neo4j server can run here).

The stand-in keeps what each ``execute_query`` call committed, keyed by statement and
row, so it answers like MERGE: a row it has seen before is matched, not created. That is
enough to check the order of what the loader sends (schema first, then ``UNWIND $rows``
batches, one call = one transaction each), the batch boundaries, the created/matched
summary, a failure half-way and the rerun after it, and that the password goes to the
driver and nowhere else. The same loads run for real on LadybugDB, and on Neo4j when
NEO4J_URI is set, in test_propertygraph_backends.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner
from neo4j.exceptions import AuthError, DatabaseError, ServiceUnavailable, TransientError
from sample_graph import sample_graph

from graphbuilder.cli import main
from graphbuilder.errors import StoreError
from graphbuilder.sinks.propertygraph import cypher, neo4j_writer
from graphbuilder.sinks.propertygraph.cypher import Dialect
from graphbuilder.sinks.propertygraph.neo4j_writer import Neo4jTarget
from graphbuilder.sinks.propertygraph.rows import graph_rows
from graphbuilder.sinks.propertygraph.writer import LoadStep, write
from graphbuilder.sinks.snapshot import write_graph

SCHEMA = cypher.schema_statements(Dialect.NEO4J)
#: what the loader sends before its first batch: the schema, then the removal of any build mark
#: (a graph that is no build folder's: the next load of a folder is a whole one)
PREAMBLE = len(SCHEMA) + 1


class MergingDriver:
    """Stands in for ``neo4j.Driver``: each successful call is one committed transaction."""

    def __init__(
        self, store: set[str] | None = None, fail_at: int | None = None, error: Exception | None = None
    ):
        self.store = store if store is not None else set()  # what is "in the database"
        self.fail_at, self.error = fail_at, error
        self.calls: list[tuple[str, dict[str, Any], str | None]] = []
        self.committed = 0
        self.auth: Any = None
        self.closed = False

    def execute_query(
        self, query: str, parameters_: dict[str, Any] | None = None, database_: str | None = None, **_: Any
    ) -> Any:
        if query == neo4j_writer.EMPTY_PROBE:  # unanswered: the loader merges, as into a used database
            return SimpleNamespace(records=[])
        params = parameters_ or {}
        self.calls.append((query, params, database_))
        if self.fail_at is not None and self.committed == self.fail_at:
            self.fail_at = None
            raise self.error or DatabaseError("disk full")
        keys = [f"{query}\n{json.dumps(row, sort_keys=True)}" for row in params.get("rows", [])]
        created = sum(key not in self.store for key in keys)
        self.store.update(keys)
        self.committed += 1
        counters = SimpleNamespace(nodes_created=created, relationships_created=created)
        return SimpleNamespace(records=[], summary=SimpleNamespace(counters=counters), keys=[])

    def verify_connectivity(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True


def _all_rows() -> int:
    return graph_rows(sample_graph()).row_count()


def test_schema_first_then_one_unwind_batch_per_call() -> None:
    driver = MergingDriver()
    summary = neo4j_writer.write_graph(sample_graph(), driver, database="news", batch_size=4)
    sent = [q for q, _, _ in driver.calls]
    assert sent[: len(SCHEMA)] == SCHEMA and sent[len(SCHEMA)] == cypher.drop_mark()
    # uniqueness on Article, Sentence, Entity, Statement and Name; three look-up indexes
    assert [q.split(" ")[1] for q in SCHEMA] == ["CONSTRAINT"] * 5 + ["INDEX"] * 3
    batches = driver.calls[PREAMBLE:]
    assert len(batches) == summary["batches"]
    assert {db for _, _, db in driver.calls} == {"news"}
    for query, params, _ in batches:
        assert query.startswith("UNWIND $rows AS row\n")
        assert list(params) == ["rows"] and 1 <= len(params["rows"]) <= 4
    # nodes before the relationships that need them; the aggregate before the facts that copy it
    firsts = [q.splitlines()[1] for q, _, _ in batches]
    last_node = max(i for i, line in enumerate(firsts) if line.startswith("MERGE (n:"))
    first_rel = min(i for i, line in enumerate(firsts) if line.startswith("MATCH (a:"))
    assert last_node < first_rel
    aggregate = [i for i, (q, _, _) in enumerate(batches) if "count(e) AS n" in q]
    facts = [i for i, (q, _, _) in enumerate(batches) if "{statement_id: row.statement_id}" in q]
    assert aggregate and facts and max(aggregate) < min(facts)
    sent_rows = sum(len(p["rows"]) for _, p, _ in batches) - len(graph_rows(sample_graph()).statement_ids)
    assert sent_rows == _all_rows()


def test_summary_counts_created_then_matched() -> None:
    driver = MergingDriver()
    first = neo4j_writer.write_graph(sample_graph(), driver, batch_size=5)
    assert (first["nodes_created"], first["nodes_matched"]) == (37, 0)
    assert (first["relationships_created"], first["relationships_matched"]) == (65, 0)
    again = neo4j_writer.write_graph(sample_graph(), driver, batch_size=3)  # other batches, same rows
    assert (again["nodes_created"], again["nodes_matched"]) == (0, 37)
    assert (again["relationships_created"], again["relationships_matched"]) == (0, 65)


@pytest.mark.parametrize("count", [0, 1, 4, 5, 6, 11])  # 0, 1, size - 1, size, size + 1, many
def test_batch_boundaries(count: int) -> None:
    size = 5
    rows = [{"id": f"e{i}", "name": f"Entity {i}"} for i in range(count)]
    step = LoadStep("Entity nodes", "node", "Entity", cypher.merge_nodes("Entity", Dialect.NEO4J), rows)
    driver = MergingDriver()
    summary = write([step], Neo4jTarget(driver), batch_size=size).as_dict()
    sizes = [len(p["rows"]) for _, p, _ in driver.calls]
    assert sizes == [size] * (count // size) + ([count % size] if count % size else [])
    assert [r for _, p, _ in driver.calls for r in p["rows"]] == rows
    assert (summary["batches"], summary["rows"], summary["nodes_created"]) == (len(sizes), count, count)


def test_failure_mid_load_keeps_committed_batches_and_rerun_completes_without_duplicates() -> None:
    clean = MergingDriver()
    whole = neo4j_writer.write_graph(sample_graph(), clean, batch_size=2)

    store: set[str] = set()
    failing = MergingDriver(store, fail_at=PREAMBLE + 9, error=DatabaseError("No space left on device"))
    with pytest.raises(StoreError, match="after 9 committed batches") as err:
        neo4j_writer.write_graph(sample_graph(), failing, batch_size=2)
    assert "rerun" in str(err.value) and "No space left" in str(err.value)
    assert len(failing.calls) == PREAMBLE + 10  # stopped at the failed batch
    kept = len(store)
    assert 0 < kept < len(clean.store)

    rerun = neo4j_writer.write_graph(sample_graph(), MergingDriver(store), batch_size=2)
    assert store == clean.store  # complete, and nothing twice
    created = rerun["nodes_created"] + rerun["relationships_created"]
    matched = rerun["nodes_matched"] + rerun["relationships_matched"]
    assert created == whole["nodes_created"] + whole["relationships_created"] - matched
    assert matched == sum(1 for key in store if "count(e) AS n" not in key) - created > 0


def test_transient_errors_are_retried_and_others_are_not(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(neo4j_writer, "RETRY_DELAY", 0.0)
    driver = MergingDriver(fail_at=PREAMBLE + 2, error=TransientError("deadlock detected"))
    summary = neo4j_writer.write_graph(sample_graph(), driver, batch_size=4)
    assert len(driver.calls) == driver.committed + 1  # the one failed call, then its retry
    assert summary["batches"] == driver.committed - PREAMBLE

    driver = MergingDriver(fail_at=PREAMBLE + 2, error=DatabaseError("constraint broken"))
    with pytest.raises(StoreError, match="DatabaseError: constraint broken"):
        neo4j_writer.write_graph(sample_graph(), driver, batch_size=4)
    assert len(driver.calls) == PREAMBLE + 3  # no retry


def test_a_schema_failure_stops_before_any_data() -> None:
    driver = MergingDriver(fail_at=0, error=DatabaseError("Unsupported administration command"))
    with pytest.raises(StoreError, match="cannot create the schema"):
        neo4j_writer.write_graph(sample_graph(), driver)
    assert len(driver.calls) == 1 and not driver.store


# --- the command line: password, URI and errors -------------------------------------------


@pytest.fixture
def build_dir(tmp_path: Path) -> Path:
    write_graph(sample_graph(), tmp_path / "build")
    return tmp_path / "build"


@pytest.fixture
def fake_server(monkeypatch: pytest.MonkeyPatch) -> list[MergingDriver]:
    """neo4j.GraphDatabase.driver returns stand-ins sharing one store; the list holds them."""
    import neo4j

    made: list[MergingDriver] = []
    store: set[str] = set()

    def driver(uri: str, auth: Any = None, **_: Any) -> MergingDriver:
        d = MergingDriver(store)
        d.auth = (uri, auth)
        made.append(d)
        return d

    monkeypatch.setattr(neo4j.GraphDatabase, "driver", driver)
    return made


SECRET = "s3cret-Pa55word"


def cli(*args: Any, password: str | None = SECRET) -> Any:
    env = {"NEO4J_PASSWORD": password or ""}
    return CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)


def test_load_neo4j_command(build_dir: Path, fake_server: list[MergingDriver]) -> None:
    result = cli(
        "load",
        "neo4j",
        build_dir,
        "--uri",
        "neo4j://db.example:7687",
        "--user",
        "analyst",
        "--database",
        "news",
        "--batch-size",
        "7",
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "loaded into Neo4j at neo4j://db.example:7687 (database news): 37 nodes created, 0 matched; "
        f"65 relationships created, 0 matched ({fake_server[0].committed - PREAMBLE} batches)"
    ]
    assert fake_server[0].auth == ("neo4j://db.example:7687", ("analyst", SECRET))  # from the environment
    assert fake_server[0].closed
    assert "loading Neo4j" in result.stderr  # the progress bar
    assert SECRET not in result.stdout + result.stderr

    again = cli("load", "neo4j", build_dir, "--uri", "neo4j://db.example:7687", "-q")
    assert "0 nodes created, 37 matched; 0 relationships created, 65 matched" in again.stdout
    assert again.stderr == ""  # --quiet: no progress bar


def test_load_neo4j_never_shows_the_password(build_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import neo4j

    class Refusing(MergingDriver):
        def verify_connectivity(self) -> None:
            raise ServiceUnavailable(f"routing failed for neo4j:{SECRET}@db")

    monkeypatch.setattr(neo4j.GraphDatabase, "driver", lambda uri, auth=None, **_: Refusing())
    result = cli("load", "neo4j", build_dir, "-q")
    assert result.exit_code == 1 and "cannot connect" in result.stderr
    assert SECRET not in result.stderr and "***" in result.stderr

    class Unauthorised(MergingDriver):
        def verify_connectivity(self) -> None:
            raise AuthError("The client is unauthorized due to authentication failure.")

    monkeypatch.setattr(neo4j.GraphDatabase, "driver", lambda uri, auth=None, **_: Unauthorised())
    result = cli("load", "neo4j", build_dir, "--user", "analyst", "-q")
    assert result.exit_code == 1
    assert (
        result.stderr == "error: Neo4j at bolt://localhost:7687: authentication failed for user 'analyst' "
        "(set NEO4J_PASSWORD)\n"
    )


@pytest.mark.parametrize(
    ("uri", "message"),
    [
        ("http://localhost:7474", "give a bolt:// or neo4j:// URI"),
        ("localhost:7687", "give a bolt:// or neo4j:// URI"),
        (f"bolt://neo4j:{SECRET}@localhost:7687", "put no credentials in the URI"),
        ("neo4j://[::1", "bad URI"),
    ],
)
def test_load_neo4j_refuses_bad_uris_in_one_line(build_dir: Path, uri: str, message: str) -> None:
    result = cli("load", "neo4j", build_dir, "--uri", uri, "-q")
    assert result.exit_code == 1
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert SECRET not in result.stdout + result.stderr


def test_load_neo4j_wants_the_password_in_the_environment(build_dir: Path) -> None:
    result = cli("load", "neo4j", build_dir, password=None)
    assert result.exit_code == 1 and "set NEO4J_PASSWORD" in result.stderr
    result = CliRunner().invoke(main, ["load", "neo4j", str(build_dir), "--password", SECRET])
    assert result.exit_code == 2  # no such option: a password never goes on the command line


def test_only_a_ladybug_plan_deletes_changed_relationships_and_neo4j_refuses_one() -> None:
    """``delete_changed`` (LadybugDB never updates a relationship in place) is in no Neo4j plan;
    ``before`` (an increment's names) runs on both stores, before the step's statement."""
    from graphbuilder.buildfolder.changelog import Changes
    from graphbuilder.sinks.propertygraph.writer import load_plan, removal_steps

    rows = graph_rows(sample_graph())
    assert not any(step.delete_changed for step in neo4j_writer.neo4j_plan(rows))
    assert any(step.delete_changed for step in load_plan(rows, Dialect.LADYBUG))
    ladybug_step = next(step for step in load_plan(rows, Dialect.LADYBUG) if step.delete_changed)
    driver = MergingDriver()
    with pytest.raises(StoreError, match="LadybugDB plan"):
        Neo4jTarget(driver).run(ladybug_step, ladybug_step.rows[:1])
    assert driver.calls == []
    (names,) = [s for s in removal_steps(Changes(entities={"e1"}), Changes(), Dialect.NEO4J) if s.before]
    Neo4jTarget(driver).run(names, names.rows)
    sent = [query for query, _, _ in driver.calls]
    assert sent == [cypher.delete_names_only_of(), cypher.delete_names_links()]

"""The Neo4j loader: a KnowledgeGraph into a Neo4j 5 database through the official driver.

Uniqueness constraints and indexes first, then the shared load plan: ``UNWIND $rows AS row
MERGE ...`` per batch, each batch one ``driver.execute_query`` call (one transaction, with
the driver's own retries), plus a few retries of ours when a batch fails with an error the
driver marks retryable. The direct fact relationships of all predicates go as one step,
their type taken from each row (``$(row.fact_type)``, Neo4j 5.26+), so a corpus with
hundreds of predicates costs one round trip per batch, not one per predicate.

Into an empty database (no node at all once the schema exists) each MERGE becomes a
CREATE (:func:`fresh_plan`), as LadybugDB's bulk load uses COPY for a new store: nothing
can be matched there, so the graph is the same and the server skips the look-ups and
locks of MERGE. A step whose rows name one node or relationship twice keeps its MERGE.
Any other load merges, so a second build adds to the graph, a repeated load changes
nothing, and an interrupted fresh load completes on the rerun without duplicates (the
database holds nodes by then). No APOC is needed. The password is never logged or echoed.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from graphbuilder.errors import StoreError
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.sinks.propertygraph import cypher
from graphbuilder.sinks.propertygraph.cypher import Dialect
from graphbuilder.sinks.propertygraph.increment import Mark, changes_to_load, load_changes, set_mark
from graphbuilder.sinks.propertygraph.rows import GraphRows, Row, add_totals, graph_rows
from graphbuilder.sinks.propertygraph.writer import BatchCounts, LoadStep, first_line, load_plan, write

T = TypeVar("T")

DEFAULT_URI = "bolt://localhost:7687"
RETRIES = 3
RETRY_DELAY = 0.5  # seconds, doubled after each retry


class Neo4jTarget:
    """Runs load batches through a driver (or anything with the same ``execute_query``)."""

    name = "Neo4j"

    def __init__(
        self,
        driver: Any,
        database: str | None = None,
        retries: int | None = None,
        retry_delay: float | None = None,
    ) -> None:
        self.driver = driver
        self.database = database
        self.retries = RETRIES if retries is None else retries
        self.retry_delay = RETRY_DELAY if retry_delay is None else retry_delay

    def execute(self, statement: str, params: dict[str, Any] | None = None) -> Any:
        return _with_retries(
            lambda: self.driver.execute_query(statement, parameters_=params or {}, database_=self.database),
            self.retries,
            self.retry_delay,
        )

    def run(self, step: LoadStep, batch: list[Row]) -> BatchCounts:
        if step.delete_changed:  # Neo4j updates relationships in place: no plan for it has one
            raise StoreError(f"Neo4j: {step.name} is a step of a LadybugDB plan")
        if step.before:
            self.execute(step.before, {"rows": batch})
        result = self.execute(step.statement, {"rows": batch})
        counters = result.summary.counters
        created = counters.nodes_created if step.kind == "node" else counters.relationships_created
        return BatchCounts(created=created if step.kind in ("node", "relationship") else 0)

    def read(self, statement: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return [dict(record) for record in self.execute(statement, params).records]


def _with_retries(call: Callable[[], T], retries: int, delay: float) -> T:
    for attempt in range(retries + 1):
        try:
            return call()
        except Exception as err:
            retryable = getattr(err, "is_retryable", None)
            if attempt == retries or not (callable(retryable) and retryable()):
                raise
            time.sleep(delay * 2**attempt)
    raise AssertionError("unreachable")  # pragma: no cover


BATCH_SIZE = 5000  # rows per UNWIND batch: the least CPU of 1000, 5000, 20000 (graphbuilder.bench)
FACT_TYPE = "fact_type"  # the row key naming a fact's relationship type in the folded step
_PLACEHOLDER = "FACT_TYPE"


def fact_statement() -> str:
    """The fact MERGE of :func:`cypher.merge_facts` with the type read from ``row.fact_type``."""
    template = cypher.merge_facts(_PLACEHOLDER, Dialect.NEO4J)
    typed = f"[r:`{_PLACEHOLDER}` "
    if typed not in template:
        raise AssertionError(f"unexpected fact statement: {template}")
    return template.replace(typed, f"[r:$(row.{FACT_TYPE}) ")


def neo4j_plan(rows: GraphRows, exact: bool = False) -> list[LoadStep]:
    """The shared load plan with the per-predicate fact steps folded into one (see above)."""
    plan = load_plan(rows, Dialect.NEO4J, exact=exact)
    facts = [
        step
        for step in plan
        if step.kind == "relationship" and step.statement == cypher.merge_facts(step.table, Dialect.NEO4J)
    ]
    if not facts:
        return plan
    folded = LoadStep(
        "fact relationships",
        "relationship",
        "facts",
        fact_statement(),
        [{**row, FACT_TYPE: step.table} for step in facts for row in step.rows],
    )
    first = next(i for i, step in enumerate(plan) if step is facts[0])
    kept = [step for step in plan if all(step is not f for f in facts)]
    return kept[:first] + [folded] + kept[first:]


EMPTY_PROBE = "MATCH (n) RETURN count(n) AS nodes"  # the count store answers it at once


def is_empty(target: Neo4jTarget) -> bool:
    """Whether the database holds no node; False when the answer is not a node count."""
    records = getattr(target.execute(EMPTY_PROBE), "records", None) or []
    nodes = records[0]["nodes"] if len(records) == 1 else None
    return isinstance(nodes, int) and nodes == 0


_ROW_FIELD = re.compile(r"\brow\.(\w+)")


def fresh_plan(plan: list[LoadStep]) -> list[LoadStep]:
    """``plan`` for an empty database: each step's MERGE becomes a CREATE where it is safe.

    A MERGE creates exactly what a CREATE would when nothing it could match exists: true
    in an empty database for every row whose identity (the row fields the statement reads
    up to its MERGE: the endpoints' ids and the pattern's key properties) no other row of
    the step repeats and holds no null (which MERGE refuses). The SET after it is kept, so
    the properties are the same either way. Other steps (the aggregate) stay as they are.
    """
    return [_created(step) for step in plan]


def _created(step: LoadStep) -> LoadStep:
    lines = step.statement.split("\n")
    merges = [i for i, line in enumerate(lines) if line.startswith("MERGE ")]
    if step.kind == "update" or len(merges) != 1:
        return step
    (at,) = merges
    fields = _ROW_FIELD.findall("\n".join(lines[: at + 1]))
    seen: set[tuple[Any, ...]] = set()
    for row in step.rows:
        identity = tuple(row.get(name) for name in fields)
        if None in identity or identity in seen:
            return step
        seen.add(identity)
    lines[at] = "CREATE " + lines[at][len("MERGE ") :]
    return replace(step, statement="\n".join(lines))


def write_graph(
    kg: KnowledgeGraph,
    driver: Any,
    database: str | None = None,
    batch_size: int = BATCH_SIZE,
    progress: bool = False,
) -> dict[str, Any]:
    """Load ``kg`` through an open driver; see :func:`load`."""
    target = Neo4jTarget(driver, database)
    _create_schema(target)
    return _write_rows(graph_rows(kg), target, batch_size, progress, None)


def _create_schema(target: Neo4jTarget) -> None:
    for statement in cypher.schema_statements(Dialect.NEO4J):
        try:
            target.execute(statement)
        except Exception as err:
            raise StoreError(
                f"Neo4j: cannot create the schema ({type(err).__name__}: {first_line(err)})"
            ) from err


def _write_rows(
    rows: GraphRows, target: Neo4jTarget, batch_size: int, progress: bool, mark: Mark | None,
    whole: bool = False,
) -> dict[str, Any]:
    """The whole graph of ``rows`` (CREATE into an empty database, else MERGE), then ``mark``;
    the schema exists already (:func:`_create_schema`).

    ``whole``: the rows hold every evidence of their statements (a build folder's), so into
    an empty database the statements' totals come from the rows, computed as an increment
    and a LadybugDB COPY compute them (:func:`rows.add_totals`)."""
    set_mark(target, None)  # until the load is complete
    if is_empty(target):
        if whole:
            add_totals(rows)
        plan = fresh_plan(neo4j_plan(rows, exact=whole))
    else:
        plan = neo4j_plan(rows)
    out = write(plan, target, batch_size=batch_size, progress=progress).as_dict()
    if mark is not None:
        set_mark(target, mark)
    return out


def write_folder(
    folder: str | Path,
    driver: Any,
    database: str | None = None,
    batch_size: int = BATCH_SIZE,
    progress: bool = False,
    full: bool = False,
) -> dict[str, Any]:
    """Load the build folder ``folder`` through an open driver: only what changed since the
    generation the database holds (its mark, when the folder's change log reaches back to
    it), else the whole build; see :func:`load_folder`."""
    from graphbuilder.sinks.propertygraph.folder_rows import folder_rows, folder_snapshot

    target = Neo4jTarget(driver, database)
    with folder_snapshot(folder) as (db, mark):
        _create_schema(target)  # once, for either load
        changes = changes_to_load(db, target, full)
        if changes is None:
            rows, _, read = folder_rows(db)
            return {**_write_rows(rows, target, batch_size, progress, mark, whole=True), "increment": False,
                    "rows_read": read}
        out = load_changes(db, changes, target, Dialect.NEO4J, lambda rows: neo4j_plan(rows, exact=True),
                           batch_size, progress)
        set_mark(target, mark)
        return {**out, "increment": True}


SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def check_port(uri: str) -> None:
    """StoreError unless the URI's port (when it names one) is a TCP port, 1 to 65535."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return  # not a URI at all ("neo4j://[::1"): the driver says what is wrong with it
    try:
        port = parts.port
    except ValueError:
        port = -1
    if port is not None and not 0 < port < 65536:
        raise StoreError(f"Neo4j: {redact(uri)!r}: the port must be a number from 1 to 65535")


def redact(uri: str) -> str:
    """``uri`` without any user:password part, for messages."""
    return re.sub(r"(?<=://)[^/?#]*@", "***@", uri)


def load(
    kg: KnowledgeGraph,
    uri: str,
    user: str,
    password: str,
    database: str | None = None,
    batch_size: int = BATCH_SIZE,
    progress: bool = True,
) -> dict[str, Any]:
    """Merge ``kg`` into the Neo4j database at ``uri``; returns the load summary.

    The summary counts nodes and relationships created and matched (already there),
    batches and rows. Loading the same graph twice creates nothing the second time.
    Raises StoreError when the server cannot be reached, authentication fails or a batch
    fails (the batches before it stay committed; rerun to complete). No message ever
    contains the password, nor credentials written into the URI.
    """
    return _connected(
        uri, user, password,
        lambda driver: write_graph(kg, driver, database=database, batch_size=batch_size, progress=progress),
    )


def load_folder(
    folder: str | Path,
    uri: str,
    user: str,
    password: str,
    database: str | None = None,
    batch_size: int = BATCH_SIZE,
    progress: bool = True,
    full: bool = False,
) -> dict[str, Any]:
    """Load the build folder ``folder`` into the Neo4j database at ``uri``.

    A database that holds an earlier generation of this folder's build (its ``LoadedBuild``
    mark, and a change log in graph.db that reaches back to it) gets only what changed
    since (:mod:`increment`): new and changed keys merged, removed ones deleted. Any other
    database, or ``full``, gets the whole build as :func:`load` gives it. The database is
    then marked with the folder's generation. Returns :func:`load`'s summary plus
    ``increment`` and ``rows_read`` (rows of graph.db read); errors as :func:`load`.
    """
    return _connected(
        uri, user, password,
        lambda driver: write_folder(folder, driver, database, batch_size, progress, full),
    )


def _connected(uri: str, user: str, password: str, work: Callable[[Any], dict[str, Any]]) -> dict[str, Any]:
    """``work(driver)`` on a driver connected to ``uri``; messages never hold the password."""
    try:
        return _load(uri, user, password, work)
    except StoreError as err:
        message = str(err)
        if password and password in message:
            raise StoreError(message.replace(password, "***")) from None
        raise


def _load(uri: str, user: str, password: str, work: Callable[[Any], dict[str, Any]]) -> dict[str, Any]:
    import neo4j
    from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

    shown = redact(uri)
    scheme, sep, _ = uri.partition("://")
    if not sep or scheme.lower() not in SCHEMES:
        raise StoreError(
            f"Neo4j: cannot use the URI {shown!r}; give a bolt:// or neo4j:// URI, e.g. {DEFAULT_URI}"
        )
    if shown != uri:
        raise StoreError(
            f"Neo4j: {shown!r}: put no credentials in the URI (use --user and the NEO4J_PASSWORD variable)"
        )
    check_port(uri)
    # the driver logs its own copy of a connection failure ("Unable to retrieve routing
    # information"); the one line the user sees is ours
    logging.getLogger("neo4j").addHandler(logging.NullHandler())
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))
    except (ValueError, neo4j.exceptions.ConfigurationError) as err:
        raise StoreError(f"Neo4j: bad URI {shown!r} ({first_line(err)})") from None
    try:
        try:
            driver.verify_connectivity()
        except AuthError:
            raise StoreError(
                f"Neo4j at {shown}: authentication failed for user {user!r} (set NEO4J_PASSWORD)"
            ) from None
        except (ServiceUnavailable, OSError) as err:
            raise StoreError(f"Neo4j at {shown}: cannot connect ({first_line(err)})") from None
        except (DriverError, Neo4jError) as err:
            raise StoreError(f"Neo4j at {shown}: {type(err).__name__}: {first_line(err)}") from None
        return work(driver)
    finally:
        driver.close()

"""The embedded Cypher store: a KnowledgeGraph in LadybugDB (the Kùzu successor), and queries on it.

LadybugDB needs a schema, so a load first creates the node tables, the structural
relationship tables and the one ``FACT`` table that holds the direct fact relationships of
every predicate, typed by a property (:mod:`ladybug_facts`: a table per predicate cost a fixed
~14 ms of CPU each; queries still name the types, rewritten for the store). A new store is
bulk-loaded with COPY; a store with a graph in it runs the same batched MERGE plan as the
Neo4j loader, in the LadybugDB dialect; each batch is its own transaction. A relationship
is never updated in place (LadybugDB 0.22 can corrupt a relationship table that way, see
:func:`cypher.delete_changed_relationships`): one whose properties changed is deleted and
created again in the same transaction. A build folder (:func:`load_folder`) is read from its
graph.db, and a store that holds an earlier load of it gets only what changed since
(:mod:`increment`).

    >>> counts = load(kg, "build/example/graph.lbug")
    >>> run_query("build/example/graph.lbug", "MATCH (e:Entity) RETURN e.name AS name LIMIT 3")
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from graphbuilder.errors import QueryError, StoreError
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.sinks.propertygraph import cypher, ladybug_bulk, ladybug_facts
from graphbuilder.sinks.propertygraph.cypher import Dialect
from graphbuilder.sinks.propertygraph.increment import Mark, changes_to_load, load_changes, set_mark
from graphbuilder.sinks.propertygraph.library import parse_query
from graphbuilder.sinks.propertygraph.rows import GraphRows, Row, graph_rows
from graphbuilder.sinks.propertygraph.writer import BatchCounts, LoadStep, load_plan, write


def _ladybug() -> Any:
    try:
        import ladybug
    except ImportError as err:  # pragma: no cover - a broken install
        raise StoreError("LadybugDB is not installed (pip install ladybug)") from err
    return ladybug


#: The buffer pool LadybugDB may use (bytes). Its own default is most of the machine's memory;
#: 512 MiB loads and queries a 900-article build comfortably. Override per call, or with the
#: environment variable GRAPHBUILDER_LADYBUG_BUFFER_POOL (bytes, or with a MB/GB suffix).
DEFAULT_BUFFER_POOL = 512 * 2**20
BUFFER_POOL_ENV = "GRAPHBUILDER_LADYBUG_BUFFER_POOL"


def buffer_pool_size(size: int | None = None) -> int:
    """The buffer pool to open stores with: ``size``, else $GRAPHBUILDER_LADYBUG_BUFFER_POOL, else 512 MiB."""
    if size is not None:
        return size
    text = os.environ.get(BUFFER_POOL_ENV, "").strip().upper()
    if not text:
        return DEFAULT_BUFFER_POOL
    units = {"KB": 2**10, "MB": 2**20, "GB": 2**30}
    factor = next((f for unit, f in units.items() if text.endswith(unit)), 1)
    digits = text[:-2] if factor != 1 else text
    if not digits.strip().isdigit() or int(digits) < 1:
        raise StoreError(f"{BUFFER_POOL_ENV}={text!r}: give a size in bytes, or with MB or GB (e.g. 512MB)")
    return int(digits) * factor


def connect(
    db_path: str | Path, read_only: bool = False, pool: int | None = None, auto_checkpoint: bool = True
) -> tuple[Any, Any]:
    """(database, connection) for the store at ``db_path``; StoreError when it cannot be opened.

    A store a killed writer left with a write-ahead log still to replay cannot be opened
    read-only ("checkpoint recovery is pending"): it is opened once for writing, which
    replays the log (committed transactions only), and then read-only. A log whose last
    record the killed writer left half-written is replayed up to that record
    (:func:`_open_replaying`).
    ``auto_checkpoint=False`` leaves checkpoints to the caller (and to closing): a bulk load
    of hundreds of tables would otherwise checkpoint after each COPY.
    """
    lb = _ladybug()
    path = Path(db_path)
    if read_only and not path.exists():
        raise StoreError(f"{path}: no LadybugDB store there; create one with `graphbuilder load ladybug`")
    if path.is_dir():
        raise StoreError(f"{path}: is a directory; give the path of a LadybugDB database file")
    size = buffer_pool_size(pool)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            database = _open_replaying(
                lb, path, read_only=read_only, buffer_pool_size=size, auto_checkpoint=auto_checkpoint
            )
        except RuntimeError as err:
            if not (read_only and "recovery" in str(err).lower()):
                raise
            _open_replaying(lb, path, buffer_pool_size=size).close()  # replays the log
            database = lb.Database(str(path), read_only=True, buffer_pool_size=size)
        return database, lb.Connection(database)
    except (RuntimeError, OSError) as err:
        raise StoreError(f"{path}: cannot open the LadybugDB store ({_first_line(err)})") from None


#: How LadybugDB 0.22 reports a write-ahead log that ends in a half-written record.
_TORN_LOG = ("the wal file is corrupted", "reading past the end of the file")


def _open_replaying(lb: Any, path: Path, **options: Any) -> Any:
    """``lb.Database(path, **options)``; when its write-ahead log ends in a record a killed
    writer left half-written, the log is replayed up to that record instead of refusing the
    store (LadybugDB fails the record's checksum, or reads past the file's end, and stops).
    The transaction being written when the writer died was never committed; a graphbuilder
    load is idempotent, so loading again restores anything the log held after it. The log
    as it was is kept beside the store (``PATH.wal.torn``) and one warning line says so."""
    try:
        return lb.Database(str(path), **options)
    except RuntimeError as err:
        wal = path.with_name(path.name + ".wal")
        if not (wal.exists() and any(sign in str(err).lower() for sign in _TORN_LOG)):
            raise
        kept = wal.with_name(wal.name + ".torn")
        shutil.copyfile(wal, kept)
        try:
            database = lb.Database(str(path), throw_on_wal_replay_failure=False, **options)
        except RuntimeError:
            kept.unlink()
            raise err from None  # not a torn log after all: the store itself is unreadable
        print(
            f"warning: {path}: its write-ahead log ends in a half-written record (a writer was "
            f"killed); replayed up to it, the log kept as {kept.name}; load the store again to "
            "restore anything after it",
            file=sys.stderr,
        )
        return database


class LadybugTarget:
    """Runs load batches on a LadybugDB connection, counting what each batch created.

    The store stays open for the whole load: LadybugDB 0.22 keeps buffer-pool memory for
    every relationship table a session touches, which made a MERGE load over a table per
    predicate reopen the store now and then; the facts of every predicate share one table
    now (:mod:`ladybug_facts`), so a load touches nine relationship tables in all."""

    name = "LadybugDB"

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def execute(self, statement: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        statement, values = cypher.bind_keys(statement, params or {})
        result = self.connection.execute(statement, values)
        try:
            return _rows(result)
        finally:
            result.close()

    read = execute

    def count(self, step: LoadStep, batch: list[Row]) -> int:
        """For a node step, the batch's nodes the store holds (primary-key look-ups: the cost of
        the batch); for a relationship step, the table's relationships (LadybugDB looks a
        relationship up by both ends slower than it counts a table of this size)."""
        if step.kind == "node":
            return int(self.execute(cypher.count_batch(step.table), {"rows": batch})[0]["n"])
        return int(self.execute(cypher.count_relationships(step.table))[0]["n"])

    def run(self, step: LoadStep, batch: list[Row]) -> BatchCounts:
        """The batch as one transaction: the step's ``before`` and ``delete_changed`` statements
        (if it has them), then its statement."""
        self.execute("BEGIN TRANSACTION")
        try:
            counted = step.kind in ("node", "relationship") and step.counted
            before = self.count(step, batch) if counted else 0
            for first in (step.before, step.delete_changed):
                if first:
                    self.execute(first, {"rows": batch})
            self.execute(step.statement, {"rows": batch})
            if counted:
                created = self.count(step, batch) - before
            else:
                created = len(batch) if step.kind in ("node", "relationship") else 0
        except BaseException:
            try:
                self.execute("ROLLBACK")
            except RuntimeError:  # the engine already ended the transaction with the error
                pass
            raise
        self.execute("COMMIT")
        return BatchCounts(created=created)


def load(
    kg: KnowledgeGraph,
    db_path: str | Path,
    batch_size: int = 500,
    progress: bool = False,
    pool: int | None = None,
    bulk: bool = True,
) -> dict[str, Any]:
    """Merge ``kg`` into the LadybugDB store at ``db_path`` (created when missing).

    A new store (no file yet, or no node in it) is bulk-loaded with ``COPY FROM``
    (:mod:`ladybug_bulk`); a new file is built aside (``PATH.loading``) and moved into place
    when complete, so a killed load leaves no half store. A store that holds a graph
    already gets the batched MERGE plan, which adds what is new and replaces what changed.
    Returns the load summary (nodes/relationships created and matched, batches, rows) plus
    ``nodes`` and ``relationships``: the store's totals after the load, and ``bulk``: whether
    COPY was used. ``bulk=False`` takes the MERGE plan for a new store too. ``pool`` is the
    buffer pool size in bytes (see :func:`buffer_pool_size`). Loading the same graph twice
    creates nothing the second time.
    Raises StoreError when the store cannot be opened or a batch fails.
    """
    return load_rows(graph_rows(kg), db_path, batch_size, progress, pool, bulk)


def load_rows(
    rows: GraphRows,
    db_path: str | Path,
    batch_size: int = 500,
    progress: bool = False,
    pool: int | None = None,
    bulk: bool = True,
    mark: Mark | None = None,
) -> dict[str, Any]:
    """:func:`load` of rows already made; the store is marked as holding the build ``mark``
    (or as holding no build folder's generation: None). StoreError when another loader holds
    the store (:func:`store_lock`). A COPY into a new store sets the evidence totals of
    ``rows``' Statement rows in place (:func:`rows.add_totals`): pass a copy to keep them as
    they were."""
    path = Path(db_path)
    with store_lock(path):
        if bulk and not path.exists():
            return _bulk_load_aside(rows, path, pool, progress, mark)
        with _opened(path, pool) as connection:
            create_schema(connection)
            return _load_whole(rows, connection, batch_size, progress, bulk, mark)


#: Beside the store ``PATH``: the file a loader holds an OS lock on (not ``PATH.*`` of the
#: aside copy, which a load removes).
STORE_LOCK_SUFFIX = ".graphbuilder-lock"


@contextmanager
def store_lock(path: Path) -> Iterator[None]:
    """Hold the loader's lock of the store ``path`` (``PATH.graphbuilder-lock``) for the
    ``with`` block: one loader at a time builds ``PATH.loading``, clears it, or moves it into
    place. StoreError (one line) when another loader holds it."""
    from graphbuilder.buildfolder.lock import file_lock

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"{path}: cannot create the store's folder ({err.strerror or err})") from None
    with file_lock(path.with_name(path.name + STORE_LOCK_SUFFIX), wait=False,
                   busy=f"{path}: another load is writing this store",
                   hint="wait for it to finish and load again", what="the store"):
        yield


def _aside(path: Path) -> Path:
    """Where a new store is bulk-loaded before it is moved to ``path``."""
    return path.with_name(path.name + ".loading")


@contextmanager
def _opened(path: Path, pool: int | None) -> Iterator[Any]:
    """A connection to the store at ``path`` for one load, closed after it; the engine's
    errors become StoreError. What a killed bulk load of a new store left aside goes (the
    caller holds :func:`store_lock`)."""
    database, connection = connect(path, pool=pool)
    try:
        try:
            _remove_with_companions(_aside(path))  # a half store a killed bulk load left beside it
        except OSError as err:
            raise StoreError(f"{path}: cannot remove {_aside(path).name} ({err.strerror or err})") from None
        yield connection
    except RuntimeError as err:
        raise StoreError(f"{path}: LadybugDB failed ({_first_line(err)})") from None
    finally:
        connection.close()
        database.close()


def _load_whole(
    rows: GraphRows, connection: Any, batch_size: int, progress: bool, bulk: bool, mark: Mark | None
) -> dict[str, Any]:
    """The whole graph of ``rows`` into the open store (its schema made): COPY when ``bulk``
    and the store holds no node, else the batched MERGE plan; then ``mark``."""
    target = LadybugTarget(connection)
    set_mark(target, None)  # until the load is complete
    if bulk and store_counts(connection)["nodes"] == 0:
        with tempfile.TemporaryDirectory(prefix="graphbuilder-copy-") as folder:
            out = ladybug_bulk.bulk_load(rows, connection, Path(folder), progress)
        out["bulk"] = True
    else:
        plan = load_plan(rows, Dialect.LADYBUG)
        summary = write(plan, target, batch_size=batch_size, progress=progress)
        out = {**summary.as_dict(), "bulk": False}
        out.update(store_counts(connection))
    if mark is not None:
        set_mark(target, mark)
    return out


def load_folder(
    folder: str | Path,
    db_path: str | Path,
    batch_size: int = 500,
    progress: bool = False,
    pool: int | None = None,
    full: bool = False,
) -> dict[str, Any]:
    """Load the build folder ``folder`` into the store at ``db_path`` (created when missing).

    A store that holds an earlier generation of this folder's build (its mark, and a change
    log in graph.db that reaches back to it) gets only what changed since
    (:mod:`increment`); any other store, or ``full``, gets the whole build as :func:`load`
    gives it (COPY into a new store). The store is then marked with the folder's
    generation. Returns :func:`load`'s summary plus ``increment`` (whether only the change
    was loaded) and ``rows_read`` (rows of graph.db read); an increment's summary has no
    store totals (``nodes``, ``relationships``) but ``changed``, the numbers of changed
    articles, entities and statements. The store is opened once.
    """
    from graphbuilder.sinks.propertygraph.folder_rows import folder_rows, folder_snapshot

    path = Path(db_path)
    with store_lock(path), folder_snapshot(folder) as (db, mark):
        if not path.exists():
            rows, _, read = folder_rows(db)
            out = _bulk_load_aside(rows, path, pool, progress, mark)
            return {**out, "increment": False, "rows_read": read}
        with _opened(path, pool) as connection:
            create_schema(connection)
            target = LadybugTarget(connection)
            changes = changes_to_load(db, target, full)
            if changes is None:
                rows, _, read = folder_rows(db)
                out = _load_whole(rows, connection, batch_size, progress, True, mark)
                return {**out, "increment": False, "rows_read": read}
            out = load_changes(db, changes, target, Dialect.LADYBUG, _exact_plan, batch_size, progress)
            set_mark(target, mark)  # no totals: counting the store would cost the store, not the change
            return {**out, "bulk": False, "increment": True}


def _exact_plan(rows: GraphRows) -> list[LoadStep]:
    return load_plan(rows, Dialect.LADYBUG, exact=True, new_links=True)


def _bulk_load_aside(
    rows: GraphRows, path: Path, pool: int | None, progress: bool, mark: Mark | None = None
) -> dict[str, Any]:
    """COPY ``rows`` into a new store at ``PATH.loading``, mark it, then move it to ``path``
    (the caller holds :func:`store_lock`)."""
    aside = _aside(path)
    _remove_with_companions(aside)  # what a killed load left
    database, connection = connect(aside, pool=pool, auto_checkpoint=False)
    try:
        create_schema(connection)
        with tempfile.TemporaryDirectory(prefix="graphbuilder-copy-") as folder:
            out = ladybug_bulk.bulk_load(rows, connection, Path(folder), progress)
        if mark is not None:
            set_mark(LadybugTarget(connection), mark)
        connection.execute("CHECKPOINT").close()
        out["bulk"] = True
    except RuntimeError as err:
        raise StoreError(f"{path}: LadybugDB bulk load failed ({_first_line(err)})") from None
    finally:
        connection.close()
        database.close()
    wal = aside.with_name(aside.name + ".wal")
    if wal.exists():  # closing checkpoints; a log left over still belongs with its file
        os.replace(wal, path.with_name(path.name + ".wal"))
    os.replace(aside, path)
    _remove_with_companions(aside)  # its lock files
    return out


def create_schema(connection: Any) -> None:
    """The tables of a graph (``CREATE ... IF NOT EXISTS``) and of the build mark, in one
    transaction."""
    _refuse_typed_fact_tables(connection)
    connection.execute("BEGIN TRANSACTION").close()
    try:
        statements = [*cypher.schema_statements(Dialect.LADYBUG), ladybug_facts.schema_statement(),
                      cypher.mark_schema()]
        for statement in statements:
            connection.execute(statement).close()
    except BaseException:
        try:
            connection.execute("ROLLBACK").close()
        except RuntimeError:  # the engine already ended the transaction with the error
            pass
        raise
    connection.execute("COMMIT").close()


def _refuse_typed_fact_tables(connection: Any) -> None:
    """StoreError for a store made before the FACT table (one relationship table per
    predicate): merging into it would keep the old facts beside the new ones."""
    tables = LadybugTarget(connection).execute("CALL show_tables() RETURN name, type")
    known = {*cypher.REL_TABLES, ladybug_facts.TABLE}
    old = sorted(t["name"] for t in tables if t["type"] == "REL" and t["name"] not in known)
    if old:
        raise StoreError(
            f"the store has a relationship table per predicate ({old[0]} ...), made by an earlier "
            "graphbuilder; remove it and load again (a new store is bulk-loaded)"
        )


def _remove_with_companions(path: Path) -> None:
    """Remove the store file ``path`` and the files LadybugDB keeps beside it (``path.*``)."""
    path.unlink(missing_ok=True)
    if path.parent.is_dir():
        for companion in path.parent.iterdir():
            if companion.name.startswith(path.name + "."):
                companion.unlink(missing_ok=True)


def store_counts(connection: Any) -> dict[str, int]:
    """Total nodes (of graphbuilder's labels) and relationships (of every table) in the store.

    Relationships are counted by one query over all relationship tables, not one per table."""
    target = LadybugTarget(connection)
    tables = target.execute("CALL show_tables() RETURN name, type")
    nodes = sum(
        int(target.execute(cypher.count_nodes(t["name"]))[0]["n"])
        for t in tables
        if t["type"] == "NODE" and t["name"] in cypher.NODE_TABLES
    )
    rels = 0
    if any(t["type"] == "REL" for t in tables):
        rels = int(target.execute("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"])
    return {"nodes": nodes, "relationships": rels}


def query_connection(
    connection: Any, query: str, params: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """Rows (column name -> value) of a Cypher query on an open connection; QueryError when it
    fails. ``query`` may be written for Neo4j: the library's dialect rewrites apply first
    (see :func:`cypher.to_ladybug`, :func:`ladybug_facts.rewrite`). A query library file's
    text brings its parameter defaults (``// param: name = value -- ...`` header lines);
    ``params`` override them.
    ``graphbuilder.query.cypher.run_query`` opens a store and calls this."""
    text = ladybug_facts.rewrite(cypher.to_ladybug(query))
    values = {**parse_query(query).defaults, **(params or {})}
    missing = sorted(cypher.parameter_names(query) - set(values))
    if missing:
        names = ", ".join(f"${name}" for name in missing)
        raise QueryError(f"the query uses {names} but no value was given (--param {missing[0]}=VALUE)")
    text, values = cypher.bind_keys(text, values)
    try:
        result = connection.execute(text, values)
    except RuntimeError as err:
        raise QueryError(f"LadybugDB rejected the query: {_first_line(err)}") from None
    try:
        return _rows(result)
    finally:
        result.close()


def _rows(result: Any) -> list[dict[str, Any]]:
    if isinstance(result, list):  # several statements: the last one's rows
        for extra in result[:-1]:
            extra.close()
        result = result[-1]
    columns = result.get_column_names()
    out = []
    while result.has_next():
        out.append(dict(zip(columns, result.get_next(), strict=True)))
    return out


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__

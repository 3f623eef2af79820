"""The embedded Cypher store: a KnowledgeGraph in LadybugDB (the Kùzu successor), and queries on it.

LadybugDB needs a schema, so a load first creates the node tables, the structural
relationship tables and one relationship table per predicate type it is about to write
(``CREATE ... IF NOT EXISTS``, so new predicates in a later build just add tables). Then it
runs the same batched MERGE plan as the Neo4j loader, in the LadybugDB dialect; each
statement is its own transaction.

    >>> counts = load(kg, "build/example/graph.lbug")
    >>> run_query("build/example/graph.lbug", "MATCH (e:Entity) RETURN e.name AS name LIMIT 3")
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graphbuilder.errors import QueryError, StoreError
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.sinks.propertygraph import cypher
from graphbuilder.sinks.propertygraph.cypher import Dialect
from graphbuilder.sinks.propertygraph.library import parse_query
from graphbuilder.sinks.propertygraph.rows import Row, graph_rows
from graphbuilder.sinks.propertygraph.writer import BatchCounts, LoadStep, load_plan, write


def _ladybug() -> Any:
    try:
        import ladybug
    except ImportError as err:  # pragma: no cover - a broken install
        raise StoreError("LadybugDB is not installed (pip install ladybug)") from err
    return ladybug


def connect(db_path: str | Path, read_only: bool = False) -> tuple[Any, Any]:
    """(database, connection) for the store at ``db_path``; StoreError when it cannot be opened."""
    lb = _ladybug()
    path = Path(db_path)
    if read_only and not path.exists():
        raise StoreError(f"{path}: no LadybugDB store there; create one with `graphbuilder load ladybug`")
    if path.is_dir():
        raise StoreError(f"{path}: is a directory; give the path of a LadybugDB database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        database = lb.Database(str(path), read_only=read_only)
        return database, lb.Connection(database)
    except (RuntimeError, OSError) as err:
        raise StoreError(f"{path}: cannot open the LadybugDB store ({err})") from None


class LadybugTarget:
    """Runs load batches on a LadybugDB connection, counting what each batch created."""

    name = "LadybugDB"

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def execute(self, statement: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        result = self.connection.execute(statement, params or {})
        try:
            return _rows(result)
        finally:
            result.close()

    def count(self, step: LoadStep) -> int:
        q = cypher.count_nodes(step.table) if step.kind == "node" else cypher.count_relationships(step.table)
        return int(self.execute(q)[0]["n"])

    def run(self, step: LoadStep, batch: list[Row]) -> BatchCounts:
        before = self.count(step) if step.kind != "update" else 0
        self.execute(step.statement, {"rows": batch})
        return BatchCounts(created=self.count(step) - before if step.kind != "update" else 0)


def load(
    kg: KnowledgeGraph, db_path: str | Path, batch_size: int = 500, progress: bool = False
) -> dict[str, Any]:
    """Merge ``kg`` into the LadybugDB store at ``db_path`` (created when missing).

    Returns the load summary (nodes/relationships created and matched, batches, rows,
    created per label/type) plus ``nodes`` and ``relationships``: the store's totals after
    the load. Loading the same graph twice creates nothing the second time.
    Raises StoreError when the store cannot be opened or a batch fails.
    """
    rows = graph_rows(kg)
    database, connection = connect(db_path)
    try:
        target = LadybugTarget(connection)
        for statement in cypher.schema_statements(Dialect.LADYBUG, rows.facts):
            target.execute(statement)
        summary = write(load_plan(rows, Dialect.LADYBUG), target, batch_size=batch_size, progress=progress)
        out = summary.as_dict()
        out.update(store_counts(connection))
        return out
    except RuntimeError as err:
        raise StoreError(f"{db_path}: LadybugDB failed ({_first_line(err)})") from None
    finally:
        connection.close()
        database.close()


def store_counts(connection: Any) -> dict[str, int]:
    """Total nodes and relationships in the store, over every table."""
    target = LadybugTarget(connection)
    tables = target.execute("CALL show_tables() RETURN name, type")
    nodes = rels = 0
    for t in tables:
        name = t["name"]
        if t["type"] == "NODE" and name in cypher.NODE_TABLES:
            nodes += int(target.execute(cypher.count_nodes(name))[0]["n"])
        elif t["type"] == "REL":
            try:
                rels += int(target.execute(cypher.count_relationships(name))[0]["n"])
            except RuntimeError:
                continue  # a table not made by graphbuilder
    return {"nodes": nodes, "relationships": rels}


def run_query(db_path: str | Path, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Rows (column name -> value) of a Cypher query on the store; QueryError when it fails.

    ``query`` may be written for Neo4j: the library's dialect rewrites apply first
    (see :func:`cypher.to_ladybug`). A query library file's text brings its parameter
    defaults (``// param: name = value -- ...`` header lines); ``params`` override them.
    """
    database, connection = connect(db_path, read_only=True)
    try:
        return query_connection(connection, query, params)
    finally:
        connection.close()
        database.close()


def query_connection(
    connection: Any, query: str, params: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """Like :func:`run_query`, on an open connection."""
    text = cypher.to_ladybug(query)
    values = {**parse_query(query).defaults, **(params or {})}
    missing = sorted(cypher.parameter_names(query) - set(values))
    if missing:
        names = ", ".join(f"${name}" for name in missing)
        raise QueryError(f"the query uses {names} but no value was given (--param {missing[0]}=VALUE)")
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

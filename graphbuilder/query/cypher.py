"""Cypher on the embedded LadybugDB store: the runner behind `graphbuilder cypher`.

Library queries are written for Neo4j; the dialect rewrites of
``sinks.propertygraph.cypher.to_ladybug`` apply first. Parameters travel as driver
parameters (``$name``), never spliced into the text. Opening the store is
``sinks.propertygraph.ladybug_store``'s job; this module only runs the query on it.

    >>> run_query("build/example/ladybug.db", "MATCH (e:Entity) RETURN e.name AS name LIMIT 3")
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from graphbuilder.errors import QueryError
from graphbuilder.sinks.propertygraph import ladybug_store
from graphbuilder.sinks.propertygraph.cypher import parameter_names, to_ladybug


def check_params(query: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """``params`` when every ``$parameter`` of ``query`` has a value; else QueryError naming them."""
    missing = sorted(parameter_names(query) - set(params))
    if missing:
        names = ", ".join(f"${name}" for name in missing)
        raise QueryError(f"the query uses {names} but no value was given (--param {missing[0]}=VALUE)")
    return dict(params)


def run_query(
    db_path: str | Path, query: str, params: Mapping[str, Any] | None = None
) -> list[dict[str, Any]]:
    """Rows (column name -> value) of a Cypher query on the store at ``db_path`` (read-only).

    Raises StoreError when the store cannot be opened, QueryError when the query fails or
    a ``$parameter`` has no value.
    """
    values = check_params(query, params or {})
    database, connection = ladybug_store.connect(db_path, read_only=True)
    try:
        return ladybug_store.LadybugTarget(connection).execute(to_ladybug(query), values)
    except RuntimeError as err:
        raise QueryError(f"LadybugDB rejected the query: {_first_line(err)}") from None
    finally:
        connection.close()
        database.close()


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__

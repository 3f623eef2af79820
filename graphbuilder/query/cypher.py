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

from graphbuilder.sinks.propertygraph import ladybug_store


def run_query(
    db_path: str | Path, query: str, params: Mapping[str, Any] | None = None
) -> list[dict[str, Any]]:
    """Rows (column name -> value) of a Cypher query on the store at ``db_path`` (read-only).

    The query runs through ``ladybug_store.query_connection``: dialect rewrites, header
    defaults, name keys and the check that every ``$parameter`` has a value live there, once.
    Raises StoreError when the store cannot be opened, QueryError when the query fails or
    a ``$parameter`` has no value.
    """
    database, connection = ladybug_store.connect(db_path, read_only=True)
    try:
        return ladybug_store.query_connection(connection, query, dict(params or {}))
    finally:
        connection.close()
        database.close()

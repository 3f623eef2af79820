"""Loading a build folder into a store that holds an earlier generation of it: only the change.

A load of a build folder leaves a mark in the store (one ``LoadedBuild`` node: the
folder's generation and history, see :mod:`graphbuilder.buildfolder.changelog`). The next
load of a folder whose log reaches back to that mark reads from graph.db only the keys
changed since (:mod:`folder_rows`), and in batches, one transaction each:

1. deletes the facts and nodes of the changed statements, the changed articles with
   their sentences (so their mentions and evidence go too), the name links of the changed
   entities (with the names no other entity has) and the entities the folder no longer holds;
2. merges the changed keys' rows with the usual load plan, nodes set exactly to the rows
   (:func:`writer.load_plan` with ``exact``), a statement's evidence from every article;
3. moves the mark.

The store then equals a fresh load of the folder (tests compare them). A killed increment
leaves the old mark, so the rerun does the same work again, which ends the same way. Any
other store (no mark, another history, a log that does not reach back) gets a full load.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from graphbuilder.sinks.propertygraph import cypher
from graphbuilder.sinks.propertygraph.cypher import Dialect
from graphbuilder.sinks.propertygraph.rows import GraphRows, add_totals
from graphbuilder.sinks.propertygraph.writer import (
    LoadStep,
    Target,
    removal_steps,
    write,
)

if TYPE_CHECKING:  # reading a build folder is imported when a load reads one
    from graphbuilder.buildfolder.changelog import Changes
    from graphbuilder.buildfolder.database import GraphDatabase

#: (generation, history) of the build a store holds.
Mark = tuple[int, str]


class Store(Target, Protocol):
    """A load target that also answers queries (the build mark)."""

    def read(self, statement: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]: ...


def held_mark(store: Store) -> Mark | None:
    rows = store.read(cypher.read_mark(), {"id": cypher.MARK_ID})
    if len(rows) != 1:
        return None
    generation, history = rows[0]["generation"], rows[0]["history"]
    if not isinstance(generation, int) or not isinstance(history, str):
        return None
    return generation, history


def changes_to_load(db: GraphDatabase, store: Store, full: bool) -> Changes | None:
    """The keys a load of ``db``'s folder into ``store`` brings: those changed since the build
    the store's mark names, or None for a whole load (``full``, no mark, or a change log that
    does not reach back to it)."""
    from graphbuilder.buildfolder import changelog

    held = None if full else held_mark(store)
    return None if held is None else changelog.changes_since(db, *held)


def set_mark(store: Store, mark: Mark | None) -> None:
    """Record the build the store now holds; None (a folder whose generation no log holds, or
    a graph that is no build folder's) removes any mark, so the next load is a full one."""
    store.read(cypher.drop_mark())
    if mark is not None:
        generation, history = mark
        store.read(cypher.write_mark(), {"id": cypher.MARK_ID, "generation": generation, "history": history})


def load_changes(
    db: GraphDatabase,
    changes: Changes,
    store: Store,
    dialect: Dialect,
    plan: Callable[[GraphRows], list[LoadStep]],
    batch_size: int,
    progress: bool = False,
) -> dict[str, Any]:
    """Bring ``store`` forward by ``changes`` read from ``db`` (see the module docstring);
    ``plan`` makes the store's exact load plan of rows. Returns the load summary with
    ``rows_read`` (rows of graph.db read) and the numbers of changed articles, entities and
    statements."""
    from graphbuilder.sinks.propertygraph.folder_rows import folder_rows

    rows, gone, read = folder_rows(db, changes)
    add_totals(rows)
    steps = removal_steps(changes, gone, dialect) + plan(rows)
    summary = write(steps, store, batch_size=batch_size, progress=progress)
    return {
        **summary.as_dict(),
        "rows_read": read,
        "changed": {"articles": len(changes.articles), "entities": len(changes.entities),
                    "statements": len(changes.statements)},
    }

"""What each generation of a build folder changed: the log a property-graph load reads.

``graph.db``'s ``dirty`` marks say what changed since the Oxigraph store was last written,
and are cleared once it holds the change. A LadybugDB or Neo4j store is loaded at other
times, so every build that starts a new generation of the folder (``meta.generation``,
see :mod:`graphbuilder.buildfolder.outputs`) also copies the marks it sees into a log:

    change_generations(generation, history, logged)   one row per generation
    changes(generation, kind, key)                    the articles, entities and
                                                      statements it changed (removals too)

``history`` is a digest chained over the generations: the previous generation's history
and the id and content digest of every article the generation added, replaced or removed.
Two folders share a history at a generation only when they were built from the same
articles in the same steps, so a store remembers the (generation, history) it holds and a
later load of any folder with that history at that generation may bring it forward by
reading only the keys logged since (:func:`changes_since`). A generation's keys are logged
only when the one before it has a history (``logged``): no store can hold the generation
before the first a folder logged, so a new folder's first build logs no keys at all.

The marks copied are a superset of the generation's change (marks a build left for the
Oxigraph store stay until it is written), which only costs an increment a little more;
whatever changed is logged by the generation it first belongs to or a later one.

The log is pruned as it grows: a build keeps the keys of the last :func:`keep_generations`
generations (``graphbuilder build --keep-changes N``, else ``$GRAPHBUILDER_KEEP_CHANGES``,
else 100) and the history from the oldest of them on. A store marked with an older
generation is then one the log cannot bring forward (:func:`changes_since` returns None), so
its next load is a whole one, as for any store the log does not reach.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field

from graphbuilder.errors import StoreError

from .database import ARTICLE, ENTITY, STATEMENT, GraphDatabase

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS change_generations("
    "generation INTEGER PRIMARY KEY, history TEXT NOT NULL, logged INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS changes(generation INTEGER NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, "
    "PRIMARY KEY(generation, kind, key)) WITHOUT ROWID",
)

#: The kinds of marks a property graph is made from (relation marks concern the RDF only).
KINDS = (ARTICLE, ENTITY, STATEMENT)

#: Generations whose keys a build keeps by default, and the variable that changes it.
KEEP_GENERATIONS = 100
KEEP_ENV = "GRAPHBUILDER_KEEP_CHANGES"


def keep_generations(keep: int | None = None) -> int:
    """How many generations' keys a build keeps: ``keep`` (StoreError when below 1), else
    $GRAPHBUILDER_KEEP_CHANGES (ASCII digits, at least 1), else :data:`KEEP_GENERATIONS`;
    StoreError naming the variable for a bad value. A build asks before it reads anything."""
    if keep is not None:
        if keep < 1:
            raise StoreError(f"keep at least one generation's changes, not {keep}")
        return keep
    text = os.environ.get(KEEP_ENV, "").strip()
    if not text:
        return KEEP_GENERATIONS
    if not re.fullmatch(r"[0-9]+", text) or int(text) < 1:
        raise StoreError(f"{KEEP_ENV}={text!r}: give a whole number of generations, at least 1")
    return int(text)


@dataclass
class Changes:
    """The keys changed after a store's generation: each was added, replaced or removed."""

    articles: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)
    statements: set[str] = field(default_factory=set)

    def __len__(self) -> int:
        return len(self.articles) + len(self.entities) + len(self.statements)


def record(db: GraphDatabase, generation: int, keep: int | None = None) -> None:
    """Log what ``generation`` changed (the dirty marks now), before the folder moves to it,
    and prune the log to the last ``keep`` generations (default :func:`keep_generations`): a
    store at generation ``generation - keep`` or later can still be brought forward.

    One transaction; repeating it (a build killed before it set the generation) adds the
    marks seen since and recomputes the history."""
    keep = keep_generations(keep)
    q = db.db.execute
    q("BEGIN IMMEDIATE")
    try:
        for statement in _SCHEMA:
            q(statement)
        before = q("SELECT history FROM change_generations WHERE generation = ?",
                   (generation - 1,)).fetchone()
        digest = hashlib.sha1(f"{generation}\n{before[0] if before else ''}\n".encode())
        rows = q("SELECT d.key, a.digest FROM dirty d LEFT JOIN articles a ON a.id = d.key "
                 "WHERE d.kind = ? ORDER BY d.key", (ARTICLE,))
        for key, content in rows:
            digest.update(f"{key}\t{content or '-'}\n".encode())
        q("INSERT OR REPLACE INTO change_generations(generation, history, logged) VALUES (?, ?, ?)",
          (generation, digest.hexdigest(), int(before is not None)))
        if before is not None:
            q(f"INSERT OR IGNORE INTO changes(generation, kind, key) SELECT ?, kind, key FROM dirty "
              f"WHERE kind IN ({', '.join('?' for _ in KINDS)})", (generation, *KINDS))
        # the oldest generation a store may hold and still be brought forward: its history
        # stays (to match the store's mark), the keys it changed go (that store holds them)
        oldest = generation - keep
        q("DELETE FROM change_generations WHERE generation < ?", (oldest,))
        q("DELETE FROM changes WHERE generation <= ?", (oldest,))
        q("COMMIT")
    except BaseException:
        if db.db.in_transaction:
            q("ROLLBACK")
        raise


def _has_log(db: GraphDatabase) -> bool:
    row = db.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'change_generations'")
    return row.fetchone() is not None


def current(db: GraphDatabase) -> tuple[int, str | None]:
    """The folder's generation and its history (None when no build of this graphbuilder
    logged it: a store loaded then cannot be brought forward later)."""
    generation = int(db.meta("generation") or 0)
    return generation, history(db, generation)


def history(db: GraphDatabase, generation: int) -> str | None:
    if not _has_log(db):
        return None
    row = db.db.execute("SELECT history FROM change_generations WHERE generation = ?",
                        (generation,)).fetchone()
    return row[0] if row else None


def changes_since(db: GraphDatabase, generation: int, held: str) -> Changes | None:
    """The keys changed after ``generation`` up to the folder's current one, for a store that
    holds ``generation`` with history ``held``; None when the log cannot bring that store
    forward (another folder's or another history, a generation the folder is not past, or a
    generation whose keys were not logged)."""
    now = int(db.meta("generation") or 0)
    if now < generation or not _has_log(db):
        return None
    q = db.db.execute
    generations = {  # the history table read once: generation -> (history, keys logged)
        gen: (digest, bool(logged))
        for gen, digest, logged in q("SELECT generation, history, logged FROM change_generations "
                                      "WHERE generation >= ? AND generation <= ?", (generation, now))
    }
    if generation not in generations or generations[generation][0] != held:
        return None
    if not all(generations.get(gen, ("", False))[1] for gen in range(generation + 1, now + 1)):
        return None
    found = Changes()
    sets = {ARTICLE: found.articles, ENTITY: found.entities, STATEMENT: found.statements}
    for kind, key in q("SELECT DISTINCT kind, key FROM changes WHERE generation > ? AND generation <= ?",
                       (generation, now)):
        sets[kind].add(key)
    return found

"""The build folder's source of truth: ``DIR/graph.db``, an SQLite database of contributions.

Every row belongs to one article: its record, sentences, mentions, the entities it names
(``entity_parts``), the statements it supports (``statement_parts``), their evidence, and
its named graph as TriG (``article_graphs``, made with its rows: ``rows.named_graph``).
What spans articles is derived from those rows by key, with the rules of
:mod:`graphbuilder.graph` (:func:`~graphbuilder.graph.merged_entity`,
:func:`~graphbuilder.graph.merged_event`), into the ``entities`` and ``statements``
tables, for the keys an article touched only, from running aggregates of the rows (each
distinct part of a key once, with its count: ``entity_variants``, ``statement_variants``).
So adding an article costs that article (not the corpus, nor every article that names the
same country), memory holds one batch of articles, and replacing an article leaves
nothing of its old text behind.

Each change also marks what the Oxigraph store must redo (``dirty``: article graphs,
entities, statements, relations); the marks are cleared only once the store holds the
change, so an interrupted build is finished by the next one. ``meta`` records the
generation of the data and of each output written from it (see ``buildfolder.outputs``).

Streams for the outputs (:meth:`GraphDatabase.entities`, :meth:`statements`,
:meth:`article_parts`, :meth:`statement_records`) come in the order the outputs are
written, from indexes, one row at a time.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphbuilder.errors import StoreError
from graphbuilder.graph import KnowledgeGraph, merged_entity, merged_event
from graphbuilder.model import Article, Entity, Evidence, Mention, Sentence, Statement, statement_record
from graphbuilder.sinks.snapshot import evidence_from_dict

from .rows import GRAPH_BASE, ArticleRows, graph_text

if TYPE_CHECKING:  # graphbuilder.resolve loads spaCy: reading a build folder needs none of it
    from graphbuilder.resolve import ArticleGraph

DATABASE_NAME = "graph.db"
SCHEMA_VERSION = "1"
#: SQLite's page cache per connection (KiB). Its default (2 MiB) is a small part of the
#: evidence table and its indexes, whose rows arrive in hash order: with a larger cache a
#: build reads and writes each page far fewer times (adding 300 articles' rows cost 1.86 s
#: of CPU with 2 MiB, 1.55 with 16, 1.43 with 32, 1.37 with 64). Bounded, so memory
#: stays flat; 32 MiB, as more buys little.
CACHE_KIB = 32 * 1024
#: SQLite's page size for a new graph.db (an existing one keeps its own). With SQLite's
#: default of 4 KiB, a row of these WITHOUT ROWID tables longer than about 1 KiB (many
#: evidence and sentence records) spills into overflow pages, and rows arriving in hash
#: order split pages often: adding 300 BBC articles' rows cost 1.96-2.29 s of CPU with
#: 4 KiB pages, 1.40-1.79 with 8 KiB, 1.52-1.70 with 16 KiB; 120 articles' graph.db is
#: 29 MB instead of 47 (the same rows, the same dump).
PAGE_BYTES = 16 * 1024

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(id TEXT PRIMARY KEY, digest TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sentences(
    article_id TEXT NOT NULL, idx INTEGER NOT NULL, record TEXT NOT NULL,
    PRIMARY KEY(article_id, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mentions(
    article_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, entity_id TEXT NOT NULL,
    record TEXT NOT NULL, PRIMARY KEY(article_id, start, end)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entity_parts(
    entity_id TEXT NOT NULL, article_id TEXT NOT NULL, pos INTEGER NOT NULL, fallback INTEGER NOT NULL,
    record TEXT NOT NULL, PRIMARY KEY(entity_id, article_id, pos)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_parts_by_article ON entity_parts(article_id);
CREATE TABLE IF NOT EXISTS statement_parts(
    statement_id TEXT NOT NULL, article_id TEXT NOT NULL, pos INTEGER NOT NULL, predicate TEXT NOT NULL,
    event_type TEXT, cameo_code TEXT, head TEXT NOT NULL,
    PRIMARY KEY(statement_id, article_id, pos)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS statement_parts_by_article ON statement_parts(article_id);
CREATE TABLE IF NOT EXISTS evidence(
    statement_id TEXT NOT NULL, evidence_id TEXT NOT NULL, article_id TEXT NOT NULL,
    sentence_index INTEGER NOT NULL, relation_start INTEGER NOT NULL, pos INTEGER NOT NULL,
    record TEXT NOT NULL, PRIMARY KEY(statement_id, evidence_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS evidence_by_statement
    ON evidence(statement_id, article_id, sentence_index, relation_start, pos);
CREATE INDEX IF NOT EXISTS evidence_by_article
    ON evidence(article_id, sentence_index, relation_start, statement_id, pos);
CREATE TABLE IF NOT EXISTS entities(id TEXT PRIMARY KEY, real INTEGER NOT NULL, record TEXT NOT NULL)
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS statements(
    id TEXT PRIMARY KEY, predicate TEXT NOT NULL, event_type TEXT, cameo_code TEXT, head TEXT NOT NULL)
    WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS statements_by_predicate ON statements(predicate);
CREATE TABLE IF NOT EXISTS dirty(kind TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY(kind, key))
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS partitions(key TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS article_graphs(
    article_id TEXT PRIMARY KEY, base TEXT NOT NULL, trig BLOB NOT NULL);
"""

#: Tables of rows that belong to one article (by ``article_id``).
_ARTICLE_TABLES = ("sentences", "mentions", "entity_parts", "statement_parts", "evidence", "article_graphs")

#: Running aggregates (``GraphDatabase._refresh``): each distinct part of an entity
#: (``fallback``, ``record``) or of a statement (``variant``: its predicate, event type, CAMEO
#: code and head as JSON) once, with how many parts it stands for and where its first part is
#: (``article_id``, ``pos``). The merge rules only need the distinct parts in the order of
#: their first occurrence and their counts, so refreshing a popular entity reads a handful
#: of rows, not one a supporting article. Created with their contents by ``_aggregates``.
_AGGREGATES = """
CREATE TABLE entity_variants(
    entity_id TEXT NOT NULL, fallback INTEGER NOT NULL, record TEXT NOT NULL, parts INTEGER NOT NULL,
    article_id TEXT NOT NULL, pos INTEGER NOT NULL, PRIMARY KEY(entity_id, fallback, record)) WITHOUT ROWID;
CREATE INDEX entity_variants_by_origin ON entity_variants(entity_id, article_id, pos);
CREATE TABLE statement_variants(
    statement_id TEXT NOT NULL, variant TEXT NOT NULL, parts INTEGER NOT NULL,
    article_id TEXT NOT NULL, pos INTEGER NOT NULL, PRIMARY KEY(statement_id, variant)) WITHOUT ROWID;
CREATE INDEX statement_variants_by_origin ON statement_variants(statement_id, article_id, pos);
"""

#: An entity's or a statement's distinct parts, for the keys in the temporary table
#: ``touched``, in the order of their first parts. CROSS JOIN keeps ``touched`` the outer
#: loop: with a plain JOIN SQLite scanned the whole variants (before: parts) table in order
#: and looked each row up in ``touched``, so every commit read the whole folder.
_ENTITY_PARTS = ("SELECT v.entity_id, v.fallback, v.record, v.parts FROM touched t "
                 "CROSS JOIN entity_variants v ON v.entity_id = t.id "
                 "ORDER BY v.entity_id, v.article_id, v.pos")
_STATEMENT_PARTS = ("SELECT v.statement_id, v.variant FROM touched t CROSS JOIN statement_variants v "
                    "ON v.statement_id = t.id ORDER BY v.statement_id, v.article_id, v.pos")
#: One more part of a variant; its first part is the earlier one.
_COUNT_ENTITY = ("INSERT INTO entity_variants VALUES (?, ?, ?, 1, ?, ?) "
                 "ON CONFLICT(entity_id, fallback, record) DO UPDATE SET parts = parts + 1, "
                 "article_id = CASE WHEN (excluded.article_id, excluded.pos) < (article_id, pos) "
                 "THEN excluded.article_id ELSE article_id END, "
                 "pos = CASE WHEN (excluded.article_id, excluded.pos) < (article_id, pos) "
                 "THEN excluded.pos ELSE pos END")
_COUNT_STATEMENT = ("INSERT INTO statement_variants VALUES (?, ?, 1, ?, ?) "
                    "ON CONFLICT(statement_id, variant) DO UPDATE SET parts = parts + 1, "
                    "article_id = CASE WHEN (excluded.article_id, excluded.pos) < (article_id, pos) "
                    "THEN excluded.article_id ELSE article_id END, "
                    "pos = CASE WHEN (excluded.article_id, excluded.pos) < (article_id, pos) "
                    "THEN excluded.pos ELSE pos END")

#: Kinds of ``dirty`` marks: what the store must rewrite.
ARTICLE, ENTITY, STATEMENT, RELATION = "article", "entity", "statement", "relation"


def database_path(folder: str | Path) -> Path:
    return Path(folder) / DATABASE_NAME


def _entity(record: str) -> Entity:
    r = json.loads(record)
    r["aliases"] = tuple(r["aliases"])
    return Entity(**r)


def _id_range(column: str, after: str | None, upto: str | None) -> tuple[str, tuple[str, ...]]:
    """A WHERE clause (and its parameters) for ``after < column <= upto``; ``column`` is a constant."""
    tests, args = [], []
    if after is not None:
        tests.append(f"{column} > ?")
        args.append(after)
    if upto is not None:
        tests.append(f"{column} <= ?")
        args.append(upto)
    return (" WHERE " + " AND ".join(tests) if tests else ""), tuple(args)


#: ``json.dumps(value, ensure_ascii=False)`` and the same with ``sort_keys=True``, each
#: encoder made once (not once a row).
_encode = json.JSONEncoder(ensure_ascii=False).encode
_encode_sorted = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _variant(predicate: str, event_type: str | None, cameo_code: str | None, head: str) -> str:
    """A statement part's merged fields as one key (``statement_variants.variant``)."""
    return _encode([predicate, event_type, cameo_code, head])


def _statement(head: str, event_type: str | None, cameo_code: str | None,
               evidence: tuple[Evidence, ...] = ()) -> Statement:
    return Statement(**json.loads(head), event_type=event_type, cameo_code=cameo_code, evidence=evidence)


class GraphDatabase:
    """The contributions of every article in a build folder, and what is derived from them."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        try:
            if readonly:
                self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, isolation_level=None)
            else:
                self.db = sqlite3.connect(self.path, isolation_level=None)
                self.db.execute(f"PRAGMA page_size = {PAGE_BYTES}")  # before the first table; else a no-op
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.executescript(_SCHEMA)
                if self.meta("schema") is None:
                    self.set_meta("schema", SCHEMA_VERSION)
                self._aggregates()
            self.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # negative: KiB, not pages
            schema = self.meta("schema")
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: not a readable graph database ({err})") from None
        if schema != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: graph database version {schema!r}, this graphbuilder reads "
                             f"{SCHEMA_VERSION!r}; build into a new folder")
        self._touched_entities: set[str] = set()
        self._touched_statements: set[str] = set()

    def close(self) -> None:
        self.db.close()

    # --- meta ------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str | int) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, str(value)))

    def _aggregates(self) -> None:
        """Create the running aggregates (``_AGGREGATES``) from the parts when the folder has
        none yet (a new folder, or one built before they existed): once, in one transaction."""
        q = self.db.execute
        if q("SELECT 1 FROM sqlite_master WHERE name = 'entity_variants'").fetchone() is not None:
            return
        q("BEGIN IMMEDIATE")
        try:
            if q("SELECT 1 FROM sqlite_master WHERE name = 'entity_variants'").fetchone() is None:
                for statement in _AGGREGATES.split(";"):
                    if statement.strip():
                        q(statement)
                self.db.executemany(_COUNT_ENTITY, q(
                    "SELECT entity_id, fallback, record, article_id, pos FROM entity_parts"))
                self.db.executemany(_COUNT_STATEMENT, (
                    (sid, _variant(p, et, cc, h), aid, pos) for sid, aid, pos, p, et, cc, h in q(
                        "SELECT statement_id, article_id, pos, predicate, event_type, cameo_code, head "
                        "FROM statement_parts")))
            q("COMMIT")
        except BaseException:
            q("ROLLBACK")
            raise

    # --- writing ---------------------------------------------------------------------

    def begin(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        """Derive the touched entities and statements again, then commit the transaction."""
        self._refresh()
        self.db.execute("COMMIT")

    def rollback(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")
        self._touched_entities.clear()
        self._touched_statements.clear()

    def digest(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT digest FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def add(self, rows: ArticleRows) -> None:
        """Replace what article ``rows.article_id`` contributed by ``rows`` (inside a transaction)."""
        aid = rows.article_id
        self._remove_contributions(aid)
        x = self.db.executemany
        self.db.execute("INSERT INTO articles(id, digest, record) VALUES (?, ?, ?)",
                        (aid, rows.digest, rows.article))
        x("INSERT OR REPLACE INTO sentences VALUES (?, ?, ?)", ((aid, i, r) for i, r in rows.sentences))
        x("INSERT OR REPLACE INTO mentions VALUES (?, ?, ?, ?, ?)",
          ((aid, s, e, eid, r) for s, e, eid, r in rows.mentions))
        x("INSERT INTO entity_parts VALUES (?, ?, ?, ?, ?)",
          ((eid, aid, pos, fb, r) for eid, pos, fb, r in rows.entities))
        x(_COUNT_ENTITY, ((eid, fb, r, aid, pos) for eid, pos, fb, r in rows.entities))
        x("INSERT INTO statement_parts VALUES (?, ?, ?, ?, ?, ?, ?)",
          ((sid, aid, pos, p, et, cc, h) for sid, pos, p, et, cc, h in rows.statements))
        x(_COUNT_STATEMENT,
          ((sid, _variant(p, et, cc, h), aid, pos) for sid, pos, p, et, cc, h in rows.statements))
        x("INSERT OR IGNORE INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?)",
          ((sid, evid, aid, si, rs, pos, r) for sid, evid, si, rs, pos, r in rows.evidence))
        if rows.graph is not None:
            self.db.execute("INSERT INTO article_graphs VALUES (?, ?, ?)", (aid, GRAPH_BASE, rows.graph))
        entities = {e[0] for e in rows.entities}
        statements = {s[0] for s in rows.statements}
        self._touch(aid, entities, statements, {s[2] for s in rows.statements})

    def remove(self, article_id: str) -> None:
        """Drop an article and everything it contributed (inside a transaction)."""
        self._remove_contributions(article_id)

    def _remove_contributions(self, aid: str) -> None:
        q = self.db.execute
        if q("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone() is None:
            return
        entity_parts = q("SELECT entity_id, fallback, record FROM entity_parts WHERE article_id = ?",
                         (aid,)).fetchall()
        old = q("SELECT statement_id, predicate, event_type, cameo_code, head FROM statement_parts "
                "WHERE article_id = ?", (aid,)).fetchall()
        for table in _ARTICLE_TABLES:
            q(f"DELETE FROM {table} WHERE article_id = ?", (aid,))  # table names are constants
        q("DELETE FROM articles WHERE id = ?", (aid,))
        self._uncount(aid, entity_parts, [(s, _variant(p, et, cc, h)) for s, p, et, cc, h in old])
        self._touch(aid, {e for e, _, _ in entity_parts}, {s[0] for s in old}, {s[1] for s in old})

    def _uncount(self, aid: str, entity_parts: list[tuple[str, int, str]],
                 statement_parts: list[tuple[str, str]]) -> None:
        """Take article ``aid``'s parts (already deleted) out of the running aggregates: a
        variant with no parts left goes; one whose first part was the article's finds its
        first part again among the remaining parts of its key."""
        q, x = self.db.execute, self.db.executemany
        x("UPDATE entity_variants SET parts = parts - 1 WHERE entity_id = ? AND fallback = ? AND record = ?",
          entity_parts)
        x("DELETE FROM entity_variants WHERE entity_id = ? AND fallback = ? AND record = ? AND parts = 0",
          set(entity_parts))
        x("UPDATE entity_variants SET (article_id, pos) = (SELECT p.article_id, p.pos FROM entity_parts p "
          "WHERE p.entity_id = entity_variants.entity_id AND p.fallback = entity_variants.fallback "
          "AND p.record = entity_variants.record ORDER BY p.article_id, p.pos LIMIT 1) "
          "WHERE entity_id = ? AND fallback = ? AND record = ? AND article_id = ?",
          [(*k, aid) for k in set(entity_parts)])
        x("UPDATE statement_variants SET parts = parts - 1 WHERE statement_id = ? AND variant = ?",
          statement_parts)
        x("DELETE FROM statement_variants WHERE statement_id = ? AND variant = ? AND parts = 0",
          set(statement_parts))
        rest = q("SELECT statement_id, variant FROM statement_variants WHERE article_id = ? "
                 "AND statement_id IN (SELECT value FROM json_each(?))",
                 (aid, json.dumps(sorted({s for s, _ in statement_parts})))).fetchall()
        for sid, variant in rest:
            predicate, event_type, cameo_code, head = json.loads(variant)
            first = q("SELECT article_id, pos FROM statement_parts WHERE statement_id = ? AND predicate = ? "
                      "AND event_type IS ? AND cameo_code IS ? AND head = ? ORDER BY article_id, pos LIMIT 1",
                      (sid, predicate, event_type, cameo_code, head)).fetchone()
            q("UPDATE statement_variants SET article_id = ?, pos = ? WHERE statement_id = ? AND variant = ?",
              (*first, sid, variant))

    def _touch(self, aid: str, entities: set[str], statements: set[str], predicates: set[str]) -> None:
        self._touched_entities |= entities
        self._touched_statements |= statements
        marks = [(ARTICLE, aid)] + [(ENTITY, e) for e in entities] + [(STATEMENT, s) for s in statements]
        marks += [(RELATION, p) for p in predicates]
        self.db.executemany("INSERT OR IGNORE INTO dirty(kind, key) VALUES (?, ?)", marks)

    def _refresh(self) -> None:
        self._refresh_entities(sorted(self._touched_entities))
        self._refresh_statements(sorted(self._touched_statements))
        self._touched_entities.clear()
        self._touched_statements.clear()

    def _refresh_entities(self, ids: list[str]) -> None:
        merged: list[tuple[str, int, str]] = []
        for eid, variants in self._parts_of(ids, _ENTITY_PARTS):
            real = [(r, n) for fb, r, n in variants if not fb]
            chosen = real or [(r, n) for _, r, n in variants]
            # The parts as merged_entity reads them: each distinct part at its first
            # occurrence, in that order, then its other occurrences (the rules only count
            # those: the first part, the first of each type and field come first).
            firsts = [_entity(r) for r, _ in chosen]
            repeats = [e for (_, n), e in zip(chosen, firsts, strict=True) for _ in range(n - 1)]
            entity = merged_entity(firsts + repeats)
            record = _encode_sorted({**entity.__dict__, "aliases": list(entity.aliases)})
            merged.append((eid, int(bool(real)), record))
        self._replace("entities", ids, merged,
                      "INSERT OR REPLACE INTO entities(id, real, record) VALUES (?, ?, ?)")

    def _refresh_statements(self, ids: list[str]) -> None:
        merged: list[tuple[str, str, str | None, str | None, str]] = []
        for sid, variants in self._parts_of(ids, _STATEMENT_PARTS):
            parts = [json.loads(v) for (v,) in variants]
            event_type, cameo_code = merged_event([(p[1], p[2]) for p in parts])
            merged.append((sid, parts[0][0], event_type, cameo_code, parts[0][3]))
        self._replace("statements", ids, merged,
                      "INSERT OR REPLACE INTO statements(id, predicate, event_type, cameo_code, head) "
                      "VALUES (?, ?, ?, ?, ?)")

    def _parts_of(self, ids: list[str], query: str) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
        """(key, its parts in origin order) for the keys of ``ids`` that have parts, by key: one
        query over a temporary table of the keys, not one per key."""
        q = self.db.execute
        q("CREATE TEMP TABLE IF NOT EXISTS touched(id TEXT PRIMARY KEY) WITHOUT ROWID")
        q("DELETE FROM touched")
        self.db.executemany("INSERT INTO touched VALUES (?)", ((i,) for i in ids))
        for key, group in groupby(q(query).fetchall(), key=itemgetter(0)):
            yield key, [row[1:] for row in group]

    def _replace(self, table: str, ids: list[str], merged: list[tuple[Any, ...]], insert: str) -> None:
        """The rows of ``table`` (a constant) for ``ids``: ``merged``; keys without parts are gone."""
        kept = {row[0] for row in merged}
        self.db.executemany(f"DELETE FROM {table} WHERE id = ?", ((i,) for i in ids if i not in kept))
        self.db.executemany(insert, merged)

    # --- store bookkeeping -------------------------------------------------------------

    def dirty(self, kind: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT key FROM dirty WHERE kind = ? ORDER BY key", (kind,))]

    def has_dirty(self) -> bool:
        return self.db.execute("SELECT 1 FROM dirty LIMIT 1").fetchone() is not None

    def clear_dirty(self) -> None:
        self.db.execute("DELETE FROM dirty")

    def partition_done(self, key: str) -> bool:
        return self.db.execute("SELECT 1 FROM partitions WHERE key = ?", (key,)).fetchone() is not None

    def mark_partition(self, key: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO partitions(key) VALUES (?)", (key,))

    # --- reading ---------------------------------------------------------------------

    def article_ids(self, after: str | None = None, upto: str | None = None) -> list[str]:
        """Article ids in order; only ids > ``after`` and <= ``upto`` when given."""
        where, args = _id_range("id", after, upto)
        return [r[0] for r in self.db.execute(f"SELECT id FROM articles{where} ORDER BY id", args)]

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Article(**json.loads(row[0])) if row else None

    def entity(self, entity_id: str) -> Entity | None:
        row = self.db.execute("SELECT record FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return _entity(row[0]) if row else None

    def entities(self, after: str | None = None, upto: str | None = None) -> Iterator[Entity]:
        """Every entity (stand-ins included), by id; only ids > ``after`` and <= ``upto`` when given."""
        where, args = _id_range("id", after, upto)
        for (record,) in self.db.execute(f"SELECT record FROM entities{where} ORDER BY id", args):
            yield _entity(record)

    def ids(self, table: str) -> Iterator[str]:
        """The ids of ``table`` (``entities``, ``statements`` or ``articles``) in order."""
        if table not in ("entities", "statements", "articles"):
            raise ValueError(f"no ids in table {table!r}")
        for (key,) in self.db.execute(f"SELECT id FROM {table} ORDER BY id"):  # a checked constant
            yield key

    def predicates(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT predicate FROM statements ORDER BY predicate")]

    def has_predicate(self, predicate: str) -> bool:
        row = self.db.execute("SELECT 1 FROM statements WHERE predicate = ? LIMIT 1", (predicate,)).fetchone()
        return row is not None

    def statement(self, statement_id: str) -> Statement | None:
        row = self.db.execute("SELECT head, event_type, cameo_code FROM statements WHERE id = ?",
                              (statement_id,)).fetchone()
        if row is None:
            return None
        evidence = tuple(
            evidence_from_dict(json.loads(r))
            for (r,) in self.db.execute(
                "SELECT record FROM evidence WHERE statement_id = ? "
                "ORDER BY statement_id, article_id, sentence_index, relation_start, pos", (statement_id,))
        )
        return _statement(row[0], row[1], row[2], evidence)

    def statements(self, after: str | None = None, upto: str | None = None) -> Iterator[Statement]:
        """Every statement with all its evidence, by id; only ids > ``after`` and <= ``upto``
        when given."""
        where, args = _id_range("s.id", after, upto)
        rows = self.db.execute(
            "SELECT s.id, s.head, s.event_type, s.cameo_code, e.record FROM statements s "
            f"LEFT JOIN evidence e ON e.statement_id = s.id{where} "
            "ORDER BY s.id, e.article_id, e.sentence_index, e.relation_start, e.pos", args
        )
        current: str | None = None
        head: tuple[str, str | None, str | None] = ("", None, None)
        evidence: list[Evidence] = []
        for sid, h, event_type, cameo_code, record in rows:
            if sid != current:
                if current is not None:
                    yield _statement(*head, tuple(evidence))
                current, head, evidence = sid, (h, event_type, cameo_code), []
            if record is not None:
                evidence.append(evidence_from_dict(json.loads(record)))
        if current is not None:
            yield _statement(*head, tuple(evidence))

    def article_parts(
        self, article_id: str
    ) -> tuple[Article, list[Sentence], list[Mention], list[tuple[Statement, Evidence]]] | None:
        """What the article's named graph is made of: the article, its sentences, mentions and
        (statement, evidence) pairs in the order of ``KnowledgeGraph.evidence``."""
        article = self.article(article_id)
        if article is None:
            return None
        q = self.db.execute
        sentences = [Sentence(**json.loads(r)) for (r,) in
                     q("SELECT record FROM sentences WHERE article_id = ? ORDER BY idx", (article_id,))]
        by_id = {s.id: s for s in sentences}
        mentions = [Mention(**json.loads(r)) for (r,) in
                    q("SELECT record FROM mentions WHERE article_id = ? ORDER BY start, end", (article_id,))]
        # Each statement carries this article's evidence only: an article's graph is made of
        # what the article says, so it never changes when another article is added.
        grouped: dict[str, tuple[str, str | None, str | None, list[Evidence]]] = {}
        rows = q("SELECT e.statement_id, e.record, s.head, s.event_type, s.cameo_code FROM evidence e "
                 "JOIN statements s ON s.id = e.statement_id WHERE e.article_id = ? "
                 "ORDER BY e.statement_id, e.sentence_index, e.relation_start, e.pos", (article_id,))
        for sid, record, head, event_type, cameo_code in rows:
            group = grouped.get(sid)
            if group is None:
                group = grouped[sid] = (head, event_type, cameo_code, [])
            group[3].append(evidence_from_dict(json.loads(record), by_id))
        pairs: list[tuple[Statement, Evidence]] = []
        for head, event_type, cameo_code, evidence in grouped.values():
            st = _statement(head, event_type, cameo_code, tuple(evidence))
            pairs.extend((st, ev) for ev in evidence)
        return article, sentences, mentions, pairs

    def article_graph(self, article_id: str, base: str) -> bytes | None:
        """The article's named graph as TriG (``rows.named_graph``) when it was stored for
        ``base``; None otherwise (then it is mapped from :meth:`article_parts`)."""
        row = self.db.execute("SELECT base, trig FROM article_graphs WHERE article_id = ?",
                              (article_id,)).fetchone()
        return graph_text(row[1]) if row is not None and row[0] == base else None

    def statement_records(self) -> Iterator[dict[str, Any]]:
        """statements.jsonl's records, in ``KnowledgeGraph.records`` order."""
        rows = self.db.execute(
            "SELECT e.record, s.head, s.event_type, s.cameo_code FROM evidence e "
            "JOIN statements s ON s.id = e.statement_id "
            "ORDER BY e.article_id, e.sentence_index, e.relation_start, e.statement_id, e.pos"
        )
        for record, head, event_type, cameo_code in rows:
            yield statement_record(_statement(head, event_type, cameo_code),
                                   evidence_from_dict(json.loads(record)))

    def summary(self) -> dict[str, int]:
        """Counts as ``KnowledgeGraph.summary`` gives them (stand-in entities not counted)."""
        def count(sql: str) -> int:
            return int(self.db.execute(sql).fetchone()[0])

        return {
            "articles": count("SELECT COUNT(*) FROM articles"),
            "sentences": count("SELECT COUNT(*) FROM sentences"),
            "entities": count("SELECT COUNT(*) FROM entities WHERE real = 1"),
            "mentions": count("SELECT COUNT(*) FROM mentions"),
            "statements": count("SELECT COUNT(*) FROM statements"),
            # as Statement.asserted: not negated, and some sentence asserts it
            "asserted": count(
                "SELECT COUNT(DISTINCT e.statement_id) FROM evidence e JOIN statements s"
                " ON s.id = e.statement_id WHERE json_extract(s.head, '$.negated') = 0"
                " AND COALESCE(json_extract(e.record, '$.modality'), 'asserted') = 'asserted'"
            ),
            "evidence": count("SELECT COUNT(*) FROM evidence"),
        }

    def article_graphs(self) -> Iterator[ArticleGraph]:
        """Each article's contribution again, as the pipeline gave it (stand-ins left out)."""
        from graphbuilder.resolve import ArticleGraph

        q = self.db.execute
        for article_id in self.article_ids():
            parts = self.article_parts(article_id)
            assert parts is not None
            article, sentences, mentions, _ = parts
            entities = tuple(_entity(r) for (r,) in q(
                "SELECT record FROM entity_parts WHERE article_id = ? AND fallback = 0 ORDER BY pos",
                (article_id,)))
            evidence: dict[str, list[Evidence]] = {}
            by_id = {s.id: s for s in sentences}
            for sid, record in q("SELECT statement_id, record FROM evidence WHERE article_id = ? "
                                 "ORDER BY pos", (article_id,)):
                evidence.setdefault(sid, []).append(evidence_from_dict(json.loads(record), by_id))
            statements = []
            for sid, head, event_type, cameo_code in q(
                "SELECT statement_id, head, event_type, cameo_code FROM statement_parts "
                "WHERE article_id = ? ORDER BY pos", (article_id,)
            ):
                statements.append(_statement(head, event_type, cameo_code, tuple(evidence.pop(sid, ()))))
            yield ArticleGraph(article, tuple(sentences), entities, tuple(mentions), tuple(statements))

    def to_graph(self) -> KnowledgeGraph:
        """The whole graph in memory (for small builds: loads, exports, notebooks)."""
        kg = KnowledgeGraph()
        for ag in self.article_graphs():
            kg.add(ag)
        return kg


def add_all(db: GraphDatabase, rows: Iterable[ArticleRows]) -> int:
    """Add rows in one transaction; returns how many."""
    n = 0
    db.begin()
    try:
        for r in rows:
            db.add(r)
            n += 1
        db.commit()
    except BaseException:
        db.rollback()
        raise
    return n

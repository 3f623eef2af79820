"""A build folder's property graph read from its ``graph.db``: all of it, or what changed.

:func:`folder_rows` gives the rows of :func:`rows.assemble` for every article, entity and
statement of the folder (a full load), or only for the keys of a
:class:`~graphbuilder.buildfolder.changelog.Changes` (an increment): the changed articles
with their sentences and mentions, the changed entities with their names, the changed
statements with all their evidence (from whichever article). A full and an incremental
load therefore make every row the same way, and an increment reads only the rows of what
changed, by key, from the database's indexes (:attr:`FolderReader.rows_read` counts them).

Entities come from the database's merged ``entities`` table (stand-ins too); an entity is
local to an article (``local_to``) when that article alone contributes it and its id is
made from the article's.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from graphbuilder.buildfolder import changelog
from graphbuilder.buildfolder.changelog import Changes
from graphbuilder.buildfolder.database import GraphDatabase, database_path
from graphbuilder.model import Article, Entity, Mention, Sentence, Statement
from graphbuilder.sinks.propertygraph.rows import EntityRow, GraphRows, assemble, entity_row, is_article_local
from graphbuilder.sinks.snapshot import evidence_from_dict

#: Keys per ``IN (...)`` look-up (SQLite allows 32,766 parameters; smaller keeps plans simple).
CHUNK = 500


class FolderReader:
    """Reads property-graph rows from one open graph.db, counting the database rows read."""

    def __init__(self, db: GraphDatabase) -> None:
        self.db = db
        self.rows_read = 0

    def _select(self, sql: str, keys: Iterable[str] | None = None, where: str = "") -> Iterator[Any]:
        """Rows of ``sql`` (its ``{where}`` filled in): all of them, or those whose ``where``
        column is one of ``keys``, a chunk of keys at a time."""
        q = self.db.db.execute
        if keys is None:
            for row in q(sql.format(where="")):
                self.rows_read += 1
                yield row
            return
        ordered = sorted(keys)
        for i in range(0, len(ordered), CHUNK):
            chunk = ordered[i : i + CHUNK]
            test = f" WHERE {where} IN ({', '.join('?' for _ in chunk)})"
            for row in q(sql.format(where=test), chunk):
                self.rows_read += 1
                yield row

    def rows(self, changes: Changes | None = None) -> tuple[GraphRows, Changes]:
        """The rows of the whole folder (``changes`` None) or of the changed keys, and the
        changed keys the folder no longer holds (to delete from a store)."""
        articles = None if changes is None else changes.articles
        entities = None if changes is None else changes.entities
        statements = None if changes is None else changes.statements
        article_list = [
            Article(**json.loads(r))
            for (r,) in self._select("SELECT record FROM articles{where} ORDER BY id", articles, "id")
        ]
        sentences = sorted(
            (Sentence(**json.loads(r)) for (r,) in self._select(
                "SELECT record FROM sentences{where}", articles, "article_id")),
            key=lambda s: (s.article_id, s.index),
        )
        mentions = sorted(
            (Mention(**json.loads(r)) for (r,) in self._select(
                "SELECT record FROM mentions{where}", articles, "article_id")),
            key=lambda m: (m.article_id, m.start, m.end),
        )
        entity_rows = self._entities(entities)
        keyed = self._statements(statements)
        if changes is None:
            published = {a.id: _day(a.published) for a in article_list}
        else:
            cited = {ev.article_id for _, st in keyed for ev in st.evidence}
            published = {
                aid: _day(day)
                for aid, day in self._select(
                    "SELECT id, json_extract(record, '$.published') FROM articles{where}", cited, "id")
            }
        rows = assemble(article_list, sentences, mentions, entity_rows, keyed, published)
        gone = Changes()
        if changes is not None:
            gone.articles = changes.articles - {a.id for a in article_list}
            gone.entities = changes.entities - {e["id"] for e in entity_rows}
            gone.statements = changes.statements - {sid for sid, _ in keyed}
        return rows, gone

    def _entities(self, keys: set[str] | None) -> list[EntityRow]:
        contributors: dict[str, tuple[int, str]] = {}
        for eid, count, article in self._select(
            "SELECT entity_id, COUNT(DISTINCT article_id), MIN(article_id) FROM entity_parts{where} "
            "GROUP BY entity_id", keys, "entity_id"
        ):
            contributors[eid] = (count, article)
        out = []
        for (record,) in self._select("SELECT record FROM entities{where} ORDER BY id", keys, "id"):
            r = json.loads(record)
            r["aliases"] = tuple(r["aliases"])
            e = Entity(**r)
            count, article = contributors.get(e.id, (0, ""))
            out.append(entity_row(e, article if count == 1 and is_article_local(e.id, article) else None))
        out.sort(key=lambda e: e["id"])
        return out

    def _statements(self, keys: set[str] | None) -> list[tuple[str, Statement]]:
        heads = {
            sid: (head, event_type, cameo_code)
            for sid, head, event_type, cameo_code in self._select(
                "SELECT id, head, event_type, cameo_code FROM statements{where}", keys, "id")
        }
        evidence: dict[str, list[Any]] = {}
        for sid, record in self._select(
            "SELECT statement_id, record FROM evidence{where} "
            "ORDER BY statement_id, article_id, sentence_index, relation_start, pos", keys, "statement_id"
        ):
            evidence.setdefault(sid, []).append(evidence_from_dict(json.loads(record)))
        keyed = []
        for sid in sorted(heads):
            head, event_type, cameo_code = heads[sid]
            st = Statement(**json.loads(head), event_type=event_type, cameo_code=cameo_code,
                           evidence=tuple(evidence.get(sid, ())))
            keyed.append((sid, st))
        return keyed


def _day(published: str | None) -> str | None:
    return (published or "")[:10] or None


def folder_rows(db: GraphDatabase, changes: Changes | None = None) -> tuple[GraphRows, Changes, int]:
    """The rows of the folder, or of ``changes`` only; the changed keys no longer in the folder;
    and how many database rows were read (see :class:`FolderReader`)."""
    reader = FolderReader(db)
    rows, gone = reader.rows(changes)
    return rows, gone, reader.rows_read


@contextmanager
def folder_snapshot(folder: str | Path) -> Iterator[tuple[GraphDatabase, tuple[int, str] | None]]:
    """``folder``'s graph.db, read as one snapshot whatever a build does meanwhile, and the
    mark a load of it leaves in a store: its generation and history (None when no change log
    of this graphbuilder reaches it, so a store loaded from it cannot be brought forward)."""
    db = GraphDatabase(database_path(folder), readonly=True)
    try:
        db.db.execute("BEGIN")
        generation, history = changelog.current(db)
        yield db, (None if history is None else (generation, history))
    finally:
        db.close()

"""The commit's refresh of touched entities and statements (``GraphDatabase._refresh``):
what it merges from the running aggregates equals a merge of all the parts, through
additions and removals, and it reads only the touched keys."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from graphbuilder.buildfolder.database import _ENTITY_PARTS, _STATEMENT_PARTS, GraphDatabase
from graphbuilder.buildfolder.rows import ArticleRows
from graphbuilder.graph import merged_entity, merged_event
from graphbuilder.model import Entity


def entity(name: str, kind: str, aliases: tuple[str, ...] = (), country: str | None = None) -> str:
    e = Entity("x", name, kind, aliases, country=country)
    return json.dumps({**e.__dict__, "aliases": list(e.aliases)}, ensure_ascii=False, sort_keys=True)


def rows(aid: str, parts: list[tuple[int, str]], event: str | None = None) -> ArticleRows:
    head = json.dumps({"subject": "x", "predicate": "meet", "object": "y"})
    return ArticleRows(aid, aid, json.dumps({"id": aid}), [], [], [("x", pos, 0, r) for pos, r in parts],
                       [("s", 0, "meet", event, None, head)], [])


def merged_from_parts(db: GraphDatabase) -> tuple[Entity, tuple[str | None, str | None]]:
    """The entity and event type merged from every part, in origin order (the rules themselves)."""
    q = db.db.execute
    parts = [json.loads(r) for (r,) in q("SELECT record FROM entity_parts WHERE entity_id = 'x' "
                                          "ORDER BY article_id, pos")]
    for p in parts:
        p["aliases"] = tuple(p["aliases"])
    events = q("SELECT event_type, cameo_code FROM statement_parts WHERE statement_id = 's' "
               "ORDER BY article_id, pos").fetchall()
    return merged_entity([Entity(**p) for p in parts]), merged_event(events)


def stored(db: GraphDatabase) -> tuple[Entity | None, tuple[str | None, str | None]]:
    row = db.db.execute("SELECT event_type, cameo_code FROM statements WHERE id = 's'").fetchone()
    return db.entity("x"), (row[0], row[1]) if row else (None, None)


def test_the_aggregates_merge_as_all_parts_do_through_adds_and_removals(tmp_path: Path) -> None:
    db = GraphDatabase(tmp_path / "graph.db")
    uk, britain = entity("UK", "Place", ("Britain",)), entity("United Kingdom", "Organisation", (), "GBR")
    articles = {
        "a1": rows("a1", [(0, uk), (3, britain)]),
        "a2": rows("a2", [(1, britain)], "MEET"),
        "a3": rows("a3", [(0, britain), (2, uk)]),
        "a4": rows("a4", [(0, uk)], "TALK"),
    }
    steps: list[tuple[str, str]] = [("add", a) for a in articles] + [
        ("remove", "a1"), ("add", "a1"), ("remove", "a3"), ("remove", "a2"), ("add", "a3"), ("remove", "a4")]
    seen = set()
    for action, aid in steps:
        db.begin()
        db.add(articles[aid]) if action == "add" else db.remove(aid)
        db.commit()
        entity_now, event_now = stored(db)
        assert (entity_now, event_now) == merged_from_parts(db), (action, aid)
        seen.add((entity_now.type if entity_now else None, event_now[0]))
    assert len(seen) > 2  # the steps do change the merge (type votes, first part, event type)
    # the variants stand for exactly the remaining parts
    q = db.db.execute
    assert q("SELECT SUM(parts) FROM entity_variants").fetchone()[0] == \
        q("SELECT COUNT(*) FROM entity_parts").fetchone()[0]
    db.close()


def test_an_old_folder_gets_its_aggregates_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "graph.db"
    db = GraphDatabase(path)
    db.begin()
    db.add(rows("a1", [(0, entity("UK", "Place"))]))
    db.add(rows("a2", [(0, entity("Britain", "Place")), (1, entity("UK", "Place"))], "MEET"))
    db.commit()
    before = stored(db)
    db.db.execute("DROP TABLE entity_variants")  # as a folder built before the aggregates
    db.db.execute("DROP TABLE statement_variants")
    db.close()
    db = GraphDatabase(path)
    assert db.db.execute("SELECT COUNT(*), SUM(parts) FROM entity_variants").fetchone() == (2, 3)
    db.begin()
    db.remove("a1")
    db.commit()
    assert stored(db) == merged_from_parts(db) != before
    db.close()


def test_the_refresh_reads_the_touched_keys_only() -> None:
    db = sqlite3.connect(":memory:")
    db.executescript("CREATE TABLE entity_variants(entity_id, fallback, record, parts, article_id, pos, "
                     "PRIMARY KEY(entity_id, fallback, record)) WITHOUT ROWID; "
                     "CREATE TABLE statement_variants(statement_id, variant, parts, article_id, pos, "
                     "PRIMARY KEY(statement_id, variant)) WITHOUT ROWID; "
                     "CREATE TEMP TABLE touched(id TEXT PRIMARY KEY) WITHOUT ROWID;")
    for query in (_ENTITY_PARTS, _STATEMENT_PARTS):
        plan = [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + query)]
        assert plan[0].startswith("SCAN t"), plan  # not a scan of every variant

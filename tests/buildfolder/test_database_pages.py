"""graph.db's page size (``database.PAGE_BYTES``): a new database gets it, one made with
SQLite's default pages (an older graphbuilder) keeps its own, and both hold the same rows."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from graphbuilder.buildfolder.database import PAGE_BYTES, GraphDatabase
from graphbuilder.buildfolder.rows import ArticleRows


def rows(aid: str, n: int) -> ArticleRows:
    """An article with ``n`` statements and evidence records of a few hundred bytes."""
    head = json.dumps({"subject_id": "x", "predicate": "meet", "object_id": "y"})
    entity = json.dumps({"id": "x", "name": "X", "type": "Person", "aliases": []}, sort_keys=True)
    statements = [(f"s{aid}{i}", i, "meet", "MEET" if i % 2 else None, None, head) for i in range(n)]
    evidence = [(f"s{aid}{i}", f"ev{aid}{i}", i, 3, i, json.dumps({"text": f"{aid} sentence {i} " * 20}))
                for i in range(n)]
    return ArticleRows(aid, aid, json.dumps({"id": aid}), [(0, json.dumps({"index": 0}))], [],
                       [("x", 0, 0, entity)], statements, evidence)


def add(db: GraphDatabase, *articles: ArticleRows) -> None:
    db.begin()
    for a in articles:
        db.add(a)
    db.commit()


def dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def page_size(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("PRAGMA page_size").fetchone()[0])
    finally:
        con.close()


def test_a_new_database_has_the_larger_pages_an_old_one_keeps_its_own(tmp_path: Path) -> None:
    assert PAGE_BYTES != 4096  # SQLite's default, which the older folder below has
    new, old = tmp_path / "new.db", tmp_path / "old.db"
    con = sqlite3.connect(old)  # a graph.db of 4 KiB pages, as graphbuilder made them before
    con.execute("PRAGMA page_size = 4096")
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    for path in (new, old):
        db = GraphDatabase(path)
        add(db, rows("a1", 300), rows("a2", 50))
        add(db, rows("a1", 20), rows("a3", 400))  # a1 replaced: its old rows go
        db.close()
    assert page_size(new) == PAGE_BYTES
    assert page_size(old) == 4096
    assert dump(new) == dump(old)
    db = GraphDatabase(new, readonly=True)
    try:
        assert db.summary()["statements"] == 20 + 50 + 400
    finally:
        db.close()

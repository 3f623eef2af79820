"""A build folder's property graph streamed from its ``graph.db``, a chunk of keys at a time.

The offline exports (``export neo4j-csv``, ``export cypher``) write every table of the graph
in the order of :func:`rows.assemble`: articles with their sentences and mentions, entities,
statements with their evidence and links, the names of every entity, and the direct facts
grouped by relationship type. :func:`spill_rows` reads graph.db as a load does
(:class:`folder_rows.FolderReader`), but :data:`CHUNK` articles, entities or statements at
a time, and appends each table's rows to a file of its own (one JSON row a line) in a
temporary folder; the names and facts, whose order runs across chunks, go through a
temporary SQLite table and come back sorted. An export then reads the files one after the
other, so what it holds at once is one chunk's rows, whatever the size of the folder
(:attr:`Spill.peak_rows` says how many).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphbuilder.buildfolder.changelog import Changes
from graphbuilder.buildfolder.database import GraphDatabase
from graphbuilder.sinks.propertygraph import cypher
from graphbuilder.sinks.propertygraph.folder_rows import FolderReader
from graphbuilder.sinks.propertygraph.rows import GraphRows, Row

#: Keys read per chunk (articles, entities or statements).
CHUNK = 500

#: The Statement properties a direct fact copies (after its statement id).
FACT_COPIES = tuple(name for name, _ in cypher.FACT_PROPERTIES[1:])


@dataclass
class Spill:
    """Where :func:`spill_rows` put each table's rows, and what it read."""

    folder: Path
    nodes: dict[str, Path] = field(default_factory=dict)  # label -> file
    relationships: dict[str, Path] = field(default_factory=dict)  # structural type -> file
    facts: dict[str, Path] = field(default_factory=dict)  # fact type -> file of [FactRow, copies]
    rows_read: int = 0  # rows of graph.db read
    peak_rows: int = 0  # the most graph rows held at once (one chunk's)

    @property
    def statement_ids(self) -> Path:
        """The file of the IdRow of each statement with evidence."""
        return self.folder / "statement-ids.jsonl"

    def rows(self, path: Path) -> Iterator[Any]:
        """The rows of one table's file, in order."""
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)


def spill_rows(db: GraphDatabase, folder: Path, chunk: int = CHUNK) -> Spill:
    """Write the folder's rows, table by table, into files in ``folder`` (see the module
    docstring); ``db`` is read as one snapshot by the caller (``folder_snapshot``)."""
    if chunk < 1:
        raise ValueError(f"chunk must be at least 1, not {chunk}")
    spill = Spill(folder)
    reader = FolderReader(db)
    files: dict[Path, Any] = {}
    sorter = sqlite3.connect(str(folder / "sort.db"))
    try:
        sorter.execute("CREATE TABLE names(key TEXT, entity TEXT)")
        sorter.execute("CREATE TABLE facts(type TEXT, seq INTEGER, fact TEXT)")
        seq = 0

        def append(path: Path, rows: list[Any]) -> None:
            if path not in files:
                files[path] = path.open("w", encoding="utf-8")
            fh = files[path]
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")

        def table(kind: str, name: str) -> Path:
            paths = spill.nodes if kind == "nodes" else spill.relationships
            return paths.setdefault(name, folder / f"{kind}-{name}.jsonl")

        for keys in _chunks(db, "SELECT id FROM articles ORDER BY id", chunk):
            rows, _ = reader.rows(Changes(articles=keys))
            spill.peak_rows = max(spill.peak_rows, rows.row_count())
            for label in ("Article", "Sentence"):
                append(table("nodes", label), rows.nodes[label])
            for rel in ("HAS_SENTENCE", "MENTIONS"):
                append(table("relationships", rel), rows.relationships[rel])
        for keys in _chunks(db, "SELECT id FROM entities ORDER BY id", chunk):
            rows, _ = reader.rows(Changes(entities=keys))
            spill.peak_rows = max(spill.peak_rows, rows.row_count())
            append(table("nodes", "Entity"), rows.nodes["Entity"])
            sorter.executemany("INSERT INTO names VALUES (?, ?)",
                               ((r["start_id"], r["end_id"]) for r in rows.relationships["NAMES"]))
        for keys in _chunks(db, "SELECT id FROM statements ORDER BY id", chunk):
            rows, _ = reader.rows(Changes(statements=keys))
            spill.peak_rows = max(spill.peak_rows, rows.row_count())
            append(table("nodes", "Statement"), rows.nodes["Statement"])
            for rel in ("SUBJECT", "OBJECT", "EVIDENCE", "ATTRIBUTED_TO", "REPORTED_BY"):
                append(table("relationships", rel), rows.relationships[rel])
            append(spill.statement_ids, rows.statement_ids)
            seq = _sort_facts(sorter, rows, seq)
        for fh in files.values():
            fh.close()
        files.clear()
        _sorted_names(sorter, spill)
        _sorted_facts(sorter, spill)
        spill.rows_read = reader.rows_read
    finally:
        for fh in files.values():
            fh.close()
        sorter.close()
    for label in cypher.NODE_TABLES:  # every table has a file, an empty one too
        table_path = spill.nodes.setdefault(label, folder / f"nodes-{label}.jsonl")
        table_path.touch()
    for rel in cypher.REL_TABLES:
        table_path = spill.relationships.setdefault(rel, folder / f"relationships-{rel}.jsonl")
        table_path.touch()
    spill.statement_ids.touch()
    return spill


def _chunks(db: GraphDatabase, sql: str, size: int) -> Iterator[set[str]]:
    """The keys of ``sql`` (one column, ordered), ``size`` at a time."""
    cursor = db.db.execute(sql)
    while True:
        keys = [key for (key,) in cursor.fetchmany(size)]
        if not keys:
            return
        yield set(keys)


def _sort_facts(sorter: sqlite3.Connection, rows: GraphRows, seq: int) -> int:
    """Put the chunk's facts (each with the Statement properties it copies) in the sort table,
    numbered in statement order; returns the next number."""
    statements = {r["id"]: r for r in rows.nodes["Statement"]}
    batch = []
    for rel_type, facts in rows.facts.items():
        for fact in facts:
            copies = [statements[fact["statement_id"]][name] for name in FACT_COPIES]
            batch.append((rel_type, seq, json.dumps([fact, copies], ensure_ascii=False)))
            seq += 1
    sorter.executemany("INSERT INTO facts VALUES (?, ?, ?)", batch)
    return seq


def _sorted_names(sorter: sqlite3.Connection, spill: Spill) -> None:
    """The Name nodes and NAMES links, sorted and distinct (as :func:`rows.assemble` makes them;
    SQLite compares texts as UTF-8 bytes, which orders them as Python does)."""
    names = spill.nodes.setdefault("Name", spill.folder / "nodes-Name.jsonl")
    links = spill.relationships.setdefault("NAMES", spill.folder / "relationships-NAMES.jsonl")
    with names.open("w", encoding="utf-8") as fh:
        for (key,) in sorter.execute("SELECT DISTINCT key FROM names ORDER BY key"):
            fh.write(json.dumps({"id": key}, ensure_ascii=False) + "\n")
    with links.open("w", encoding="utf-8") as fh:
        for key, entity in sorter.execute("SELECT DISTINCT key, entity FROM names ORDER BY key, entity"):
            fh.write(json.dumps({"start_id": key, "end_id": entity}, ensure_ascii=False) + "\n")


def _sorted_facts(sorter: sqlite3.Connection, spill: Spill) -> None:
    """One file per fact type (types in order, facts in statement order)."""
    current, fh = None, None
    try:
        for rel_type, fact in sorter.execute("SELECT type, fact FROM facts ORDER BY type, seq"):
            if rel_type != current:
                if fh is not None:
                    fh.close()
                current = rel_type
                path = spill.folder / f"facts-{len(spill.facts):05d}.jsonl"
                spill.facts[rel_type] = path
                fh = path.open("w", encoding="utf-8")
            assert fh is not None
            fh.write(fact + "\n")
    finally:
        if fh is not None:
            fh.close()


def fact_rows(spill: Spill, rel_type: str) -> Iterator[tuple[Row, list[Any]]]:
    """The facts of one type: each fact's row and the Statement properties it copies."""
    return ((fact, copies) for fact, copies in spill.rows(spill.facts[rel_type]))

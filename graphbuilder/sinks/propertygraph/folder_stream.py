"""A build folder's property graph streamed from its ``graph.db``, a chunk of keys at a time.

The offline exports (``export neo4j-csv``, ``export cypher``) write every table of the graph
in the order of :func:`rows.assemble`: articles with their sentences and mentions, entities,
statements with their evidence and links, the names of every entity, and the direct facts
grouped by relationship type. :func:`spill_rows` reads graph.db as a load does
(:class:`folder_rows.FolderReader`), but :data:`CHUNK` articles, entities or statements at
a time, and appends each table's rows to a file of its own (one JSON row a line) in a
temporary folder; the names and facts, whose order runs across chunks, go through a
temporary SQLite table and come back sorted. An export then reads the files one after the
other, so what it holds at once is one chunk's rows (:attr:`Spill.peak_rows` says how
many): that grows with the evidence of the most-supported statement (a statement is read
whole), not with the number of articles. The files (the whole graph as JSON lines, and the
sort table) go to a temporary folder in $TMPDIR (:func:`spilled`); on a tmpfs that is memory.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO

from graphbuilder.buildfolder.changelog import Changes
from graphbuilder.buildfolder.database import GraphDatabase
from graphbuilder.errors import StoreError
from graphbuilder.sinks.propertygraph import cypher
from graphbuilder.sinks.propertygraph.folder_rows import FolderReader
from graphbuilder.sinks.propertygraph.rows import GraphRows, Row, fact_copies

#: Keys read per chunk (articles, entities or statements).
CHUNK = 500

#: What a chunk is made of: keys of a graph.db table, named as the :class:`Changes` field.
KeyKind = Literal["articles", "entities", "statements"]


@dataclass
class Spill:
    """Where :func:`spill_rows` put each table's rows, and the most it held at once."""

    folder: Path
    nodes: dict[str, Path] = field(default_factory=dict)  # label -> file
    relationships: dict[str, Path] = field(default_factory=dict)  # structural type -> file
    facts: dict[str, Path] = field(default_factory=dict)  # fact type -> file of [FactRow, copies]
    peak_rows: int = 0  # the most graph rows held at once (one chunk's)

    @property
    def statement_ids(self) -> Path:
        """The file of the IdRow of each statement with evidence."""
        return self.folder / "statement-ids.jsonl"

    def node_file(self, label: str) -> Path:
        """The file of the nodes labelled ``label`` (named on first asking)."""
        return self.nodes.setdefault(label, self.folder / f"nodes-{label}.jsonl")

    def relationship_file(self, rel_type: str) -> Path:
        """The file of the structural relationships of type ``rel_type`` (named on first asking)."""
        return self.relationships.setdefault(rel_type, self.folder / f"relationships-{rel_type}.jsonl")

    def rows(self, path: Path) -> Iterator[Any]:
        """The rows of one table's file, in order."""
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)


#: The tables an article's, an entity's and a statement's rows are spilled to as they come
#: (the names and facts are sorted first): node labels, then structural relationship types.
ARTICLE_TABLES = (("Article", "Sentence"), ("HAS_SENTENCE", "MENTIONS"))
ENTITY_TABLES = (("Entity",), ())
STATEMENT_TABLES = (("Statement",), ("SUBJECT", "OBJECT", "EVIDENCE", "ATTRIBUTED_TO", "REPORTED_BY"))


@contextmanager
def spilled(folder: str | Path, chunk: int | None = None) -> Iterator[Spill]:
    """The build folder ``folder``'s rows spilled (:func:`spill_rows`, ``chunk`` keys at a
    time) into a temporary folder in $TMPDIR, removed after the ``with`` block. StoreError
    (one line naming the build folder and $TMPDIR) when the spill cannot be written there."""
    from graphbuilder.sinks.propertygraph.folder_rows import folder_snapshot

    with folder_snapshot(folder) as (db, _):
        try:
            tmp = Path(tempfile.mkdtemp(prefix="graphbuilder-"))
        except OSError as err:
            raise _spill_error(folder, err) from None
        try:
            try:
                spill = spill_rows(db, tmp, chunk or CHUNK)
            except (OSError, sqlite3.Error) as err:
                raise _spill_error(folder, err) from None
            yield spill
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def _spill_error(folder: str | Path, err: Exception) -> StoreError:
    """The one line a failed spill ends an export with."""
    lines = str(err).strip().splitlines()
    first = lines[0] if lines else type(err).__name__
    reason = (err.strerror if isinstance(err, OSError) else None) or first
    return StoreError(
        f"{folder}: cannot write the export's temporary files in {tempfile.gettempdir()} ({reason}); "
        "set TMPDIR to a folder with room"
    )


def spill_rows(db: GraphDatabase, folder: Path, chunk: int = CHUNK) -> Spill:
    """Write the folder's rows, table by table, into files in ``folder`` (see the module
    docstring); ``db`` is read as one snapshot by the caller (``folder_snapshot``)."""
    if chunk < 1:
        raise ValueError(f"chunk must be at least 1, not {chunk}")
    spill = Spill(folder)
    reader = FolderReader(db)
    with closing(_sorter(folder / "sort.db")) as sorter:
        with _TableFiles(spill) as files:
            for rows in _chunk_rows(db, reader, spill, "articles", chunk):
                files.append(rows, ARTICLE_TABLES)
            for rows in _chunk_rows(db, reader, spill, "entities", chunk):
                files.append(rows, ENTITY_TABLES)
                _sort_names(sorter, rows)
            for rows in _chunk_rows(db, reader, spill, "statements", chunk):
                files.append(rows, STATEMENT_TABLES)
                files.write(spill.statement_ids, rows.statement_ids)
                _sort_facts(sorter, rows)
        _sorted_names(sorter, spill)
        _sorted_facts(sorter, spill)
    _every_table_has_a_file(spill)
    return spill


def _line(row: Any) -> str:
    """A row as a line of its table's file."""
    return json.dumps(row, ensure_ascii=False) + "\n"


class _TableFiles:
    """The spill's table files, each opened when first written to; all closed on leaving."""

    def __init__(self, spill: Spill) -> None:
        self.spill = spill
        self._open: dict[Path, TextIO] = {}

    def __enter__(self) -> _TableFiles:
        return self

    def __exit__(self, *exc: object) -> None:
        for fh in self._open.values():
            fh.close()
        self._open.clear()

    def write(self, path: Path, rows: list[Any]) -> None:
        """Append ``rows`` to the file at ``path``."""
        fh = self._open.get(path)
        if fh is None:
            fh = self._open[path] = path.open("w", encoding="utf-8")
        fh.writelines(_line(row) for row in rows)

    def append(self, rows: GraphRows, tables: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
        """Append a chunk's rows of the node labels and relationship types ``tables``."""
        labels, rel_types = tables
        for label in labels:
            self.write(self.spill.node_file(label), rows.nodes[label])
        for rel_type in rel_types:
            self.write(self.spill.relationship_file(rel_type), rows.relationships[rel_type])


def _every_table_has_a_file(spill: Spill) -> None:
    """An empty file for every table no row went to."""
    for label in cypher.NODE_TABLES:
        spill.node_file(label).touch()
    for rel_type in cypher.REL_TABLES:
        spill.relationship_file(rel_type).touch()
    spill.statement_ids.touch()


def _chunks(db: GraphDatabase, sql: str, size: int) -> Iterator[set[str]]:
    """The keys of ``sql`` (one column, ordered), ``size`` at a time."""
    cursor = db.db.execute(sql)
    while keys := cursor.fetchmany(size):
        yield {key for (key,) in keys}


def _chunk_rows(
    db: GraphDatabase, reader: FolderReader, spill: Spill, kind: KeyKind, size: int
) -> Iterator[GraphRows]:
    """The rows of the folder's articles, entities or statements (``kind``: the graph.db
    table and the :class:`Changes` field alike), ``size`` keys at a time, in key order;
    ``spill.peak_rows`` notes the most rows a chunk held."""
    for keys in _chunks(db, f"SELECT id FROM {kind} ORDER BY id", size):
        rows, _ = reader.rows(Changes(**{kind: keys}))
        spill.peak_rows = max(spill.peak_rows, rows.row_count())
        yield rows


def _sorter(path: Path) -> sqlite3.Connection:
    """A scratch SQLite database the names and facts are sorted in (its rowids number the
    facts in the order they came: statement order)."""
    sorter = sqlite3.connect(str(path))
    try:
        sorter.execute("CREATE TABLE names(key TEXT, entity TEXT)")
        sorter.execute("CREATE TABLE facts(type TEXT, fact TEXT)")
    except BaseException:
        sorter.close()
        raise
    return sorter


def _sort_names(sorter: sqlite3.Connection, rows: GraphRows) -> None:
    """Put the chunk's NAMES links (name key, entity) in the sort table."""
    sorter.executemany("INSERT INTO names VALUES (?, ?)",
                       ((r["start_id"], r["end_id"]) for r in rows.relationships["NAMES"]))


def _sort_facts(sorter: sqlite3.Connection, rows: GraphRows) -> None:
    """Put the chunk's facts (each with the Statement properties it copies) in the sort table,
    after those of the chunks before."""
    sorter.executemany("INSERT INTO facts(type, fact) VALUES (?, ?)", (
        (rel_type, json.dumps([fact, copies], ensure_ascii=False))
        for rel_type, fact, copies in fact_copies(rows)
    ))


def _sorted_names(sorter: sqlite3.Connection, spill: Spill) -> None:
    """The Name nodes and NAMES links, sorted and distinct (as :func:`rows.assemble` makes them;
    SQLite compares texts as UTF-8 bytes, which orders them as Python does)."""
    with spill.node_file("Name").open("w", encoding="utf-8") as fh:
        fh.writelines(_line({"id": key}) for (key,) in sorter.execute(
            "SELECT DISTINCT key FROM names ORDER BY key"))
    with spill.relationship_file("NAMES").open("w", encoding="utf-8") as fh:
        fh.writelines(_line({"start_id": key, "end_id": entity}) for key, entity in sorter.execute(
            "SELECT DISTINCT key, entity FROM names ORDER BY key, entity"))


def _sorted_facts(sorter: sqlite3.Connection, spill: Spill) -> None:
    """One file per fact type (types in order, facts in statement order)."""
    current, fh = None, None
    try:
        for rel_type, fact in sorter.execute("SELECT type, fact FROM facts ORDER BY type, rowid"):
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

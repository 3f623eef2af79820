"""Bulk load of a new LadybugDB store: the graph's rows as CSV files, read with ``COPY FROM``.

A fresh store does not need the batched MERGE plan: every node and relationship is new, so
each table is written once to a CSV file in a temporary folder and copied in with one
``COPY`` statement (nodes before relationships). The result is the same graph the MERGE
plan builds (tests compare them row for row), including what the MERGE plan computes in the
store: a Statement's evidence count, first and last seen dates, earliest event date and
noisy-or confidence come from its EVIDENCE rows, and each direct fact relationship copies
them from its Statement (all facts in the one ``FACT`` table, see :mod:`ladybug_facts`).

CSV dialect (stated in full, auto-detection off): comma-separated, a header line, every text
quoted with ``"`` doubled inside, ``\\N`` unquoted for a NULL text (so an empty text stays
empty), an empty field for a NULL number or boolean (LadybugDB applies ``NULL_STRINGS`` to
texts only), fields may span lines (hence ``PARALLEL=false``). Entity aliases travel joined
with U+001F and are split back in the COPY's subquery, sorted and distinct as the MERGE plan
stores them; EVIDENCE's ``setting`` phrases travel the same way and are split back in their
order. Each column is written by a formatter chosen once from its schema type.

Cost: 14 COPY statements (one per table), whatever the number of predicates; the CSV and
the COPY grow with the rows.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from graphbuilder.sinks.propertygraph import cypher, ladybug_facts
from graphbuilder.sinks.propertygraph.rows import GraphRows, Row, add_totals

LIST_SEPARATOR = "\x1f"
NULL = "\\N"
CSV_OPTIONS = (
    "(HEADER=true, DELIM=',', QUOTE='\"', ESCAPE='\"', NULL_STRINGS=['\\\\N'], "
    "PARALLEL=false, AUTO_DETECT=false)"
)

Column = tuple[str, str, str]  # (CSV header, row key, LadybugDB type)


def bulk_load(rows: GraphRows, connection: Any, folder: Path, progress: bool = False) -> dict[str, Any]:
    """COPY ``rows`` into the empty tables of ``connection``'s store, via CSV files in ``folder``.

    The tables must exist (``cypher.schema_statements``) and be empty. The Statement rows get
    their evidence totals in place (:func:`rows.add_totals`). Returns the load
    summary in the shape of :meth:`writer.LoadSummary.as_dict` (everything created; each
    COPY counts as a batch) plus ``nodes`` and ``relationships``, the store's totals (what
    was created, as the store was empty). ``progress`` shows a bar over the tables on stderr.
    """
    from tqdm import tqdm

    tables = len(cypher.NODE_TABLES) + len(cypher.REL_TABLES) + 1
    bar = tqdm(
        total=tables, unit=" tables", desc="loading LadybugDB (COPY)", disable=not progress, file=sys.stderr
    )
    try:
        return _copy_all(rows, connection, folder, bar)
    finally:
        bar.close()


def _copy_all(rows: GraphRows, connection: Any, folder: Path, bar: Any) -> dict[str, Any]:
    add_totals(rows)  # the Statement rows' totals, as the MERGE plan computes them in the store
    node_ids: dict[str, set[str]] = {}
    copies = nodes = relationships = 0

    def copy(table: str, columns: Sequence[Column], lines: Iterable[Row], source: str = "") -> int:
        nonlocal copies
        path = folder / f"{copies:04d}-{table}.csv"
        count = write_csv(path, columns, lines)
        if count:
            target = cypher.check_name(table)
            if source:
                statement = (
                    f"COPY `{target}` FROM (LOAD FROM '{_quoted(path)}' {CSV_OPTIONS} RETURN {source})"
                )
            else:
                statement = f"COPY `{target}` FROM '{_quoted(path)}' {CSV_OPTIONS}"
            connection.execute(statement).close()
            copies += 1
        path.unlink()
        bar.update(1)
        return count

    for label, props in cypher.NODE_TABLES.items():
        label_rows = _unique(rows.nodes.get(label, []), lambda r: (r["id"],))
        node_ids[label] = {r["id"] for r in label_rows}
        columns = [(name, cypher.row_key(name), kind) for name, kind in props]
        nodes += copy(label, columns, label_rows, _entity_source(props) if label == "Entity" else "")

    ends: list[Column] = [("from", "start_id", cypher.STRING), ("to", "end_id", cypher.STRING)]
    for rel_type, table in cypher.REL_TABLES.items():
        keys = ("start_id", "end_id", *(cypher.row_key(k) for k in table.key))
        unique = _unique(rows.relationships.get(rel_type, []), lambda r, keys=keys: tuple(r[k] for k in keys))
        starts, stops = node_ids[table.start], node_ids[table.end]
        rel_rows = [r for r in unique if r["start_id"] in starts and r["end_id"] in stops]
        columns = ends + [(name, cypher.row_key(name), kind) for name, kind in table.properties]
        lists = any(kind == cypher.STRINGS for _, _, kind in columns)
        relationships += copy(rel_type, columns, rel_rows, _relationship_source(columns) if lists else "")

    # each direct fact relationship: its type, then its Statement's properties
    fact_columns = ends + [
        (name, "id" if name == "statement_id" else name, kind) for name, kind in ladybug_facts.PROPERTIES
    ]
    statement_rows = {r["id"]: r for r in rows.nodes.get("Statement", [])}
    entities, kept_statements = node_ids["Entity"], node_ids["Statement"]
    facts = []
    for rel_type, fact_rows in rows.facts.items():
        facts += [
            {
                **statement_rows[f["statement_id"]],
                "start_id": f["start_id"],
                "end_id": f["end_id"],
                ladybug_facts.TYPE_PROPERTY: rel_type,
            }
            for f in _unique(fact_rows, lambda r: (r["start_id"], r["end_id"], r["statement_id"]))
            if f["statement_id"] in kept_statements and f["start_id"] in entities and f["end_id"] in entities
        ]
    relationships += copy(ladybug_facts.TABLE, fact_columns, facts)

    return {
        "nodes_created": nodes,
        "nodes_matched": 0,
        "relationships_created": relationships,
        "relationships_matched": 0,
        "batches": copies,
        "rows": nodes + relationships,
        "nodes": nodes,
        "relationships": relationships,
    }


def _entity_source(props: Sequence[cypher.Prop]) -> str:
    """The COPY subquery's columns for Entity: aliases split back into a sorted, distinct list."""
    return _list_source(props, ordered=False)


def _relationship_source(columns: Sequence[Column]) -> str:
    """The COPY subquery's columns for a relationship table with a list property (EVIDENCE's
    ``setting``): each list split back in its written order."""
    return _list_source([(name, kind) for name, _, kind in columns], ordered=True)


def _list_source(props: Sequence[cypher.Prop], ordered: bool) -> str:
    """The COPY subquery's columns: each list column split back (:func:`_split_list`), the
    others as they are."""
    return ", ".join(
        _split_list(name, ordered) if kind == cypher.STRINGS else f"`{name}`" for name, kind in props
    )


def _split_list(name: str, ordered: bool) -> str:
    """A list column from its U+001F-joined text: as written (``ordered``), else sorted and
    distinct; an empty text is the empty list, NULL stays NULL."""
    items = f"string_split(`{name}`, '{LIST_SEPARATOR}')"
    if not ordered:
        items = f"list_sort(list_distinct({items}))"
    empty = "CAST([] AS STRING[])"
    return f"CASE WHEN `{name}` IS NULL THEN NULL WHEN `{name}` = '' THEN {empty} ELSE {items} END"


def _unique(rows: Iterable[Row], key: Any) -> list[Row]:
    """Rows with a new key, in order: the first of each key wins, as with MERGE ... ON CREATE."""
    seen: set[Any] = set()
    out = []
    for r in rows:
        k = key(r)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def write_csv(path: Path, columns: Sequence[Column], rows: Iterable[Row]) -> int:
    """Write ``rows`` (each column's value under its row key) in the dialect of
    :data:`CSV_OPTIONS`; returns the number of data lines."""
    header = ",".join(_text(name) for name, _, _ in columns)
    formats = [(key, _FORMATS[kind]) for _, key, kind in columns]
    count = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(header + "\n")
        write = fh.write
        for row in rows:
            write(",".join([fmt(row.get(key)) for key, fmt in formats]) + "\n")
            count += 1
    return count


def _text(value: Any) -> str:
    if value is None:
        return NULL
    return '"' + str(value).replace('"', '""') + '"'


def _integer(value: Any) -> str:
    return "" if value is None else str(int(value))


def _float(value: Any) -> str:
    return "" if value is None else repr(float(value))


def _boolean(value: Any) -> str:
    return "" if value is None else ("true" if value else "false")


def _texts(value: Any) -> str:
    if value is None:
        return NULL
    return _text(LIST_SEPARATOR.join(str(v).replace(LIST_SEPARATOR, " ") for v in value))


_FORMATS = {
    cypher.STRING: _text,
    cypher.INT: _integer,
    cypher.FLOAT: _float,
    cypher.BOOL: _boolean,
    cypher.STRINGS: _texts,
}


def _quoted(path: Path) -> str:
    """A file path inside a single-quoted Cypher string (the temp folder's; no user text)."""
    return str(path).replace("\\", "\\\\").replace("'", "\\'")

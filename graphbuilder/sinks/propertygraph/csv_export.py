"""CSV files in the ``neo4j-admin database import`` format, for bulk loads of big graphs.

One file per node label (``nodes_<Label>.csv``: ``id:ID(<Label>)``, typed property
headers, ``:LABEL``) and per structural relationship type (``rels_<TYPE>.csv``:
``:START_ID(<Label>)``, ``:END_ID(<Label>)``, ``:TYPE``), plus ``rels_facts.csv`` with the
direct per-predicate relationships. Each label is its own ID space. ``import.sh`` holds the
matching command: arrays are joined with U+001F (``--array-delimiter``), and sentences may
span lines (``--multiline-fields``). Statement counts, dates and confidence are computed
from this graph's evidence.
"""

from __future__ import annotations

import stat
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from graphbuilder.errors import StoreError
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.sinks.propertygraph import cypher
from graphbuilder.sinks.propertygraph.rows import GraphRows, Row, graph_rows

ARRAY_DELIMITER = "\x1f"
_CSV_TYPES = {
    cypher.STRING: "",
    cypher.INT: ":long",
    cypher.FLOAT: ":double",
    cypher.BOOL: ":boolean",
    cypher.STRINGS: ":string[]",
}


def export_csv(kg: KnowledgeGraph, out: str | Path) -> list[Path]:
    """Write the import files into the folder ``out``; returns their paths (import.sh last)."""
    folder = Path(out)
    rows = graph_rows(kg)
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for label, props in cypher.NODE_TABLES.items():
            written.append(_write_nodes(folder, label, props, rows.nodes.get(label, [])))
        for rel_type, table in cypher.REL_TABLES.items():
            written.append(
                _write_relationships(folder, rel_type, table, rows.relationships.get(rel_type, []))
            )
        written.append(_write_facts(folder, rows))
        written.append(_write_import_script(folder, written))
    except OSError as err:
        raise StoreError(f"{folder}: cannot write the CSV export ({err.strerror or err})") from None
    return written


def _header(props: Sequence[cypher.Prop]) -> list[str]:
    return [f"{name}{_CSV_TYPES[kind]}" for name, kind in props]


def _write_nodes(folder: Path, label: str, props: Sequence[cypher.Prop], rows: list[Any]) -> Path:
    others = [p for p in props if p[0] != "id"]
    header = [f"id:ID({label})", *_header(others), ":LABEL"]
    lines = ([r["id"], *(r.get(cypher.row_key(name)) for name, _ in others), label] for r in rows)
    return _write(folder / f"nodes_{label}.csv", header, lines)


def _write_relationships(folder: Path, rel_type: str, table: cypher.RelTable, rows: list[Row]) -> Path:
    header = [f":START_ID({table.start})", f":END_ID({table.end})", ":TYPE", *_header(table.properties)]
    lines = (
        [r["start_id"], r["end_id"], rel_type, *(r.get(cypher.row_key(n)) for n, _ in table.properties)]
        for r in rows
    )
    return _write(folder / f"rels_{rel_type}.csv", header, lines)


def _write_facts(folder: Path, rows: GraphRows) -> Path:
    statements = {r["id"]: r for r in rows.nodes.get("Statement", [])}
    header = [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", *_header(cypher.FACT_PROPERTIES)]
    lines = (
        [
            fact["start_id"],
            fact["end_id"],
            rel_type,
            fact["statement_id"],
            *(statements[fact["statement_id"]][name] for name, _ in cypher.FACT_PROPERTIES[1:]),
        ]
        for rel_type, facts in rows.facts.items()
        for fact in facts
    )
    return _write(folder / "rels_facts.csv", header, lines)


def _write_import_script(folder: Path, files: list[Path]) -> Path:
    nodes = " ".join(f'--nodes="$DIR/{p.name}"' for p in files if p.name.startswith("nodes_"))
    rels = " ".join(f'--relationships="$DIR/{p.name}"' for p in files if p.name.startswith("rels_"))
    script = folder / "import.sh"
    script.write_text(
        "#!/bin/sh\n"
        "# Import these files into a new Neo4j database (default: neo4j; stop it first):\n"
        "#   NEO4J_HOME=/path/to/neo4j sh import.sh [DATABASE]\n"
        'DIR="$(cd "$(dirname "$0")" && pwd)"\n'
        # the database name goes first: --nodes and --relationships take every name after them
        '"${NEO4J_HOME:-.}/bin/neo4j-admin" database import full "${1:-neo4j}" \\\n'
        "  --overwrite-destination=true --multiline-fields=true --array-delimiter=U+001F \\\n"
        f"  {nodes} \\\n  {rels}\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def _write(path: Path, header: list[str], lines: Iterable[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(header) + "\n")
        for line in lines:
            fh.write(",".join(_field(v) for v in line) + "\n")
    return path


def _field(value: Any) -> str:
    """One CSV field: None is empty (no property), text is always quoted (so "" is empty text)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        value = ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, " ") for v in value)
    return '"' + str(value).replace('"', '""') + '"'

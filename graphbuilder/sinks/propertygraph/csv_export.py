"""CSV files in the ``neo4j-admin database import`` format, for bulk loads of big graphs.

One file per node label (``nodes_<Label>.csv``: ``id:ID(<Label>)``, typed property
headers, ``:LABEL``) and per structural relationship type (``rels_<TYPE>.csv``:
``:START_ID(<Label>)``, ``:END_ID(<Label>)``, ``:TYPE``), plus ``rels_facts.csv`` with the
direct per-predicate relationships. Each label is its own ID space. ``import.sh`` holds the
matching command: arrays are joined with U+001F (``--array-delimiter``), and sentences may
span lines (``--multiline-fields``). Statement counts, dates and confidence are computed
from this graph's evidence. A build folder is streamed from its graph.db
(:func:`export_folder_csv`, :mod:`folder_stream`, through temporary files in $TMPDIR): the
same files as of the folder's graph in memory, except that an article-local entity that
appears only as whom a statement is attributed to or reported by gets its ``local_to``, as a
load of the folder writes it; memory grows with the evidence of the most-supported
statement, not with the folder.
"""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from graphbuilder.errors import StoreError
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.sinks.propertygraph import cypher
from graphbuilder.sinks.propertygraph.rows import Row, fact_copies, graph_rows

ARRAY_DELIMITER = "\x1f"
_CSV_TYPES = {
    cypher.STRING: "",
    cypher.INT: ":long",
    cypher.FLOAT: ":double",
    cypher.BOOL: ":boolean",
    cypher.STRINGS: ":string[]",
}


#: A fact's type, its row and the Statement properties it copies (``cypher.FACT_COPIES``).
Fact = tuple[str, Row, list[Any]]


def export_csv(kg: KnowledgeGraph, out: str | Path) -> list[Path]:
    """Write the import files into the folder ``out``; returns their paths (import.sh last)."""
    rows = graph_rows(kg)
    return _export(
        Path(out), lambda label: rows.nodes.get(label, []), lambda rel: rows.relationships.get(rel, []),
        fact_copies(rows),
    )


def export_folder_csv(folder: str | Path, out: str | Path, chunk: int | None = None) -> list[Path]:
    """:func:`export_csv` of a build folder, streamed from its graph.db ``chunk`` keys at a time
    (:mod:`folder_stream`); the files of the folder's graph but for ``local_to`` of
    article-local entities seen only as attribution targets (see the module docstring).
    StoreError when the temporary files cannot be written in $TMPDIR."""
    from graphbuilder.sinks.propertygraph import folder_stream

    with folder_stream.spilled(folder, chunk) as spill:

        def facts() -> Iterator[Fact]:
            for rel_type in spill.facts:
                for fact, copies in folder_stream.fact_rows(spill, rel_type):
                    yield rel_type, fact, copies

        return _export(
            Path(out),
            lambda label: spill.rows(spill.nodes[label]),
            lambda rel: spill.rows(spill.relationships[rel]),
            facts(),
        )


def _export(
    folder: Path,
    nodes: Callable[[str], Iterable[Any]],
    relationships: Callable[[str], Iterable[Any]],
    facts: Iterable[Fact],
) -> list[Path]:
    """Write every label's and relationship type's rows (as the callables give them) and the facts."""
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for label, props in cypher.NODE_TABLES.items():
            written.append(_write_nodes(folder, label, props, nodes(label)))
        for rel_type, table in cypher.REL_TABLES.items():
            written.append(_write_relationships(folder, rel_type, table, relationships(rel_type)))
        written.append(_write_facts(folder, facts))
        written.append(_write_import_script(folder, written))
    except OSError as err:
        raise StoreError(f"{folder}: cannot write the CSV export ({err.strerror or err})") from None
    return written


def _header(props: Sequence[cypher.Prop]) -> list[str]:
    return [f"{name}{_CSV_TYPES[kind]}" for name, kind in props]


def _write_nodes(folder: Path, label: str, props: Sequence[cypher.Prop], rows: Iterable[Any]) -> Path:
    others = [p for p in props if p[0] != "id"]
    header = [f"id:ID({label})", *_header(others), ":LABEL"]
    lines = ([r["id"], *(r.get(cypher.row_key(name)) for name, _ in others), label] for r in rows)
    return _write(folder / f"nodes_{label}.csv", header, lines)


def _write_relationships(folder: Path, rel_type: str, table: cypher.RelTable, rows: Iterable[Row]) -> Path:
    header = [f":START_ID({table.start})", f":END_ID({table.end})", ":TYPE", *_header(table.properties)]
    lines = (
        [r["start_id"], r["end_id"], rel_type, *(r.get(cypher.row_key(n)) for n, _ in table.properties)]
        for r in rows
    )
    return _write(folder / f"rels_{rel_type}.csv", header, lines)


def _write_facts(folder: Path, facts: Iterable[Fact]) -> Path:
    header = [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", *_header(cypher.FACT_PROPERTIES)]
    lines = (
        [fact["start_id"], fact["end_id"], rel_type, fact["statement_id"], *copies]
        for rel_type, fact, copies in facts
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

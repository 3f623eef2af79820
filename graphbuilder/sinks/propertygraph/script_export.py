"""A parameter-free Cypher script of a KnowledgeGraph, for ``cypher-shell -f FILE``.

The same statements the Neo4j loader runs (constraints first, then the batched MERGE plan),
with each batch written as a list literal in place of ``$rows``: every value passes
through :func:`cypher.literal`, so article text stays inside string literals. Running the
script twice, or after ``graphbuilder load neo4j``, creates nothing new. A build folder is
streamed from its graph.db (:func:`write_folder_script`, :mod:`folder_stream`, through
temporary files in $TMPDIR): the same script as of the folder's graph in memory, except that
an article-local entity that appears only as whom a statement is attributed to or reported
by gets its ``local_to``, as a load of the folder writes it; memory grows with the evidence
of the most-supported statement, not with the folder.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from graphbuilder.errors import StoreError
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.sinks.propertygraph import cypher
from graphbuilder.sinks.propertygraph.cypher import Dialect
from graphbuilder.sinks.propertygraph.rows import GraphRows, Row, batches, graph_rows
from graphbuilder.sinks.propertygraph.writer import LoadStep, load_plan

if TYPE_CHECKING:  # reading a build folder is imported when an export reads one
    from graphbuilder.sinks.propertygraph.folder_stream import Spill

_UNWIND = f"UNWIND {cypher.ROWS} AS row\n"


def script_statements(kg: KnowledgeGraph, batch_size: int = 500) -> Iterator[str]:
    """Each statement of the script, without the terminating semicolon."""
    plan = load_plan(graph_rows(kg), Dialect.NEO4J)
    return _statements(((step, step.rows) for step in plan), batch_size)


def _statements(steps: Iterable[tuple[LoadStep, Iterable[Row]]], batch_size: int) -> Iterator[str]:
    """The schema, then each step's rows in batches of ``batch_size`` inlined into its statement."""
    if batch_size < 1:
        raise StoreError(f"batch size must be at least 1, not {batch_size}")
    yield from cypher.schema_statements(Dialect.NEO4J)
    for step, rows in steps:
        if not step.statement.startswith(_UNWIND):  # every load statement reads $rows this way
            raise StoreError(f"cannot inline the rows of {step.name}")
        body = step.statement[len(_UNWIND) :]
        for batch in batches(rows, batch_size):
            yield f"UNWIND {cypher.literal(batch)} AS row\n" + body


def folder_script_statements(spill: Spill, batch_size: int = 500) -> Iterator[str]:
    """:func:`script_statements` of the rows :func:`folder_stream.spill_rows` wrote."""
    from graphbuilder.sinks.propertygraph import folder_stream

    # the plan of a graph with these tables (and no rows): its statements, in its order
    shape = GraphRows(
        nodes={label: [] for label in cypher.NODE_TABLES},
        relationships={rel: [] for rel in cypher.REL_TABLES},
        facts={rel_type: [] for rel_type in spill.facts},
    )

    def rows(step: LoadStep) -> Iterable[Row]:
        if step.kind == "node":
            return spill.rows(spill.nodes[step.table])
        if step.kind == "update":
            return spill.rows(spill.statement_ids)
        if step.table in cypher.REL_TABLES:
            return spill.rows(spill.relationships[step.table])
        return (fact for fact, _ in folder_stream.fact_rows(spill, step.table))

    return _statements(((step, rows(step)) for step in load_plan(shape, Dialect.NEO4J)), batch_size)


def write_script(kg: KnowledgeGraph, out: str | Path, batch_size: int = 500) -> int:
    """Write the script to ``out``; returns the number of statements written."""
    return _write(script_statements(kg, batch_size), Path(out))


def write_folder_script(
    folder: str | Path, out: str | Path, batch_size: int = 500, chunk: int | None = None
) -> int:
    """:func:`write_script` of a build folder, streamed from its graph.db ``chunk`` keys at a
    time (:mod:`folder_stream`); the script of the folder's graph but for ``local_to`` of
    article-local entities seen only as attribution targets (see the module docstring).
    StoreError when the temporary files cannot be written in $TMPDIR."""
    from graphbuilder.sinks.propertygraph import folder_stream

    with folder_stream.spilled(folder, chunk) as spill:
        return _write(folder_script_statements(spill, batch_size), Path(out))


def _write(statements: Iterator[str], path: Path) -> int:
    count = 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as fh:
            fh.write("// graphbuilder: the knowledge graph as Cypher; run with cypher-shell -f\n")
            for statement in statements:
                fh.write(statement + ";\n")
                count += 1
    except OSError as err:
        raise StoreError(f"{path}: cannot write the Cypher script ({err.strerror or err})") from None
    return count

"""A parameter-free Cypher script of a KnowledgeGraph, for ``cypher-shell -f FILE``.

The same statements the Neo4j loader runs (constraints first, then the batched MERGE plan),
with each batch written as a list literal in place of ``$rows``: every value passes
through :func:`cypher.literal`, so article text stays inside string literals. Running the
script twice, or after ``graphbuilder load neo4j``, creates nothing new.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from graphbuilder.errors import StoreError
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.sinks.propertygraph import cypher
from graphbuilder.sinks.propertygraph.cypher import Dialect
from graphbuilder.sinks.propertygraph.rows import graph_rows
from graphbuilder.sinks.propertygraph.writer import load_plan, plan_batches

_UNWIND = f"UNWIND {cypher.ROWS} AS row\n"


def script_statements(kg: KnowledgeGraph, batch_size: int = 500) -> Iterator[str]:
    """Each statement of the script, without the terminating semicolon."""
    yield from cypher.schema_statements(Dialect.NEO4J)
    for step, batch in plan_batches(load_plan(graph_rows(kg), Dialect.NEO4J), batch_size):
        if not step.statement.startswith(_UNWIND):  # every load statement reads $rows this way
            raise StoreError(f"cannot inline the rows of {step.name}")
        yield f"UNWIND {cypher.literal(batch)} AS row\n" + step.statement[len(_UNWIND) :]


def write_script(kg: KnowledgeGraph, out: str | Path, batch_size: int = 500) -> int:
    """Write the script to ``out``; returns the number of statements written."""
    path = Path(out)
    count = 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as fh:
            fh.write("// graphbuilder: the knowledge graph as Cypher; run with cypher-shell -f\n")
            for statement in script_statements(kg, batch_size):
                fh.write(statement + ";\n")
                count += 1
    except OSError as err:
        raise StoreError(f"{path}: cannot write the Cypher script ({err.strerror or err})") from None
    return count

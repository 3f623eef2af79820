"""A build folder: the graph snapshot plus every derived output, written together.

    DIR/graph.jsonl       the whole KnowledgeGraph (source of truth for later merges and loads)
    DIR/statements.jsonl  one line per evidence, in the public statement format
    DIR/graph.trig        RDF, one named graph per article
    DIR/store/            Oxigraph store for SPARQL (`graphbuilder sparql`, `graphbuilder serve`)
"""

from __future__ import annotations

from pathlib import Path

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.sinks.jsonl import write_statements
from graphbuilder.sinks.snapshot import read_graph, snapshot_path, write_graph


def read_folder(folder: str | Path) -> KnowledgeGraph:
    """The graph a previous build left in ``folder``, or an empty one for a new folder."""
    return read_graph(folder) if snapshot_path(folder).exists() else KnowledgeGraph()


def write_folder(kg: KnowledgeGraph, folder: str | Path, *, rdf: bool = True) -> dict[str, Path]:
    """Write the snapshot and all derived outputs; returns the paths written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {"graph": write_graph(kg, folder)}
    write_statements(kg, folder / "statements.jsonl")
    paths["statements"] = folder / "statements.jsonl"
    if rdf:
        from graphbuilder.sinks import oxigraph_store

        paths["trig"], paths["store"] = oxigraph_store.write_trig_and_store(kg, folder)
    return paths

"""A build folder's connection counts (``sinks.connections``): counted from graph.db, written
at the end of graph.trig and into the store, whole, whenever the RDF outputs are written.

They are tens of thousands of quads on a corpus of a thousand articles (28,634 on the 897
BBC articles), counted in a few seconds (most of it reading each evidence's modality), so a
build rewrites them rather than tracking which changed. graph.trig ends with them, as one
serializer pass over ``rdf.iter_graphs`` writes them. A new store is bulk loaded with them as
its last piece (``pieces.load_fresh``); an existing store drops the graphs it held and bulk
loads the new ones (an interrupted write is redone by the next build, since the store's
generation is recorded only after).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import groupby
from pathlib import Path

import pyoxigraph as ox

from graphbuilder.errors import StoreError
from graphbuilder.model import statement_modality
from graphbuilder.sinks.connections import (
    StatementEnds,
    count_connections,
    graph_iris,
    graph_triples,
)
from graphbuilder.sinks.oxigraph_store import open_writable
from graphbuilder.sinks.rdf import DEFAULT_BASE, Iris, LocalEntities
from graphbuilder.sinks.trig import TrigText, header

from .database import GraphDatabase


def statement_ends(db: GraphDatabase) -> Iterator[StatementEnds]:
    """Every statement's ends and modality, by id, read without building its evidence."""
    rows = db.db.execute(
        "SELECT s.id, s.head, json_extract(e.record, '$.modality') FROM statements s "
        "LEFT JOIN evidence e ON e.statement_id = s.id ORDER BY s.id")
    for sid, group in groupby(rows, key=lambda r: r[0]):
        said = list(group)
        head = json.loads(said[0][1])
        # no evidence (a LEFT JOIN row of NULLs) and evidence without a modality both say "asserted"
        modality = statement_modality(bool(head["negated"]), [m for _, _, m in said])
        yield StatementEnds(sid, head["subject_id"], head.get("object_id"), modality)


def ranked_names(db: GraphDatabase, iris: Iris) -> Iterator[tuple[str, str]]:
    """(IRI, name) of every entity typed gb:Entity (not local to an article), as
    ``outputs.entity_quads`` maps them."""
    local = LocalEntities(db.article_ids())
    for eid, name in db.db.execute("SELECT id, json_extract(record, '$.name') FROM entities"):
        if not local(eid):
            yield iris.entity(eid), name


def render(db: GraphDatabase, base: str = DEFAULT_BASE) -> bytes:
    """The count graphs as TriG without the prefix lines (as a piece of graph.trig); empty
    when there are no statements."""
    iris = Iris(base)
    counts = count_connections(statement_ends(db), ranked_names(db, iris), iris)
    return TrigText(base).graphs(graph_triples(counts, iris)).encode("utf-8")


def append_to_trig(piece: bytes, path: Path, base: str = DEFAULT_BASE) -> None:
    """Add the count graphs at the end of graph.trig (its prefix lines first if it is empty)."""
    if not piece:
        return
    try:
        with path.open("ab") as out:
            if out.tell() == 0:
                out.write(header(base))
            out.write(piece)
    except OSError as err:
        raise StoreError(f"{path}: cannot write TriG ({err})") from None


def replace_in_store(piece: bytes, path: Path, base: str = DEFAULT_BASE) -> None:
    """Drop every count graph the store at ``path`` holds and load ``piece`` in their place."""
    try:
        store = open_writable(path)
        try:
            for name in graph_iris(Iris(base)):
                graph = ox.NamedNode(name)
                if store.contains_named_graph(graph):
                    store.remove_graph(graph)
            if piece:
                store.bulk_load(header(base) + piece, format=ox.RdfFormat.TRIG)
            store.flush()
        finally:
            del store
    except OSError as err:
        raise StoreError(f"{path}: writing the Oxigraph store failed ({err})") from None

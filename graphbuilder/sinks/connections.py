"""How connected each actor is, stored so that a ranking reads it instead of counting.

For each entity and each statement modality (and for "all" statements): how many distinct
statements it takes part in, as subject or as object, with how many distinct other
entities, and its rank by those. ``queries/most_connected_actors.rq`` reads the first
``limit`` ranks; counting in SPARQL meant reading every statement of the build on every
request (seconds on 900 articles).

They are counted exactly as that query counted them over the statement nodes:

- a statement counts for its subject, and for its object when the object is an entity
  (a literal object is nobody);
- the partner is the other end when that is an entity;
- a statement whose subject is its own object counts for neither;
- only entities typed ``gb:Entity`` are ranked: one local to an article (``gb:LocalEntity``:
  an unresolved "he", "the spokesman") gets no counts, though it counts as a partner;
- the rank orders by statements (most first), then partners (most first), then name (in
  code point order, as SPARQL's ``ORDER BY`` compares strings), then IRI; 1 is the first.

The RDF: one named graph per modality some statement has, plus one for every statement,
named ``<BASE>connections/MODALITY`` (``.../connections/all``), each rewritten whole by a
build::

    GRAPH <BASE>connections/asserted {
        <BASE>connections/asserted gb:countedModality "asserted" .
        ent:vladimir-putin gb:connectionRank 1 ; gb:statementCount 12 ; gb:partnerCount 7 .
    }

Three quads per entity and modality, plus one per graph, whose ``gb:countedModality`` finds
the graph of a modality (see ``ontologies/README.md``).

Counting runs in a private temporary SQLite database on disk, so memory does not grow with
the corpus; the counts come out sorted (modality, then rank), so every way of building
writes the same bytes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import TYPE_CHECKING, NamedTuple

from graphbuilder.model import MODALITIES, Statement

from .rdf import Iris, Triple, _count, _gb, _rdf, _sdo

if TYPE_CHECKING:
    from graphbuilder.graph import KnowledgeGraph

__all__ = [
    "ALL",
    "Connections",
    "StatementEnds",
    "connection_graphs",
    "count_connections",
    "graph_iri",
    "graph_iris",
    "graph_triples",
    "statement_ends",
]

#: The counts over statements of every modality.
ALL = "all"

COUNTED_MODALITY = _gb.countedModality
CONNECTION_RANK = _gb.connectionRank
STATEMENT_COUNT = _gb.statementCount
PARTNER_COUNT = _gb.partnerCount


class StatementEnds(NamedTuple):
    """What counting needs of a statement: its id, its two ends (entity ids; ``object`` None
    for a literal) and its modality (``Statement.modality``)."""

    statement: str
    subject: str
    object: str | None
    modality: str


class Connections(NamedTuple):
    """One entity's (IRI's) counts and rank under one modality (or ``ALL``)."""

    modality: str
    entity: str
    statements: int
    partners: int
    rank: int


def statement_ends(statements: Iterable[Statement]) -> Iterator[StatementEnds]:
    for st in statements:
        yield StatementEnds(st.id, st.subject_id, st.object_id, st.modality)


_COUNT = """
WITH counted(modality, entity, statements, partners) AS (
    SELECT modality, entity, COUNT(DISTINCT statement), COUNT(DISTINCT other) FROM sides
    GROUP BY modality, entity
    UNION ALL
    SELECT ?, entity, COUNT(DISTINCT statement), COUNT(DISTINCT other) FROM sides GROUP BY entity
)
SELECT c.modality, c.entity, c.statements, c.partners,
       ROW_NUMBER() OVER (PARTITION BY c.modality
                          ORDER BY c.statements DESC, c.partners DESC, n.name, c.entity) AS rank
FROM counted c JOIN names n ON n.entity = c.entity
ORDER BY c.modality, rank
"""


def count_connections(ends: Iterable[StatementEnds], names: Iterable[tuple[str, str]],
                      iris: Iris) -> Iterator[Connections]:
    """The counts and ranks of the entities ``names`` gives (IRI, ``schema:name``: the ones
    typed ``gb:Entity``), sorted by modality (``ALL`` included) then rank; only entities
    with at least one statement."""
    con = sqlite3.connect("")  # a private temporary database: on disk when it grows
    try:
        con.execute("CREATE TABLE sides(entity TEXT NOT NULL, modality TEXT NOT NULL, "
                    "statement TEXT NOT NULL, other TEXT)")
        con.execute("CREATE TABLE names(entity TEXT PRIMARY KEY, name TEXT NOT NULL)")
        entity = iris.entity

        def sides() -> Iterator[tuple[str, str, str, str | None]]:
            for statement, subject, obj, modality in ends:
                if subject == obj:  # with itself only: no actor's connection
                    continue
                s, o = entity(subject), (entity(obj) if obj is not None else None)
                yield s, modality, statement, o
                if o is not None:
                    yield o, modality, statement, s

        con.executemany("INSERT INTO sides VALUES (?, ?, ?, ?)", sides())
        con.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", names)
        for row in con.execute(_COUNT, (ALL,)):
            yield Connections(*row)
    finally:
        con.close()


def graph_iri(iris: Iris, modality: str) -> str:
    """The named graph of the counts under ``modality`` (or ``ALL``)."""
    return f"{iris.base}connections/{modality}"


def graph_iris(iris: Iris) -> list[str]:
    """Every graph a build may hold counts in (a build rewrites them all)."""
    return [graph_iri(iris, m) for m in (ALL, *MODALITIES)]


def graph_triples(counts: Iterable[Connections], iris: Iris) -> Iterator[tuple[str, list[Triple]]]:
    """(graph name, its triples) for counts sorted as :func:`count_connections` gives them."""
    for modality, group in groupby(counts, key=lambda c: c.modality):
        graph = graph_iri(iris, modality)
        triples: list[Triple] = [(graph, COUNTED_MODALITY, (modality, None))]
        for c in group:
            triples.append((c.entity, CONNECTION_RANK, _count(c.rank)))
            triples.append((c.entity, STATEMENT_COUNT, _count(c.statements)))
            triples.append((c.entity, PARTNER_COUNT, _count(c.partners)))
        yield graph, triples


def connection_graphs(kg: KnowledgeGraph, iris: Iris) -> Iterator[tuple[str, list[Triple]]]:
    """The count graphs of an in-memory graph (``rdf.iter_graphs``); the entities ranked and
    their names are read from its default graph, as a store would hold it."""
    from .rdf import default_graph_triples

    names: dict[str, str] = {}
    ranked: set[str] = set()
    for s, p, o in default_graph_triples(kg, iris):
        if p == _sdo.name and not isinstance(o, str):
            names[s] = o[0]
        elif p == _rdf.type and o == _gb.Entity:
            ranked.add(s)
    counts = count_connections(statement_ends(kg.statements.values()),
                               ((iri, name) for iri, name in names.items() if iri in ranked), iris)
    yield from graph_triples(counts, iris)

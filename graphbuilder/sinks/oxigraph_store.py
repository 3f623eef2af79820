"""The Oxigraph store of a build folder (``DIR/store``) and its TriG file.

Writing merges: the store always ends up holding exactly the RDF of the KnowledgeGraph
given (see ``sinks.rdf``). A new store is filled with Oxigraph's bulk loader; an existing
one is updated graph by graph, so an article's named graph is *replaced* when the article
is rebuilt, graphs of articles no longer in the graph are dropped, and writing the same
graph twice changes nothing.

Querying the store is ``graphbuilder.query.sparql``'s job; this module only writes, opens
and exports it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
import rdflib

from graphbuilder.errors import StoreError
from graphbuilder.sinks.rdf import DEFAULT_BASE, iter_graphs, prefixes
from graphbuilder.sinks.rdf import Term as PlainTerm
from graphbuilder.sinks.rdf import Triple as PlainTriple

if TYPE_CHECKING:
    from graphbuilder.graph import KnowledgeGraph

STORE_NAME = "store"
TRIG_NAME = "graph.trig"
#: More quads than this to add to an existing store go through the bulk loader.
BULK_THRESHOLD = 50_000
#: Quads per call of Oxigraph's bulk loader. It holds a call's quads and their index
#: entries in memory (about 1 KiB a quad: a whole 300-article build in one call peaked
#: near 900 MiB), so big loads go in chunks of this size: memory stays flat, and the load
#: is no slower.
BULK_CHUNK = 25_000

EXPORT_FORMATS: dict[str, ox.RdfFormat | None] = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": None,  # rdflib, compacted with the project's JSON-LD context
}


# --- rdflib terms -> Oxigraph terms --------------------------------------------------------


@lru_cache(maxsize=200_000)
def _named_node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def from_rdflib(term: rdflib.term.Node) -> Any:
    """The Oxigraph term for an rdflib term."""
    if isinstance(term, rdflib.URIRef):
        return _named_node(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=_named_node(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    raise StoreError(f"cannot store RDF term {term!r}")


_ox_term = from_rdflib  # the name the RDF sink tests use


def ox_term(term: PlainTerm) -> ox.NamedNode | ox.Literal:
    """The Oxigraph term for a plain term of ``sinks.rdf`` (an IRI string or a literal tuple)."""
    if isinstance(term, str):
        return ox.NamedNode(term)
    lexical, datatype = term
    return ox.Literal(lexical, datatype=_named_node(datatype)) if datatype else ox.Literal(lexical)


def _ordered_quads(triples: Iterable[PlainTriple], graph: Any) -> dict[ox.Quad, None]:
    """The distinct quads of one graph in mapping order (subjects stay grouped, so TriG
    stays compact and readable); each distinct term is made once."""
    made: dict[PlainTerm, Any] = {}
    get = made.get
    quads: dict[ox.Quad, None] = {}
    quad = ox.Quad
    for s, p, o in triples:
        if (ts := get(s)) is None:
            ts = made[s] = ox.NamedNode(s)
        if (tp := get(p)) is None:
            tp = made[p] = _named_node(p)
        if (to := get(o)) is None:
            to = made[o] = ox_term(o)
        quads[quad(ts, tp, to, graph)] = None
    return quads


def graph_quads(
    kg: KnowledgeGraph, base: str = DEFAULT_BASE
) -> Iterator[tuple[Any, dict[ox.Quad, None]]]:
    """(Oxigraph graph name, its quads) for the default graph and every article graph."""
    for name, triples in iter_graphs(kg, base):
        graph = ox.DefaultGraph() if name is None else ox.NamedNode(name)
        yield graph, _ordered_quads(triples, graph)


def all_quads(kg: KnowledgeGraph, base: str = DEFAULT_BASE) -> Iterator[ox.Quad]:
    """Every quad of ``kg``, graph by graph (only one graph's quads in memory at a time)."""
    for _, quads in graph_quads(kg, base):
        yield from quads


# --- writing ----------------------------------------------------------------------------


def store_path(folder: str | Path) -> Path:
    return Path(folder) / STORE_NAME


def open_writable(path: Path) -> ox.Store:
    """The Oxigraph store at ``path`` (created when missing) for writing; StoreError when
    another process holds it."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as err:
        raise StoreError(
            f"{path}: cannot open the Oxigraph store for writing ({err}); "
            "stop any `graphbuilder serve` using it and retry"
        ) from None


def write_store(kg: KnowledgeGraph, folder: str | Path, base: str = DEFAULT_BASE) -> Path:
    """Make ``folder/store`` hold exactly ``kg``'s RDF; returns the store's path.

    A new store is bulk loaded. An existing store is brought in line graph by graph: each
    article graph is replaced (only its changed quads are touched), graphs of articles no
    longer present are dropped, and the default graph is recomputed. Raises StoreError.
    """
    _write_store(kg, Path(folder), base, consume=_drain)
    return store_path(folder)


def _is_empty(store: ox.Store) -> bool:
    return next(iter(store.quads_for_pattern(None, None, None, None)), None) is None


def _updating(store: ox.Store, kg: KnowledgeGraph, base: str) -> Iterator[ox.Quad]:
    """Bring ``store`` in line with ``kg`` graph by graph, passing each graph's quads on."""
    wanted: set[Any] = set()
    additions: list[ox.Quad] = []
    for graph, quads in graph_quads(kg, base):
        wanted.add(graph)
        existing = set(store.quads_for_pattern(None, None, None, graph))
        for quad in existing - quads.keys():
            store.remove(quad)
        additions.extend(q for q in quads if q not in existing)
        yield from quads
    for graph in list(store.named_graphs()):
        if graph not in wanted:
            store.remove_graph(graph)
    if len(additions) > BULK_THRESHOLD:
        _bulk_extend(store, additions)
    elif additions:
        store.extend(additions)


def _bulk_extend(store: ox.Store, quads: Iterable[ox.Quad]) -> None:
    """Oxigraph's bulk loader: writes new files directly, without one big transaction;
    ``BULK_CHUNK`` quads at a time, so only one chunk is ever in memory."""
    it = iter(quads)
    while chunk := list(islice(it, BULK_CHUNK)):
        store.bulk_extend(chunk)


def write_trig(kg: KnowledgeGraph, path: str | Path, base: str = DEFAULT_BASE) -> Path:
    """Write ``kg`` as TriG (a named graph per article) atomically; returns the path."""
    return _write_trig(all_quads(kg, base), path, base)


def _write_trig(quads: Iterable[ox.Quad], path: str | Path, base: str) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    try:
        ox.serialize(quads, str(tmp), format=ox.RdfFormat.TRIG, prefixes=prefixes(base))
    except OSError as err:
        raise StoreError(f"{path}: cannot write TriG ({err})") from None
    os.replace(tmp, path)
    return path


class StoreLoadError(Exception):
    """An OSError of the bulk loader, kept apart from the TriG writer's own."""


def _loading(quads: Iterable[ox.Quad], store: ox.Store) -> Iterator[ox.Quad]:
    """``quads`` passed on unchanged, and bulk loaded into ``store`` ``BULK_CHUNK`` at a time."""
    chunk: list[ox.Quad] = []
    for quad in quads:
        chunk.append(quad)
        yield quad
        if len(chunk) >= BULK_CHUNK:
            _bulk_extend(store, chunk)
            chunk = []
    if chunk:
        _bulk_extend(store, chunk)


def _store_errors(quads: Iterator[ox.Quad]) -> Iterator[ox.Quad]:
    """``quads``, the store's OSErrors told apart from the TriG writer's."""
    try:
        yield from quads
    except OSError as err:
        raise StoreLoadError(str(err)) from None


def loading(quads: Iterable[ox.Quad], store: ox.Store) -> Iterator[ox.Quad]:
    """``quads`` passed on while they are bulk loaded into ``store``; a failure of the store
    is raised as StoreLoadError, so a writer of the same quads (TriG) is not blamed for it."""
    return _store_errors(_loading(quads, store))


def write_trig_and_store(
    kg: KnowledgeGraph, folder: str | Path, base: str = DEFAULT_BASE
) -> tuple[Path, Path]:
    """``folder/graph.trig`` and ``folder/store`` for ``kg`` in one pass over its quads;
    returns both paths.

    The quads made for the TriG go on to the store, as :func:`write_store` writes them.
    Raises StoreError.
    """
    folder = Path(folder)
    trig = folder / TRIG_NAME
    _write_store(kg, folder, base, consume=lambda quads: _write_trig(_store_errors(quads), trig, base))
    return trig, store_path(folder)


def _drain(quads: Iterable[ox.Quad]) -> None:
    for _ in quads:
        pass


def _write_store(
    kg: KnowledgeGraph, folder: Path, base: str, *, consume: Callable[[Iterator[ox.Quad]], object]
) -> None:
    """Feed ``kg``'s quads to ``consume`` while they go into the store: a new or empty store
    gets them through the bulk loader, an existing one is brought in line graph by graph."""
    path = store_path(folder)
    fresh = not path.exists() or not any(path.iterdir())
    store = open_writable(path)
    try:
        if fresh or _is_empty(store):
            consume(_loading(all_quads(kg, base), store))
        else:
            consume(_updating(store, kg, base))
        store.flush()
    except (OSError, StoreLoadError) as err:
        raise StoreError(f"{path}: writing the Oxigraph store failed ({err})") from None
    finally:
        del store


# --- reading -----------------------------------------------------------------


def open_store(folder_or_store: str | Path | ox.Store) -> ox.Store:
    """A read-only Store for a build folder (or the store folder itself); StoreError if none."""
    if isinstance(folder_or_store, ox.Store):
        return folder_or_store
    path = Path(folder_or_store)
    candidate = store_path(path) if (store_path(path)).is_dir() else path
    if candidate != path:  # a build folder: its store must hold what its graph.db holds
        from graphbuilder.buildfolder.outputs import check_store

        check_store(path)
    if not candidate.is_dir() or not any(candidate.iterdir()):
        raise StoreError(f"{folder_or_store}: no Oxigraph store here; "
                         "run `graphbuilder build INPUT --out DIR`")
    try:
        return ox.Store.read_only(str(candidate))
    except OSError as err:
        raise StoreError(f"{candidate}: cannot open the Oxigraph store ({err})") from None


def memory_store(kg: KnowledgeGraph, base: str = DEFAULT_BASE) -> ox.Store:
    store = ox.Store()
    store.extend(all_quads(kg, base))
    return store


def query_store(folder_or_store: str | Path | ox.Store, query: str,
                params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Moved to ``graphbuilder.query.sparql.query_store`` (kept for callers not yet moved)."""
    from graphbuilder.query.sparql import query_store as run

    return run(folder_or_store, query, params)


def query_graph(kg: KnowledgeGraph, query: str, **params: Any) -> list[dict[str, Any]]:
    """Moved to ``graphbuilder.query.sparql.query_graph`` (kept for callers not yet moved)."""
    from graphbuilder.query.sparql import query_graph as run

    return run(kg, query, **params)


def count_quads(folder_or_store: str | Path | ox.Store) -> int:
    return len(open_store(folder_or_store))


# --- export -------------------------------------------------------------------------------


def export_store(folder: str | Path, out: str | Path, fmt: str, base: str = DEFAULT_BASE) -> int:
    """Export the build's store as turtle, trig, nquads or jsonld; returns what was written:
    the quad count, or for Turtle the triple count.

    Turtle has no named graphs: it gets the union of all graphs (each triple once).
    """
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown RDF format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    store = open_store(folder)
    quads = list(store.quads_for_pattern(None, None, None, None))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    written = len(quads)
    try:
        if fmt == "jsonld":
            _write_jsonld(quads, tmp, base)
        elif fmt == "turtle":
            triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
            ox.serialize(_sorted(triples), str(tmp), format=ox.RdfFormat.TURTLE, prefixes=prefixes(base))
            written = len(triples)
        else:
            ox.serialize(quads, str(tmp), format=EXPORT_FORMATS[fmt], prefixes=prefixes(base))
    except OSError as err:
        raise StoreError(f"{out}: cannot write ({err})") from None
    os.replace(tmp, out)
    return written


def _sorted(triples: Iterable[ox.Triple]) -> list[ox.Triple]:
    return sorted(triples, key=str)


def jsonld_context(base: str = DEFAULT_BASE) -> dict[str, Any]:
    """The JSON-LD context shipped as ``ontologies/graphbuilder.context.jsonld``."""
    return {"@context": dict(prefixes(base))}


def _write_jsonld(quads: list[ox.Quad], path: Path, base: str) -> None:
    ds = rdflib.Dataset()
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
    ds.parse(data=nquads.decode("utf-8"), format="nquads")
    context = jsonld_context(base)["@context"]
    path.write_text(ds.serialize(format="json-ld", context=context, indent=1), encoding="utf-8")

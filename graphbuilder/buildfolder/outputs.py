"""The folder's public outputs, written from ``graph.db`` as streams, and their generations.

    statements.jsonl  one line per evidence (rewritten as a stream: flat memory)
    graph.trig        RDF, the default graph then one named graph per article (likewise)
    store/            Oxigraph: a new store is bulk loaded (written aside as ``store.new``,
                      then switched in); an existing one gets only what changed, from the
                      database's ``dirty`` marks, in transactions

Generations: ``graph.db`` counts its generation (``meta.generation``), bumped when a build
starts writing outputs; each output records the generation it holds (``meta.out:NAME``),
set only after the output is complete. When they disagree (a build was killed, or built
with ``--no-store``) :func:`check_store` refuses to answer from the store with one line
that says how to repair; the repair is another build into the folder, which finishes the
work from the marks.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graphbuilder.errors import StoreError
from graphbuilder.sinks.jsonl import dump_record
from graphbuilder.sinks.oxigraph_store import ox_term
from graphbuilder.sinks.rdf import (
    DEFAULT_BASE,
    Iris,
    Triple,
    article_graph_triples,
    entity_triples,
    prefixes,
    relation_triples,
    statement_triples,
)

from .database import ARTICLE, ENTITY, RELATION, STATEMENT, GraphDatabase, database_path
from .lock import is_locked

STATEMENTS_NAME = "statements.jsonl"
TRIG_NAME = "graph.trig"
STORE_NAME = "store"
#: Quads per call of Oxigraph's bulk loader (it holds a call's quads in memory).
BULK_CHUNK = 25_000
#: Quads per transaction when an existing store is brought up to date.
TRANSACTION_CHUNK = 20_000

OUTPUTS = ("statements", "trig", "store")


# --- generations -----------------------------------------------------------------------


def generation(db: GraphDatabase) -> int:
    return int(db.meta("generation") or 0)


def output_generation(db: GraphDatabase, name: str) -> int | None:
    value = db.meta(f"out:{name}")
    return int(value) if value is not None else None


def mark(db: GraphDatabase, name: str, gen: int) -> None:
    db.set_meta(f"out:{name}", gen)


def stale_outputs(db: GraphDatabase) -> list[str]:
    """Outputs that do not hold the database's current generation."""
    gen = generation(db)
    return [name for name in OUTPUTS if output_generation(db, name) != gen]


def check_store(folder: str | Path) -> None:
    """StoreError (one line) when ``folder``'s store is not the one its graph describes: a build
    is updating it, one was interrupted, or the last one skipped the store."""
    folder = Path(folder)
    path = database_path(folder)
    if not path.exists():
        return  # not a build folder of this kind (or a bare store): nothing to compare
    db = GraphDatabase(path, readonly=True)
    try:
        gen, store_gen = generation(db), output_generation(db, "store")
    finally:
        db.close()
    if store_gen == gen:
        return
    if is_locked(folder):
        raise StoreError(f"{folder}: a build is updating this folder's store; query again when it finishes")
    held = "no complete store" if store_gen is None else f"the store of generation {store_gen}"
    raise StoreError(
        f"{folder}: holds {held} but graph.db is at generation {gen} (a build was interrupted or "
        f"skipped the store); run `graphbuilder build --out {folder}` to bring the store up to date"
    )


# --- quads -------------------------------------------------------------------------------


def _quads(triples: Iterable[Triple], graph: Any) -> dict[ox.Quad, None]:
    """Distinct quads in mapping order, each distinct term made once."""
    made: dict[Any, Any] = {}
    out: dict[ox.Quad, None] = {}
    get = made.get
    for s, p, o in triples:
        if (ts := get(s)) is None:
            ts = made[s] = ox.NamedNode(s)
        if (tp := get(p)) is None:
            tp = made[p] = ox.NamedNode(p)
        if (to := get(o)) is None:
            to = made[o] = ox_term(o)
        out[ox.Quad(ts, tp, to, graph)] = None
    return out


def _default(triples: Iterable[Triple]) -> dict[ox.Quad, None]:
    return _quads(triples, ox.DefaultGraph())


def default_graph_quads(db: GraphDatabase, iris: Iris) -> Iterator[ox.Quad]:
    """The default graph: entities, relation properties, statements (each in id order)."""
    for e in db.entities():
        yield from _default(entity_triples(e, iris))
    for predicate in db.predicates():
        yield from _default(relation_triples(predicate, iris))
    for st in db.statements():
        yield from _default(statement_triples(st, iris))


def article_quads(db: GraphDatabase, article_id: str, iris: Iris) -> dict[ox.Quad, None]:
    parts = db.article_parts(article_id)
    if parts is None:
        return {}
    article, sentences, mentions, pairs = parts
    graph = ox.NamedNode(iris.article(article_id))
    return _quads(article_graph_triples(article, sentences, mentions, pairs, iris), graph)


def all_quads(db: GraphDatabase, base: str = DEFAULT_BASE) -> Iterator[ox.Quad]:
    """Every quad of the folder, in graph.trig's order, one article's graph at a time."""
    iris = Iris(base)
    yield from default_graph_quads(db, iris)
    for article_id in db.article_ids():
        yield from article_quads(db, article_id, iris)


# --- files -------------------------------------------------------------------------------


def _replace_atomically(tmp: Path, path: Path) -> None:
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_statements(db: GraphDatabase, folder: Path) -> Path:
    path = folder / STATEMENTS_NAME
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for record in db.statement_records():
            fh.write(dump_record(record) + "\n")
    _replace_atomically(tmp, path)
    return path


def _serialize_trig(quads: Iterable[ox.Quad], path: Path, base: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    try:
        ox.serialize(quads, str(tmp), format=ox.RdfFormat.TRIG, prefixes=prefixes(base))
    except OSError as err:
        raise StoreError(f"{path}: cannot write TriG ({err})") from None
    _replace_atomically(tmp, path)


def write_trig(db: GraphDatabase, folder: Path, base: str = DEFAULT_BASE) -> Path:
    path = folder / TRIG_NAME
    _serialize_trig(all_quads(db, base), path, base)
    return path


# --- the store -----------------------------------------------------------------------------


def _open(path: Path) -> ox.Store:
    try:
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as err:
        raise StoreError(
            f"{path}: cannot open the Oxigraph store for writing ({err}); "
            "stop any `graphbuilder serve` using it and retry"
        ) from None


def _loading(quads: Iterable[ox.Quad], store: ox.Store) -> Iterator[ox.Quad]:
    """``quads`` passed on, and bulk loaded into ``store`` ``BULK_CHUNK`` at a time."""
    chunk: list[ox.Quad] = []
    for quad in quads:
        chunk.append(quad)
        yield quad
        if len(chunk) >= BULK_CHUNK:
            store.bulk_extend(chunk)
            chunk = []
    if chunk:
        store.bulk_extend(chunk)


def load_fresh(db: GraphDatabase, folder: Path, base: str = DEFAULT_BASE, *, trig: bool = True) -> None:
    """A new store (bulk loaded aside, then switched in) and, in the same pass, graph.trig."""
    final = folder / STORE_NAME
    aside = folder / (STORE_NAME + ".new")
    shutil.rmtree(aside, ignore_errors=True)
    store = _open(aside)
    try:
        quads = _loading(all_quads(db, base), store)
        if trig:
            _serialize_trig(quads, folder / TRIG_NAME, base)
        else:
            for _ in quads:
                pass
        store.flush()
    except OSError as err:
        raise StoreError(f"{aside}: writing the Oxigraph store failed ({err})") from None
    finally:
        del store
    old = folder / (STORE_NAME + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        os.replace(final, old)
    os.replace(aside, final)
    shutil.rmtree(old, ignore_errors=True)


def _extend(store: ox.Store, quads: Iterable[ox.Quad]) -> None:
    it = iter(quads)
    while chunk := list(islice(it, TRANSACTION_CHUNK)):
        store.extend(chunk)  # one transaction per chunk


def update_store(db: GraphDatabase, folder: Path, base: str = DEFAULT_BASE) -> int:
    """Bring an existing store in line with the database's dirty marks; returns quads added.

    Each marked article graph is dropped and written again; each marked entity, statement
    and relation loses its default-graph quads and gets its current ones. Doing it twice
    gives the same store, so an interrupted update is finished by the next build.
    """
    store = _open(folder / STORE_NAME)
    try:
        added = _apply_marks(db, store, Iris(base))
        store.flush()
    except OSError as err:
        raise StoreError(f"{folder / STORE_NAME}: writing the Oxigraph store failed ({err})") from None
    finally:
        del store
    return added


def _apply_marks(db: GraphDatabase, store: ox.Store, iris: Iris) -> int:
    added = 0
    for article_id in db.dirty(ARTICLE):
        graph = ox.NamedNode(iris.article(article_id))
        if store.contains_named_graph(graph):
            store.remove_graph(graph)
        quads = article_quads(db, article_id, iris)
        _extend(store, quads)
        added += len(quads)
    default = ox.DefaultGraph()

    def redo(node: str, triples: Iterable[Triple]) -> int:
        subject = ox.NamedNode(node)
        for quad in list(store.quads_for_pattern(subject, None, None, default)):
            store.remove(quad)
        quads = _default(triples)
        _extend(store, quads)
        return len(quads)

    for eid in db.dirty(ENTITY):
        e = db.entity(eid)
        added += redo(iris.entity(eid), entity_triples(e, iris) if e else ())
    for predicate in db.dirty(RELATION):
        triples = relation_triples(predicate, iris) if db.has_predicate(predicate) else ()
        added += redo(iris.relation(predicate), triples)
    for sid in db.dirty(STATEMENT):
        st = db.statement(sid)
        added += redo(iris.statement(sid), statement_triples(st, iris) if st else ())
    return added


def store_is_usable(folder: Path) -> bool:
    path = folder / STORE_NAME
    return path.is_dir() and any(path.iterdir())

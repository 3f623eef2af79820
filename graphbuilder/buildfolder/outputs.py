"""The folder's public outputs, written from ``graph.db`` as streams, and their generations.

    statements.jsonl  one line per evidence (rewritten as a stream: flat memory)
    graph.trig        RDF, the default graph then one named graph per article, and a new
                      store (bulk loaded aside as ``store.new``, then switched in): both
                      made in pieces by :mod:`graphbuilder.buildfolder.pieces` from the
                      quads this module maps
    store/            an existing store gets only what changed, from the database's
                      ``dirty`` marks, in transactions (here)

Generations: ``graph.db`` counts its generation (``meta.generation``), bumped when a build
starts writing outputs; each output records the generation it holds (``meta.out:NAME``),
set only after the output is complete. When they disagree (a build was killed, or built
with ``--no-store``) :func:`check_store` refuses to answer from the store with one line
that says how to repair; the repair is another build into the folder, which finishes the
work from the marks.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import MISSING, fields
from itertools import groupby, islice
from operator import itemgetter
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graphbuilder.errors import StoreError
from graphbuilder.model import Argument, Evidence, Sentence, Statement
from graphbuilder.sinks.jsonl import dump_record
from graphbuilder.sinks.oxigraph_store import open_writable, ox_term
from graphbuilder.sinks.rdf import (
    DEFAULT_BASE,
    Iris,
    LocalEntities,
    Triple,
    article_graph_triples,
    entity_triples,
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


class _Terms(dict[Any, Any]):
    """Oxigraph terms already made, so each distinct term is made once; emptied when it grows
    past ``limit`` (memory stays flat on any corpus)."""

    def __init__(self, limit: int = 200_000) -> None:
        super().__init__()
        self.limit = limit

    def check(self) -> None:
        if len(self) > self.limit:
            self.clear()


_DEFAULT_GRAPH = ox.DefaultGraph()


def _quads(triples: Iterable[Triple], graph: Any, made: _Terms | None = None) -> dict[ox.Quad, None]:
    """Distinct quads in mapping order."""
    made = _Terms() if made is None else made
    made.check()
    out: dict[ox.Quad, None] = {}
    get = made.get
    quad = ox.Quad
    for s, p, o in triples:
        if (ts := get(s)) is None:
            ts = made[s] = ox.NamedNode(s)
        if (tp := get(p)) is None:
            tp = made[p] = ox.NamedNode(p)
        if (to := get(o)) is None:
            to = made[o] = ox_term(o)
        out[quad(ts, tp, to, graph)] = None
    return out


def _default(triples: Iterable[Triple], made: _Terms | None = None) -> dict[ox.Quad, None]:
    return _quads(triples, _DEFAULT_GRAPH, made)


#: A graph's part of a piece: (graph IRI, or None for the default graph; its triples). The
#: triples of one part may repeat a triple: each part's distinct quads are what it holds.
Part = tuple[str | None, Iterable[Triple]]


def _part_quads(parts: Iterable[Part], made: _Terms | None = None) -> Iterator[ox.Quad]:
    made = _Terms() if made is None else made
    for graph, triples in parts:
        yield from _quads(triples, _DEFAULT_GRAPH if graph is None else ox.NamedNode(graph), made)


def entity_parts(db: GraphDatabase, iris: Iris, local: LocalEntities, after: str | None = None,
                 upto: str | None = None) -> Iterator[Part]:
    """The entities' part of the default graph, one entity at a time (ids ``after < id <= upto``
    when given)."""
    for e in db.entities(after, upto):
        yield None, entity_triples(e, iris, local(e.id))


def relation_parts(db: GraphDatabase, iris: Iris) -> Iterator[Part]:
    """The relation properties' part of the default graph, one relation at a time."""
    for predicate in db.predicates():
        yield None, relation_triples(predicate, iris)


def statement_parts(db: GraphDatabase, iris: Iris, after: str | None = None,
                    upto: str | None = None) -> Iterator[Part]:
    """The statements' part of the default graph, one statement at a time (ids ``after < id
    <= upto`` when given)."""
    for sid, st in _identified_summaries(db, after, upto):
        yield None, statement_triples(st, iris, sid)


#: What a summary evidence does not carry (see :func:`statement_summaries`).
_NO_SENTENCE = Sentence("", 0, 0, 0, "")
_NO_ARGUMENT = Argument("", 0, 0)


def statement_summaries(db: GraphDatabase, after: str | None = None,
                        upto: str | None = None) -> Iterator[Statement]:
    """The statements of ``db.statements`` for their nodes in the default graph: each evidence
    carries only what a statement node is made of (its modality, date, confidence and the
    text of its object), which SQLite reads from the stored records, so the records are not
    parsed here (pinned to ``db.statements`` by tests/buildfolder/test_statement_records.py)."""
    for _, st in _identified_summaries(db, after, upto):
        yield st


def _identified_summaries(db: GraphDatabase, after: str | None = None,
                          upto: str | None = None) -> Iterator[tuple[str, Statement]]:
    """(statement id as stored, its summary) of :func:`statement_summaries`."""
    tests, args = [], []
    if after is not None:
        tests.append("s.id > ?")
        args.append(after)
    if upto is not None:
        tests.append("s.id <= ?")
        args.append(upto)
    where = " WHERE " + " AND ".join(tests) if tests else ""
    rows = db.db.execute(
        "SELECT s.id, s.head, s.event_type, s.cameo_code, "
        "json_extract(e.record, '$.modality', '$.date', '$.confidence', '$.object.text') FROM statements s "
        f"LEFT JOIN evidence e ON e.statement_id = s.id{where} "
        "ORDER BY s.id, e.article_id, e.sentence_index, e.relation_start, e.pos", args)
    loads = json.loads
    default_confidence = _EVIDENCE_DEFAULTS["confidence"]
    for sid, group in groupby(rows, key=itemgetter(0)):
        said = list(group)
        evidence = []
        for summary in (r[4] for r in said if r[4] is not None):  # no evidence: one row of NULLs
            # an array of the values as the record wrote them (numbers not converted by SQLite)
            modality, date, confidence, object_text = loads(summary)
            evidence.append(Evidence(
                article_id="", sentence=_NO_SENTENCE, subject=_NO_ARGUMENT, relation_text="",
                relation_start=0, relation_end=0, object=Argument(object_text, 0, 0), modality=modality,
                date=date, confidence=default_confidence if confidence is None else confidence))
        _, head, event_type, cameo_code, _ = said[0]
        yield sid, Statement(**loads(head), event_type=event_type, cameo_code=cameo_code,
                             evidence=tuple(evidence))


def article_part(db: GraphDatabase, article_id: str, iris: Iris) -> Part | None:
    """An article's named graph (None when the database has no such article)."""
    parts = db.article_parts(article_id)
    if parts is None:
        return None
    article, sentences, mentions, pairs = parts
    return iris.article(article_id), article_graph_triples(article, sentences, mentions, pairs, iris)


def default_graph_quads(db: GraphDatabase, iris: Iris) -> Iterator[ox.Quad]:
    """The default graph: entities, relation properties, statements (each in id order)."""
    made = _Terms()
    yield from entity_quads(db, iris, LocalEntities(db.article_ids()), made=made)
    yield from relation_quads(db, iris, made)
    yield from statement_quads(db, iris, made=made)


def entity_quads(db: GraphDatabase, iris: Iris, local: LocalEntities, after: str | None = None,
                 upto: str | None = None, made: _Terms | None = None) -> Iterator[ox.Quad]:
    """The entities' part of the default graph (ids ``after < id <= upto`` when given)."""
    return _part_quads(entity_parts(db, iris, local, after, upto), made)


def relation_quads(db: GraphDatabase, iris: Iris, made: _Terms | None = None) -> Iterator[ox.Quad]:
    """The relation properties' part of the default graph."""
    return _part_quads(relation_parts(db, iris), made)


def statement_quads(db: GraphDatabase, iris: Iris, after: str | None = None, upto: str | None = None,
                    made: _Terms | None = None) -> Iterator[ox.Quad]:
    """The statements' part of the default graph (ids ``after < id <= upto`` when given)."""
    return _part_quads(statement_parts(db, iris, after, upto), made)


def article_quads(db: GraphDatabase, article_id: str, iris: Iris,
                  made: _Terms | None = None) -> dict[ox.Quad, None]:
    part = article_part(db, article_id, iris)
    if part is None:
        return {}
    graph, triples = part
    assert graph is not None
    return _quads(triples, ox.NamedNode(graph), made)


def all_quads(db: GraphDatabase, base: str = DEFAULT_BASE) -> Iterator[ox.Quad]:
    """Every quad of the folder, in graph.trig's order, one article's graph at a time."""
    iris = Iris(base)
    yield from default_graph_quads(db, iris)
    made = _Terms()
    for article_id in db.article_ids():
        yield from article_quads(db, article_id, iris, made)


# --- files -------------------------------------------------------------------------------


def _replace_atomically(tmp: Path, path: Path) -> None:
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_statements(db: GraphDatabase, folder: Path, base: str = DEFAULT_BASE) -> Path:
    """statements.jsonl from graph.db (``base`` is unused: the signature of every writer)."""
    path = folder / STATEMENTS_NAME
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        write = fh.write
        for record in statement_records(db):
            write(dump_record(record) + "\n")
    _replace_atomically(tmp, path)
    return path


_EVIDENCE_DEFAULTS = {f.name: f.default for f in fields(Evidence) if f.default is not MISSING}
_ARGUMENT_DEFAULTS = {f.name: f.default for f in fields(Argument) if f.default is not MISSING}


def statement_records(db: GraphDatabase) -> Iterator[dict[str, Any]]:
    """statements.jsonl's records: what ``db.statement_records()`` gives (the records of
    ``model.statement_record``, in ``KnowledgeGraph.records`` order), made from the stored
    evidence records as dicts, without an Evidence and a Statement for each line (pinned to
    ``statement_record`` by tests/buildfolder/test_statement_records.py)."""
    rows = db.db.execute(
        "SELECT e.record, e.statement_id, s.predicate, s.event_type, s.cameo_code FROM evidence e "
        "JOIN statements s ON s.id = e.statement_id "
        "ORDER BY e.article_id, e.sentence_index, e.relation_start, e.statement_id, e.pos"
    )
    ev_default = _EVIDENCE_DEFAULTS
    loads = json.loads
    for record, statement_id, predicate, event_type, cameo_code in rows:
        r = loads(record)
        get = r.get
        s = r["sentence"]
        yield {
            "article_id": r["article_id"],
            "statement_id": statement_id,
            "sentence": {"index": s["index"], "start": s["start"], "end": s["end"], "text": s["text"]},
            "subject": _argument(r["subject"]),
            "predicate": predicate,
            "relation_text": r["relation_text"],
            "object": _argument(r["object"]),
            "event_type": event_type,
            "cameo_code": cameo_code,
            "negated": get("negated", ev_default["negated"]),
            "modality": get("modality", ev_default["modality"]),
            "attributed_to": _entity_ref(get("attributed_to")),
            "reported_by": _entity_ref(get("reported_by")),
            "date": get("date", ev_default["date"]),
            "setting": get("setting") or [],  # absent from evidence stored before it
            "confidence": get("confidence", ev_default["confidence"]),
        }


def _argument(a: dict[str, Any]) -> dict[str, Any]:
    """``Argument.to_dict`` of a stored argument."""
    get, default = a.get, _ARGUMENT_DEFAULTS
    return {"text": a["text"], "start": a["start"], "end": a["end"],
            "entity_id": get("entity_id", default["entity_id"]), "name": get("name", default["name"]),
            "type": get("type", default["type"]), "actor_code": get("actor_code", default["actor_code"]),
            "country": get("country", default["country"])}


def _entity_ref(ref: dict[str, Any] | None) -> dict[str, Any] | None:
    """``EntityRef.to_dict`` of a stored reference (None for none, as ``evidence_from_dict`` reads it)."""
    return {"entity_id": ref["entity_id"], "name": ref["name"]} if ref else None


# --- the store -----------------------------------------------------------------------------


def _extend(store: ox.Store, quads: Iterable[ox.Quad]) -> int:
    """Add ``quads``, one transaction per ``TRANSACTION_CHUNK``; returns how many."""
    it = iter(quads)
    n = 0
    while chunk := list(islice(it, TRANSACTION_CHUNK)):
        store.extend(chunk)
        n += len(chunk)
    return n


def update_store(db: GraphDatabase, folder: Path, base: str = DEFAULT_BASE) -> int:
    """Bring an existing store in line with the database's dirty marks; returns quads added.

    Each marked article graph is dropped and written again; each marked entity, statement
    and relation loses its default-graph quads and gets its current ones. Doing it twice
    gives the same store, so an interrupted update is finished by the next build.
    """
    store = open_writable(folder / STORE_NAME)
    try:
        added = _apply_marks(db, store, Iris(base))
        store.flush()
    except OSError as err:
        raise StoreError(f"{folder / STORE_NAME}: writing the Oxigraph store failed ({err})") from None
    finally:
        del store
    return added


def mostly_new(db: GraphDatabase) -> bool:
    """More than half the articles changed since the store was written: a new store (bulk
    loaded) is then faster than updating the old one."""
    changed = db.db.execute("SELECT COUNT(*) FROM dirty WHERE kind = ?", (ARTICLE,)).fetchone()[0]
    total = db.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    return bool(changed * 2 > total)


def _apply_marks(db: GraphDatabase, store: ox.Store, iris: Iris) -> int:
    added = 0
    for article_id in db.dirty(ARTICLE):  # one transaction per article graph
        graph = ox.NamedNode(iris.article(article_id))
        if store.contains_named_graph(graph):
            store.remove_graph(graph)
        quads = article_quads(db, article_id, iris)
        _extend(store, quads)
        added += len(quads)
    entities, relations, statements = db.dirty(ENTITY), db.dirty(RELATION), db.dirty(STATEMENT)
    subjects = ([iris.entity(e) for e in entities] + [iris.relation(p) for p in relations]
                + [iris.statement(s) for s in statements])
    _delete_subjects(store, subjects)

    def current() -> Iterator[ox.Quad]:
        local = LocalEntities(db.article_ids())
        for eid in entities:
            e = db.entity(eid)
            if e is not None:
                yield from _default(entity_triples(e, iris, local(e.id)))
        for predicate in relations:
            if db.has_predicate(predicate):
                yield from _default(relation_triples(predicate, iris))
        for sid in statements:
            st = db.statement(sid)
            if st is not None:
                yield from _default(statement_triples(st, iris))

    return added + _extend(store, current())


#: IRIs this module mints (percent-encoded ids under an http(s) base): safe in SPARQL text.
_IRI = re.compile(r"https?://[^\s<>\"{}|\\^`]+")
_DELETE_CHUNK = 500


def _delete_subjects(store: ox.Store, subjects: list[str]) -> None:
    """Remove the default-graph quads of ``subjects``, ``_DELETE_CHUNK`` subjects per update."""
    for i in range(0, len(subjects), _DELETE_CHUNK):
        chunk = subjects[i:i + _DELETE_CHUNK]
        for iri in chunk:
            if not _IRI.fullmatch(iri):
                raise StoreError(f"refusing to put {iri!r} in a SPARQL update: not an IRI graphbuilder mints")
        values = " ".join(f"<{iri}>" for iri in chunk)
        store.update(f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?s {{ {values} }} ?s ?p ?o }}")


def store_is_usable(folder: Path) -> bool:
    path = folder / STORE_NAME
    return path.is_dir() and any(path.iterdir())

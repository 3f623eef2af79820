"""One article's contribution as database rows: what a worker sends back to the parent.

:func:`article_rows` turns an :class:`ArticleGraph` into plain tuples of strings and
numbers (JSON for the records), so a worker process or a Dask worker hands the parent
something cheap to pickle, and the parent only inserts rows. Within an article the
pipeline's dictionary rules hold: the last sentence or mention at a position wins, and
evidence repeated in a statement is kept once (the first).

An article's named graph is made of what the article says only, so it is written here
once, as TriG (:func:`named_graph`), and graph.trig and a new store take it as it is:
the outputs no longer read the article's records back and map them again on every build.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from graphbuilder.model import EXTRACTOR_VERSION, Article, Entity, Evidence, Statement
from graphbuilder.sinks.rdf import DEFAULT_BASE, IdentifiedEvidence, Iris, identified_article_triples
from graphbuilder.sinks.snapshot import evidence_dict, plain_record
from graphbuilder.sinks.trig import TrigText

if TYPE_CHECKING:  # graphbuilder.resolve loads spaCy; the build's parent needs none of it
    from graphbuilder.resolve import ArticleGraph


class ArticleRows(NamedTuple):
    """The rows of one article for :class:`graphbuilder.buildfolder.database.GraphDatabase`."""

    article_id: str
    digest: str
    article: str  # JSON
    sentences: list[tuple[int, str]]  # (index, JSON)
    mentions: list[tuple[int, int, str, str]]  # (start, end, entity id, JSON)
    entities: list[tuple[str, int, int, str]]  # (entity id, position, fallback 0/1, JSON)
    statements: list[tuple[str, int, str, str | None, str | None, str]]
    # (statement id, position, predicate, event type, CAMEO code, JSON of the statement's key fields)
    evidence: list[tuple[str, str, int, int, int, str]]
    # (statement id, evidence id, sentence index, relation start, position, JSON)
    graph: bytes | None = None  # the named graph, see :func:`named_graph`


#: ``json.dumps(record, ensure_ascii=False, sort_keys=True)``, its encoder made once.
_dump = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


#: The parts of the package that decide what an article yields (its sentences, mentions,
#: entities, statements, types): their code and tables. A change to any of them is a change
#: of the rules, and a build folder builds its articles again.
RULE_SOURCES = ("ingest", "nlp", "extract", "events", "resolve", "data", "model.py", "pipeline.py",
                "lexicon.py")
_PACKAGE = Path(__file__).resolve().parents[1]


@cache
def rules_digest(package: Path = _PACKAGE) -> str:
    """A digest of :data:`EXTRACTOR_VERSION` and of every file of :data:`RULE_SOURCES` (name
    and bytes; compiled caches left out), read once per process: new rules make a new digest
    even when nobody changed the version string."""
    digest = hashlib.sha1(EXTRACTOR_VERSION.encode("utf-8"))
    for source in RULE_SOURCES:
        top = package / source
        files = sorted(top.rglob("*")) if top.is_dir() else [top]
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()


def article_digest(article: Article) -> str:
    """What decides whether an article must be built again: its content (not where it was read
    from) and the rules that build it (:func:`rules_digest`)."""
    record = plain_record(article)
    record.pop("source", None)
    return hashlib.sha1((rules_digest() + _dump(record)).encode("utf-8")).hexdigest()


def article_rows(ag: ArticleGraph) -> ArticleRows:
    """The database rows of what one article contributes."""
    aid = ag.article.id
    entities = [(e.id, pos, 0, _dump(plain_record(e))) for pos, e in enumerate(ag.entities)]
    known = {e.id for e in ag.entities}
    statements = []
    evidence = []
    ev_pos = 0
    ids = statement_ids(ag.statements)  # hashes of their keys: once, for the rows and the graph
    for pos, (st, (sid, evids)) in enumerate(zip(ag.statements, ids, strict=True)):
        head = {
            "subject_id": st.subject_id,
            "predicate": st.predicate,
            "object_id": st.object_id,
            "object_literal": st.object_literal,
            "negated": st.negated,
        }
        statements.append((sid, pos, st.predicate, st.event_type, st.cameo_code, _dump(head)))
        for ev, evid in zip(st.evidence, evids, strict=True):
            evidence.append(
                (sid, evid, ev.sentence.index, ev.relation_start, ev_pos, _dump(evidence_dict(ev)))
            )
            ev_pos += 1
    # Entities an evidence names without the article contributing them get a stand-in node,
    # as the RDF mapping gives them; a real contribution anywhere wins over a stand-in.
    fallback = len(entities)
    for st in ag.statements:
        for ev in st.evidence:
            for arg in (ev.subject, ev.object):
                if arg.entity_id and arg.entity_id not in known:
                    known.add(arg.entity_id)
                    stand_in = Entity(arg.entity_id, arg.name or arg.text, arg.type or "Other",
                                      actor_code=arg.actor_code, country=arg.country)
                    entities.append((arg.entity_id, fallback, 1, _dump(plain_record(stand_in))))
                    fallback += 1
            for ref in (ev.attributed_to, ev.reported_by):
                if ref and ref.entity_id not in known:
                    known.add(ref.entity_id)
                    stand_in = Entity(ref.entity_id, ref.name)
                    entities.append((ref.entity_id, fallback, 1, _dump(plain_record(stand_in))))
                    fallback += 1
        for eid in (st.subject_id, st.object_id):
            if eid and eid not in known:
                known.add(eid)
                entities.append((eid, fallback, 1, _dump(plain_record(Entity(eid, eid)))))
                fallback += 1
    return ArticleRows(
        article_id=aid,
        digest=article_digest(ag.article),
        article=_dump(plain_record(ag.article)),
        sentences=[(s.index, _dump(plain_record(s))) for s in ag.sentences],
        mentions=[(m.start, m.end, m.entity_id, _dump(plain_record(m))) for m in ag.mentions],
        entities=entities,
        statements=statements,
        evidence=evidence,
        graph=named_graph(ag, ids),
    )


#: The base IRI of the named graphs written with the rows (a build with another base maps
#: the stored records again).
GRAPH_BASE = DEFAULT_BASE


@cache
def _trig() -> tuple[Iris, TrigText]:
    return Iris(GRAPH_BASE), TrigText(GRAPH_BASE)  # TrigText keeps the text of terms (bounded)


def statement_ids(statements: tuple[Statement, ...]) -> list[tuple[str, list[str]]]:
    """(statement id, its evidence ids) of each statement, in order."""
    return [(st.id, [ev.id for ev in st.evidence]) for st in statements]


def named_graph(ag: ArticleGraph, ids: list[tuple[str, list[str]]] | None = None) -> bytes | None:
    """The article's named graph under ``GRAPH_BASE`` as graph.trig holds it (TriG without the
    prefix lines; zlib-compressed), from what the database gives back for the article (see
    :func:`stored_order`); None when a term is no IRI, so that the outputs map the stored
    records and fail as they did. ``ids``: :func:`statement_ids` of its statements, when
    already made."""
    iris, trig = _trig()
    sentences = {s.index: s for s in ag.sentences}  # the last at a position wins, as stored
    mentions = {(m.start, m.end): m for m in ag.mentions}
    if ids is None:
        ids = statement_ids(ag.statements)
    triples = identified_article_triples(ag.article, sentences.values(), mentions.values(),
                                         _identified_order(ag.statements, ids), iris)
    try:
        text = trig.graphs([(iris.article(ag.article.id), triples)])
    except ValueError:
        return None
    return zlib.compress(text.encode("utf-8"), 1)


def graph_text(graph: bytes) -> bytes:
    """The TriG of a stored :func:`named_graph`."""
    return zlib.decompress(graph)


def _stored_position(kept: tuple[int, int, int, Evidence]) -> tuple[int, int, int]:
    return kept[0], kept[1], kept[2]


def stored_order(statements: tuple[Statement, ...]) -> Iterator[tuple[Statement, Evidence]]:
    """(statement, evidence) pairs as ``GraphDatabase.article_parts`` reads them back: by
    statement id, then sentence, relation start and position; evidence repeated in a
    statement kept once (the first); each statement carrying the evidence it pairs with."""
    for _, st, _, ev in _identified_order(statements, statement_ids(statements)):
        yield st, ev


def _identified_order(statements: tuple[Statement, ...],
                      ids: list[tuple[str, list[str]]]) -> Iterator[IdentifiedEvidence]:
    """:func:`stored_order` with the ids of each pair, from ``ids`` (:func:`statement_ids`)."""
    first: dict[str, Statement] = {}
    said: dict[str, dict[str, tuple[int, int, int, Evidence]]] = {}
    pos = 0
    for st, (sid, evids) in zip(statements, ids, strict=True):
        first.setdefault(sid, st)
        kept = said.setdefault(sid, {})
        for ev, evid in zip(st.evidence, evids, strict=True):
            kept.setdefault(evid, (ev.sentence.index, ev.relation_start, pos, ev))
            pos += 1
    for sid in sorted(said):
        kept_here = said[sid]
        ordered = sorted(kept_here.items(), key=lambda item: _stored_position(item[1]))
        evidence = tuple(place[3] for _, place in ordered)
        st = first[sid]
        if st.evidence != evidence:  # (the same objects, usually: compared by identity first)
            st = replace(st, evidence=evidence)
        for (evid, _), ev in zip(ordered, evidence, strict=True):
            yield sid, st, evid, ev

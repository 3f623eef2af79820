"""A KnowledgeGraph as typed row batches: one list of rows per node label and relationship type.

Rows are plain dicts (they travel as the ``$rows`` parameter, become CSV lines or Cypher
literals), typed here with TypedDicts. Keys follow :func:`cypher.row_key`; integer,
float and boolean values are never None, because LadybugDB infers a column's type from
the values of a batch. A literal object is written as the text wrote it
(``rdf.object_text``, as on the RDF side), not as its lower-cased key.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, TypedDict

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.model import Article, Entity, Evidence, Mention, Sentence, Statement, noisy_or, slugify
from graphbuilder.sinks.propertygraph.cypher import FACT_COPIES, relationship_type
from graphbuilder.sinks.rdf import object_text

Row = dict[str, Any]


class ArticleRow(TypedDict):
    id: str
    url: str | None
    title: str | None
    published: str | None
    publisher: str | None
    source: str | None


class SentenceRow(TypedDict):
    id: str
    article_id: str
    index_: int
    start_: int
    end_: int
    text: str


class EntityRow(TypedDict):
    id: str
    name: str
    type: str
    aliases: list[str]
    actor_code: str | None
    country: str | None
    gazetteer_id: str | None
    local_to: str | None


class StatementRow(TypedDict):
    id: str
    predicate: str
    relationship_type: str | None
    event_type: str | None
    cameo_code: str | None
    negated: bool
    modality: str
    object_literal: str | None
    date: str | None
    confidence: float
    evidence_count: int
    first_seen: str | None
    last_seen: str | None


class LinkRow(TypedDict):
    start_id: str
    end_id: str


class MentionRow(LinkRow):
    start_: int
    end_: int
    text: str


class EvidenceRow(LinkRow):
    id: str
    article_id: str
    relation_text: str
    relation_start: int
    relation_end: int
    subject_text: str
    subject_start: int
    subject_end: int
    object_text: str
    object_start: int
    object_end: int
    negated: bool
    modality: str | None
    attributed_to: str | None
    reported_by: str | None
    date: str | None
    setting: list[str]
    seen: str | None
    confidence: float
    extractor: str


class FactRow(LinkRow):
    statement_id: str


class IdRow(TypedDict):
    id: str


@dataclass
class GraphRows:
    """Everything one load writes, grouped by label / relationship type, in a stable order."""

    nodes: dict[str, list[Any]] = field(default_factory=dict)  # label -> rows
    relationships: dict[str, list[Any]] = field(default_factory=dict)  # structural type -> rows
    statement_ids: list[Any] = field(default_factory=list)  # IdRow
    facts: dict[str, list[Any]] = field(default_factory=dict)  # fact type -> FactRow rows

    def row_count(self) -> int:
        return (
            sum(len(r) for r in self.nodes.values())
            + sum(len(r) for r in self.relationships.values())
            + sum(len(r) for r in self.facts.values())
        )


def graph_rows(kg: KnowledgeGraph) -> GraphRows:
    """The rows that put ``kg`` into a property graph (DESIGN.md's shape)."""
    published = {a.id: (a.published or "")[:10] or None for a in kg.articles.values()}
    # a statement's id is a hash of its key: computed once here, not in every row that names it
    keyed = sorted(((st.id, st) for st in kg.statements.values()), key=lambda pair: pair[0])
    return assemble(
        sorted(kg.articles.values(), key=lambda a: a.id),
        sorted(kg.sentences.values(), key=lambda s: (s.article_id, s.index)),
        sorted(kg.mentions.values(), key=lambda m: (m.article_id, m.start, m.end)),
        _entity_rows(kg, [st for _, st in keyed]),
        keyed,
        published,
    )


def assemble(
    articles: Iterable[Article],
    sentences: Iterable[Sentence],
    mentions: Iterable[Mention],
    entities: list[EntityRow],
    keyed: list[tuple[str, Statement]],
    published: dict[str, str | None],
) -> GraphRows:
    """The rows of these nodes and what hangs off them: an article's sentences and mentions,
    a statement's evidence, facts and links to its entities, an entity's names. Each
    argument in the order of its rows; ``keyed`` pairs statements with their ids;
    ``published`` holds the publication date (``YYYY-MM-DD``) of every article an evidence
    comes from."""
    sentences = list(sentences)
    rows = GraphRows()
    rows.nodes["Article"] = [
        ArticleRow(
            id=a.id, url=a.url, title=a.title, published=a.published, publisher=a.publisher, source=a.source
        )
        for a in articles
    ]
    rows.nodes["Sentence"] = [
        SentenceRow(id=s.id, article_id=s.article_id, index_=s.index, start_=s.start, end_=s.end, text=s.text)
        for s in sentences
    ]
    rows.nodes["Entity"] = entities
    rows.nodes["Statement"] = [statement_row(st, published, sid) for sid, st in keyed]

    rows.relationships["HAS_SENTENCE"] = [LinkRow(start_id=s.article_id, end_id=s.id) for s in sentences]
    rows.relationships["MENTIONS"] = [
        MentionRow(
            start_id=f"{m.article_id}#s{m.sentence_index}",
            end_id=m.entity_id,
            start_=m.start,
            end_=m.end,
            text=m.text,
        )
        for m in mentions
    ]
    rows.relationships["SUBJECT"] = [LinkRow(start_id=sid, end_id=st.subject_id) for sid, st in keyed]
    rows.relationships["OBJECT"] = [
        LinkRow(start_id=sid, end_id=st.object_id) for sid, st in keyed if st.object_id is not None
    ]
    rows.relationships["EVIDENCE"] = [
        evidence_row(st, ev, published, sid) for sid, st in keyed for ev in st.evidence
    ]
    rows.relationships["ATTRIBUTED_TO"] = _unique_links(
        (sid, ev.attributed_to.entity_id) for sid, st in keyed for ev in st.evidence if ev.attributed_to
    )
    rows.relationships["REPORTED_BY"] = _unique_links(
        (sid, ev.reported_by.entity_id) for sid, st in keyed for ev in st.evidence if ev.reported_by
    )
    names = sorted({(name_key(n), e["id"]) for e in entities for n in (e["name"], *e["aliases"]) if n})
    rows.nodes["Name"] = [IdRow(id=k) for k in sorted({k for k, _ in names})]
    rows.relationships["NAMES"] = [LinkRow(start_id=k, end_id=entity) for k, entity in names]
    rows.statement_ids = [IdRow(id=sid) for sid, st in keyed if st.evidence]
    for sid, st in keyed:
        if st.object_id is not None:
            rows.facts.setdefault(relationship_type(st.predicate), []).append(
                FactRow(start_id=st.subject_id, end_id=st.object_id, statement_id=sid)
            )
    rows.facts = dict(sorted(rows.facts.items()))
    return rows


def name_key(name: str) -> str:
    """The look-up key of a name or alias: lower-cased (the RDF side's ``gb:key`` too)."""
    return name.lower()


def statement_row(st: Statement, published: dict[str, str | None], sid: str | None = None) -> StatementRow:
    """The Statement node's row (``sid``: its id, when the caller has it already)."""
    seen = sorted(s for s in (_seen(ev, published) for ev in st.evidence) if s)
    return StatementRow(
        id=sid or st.id,
        predicate=st.predicate,
        relationship_type=relationship_type(st.predicate) if st.object_id is not None else None,
        event_type=st.event_type,
        cameo_code=st.cameo_code,
        negated=bool(st.negated),
        modality=st.modality,
        # the literal as the text wrote it (the RDF side's too); the statement id keeps the key
        object_literal=object_text(st) if st.object_literal is not None else None,
        date=st.date,
        confidence=float(st.confidence),
        evidence_count=len(st.evidence),
        first_seen=seen[0] if seen else None,
        last_seen=seen[-1] if seen else None,
    )


def evidence_row(
    st: Statement, ev: Evidence, published: dict[str, str | None], sid: str | None = None
) -> EvidenceRow:
    """The EVIDENCE relationship's row (``sid``: the statement's id, when the caller has it)."""
    return EvidenceRow(
        start_id=sid or st.id,
        end_id=ev.sentence.id,
        id=ev.id,
        article_id=ev.article_id,
        relation_text=ev.relation_text,
        relation_start=int(ev.relation_start),
        relation_end=int(ev.relation_end),
        subject_text=ev.subject.text,
        subject_start=int(ev.subject.start),
        subject_end=int(ev.subject.end),
        object_text=ev.object.text,
        object_start=int(ev.object.start),
        object_end=int(ev.object.end),
        negated=bool(ev.negated),
        modality=ev.modality,
        attributed_to=ev.attributed_to.name if ev.attributed_to else None,
        reported_by=ev.reported_by.name if ev.reported_by else None,
        date=ev.date,
        setting=list(ev.setting),
        seen=_seen(ev, published),
        confidence=float(ev.confidence),
        extractor=ev.extractor,
    )


def _seen(ev: Evidence, published: dict[str, str | None]) -> str | None:
    """When the fact was seen: the event date, else the article's publication date."""
    return ev.date or published.get(ev.article_id)


def _entity_rows(kg: KnowledgeGraph, statements: list[Statement]) -> list[EntityRow]:
    """Every entity of the graph, plus any one a statement refers to without an Entity record."""
    entities = dict(kg.entities)
    for st in statements:
        for ev in st.evidence:
            for arg in (ev.subject, ev.object):
                if arg.entity_id and arg.entity_id not in entities:
                    entities[arg.entity_id] = Entity(arg.entity_id, arg.name or arg.text, arg.type or "Other")
            for ref in (ev.attributed_to, ev.reported_by):
                if ref and ref.entity_id not in entities:
                    entities[ref.entity_id] = Entity(ref.entity_id, ref.name)
    for m in kg.mentions.values():
        if m.entity_id not in entities:
            entities[m.entity_id] = Entity(m.entity_id, m.text)
    local = _article_local(kg, statements)
    return [entity_row(e, local.get(e.id)) for e in sorted(entities.values(), key=lambda e: e.id)]


def entity_row(e: Entity, local_to: str | None) -> EntityRow:
    """The Entity node's row (``local_to``: the one article an article-local entity belongs to)."""
    return EntityRow(
        id=e.id,
        name=e.name,
        type=e.type,
        aliases=sorted(e.aliases),
        actor_code=e.actor_code,
        country=e.country,
        gazetteer_id=e.gazetteer_id,
        local_to=local_to,
    )


def is_article_local(entity_id: str, article_id: str) -> bool:
    """Whether an entity seen in one article only is local to it: its id is made from the
    article's (``<article-slug>-<name>...``: an unresolved pronoun, "the spokesman")."""
    return entity_id.startswith(slugify(article_id) + "-")


def _article_local(kg: KnowledgeGraph, statements: list[Statement]) -> dict[str, str]:
    """Entity id -> article id, for entities the resolver made local to one article.

    Such an entity (an unresolved pronoun, "the spokesman") has an id made from its
    article's id (``<article-slug>-<name>...``) and appears in that article only.
    """
    articles: dict[str, set[str]] = {}
    for m in kg.mentions.values():
        articles.setdefault(m.entity_id, set()).add(m.article_id)
    for st in statements:
        for ev in st.evidence:
            for arg in (ev.subject, ev.object):
                if arg.entity_id:
                    articles.setdefault(arg.entity_id, set()).add(ev.article_id)
    out = {}
    for entity_id, seen_in in articles.items():
        if len(seen_in) == 1:
            (article_id,) = seen_in
            if is_article_local(entity_id, article_id):
                out[entity_id] = article_id
    return out


def _unique_links(pairs: Iterator[tuple[str, str]]) -> list[LinkRow]:
    return [LinkRow(start_id=s, end_id=e) for s, e in sorted(set(pairs))]


# A Statement with no EVIDENCE: the MERGE plan never computes these, so they stay NULL.
NO_EVIDENCE: dict[str, Any] = {
    "evidence_count": None,
    "first_seen": None,
    "last_seen": None,
    "date": None,
    "confidence": None,
}


def statement_aggregates(rows: GraphRows) -> dict[str, dict[str, Any]]:
    """Per statement id, what ``cypher.aggregate_statements`` computes from its EVIDENCE rows."""
    evidence: dict[str, list[Row]] = {}
    seen_keys: set[tuple[str, str, str]] = set()
    for ev in rows.relationships.get("EVIDENCE", []):
        key = (ev["start_id"], ev["end_id"], ev["id"])
        if key not in seen_keys:  # the MERGE plan keeps one relationship per key
            seen_keys.add(key)
            evidence.setdefault(ev["start_id"], []).append(ev)
    out = {}
    for sid, evs in evidence.items():
        seen = [e["seen"] for e in evs if e["seen"] is not None]
        dates = [e["date"] for e in evs if e["date"] is not None]
        out[sid] = {
            "evidence_count": len(evs),
            "first_seen": min(seen) if seen else None,
            "last_seen": max(seen) if seen else None,
            "date": min(dates) if dates else None,
            "confidence": noisy_or(e["confidence"] for e in evs),
        }
    return out


def fact_copies(rows: GraphRows) -> Iterator[tuple[str, Row, list[Any]]]:
    """Each fact of ``rows`` as (relationship type, fact, the properties it copies from its
    Statement, in the order of ``cypher.FACT_COPIES``)."""
    statements = {r["id"]: r for r in rows.nodes.get("Statement", [])}
    for rel_type, facts in rows.facts.items():
        for fact in facts:
            yield rel_type, fact, [statements[fact["statement_id"]][name] for name in FACT_COPIES]


def add_totals(rows: GraphRows) -> None:
    """Set each Statement row's totals (:func:`statement_aggregates`, :data:`NO_EVIDENCE` for a
    statement without any) in place, for a COPY or a plan that sets them from the rows
    (``exact``) rather than computing them in the store: when the rows hold every evidence of
    their statements, these are the values the store would compute."""
    totals = statement_aggregates(rows)
    for row in rows.nodes.get("Statement", []):
        row.update(totals.get(row["id"], NO_EVIDENCE))


def batches(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    """``rows`` in consecutive batches of at most ``size``; nothing at all for no rows."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    source = iter(rows)
    while batch := list(islice(source, size)):
        yield batch

"""RDF view of a KnowledgeGraph: the vocabulary terms and the mapping to quads.

Layout of the dataset (documented for users in ``ontologies/graphbuilder.ttl``):

* **One named graph per article**, named by the article's IRI. It holds everything that
  article contributed and nothing else: the article (``schema:NewsArticle`` with url,
  headline, datePublished, publisher), its text as a ``nif:Context``, its sentences
  (``nif:Sentence`` with offsets), entity mentions (``nif:Phrase`` + ``itsrdf:taIdentRef``),
  one ``gb:Evidence`` node per supporting sentence (offsets of subject / relation / object,
  negation, modality, attribution, reporting outlet, date, confidence, extractor,
  ``prov:wasDerivedFrom`` the sentence), the link ``?statement gb:hasEvidence ?evidence``,
  and the **direct triples** (``ent:donald-trump rel:appealed_to ent:vladimir-putin``) of
  the statements it supports. Negated statements get no direct triple: a direct triple
  asserts the fact. Rebuilding an article replaces this graph.
* **The default graph** holds what spans articles: entities (schema.org types, names,
  aliases, CAMEO codes), relation properties, and statement nodes (``gb:Statement``,
  an ``rdf:Statement`` reification of the direct triple) with predicate, negation, event
  type, CAMEO code, earliest date, confidence over all evidence, evidence count and
  ``prov:wasDerivedFrom`` each supporting article. It is recomputed from the whole graph.

The vocabulary namespace is fixed; instance IRIs live under a configurable base.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SDO, DefinedNamespace

from graphbuilder.model import (
    Argument,
    Article,
    Entity,
    EntityRef,
    Evidence,
    Mention,
    Sentence,
    Statement,
    slugify,
)

if TYPE_CHECKING:
    from graphbuilder.graph import KnowledgeGraph

DEFAULT_BASE = "https://graphbuilder.example.org/"
VOCABULARY_IRI = "https://graphbuilder.example.org/ontology#"


class GB(DefinedNamespace):
    """The graphbuilder vocabulary (``ontologies/graphbuilder.ttl``)."""

    _NS = Namespace(VOCABULARY_IRI)
    _fail = True

    # classes
    Entity: URIRef
    Group: URIRef
    Statement: URIRef
    Evidence: URIRef
    Relation: URIRef
    # entity properties
    entityId: URIRef
    actorCode: URIRef
    country: URIRef
    gazetteerId: URIRef
    # article and text properties
    articleId: URIRef
    context: URIRef
    sentenceIndex: URIRef
    # statement properties
    statementId: URIRef
    predicate: URIRef
    relatedTo: URIRef
    negated: URIRef
    eventType: URIRef
    cameoCode: URIRef
    date: URIRef
    confidence: URIRef
    evidenceCount: URIRef
    hasEvidence: URIRef
    # evidence properties
    sentence: URIRef
    subjectSpan: URIRef
    relationSpan: URIRef
    objectSpan: URIRef
    modality: URIRef
    attributedTo: URIRef
    reportedBy: URIRef
    extractor: URIRef


class NIF(DefinedNamespace):
    """The NIF 2.0 Core terms graphbuilder uses for text, sentences and offsets."""

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True

    Context: URIRef
    Sentence: URIRef
    Phrase: URIRef
    isString: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    referenceContext: URIRef
    sentence: URIRef


class ITSRDF(DefinedNamespace):
    """The ITS 2.0 term NIF uses to link a phrase to the entity it denotes."""

    _NS = Namespace("http://www.w3.org/2005/11/its/rdf#")
    _fail = True

    taIdentRef: URIRef


#: Entity type -> schema.org (or gb:) class; every entity is also a gb:Entity.
ENTITY_CLASSES: dict[str, URIRef] = {
    "Person": SDO.Person,
    "Organization": SDO.Organization,
    "Place": SDO.Place,
    "Event": SDO.Event,
    "Group": GB.Group,
}

_PREDICATE = re.compile(r"^[a-z][a-z0-9_]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")

Triple = tuple[URIRef, URIRef, URIRef | Literal]


class Iris:
    """Mints instance IRIs under one base; ids are percent-encoded, never trusted raw."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        if not re.match(r"^https?://[^\s<>\"{}|\\^`]+$", base):
            raise ValueError(f"base IRI must be an http(s) IRI, got {base!r}")
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.rel = Namespace(self.base + "rel/")
        self.ent = Namespace(self.base + "entity/")

    def entity(self, entity_id: str) -> URIRef:
        return URIRef(self.ent + _segment(entity_id))

    def article(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}article/{_segment(article_id)}")

    def context(self, article_id: str) -> URIRef:
        return URIRef(f"{self.article(article_id)}#context")

    def span(self, article_id: str, start: int, end: int) -> URIRef:
        """An RFC 5147 character span of the article text (the NIF URI scheme)."""
        return URIRef(f"{self.article(article_id)}#char={start},{end}")

    def statement(self, statement_id: str) -> URIRef:
        return URIRef(f"{self.base}statement/{_segment(statement_id)}")

    def evidence(self, evidence_id: str) -> URIRef:
        return URIRef(f"{self.base}evidence/{_segment(evidence_id)}")

    def relation(self, predicate: str) -> URIRef:
        name = predicate if _PREDICATE.match(predicate) else slugify(predicate).replace("-", "_")
        return URIRef(self.rel + name)

    def publisher(self, name: str) -> URIRef:
        return URIRef(f"{self.base}publisher/{slugify(name)}")


def _segment(identifier: str) -> str:
    return quote(identifier, safe="-._~")


def prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """Prefix -> namespace for serialisations and query pages."""
    iris = Iris(base)
    return {
        "gb": VOCABULARY_IRI,
        "rel": str(iris.rel),
        "ent": str(iris.ent),
        "schema": str(SDO),
        "prov": str(PROV),
        "nif": str(NIF._NS),
        "itsrdf": str(ITSRDF._NS),
        "rdf": str(RDF),
        "rdfs": str(RDFS),
        "xsd": str(XSD),
    }


def date_literal(value: str) -> Literal:
    """An ISO date as xsd:date / dateTime / gYearMonth / gYear; anything else (an ISO week
    such as 2025-W12, which XSD lacks) as a plain string."""
    v = value.strip()
    for pattern, datatype in ((_DATE, XSD.date), (_DATETIME, XSD.dateTime), (_YEAR_MONTH, XSD.gYearMonth),
                              (_YEAR, XSD.gYear)):
        if pattern.match(v):
            return Literal(v, datatype=datatype)
    return Literal(v)


def _count(n: int) -> Literal:
    return Literal(str(n), datatype=XSD.nonNegativeInteger)


def _confidence(x: float) -> Literal:
    return Literal(Decimal(str(round(float(x), 4))), datatype=XSD.decimal)


def _iri_or_none(url: str) -> URIRef | None:
    cleaned = quote(url.strip(), safe=":/?#[]@!$&'()*+,;=%~-._")
    return URIRef(cleaned) if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$", cleaned) else None


# --- the mapping -------------------------------------------------------------------------


def default_graph_triples(kg: KnowledgeGraph, iris: Iris) -> Iterator[Triple]:
    """Entities, relation properties and statement nodes (cross-article facts)."""
    entities = dict(kg.entities)
    for st in kg.statements.values():  # arguments whose entity is missing still get a node
        for ev in st.evidence:
            for arg in (ev.subject, ev.object):
                if arg.entity_id and arg.entity_id not in entities:
                    entities[arg.entity_id] = _entity_from_argument(arg)
            for ref in (ev.attributed_to, ev.reported_by):
                if ref and ref.entity_id not in entities:
                    entities[ref.entity_id] = _entity_from_ref(ref)
        if st.subject_id not in entities:
            entities[st.subject_id] = Entity(st.subject_id, st.subject_id)
        if st.object_id and st.object_id not in entities:
            entities[st.object_id] = Entity(st.object_id, st.object_id)
    for e in sorted(entities.values(), key=lambda e: e.id):
        yield from entity_triples(e, iris)
    for predicate in sorted({st.predicate for st in kg.statements.values()}):
        rel = iris.relation(predicate)
        yield rel, RDF.type, RDF.Property
        yield rel, RDF.type, GB.Relation
        yield rel, RDFS.subPropertyOf, GB.relatedTo
        yield rel, RDFS.label, Literal(predicate.replace("_", " "))
        yield rel, GB.predicate, Literal(predicate)
    for st in sorted(kg.statements.values(), key=lambda s: s.id):
        yield from statement_triples(st, iris)


def entity_triples(e: Entity, iris: Iris) -> Iterator[Triple]:
    node = iris.entity(e.id)
    yield node, RDF.type, GB.Entity
    if e.type in ENTITY_CLASSES:
        yield node, RDF.type, ENTITY_CLASSES[e.type]
    yield node, GB.entityId, Literal(e.id)
    yield node, SDO.name, Literal(e.name)
    yield node, RDFS.label, Literal(e.name)
    for alias in sorted(set(e.aliases) - {e.name}):
        yield node, SDO.alternateName, Literal(alias)
    if e.actor_code:
        yield node, GB.actorCode, Literal(e.actor_code)
    if e.country:
        yield node, GB.country, Literal(e.country)
    if e.gazetteer_id:
        yield node, GB.gazetteerId, Literal(e.gazetteer_id)


def statement_triples(st: Statement, iris: Iris) -> Iterator[Triple]:
    node = iris.statement(st.id)
    yield node, RDF.type, GB.Statement
    yield node, RDF.type, RDF.Statement
    yield node, GB.statementId, Literal(st.id)
    yield node, RDF.subject, iris.entity(st.subject_id)
    yield node, RDF.predicate, iris.relation(st.predicate)
    yield node, RDF.object, _object_term(st, iris)
    yield node, GB.predicate, Literal(st.predicate)
    yield node, GB.negated, Literal(st.negated)
    if st.event_type:
        yield node, GB.eventType, Literal(st.event_type)
    if st.cameo_code:
        yield node, GB.cameoCode, Literal(st.cameo_code)
    if st.date:
        yield node, GB.date, date_literal(st.date)
    yield node, GB.confidence, _confidence(st.confidence)
    yield node, GB.evidenceCount, _count(len(st.evidence))
    for article_id in sorted({ev.article_id for ev in st.evidence}):
        yield node, PROV.wasDerivedFrom, iris.article(article_id)


def _object_term(st: Statement, iris: Iris) -> URIRef | Literal:
    if st.object_id is not None:
        return iris.entity(st.object_id)
    return Literal(st.object_literal or "")


def article_graph_triples(
    article: Article,
    sentences: Iterable[Sentence],
    mentions: Iterable[Mention],
    evidence: Iterable[tuple[Statement, Evidence]],
    iris: Iris,
) -> Iterator[Triple]:
    """Everything one article contributed (its named graph)."""
    a = iris.article(article.id)
    ctx = iris.context(article.id)
    yield a, RDF.type, SDO.NewsArticle
    yield a, GB.articleId, Literal(article.id)
    yield a, GB.context, ctx
    if article.title:
        yield a, SDO.headline, Literal(article.title)
    if article.url and (url := _iri_or_none(article.url)) is not None:
        yield a, SDO.url, url
    if article.published:
        yield a, SDO.datePublished, date_literal(article.published)
    if article.publisher:
        pub = iris.publisher(article.publisher)
        yield a, SDO.publisher, pub
        yield pub, RDF.type, SDO.Organization
        yield pub, SDO.name, Literal(article.publisher)
    yield ctx, RDF.type, NIF.Context
    yield ctx, NIF.isString, Literal(article.text)
    yield ctx, NIF.beginIndex, _count(0)
    yield ctx, NIF.endIndex, _count(len(article.text))

    sentence_nodes: dict[int, URIRef] = {}
    for s in sorted(sentences, key=lambda s: s.index):
        node = iris.span(article.id, s.start, s.end)
        sentence_nodes[s.index] = node
        yield node, RDF.type, NIF.Sentence
        yield from _span(node, ctx, s.text, s.start, s.end)
        yield node, GB.sentenceIndex, _count(s.index)

    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        node = iris.span(article.id, m.start, m.end)
        yield node, RDF.type, NIF.Phrase
        yield from _span(node, ctx, m.text, m.start, m.end)
        yield node, ITSRDF.taIdentRef, iris.entity(m.entity_id)
        if m.sentence_index in sentence_nodes:
            yield node, NIF.sentence, sentence_nodes[m.sentence_index]

    direct: set[tuple[URIRef, URIRef, URIRef | Literal]] = set()
    for st, ev in evidence:
        st_node = iris.statement(st.id)
        ev_node = iris.evidence(ev.id)
        sent = ev.sentence
        sent_node = sentence_nodes.get(sent.index) or iris.span(article.id, sent.start, sent.end)
        if sent.index not in sentence_nodes:  # evidence from a sentence not listed: describe it
            sentence_nodes[sent.index] = sent_node
            yield sent_node, RDF.type, NIF.Sentence
            yield from _span(sent_node, ctx, sent.text, sent.start, sent.end)
            yield sent_node, GB.sentenceIndex, _count(sent.index)
        yield st_node, GB.hasEvidence, ev_node
        yield ev_node, RDF.type, GB.Evidence
        yield ev_node, PROV.wasDerivedFrom, sent_node
        yield ev_node, GB.sentence, sent_node
        for prop, text, start, end in (
            (GB.subjectSpan, ev.subject.text, ev.subject.start, ev.subject.end),
            (GB.relationSpan, ev.relation_text, ev.relation_start, ev.relation_end),
            (GB.objectSpan, ev.object.text, ev.object.start, ev.object.end),
        ):
            span = iris.span(article.id, start, end)
            yield ev_node, prop, span
            yield span, RDF.type, NIF.Phrase
            yield from _span(span, ctx, text, start, end)
            yield span, NIF.sentence, sent_node
        yield ev_node, GB.negated, Literal(ev.negated)
        if ev.modality:
            yield ev_node, GB.modality, Literal(ev.modality)
        if ev.attributed_to:
            yield ev_node, GB.attributedTo, iris.entity(ev.attributed_to.entity_id)
        if ev.reported_by:
            yield ev_node, GB.reportedBy, iris.entity(ev.reported_by.entity_id)
        if ev.date:
            yield ev_node, GB.date, date_literal(ev.date)
        yield ev_node, GB.confidence, _confidence(ev.confidence)
        yield ev_node, GB.extractor, Literal(ev.extractor)
        if not st.negated:
            direct.add((iris.entity(st.subject_id), iris.relation(st.predicate), _object_term(st, iris)))
    yield from sorted(direct)


def _span(node: URIRef, ctx: URIRef, text: str, start: int, end: int) -> Iterator[Triple]:
    yield node, NIF.referenceContext, ctx
    yield node, NIF.anchorOf, Literal(text)
    yield node, NIF.beginIndex, _count(start)
    yield node, NIF.endIndex, _count(end)


def _entity_from_argument(arg: Argument) -> Entity:
    assert arg.entity_id is not None
    return Entity(arg.entity_id, arg.name or arg.text, arg.type or "Other", actor_code=arg.actor_code,
                  country=arg.country)


def _entity_from_ref(ref: EntityRef) -> Entity:
    return Entity(ref.entity_id, ref.name)


def iter_graphs(
    kg: KnowledgeGraph, base: str = DEFAULT_BASE
) -> Iterator[tuple[URIRef | None, Iterator[Triple]]]:
    """(graph name, its triples): the default graph (name None) first, then one per article."""
    iris = Iris(base)
    sentences: dict[str, list[Sentence]] = defaultdict(list)
    for s in kg.sentences.values():
        sentences[s.article_id].append(s)
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for m in kg.mentions.values():
        mentions[m.article_id].append(m)
    evidence: dict[str, list[tuple[Statement, Evidence]]] = defaultdict(list)
    for st, ev in kg.evidence():
        evidence[ev.article_id].append((st, ev))
    yield None, default_graph_triples(kg, iris)
    for article in sorted(kg.articles.values(), key=lambda a: a.id):
        yield iris.article(article.id), article_graph_triples(
            article, sentences[article.id], mentions[article.id], evidence[article.id], iris
        )


def to_dataset(kg: KnowledgeGraph, base: str = DEFAULT_BASE) -> Dataset:
    """An rdflib Dataset: one named graph per article plus the default graph (see module doc)."""
    ds = Dataset()
    for prefix, ns in prefixes(base).items():
        ds.bind(prefix, ns)
    for name, triples in iter_graphs(kg, base):
        graph = ds.default_graph if name is None else ds.graph(name)
        for triple in triples:
            graph.add(triple)
    return ds

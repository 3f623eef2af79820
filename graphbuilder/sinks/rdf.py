"""RDF view of a KnowledgeGraph: the vocabulary terms and the mapping to quads.

Layout of the dataset (documented for users in ``ontologies/graphbuilder.ttl``, each kind
of quad and why it is there in ``ontologies/README.md``):

* **One named graph per article**, named by the article's IRI. It holds everything that
  article contributed and nothing else: the article (``schema:NewsArticle`` with url,
  headline, datePublished, publisher), its text as a ``nif:Context``, its sentences
  (``nif:Sentence`` with offsets), entity mentions (``nif:anchorOf`` + ``nif:beginIndex`` +
  ``itsrdf:taIdentRef``), one evidence node per supporting sentence (surface text of
  subject / relation / object, the relation's offsets, modality, attribution, reporting
  outlet, date, its setting (the phrases on the verb that set the act's circumstances, mostly
  time and place), confidence, its ``gb:sentence``),
  the link ``?statement gb:hasEvidence ?evidence``, and the **direct triples**
  (``ent:donald-trump rel:appealed_to ent:vladimir-putin``) of the statements it supports.
  Negated statements get no direct triple: a direct triple asserts the fact. Rebuilding an
  article replaces this graph.
* **The default graph** holds what spans articles: entities (schema.org types, names,
  aliases, look-up keys, CAMEO codes; ``gb:LocalEntity`` for one local to its article),
  relation properties, and statement nodes (``gb:Statement``, an ``rdf:Statement``
  reification of the direct triple) with modality, event type, CAMEO code, earliest date,
  confidence over all evidence and evidence count. It is recomputed from the whole graph.

The vocabulary namespace is fixed; instance IRIs live under a configurable base.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
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
    normalise_literal,
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
    LocalEntity: URIRef
    Group: URIRef
    Statement: URIRef
    Evidence: URIRef
    Relation: URIRef
    # entity properties
    key: URIRef
    actorCode: URIRef
    country: URIRef
    gazetteerId: URIRef
    # article and text properties
    articleId: URIRef
    context: URIRef
    sentenceIndex: URIRef
    # statement properties
    predicate: URIRef
    relatedTo: URIRef
    eventType: URIRef
    cameoCode: URIRef
    date: URIRef
    confidence: URIRef
    evidenceCount: URIRef
    hasEvidence: URIRef
    negates: URIRef
    # evidence properties
    sentence: URIRef
    subjectText: URIRef
    relationText: URIRef
    relationStart: URIRef
    relationEnd: URIRef
    objectText: URIRef
    modality: URIRef
    attributedTo: URIRef
    reportedBy: URIRef
    setting: URIRef
    extractor: URIRef
    # connection counts (``sinks.connections``)
    countedModality: URIRef
    connectionRank: URIRef
    statementCount: URIRef
    partnerCount: URIRef


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

# --- plain terms ---------------------------------------------------------------------------
#
# The mapping below is written once, over plain terms: an IRI is a ``str`` and a literal is
# a ``(lexical form, datatype IRI or None)`` tuple, its lexical form already the canonical
# one rdflib would give it. ``to_dataset`` turns them into rdflib terms, ``sinks.
# oxigraph_store`` into Oxigraph terms; neither edge changes what a term says, so both hold
# the same quads (pinned by tests/sinks/test_rdf.py).

Lit = tuple[str, str | None]
Term = str | Lit
Triple = tuple[str, str, Term]


class _Terms:
    """The IRIs of some namespace terms as plain strings (fast attribute lookups)."""

    def __init__(self, namespace: type[DefinedNamespace] | Namespace, names: Iterable[str]) -> None:
        for name in names:
            setattr(self, name, str(getattr(namespace, name)))

    def __getattr__(self, name: str) -> str:  # only reached for a term not listed
        raise AttributeError(f"no term {name!r} here")


_rdf = _Terms(RDF, ("type", "Property", "Statement", "subject", "predicate", "object"))
_rdfs = _Terms(RDFS, ("label", "subPropertyOf"))
_xsd = _Terms(XSD, ("nonNegativeInteger", "decimal", "boolean", "date", "dateTime", "gYearMonth", "gYear"))
_sdo = _Terms(SDO, ("name", "alternateName", "NewsArticle", "headline", "url", "datePublished", "publisher",
                    "Organization"))
_gb = _Terms(GB, GB.__annotations__)
_nif = _Terms(NIF, NIF.__annotations__)
_its = _Terms(ITSRDF, ITSRDF.__annotations__)
_ENTITY_CLASS_IRIS = {kind: str(cls) for kind, cls in ENTITY_CLASSES.items()}


def _lit(text: str) -> Lit:
    return (text, None)


class Iris:
    """Mints instance IRIs under one base; ids are percent-encoded, never trusted raw."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        if not re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", base):
            raise ValueError(f"base IRI must be an http(s) IRI, got {base!r}")
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.rel = self.base + "rel/"
        self.ent = self.base + "entity/"
        self._entities: dict[str, str] = {}
        self._relations: dict[str, str] = {}

    def entity(self, entity_id: str) -> str:
        iri = self._entities.get(entity_id)
        if iri is None:
            iri = self._entities[entity_id] = self.ent + _segment(entity_id)
        return iri

    def article(self, article_id: str) -> str:
        return f"{self.base}article/{_segment(article_id)}"

    def context(self, article_id: str) -> str:
        return f"{self.article(article_id)}#context"

    def span(self, article_id: str, start: int, end: int) -> str:
        """An RFC 5147 character span of the article text (the NIF URI scheme)."""
        return f"{self.article(article_id)}#char={start},{end}"

    def statement(self, statement_id: str) -> str:
        return f"{self.base}statement/{_segment(statement_id)}"

    def evidence(self, evidence_id: str) -> str:
        return f"{self.base}evidence/{_segment(evidence_id)}"

    def relation(self, predicate: str) -> str:
        iri = self._relations.get(predicate)
        if iri is None:
            name = predicate if _PREDICATE.fullmatch(predicate) else slugify(predicate).replace("-", "_")
            iri = self._relations[predicate] = self.rel + name
        return iri

    def publisher(self, name: str) -> str:
        return f"{self.base}publisher/{slugify(name)}"


_SAFE_SEGMENT = re.compile(r"[A-Za-z0-9._~-]*")


def _segment(identifier: str) -> str:
    return identifier if _SAFE_SEGMENT.fullmatch(identifier) else quote(identifier, safe="-._~")


def prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """Prefix -> namespace for serialisations and query pages."""
    iris = Iris(base)
    return {
        "gb": VOCABULARY_IRI,
        "rel": iris.rel,
        "ent": iris.ent,
        "schema": str(SDO),
        "prov": str(PROV),
        "nif": str(NIF._NS),
        "itsrdf": str(ITSRDF._NS),
        "rdf": str(RDF),
        "rdfs": str(RDFS),
        "xsd": str(XSD),
    }


@lru_cache(maxsize=4096)
def date_literal(value: str) -> Lit:
    """An ISO date as xsd:date / dateTime / gYearMonth / gYear; anything else (an ISO week
    such as 2025-W12, which XSD lacks) as a plain string. The lexical form is rdflib's
    canonical one (a dateTime's ``Z`` becomes ``+00:00``)."""
    v = value.strip()
    for pattern, datatype in ((_DATE, _xsd.date), (_DATETIME, _xsd.dateTime), (_YEAR_MONTH, _xsd.gYearMonth),
                              (_YEAR, _xsd.gYear)):
        if pattern.match(v):
            return (str(Literal(v, datatype=URIRef(datatype))), datatype)
    return (v, None)


def _count(n: int) -> Lit:
    return (str(n), _xsd.nonNegativeInteger)


@lru_cache(maxsize=65536)
def _confidence(x: float) -> Lit:
    lexical = str(Literal(Decimal(str(round(float(x), 4))), datatype=XSD.decimal))
    return (lexical, _xsd.decimal)


def _iri_or_none(url: str) -> str | None:
    cleaned = quote(url.strip(), safe=":/?#[]@!$&'()*+,;=%~-._")
    return cleaned if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$", cleaned) else None


# --- the mapping -------------------------------------------------------------------------


def default_graph_triples(kg: KnowledgeGraph, iris: Iris) -> Iterator[Triple]:
    """Entities, relation properties and statement nodes (cross-article facts)."""
    local = LocalEntities(kg.articles)
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
        yield from entity_triples(e, iris, local(e.id))
    for predicate in sorted({st.predicate for st in kg.statements.values()}):
        yield from relation_triples(predicate, iris)
    for st in sorted(kg.statements.values(), key=lambda s: s.id):
        yield from statement_triples(st, iris)


def relation_triples(predicate: str, iris: Iris) -> Iterator[Triple]:
    """The relation property of one predicate (default graph)."""
    rel = iris.relation(predicate)
    yield rel, _rdf.type, _gb.Relation
    yield rel, _rdfs.subPropertyOf, _gb.relatedTo
    yield rel, _gb.predicate, _lit(predicate)


class LocalEntities:
    """Tells the entities the resolver made local to one article ("he" unresolved, "the
    spokesman"): their id is ``slugify(article id) + "-" + ...`` (see ``resolve.article``)."""

    def __init__(self, article_ids: Iterable[str]) -> None:
        self._prefixes = {slugify(a) + "-" for a in article_ids}

    def __call__(self, entity_id: str) -> bool:
        prefixes = self._prefixes
        start = entity_id.find("-")
        while start >= 0:
            if entity_id[:start + 1] in prefixes:
                return True
            start = entity_id.find("-", start + 1)
        return False


def entity_triples(e: Entity, iris: Iris, local: bool = False) -> Iterator[Triple]:
    """An entity: ``gb:Entity``, or ``gb:LocalEntity`` for one local to its article (left out
    of rankings across articles), its schema.org class, name, aliases and look-up keys. Its
    id is the last segment of its IRI."""
    node = iris.entity(e.id)
    yield node, _rdf.type, _gb.LocalEntity if local else _gb.Entity
    if e.type in _ENTITY_CLASS_IRIS:
        yield node, _rdf.type, _ENTITY_CLASS_IRIS[e.type]
    yield node, _sdo.name, _lit(e.name)
    aliases = sorted(set(e.aliases) - {e.name})
    for alias in aliases:
        yield node, _sdo.alternateName, _lit(alias)
    for key in sorted({name_key(n) for n in (e.name, *aliases)}):
        yield node, _gb.key, _lit(key)
    if e.actor_code:
        yield node, _gb.actorCode, _lit(e.actor_code)
    if e.country:
        yield node, _gb.country, _lit(e.country)
    if e.gazetteer_id:
        yield node, _gb.gazetteerId, _lit(e.gazetteer_id)


def statement_triples(st: Statement, iris: Iris, statement_id: str | None = None) -> Iterator[Triple]:
    """A statement node: the reified fact, its modality (``Statement.modality``: "negated"
    for a denied fact, "asserted" when some sentence states it as fact, ...) and its
    aggregates over all its evidence. The predicate's name is on the relation
    (``rdf:predicate/gb:predicate``); the articles are the graphs holding its evidence.
    ``statement_id``: ``st.id`` when the caller has it at hand."""
    node = iris.statement(st.id if statement_id is None else statement_id)
    yield node, _rdf.type, _gb.Statement
    yield node, _rdf.subject, iris.entity(st.subject_id)
    yield node, _rdf.predicate, iris.relation(st.predicate)
    yield node, _rdf.object, _object_term(st, iris)
    yield node, _gb.modality, _lit(st.modality)
    if st.negated:  # the fact it denies: the IRI the same statement asserted has (if any article asserts it)
        yield node, _gb.negates, iris.statement(asserted_twin(st).id)
    if st.event_type:
        yield node, _gb.eventType, _lit(st.event_type)
    if st.cameo_code:
        yield node, _gb.cameoCode, _lit(st.cameo_code)
    date = st.date
    if date:
        yield node, _gb.date, date_literal(date)
    yield node, _gb.confidence, _confidence(st.confidence)
    yield node, _gb.evidenceCount, _count(len(st.evidence))


def asserted_twin(st: Statement) -> Statement:
    """The statement with the same subject, predicate and object, not negated (its id is
    the one a denied statement points at with ``gb:negates``)."""
    return replace(st, negated=False, evidence=())


def name_key(name: str) -> str:
    """The look-up key of a name or alias (``gb:key``): lower-cased, as SPARQL's LCASE does."""
    return name.lower()


def _object_term(st: Statement, iris: Iris) -> Term:
    """The statement's object: its entity, or a literal as first written (the statement's
    identity uses the normalised form, which is lower-cased; readers want the text)."""
    if st.object_id is not None:
        return iris.entity(st.object_id)
    return _lit(object_text(st))


def object_text(st: Statement) -> str:
    """A literal object in the case its first evidence wrote it: the statement's key
    (``normalise_literal``: case and white space folded, a leading article dropped) with
    the case of the text restored; the key itself when no evidence text folds to it."""
    key = st.object_literal or ""
    for ev in st.evidence:
        folded = " ".join(ev.object.text.split())
        start = folded.lower().find(key)
        if key and start >= 0 and normalise_literal(folded) == key:
            text = folded[start:start + len(key)]
            if text.lower() == key:
                return text
    return key


def _direct_order(triple: Triple) -> tuple[str, str, int, str]:
    """rdflib's order of (IRI, IRI, IRI or plain literal) triples: IRIs before literals."""
    s, p, o = triple
    return (s, p, 0, o) if isinstance(o, str) else (s, p, 1, o[0])


def article_graph_triples(
    article: Article,
    sentences: Iterable[Sentence],
    mentions: Iterable[Mention],
    evidence: Iterable[tuple[Statement, Evidence]],
    iris: Iris,
) -> Iterator[Triple]:
    """Everything one article contributed (its named graph)."""
    return identified_article_triples(article, sentences, mentions, _with_ids(evidence), iris)


#: (statement id, statement, evidence id, evidence): a pair of an article's evidence with
#: the ids its caller already worked out (each id is a SHA-1 of the fields it names).
IdentifiedEvidence = tuple[str, Statement, str, Evidence]


def _with_ids(evidence: Iterable[tuple[Statement, Evidence]]) -> Iterator[IdentifiedEvidence]:
    last: Statement | None = None  # pairs of one statement come together: its id made once
    sid = ""
    for st, ev in evidence:
        if st is not last:
            last, sid = st, st.id
        yield sid, st, ev.id, ev


def identified_article_triples(
    article: Article,
    sentences: Iterable[Sentence],
    mentions: Iterable[Mention],
    evidence: Iterable[IdentifiedEvidence],
    iris: Iris,
) -> Iterator[Triple]:
    """:func:`article_graph_triples` of evidence that comes with its ids (the statement id
    given with a statement is ``st.id``, the evidence id ``ev.id``)."""
    a = iris.article(article.id)
    ctx = f"{a}#context"
    span_prefix = f"{a}#char="
    yield a, _rdf.type, _sdo.NewsArticle
    yield a, _gb.articleId, _lit(article.id)
    yield a, _gb.context, ctx
    if article.title:
        yield a, _sdo.headline, _lit(article.title)
    if article.url and (url := _iri_or_none(article.url)) is not None:
        yield a, _sdo.url, url
    if article.published:
        yield a, _sdo.datePublished, date_literal(article.published)
    if article.publisher:
        pub = iris.publisher(article.publisher)
        yield a, _sdo.publisher, pub
        yield pub, _rdf.type, _sdo.Organization
        yield pub, _sdo.name, _lit(article.publisher)
    yield ctx, _rdf.type, _nif.Context
    yield ctx, _nif.isString, _lit(article.text)
    yield ctx, _nif.beginIndex, _count(0)
    yield ctx, _nif.endIndex, _count(len(article.text))

    sentence_nodes: dict[int, str] = {}
    for s in sorted(sentences, key=lambda s: s.index):
        node = f"{span_prefix}{s.start},{s.end}"
        sentence_nodes[s.index] = node
        yield from _span(node, s.text, s.start, s.end)
        yield node, _gb.sentenceIndex, _count(s.index)

    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        # a mention is its words, where they start, what they name and its sentence: its
        # end is the start plus the length of its words
        node = f"{span_prefix}{m.start},{m.end}"
        yield node, _nif.anchorOf, _lit(m.text)
        yield node, _nif.beginIndex, _count(m.start)
        yield node, _its.taIdentRef, iris.entity(m.entity_id)
        if m.sentence_index in sentence_nodes:
            yield node, _nif.sentence, sentence_nodes[m.sentence_index]

    direct: set[Triple] = set()
    extractors: set[str] = set()
    last: Statement | None = None  # pairs of one statement come together: its node made once
    st_node = ""
    for sid, st, evid, ev in evidence:
        if st is not last:
            last, st_node = st, iris.statement(sid)
            if not st.negated:
                direct.add((iris.entity(st.subject_id), iris.relation(st.predicate), _object_term(st, iris)))
        ev_node = iris.evidence(evid)
        sent = ev.sentence
        sent_node = sentence_nodes.get(sent.index) or f"{span_prefix}{sent.start},{sent.end}"
        if sent.index not in sentence_nodes:  # evidence from a sentence not listed: describe it
            sentence_nodes[sent.index] = sent_node
            yield from _span(sent_node, sent.text, sent.start, sent.end)
            yield sent_node, _gb.sentenceIndex, _count(sent.index)
        yield st_node, _gb.hasEvidence, ev_node
        yield ev_node, _gb.sentence, sent_node
        yield from _evidence_spans(ev_node, ev)
        if ev.modality:
            yield ev_node, _gb.modality, _lit(ev.modality)
        if ev.attributed_to:
            yield ev_node, _gb.attributedTo, iris.entity(ev.attributed_to.entity_id)
        if ev.reported_by:
            yield ev_node, _gb.reportedBy, iris.entity(ev.reported_by.entity_id)
        if ev.date:
            yield ev_node, _gb.date, date_literal(ev.date)
        for phrase in ev.setting:
            yield ev_node, _gb.setting, _lit(phrase)
        yield ev_node, _gb.confidence, _confidence(ev.confidence)
        extractors.add(ev.extractor)
    for name in sorted(extractors):
        yield a, _gb.extractor, _lit(name)
    yield from sorted(direct, key=_direct_order)


def _evidence_spans(ev_node: str, ev: Evidence) -> Iterator[Triple]:
    """The surface text of subject, relation and object, and where the relation stands in
    the article text, on the evidence itself (as the property graph's EVIDENCE has them)."""
    yield ev_node, _gb.subjectText, _lit(ev.subject.text)
    yield ev_node, _gb.relationText, _lit(ev.relation_text)
    yield ev_node, _gb.relationStart, _count(ev.relation_start)
    yield ev_node, _gb.relationEnd, _count(ev.relation_end)
    yield ev_node, _gb.objectText, _lit(ev.object.text)


def _span(node: str, text: str, start: int, end: int) -> Iterator[Triple]:
    """A sentence's text and offsets (a ``nif:Sentence`` by ``gb:sentenceIndex``'s domain);
    its context is the article's (``gb:context``), the one text every span IRI
    ``ARTICLE#char=S,E`` of the graph counts in."""
    yield node, _nif.anchorOf, (text, None)
    yield node, _nif.beginIndex, (str(start), _xsd.nonNegativeInteger)
    yield node, _nif.endIndex, (str(end), _xsd.nonNegativeInteger)


def _entity_from_argument(arg: Argument) -> Entity:
    assert arg.entity_id is not None
    return Entity(arg.entity_id, arg.name or arg.text, arg.type or "Other", actor_code=arg.actor_code,
                  country=arg.country)


def _entity_from_ref(ref: EntityRef) -> Entity:
    return Entity(ref.entity_id, ref.name)


def iter_graphs(
    kg: KnowledgeGraph, base: str = DEFAULT_BASE
) -> Iterator[tuple[str | None, Iterator[Triple]]]:
    """(graph name, its triples) in plain terms: the default graph (name None) first, then
    one per article, by article id, then the connection counts (``sinks.connections``). A
    graph's triples may repeat a triple."""
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
        a = article.id
        yield iris.article(a), article_graph_triples(
            article, sentences.pop(a, []), mentions.pop(a, []), evidence.pop(a, []), iris
        )
    from .connections import connection_graphs  # it maps with this module's terms

    for name, triples in connection_graphs(kg, iris):
        yield name, iter(triples)


# --- the rdflib edge ---------------------------------------------------------------------


class RdflibTerms:
    """Plain terms -> rdflib terms, each distinct term made once."""

    def __init__(self) -> None:
        self._made: dict[Term, URIRef | Literal] = {}

    def __call__(self, term: Term) -> URIRef | Literal:
        made = self._made.get(term)
        if made is None:
            if isinstance(term, str):
                made = URIRef(term)
            else:
                lexical, datatype = term
                made = Literal(lexical, datatype=URIRef(datatype) if datatype else None)
            self._made[term] = made
        return made


def to_dataset(kg: KnowledgeGraph, base: str = DEFAULT_BASE) -> Dataset:
    """An rdflib Dataset: one named graph per article plus the default graph (see module doc)."""
    ds = Dataset()
    for prefix, ns in prefixes(base).items():
        ds.bind(prefix, ns)
    term = RdflibTerms()
    for name, triples in iter_graphs(kg, base):
        graph = ds.default_graph if name is None else ds.graph(URIRef(name))
        for s, p, o in triples:
            graph.add((term(s), term(p), term(o)))
    return ds

"""The domain types every layer shares: articles, sentences, mentions, entities, statements.

Frozen dataclasses with no I/O; those a graph holds by the ten thousand use ``__slots__``
(no per-instance ``__dict__``, so less memory per object). Entity and Mention keep their
``__dict__``, which callers read. Offsets are character offsets into ``Article.text`` as
ingested, so ``article.text[start:end] == text`` holds for every span here.

A :class:`Statement` is one fact keyed by (subject, predicate, object, negated); each
sentence that supports it is one :class:`Evidence`. The statement JSON lines format (a
public contract, see :func:`statement_record`) is one line per evidence.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

EXTRACTOR_VERSION = "graphbuilder-rules/0.1"

#: How a statement is stated: as a fact (asserted) or otherwise (see extract/modality.py).
MODALITIES = ("asserted", "negated", "possible", "conditional", "intended", "reported", "question")

#: Entity types, mapped to schema.org classes in RDF and labels in the property graph.
ENTITY_TYPES = ("Person", "Organization", "Place", "Group", "Event", "Other")


@dataclass(frozen=True, slots=True)
class Article:
    """One ingested news article; ``id`` is stable across runs (see ``article_id``)."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    publisher: str | None = None
    source: str | None = None  # where it was read from: "path" or "path:line"
    dateline: str | None = None  # the dateline's city as written ("WASHINGTON"), when the story had one


@dataclass(frozen=True, slots=True)
class Sentence:
    article_id: str
    index: int
    start: int
    end: int
    text: str

    @property
    def id(self) -> str:
        return f"{self.article_id}#s{self.index}"


@dataclass(frozen=True)
class Entity:
    """A canonical actor, place or thing; ``id`` is deterministic from its canonical key."""

    id: str
    name: str
    type: str = "Other"
    aliases: tuple[str, ...] = ()
    actor_code: str | None = None  # CAMEO actor code, e.g. "RUSGOV"
    country: str | None = None  # ISO 3166 alpha-3 or CAMEO code for non-state actors
    gazetteer_id: str | None = None  # e.g. "VLADIMIR_PUTIN" from the Phoenix dictionaries

    def merged_with(self, other: Entity) -> Entity:
        """The same entity with aliases (and missing codes) taken from ``other``."""
        aliases = tuple(sorted(set(self.aliases) | set(other.aliases) | {other.name} - {self.name}))
        return replace(
            self,
            aliases=aliases,
            actor_code=self.actor_code or other.actor_code,
            country=self.country or other.country,
            gazetteer_id=self.gazetteer_id or other.gazetteer_id,
        )


@dataclass(frozen=True)
class Mention:
    """A span of an article's text that refers to an entity."""

    article_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    entity_id: str


@dataclass(frozen=True, slots=True)
class Argument:
    """Subject or object of one evidence: the surface span and what it resolved to.

    ``entity_id`` is None for a literal object (e.g. a clause or an abstract noun).
    """

    text: str
    start: int
    end: int
    entity_id: str | None = None
    name: str | None = None
    type: str | None = None
    actor_code: str | None = None
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "entity_id": self.entity_id,
            "name": self.name,
            "type": self.type,
            "actor_code": self.actor_code,
            "country": self.country,
        }


@dataclass(frozen=True, slots=True)
class EntityRef:
    entity_id: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"entity_id": self.entity_id, "name": self.name}


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence supporting a statement, with every offset needed to click through."""

    article_id: str
    sentence: Sentence
    subject: Argument
    relation_text: str
    relation_start: int
    relation_end: int
    object: Argument
    negated: bool = False
    modality: str | None = None  # asserted, negated, possible, conditional, intended, question, reported
    attributed_to: EntityRef | None = None  # who said it
    reported_by: EntityRef | None = None  # which outlet reported it
    date: str | None = None  # ISO date the event happened, resolved against publication
    confidence: float = 0.5
    extractor: str = EXTRACTOR_VERSION
    # The setting: the phrases on the verb, outside subject and object, that set the act's
    # circumstances, mostly time and place ("in Paris", "on Tuesday"), also other in/on/at
    # phrases ("in new technology"); as written, in text order. See graphbuilder.extract.adjuncts.
    setting: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return stable_id(
            "ev",
            self.article_id,
            str(self.sentence.index),
            str(self.subject.start),
            str(self.relation_start),
            str(self.object.start),
            str(self.object.end),
        )


@dataclass(frozen=True, slots=True)
class Statement:
    """A fact: subject –predicate→ object (an entity or a literal), with its evidence."""

    subject_id: str
    predicate: str  # snake case, e.g. "appealed_to"
    object_id: str | None = None
    object_literal: str | None = None  # normalised literal when the object is no entity
    negated: bool = False
    event_type: str | None = None  # PLOVER category, e.g. "REQUEST"
    cameo_code: str | None = None  # e.g. "020"
    evidence: tuple[Evidence, ...] = field(default=(), compare=False)

    @property
    def key(self) -> tuple[str, str, str, bool]:
        obj = self.object_id if self.object_id is not None else f"literal:{self.object_literal}"
        return (self.subject_id, self.predicate, obj, self.negated)

    @property
    def id(self) -> str:
        return statement_id(*self.key)

    def with_evidence(self, more: tuple[Evidence, ...]) -> Statement:
        """This statement with ``more`` evidence added; evidence already present is kept once."""
        seen = {e.id for e in self.evidence}
        added = tuple(e for e in more if e.id not in seen and not seen.add(e.id))  # type: ignore[func-returns-value]
        if not added:
            return self
        merged = tuple(sorted(self.evidence + added, key=_evidence_order))
        return replace(
            self,
            evidence=merged,
            event_type=self.event_type,
            cameo_code=self.cameo_code,
        )

    @property
    def confidence(self) -> float:
        """Noisy-or over the evidence: more independent sentences, more confidence."""
        return _noisy_or_of(tuple(e.confidence for e in self.evidence))

    @property
    def date(self) -> str | None:
        dates = sorted(e.date for e in self.evidence if e.date)
        return dates[0] if dates else None

    @property
    def modality(self) -> str:
        """``asserted`` when any sentence states it as a fact; else the modality most of
        its sentences give (ties in the order of MODALITIES). Default views show asserted
        statements only."""
        return statement_modality(self.negated, [e.modality for e in self.evidence])

    @property
    def asserted(self) -> bool:
        return self.modality == "asserted"


def statement_modality(negated: bool, said: Iterable[str | None]) -> str:
    """:attr:`Statement.modality` of a statement with ``negated`` whose evidence gives the
    modalities ``said`` (None: asserted)."""
    if negated:
        return "negated"
    found = [m or "asserted" for m in said]
    if not found or "asserted" in found:
        return "asserted"
    return max(MODALITIES, key=lambda m: (found.count(m), -MODALITIES.index(m)))


def _evidence_order(e: Evidence) -> tuple[str, int, int]:
    return (e.article_id, e.sentence.index, e.relation_start)


def statement_record(statement: Statement, evidence: Evidence) -> dict[str, Any]:
    """One line of the statement JSON lines format (a public contract: keep the field names)."""
    s = evidence.sentence
    return {
        "article_id": evidence.article_id,
        "statement_id": statement.id,
        "sentence": {"index": s.index, "start": s.start, "end": s.end, "text": s.text},
        "subject": evidence.subject.to_dict(),
        "predicate": statement.predicate,
        "relation_text": evidence.relation_text,
        "object": evidence.object.to_dict(),
        "event_type": statement.event_type,
        "cameo_code": statement.cameo_code,
        "negated": evidence.negated,
        "modality": evidence.modality,
        "attributed_to": evidence.attributed_to.to_dict() if evidence.attributed_to else None,
        "reported_by": evidence.reported_by.to_dict() if evidence.reported_by else None,
        "date": evidence.date,
        "setting": list(evidence.setting),
        "confidence": evidence.confidence,
    }


# --- identity -------------------------------------------------------------------------

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """Lower-case ASCII slug: "Vladimir Putin" -> "vladimir-putin"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = _NON_WORD.sub("-", ascii_name.lower()).strip("-")
    return slug or "x-" + hashlib.sha1(name.encode()).hexdigest()[:10]


def stable_id(prefix: str, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}-{digest}"


def entity_id(name: str, gazetteer_id: str | None = None) -> str:
    """Deterministic entity id: from the gazetteer id when linked, else the canonical name.

    The entity type is deliberately not part of the key (``../shared/DESIGN.md`` puts it
    there): NER often types one name differently from article to article ("Edinburgh" a
    Person in one, a Place in another), and an id that changed with the type would split one
    actor into several nodes and change its IRI whenever the voted type changes. The type is
    an attribute voted over the entity's mentions instead; two different things with the
    same name and no gazetteer link share a node.
    """
    return slugify(gazetteer_id.replace("_", " ")) if gazetteer_id else slugify(name)


def statement_id(subject_id: str, predicate: str, obj: str, negated: bool) -> str:
    return stable_id("st", subject_id, predicate, obj, "neg" if negated else "pos")


#: An article or possessive that starts a literal; "her" only where it is one ("her plan"), not
#: the object pronoun before a clause or phrase ("warned *her* that ...", "charged *her* with ...").
_LEADING_DETERMINER = re.compile(
    r"^(?:the|a|an|their|its|his|our|my|your|her(?!\s+(?:that|to|with|of|for|on|in|into|from|about|as|at|by|"
    r"over|against|after|before|if|whether)\b))\s+"
)


@lru_cache(maxsize=1 << 14)
def normalise_literal(text: str) -> str:
    """Key form of a literal object: case and whitespace folded, leading articles dropped
    ("Her  plan" -> "plan"; "her that she could be arrested" keeps its object pronoun).

    Kept for the texts seen last (at most ~4 MB of them): one object's text is folded when
    its statement is made, and again for its article's graph and its statement node."""
    t = " ".join(text.lower().split())
    t = _LEADING_DETERMINER.sub("", t)
    return t.strip(" .,;:\"'")


def noisy_or(confidences: Iterable[float]) -> float:
    """1 - prod(1 - c), rounded to 4 places half up on its shortest decimal form, as Cypher's
    ``round(x, 4)`` does in Neo4j and LadybugDB: a merging load that recomputes it in the
    database then stores the value a new load takes from the rows (Python's ``round`` gives
    0.9188 for 0.91885, whose binary value lies just below the half; the stores give 0.9189).

        >>> noisy_or([0.85, 0.459]), noisy_or([0.5]), noisy_or([])
        (0.9189, 0.5, 0.0)
    """
    miss = 1.0
    for c in confidences:
        miss *= 1.0 - c
    return float(Decimal(repr(1.0 - miss)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP))


@lru_cache(maxsize=4096)
def _noisy_or_of(confidences: tuple[float, ...]) -> float:
    """:func:`noisy_or` of a statement's confidences: most statements have one or two
    evidence of a few confidences, so a few thousand tuples answer nearly all."""
    return noisy_or(confidences)

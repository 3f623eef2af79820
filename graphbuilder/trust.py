"""How often a statement like this one is right: confidence learned from blind judges' verdicts.

The extraction gives each candidate a confidence from the construct it was read from and what
its parse shows (:mod:`graphbuilder.extract.confidence`). What resolution found afterwards
says more: a subject that stayed an unresolved "he", an object that is a long literal or
starts in lower case, a copula ("X is Y"), a long sentence or one holding a quotation. This
module turns both into one figure, the share of such statements blind judges found fully
correct, with a logistic model over a few signals of the resolved evidence::

    confidence = 1 / (1 + exp(-(bias + sum(weight[f] * f(evidence)))))

The weights (``data/trust.json``) were fitted by ``tools/fit_trust.py`` on the verdicts that
independent judges, who read no code, gave to statements of unread news (README,
"Confidence"): the file records what it was fitted on and how it did on judges held out of
the fit. Only the default extractor's statements are rescored: the model knows its habits.

Evidence the model scores below :data:`FLOOR` is left out of the default graph
(:func:`above`): of the statements drawn by the judges held out of the fit (J18, J19) that it
scores so low, 6 of 17 were fully correct (72 of 103 above it); of the fit judges' draws, 11
of 114. Most of the rest were about an unresolved "he" or had a garbled argument (README,
"The floor").
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from graphbuilder.lexicon import FIRST_PERSON, SUBJECT_PRONOUNS, THIRD_PERSON
from graphbuilder.model import Argument, Evidence, Statement

if TYPE_CHECKING:
    from graphbuilder.resolve import ArticleGraph

TRUST_PATH = Path(__file__).resolve().parent / "data" / "trust.json"
_PRONOUNS = SUBJECT_PRONOUNS | THIRD_PERSON | FIRST_PERSON
#: Quotation marks, straight and curly.
QUOTES = frozenset('"\u201c\u201d')
#: The default graph keeps evidence with a learned confidence at least this (Pipeline.min_confidence).
FLOOR = 0.25
#: Below this the logarithm of the rule confidence is cut off (a 0 would be -infinity).
_LOWEST_RULE_CONFIDENCE = 0.01


def open_pronoun(arg: Argument) -> bool:
    """A pronoun the resolver left unresolved: it names no one ("he", kept as "he")."""
    words = arg.text.lower()
    return words in _PRONOUNS and (arg.name is None or arg.name.lower() == words)


def signals(evidence: Evidence, predicate: str) -> dict[str, float]:
    """The signals of one piece of evidence the model weighs, by name."""
    subject = evidence.subject
    subject_open = open_pronoun(subject)
    return {
        "rule_confidence": math.log(max(evidence.confidence, _LOWEST_RULE_CONFIDENCE)),
        "subject_open_pronoun": float(subject_open),
        "subject_person": float(subject.type == "Person" and not subject_open),
        "object_open_pronoun": float(open_pronoun(evidence.object)),
        **shape(evidence, predicate),
    }


def shape(evidence: Evidence, predicate: str) -> dict[str, float]:
    """Signals of the evidence's shape, which the learned type check weighs too: a literal
    object, its length and lower-case start, "X is Y", the sentence's length and quotation
    marks, an object written before its subject."""
    subject, obj = evidence.subject, evidence.object
    sentence = evidence.sentence.text
    return {
        "object_literal": float(obj.entity_id is None),
        "object_words": min(len(obj.text.split()), 30) / 10,
        "object_lower_case": float(obj.text[:1].islower()),
        "copula": float(predicate == "is"),
        "sentence_words": min(len(sentence.split()), 80) / 20,
        "sentence_quotes": float(any(ch in QUOTES for ch in sentence)),
        "object_first": float(obj.start < subject.start),
    }


@dataclass(frozen=True)
class TrustModel:
    """A logistic model: bias and one weight per signal."""

    bias: float
    weights: Mapping[str, float]

    def confidence(self, evidence: Evidence, predicate: str) -> float:
        x = signals(evidence, predicate)
        z = self.bias + sum(w * x[name] for name, w in self.weights.items())
        return round(1.0 / (1.0 + math.exp(-z)), 3)

    def rescored(self, graph: ArticleGraph) -> ArticleGraph:
        """The article's statements with each evidence's confidence from the model."""
        return graph._replace(statements=tuple(self._statement(st) for st in graph.statements))

    def _statement(self, st: Statement) -> Statement:
        evidence = tuple(replace(e, confidence=self.confidence(e, st.predicate)) for e in st.evidence)
        return replace(st, evidence=evidence)


def above(graph: ArticleGraph, floor: float) -> ArticleGraph:
    """The article's statements without their evidence of confidence below ``floor``; a
    statement left with no evidence goes, and so does an entity only that evidence named
    (an unresolved "he"): an entity with a mention in the text stays."""
    if floor <= 0:
        return graph
    statements: list[Statement] = []
    dropped: list[Evidence] = []
    for st in graph.statements:
        evidence = tuple(e for e in st.evidence if e.confidence >= floor)
        dropped.extend(e for e in st.evidence if e.confidence < floor)
        if len(evidence) == len(st.evidence):
            statements.append(st)
        elif evidence:
            statements.append(replace(st, evidence=evidence))
    if not dropped:
        return graph
    named = {m.entity_id for m in graph.mentions}
    named.update(i for st in statements for e in st.evidence for i in _entity_ids(e))
    orphans = {i for e in dropped for i in _entity_ids(e)} - named
    entities = tuple(e for e in graph.entities if e.id not in orphans)
    return graph._replace(statements=tuple(statements), entities=entities)


def _entity_ids(evidence: Evidence) -> Iterator[str]:
    for arg in (evidence.subject, evidence.object):
        if arg.entity_id:
            yield arg.entity_id
    for ref in (evidence.attributed_to, evidence.reported_by):
        if ref is not None:
            yield ref.entity_id


@lru_cache(maxsize=1)
def default_model() -> TrustModel:
    """The shipped model (``data/trust.json``)."""
    data = json.loads(TRUST_PATH.read_text(encoding="utf-8"))
    return TrustModel(bias=float(data["bias"]), weights={k: float(v) for k, v in data["weights"].items()})

"""Statement confidence: how often a candidate of its kind is right in news text.

The confidence of a candidate is the product of looked-up factors, measured on the
development part of the project's news gold set (``graphbuilder eval news --calibration``):
the construct it was read from, the kind of its subject (named or not; one conjunct of
several; taken from an object position) and whether its verb heads the sentence or a
subordinate clause. Explicit frames between named actors in a main clause are
right most often; prepositional and passive frames, pronoun or common-noun subjects and verbs
in relative or adverbial clauses are wrong much more often. Frames multiply in how the
subject was found (inherited, controlled, relative) and a prepositional object next to a
direct object; resolution lowers it further (ambiguous or pronoun subjects). Statements
with confidence >= :data:`TRUSTED_CONFIDENCE` are right at least 80% of the time on the
development part of that set.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Confidence from which a statement counts as trusted (precision >= 0.8 on the news gold set).
TRUSTED_CONFIDENCE = 0.7

#: Base confidence of each construct (with a named subject in a main clause).
CONSTRUCT_CONFIDENCE: dict[str, float] = {
    "svo": 0.85,
    "ccomp": 0.8,
    "title": 0.85,  # "US President Donald Trump"
    "apposition": 0.95,  # "Sadie, a retriever"
    "copula": 0.7,
    "passive": 0.65,
    "report": 0.65,  # "X said that ...": what X said carries the fact, the saying less
    "prep": 0.6,
    "xcomp": 0.6,
    "nominal": 0.55,  # "Putin's visit to Beijing"
}
#: Confidence of a construct missing from the table (plug-in extractors).
DEFAULT_CONFIDENCE = 0.5
#: Entity types of a named subject: an actor the reader can identify.
NAMED_SUBJECT_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Factor for any other subject: a pronoun, a common noun, an unrecognised name.
UNNAMED_SUBJECT_FACTOR = 0.8
#: Factor for a subject that is one conjunct of several ("The UK, France and Sweden want ..."):
#: the frame is copied to every conjunct, and a misread coordination to all of them (on the
#: development part of the news gold set conjunct subjects were right half as often).
CONJUNCT_SUBJECT_FACTOR = 0.7
#: Factor for a subject taken from an object position ("urged *Putin* to spare", "made
#: *him* leader"): the controller or predicate is inferred, not stated.
OBJECT_POSITION_FACTOR = 0.7
#: Dependency labels of a subject read from a conjunction, and from an object position.
CONJUNCT_DEPS = frozenset({"conj"})
OBJECT_POSITION_DEPS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
#: Dependency labels of a verb that states its clause's main assertion.
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "csubj", "compound", "nmod"})
#: Factor for a verb in a relative, adverbial, infinitive or appositive clause.
SUBORDINATE_FACTOR = 0.6


def statement_confidence(kind: str, subject: Span, verb: Token) -> float:
    """Confidence of a candidate of ``kind`` (a construct, or ``report``/``title``)."""
    confidence = CONSTRUCT_CONFIDENCE.get(kind, DEFAULT_CONFIDENCE)
    if subject.root.ent_type_ not in NAMED_SUBJECT_ENTS:
        confidence *= UNNAMED_SUBJECT_FACTOR
    if verb.dep_ not in MAIN_CLAUSE_DEPS:
        confidence *= SUBORDINATE_FACTOR
    if subject.root.dep_ in CONJUNCT_DEPS:
        confidence *= CONJUNCT_SUBJECT_FACTOR
    elif subject.root.dep_ in OBJECT_POSITION_DEPS:
        confidence *= OBJECT_POSITION_FACTOR
    return round(confidence, 3)

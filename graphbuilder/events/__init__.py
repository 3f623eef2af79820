"""Event typing: a statement candidate -> (PLOVER event type, CAMEO code).

A pure, fast look-up: the verb (or event noun) of the candidate, with its particle and
object, is looked up in tables derived from the CAMEO verb dictionary and extended by hand
(``lexicon``); rules for light verbs, governing verbs, the future, negation and reporting
verbs (``rules``) adjust the CAMEO code; the code maps to a PLOVER category (``taxonomy``).

    >>> from graphbuilder.events import classify_code
    >>> classify_code("193")
    'FIGHT'
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuilder.events.lemmas import lemma as lemma_of
from graphbuilder.events.rules import (
    FUTURE_AUX,
    NON_EVENT_LEMMAS,
    REPORTING_LEMMAS,
    chain_code,
    event_noun_code,
    intent,
    reported_code,
)
from graphbuilder.events.taxonomy import (
    CONFLICT_ROOTS,
    COOPERATIVE_ROOTS,
    PLOVER_CATEGORIES,
    plover_category,
    root,
)
from graphbuilder.extract.candidate import Candidate

__all__ = ["PLOVER_CATEGORIES", "classify", "classify_code", "plover_category"]

_ACTOR_ENTITY_TYPES = frozenset({"PERSON", "NORP", "ORG", "GPE", "FAC"})
_RELATION_PARTICLE_DEPS = frozenset({"prt", "prep", "agent", "dative"})


def classify_code(cameo_code: str | None) -> str | None:
    """PLOVER category for a CAMEO code (None for codes that are no PLOVER event, e.g. 010)."""
    return plover_category(cameo_code)


def classify(candidate: Candidate) -> tuple[str | None, str | None]:
    """(PLOVER event type, CAMEO code) for a candidate, or (None, None) when it is no event.

    Uses the candidate's head token (``verb``: a verb or an event noun), the particle or
    preposition in its relation, its object's head, its negation and modality.
    """
    verb = candidate.verb
    lemma = lemma_of(verb)
    if _is_secondary(candidate):
        return None, None
    negated = bool(candidate.negated)
    future = (candidate.modality or "").lower() in FUTURE_AUX
    if candidate.construct == "nominal" or verb.pos_ in ("NOUN", "PROPN"):
        code = event_noun_code(verb)
        if code is not None and negated:
            code = None if root(code) not in COOPERATIVE_ROOTS else "120"
    elif lemma in REPORTING_LEMMAS and not _has_event_object(candidate):
        code = reported_code(verb, candidate.subject.text, negated)
    elif lemma in NON_EVENT_LEMMAS and _relation_particle(candidate) is None:
        code = chain_code(verb, negated=negated) if any(c.dep_ == "acomp" for c in verb.children) else None
    else:
        obj = candidate.object.root if candidate.object is not None else None
        code = chain_code(verb, negated=negated, particle=_relation_particle(candidate), obj=obj)
    if code is not None and future and root(code) in COOPERATIVE_ROOTS | CONFLICT_ROOTS:
        code = intent(code)
    category = plover_category(code)
    return (category, code) if category else (None, None)


def _relation_particle(candidate: Candidate) -> str | None:
    """The particle or preposition of the relation ("appealed *to*", "lay *down*")."""
    for token in candidate.relation:
        if token.i != candidate.verb.i and token.dep_ in _RELATION_PARTICLE_DEPS:
            return token.lower_
    parts = candidate.predicate.split("_")
    return (
        parts[-1]
        if len(parts) > 1
        and parts[-1]
        in {"to", "for", "on", "with", "off", "out", "down", "up", "over", "at", "against", "from"}
        else None
    )


def _has_event_object(candidate: Candidate) -> bool:
    obj = candidate.object
    return obj is not None and obj.root.pos_ in ("NOUN", "PROPN") and event_noun_code(obj.root) is not None


def _is_secondary(candidate: Candidate) -> bool:
    """A prepositional variant of a frame that has a direct object ("staged rallies *in* the
    Gaza Strip" beside "staged rallies"): the event is typed once, on the frame whose object
    names an actor, else on the main frame."""
    if candidate.construct != "prep" or candidate.object is None:
        return False
    direct = [c for c in candidate.verb.children if c.dep_ in ("dobj", "obj")]
    if not direct:
        return False
    direct_has_actor = any(_names_actor(t) for d in direct for t in d.subtree)
    return direct_has_actor or not any(_names_actor(t) for t in candidate.object)


def _names_actor(token: Token) -> bool:
    return token.ent_type_ in _ACTOR_ENTITY_TYPES

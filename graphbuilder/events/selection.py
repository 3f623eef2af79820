"""One typed statement per event and target.

The extractor states one event in several frames, each a valid Open IE tuple: "Iran
threatened to cut off electricity to Nakhichevan" gives *threatened to* [clause], *threatened
to cut off* electricity and *threatened to cut off electricity to* Nakhichevan; "handed over
700 kg of medicine to the Red Crescent" gives the direct-object and the prepositional frame.
Every statement stays in the graph, but the event type goes on the frames that name the
event's target, so that one event is one typed statement per target, not one per phrasing.

Frames belong to one event when they have the same subject and the same *anchor*:
the governing word of the verb's complement chain ("threatened" for "cut off", "accused"
for "violating ... and sending"). Within an event, frames whose object is a noun phrase
naming an actor (a person, organisation, place or nationality, or a pronoun) keep the type,
one per target; failing that, one frame keeps it: a noun object (the innermost verb's, a
direct object before a prepositional one), else the widest clause, one naming an actor first.
A reporting verb whose clause's subject is a pronoun for the speaker ("Iraq said it would
allow ...") states the clause's event itself: its frame keeps the type, the clause's do not,
unless the speaker is itself a pronoun, the report's frames have only the clause for object and
a frame of the clause has an actor itself for object ("He said he met Kislyak"): that frame
shows whom the event is aimed at, and its subject is no worse a name for the speaker, so it
keeps the type. (A speaker named by a noun phrase keeps it: "Militants said they attempted to
assassinate the premier" names the source better than "they".)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Span, Token

from graphbuilder.events.rules import REPORTING_LEMMAS
from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.labels import (
    ACOMP_DEPS,
    CLAUSE_DEPS,
    CONJ_DEPS,
    CONTROL_DEPS,
    NOMINAL_SUBJ_DEPS,
    PCOMP_DEPS,
    PREP_DEPS,
)
from graphbuilder.lexicon import ACTOR_PRONOUNS, SUBJECT_PRONOUNS
from graphbuilder.nlp.lemmas import lemma

#: Entity labels of actors: what PLOVER codes as sources and targets.
ACTOR_ENTITY_TYPES = frozenset({"PERSON", "NORP", "ORG", "GPE", "FAC"})
_CLAUSE_POS = frozenset({"VERB", "AUX"})
#: Added to the rank of a clause's frames that restate their reporting verb's event.
_RESTATING = 4
#: Frame constructs that can carry an event (nominal events and appositions stand alone).
VERB_CONSTRUCTS = frozenset({"svo", "prep", "passive", "ccomp", "xcomp", "copula"})


class _Ranked(NamedTuple):
    position: int
    rank: int  # 0: names an actor; 1: another noun phrase; 2: a clause naming an actor; 3: a clause
    depth: int  # steps from the anchor down to the frame's verb
    prep: bool
    start: int
    actor_head: bool = False  # a frame of a reported clause whose object's head is an actor


def anchor(verb: Token) -> tuple[Token, int]:
    """The governing word of ``verb``'s complement chain, and how many steps up it is.

    "cut" in "threatened to cut off" -> "threatened"; "sending" in "accused X of violating
    ... and sending" -> "accused"; "withdraw" in "is willing to withdraw" -> "is". Conjoined
    main verbs are separate events ("rejected the plan and said ..."); conjuncts inside a
    complement share its governor.
    """
    token, steps = verb, 0
    while steps < 8:
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ in CONTROL_DEPS | ACOMP_DEPS:
            token = head
        elif token.dep_ in PCOMP_DEPS and head.dep_ in PREP_DEPS and head.lower_ in ("to", "of"):
            token = head.head
        elif token.dep_ in CONJ_DEPS and head.dep_ in CONTROL_DEPS | PCOMP_DEPS:
            token = head
        else:
            break
        steps += 1
    return token, steps


def names_actor(span: Span) -> bool:
    """A noun phrase that names an actor: an actor entity in it, or a personal pronoun."""
    if span.root.pos_ in _CLAUSE_POS:
        return False
    if span.root.tag_ == "PRP" and span.root.lower_ in ACTOR_PRONOUNS:
        return True
    return any(t.ent_type_ in ACTOR_ENTITY_TYPES for t in span)


def _actor_token(token: Token) -> bool:
    """The token itself names an actor: an actor entity or a personal pronoun."""
    if token.tag_ == "PRP":
        return token.lower_ in ACTOR_PRONOUNS
    return token.ent_type_ in ACTOR_ENTITY_TYPES


def secondary(candidates: Sequence[Candidate], typed: Sequence[bool]) -> set[int]:
    """Indices of typed verb frames that restate an event another frame types (see module)."""
    groups: dict[tuple[int, int, int], list[_Ranked]] = {}
    for i, (cand, has_type) in enumerate(zip(candidates, typed, strict=True)):
        if not has_type or cand.object is None or cand.construct not in VERB_CONSTRUCTS:
            continue
        head, depth = anchor(cand.verb)
        subject = cand.subject.root.i
        obj = cand.object
        if obj.root.pos_ in _CLAUSE_POS:
            rank = 2 if any(t.ent_type_ in ACTOR_ENTITY_TYPES for t in obj) else 3
        else:
            rank = 0 if names_actor(obj) else 1
        speaker = _reporting_speaker(head, cand.subject)
        actor_head = False
        if speaker is not None:
            # "Iraq said it would allow ...": the report and its clause are one event of
            # Iraq's; the frame that names the speaker keeps the type when it has one
            subject, head, rank = speaker.i, head.head, rank + _RESTATING
            actor_head = speaker.tag_ == "PRP" and _actor_token(obj.root)
        key = (cand.sentence.start, subject, head.i)
        ranked = _Ranked(i, rank, depth, cand.construct == "prep", obj.start, actor_head)
        groups.setdefault(key, []).append(ranked)
    drop: set[int] = set()
    for frames in groups.values():
        if len(frames) < 2:
            continue
        drop.update(_restating_drop(frames))
    return drop


def _restating_drop(frames: list[_Ranked]) -> set[int]:
    """Positions of one event's frames that do not keep its type (see :func:`secondary`)."""
    if _clause_only_report(frames):
        # "He said he met Kislyak": the report's object is only a clause, and its clause's
        # frame has an actor for object; that frame (its pronoun is the speaker) keeps the type
        return {f.position for f in frames if not f.actor_head}
    drop: set[int] = set()
    if min(f.rank for f in frames) < _RESTATING:
        drop.update(f.position for f in frames if f.rank >= _RESTATING)
        frames = [f for f in frames if f.rank < _RESTATING]
    else:
        frames = [f._replace(rank=f.rank - _RESTATING) for f in frames]
    if min(f.rank for f in frames) == 0:
        keep = {f.position for f in frames if f.rank == 0}
    else:
        # a noun object: the innermost verb's; a clause: the whole complement
        keep = {min(frames, key=_preference).position}
    drop.update(f.position for f in frames if f.position not in keep)
    return drop


def _clause_only_report(frames: list[_Ranked]) -> bool:
    """The speaker's own frames have only clauses for object (ranks 2, 3), and a frame of the
    reported clause has an actor itself for object ("met *Kislyak*", not "contact *with the
    United States*") and a pronoun speaker: the clause's frame shows whom the event is aimed at."""
    own = [f.rank for f in frames if f.rank < _RESTATING]
    return bool(own) and min(own) >= 2 and any(f.actor_head for f in frames)


def _preference(frame: _Ranked) -> tuple[int, int, bool, int]:
    return (frame.rank, -frame.depth if frame.rank < 2 else frame.depth, frame.prep, frame.start)


def _reporting_speaker(head: Token, subject: Span) -> Token | None:
    """The subject of the reporting verb whose clause ``head`` is, when the clause's subject
    is a pronoun standing for that speaker ("Iraq said *it* would allow")."""
    if head.dep_ not in CLAUSE_DEPS or lemma(head.head) not in REPORTING_LEMMAS:
        return None
    if len(subject) != 1 or subject.root.lower_ not in SUBJECT_PRONOUNS:
        return None
    return next((c for c in head.head.children if c.dep_ in NOMINAL_SUBJ_DEPS), None)

"""Mapping graphbuilder statements onto the CoNLL04 relation types Kill and Work_For.

CoNLL04 annotates entity pairs, graphbuilder extracts open predicates; a small, general
mapping bridges them:

* Kill: the killer is the subject and the victim the object of a killing verb
  (killed, assassinated, shot, murdered, ...), passives included (the extractor gives the
  agent as the subject).
* Work_For: a person works for, heads or serves an organisation ("works for", "heads",
  "joined"), or is described by a role ("is chairman of X", "X spokesman", appositions and
  titles: the extractor's copula or role statements whose object names a role).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from graphbuilder.evaluate.metrics import PredictedRelation

CONLL04_RELATIONS = ("Kill", "Work_For")

KILL_WORDS = frozenset(
    {
        "kill",
        "killed",
        "kills",
        "killing",
        "assassinate",
        "assassinated",
        "murder",
        "murdered",
        "shoot",
        "shot",
        "slay",
        "slew",
        "slain",
        "stab",
        "stabbed",
        "execute",
        "executed",
        "strangle",
        "strangled",
        "behead",
        "beheaded",
        "gun",
        "gunned",
        "assassin",
        "killer",
        "murderer",
        "assassination",
    }
)
WORK_WORDS = frozenset(
    {
        "work",
        "works",
        "worked",
        "working",
        "employ",
        "employed",
        "employs",
        "serve",
        "serves",
        "served",
        "serving",
        "join",
        "joined",
        "joins",
        "head",
        "heads",
        "headed",
        "lead",
        "leads",
        "led",
        "chair",
        "chairs",
        "chaired",
        "run",
        "runs",
        "ran",
        "direct",
        "directs",
        "directed",
        "represent",
        "represents",
        "represented",
        "found",
        "founded",
        "manage",
        "manages",
        "managed",
        "hire",
        "hired",
        "appoint",
        "appointed",
        "elect",
        "elected",
        "command",
        "commands",
        "commanded",
        "star",
        "stars",
        "starred",
    }
)
ROLE_WORDS = frozenset(
    {
        "president",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "secretary",
        "minister",
        "leader",
        "head",
        "chief",
        "executive",
        "officer",
        "member",
        "manager",
        "editor",
        "correspondent",
        "reporter",
        "analyst",
        "professor",
        "senator",
        "sen",
        "rep",
        "governor",
        "ambassador",
        "commander",
        "general",
        "adviser",
        "advisor",
        "official",
        "employee",
        "founder",
        "ceo",
        "attorney",
        "lawyer",
        "coach",
        "economist",
        "aide",
        "deputy",
        "vice",
        "owner",
        "capt",
        "captain",
        "major",
        "sgt",
        "lieutenant",
        "colonel",
        "agent",
        "anchor",
        "producer",
        "star",
        "partner",
        "staff",
        "scientist",
        "researcher",
        "administrator",
        "commissioner",
        "counsel",
        "treasurer",
        "representative",
        "spokesmen",
        "officials",
        "justice",
        "judge",
        "mayor",
        "delegate",
        "trustee",
        "columnist",
        "writer",
        "host",
        "worker",
        "engineer",
        "pilot",
        "sergeant",
        "inspector",
    }
)
COPULA_WORDS = frozenset({"is", "be", "was", "were", "are", "been", "being", "as"})

_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be", "get", "got"})
_KILLER_NOUNS = frozenset({"assassin", "killer", "murderer", "assassins", "killers", "murderers"})
_CHARGED = frozenset({"convicted", "accused", "suspected", "guilty", "charged"})
_KILLING = frozenset(
    {"killing", "murdering", "assassinating", "shooting", "slaying", "murder", "assassination"}
)
_PREPOSITIONS = frozenset({"of", "for", "at", "in", "with", "on", "from", "to", "by"})
_LINK_WORDS = frozenset({"of", "a", "an", "the", "for", "at", "with", "in"})
_WORD = re.compile(r"[A-Za-z]+")


def _words(text: str | None) -> list[str]:
    return [w.lower() for w in _WORD.findall(text or "")]


def relation_type(record: Mapping[str, Any]) -> str | None:
    """The CoNLL04 relation a statement record expresses (Kill, Work_For) or None.

    >>> relation_type({"predicate": "assassinated", "relation_text": "assassinated"})
    'Kill'
    >>> relation_type({"predicate": "is", "relation_text": "is", "object": {"text": "chairman of IBM"}})
    'Work_For'
    >>> relation_type({"predicate": "visited", "relation_text": "visited"}) is None
    True
    >>> relation_type({"predicate": "shot_to", "relation_text": "was shot to"}) is None  # no killer
    True
    """
    relation_words = _words(record.get("relation_text"))
    words = relation_words + _words(str(record.get("predicate") or "").replace("_", " "))
    obj = record.get("object") or {}
    object_words = _words(obj.get("text") if isinstance(obj, Mapping) else None)
    if any(w in KILL_WORDS for w in words):
        # "X was shot" with no "by": the subject is the victim, no killer is named
        passive = any(w in _PASSIVE_AUX for w in relation_words) and "by" not in relation_words
        return None if passive else "Kill"
    if relation_words and all(w in COPULA_WORDS for w in relation_words) and _names_killer(object_words):
        return "Kill"  # "Oswald, the accused assassin of Kennedy"; "Sirhan, the man convicted of killing"
    if any(w in WORK_WORDS or w in ROLE_WORDS for w in words):
        return "Work_For"
    if words and all(w in COPULA_WORDS or w in _LINK_WORDS for w in words):
        if any(w in ROLE_WORDS for w in _head_phrase(object_words)):
            return "Work_For"  # "is chairman of X", not "is a son of the leader"
    return None


def _head_phrase(words: list[str]) -> list[str]:
    """The words of a noun phrase before its first preposition: its head and modifiers."""
    for i, w in enumerate(words):
        if w in _PREPOSITIONS:
            return words[:i]
    return words


def _names_killer(words: list[str]) -> bool:
    if any(w in _KILLER_NOUNS for w in words):
        return True
    return any(w in _CHARGED for w in words) and any(w in _KILLING for w in words)


def predicted_relations(records: Sequence[Mapping[str, Any]]) -> list[PredictedRelation]:
    """The CoNLL04 relations in one sentence's statement records."""
    out = []
    for record in records:
        rel = relation_type(record)
        if rel is None:
            continue
        subject = record.get("subject") or {}
        obj = record.get("object") or {}
        out.append(
            PredictedRelation(
                rel, subject.get("text") or "", obj.get("text") or "", subject.get("name"), obj.get("name")
            )
        )
    return out

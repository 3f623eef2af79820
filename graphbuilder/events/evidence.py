"""What a frame's event type rests on, and the gate on a type that rests on the bare verb only.

Rule-based event coders (PETRARCH and its kin) type an event when a verb *pattern* matches:
the verb with its particle or its object's noun ("sign AGREEMENT", "break CEASEFIRE", "call
for"), an event noun ("staged a protest"), with coded actors around it. Our typing also falls
back to the verb alone ("encouraged", "pressed", "rejected"), and in news that fallback takes
the everyday, commercial or figurative sense of the verb for an event: "the government
encouraged the growth of consumer credit" (SUPPORT), "I pressed the pause button" (DEMAND),
"Mr Morchio rejected this" (REJECT).

While a frame is typed, each rule that gives a code notes the kind of key it matched
(:mod:`graphbuilder.events.keys`): a specific key (a verb with its object noun or particle,
an event noun, a rule of construction) or the bare verb. :func:`bare_without_target`
decides whether a type resting on bare verbs only stands:

* it stands when the verb's object is an actor, is marked by one or has one as its argument
  ("accused *the government*", "rejected *an Indian* proposal"), when an actor is the object of
  one of the verb's prepositions or its indirect object ("sent food *to the refugees*"), when
  the object is a clause ("agreed to undertake joint exercises": the clause is the act), when
  there is no object, and when the category is an act with no target of its own
  (:data:`UNTARGETED_CATEGORIES`: "students protested");
* it falls when the object is nothing an act can be about: a pronoun the reader cannot name
  ("rejected *this*", "breached *that*"), an amount of money or a percentage, or a *thing* by
  WordNet (``data/thing_nouns.tsv``: a noun whose two most frequent senses are artifacts,
  sums, substances, body parts ...: "pressed the pause *button*", "fought *tooth* and nail");
  and when a protest's object is a clause ("firms protested [that the rules cost too much]":
  a complaint, not a protest);
* a thing stands as the object when conjoined actors act on each other in a category of
  mutual acts (:data:`~graphbuilder.events.targets.RECIPROCAL_CATEGORIES`: "Czechia and
  Albania upgraded their diplomatic *ties*"): the event is between them;
* a thing is a proper target of a material act (:data:`MATERIAL_ROOTS`: force, seizure,
  destruction, inspection) when its commonest sense is a built or natural object: "will bomb
  their *bases*" stands, "will fight *tooth* and nail" does not.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from graphbuilder.events.keys import BARE
from graphbuilder.events.targets import (
    RECIPROCAL_CATEGORIES,
    acting_on_each_other,
    is_actor,
    phrase_names_actor,
)
from graphbuilder.events.taxonomy import plover_category, root
from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.labels import DATIVE_DEPS, NOUN_POBJ_DEPS, PREP_DEPS, VERB_POS

#: Categories of acts with no target of their own: a protest or a mobilisation stands without
#: an addressee ("students protested", "the army was put on alert").
UNTARGETED_CATEGORIES = frozenset({"PROTEST", "MOBILIZE"})
#: CAMEO roots of material acts, which may be aimed at a thing as well as at an actor:
#: investigate/inspect (09), coerce, seize and destroy property (17), assault (18), fight (19),
#: mass violence (20); a threat of force (13) is typed from the force it threatens.
MATERIAL_ROOTS = frozenset({"09", "13", "17", "18", "19", "20"})
#: WordNet classes of a thing a material act may be aimed at, in the noun's commonest sense:
#: built things (a base, a bunker) and natural objects (a field, a well); not a body part
#: ("fight tooth and nail": tooth's second sense, a gear's tooth, is an artifact).
MATERIAL_TARGET_CLASSES = frozenset({"artifact", "object"})
#: Entity labels of amounts: never what an act is about.
AMOUNT_ENTITY_TYPES = frozenset({"MONEY", "QUANTITY", "PERCENT"})
#: The table of thing nouns, built from WordNet 3.1 by ``tools/build_noun_classes.py``.
THING_NOUNS_FILE = Path(__file__).resolve().parents[1] / "data" / "thing_nouns.tsv"


@lru_cache(maxsize=1)
def _thing_nouns() -> dict[str, str]:
    table: dict[str, str] = {}
    with THING_NOUNS_FILE.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or "\t" not in line:
                continue
            lemma, lexclass = line.rstrip("\n").split("\t", 1)
            table[lemma] = lexclass
    return table


def thing_class(lemma: str) -> str | None:
    """The WordNet class of a noun's commonest sense when the noun names a thing; None for
    any other noun (an act, a message, a plan, a group, a person, a place, or a kind of one)
    and for a word WordNet lacks.

    >>> thing_class("tooth"), thing_class("budget"), thing_class("proposal")
    ('body', None, None)
    """
    return _thing_nouns().get(lemma.lower())


def bare_without_target(notes: list[str], code: str, candidate: Candidate) -> bool:
    """The type rests on bare verbs only, and neither its object, its other arguments, its
    subject nor its category makes it an event (the rules: module docstring)."""
    if not notes or any(kind != BARE for kind in notes):
        return False
    obj = candidate.object
    clause = obj is not None and obj.root.pos_ in VERB_POS
    if plover_category(code) in UNTARGETED_CATEGORIES:
        return clause
    if obj is None or clause or _actor_argument(candidate.verb) or phrase_names_actor(obj.root):
        return False
    if _unnamed(obj.root):
        return True
    if plover_category(code) in RECIPROCAL_CATEGORIES and acting_on_each_other(candidate.subject):
        return False
    return _thing(obj.root, code)


def _unnamed(head: Token) -> bool:
    """Nothing the reader can name: a pronoun ("rejected *this*", "breached *that*") or an
    amount (money, a quantity, a percentage)."""
    return head.pos_ == "PRON" or head.ent_type_ in AMOUNT_ENTITY_TYPES


def _thing(head: Token, code: str) -> bool:
    """The common noun ``head`` names a thing by WordNet, and the act is no material act on
    a built or natural object."""
    if head.pos_ != "NOUN":
        return False
    lexclass = thing_class(head.lemma_)
    if lexclass is None:
        return False
    return not (root(code) in MATERIAL_ROOTS and lexclass in MATERIAL_TARGET_CLASSES)


def _actor_argument(verb: Token) -> bool:
    """An actor among the verb's other arguments: heading a preposition's object ("sent food
    *to the refugees*", "fired at *protesters*"), not only named inside it ("encouraged the
    growth of credit in the aftermath of *the Asian* crisis": a setting, not a target), or the
    indirect object ("gave *Palestinians* aid")."""
    for child in verb.children:
        if child.dep_ in DATIVE_DEPS and child.pos_ != "ADP" and phrase_names_actor(child):
            return True
        if child.dep_ in PREP_DEPS | DATIVE_DEPS and child.pos_ == "ADP":
            if any(p.dep_ in NOUN_POBJ_DEPS and is_actor(p) for p in child.children):
                return True
    return False

"""Parse helpers the event rules and the actor tests share: the "of" object of a noun and
the named entity a token belongs to (its span and its words). They know nothing of events or
actors, so :mod:`graphbuilder.events.actors` and :mod:`graphbuilder.events.rules` both import
them without importing each other.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuilder.extract.labels import NOUN_POBJ_DEPS, PREP_DEPS
from graphbuilder.nlp.tables import DocTables


def of_object(t: DocTables, head: int) -> int | None:
    """The noun object of ``head``'s "of" ("a series *of bombings*", "a patch *of troops*"): the
    first "of" that has one."""
    for prep in t.kids[head]:
        if t.dep[prep] in PREP_DEPS and t.lower[prep] == "of":
            for pobj in t.kids[prep]:
                if t.dep[pobj] in NOUN_POBJ_DEPS:
                    return pobj
    return None


#: Possessive endings a name may carry as its last token ("Labour 's", "the Fed's").
POSSESSIVE_ENDINGS = frozenset({"'s", "'", "’s", "’"})


def entity_of(token: Token) -> Span | None:
    """The named entity ``token`` is part of, found through the IOB tags (no scan of
    ``doc.ents``), or None."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def entity_words(token: Token) -> tuple[str, ...] | None:
    """The words of the entity ``token`` belongs to, without a leading "the" or a trailing
    possessive ("the Fed's" -> ``("Fed",)``); None when it is in no entity."""
    ent = entity_of(token)
    if ent is None:
        return None
    words = [t.text for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    while words and words[-1] in POSSESSIVE_ENDINGS:
        words.pop()
    return tuple(words)

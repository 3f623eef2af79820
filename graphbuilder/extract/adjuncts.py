"""The setting of a statement: the phrases on its verb, outside its arguments, that set the
act's circumstances -- mostly time and place, also other in/on/at phrases.

A statement's object is one participant ("began *an investigation*"); the phrases that say
when or where it happened ("*in late 1995*", "*On 12 July 2006*", "*at the summit*",
"*That night*") hang on the same verb but are no participant, and stay out of the object
(the date they name goes to the statement's ``date``). :func:`setting_phrases` gives them,
in text order, for the evidence's ``setting`` (and so the CaRB tuple's further arguments):

- a prepositional phrase on the verb with a preposition of :data:`SETTING_PREPOSITIONS`, or
  any preposition whose object is a date or time; so also "*in new technology*", "*on
  marketing*": in/on/at phrases that are circumstances other than time and place. Not a
  relative word ("*at which*") or a fixed connective (:data:`CONNECTIVES`);
- a bare noun phrase or adverb of time on the verb ("yesterday", "last month", "That night");
- a time right after a verb of saying belongs to the saying, even when the parser hung it on
  the reported clause ("said *on Monday* it would close shops":
  :func:`graphbuilder.extract.frames.saying_time`).

Nothing inside the subject, the object or the relation's own tokens; no punctuation at either
edge; at most :data:`MAX_SETTING_TOKENS` tokens.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.frames import ADJUNCT_ENTS, saying_time
from graphbuilder.extract.labels import CLAUSE_DEPS, POBJ_DEPS, PREP_DEPS, VERB_POS
from graphbuilder.lexicon import REPORTING_VERBS
from graphbuilder.nlp.tables import DocTables, tables_of

#: Prepositions whose phrase on a verb sets the scene (mostly time or place) rather than
#: naming a participant. Not :data:`graphbuilder.extract.frames.SETTING_PREPS`, which asks
#: another question: which phrase on a verb with an object is no argument, so no statement
#: of its own. That list leaves out "on", "during", "since" ("spent £2bn *on* marketing" is a
#: statement; "during"/"since" are never objects anyway) and holds "down", "along" ("played
#: *down* the risk"); this one asks which phrase left on the verb outside the statement's
#: arguments is its setting, where "*on* Monday" counts.
SETTING_PREPOSITIONS = frozenset(
    "in on at during since until till before after throughout within near inside outside across "
    "around amid amidst".split()
)
#: Entity labels of a time (the extractor's adjunct labels).
TIME_ENTS = ADJUNCT_ENTS
#: Dependency labels of a bare time phrase on a verb ("*last month*", "*yesterday*").
_BARE_TIME_DEPS = frozenset({"npadvmod", "advmod"})
#: Tags of relative and question words: "*at which* they met" sets nothing of its own.
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: Preposition and noun that make a fixed connective, no setting ("*in order to*", "*in case*",
#: "*in addition to*").
CONNECTIVES = frozenset({("in", "order"), ("in", "case"), ("in", "addition")})
#: Punctuation that separates a phrase from what follows or precedes it: trimmed at its edges.
_EDGE_PUNCT = frozenset({",", ";", ":", ".", "-", "–", "—", "--", "...", "…"})
#: Longest setting phrase kept (tokens): a longer one carries a clause or a list of its own.
MAX_SETTING_TOKENS = 12


def setting_phrases(cand: Candidate) -> list[Span]:
    """The setting phrases of ``cand``'s verb outside its subject, object and relation."""
    verb = _verb_of(cand)
    if verb is None:
        return []  # no verb of its own: the noun's modifiers are its arguments
    t = tables_of(verb)
    said = _saying_times(t, verb.i)  # "*said* on Monday it would": the saying's, on its clause
    saying_s = _saying_time_of(t, verb.i)  # "said on Monday it *would close*": not the closing's
    out: list[Span] = []
    for c in sorted([*t.kids[verb.i], *said]):
        if c not in said and (c == saying_s or not (_setting_prep(t, c) or _bare_time(t, c))):
            continue
        start, end = _trimmed(t, t.left_edge(c), t.right_edge(c) + 1)
        if start >= end or end - start > MAX_SETTING_TOKENS or _overlaps_arguments(cand, start, end):
            continue
        out.append(Span(verb.doc, start, end))
    return out


def _verb_of(cand: Candidate) -> Token | None:
    """The verb that holds the candidate's setting: its own, or for a noun's statement the
    first verb of its relation ("*imposed* sanctions on": a light verb and its noun); None
    for an apposition or a noun with no verb in its relation."""
    if cand.construct == "apposition":
        return None
    if cand.construct == "nominal":
        return next((tok for tok in cand.relation if tok.pos_ == "VERB"), None)
    return cand.verb


def _saying_times(t: DocTables, v: int) -> list[int]:
    """Prepositions of the phrases of time that belong to the verb of saying ``v`` though the
    parser hung them on the clause it reports (:func:`~graphbuilder.extract.frames.saying_time`)."""
    if not _reports(t, v):
        return []
    found = (saying_time(t, v, c) for c in t.kids[v] if t.dep[c] in CLAUSE_DEPS)
    return [k for k in found if k is not None]


def _saying_time_of(t: DocTables, c: int) -> int | None:
    """The preposition of the phrase of time on the reported clause ``c`` that is its saying's."""
    v = t.heads[c]
    if v == c or t.dep[c] not in CLAUSE_DEPS or not _reports(t, v):
        return None
    return saying_time(t, v, c)


def _reports(t: DocTables, v: int) -> bool:
    return t.pos[v] in VERB_POS and t.lemma_lower[v] in REPORTING_VERBS


def _overlaps_arguments(cand: Candidate, start: int, end: int) -> bool:
    """Does ``doc[start:end]`` (``start < end``) share a token with the candidate's subject,
    object or relation?"""
    for span in (cand.subject, cand.object):
        if span is not None and span.start < span.end and span.start < end and start < span.end:
            return True
    return any(start <= tok.i < end for tok in cand.relation)


def _trimmed(t: DocTables, start: int, end: int) -> tuple[int, int]:
    """``start``, ``end`` without the separating punctuation at either edge ("on access
    arrangements*,*"); quote marks and brackets stay (they come in pairs), and so does "%"."""
    while start < end and t.text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and t.text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return start, end


def _setting_prep(t: DocTables, c: int) -> bool:
    if t.dep[c] not in PREP_DEPS or t.pos[c] != "ADP":
        return False
    objects = [o for o in t.kids[c] if t.dep[o] in POBJ_DEPS]
    if not objects or t.pos[objects[0]] in ("VERB", "AUX"):
        return False  # "after returning from ...": a clause
    o = objects[0]
    if t.tag[o] in RELATIVE_TAGS:
        return False  # "the summit *at which* they met": the relative word, not a setting
    if o == c + 1 and (t.lower[c], t.lower[o]) in CONNECTIVES:
        return False  # "*in order to* save money", "*in case* it failed": a connective
    return t.lower[c] in SETTING_PREPOSITIONS or t.ent_type[objects[0]] in TIME_ENTS


def _bare_time(t: DocTables, c: int) -> bool:
    return t.dep[c] in _BARE_TIME_DEPS and t.ent_type[c] in TIME_ENTS

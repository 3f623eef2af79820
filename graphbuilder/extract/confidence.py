"""Statement confidence: how often a candidate of its kind is right in news text.

The confidence of a candidate is the product of looked-up factors, measured on the
development part of the project's news gold set (``graphbuilder eval news --calibration``):
the construct it was read from, the kind of its subject (named or not; one conjunct of
several; taken from an object position) and whether its verb heads the sentence or a
subordinate clause. Explicit frames between named actors in a main clause are
right most often; prepositional and passive frames, pronoun or common-noun subjects and verbs
in relative or adverbial clauses are wrong much more often. Frames multiply in how the
subject was found (inherited, controlled, relative) and a prepositional object next to a
direct object; resolution lowers it further (ambiguous or pronoun subjects).
:func:`argument_confidence` then lowers a candidate for what its arguments show about the
parse: an object that is the hearer of "told" (what was said is elsewhere), a pronoun for a
thing, one conjunct of several, or a second complement while the direct object is left out
("branded Mr Howard *arrogant*"); a placeholder "it" as subject; a subject far from its verb
or a long description as subject; a fallback dependency label (dep, appos, npadvmod,
parataxis) between an argument and its verb; and for a part of the sentence the statement
leaves out: the hearer of "told" when the statement holds what was told, the other
conjuncts of a subject ("*Velmora* and Arden signed"); and for a frame read inside another
verb's clause complement ("the footage shows that *Velmora closed the border*").

Calibration (session 26): the values are the fully-correct rates of blind judges' verdicts
on statements of unread news (ABC 2001-02 and 2016-17 wire text, judges J6-J9: 435 judged
asserted statements), fitted as a product (a log-binomial fit, each value pulled towards its
old one and never raised) and rounded; the judges J10 and J11 (227 statements of 2016-17 wire
text) were held out. There statements with confidence >= :data:`TRUSTED_CONFIDENCE` were
fully correct 94 of 112 times (0.84, Wilson 95% 0.76-0.90; 0.76 before), keeping 14.9% of
the asserted statements (17.2% before); fitted the other way round, J6-J9 held out, 0.94
(0.87 before). See README, "Confidence".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.expletives import is_expletive
from graphbuilder.extract.labels import DATIVE_DEPS, OBJ_DEPS
from graphbuilder.lexicon import COMMUNICATION_VERBS
from graphbuilder.nlp.tables import DocTables, tables_of

#: Confidence from which a statement counts as trusted: fully correct about four times in five
#: (held-out blind judges J10+J11: 0.84, Wilson 95% 0.76-0.90; blind judges J12+J13 on unread
#: news after the calibration: 100 of 120, 0.83, 0.76-0.89; see the module docstring).
TRUSTED_CONFIDENCE = 0.7

#: What the threshold was measured to mean (README, "Confidence"): on the verdicts of the
#: blind judges J10 and J11 (2016-17 wire text, held out of the fit), asserted statements with
#: confidence >= TRUSTED_CONFIDENCE fully correct ``fully`` of ``judged`` times, keeping
#: ``kept_percent`` of the asserted statements of their 200 articles.
CALIBRATION: dict[str, dict[str, float]] = {"held_out": {"fully": 94, "judged": 112, "kept_percent": 14.9}}

#: Base confidence of each construct (with a named subject in a main clause). Values marked
#: "judged" are the fit on the verdicts of the blind judges J6-J9 (module docstring): the
#: share of such statements they found fully correct, with the other factors taken out.
CONSTRUCT_CONFIDENCE: dict[str, float] = {
    "svo": 0.85,
    "ccomp": 0.72,  # judged: 0.8 -> 0.72 (a clause that is not a report; 6 statements)
    "title": 0.85,  # "US President Donald Trump"
    "apposition": 0.95,  # "Sadie, a retriever"
    # judged: 0.7 -> 0.65: fully correct 5 of 8 (J6-J9); at 0.7 a plain "X is Y" sat exactly on
    # the threshold though wrong more often than one time in five
    "copula": 0.65,
    "passive": 0.65,
    # "X said that ...": the saying with a named speaker in a main clause is right as often as
    # a plain svo frame (dev part of the news gold set 19 of 21, BBC articles judged by hand 24
    # of 25, judges J6-J9 0.86 of 147); what was said carries its own statement and confidence
    "report": 0.8,
    # judged: 0.6 -> 0.56 (46 statements, fully correct 0.41; fitted 0.47-0.56 with or without
    # the signals of argument_confidence: the smaller step kept)
    "prep": 0.56,
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
    t = tables_of(verb)
    root = t.span_root(subject.start, subject.end)  # subject.root, from the Doc's tables
    confidence = CONSTRUCT_CONFIDENCE.get(kind, DEFAULT_CONFIDENCE)
    if t.ent_type[root] not in NAMED_SUBJECT_ENTS:
        confidence *= UNNAMED_SUBJECT_FACTOR
    if t.dep[verb.i] not in MAIN_CLAUSE_DEPS:
        confidence *= SUBORDINATE_FACTOR
    if t.dep[root] in CONJUNCT_DEPS:
        confidence *= CONJUNCT_SUBJECT_FACTOR
    elif t.dep[root] in OBJECT_POSITION_DEPS:
        confidence *= OBJECT_POSITION_FACTOR
    return round(confidence, 3)


#: Verbs whose object is the hearer ("told Reuters", "told MPs that ..."): what was said is
#: not in the statement, only who heard it.
HEARER_VERBS = frozenset({"tell", "inform", "brief", "assure", "remind"})
#: Verbs whose clause object is what is said (to someone).
SAYING_VERBS = COMMUNICATION_VERBS | HEARER_VERBS
#: Labels of the hearer as object ("told *MPs*", "told *him* a story").
HEARER_DEPS = OBJ_DEPS | DATIVE_DEPS
#: Factor for an object that is the hearer of a verb of telling.
HEARER_OBJECT_FACTOR = 0.7
#: Pronouns that stand for a thing or a clause, not a person ("puts *it* beautifully").
THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "which"})
#: Factor for an object that is only such a pronoun: the statement says nothing on its own.
THING_PRONOUN_OBJECT_FACTOR = 0.7
#: Factor for a subject that is a placeholder "it" ("it makes sense to ..."): no actor at all.
EXPLETIVE_SUBJECT_FACTOR = 0.5
#: Labels of a second complement ("called the dip *a mild decline*", "branded Mr Howard
#: *arrogant*"), and of the direct object such a statement leaves out.
SECOND_COMPLEMENT_DEPS = frozenset({"oprd", "ccomp", "xcomp"})
#: Factor for a second complement taken as object while the direct object is in no argument.
SKIPPED_OBJECT_FACTOR = 0.7
#: Tokens between the end of a subject and its verb from which the subject counts as far
#: ("The UK, France, Germany, Austria, the Netherlands and Sweden want"): a list, a clause
#: or a parenthesis between them, each a chance for the parse to join the wrong pieces.
FAR_SUBJECT_GAP = 6
FAR_SUBJECT_FACTOR = 0.85
#: Length in tokens from which a subject that names no one is a long description ("the need
#: to lessen its dependence on imports"): on the dev part of the news gold set, right a third
#: of the time against a half for all statements.
LONG_DESCRIPTION = 4
LONG_DESCRIPTION_FACTOR = 0.8
#: Labels the parser gives when it cannot tell how a word attaches: an argument hanging on
#: the verb through one of them is a guess.
FALLBACK_DEPS = frozenset({"dep", "appos", "npadvmod", "parataxis", "meta"})
FALLBACK_FACTOR = 0.7
#: Factor for what was told taken as object while the hearer stays out ("X told Reuters [that
#: ...]" -> "X told [that ...]"): judged partly right (addressee dropped) nearly every time,
#: J6-J9 fully correct 3 of 8, J10-J11 0 of 7; fitted 0.64-0.69.
HEARER_LEFT_OUT_FACTOR = 0.7
#: Factor for a subject whose other conjuncts stay out of it ("[the EU] and Turkey signed"):
#: the statement gives one actor what several did (J6-J9 fully correct 5 of 11; fitted 0.81).
#: Also seen, and left out because CaRB's AUC fell with them: an object's other conjuncts, a
#: "to/against/from ..." phrase after the object, a clause the verb governs, left out.
SUBJECT_CONJUNCT_LEFT_OUT_FACTOR = 0.8
#: Labels of a verb that heads another verb's clause complement ("the tape is alleged to show
#: [bin Laden *discussed* ...]", "US media reported [Trump *offered* ...]").
COMPLEMENT_CLAUSE_DEPS = frozenset({"ccomp"})
#: Factor for a statement read inside such a clause with no speaker found for it:
#: what someone said, believed or showed, which a statement stated as fact turns into the
#: writer's claim (J6-J9 fully correct 0 of 5, J10-J11 2 of 9). Too few to fit: 0.8 is the
#: smallest step that takes a plain frame (0.85) below the threshold. An attributed statement
#: ("Putin said that [Velmora closed the border]") carries its source and keeps its confidence.
COMPLEMENT_CLAUSE_FACTOR = 0.8


def argument_confidence(candidate: Candidate) -> float:
    """The candidate's confidence times the factors its arguments call for (module docstring)."""
    t = tables_of(candidate.verb)
    subject, obj = candidate.subject, candidate.object
    # each signal reads the Doc's tables, the verb's index and the roots of the subject and
    # the object (-1 without an object), worked out here once
    s = t.span_root(subject.start, subject.end)
    o = t.span_root(obj.start, obj.end) if obj is not None else -1
    v = candidate.verb.i
    factor = 1.0
    for applies, f in _ARGUMENT_FACTORS:
        if applies(candidate, t, v, s, o):
            factor *= f
    return candidate.confidence if factor == 1.0 else round(candidate.confidence * factor, 3)


def _hearer_object(c: Candidate, t: DocTables, v: int, s: int, o: int) -> bool:
    """ "X told Reuters", "X told MPs that ...": the object is who heard it."""
    return o >= 0 and t.lemma_lower[v] in HEARER_VERBS and t.heads[o] == v and t.dep[o] in HEARER_DEPS


def _thing_pronoun_object(c: Candidate, t: DocTables, v: int, s: int, o: int) -> bool:
    obj = c.object
    return obj is not None and len(obj) == 1 and t.lower[o] in THING_PRONOUNS


def _expletive_subject(c: Candidate, t: DocTables, v: int, s: int, o: int) -> bool:
    return len(c.subject) == 1 and t.lower[s] == "it" and is_expletive(t.tokens[s])


def _inside(i: int, span: Span | None) -> bool:
    return span is not None and span.start <= i < span.end


def _skipped_object(c: Candidate, t: DocTables, v: int, s: int, o: int) -> bool:
    """A second complement taken as object while the verb's direct object is in neither
    argument ("Simon Hughes branded [Mr Howard] 'arrogant and wrong'")."""
    if o < 0 or t.heads[o] != v or t.dep[o] not in SECOND_COMPLEMENT_DEPS:
        return False
    if t.dep[o] == "ccomp" and t.lemma_lower[v] in SAYING_VERBS:
        return False  # "told Reuters that", "warned MPs that": the object hears, what was said is the core
    return any(
        t.dep[k] in OBJ_DEPS and not _inside(k, c.subject) and not _inside(k, c.object) for k in t.kids[v]
    )


def _conjunct_object(c: Candidate, t: DocTables, v: int, s: int, o: int) -> bool:
    """One conjunct of a coordinated object ("met Blair and *Brown*"), as for subjects."""
    return o >= 0 and t.dep[o] in CONJUNCT_DEPS and t.heads[o] != v


def _far_subject(c: Candidate, t: DocTables, v: int, s: int, o: int) -> bool:
    end = c.subject.end
    return end <= v and v - end >= FAR_SUBJECT_GAP


def _long_description(c: Candidate, t: DocTables, v: int, s: int, o: int) -> bool:
    named = t.ent_type[s] in NAMED_SUBJECT_ENTS or t.pos[s] == "PROPN"
    return len(c.subject) >= LONG_DESCRIPTION and not named


def _hangs_by_fallback(t: DocTables, i: int, v: int) -> bool:
    """Does token ``i`` reach the verb ``v`` through a fallback label (a few steps at most)?"""
    for _ in range(8):
        if i == v or t.heads[i] == i:
            return False
        if t.dep[i] in FALLBACK_DEPS:
            return True
        i = t.heads[i]
    return False


def _below(t: DocTables, i: int, v: int) -> bool:
    """Is ``v`` one of the ancestors of ``i`` (``Token.ancestors``: its head, that one's head,
    ... up to the sentence root)?"""
    heads = t.heads
    for _ in range(len(heads)):
        head = heads[i]
        if head == i:
            return False
        if head == v:
            return True
        i = head
    return False


def _fallback_attachment(c: Candidate, t: DocTables, v: int, s: int, o: int) -> bool:
    if t.dep[v] in FALLBACK_DEPS:
        return False  # the verb itself is an appended clause: what hangs on it is its own
    args = (s, o) if o >= 0 else (s,)
    return any(_below(t, a, v) and _hangs_by_fallback(t, a, v) for a in args)


def _left_out(c: Candidate, i: int) -> bool:
    """Is token ``i`` in neither argument nor the relation?"""
    return not _inside(i, c.subject) and not _inside(i, c.object) and all(r.i != i for r in c.relation)


def _hearer_left_out(c: Candidate, t: DocTables, v: int, s: int, o: int) -> bool:
    """ "X told Reuters that ..." read as "X told [that ...]": the hearer is in no argument."""
    if o < 0 or t.lemma_lower[v] not in HEARER_VERBS:
        return False
    if t.heads[o] == v and t.dep[o] in HEARER_DEPS:
        return False  # the hearer is the object: _hearer_object
    return any(t.dep[k] in HEARER_DEPS and _left_out(c, k) for k in t.kids[v])


def _subject_conjunct_left_out(c: Candidate, t: DocTables, v: int, s: int, o: int) -> bool:
    """The first of several subject conjuncts, the others outside the subject ("*Velmora* and
    Arden signed"); the later conjuncts have their own factor, :data:`CONJUNCT_SUBJECT_FACTOR`."""
    return t.dep[s] not in CONJUNCT_DEPS and any(
        t.dep[k] in CONJUNCT_DEPS and not _inside(k, c.subject) for k in t.kids[s]
    )


def _in_complement_clause(c: Candidate, t: DocTables, v: int, s: int, o: int) -> bool:
    """ "the footage shows that [Velmora closed the border]", "US media reported [Trump offered
    ...]": a clause complement with no speaker the statement could carry (a reporter is no
    source of the claim: what media reported stays the writer's account of it)."""
    return t.dep[v] in COMPLEMENT_CLAUSE_DEPS and c.speaker is None


#: Each argument signal with its factor, in the order they are checked.
_ARGUMENT_FACTORS: tuple[tuple[Callable[[Candidate, DocTables, int, int, int], bool], float], ...] = (
    (_hearer_object, HEARER_OBJECT_FACTOR),
    (_thing_pronoun_object, THING_PRONOUN_OBJECT_FACTOR),
    (_expletive_subject, EXPLETIVE_SUBJECT_FACTOR),
    (_skipped_object, SKIPPED_OBJECT_FACTOR),
    (_conjunct_object, CONJUNCT_SUBJECT_FACTOR),
    (_far_subject, FAR_SUBJECT_FACTOR),
    (_long_description, LONG_DESCRIPTION_FACTOR),
    (_fallback_attachment, FALLBACK_FACTOR),
    (_hearer_left_out, HEARER_LEFT_OUT_FACTOR),
    (_subject_conjunct_left_out, SUBJECT_CONJUNCT_LEFT_OUT_FACTOR),
    (_in_complement_clause, COMPLEMENT_CLAUSE_FACTOR),
)

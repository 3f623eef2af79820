"""Verb frames: who did what to whom, read off the dependency parse of one sentence.

Each verb yields candidates for its subjects (own, inherited through a conjunction,
controlled by the governing verb, or the noun a relative clause modifies) paired with its
direct objects (``svo``), prepositional objects (``prep``), complement clauses
(``ccomp``), infinitive complements (``xcomp``) and copular complements (``copula``).
Passives turn the agent into the subject (``passive``). Verbs of saying set the speaker
of what they report (see attribution) and make only a low-confidence statement themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Span, Token

from graphbuilder.extract.attribution import (
    misread_inverted_report,
    reported_before,
    reported_continuation,
    stranded_name,
)
from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.confidence import HEARER_VERBS, statement_confidence
from graphbuilder.extract.labels import (
    ACL_DEPS,
    ADVCL_DEPS,
    AGENT_DEPS,
    ANY_SUBJ_DEPS,
    APPOS_DEPS,
    ATTR_DEPS,
    AUX_DEPS,
    CLAUSE_DEPS,
    CONJ_DEPS,
    CONTROL_DEPS,
    DATIVE_DEPS,
    EXPL_DEPS,
    FINITE_TAGS,
    MARK_DEPS,
    NEG_DEPS,
    NOMINAL_SUBJ_DEPS,
    OBJ_DEPS,
    PARTICIPLE_TAGS,
    PARTICLE_DEPS,
    PASSIVE_SUBJ_DEPS,
    POBJ_DEPS,
    PREP_DEPS,
    QUOTE_MARKS,
    RELCL_DEPS,
    SUBJ_DEPS,
    TENSE_AUX_DEPS,
    VERB_POS,
    WH_TAGS,
)
from graphbuilder.extract.modality import content_noun_before, demanded_noun, first_conjunct
from graphbuilder.extract.polarity import (
    ASPECTUAL_VERBS,
    NEGATING_VERBS,
    NON_ASSERTIVE_VERBS,
    SMALL_CLAUSE_GOVERNORS,
    denies_itself,
    is_negated,
    modality,
)
from graphbuilder.extract.predicates import NOMINAL_EVENTS, predicate_name, verb_predicate
from graphbuilder.extract.spans import (
    argument,
    clause,
    conjuncts,
    indefinite_name_run_on,
    is_alternative,
    is_alternatives,
    is_description_before_name,
    is_junk_argument,
    is_split_title,
    named_apposition,
    noun_phrase,
    organisation_anchor,
    run_in_subject_before,
    with_closing_quote,
)
from graphbuilder.lexicon import (
    ADJECTIVE_VERBS,
    PERSON_NOUNS,
    REPORTING_VERBS,
    SOURCE_VERBS,
    TO_PHRASE_VERBS,
)
from graphbuilder.nlp.tables import DocTables, doc_tables, tables_of

#: Factor for an object that takes in the phrase or infinitive after it ("put [an offer to
#: workers]", :func:`_taken_in`): the parser may have hung the phrase on the wrong word, so
#: the longer argument is less sure than the bare noun phrase. (CaRB dev AUC, 0.3568 without
#: the rule: 0.3569 at 0.7, 0.3566 at 0.8, about 0.356 at 1.0.)
TAKEN_IN_FACTOR = 0.7
#: Factor for a prepositional object next to a direct object (an adjunct more often).
SECONDARY_PREP_FACTOR = 0.7
#: Prepositions of place and time: adjuncts, no argument, when the verb has an object or a
#: complement clause ("played down the risk at a briefing", "signed the deal in Paris").
#: Not "behind", "beyond", "past": "threw its weight behind the bill" names what is backed.
SETTING_PREPS = frozenset(
    "in at near outside inside across around throughout within after before down along beside "
    "opposite".split()
)
#: Prepositions whose phrase after a verb of saying tells where, when or through what it was
#: said, never what ("said *on* Twitter", "wrote *in* a letter", "told reporters *at* a
#: briefing"): no statement of its own, what was said is the statement. ("wrote to", "said of"
#: name the hearer or the one spoken of; a verb with a particle is another verb: "wrote off at
#: full value"; "spoke in Madrid" tells where one appeared, an act of its own.)
_CHANNEL_PREPS = frozenset("on in at from during after before aboard outside inside near over".split())
SAYING_SETTING_PREPS: dict[str, frozenset[str]] = dict.fromkeys(
    "say tell state add tweet write remark".split(), _CHANNEL_PREPS
)
#: Prepositions that, after a direct object, say what becomes of the object or what it is taken
#: for ("sees the market *as* a growth area", "drove the creature *into* the airlock"): without
#: the object, the phrase says something of the subject that was not said.
OBJECT_PREDICATE_PREPS = frozenset({"as", "into", "onto"})
#: Punctuation after which a clause is a new sentence rather than a complement.
CLAUSE_BREAKS = frozenset({"-", "–", "—", "--", ";"})
#: Prepositions that never introduce an object: they set time, manner or attribution.
NON_OBJECT_PREPS = frozenset({"according", "despite", "during", "since", "until", "till", "amid", "like"})
#: Entity labels of adjuncts (dates, amounts) rather than participants.
ADJUNCT_ENTS = frozenset({"DATE", "TIME"})
#: Factor for a time adjunct used as the object of a verb that has no other ("ended on 6 April").
ADJUNCT_FACTOR = 0.5
#: Verbs whose prepositional object controls their infinitive ("appealed to Putin to spare").
PREP_CONTROL_VERBS = frozenset({"appeal", "call", "plead", "signal", "wait"})
#: Verbs that make one predicate with the infinitive after them ("*had to* walk", "*needs to*
#: raise", "*scrambled to* evacuate", "*appear to* be"): the embedded verb's statement (its
#: relation "had to walk") says the act; a statement of the catenative verb with the
#: infinitive as its object ("had [walk 12 km]") splits the one predicate in two.
CATENATIVE_VERBS = frozenset("have need scramble rush move hurry hasten race appear seem manage tend".split())
#: Verbs of arriving and staying, whose place is their argument: "arrived *in Amman* for
#: talks", "lives *in Perth* with her son".
PLACE_VERBS = frozenset("arrive land live stay remain settle reside return work serve".split())
#: Verbs whose object is a means or a stretch of time, not the doer of the infinitive or
#: participle after it: "used stolen data *to manipulate* prices" (they manipulated),
#: "spent weeks *examining* the plans" (they examined).
INSTRUMENT_VERBS = frozenset("use employ exploit deploy utilise utilize spend borrow".split())
#: Nouns of a stretch of time: never the doer of a verb ("the next few weeks examining").
TIME_NOUNS = frozenset(
    "second minute hour day night morning afternoon evening week weekend fortnight month "
    "quarter season year decade century period time while past future".split()
)
#: Prepositions whose object names the parties together ("talks between X and Y").
JOINT_PREPS = frozenset({"between", "among", "amongst"})
#: Nouns after "on" that make a reason or a mandate, no argument ("on X's behalf", "on the orders
#: of", "on the basis of", "on grounds of").
ON_ADJUNCT_NOUNS = frozenset(
    {"behalf", "order", "orders", "basis", "ground", "grounds", "instruction", "instructions"}
)
#: Prepositions that set a clock time or a stretch of time ("at about 2200", "on the night").
TIME_PREPS = frozenset({"at", "on", "in", "around", "by"})
#: Prepositions whose object is a cause, purpose or alternative, not an argument, when the
#: word before them is the given one: "due to", "owing to", "thanks to", "instead of".
CAUSE_PREP_HEADS = frozenset({"due", "owing", "thanks", "instead", "regardless", "irrespective"})
#: Nouns that make "in/as a N of/to" a purpose, response or consequence adjunct
#: ("filed in a bid to stave off", "rose as a result of", "in return for", "in hopes of",
#: "in order to", "in light of").
ADJUNCT_PREP_NOUNS = frozenset(
    {"bid", "attempt", "effort", "response", "return", "result", "consequence"}
    | {"hope", "order", "search", "protest", "memory", "honour", "honor", "view", "light", "spite"}
)

#: Clauses an expletive "it" stands for: "it is hard to say", "it is clear that", "it is a pity if".
EXTRAPOSED_DEPS = frozenset({"ccomp", "xcomp", "csubj", "advcl"})
#: Verbs whose "it" subject stands for a "that" clause ("it emerged that", "it amazes me that").
EXTRAPOSING_VERBS = frozenset(
    "emerge seem appear happen transpire turn amaze surprise shock worry concern matter follow mean".split()
)
#: Verbs that take a predicative complement like the copula ("became acting president").
LINKING_VERBS = frozenset({"become", "remain", "seem", "appear", "stay", "look", "sound", "prove"})
_COPULAR_LEMMAS = LINKING_VERBS | {"be"}
_GOVERNED_DEPS = CONTROL_DEPS | CLAUSE_DEPS
_PREP_OR_DATIVE_DEPS = PREP_DEPS | DATIVE_DEPS
_NON_OBJECT_ENTS = ADJUNCT_ENTS | {"CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


class Subject(NamedTuple):
    """A subject head and how it was found (confidence factor; patient of a passive)."""

    head: Token
    factor: float
    patient: bool


def verb_frames(sent: Span) -> Iterator[Candidate]:
    """Candidates for every verb frame in ``sent``."""
    tables = doc_tables(sent.doc)
    pos, dep, tokens = tables.pos, tables.dep, tables.tokens
    for i in range(sent.start, sent.end):
        if pos[i] not in VERB_POS or dep[i] in AUX_DEPS:
            continue
        verb = tokens[i]
        if misparsed_modifier(verb) or misread_inverted_report(tables, i):
            continue
        yield from _frames_of(verb, sent)


def misparsed_modifier(verb: Token) -> bool:
    """An adjective the tagger read as an infinitive after a "to" that is a preposition:
    "exposed workers to *live* rounds" is no "workers lived rounds" (the governor takes
    "to" + noun phrase, the word is as often an adjective, and a noun follows it)."""
    t = tables_of(verb)
    v = verb.i
    if t.dep[v] not in CONTROL_DEPS or t.lower[v] not in ADJECTIVE_VERBS:
        return False
    to = [c for c in t.kids[v] if t.tag[c] == "TO" and c == v - 1]
    nxt = v + 1 if v + 1 < len(t.tokens) else None
    return (
        bool(to)
        and t.lemma_lower[t.heads[v]] in TO_PHRASE_VERBS
        and nxt is not None
        and t.pos[nxt] in ("NOUN", "PROPN")
    )


def _frames_of(verb: Token, sent: Span) -> Iterator[Candidate]:
    subjects = find_subjects(verb)
    if not subjects:
        return
    negated, mode = verb_polarity(verb)
    passive = _is_passive(verb)
    for subj in subjects:
        if subj.patient or passive:
            yield from _passive_frames(verb, sent, subj, negated, mode)
        else:
            yield from _active_frames(verb, sent, subj, negated, mode)


# --- subjects ---------------------------------------------------------------------------


#: How far up a chain of conjoined, controlled or adverbial verbs a subject is looked for.
MAX_SUBJECT_DEPTH = 6
#: Confidence factors of a subject found other than as the verb's own.
RELATIVE_FACTOR = 0.9  # the noun a relative clause modifies ("the man who met ...")
CONJUNCT_FACTOR = 0.9  # shared with a conjoined verb ("met Orban and discussed ...")
CONTROLLER_FACTOR = 0.85  # the controller of an infinitive ("urged Kyiv to order")
MODIFIED_NOUN_FACTOR = 0.8  # the noun a participle modifies ("troops stationed in ...")
PURPOSE_FACTOR = 0.7  # "for X" before an infinitive ("a plan for Kyiv to hold talks")
ADVERBIAL_FACTOR = 0.6  # the main clause's subject of a participle or infinitive adjunct
STRANDED_FACTOR = 0.8  # a name the parser hung on the phrase before a verb without subject

#: A way to find a verb's subjects: a list (possibly empty) when it applies, None to pass on.
SubjectStrategy = Callable[[Token, int], list[Subject] | None]


def find_subjects(verb: Token, depth: int = 0) -> list[Subject]:
    """Subject heads of ``verb``: own, relative, inherited, controlled or modified noun.

    The strategies in :data:`SUBJECT_STRATEGIES` are tried in order; the first that applies
    decides. ``depth`` counts the verbs climbed so far.
    """
    if depth > MAX_SUBJECT_DEPTH:
        return []
    for strategy in SUBJECT_STRATEGIES:
        found = strategy(verb, depth)
        if found is not None:
            return found
    return []


def own_subjects(verb: Token, depth: int) -> list[Subject] | None:
    """The verb's own subjects and passive subjects; a relative pronoun stands for its noun.

    A subject the parser hung on the verb's auxiliary is the verb's ("Included in the group
    *was* Hua": Hua was included); of a run of subjects side by side, only the last is one
    ("Coast Guard *Lt* . Steve *Hardy* said": a title cut from its name by a full stop); a
    description with a name in apposition stands for the name ("The head of the service,
    Dr Strong, said": Strong said).
    """
    t = tables_of(verb)
    heads = _subject_heads(t, verb.i)
    if not heads:
        return None
    heads = _drop_misread_subjects(t, verb.i, heads)
    passive = _is_passive(verb)
    found: list[Subject] = []
    for head, patient in heads:
        found.extend(_head_subjects(t, verb, head, patient or (passive and t.heads[head.i] != verb.i)))
    return found


def _subject_heads(t: DocTables, v: int) -> list[tuple[Token, bool]]:
    """The verb's subject words as the parser gave them, each with whether it is the patient."""
    dep, tokens = t.dep, t.tokens
    kids = subject_holders(t, v)
    heads = [(tokens[c], False) for c in kids if dep[c] in SUBJ_DEPS]
    heads += [
        (tokens[c], True)
        for c in kids
        if dep[c] in PASSIVE_SUBJ_DEPS or (dep[c] == "attr" and t.heads[c] != v)
    ]
    return heads


def _drop_misread_subjects(t: DocTables, v: int, heads: list[tuple[Token, bool]]) -> list[tuple[Token, bool]]:
    """Without a title cut from its name, a noun set off by a comma, a description before its name."""
    if len(heads) == 1:  # a title or a description needs a second subject after it
        alone = heads[0][0].i
        return [] if _comma_before_verb(t, alone, v) or _relative_head_with_name(t, alone) else heads
    indices = [k.i for k, _ in heads]
    heads = [h for h in heads if not is_split_title(t, h[0].i, indices)]
    heads = [h for h in heads if not _comma_before_verb(t, h[0].i, v)]
    indices = [k.i for k, _ in heads]
    heads = [h for h in heads if not is_description_before_name(t, h[0].i, indices)]
    indices = [k.i for k, _ in heads]
    return [h for h in heads if not _run_into_next_subject(t, h[0].i, indices)]


def _relative_head_with_name(t: DocTables, i: int) -> bool:
    """An indefinite common-noun subject with a name hung on it, nothing between: "Another
    offer *Varnbank* made its savers is ...": the name is the subject of a relative clause on
    the noun, which did not do what the verb says."""
    if t.pos[i] != "NOUN":
        return False
    return any(t.dep[c] in APPOS_DEPS and indefinite_name_run_on(t, i, c) for c in t.kids[i])


#: Parts of speech the first word of a noun phrase subject has ("*the* bank", "*Varnbank*").
_SUBJECT_OPENING_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM"})


def _run_into_next_subject(t: DocTables, i: int, subjects: list[int]) -> bool:
    """A common noun the parser made a subject beside another one right after it, nothing
    between: the head of a relative clause without "that" ("Another *offer* the bank made its
    clients is ...": the bank made the offer), or a description run into its name. The noun
    did not do what the verb says."""
    if t.pos[i] != "NOUN" or t.dep[i] not in SUBJ_DEPS:
        return False
    if _relative_head_with_name(t, i):
        return True
    later = [s for s in subjects if s > i]
    if not later or t.right_edge(i) != i:
        # (a phrase after the noun may have cut a name short: "a study in the journal
        # *Nature* found", where the noun is the subject and the name is its phrase's)
        return False
    start = t.left_edge(min(later))
    return start == i + 1 and t.pos[start] in _SUBJECT_OPENING_POS


def _head_subjects(t: DocTables, verb: Token, head: Token, patient: bool) -> list[Subject]:
    """The subjects one subject word stands for: its conjuncts, a relative pronoun's noun, none
    for an expletive "it" or a stretch of time."""
    v = verb.i
    if _is_expletive_it(head, verb) or _time_phrase(t, head.i) or _any_one_at_all(t, head.i):
        return []
    if _is_relative(head, verb):
        if t.dep[v] not in RELCL_DEPS:
            return []
        antecedent = _relative_antecedent(head, t.tokens[t.heads[v]])
        if antecedent is None:
            return []
        head = t.tokens[named_apposition(t, antecedent.i)]
        # "Mr Walsh, who took charge in 2000, and his team": not the team
        return [Subject(k, RELATIVE_FACTOR, patient) for k in conjuncts(head) if k.i < v]
    head = t.tokens[named_apposition(t, head.i)]
    return [Subject(k, 1.0, patient) for k in conjuncts(head)]


#: Words of a free relative that stands for anyone or anything at all ("*whatever* faults
#: exist", "*whoever* wins"): what it says is no fact about a thing of the text.
EVER_RELATIVES = frozenset({"whatever", "whichever", "whoever", "whomever", "whosoever", "whatsoever"})
#: Where the clause of a "-ever" word hangs on it when the parser made the word the head.
_EVER_CLAUSE_DEPS = RELCL_DEPS | ACL_DEPS | CLAUSE_DEPS


def _any_one_at_all(t: DocTables, i: int) -> bool:
    """The subject is a "-ever" free relative's own: its noun with the "-ever" word as its
    determiner ("*Whatever* faults exist in the management will be fixed": no [Whatever faults]
    existed_in), or the bare "-ever" word ("*Whoever* wins the vote": no [Whoever] won). Said of
    anything at all, the verb states no fact about a thing of the text. The "-ever" word with
    its clause hung on it is the subject of the verb outside the clause, which keeps its
    statement ("whatever the chancellor gives away will be clawed back")."""
    if t.lower[i] in EVER_RELATIVES:
        return not any(t.dep[k] in _EVER_CLAUSE_DEPS for k in t.kids[i])
    return any(t.lower[k] in EVER_RELATIVES and t.dep[k] == "det" for k in t.kids[i])


#: Marks that open a parenthesis after a noun (an apposition, a relative clause, a bracket).
PARENTHESIS_OPENERS = frozenset({",", "(", "-", "–", "—", "--"})


#: Adverbs that make a noun of time an adverbial: "*Centuries later*, ... was built the canal".
_TIME_SHIFT_ADVERBS = frozenset({"later", "earlier", "ago", "before", "after", "afterwards"})


def _time_phrase(t: DocTables, i: int) -> bool:
    """ "Centuries later", "Two years earlier": a stretch of time the parser took for a subject."""
    if t.ent_type[i] not in ADJUNCT_ENTS and t.lemma_lower[i] not in TIME_NOUNS:
        return False
    shifts = [c for c in (*t.kids[i], *t.kids[t.heads[i]]) if t.dep[c] == "advmod"]
    return any(t.lower[c] in _TIME_SHIFT_ADVERBS and (t.heads[c] == i or c == i + 1) for c in shifts)


def _comma_before_verb(t: DocTables, subject: int, v: int) -> bool:
    """A lone comma between a subject phrase and its verb group, which English does not write:
    the parser took the last noun of a parenthetical for the subject ("The original, a figure
    ... like America's *Statue of Liberty*, was destroyed": the statue was not)."""
    if subject > v:
        return False
    group = [k for k in t.kids[v] if subject < k < v and (t.dep[k] in AUX_DEPS or t.dep[k] in NEG_DEPS)]
    comma = min(group, default=v) - 1
    edge = t.right_edge(subject)
    if t.text[comma] != "," or comma not in (edge, edge + 1):
        return False
    # a comma that closes an apposition or clause after the subject: "X, chairman of Y, said"
    return not any(t.text[k] in PARENTHESIS_OPENERS for k in range(subject + 1, comma))


def subject_holders(t: DocTables, v: int) -> list[int]:
    """The children of verb ``v`` and of its auxiliaries: where its subject may hang."""
    kids = list(t.kids[v])
    for c in t.kids[v]:
        if t.dep[c] in AUX_DEPS and c > v:
            kids.extend(k for k in t.kids[c] if t.dep[k] in ANY_SUBJ_DEPS)
            if t.dep[c] == "auxpass":  # "Included in the group *was Hua*": Hua was included
                kids.extend(k for k in t.kids[c] if t.dep[k] == "attr")
    return kids


def _relative_antecedent(pronoun: Token, noun: Token) -> Token | None:
    """The noun a relative pronoun stands for: ``noun``, where the parser hung the clause, unless
    it disagrees with the pronoun and the noun right before the clause agrees: "which" never
    stands for a person ("Rep. Roybal, chairman of the subcommittee, *which* authored the bill":
    the subcommittee did), "who" not for a thing ("labelled a misjudgement by the Conservatives,
    *who* said": the Conservatives). A disagreeing noun with none to take its place: no subject."""
    t = tables_of(noun)
    word = t.lower[pronoun.i]
    clause = t.heads[pronoun.i]
    near = t.left_edge(clause) - 1
    while near >= 0 and t.is_punct[near]:
        near -= 1
    if (
        word == "that"
        and near > noun.i
        and _is_person_like(t, near)
        and not _is_person_like(t, noun.i)
        and not _of_member(t, noun.i, near)
    ):
        # "the signing of pacts with the Somali Sultans *that* controlled the region": the
        # parser hung the clause on the far noun; the people right before it are its subject
        return t.tokens[near] if t.pos[near] in ("NOUN", "PROPN") else _antecedent(noun)
    decided, phrase_antecedent = _antecedent_in_phrase(t, word, noun.i, t.lemma_lower[clause])
    if decided:
        return phrase_antecedent
    if word not in ("which", "who") or near < 0 or near == noun.i:
        return _antecedent(noun)
    if word == "which" and _is_person(t, noun.i):
        return t.tokens[near] if t.pos[near] in ("NOUN", "PROPN") and not _is_person(t, near) else None
    if word == "who" and not _is_person_like(t, noun.i):
        if _is_person_like(t, near):
            return t.tokens[near]
        return None if t.ent_type[noun.i] in _THING_ENTS else _antecedent(noun)
    return _antecedent(noun)


def _antecedent_in_phrase(t: DocTables, word: str, noun: int, verb_lemma: str) -> tuple[bool, Token | None]:
    """For a relative clause the parser hung on the object of a noun's preposition: whether
    that decides its antecedent, and the antecedent (None: no subject)."""
    if word in ("which", "that") and verb_lemma in EVENT_SUBJECT_VERBS and _in_event_phrase(t, noun):
        # "an insurgency by the rebels in Country N, which has killed 20,000": what kills, lasts
        # or meets with resistance may be the event as well as the place or the party the parser
        # hung the clause on; no subject
        return True, None
    holder = _phrase_holder(t, noun)
    person = _person_described(t, holder) if holder is not None and word == "who" else None
    if (
        person is not None
        and not _is_person(t, noun)
        and (t.tag[noun] not in ("NNS", "NNPS") or t.ent_type[noun] in _THING_ENTS)
    ):
        # "Jane Roe, of the Farmers' Party, who led the campaign": the person, not her party
        # (people in the plural may be meant: "the leader of the rebels, who"); "said Sam Lee,
        # a driver from Northtown, who spoke under a false name": Sam Lee, not the town
        return True, t.tokens[person]
    return False, None


def _person_described(t: DocTables, holder: int) -> int | None:
    """The person a noun names: the name a description is in apposition to ("Sam Lee, *a
    driver* from ..."), else the noun itself ("chairman"); None for anything else."""
    head = t.heads[holder]
    if t.dep[holder] in APPOS_DEPS and head != holder and _is_person(t, head):
        return head
    return holder if _is_person(t, holder) else None


#: Nouns of an event or act: a relative clause after a phrase of theirs ("an assault by X,
#: which ...") may be said of the event itself.
EVENT_HEAD_NOUNS = frozenset(NOMINAL_EVENTS) | frozenset(
    "insurgency uprising rebellion revolt siege operation fighting violence conflict".split()
)


def _phrase_holder(t: DocTables, noun: int) -> int | None:
    """The noun whose prepositional phrase ``noun`` (or the list it ends) is the object of:
    "an assault by *Turkey and rebel forces*" -> assault; None when the phrase is a verb's."""
    top = first_conjunct(t, noun)
    prep = t.heads[top]
    if t.dep[top] not in POBJ_DEPS or t.dep[prep] not in PREP_DEPS:
        return None
    holder = t.heads[prep]
    return holder if t.pos[holder] in ("NOUN", "PROPN") and holder < prep else None


#: Verbs said of an event as their subject ("an offensive *which killed* 300", "talks *which
#: lasted* an hour", "an assault *which met with* resistance", "a plan *meant to* woo voters").
EVENT_SUBJECT_VERBS = frozenset(
    "kill claim leave displace wound injure destroy last begin start end spread erupt continue "
    "follow cause trigger prompt spark meet occur happen schedule mean aim design cost".split()
)


def _in_event_phrase(t: DocTables, noun: int) -> bool:
    """``noun`` is in a prepositional phrase of an event noun, directly or through the phrases of
    other nouns: "a rebellion by the militia *in the north*"."""
    holder = _phrase_holder(t, noun)
    for _ in range(4):
        if holder is None:
            return False
        if t.lemma_lower[holder] in EVENT_HEAD_NOUNS:
            return True
        holder = _phrase_holder(t, holder)
    return False


def _of_member(t: DocTables, noun: int, near: int) -> bool:
    """ "a group *of* Milwaukee German Americans that included ...": the object of the noun's own
    "of", what the noun is made of; the noun is what the clause is about."""
    prep = t.heads[near]
    return t.heads[prep] == noun and t.lower[prep] == "of"


def _is_person(t: DocTables, i: int) -> bool:
    """A person's name or a noun naming a person ("chairman", "sister")."""
    return t.ent_type[i] == "PERSON" or (t.pos[i] == "NOUN" and t.lemma_lower[i] in PERSON_NOUNS)


def _is_person_like(t: DocTables, i: int) -> bool:
    """What a "who" may stand for: a person, an organisation or group by name, a noun naming a
    person, people in the plural ("pupils who"), a pronoun."""
    if t.ent_type[i] in _THING_ENTS:
        return False
    return (
        _is_person(t, i)
        or t.ent_type[i] in ("ORG", "NORP")
        or t.pos[i] in ("PROPN", "PRON")
        or t.tag[i] in ("NNS", "NNPS")
    )


def conjunct_subjects(verb: Token, depth: int) -> list[Subject] | None:
    """A conjoined verb shares the subjects of the verb it is conjoined to."""
    t = tables_of(verb)
    head = t.heads[verb.i]
    if t.dep[verb.i] not in CONJ_DEPS or t.pos[head] not in VERB_POS:
        return None
    if is_alternative(verb):
        return []  # "to announce a decision rather than to do an examination": not done
    if any(t.dep[c] in EXPL_DEPS for c in t.kids[verb.i]):
        return []  # "said the claims were false, but *there* are calls ...": a subject of its own
    if _unjoined_after_noun(t, head, verb.i):
        return []
    # "was born in Danville and *grew up* in Louisville": a finite conjunct is active even
    # after a passive; only a participle shares the passive ("was arrested and *charged*")
    participle = t.tag[verb.i] in PARTICIPLE_TAGS
    if _bare_past_after_passive(t, head, verb.i):
        return []
    factor = CONJUNCT_FACTOR
    if _in_subordinate_clause(t, head):
        main = t.heads[head]
        comma = _comma_before_conjunction(t, verb.i)
        if comma and t.lemma_lower[main] == t.lemma_lower[verb.i]:
            # "He accused X of hiding while the Germans fought, and accused X of being ...": the
            # repeated verb goes with the main clause, not with the clause of "while"
            head = main
        elif comma:
            factor *= SUBORDINATE_CONJUNCT_FACTOR  # which clause the conjunct joins is a guess
    return [
        s._replace(factor=s.factor * factor, patient=s.patient and participle)
        for s in find_subjects(t.tokens[head], depth + 1)
    ]


#: Labels of what makes a verb active after all: an object, a particle, a clause, a complement.
_ACTIVE_MARK_DEPS = OBJ_DEPS | DATIVE_DEPS | PARTICLE_DEPS | CLAUSE_DEPS | CONTROL_DEPS | ATTR_DEPS
#: Verbs with no passive (intransitive only): after a passive they are plainly active ("was
#: wounded and *died* in hospital", "was expelled and *arrived* in Vienna").
NO_PASSIVE_LEMMAS = frozenset(
    {
        "die",
        "arrive",
        "resign",
        "appear",
        "disappear",
        "emerge",
        "happen",
        "occur",
        "remain",
        "vanish",
        "collapse",
    }
)


def _bare_past_after_passive(t: DocTables, head: int, v: int) -> bool:
    """A regular "-ed" form the tagger read as a past tense, conjoined to a passive participle
    with no subject, auxiliary or object of its own: as often the participle of the same
    passive ("was invaded in 1940 and *occupied* until 1945": the country was occupied, it
    occupied nothing) as an active intransitive ("was elected in 2010 and *stepped* down");
    the parse does not tell which, so the verb gets no subject, unless the verb has no passive
    (:data:`NO_PASSIVE_LEMMAS`: "was wounded and *died*"). With an object or a
    particle it is active ("was born there and *raised* three sons")."""
    if t.tag[v] != "VBD" or not t.lower[v].endswith("ed") or t.tag[head] not in PARTICIPLE_TAGS:
        return False
    if t.lemma_lower[v] in NO_PASSIVE_LEMMAS:
        return False
    if not any(t.dep[c] == "auxpass" for c in t.kids[head]):
        return False
    return not any(t.dep[c] in _ACTIVE_MARK_DEPS or t.dep[c] in AUX_DEPS for c in t.kids[v])


def _unjoined_after_noun(t: DocTables, head: int, v: int) -> bool:
    """A verb the parser conjoined without "and", "or" or "but" anywhere in the list, right
    after a comma that closes an apposition: the named one's verb ("Troops were needed to end
    the war, *Nicholson, the top commander, told* Congress": Nicholson told), not one more of
    the first verb's subject. A list of verbs ("could violate the accord, defy the charter")
    has no apposition before its comma."""
    start = t.left_edge(v)
    if start < 2 or t.text[start - 1] != "," or not _in_apposition(t, start - 2):
        return False
    chain = [head, *(c for c in t.descendants(head) if t.dep[c] in CONJ_DEPS and t.pos[c] in VERB_POS)]
    return not any(t.dep[k] in ("cc", "preconj") for c in chain for k in t.kids[c])


def _in_apposition(t: DocTables, i: int) -> bool:
    """The noun ``i`` is (in) an apposition: it or a noun it hangs on, through prepositions,
    is one ("Nicholson, the top commander in *Afghanistan*")."""
    while t.pos[i] in ("NOUN", "PROPN", "ADP", "NUM") and t.heads[i] != i:
        if t.dep[i] in APPOS_DEPS:
            return True
        i = t.heads[i]
    return False


#: Factor for a verb conjoined, after a comma, to the verb of a subordinate clause ("while the
#: Germans fought for freedom, and ..."): it as often continues the main clause.
SUBORDINATE_CONJUNCT_FACTOR = 0.7


def _in_subordinate_clause(t: DocTables, v: int) -> bool:
    """The verb heads an adverbial clause with a subordinator ("while the Germans fought")."""
    return (
        t.dep[v] in ADVCL_DEPS
        and t.heads[v] != v
        and t.pos[t.heads[v]] in VERB_POS
        and any(t.dep[m] in MARK_DEPS for m in t.kids[v])
    )


def _comma_before_conjunction(t: DocTables, v: int) -> bool:
    """ ", and accused": a comma before the conjunction that opens the conjunct."""
    k = t.left_edge(v) - 1
    if k >= 0 and t.dep[k] == "cc":
        k -= 1
    return k >= 0 and t.text[k] == ","


def controlled_subjects(verb: Token, depth: int) -> list[Subject] | None:
    """An infinitive's subject is its governor's object ("urged Kyiv to order"), else the
    governor's subject ("wants to meet"); "it is possible to modify" has none."""
    t = tables_of(verb)
    if t.dep[verb.i] not in CONTROL_DEPS:
        return None
    g = t.heads[verb.i]
    lemma = t.lemma_lower[g]
    if lemma == "be":
        return []
    copula = ability_copula(t, g)
    if copula is not None:  # "were able to reinforce": the copula's subject
        found = find_subjects(t.tokens[copula], depth + 1)
        return [s._replace(factor=s.factor * CONTROLLER_FACTOR) for s in found]
    dep, kids = t.dep, t.kids
    objects = [c for c in kids[g] if dep[c] in OBJ_DEPS]
    if lemma in INSTRUMENT_VERBS or any(_is_time(t, o) for o in objects):
        objects = []  # "used stolen data to manipulate prices": the users manipulated
    elif not objects and lemma in PREP_CONTROL_VERBS:
        preps = [c for c in kids[g] if dep[c] in PREP_DEPS]
        objects = [p for c in preps for p in kids[c] if dep[p] in POBJ_DEPS]
    if objects:
        return [Subject(o, CONTROLLER_FACTOR, False) for o in conjuncts(t.tokens[objects[0]])]
    inherited = find_subjects(t.tokens[g], depth + 1)
    return [s._replace(factor=s.factor * CONTROLLER_FACTOR, patient=False) for s in inherited]


def modified_noun_subject(verb: Token, depth: int) -> list[Subject] | None:
    """A participle or infinitive modifying a noun: the noun ("troops *stationed* there" is
    their patient, "troops *guarding* it" their agent), or "for X" ("a plan for X to ...")."""
    t = tables_of(verb)
    v = verb.i
    g = t.heads[v]
    if t.dep[v] not in ACL_DEPS or t.pos[g] not in _NOMINAL_HEAD_POS:
        return None
    tag = t.tag[v]
    g = _nearest_conjunct(t, g, v)
    noun = t.tokens[named_apposition(t, g)]  # "the chairman, Mohamed Issa, also known as Cheiko"
    if tag in PARTICIPLE_TAGS:
        return [Subject(noun, MODIFIED_NOUN_FACTOR, True)]
    if tag == "VBG":
        return [Subject(noun, MODIFIED_NOUN_FACTOR, False)]
    dep = t.dep
    for prep in t.kids[g]:
        if dep[prep] in PREP_DEPS and t.lower[prep] == "for" and prep < v:
            pobj = [c for c in t.kids[prep] if dep[c] in POBJ_DEPS]
            if pobj:
                return [Subject(t.tokens[pobj[0]], PURPOSE_FACTOR, False)]
    return []


def _nearest_conjunct(t: DocTables, g: int, v: int) -> int:
    """The noun a participle after a list modifies at least: the list's last member before it,
    where the parser hung it on the first ("contacts between the aides and bankers *known* to
    the police": the bankers are known; whether the aides are too, the sentence does not say)."""
    if v < g:
        return g
    before = [k.i for k in conjuncts(t.tokens[g]) if k.i < v]
    return max(before, default=g)


def relative_clause_subjects(verb: Token, depth: int) -> list[Subject] | None:
    """A relative clause without a subject of its own has none (its noun is its object)."""
    return [] if tables_of(verb).dep[verb.i] in RELCL_DEPS else None


def adverbial_subjects(verb: Token, depth: int) -> list[Subject] | None:
    """A participle or infinitive adjunct without a marker shares the main clause's subject
    ("*Speaking* in Moscow, Putin said"); a passive participle makes it the patient."""
    t = tables_of(verb)
    v = verb.i
    if t.dep[v] not in ADVCL_DEPS:
        return None
    if misattached_complement(verb) is not None:
        return []  # "in response to Trump's plea to spare ...": the plea's, not the clause's
    demanded = demanded_noun(verb)
    if demanded is not None:  # "demanded a force to guard them": the force's aim, not theirs
        return [Subject(demanded, MODIFIED_NOUN_FACTOR, False)]
    dep, kids, tag, h = t.dep, t.kids[v], t.tag[v], t.heads[v]
    infinitive = any(dep[c] in TENSE_AUX_DEPS and t.lower[c] == "to" for c in kids)
    if not (tag in ("VBG", "VBN") or infinitive) or t.pos[h] not in VERB_POS:
        return []
    if any(dep[c] in MARK_DEPS or (dep[c] in AUX_DEPS and t.tag[c] in FINITE_TAGS) for c in kids):
        return []  # a finite clause ("Included in the group *was* Hua, said Lee") has its own
    if across_quote(t, v, h):
        return []  # '"Improving our products ... position us well," the chief said': not his act
    head = t.tokens[h]
    if tag == "VBG" and v > h and _is_passive(head):
        return []  # "could be blocked, leaving them two options": the event leaves, not the patient
    if tag == "VBN" and v > h and _after_noun(t, v):
        return []  # "asked a friend, Matthew Rick, also *known* as Shady": the friend's, not Zane's
    if _after_noun(t, v) and t.dep[_noun_before_comma(t, v)] in OBJ_DEPS and _before_a_subject(t, v):
        return []  # "To get a certificate, *costing* £135, applicants will ...": the certificate's
    inherited = find_subjects(head, depth + 1)
    return [s._replace(factor=s.factor * ADVERBIAL_FACTOR, patient=tag == "VBN") for s in inherited]


def _before_a_subject(t: DocTables, v: int) -> bool:
    """The participle's phrase is closed by a comma that a clause's subject follows: it stands
    inside an opening phrase, after that phrase's object ("To get a certificate, costing £135,
    applicants will ...")."""
    k = t.right_edge(v) + 1
    if k + 1 >= len(t.text) or t.text[k] != ",":
        return False
    nxt = k + 1
    while t.heads[nxt] != nxt and t.dep[nxt] not in ANY_SUBJ_DEPS and t.heads[nxt] > nxt:
        nxt = t.heads[nxt]  # from the first word of the subject phrase up to its head
    return t.dep[nxt] in ANY_SUBJ_DEPS


def _noun_before_comma(t: DocTables, v: int) -> int:
    """The token before the comma (skipping the participle's adverbs) that opens a participle."""
    k = t.left_edge(v) - 1
    while k >= 0 and t.dep[k] == "advmod" and t.heads[k] == v:
        k -= 1
    return max(k - 1, 0)


def _after_noun(t: DocTables, v: int) -> bool:
    """A participle set off right after a noun ("a friend, Matthew Rick, *known* as ..."),
    which it as likely describes as the main clause's subject."""
    k = t.left_edge(v) - 1
    while k >= 0 and t.dep[k] == "advmod" and t.heads[k] == v:
        k -= 1
    if k < 1 or t.text[k] not in (",", "(", "-", "–", "—"):
        return False
    noun = k - 1
    if t.pos[noun] not in ("NOUN", "PROPN"):
        return False
    # "was arrested in Paris, accused of fraud": a place or time of the main verb describes nothing
    prep = t.heads[noun]
    return not (t.dep[noun] in POBJ_DEPS and t.heads[prep] == t.heads[v])


def stranded_subject(verb: Token, depth: int) -> list[Subject] | None:
    """A main verb without a subject after a person's name the parser hung on an opening phrase
    ("In a statement issued on Wednesday *Lord Woolf* said"): the name."""
    t = tables_of(verb)
    name = stranded_name(t, verb.i)
    return [Subject(t.tokens[name], STRANDED_FACTOR, False)] if name is not None else None


def run_in_subject(verb: Token, depth: int) -> list[Subject] | None:
    """A conjoined verb's own subject that the parser joined to a noun of the clause before
    ("Moscow has denied meddling in the vote and *Kyiv* has denied any role": Kyiv denies,
    not Moscow; :func:`~graphbuilder.extract.spans.run_in_subject_before`)."""
    t = tables_of(verb)
    r = run_in_subject_before(t, verb.i)
    return [Subject(t.tokens[r], CONJUNCT_FACTOR, False)] if r is not None else None


#: The ways a verb's subjects are found, in order (see :func:`find_subjects`).
SUBJECT_STRATEGIES: tuple[SubjectStrategy, ...] = (
    own_subjects,
    run_in_subject,
    conjunct_subjects,
    controlled_subjects,
    modified_noun_subject,
    relative_clause_subjects,
    adverbial_subjects,
    stranded_subject,
)
_NOMINAL_HEAD_POS = frozenset({"NOUN", "PROPN", "PRON"})
#: Entity labels of what a "who" never stands for.
_THING_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "PRODUCT"})


def misattached_complement(verb: Token) -> Token | None:
    """The event noun an infinitive really completes when the parser hung it on the clause.

    "This came in response to Trump's plea to spare the groups": "to spare" is parsed as a
    purpose clause of "came", but completes "plea", the noun right before it.
    """
    t = tables_of(verb)
    v = verb.i
    if t.dep[v] not in ADVCL_DEPS or v < 2:
        return None
    to, noun = v - 1, v - 2
    if not (t.lower[to] == "to" and t.dep[to] == "aux" and t.heads[to] == v and t.pos[noun] == "NOUN"):
        return None
    if t.lower[noun] in NOMINAL_EVENTS or t.lemma_lower[noun] in NOMINAL_EVENTS:
        return t.tokens[noun]
    return None


def across_quote(t: DocTables, a: int, b: int) -> bool:
    """True when a quotation opens or closes between tokens ``a`` and ``b`` (a lone "`" is
    half of a "``" split in two)."""
    lo, hi = min(a, b), max(a, b)
    marks = sum(2 if t.text[k] in QUOTE_MARKS else 1 if t.text[k] == "`" else 0 for k in range(lo + 1, hi))
    return marks % 4 == 2


def _is_time(t: DocTables, i: int) -> bool:
    """A date or time expression, or a noun of a stretch of time ("the next few weeks")."""
    return t.ent_type[i] in ADJUNCT_ENTS or (t.pos[i] == "NOUN" and t.lemma_lower[i] in TIME_NOUNS)


def _antecedent(noun: Token) -> Token:
    """What a relative clause is about: a predicate noun stands for the subject it describes.

    "Putin is a politician and former officer who has served as president": who = Putin.
    """
    t = tables_of(noun)
    dep, heads = t.dep, t.heads
    if dep[noun.i] == "appos":
        # "the Kiangsu Association, a non-profit group that helps": the association helps (and
        # so when the parser hung the group on the person before it: "Jeff Shia, president of
        # the Kiangsu Association, a non-profit group")
        anchor = organisation_anchor(t, heads[noun.i], noun.i)
        if anchor is not None and t.pos[anchor] == "PROPN":
            return t.tokens[anchor]
    top = noun.i
    while dep[top] in CONJ_DEPS and t.pos[heads[top]] in ("NOUN", "PROPN"):
        top = heads[top]
    copula = heads[top]
    if dep[top] in ATTR_DEPS and t.lemma_lower[copula] in _COPULAR_LEMMAS:
        subjects = [c for c in t.kids[copula] if dep[c] in SUBJ_DEPS]
        if subjects and t.pos[subjects[0]] in ("PROPN", "NOUN"):
            return t.tokens[subjects[0]]
    return noun


def _is_expletive_it(subj: Token, verb: Token) -> bool:
    """ "It is clear that ...", "it emerged that ...": an "it" standing for a later clause."""
    t = tables_of(verb)
    if t.lower[subj.i] != "it":
        return False
    v = verb.i
    dep, kids, lower = t.dep, t.kids, t.lower
    lemma = t.lemma_lower[v]
    if lemma in _COPULAR_LEMMAS:
        holders = [v, *(c for c in kids[v] if dep[c] in ATTR_DEPS)]
        return any(
            dep[c] in EXTRAPOSED_DEPS
            and c > v
            and (dep[c] != "advcl" or any(lower[m] in ("if", "when") for m in kids[c]))
            for h in holders
            for c in kids[h]
        )
    return lemma in EXTRAPOSING_VERBS and any(dep[c] == "ccomp" and c > v for c in kids[v])


#: Pronouns that open a free relative clause, one without a noun it is on ("what some call").
FREE_RELATIVES = frozenset({"what", "whatever"})


#: Prepositions of what an act is about and where it came from, said of the act whatever its
#: object: "what prisoners said *about* safety", "what we heard *from* the envoy".
_TOPIC_PREPS = frozenset({"about", "from"})


def _topic_frames(verb: Token, sent: Span, subj: Subject, negated: bool, mode: str | None) -> list[Candidate]:
    """Of a verb whose object is a free relative's "what", the phrase on what the act is about
    or where it came from alone ("what prisoners had said *about safety*": [prisoners]
    said_about [safety]; "what we heard *from the envoy*"); its other phrases leave the "what"
    out ("what he described *as* a crisis", "what they did *to* the town")."""
    t = tables_of(verb)
    lemma = t.lemma_lower[verb.i]
    frame = _Frame(sent, noun_phrase(subj.head), verb, negated, mode, subj.factor)
    for c in t.kids[verb.i]:
        if t.dep[c] not in PREP_DEPS or t.lower[c] not in _TOPIC_PREPS:
            continue
        objects = [o for o in t.kids[c] if t.dep[o] in POBJ_DEPS]
        if objects:
            prep = t.tokens[c]
            target = prep_argument(prep, t.tokens[objects[0]])
            frame.add(relation_tokens(verb, prep), verb_predicate(lemma, t.lower[c]), target, "prep")
    return frame.out


def _free_relative_object(verb: Token) -> bool:
    """The verb's object is the "what" of a free relative clause before it: "hit what some
    *call* the worst floods", "what the bank *offered* its clients". The object is no thing of
    the sentence, and a statement of the verb leaves it out ("[some] called [the worst floods]"
    says nothing of what is called so)."""
    t = tables_of(verb)
    v = verb.i
    if t.heads[v] == v:
        return False  # "*What* did the Kremlin say about it?": a question, no clause in another
    return any(t.dep[c] in OBJ_DEPS and t.lower[c] in FREE_RELATIVES and c < v for c in t.kids[v])


def _is_relative(head: Token, verb: Token) -> bool:
    """True when ``head`` is (or is quantified over) a relative pronoun: "who", "some of whom".
    The pronoun opens the clause, before its verb: the "that" of a relative clause on the object
    ("when the navy resumed *a custom that* was common") makes the object no relative one."""
    t = tables_of(verb)
    h, relcl = head.i, t.dep[verb.i] in RELCL_DEPS
    if t.tag[h] in WH_TAGS or (t.lower[h] == "that" and relcl):
        return True
    tag = t.tag
    return relcl and any(tag[i] in ("WP", "WDT") and i < verb.i for i in t.descendants(h))


def _is_passive(verb: Token) -> bool:
    t = tables_of(verb)
    v, dep = verb.i, t.dep
    if any(dep[c] in PASSIVE_SUBJ_DEPS or dep[c] == "auxpass" for c in t.kids[v]):
        return True
    return dep[v] in ACL_DEPS and t.tag[v] in PARTICIPLE_TAGS


def verb_polarity(verb: Token) -> tuple[bool, str | None]:
    """Negation and modality, including what a governing verb imposes on its complement."""
    t = tables_of(verb)
    negated = is_negated(verb) or _negative_object(t, verb.i)
    mode = modality(verb)
    dep, heads = t.dep, t.heads
    cur = verb.i
    while dep[cur] in CONJ_DEPS and t.pos[heads[cur]] in VERB_POS:
        cur = heads[cur]
    if dep[cur] in _GOVERNED_DEPS and heads[cur] != cur and not after_clause_break(t, cur):
        negated, mode = _governed_polarity(t, cur, negated, mode)
        if mode is None and _going_to(t, cur):
            mode = "will"  # "are going to see": a plan
    return negated, mode


def _governed_polarity(t: DocTables, cur: int, negated: bool, mode: str | None) -> tuple[bool, str | None]:
    """Negation and modality of the complement ``cur`` after what its governing verb imposes."""
    dep = t.dep
    governor = t.tokens[t.heads[cur]]
    lemma = t.lemma_lower[t.heads[cur]]
    ability = _ability_polarity(t, cur, negated, mode)
    if ability is not None:
        return ability
    if lemma in NEGATING_VERBS and dep[cur] in CONTROL_DEPS:
        negated = not negated
    elif lemma in PREVENTING_VERBS and dep[cur] in CLAUSE_DEPS:
        negated = True  # "to prevent it *falling* to a rival": the fall is what is kept from happening
    elif lemma in NON_ASSERTIVE_VERBS and mode is None:
        mode = lemma
    elif lemma in ASPECTUAL_VERBS:
        negated = negated or is_negated(governor)
        mode = mode or _carried_mode(governor)
    elif mode is None and lemma == "say" and dep[cur] in CONTROL_DEPS and not _is_passive(governor):
        mode = "tell"  # "said to reduce the rate, the bank needs ...": an instruction or an aim, no deed
    elif mode is None and dep[cur] in CONTROL_DEPS:
        mode = _carried_mode(governor)  # "would end up *withdrawing*": a consequence, not a fact
    elif mode is None and _small_clause(t, cur):
        # "could help Armstrong *deter* the Belzbergs", "did not let him *go*": the bare
        # infinitive happens only as far as the helping, letting or seeing does
        mode = _carried_mode(governor)
        if lemma in CAUSING_GOVERNORS:
            negated = negated or is_negated(governor)
        elif is_negated(governor):
            mode = mode or "may"  # "did not *see* him leave": he may have left all the same
    return negated, mode


def _ability_polarity(
    t: DocTables, cur: int, negated: bool, mode: str | None
) -> tuple[bool, str | None] | None:
    """ "were (not / un)able to reinforce": the copula's negation and mood, "unable" a denial;
    None when ``cur`` is no infinitive of "able"/"unable"."""
    copula = ability_copula(t, t.heads[cur])
    if copula is None or t.dep[cur] not in CONTROL_DEPS:
        return None
    denied = t.lemma_lower[t.heads[cur]] in DENYING_ABILITY
    return (negated or is_negated(t.tokens[copula])) != denied, mode or modality(t.tokens[copula])


def _going_to(t: DocTables, cur: int) -> bool:
    """ "are *going to* see": the complement ``cur`` of "going", a plan."""
    head = t.heads[cur]
    return t.lemma_lower[head] == "go" and t.tag[head] == "VBG" and t.dep[cur] in CONTROL_DEPS


#: Of those, the verbs whose negation the act they govern shares ("did not let him *go*": he did
#: not go); "did not see him leave" or "did not help them win" leaves the act open.
CAUSING_GOVERNORS = frozenset({"let", "make", "have"})


#: Verbs whose clause names what is kept from happening ("prevent it falling to a rival").
PREVENTING_VERBS = frozenset({"prevent", "stop", "block", "bar", "forbid"})


def _carries_negation(span: Span) -> bool:
    """The phrase denies itself: "no instructions", "nothing about the deal"."""
    return denies_itself(tables_of(span.root), span.root.i)


def _negative_object(t: DocTables, v: int) -> bool:
    """The verb's direct object denies it: "has issued *no* instructions to police" is no
    issuing; "said nothing"."""
    return any(t.dep[c] in OBJ_DEPS and denies_itself(t, c) for c in t.kids[v])


def _carried_mode(governor: Token) -> str | None:
    """The modality a verb passes on to the complement it helps, begins or goes on with: its own
    modal, else, when it is itself an infinitive complement, what governs it in turn ("aims to
    help *end* poverty", "plans to start *building*": the ending and the building are aimed at,
    as the helping and the starting are). Not what a verb of saying makes of a finite clause
    ("told CNN that the intruder managed to *rattle* a door": no instruction)."""
    own = modality(governor)
    if own is not None or tables_of(governor).dep[governor.i] not in CONTROL_DEPS:
        return own
    return verb_polarity(governor)[1]


def _small_clause(t: DocTables, c: int) -> bool:
    """A bare infinitive with a subject of its own, the complement of a verb of causing, helping
    or perceiving ("help Armstrong *deter*", "let them *go*", "saw him *leave*")."""
    if t.dep[c] not in CLAUSE_DEPS or t.tag[c] not in ("VB", "VBP"):
        return False
    if t.tag[c] == "VBP" and t.lemma_lower[t.heads[c]] not in SMALL_CLAUSE_GOVERNORS:
        return False  # a present tense after another verb is a clause of its own ("says they go")
    kids = t.kids[c]
    if any(t.dep[k] in MARK_DEPS or (t.dep[k] in AUX_DEPS and t.tag[k] in ("MD", "TO")) for k in kids):
        return False
    return any(t.dep[k] in NOMINAL_SUBJ_DEPS and k < c for k in kids)


# --- relations and arguments ------------------------------------------------------------


def relation_tokens(verb: Token, *extra: Token) -> tuple[Token, ...]:
    """Verb with its particles, the given prepositions/markers, and adjacent auxiliaries."""
    t = tables_of(verb)
    v = verb.i
    kids, dep, all_tokens = t.kids[v], t.dep, t.tokens
    tokens = {v: verb}
    for c in kids:
        if dep[c] in PARTICLE_DEPS or _idiom_noun(t, v, c):
            tokens[c] = all_tokens[c]
    for tok in extra:
        tokens[tok.i] = tok
    for tok in _control_prefix(verb):
        tokens[tok.i] = tok
    heads, lower, tag = t.heads, t.lower, t.tag
    left = v - 1
    # "has also reviewed", "supposedly said": auxiliaries and the adverbs among them, children
    # of the verb right before it
    while (
        left >= 0
        and heads[left] == v
        and (
            ((dep[left] in AUX_DEPS or dep[left] in NEG_DEPS) and lower[left] != "to")
            or (dep[left] == "advmod" and tag[left] == "RB")
        )
    ):
        tokens[left] = all_tokens[left]
        left -= 1
    return tuple(tokens[i] for i in sorted(tokens))


def _control_prefix(verb: Token) -> tuple[Token, ...]:
    """The governing verb of a subject-control infinitive, when adjacent: "wants to" in "wants to meet"."""
    t = tables_of(verb)
    v = verb.i
    g = t.heads[v]
    if t.dep[v] not in CONTROL_DEPS or g == v or g > v:
        return ()
    dep = t.dep
    if any(dep[c] in OBJ_DEPS for c in t.kids[g]):
        return ()
    prefix = relation_tokens(t.tokens[g])
    copula = ability_copula(t, g)
    if copula is not None:  # "were able to": the copula and its auxiliaries, then the adjective
        prefix = (*relation_tokens(t.tokens[copula]), t.tokens[g])
    between = range(prefix[-1].i + 1, v)
    if not all(t.lower[i] == "to" or (dep[i] == "advmod" and t.heads[i] == v) for i in between):
        return ()
    return prefix + tuple(t.tokens[i] for i in between)


def _particles(verb: Token) -> list[str]:
    t = tables_of(verb)
    return [t.lower[c] for c in t.kids[verb.i] if t.dep[c] in PARTICLE_DEPS or _idiom_noun(t, verb.i, c)]


#: Bare nouns that make one verb with "take", no thing taken: "took *place* in Leeds", "took
#: *part* in the talks", "took *aim* at the plan", "took *issue* with it", "took *effect*".
TAKE_IDIOM_NOUNS = frozenset({"place", "part", "aim", "issue", "effect"})


def _idiom_noun(t: DocTables, v: int, c: int) -> bool:
    """``c`` is the bare noun object of an idiom of "take" (:data:`TAKE_IDIOM_NOUNS`), right
    after the verb with nothing of its own (no determiner, no modifier), and a phrase of the
    verb right after it: a part of the verb ("took_place_in [the Elm Park area]", not "took
    [place]" with the place left out). Without a phrase after it ("also took part") the noun
    stays the object: the statement that is left."""
    if t.dep[c] not in OBJ_DEPS or t.lemma_lower[v] != "take" or t.lower[c] not in TAKE_IDIOM_NOUNS:
        return False
    if t.tag[c] != "NN" or t.kids[c] or not all(t.heads[k] == v for k in range(v + 1, c)):
        return False
    after = c + 1
    return after < len(t.text) and t.heads[after] == v and t.dep[after] in PREP_DEPS


def _object_heads(verb: Token) -> list[Token]:
    t = tables_of(verb)
    v, dep = verb.i, t.dep
    heads = []
    for c in t.kids[v]:
        if dep[c] not in OBJ_DEPS or _idiom_noun(t, v, c):
            continue
        child = t.tokens[c]
        if _is_relative(child, verb):
            if dep[v] in RELCL_DEPS:
                heads.append(t.tokens[t.heads[v]])
            continue
        heads.extend(conjuncts(child))
    if not heads:
        heads.extend(_misparsed_name_object(verb))
    return heads


def _misparsed_name_object(verb: Token) -> list[Token]:
    """A name right after a verb that the parser took for an adverb: "Putin met Orban."

    Adverbs are never proper nouns; dates and numbers stay adjuncts ("met Tuesday").
    """
    t = tables_of(verb)
    v = verb.i
    a = v + 1
    if (
        a < len(t.tokens)
        and t.heads[a] == v
        and t.dep[a] in ("advmod", "npadvmod")
        and t.pos[a] == "PROPN"
        and t.ent_type[a] not in _NON_OBJECT_ENTS
    ):
        return [t.tokens[a]]
    return []


def _prep_objects(
    verb: Token, objects: list[tuple[int, int, bool]], adjuncts: bool = False
) -> list[tuple[Token, Token]]:
    """(preposition, object head) pairs of ``verb``, without time adjuncts and attribution
    (``objects``: :func:`_prep_object_heads` of the verb).

    With ``adjuncts``, only the time adjuncts ("on 6 April", "during the war") instead.
    """
    t = tables_of(verb)
    pairs: list[tuple[Token, Token]] = []
    for p, o, adjunct in objects:
        if adjunct == adjuncts:
            pairs.extend(_prep_pairs(t, p, o))
    return pairs


def _prep_object_heads(verb: Token) -> list[tuple[int, int, bool]]:
    """(preposition, object, whether a time adjunct) of every prepositional object of ``verb``
    that can be an argument or an adjunct, in text order of the prepositions."""
    t = tables_of(verb)
    v = verb.i
    return [
        (p, o, _is_adjunct(t, p, o))
        for p in _verb_preps(t, v)
        if _argument_prep(t, v, p)
        for o in _named_objects(t, p)
        if _prep_object(t, p, o)
    ]


def _verb_preps(t: DocTables, v: int) -> list[int]:
    """The verb's prepositions, with one conjoined to its own: "depends not on X *but on* Y"."""
    dep, pos, lower, kids = t.dep, t.pos, t.lower, t.kids
    return [
        k
        for p in kids[v]
        if dep[p] in _PREP_OR_DATIVE_DEPS
        for k in (
            p,
            *(c for c in kids[p] if dep[c] in CONJ_DEPS and pos[c] == "ADP" and lower[c] == lower[p]),
        )
    ]


def _argument_prep(t: DocTables, v: int, p: int) -> bool:
    """A preposition after the verb that can bring an argument: not "according", a cause, a
    denied phrase or a "_" the tagger took for a preposition."""
    lower = t.lower
    if lower[p] == "according" or t.pos[p] != "ADP" or p < v or _cause_prep(t, p) or not lower[p].isalpha():
        return False
    # "depends on what he does, *not on* what we do": what it does not depend on
    return not _denied_phrase(t, p)


def _prep_object(t: DocTables, p: int, o: int) -> bool:
    """``o`` is an object of the preposition (a noun, or a clause), not an adjunct noun."""
    if t.dep[o] not in POBJ_DEPS or (t.dep[o] == "pcomp" and t.pos[o] not in VERB_POS):
        return False
    return not _adjunct_noun(t, p, o)


def _is_adjunct(t: DocTables, p: int, o: int) -> bool:
    """The phrase is a time adjunct ("on 6 April", "at 10 am", "to the end of the year") or a
    non-object preposition's."""
    return (
        t.ent_type[o] in ADJUNCT_ENTS
        or t.lower[p] in NON_OBJECT_PREPS
        or _time_after_time_prep(t, p, o)
        or _point_in_time(t, o)
    )


#: Nouns of a point in a stretch of time: "to *the end* of the fiscal year", "by *the start* of 2018".
_TIME_POINT_NOUNS = frozenset({"end", "start", "beginning", "middle", "close", "turn", "eve"})


def _point_in_time(t: DocTables, o: int) -> bool:
    """ "the end of the current fiscal year", "the start of 2018": a point of a date or a
    stretch of time, when something is done, no participant ("funds the agencies *to the end
    of the year*" funds no end)."""
    if t.lemma_lower[o] not in _TIME_POINT_NOUNS:
        return False
    of = [k for p in t.kids[o] if t.lower[p] == "of" for k in t.kids[p] if t.dep[k] in POBJ_DEPS]
    return any(t.ent_type[k] in ADJUNCT_ENTS or t.lemma_lower[k] in TIME_NOUNS for k in of)


def _prep_pairs(t: DocTables, p: int, o: int) -> list[tuple[Token, Token]]:
    """(preposition, object) pairs of one object: its conjuncts, or one for a joint phrase or a clause."""
    prep, obj = t.tokens[p], t.tokens[o]
    if t.lower[p] in JOINT_PREPS:  # "between New York and London": one argument
        return [(prep, obj)]
    if t.pos[o] in VERB_POS:
        # "divided about whether it would bid or merely wanted a stake": a clause is one
        # argument with its conjoined verbs, not one statement for each
        return [(prep, obj)]
    return [(prep, c) for c in conjuncts(obj)]


def _end_of_range(prep: Token, pobj: Token) -> bool:
    """ "renovated from 2006 *to 2008*": the end of a stretch of time whose start is given by a
    "from" beside it, no object ("rose from 5% to 7%" keeps its amounts)."""
    t = tables_of(prep)
    if t.lower[prep.i] not in ("to", "until", "till", "through") or not _number_or_date(t, pobj.i):
        return False
    head = t.heads[prep.i]
    return any(
        t.lower[p] == "from" and any(_number_or_date(t, o) for o in t.kids[p] if t.dep[o] in POBJ_DEPS)
        for p in t.kids[head]
        if t.dep[p] in PREP_DEPS
    )


def _start_of_range(prep: Token, pobj: Token) -> bool:
    """ "used from 1850 *to 1900*" with the end hung on the "from" or on its year: the start of
    a stretch of time, no object."""
    t = tables_of(prep)
    if t.lower[prep.i] != "from" or not _number_or_date(t, pobj.i):
        return False
    return any(
        t.lower[p] in RANGE_ENDS and any(_number_or_date(t, o) for o in t.kids[p] if t.dep[o] in POBJ_DEPS)
        for k in (prep.i, pobj.i)
        for p in t.kids[k]
        if t.dep[p] in PREP_DEPS
    )


#: Prepositions that close a stretch of time opened by "from".
RANGE_ENDS = frozenset({"to", "until", "till", "through"})


def _number_or_date(t: DocTables, i: int) -> bool:
    """A date, or a number that reads as a year ("2008")."""
    text = t.text[i]
    return t.ent_type[i] in ADJUNCT_ENTS or (
        t.pos[i] == "NUM" and text.isdigit() and 1000 <= int(text) <= 2100
    )


def _named_objects(t: DocTables, p: int) -> list[int]:
    """The objects of a preposition; of several, a name after the rest only: "named after writer
    and political philosopher *Benjamin Constant*" (the parser made the titles an object too)."""
    objs = [o for o in t.kids[p] if t.dep[o] in POBJ_DEPS]
    if len(objs) > 1 and t.pos[objs[-1]] == "PROPN" and all(t.pos[o] == "NOUN" for o in objs[:-1]):
        return objs[-1:]
    return objs


def _denied_phrase(t: DocTables, p: int) -> bool:
    """A prepositional phrase set against another by "not": ", not on what we do", "not to Merck"."""
    if any(t.dep[c] in NEG_DEPS for c in t.kids[p]):
        return True
    # a "not" of the verb's own ("is *not* in Moscow") negates the statement, it drops no phrase
    return p > 0 and t.lower[p - 1] == "not" and t.pos[t.heads[p - 1]] not in VERB_POS


def _absolute(t: DocTables, o: int) -> bool:
    """The object of "with" has a predicate of its own: "with the Liberal Democrats *on 19%*",
    "with rival JFE *down 3.4%*", "with Labour *creating* its hub": a circumstance, no partner.
    A phrase without an amount is the partner's own modifier: "disagreed with Chirac *on Iraq*".
    A participle with a subject of its own is a clause, no partner: "with the second *showing* 1.1%"."""
    if t.tag[o] in ("VBG", "VBN") and any(t.dep[c] in NOMINAL_SUBJ_DEPS for c in t.kids[o]):
        return True
    for c in t.kids[o]:
        if c < o:
            continue
        if t.dep[c] in ACL_DEPS and t.tag[c] in ("VBG", "VBN"):
            return True
        if _circumstance_phrase(t, c) and any(_is_amount(t, k) for k in t.kids[c]):
            return True
    return False


def _circumstance_phrase(t: DocTables, c: int) -> bool:
    """ "on 19%", "down 3.4%", "on Iraq" after the object of "with"."""
    return t.dep[c] == "advmod" or (t.dep[c] in PREP_DEPS and t.lower[c] in ("on", "at", "up", "down"))


def _with_partner(pobj: Token) -> Span:
    """The partner after "with" without the phrase on what or where: "disagreed with Chirac
    *on Iraq*" -> "Chirac" (see :func:`_absolute` for the phrase with an amount)."""
    t = tables_of(pobj)
    span = argument(pobj)
    cuts = [  # "officials *at the ministry*" stay whole
        t.left_edge(c)
        for c in t.kids[pobj.i]
        if c > pobj.i and _circumstance_phrase(t, c) and t.lower[c] != "at"
    ]
    if not cuts or min(cuts) >= span.end:
        return span
    end = min(cuts)
    while end > pobj.i + 1 and t.is_punct[end - 1]:
        end -= 1
    return pobj.doc[span.start : end]


#: Entity labels of an amount: "on 19%", "down 3.4%", "at $40".
_AMOUNT_ENTS = frozenset({"PERCENT", "CARDINAL", "MONEY", "QUANTITY"})


def _is_amount(t: DocTables, i: int) -> bool:
    return t.ent_type[i] in _AMOUNT_ENTS or t.pos[i] == "NUM"


def _bare_amount(t: DocTables, i: int) -> bool:
    """An amount that is no part of a group ("15", "20 percent", not "*one* of the attacks")."""
    return _is_amount(t, i) and not any(t.lower[c] == "of" for c in t.kids[i])


def _time_after_time_prep(t: DocTables, p: int, o: int) -> bool:
    """ "at about 2200", "on the night of 4 May", "in the morning": a bare number or a noun of
    time after a preposition of time is when it happened, no participant."""
    if t.lower[p] not in TIME_PREPS:
        return False
    return (t.ent_type[o] == "CARDINAL" and t.pos[o] == "NUM") or (
        t.pos[o] == "NOUN" and t.lemma_lower[o] in TIME_NOUNS
    )


def prep_argument(prep: Token, pobj: Token) -> Span:
    """The argument a preposition's object stands for; after "between" or "among", with every
    conjunct ("between New York and London" is one argument, not two)."""
    t = tables_of(pobj)
    if t.lower[prep.i] not in JOINT_PREPS or not any(t.dep[c] in CONJ_DEPS for c in t.kids[pobj.i]):
        return argument(pobj)
    parties = list(conjuncts(pobj))
    first, last = noun_phrase(parties[0]), noun_phrase(parties[-1])  # no relative clause after
    return pobj.doc[min(first.start, last.start) : max(first.end, last.end)]


def _cause_prep(t: DocTables, p: int) -> bool:
    """ "due to", "owing to", "thanks to", "instead of": a cause or an alternative."""
    if t.lower[p] in CAUSE_PREP_HEADS:
        return True
    return p > 0 and t.lower[p - 1] in CAUSE_PREP_HEADS and t.lower[p] in ("to", "of")


#: Fixed adverbial phrases of a preposition and a bare noun: how or how far, no argument
#: ("agreed *in principle* to sell", "paid *in full*", "met *in private*", "left *at once*").
IDIOM_ADJUNCTS = frozenset(
    tuple(pair.split())
    for pair in (
        "in principle|in part|in general|in particular|in fact|in full|in turn|in person|in public|"
        "in private|in secret|in theory|in practice|in effect|in earnest|in advance|in time|in common|"
        "in total|in all|in short|in kind|in tandem|in unison|in vain|in writing|at once|at least|"
        "at first|at last|at most|at best|at worst|at large|at random|at length|at times|"
        "for now|for example|for instance|for good|for sure|for certain|for free|for real|by far|"
        "by hand|by chance|by mistake|by accident|on purpose|on time|on average|on balance|of course|"
        "in question|in doubt"
    ).split("|")
)


def _adjunct_noun(t: DocTables, p: int, o: int) -> bool:
    """ "in a bid to", "in an attempt to", "as a result of", "in return for", "on X's behalf":
    purpose, response, consequence or whom it was for, no argument; nor a fixed phrase of a
    bare noun ("agreed *in principle* to sell": :data:`IDIOM_ADJUNCTS`)."""
    if (t.lower[p], t.lower[o]) in IDIOM_ADJUNCTS and not t.kids[o]:
        return True
    if t.lower[p] == "on" and t.lemma_lower[o] in ON_ADJUNCT_NOUNS:
        return True  # "bid on Trump's behalf", "murdered on the orders of": for whom, at whose word
    return t.lower[p] in ("in", "as") and t.lemma_lower[o] in ADJUNCT_PREP_NOUNS


def _prep_arguments(verb: Token, has_other: bool) -> list[tuple[Token, Token, float]]:
    """(preposition, object head, confidence factor): a time adjunct only as the last resort."""
    objects = _prep_object_heads(verb)  # one pass over the prepositions serves both readings
    pairs = _prep_objects(verb, objects)
    ranged = _range_ends(verb, pairs)
    found = [(prep, pobj, 1.0) for prep, pobj in pairs if (prep, pobj) not in ranged]
    if not found and not has_other:
        adjuncts = _prep_objects(verb, objects, adjuncts=True)
        ranged |= _range_ends(verb, adjuncts)
        found = [(prep, pobj, ADJUNCT_FACTOR) for prep, pobj in adjuncts if (prep, pobj) not in ranged]
        words = {prep.lower_ for prep, _, _ in found} | {prep.lower_ for prep, _ in ranged}
        if "from" in words and words & RANGE_ENDS:
            return []  # "renovated from 2006 to 2008": a stretch of time, neither end an object
    return found


def _range_ends(verb: Token, pairs: list[tuple[Token, Token]]) -> set[tuple[Token, Token]]:
    """The pairs that open or close a stretch of time ("used *from 1850 to 1900*"): with one
    end dropped, the "from" beside it goes too."""
    ranged = {(prep, pobj) for prep, pobj in pairs if _end_of_range(prep, pobj)}
    if ranged or any(_start_of_range(prep, pobj) for prep, pobj in pairs):
        t = tables_of(verb)
        ranged |= {(p, o) for p, o in pairs if p.lower_ == "from" and _number_or_date(t, o.i)}
    return ranged


@dataclass
class _Frame:
    """What every candidate of one verb and subject shares; ``add`` makes one candidate."""

    sent: Span
    subject: Span
    verb: Token
    negated: bool
    modality: str | None
    subject_factor: float = 1.0  # how the subject was found (own, relative, inherited, ...)
    out: list[Candidate] = field(default_factory=list)

    def add(
        self,
        relation: tuple[Token, ...],
        predicate: str,
        obj: Span,
        construct: str,
        kind: str | None = None,
        subject: Span | None = None,
        factor: float = 1.0,
    ) -> None:
        """One candidate; ``kind`` picks its confidence when not the construct (see .confidence)."""
        subj = self.subject if subject is None else subject
        if is_junk_argument(subj) or is_junk_argument(obj):
            return
        if not self.negated and (is_alternatives(subj) or is_alternatives(obj)):
            # "fled to Canada or some other sanctuary": neither alone was said, and an edge holds
            # no "or"; under a negation it is neither ("cannot be trusted on education or crime")
            return
        if obj.start <= subj.start < obj.end or subj.start <= obj.start < subj.end:
            return  # an argument inside the other: a misparse, not a statement
        obj = with_closing_quote(obj)
        # "issued *no* instructions": the object carries the denial, the statement stands as said
        negated = self.negated and not (_carries_negation(obj) and not is_negated(self.verb))
        self.out.append(
            Candidate(
                sentence=self.sent,
                subject=subj,
                relation=relation,
                predicate=predicate,
                object=obj,
                verb=self.verb,
                construct=construct,
                negated=negated,
                modality=self.modality,
                confidence=round(
                    statement_confidence(kind or construct, subj, self.verb) * factor * self.subject_factor, 3
                ),
            )
        )


# --- frames -----------------------------------------------------------------------------


class _Active(NamedTuple):
    """What the parts of an active frame share: the verb's lemma, particles and predicate."""

    verb: Token
    lemma: str
    particles: list[str]
    predicate: str
    objects: list[Token]
    factor: float  # the subject's confidence factor
    joined: frozenset[int]  # made one with the verb or its object: "shot *dead*", "called it *a disaster*"

    @property
    def is_copula(self) -> bool:
        return self.lemma == "be"


def _active_frames(
    verb: Token, sent: Span, subj: Subject, negated: bool, mode: str | None
) -> list[Candidate]:
    """Candidates of an active verb: objects, predicate complements, prepositional objects,
    reported clauses and infinitive complements, in that order."""
    if _free_relative_object(verb):
        # (what it is about is said of the act: "analysed what prisoners said *about* safety")
        return _topic_frames(verb, sent, subj, negated, mode)
    lemma = tables_of(verb).lemma_lower[verb.i]
    frame = _Frame(sent, noun_phrase(subj.head), verb, negated, mode, subj.factor)
    particles = _particles(verb)
    predicate = verb_predicate(lemma, *particles)
    objects = [
        o for o in _object_heads(verb) if not _subject_taken_as_object(verb, o) and not _said_noun(lemma, o)
    ]
    if _participle_result_alone(verb, objects):
        return []
    relation = relation_tokens(verb)
    result = resultative(verb, objects)
    if result is not None:  # "shot dead [eight militants]": the adjective is the act's
        objects = [o for o in objects if o.i != result.i]
        predicate = verb_predicate(lemma, *particles, result.lower_)
        relation = relation_tokens(verb, result)
    second = second_complement(verb, objects)
    if second is not None:  # "called [the deal a disaster]": one argument
        objects = [o for o in objects if o.i != second.i]
        end = noun_phrase(second).end
    else:
        end = _taken_in(verb, objects)
    charged = _phrase_after_party(verb, objects) if second is None else None
    if charged is not None:  # "accused [Germany of backing the rebels]": one argument
        end = charged.end
    joined = frozenset(k.i for k in (second, result) if k is not None)
    joined |= {charged.start} if charged is not None else set()
    active = _Active(verb, lemma, particles, predicate, objects, subj.factor, joined)
    for span in _object_phrases(objects):
        whole = span.doc[span.start : max(span.end, end)]
        factor = TAKEN_IN_FACTOR if whole.end > span.end else 1.0
        frame.add(relation, active.predicate, whole, "svo", factor=factor)
    _complement_frames(frame, active)
    _prep_frames(frame, active)
    told = len(frame.out)
    _clause_frames(frame, active)
    _hearer_with_report(frame, active, told)
    _infinitive_frames(frame, active)
    return frame.out


def resultative(verb: Token, objects: list[Token]) -> Token | None:
    """An adjective right after the verb and before its object, which says what became of the
    object: "shot *dead* eight militants", "set *free* two prisoners". It belongs with the verb
    ("shot_dead [eight militants]"), no statement of its own ("shot [dead]")."""
    t = tables_of(verb)
    k = _after_verb(t, verb.i)
    if k >= len(t.text) or t.heads[k] != verb.i or t.tag[k] != "JJ" or not t.space_after[k]:
        return None  # (not "most", nor "pro" of "pro-EU parties")
    if t.dep[k] not in ATTR_DEPS and t.dep[k] not in OBJ_DEPS:
        return None
    return t.tokens[k] if any(o.i > k for o in objects) else None


def _participle_result_alone(verb: Token, objects: list[Token]) -> bool:
    """A past participle with no auxiliary and no object, an adjective of result right after it:
    "a man *shot dead* at the airport", "was found *shot dead* at his gate". What became of
    someone is said, so the subject the verb gets is its patient, no doer ("[a man] shot
    [dead]"); "has shot dead two men" has both an auxiliary and an object."""
    t = tables_of(verb)
    v = verb.i
    if objects or t.tag[v] not in PARTICIPLE_TAGS or any(t.dep[c] in AUX_DEPS for c in t.kids[v]):
        return False
    k = v + 1
    return k < len(t.text) and t.heads[k] == v and t.dep[k] == "oprd" and t.pos[k] == "ADJ"


def second_complement(verb: Token, objects: list[Token]) -> Token | None:
    """What the verb's one object is called, made or found, right after it: "called the deal *a
    disaster*", "branded the minister *a liar*" (the parser's second object), "found him
    *guilty*", "kept the clinics *open*". The object and it make one argument: "called [the
    deal]" leaves out what was said of the deal, and "called [a disaster]" says it of nothing."""
    if not objects or len(objects) > 2:
        return None
    t = tables_of(verb)
    after = noun_phrase(objects[0]).end
    for c in t.kids[verb.i]:
        if c <= objects[0].i or t.left_edge(c) != after or objects[1:] not in ([], [t.tokens[c]]):
            continue
        if t.dep[c] == "oprd" or (t.dep[c] in OBJ_DEPS and t.pos[c] in ("NOUN", "PROPN")):
            return t.tokens[c]
    return None


def _said_noun(lemma: str, obj: Token) -> bool:
    """A noun phrase without a verb as the object of "say": what was said is a clause, so the
    noun is a misread part of one ("said *Smith*, 40, who ..., had left": the subject of what
    was said; "a *plan* that ..., the ministry said": the report's content, no thing the
    ministry said). "Said nothing", "said so", "said it" stay (no noun), and so does a
    clause the parser hung on its subject ("said [the bomb targeted a market]")."""
    if lemma != "say":
        return False
    t = tables_of(obj)
    if t.pos[obj.i] not in ("NOUN", "PROPN"):
        return False
    phrase = noun_phrase(obj)
    return not any(t.pos[k] in VERB_POS for k in range(phrase.start, phrase.end))


#: Verbs whose one object is the hearer of the clause after it: the verbs of telling, and
#: "warned Britain that its debts must be paid" (warned [Britain that ...], not warned
#: [Britain] with the warning left out, nor the warning with the one warned left out).
_REPORT_HEARER_VERBS = HEARER_VERBS | {"warn", "notify"}


def _hearer_with_report(frame: _Frame, active: _Active, told: int) -> None:
    """The hearer of a verb of telling takes in what it was told after it: "told [MPs that
    talks would resume]", not "told [MPs]" with what was said left out, nor "told [talks
    would resume]" with the hearer left out (the clause's own statement goes: news gold dev P
    0.593 -> 0.601 at the same recall, PLOVER and CaRB unchanged). With the report before the
    teller ('"Talks will resume," an aide told Reuters') the report is the statement, and the
    hearer alone makes none. With a time or place between the two ("told MPs *on Monday* that
    ...") one object would be padded with it; what was told is the statement then, and the
    hearer alone makes none. ``told``: how many candidates there were before the clause's."""
    if active.lemma not in _REPORT_HEARER_VERBS or len(active.objects) != 1:
        return
    reports = [c for c in frame.out[told:] if c.construct == "ccomp"]
    hearer = active.objects[0]
    merged: set[tuple[int, int]] = set()
    for i, cand in enumerate(frame.out[:told]):
        obj = cand.object
        if cand.construct != "svo" or obj is None or obj.root.i != hearer.i:
            continue
        t = tables_of(hearer)
        if any(r.object is not None and r.object.end <= cand.subject.start for r in reports):
            # '"Talks will resume," an aide told [Reuters]': the report before the teller is
            # the statement; the hearer alone leaves out what was told
            frame.out[i] = cand._replace(object=None)
            continue
        after = [r.object for r in reports if r.object is not None and r.object.start >= obj.end]
        # (a report opening with a preposition took in a phrase the verb governs: "reminded
        # Americans [of the past He defended ...]")
        opens_with_phrase = t.dep[after[0].start] in PREP_DEPS if after else False
        if not after or opens_with_phrase or not _only_setting_between(t, obj.end, after[0].start):
            continue
        if not _setting_before_report(t, obj.end, after[0].start):
            frame.out[i] = cand._replace(object=obj.doc[obj.start : after[0].end])
            merged.add((after[0].start, after[0].end))
        elif not _named_hearer(t, hearer.i):
            # "warned Tallor *on Monday* that the talks would fail": the time or place between
            # would pad one object ("Tallor on Monday that ..."), and the argument is one span of
            # the text; what was told is the statement, the hearer alone leaves it out
            frame.out[i] = cand._replace(object=None)
        # (a named hearer keeps its own statement beside what it was told: "[Russia] warned
        # [Turkey]" and "[Russia] warned [it would retaliate]", or the one warned is lost)
    frame.out[:] = [
        c
        for c in frame.out
        if c.object is not None and not (c.construct == "ccomp" and (c.object.start, c.object.end) in merged)
    ]


#: Words between a hearer and what it was told that keep the two one argument: the "that", a
#: colon before a quote, quote marks, commas.
_BETWEEN_HEARER_AND_REPORT = frozenset({"that", ":", '"', "“", "”", "'", ","})


#: Marks that open what was told after the hearer: the "that", a colon, quote marks.
_REPORT_OPENERS = frozenset({"that", ":", '"', "“", "'"})


def _named_hearer(t: DocTables, hearer: int) -> bool:
    """The hearer is a name: a country, a body, a person, a broadcaster ("warned *Turkey*",
    "told *Fox News*"), which is told something on its own; not "reporters" or "them"."""
    return t.pos[hearer] == "PROPN" and t.ent_type[hearer] in HEARER_NAME_ENTS


#: Entity labels of a hearer that is a name of its own.
HEARER_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _setting_before_report(t: DocTables, start: int, end: int) -> bool:
    """Between the hearer and the report (token indices ``start`` to ``end``) a time or place
    that sets the telling, before the "that" or the quote: "told MPs *on Monday* that ...",
    "told reporters *Wednesday*: ...", "assured the villagers *last week* that ...". Not a
    name beside the hearer ("told Scottish paper *the Herald*: ..."), nor words after the
    "that" ("told Al Jazeera that *after the town falls* ..."), where the report's clause
    begins before the parser's one."""
    words = [k for k in range(start, end) if t.lower[k] not in _BETWEEN_HEARER_AND_REPORT]
    if not words:
        return False
    opener = next((k for k in range(start, end) if t.lower[k] in _REPORT_OPENERS), end)
    if words[-1] > opener:
        return False
    first = words[0]
    if t.pos[first] == "ADP":
        return t.lower[first] in SETTING_PREPS | {"on", "during"}
    return t.ent_type[first] in ADJUNCT_ENTS or t.lemma_lower[first] in TIME_NOUNS or t.pos[first] == "ADV"


def _only_setting_between(t: DocTables, start: int, end: int) -> bool:
    """Between the hearer and the report (token indices ``start`` to ``end``) only a "that",
    a colon or a time or place ("told reporters *in Taipei on Monday* that ..."): no sentence
    break ("told The Herald newspaper.- "There is ...") and no phrase the verb governs
    ("reminded Americans *of the past*")."""
    for k in range(start, end):
        word = t.lower[k]
        if word in _BETWEEN_HEARER_AND_REPORT:
            continue
        if t.is_punct[k] or (t.pos[k] == "ADP" and word not in SETTING_PREPS | {"on", "during"}):
            return False
    return True


def _object_phrases(objects: list[Token]) -> list[Span]:
    """The noun phrases of the objects, one for each member of a list ("met [Blair]", "met
    [Brown]"); possessors in a list share the noun after the last one: "exceeds Leeds's and
    York's water use" is one object, not "exceeds [Leeds]" and "exceeds [York's water use]".
    (A list of things as one object, "condemned [the raid and two bombings]", cost CaRB dev F1
    0.002 and AUC 0.004: not done.)"""
    out: list[Span] = []
    skip: set[int] = set()
    for k, obj in enumerate(objects):
        if obj.i in skip:
            continue
        span = noun_phrase(obj)
        rest = [o for o in objects[k + 1 :] if o.i > obj.i and _conjunct_of(o, obj)]
        if rest and _bare_possessor(obj):
            last = noun_phrase(rest[-1])
            span = span.doc[span.start : max(span.end, last.end)]
            skip.update(o.i for o in rest)
        out.append(span)
    return out


def _conjunct_of(o: Token, first: Token) -> bool:
    """``o`` is coordinated under ``first`` ("the raid *and two bombings*")."""
    t = tables_of(o)
    i = o.i
    while t.dep[i] in CONJ_DEPS and t.heads[i] != i:
        i = t.heads[i]
        if i == first.i:
            return True
    return False


def _bare_possessor(obj: Token) -> bool:
    """A name with a possessive "'s" and no noun of its own: "Leeds's" in "Leeds's and York's
    water use" (a possessor is no object)."""
    t = tables_of(obj)
    return any(t.dep[c] == "case" and t.tag[c] == "POS" for c in t.kids[obj.i]) and t.dep[obj.i] in OBJ_DEPS


def _complement_frames(frame: _Frame, active: _Active) -> None:
    """ "X is a politician" (copula) and "X became acting president" (linking verb)."""
    verb = active.verb
    t = tables_of(verb)
    first: int | None = None
    for c in t.kids[verb.i]:
        if t.dep[c] not in ATTR_DEPS or c in active.joined:
            continue
        if first is not None and c > first > verb.i and _punctuation_between(t, first, c):
            # a verb has one predicate complement: a second set off after it is a misparse ("is
            # the twelfth album ..., the last part of a trilogy: The Maggot, The Bootlicker ...")
            continue
        first = c
        for att in conjuncts(t.tokens[c]):
            if att.i != c and _listed_member(t, c, att.i):
                continue  # "were two fast-growing economies, China and India": members, not what they were
            if ability_copula(t, att.i) is not None:
                continue  # "were able to reinforce the hotel": the infinitive's own statement
            if active.is_copula:
                frame.add(relation_tokens(verb), "is", restricted_phrase(att), "copula")
            elif active.lemma in LINKING_VERBS or t.dep[c] == "oprd":
                frame.add(relation_tokens(verb), active.predicate, restricted_phrase(att), "svo", "copula")


#: Words that pick one or a few out of a kind, which says nothing until the clause after the
#: noun tells which: "the *first* judge to incur his wrath", "the *only* official who spoke".
_PICKING_WORDS = frozenset({"first", "last", "only", "sole", "next", "second", "third"})


def restricted_phrase(head: Token) -> Span:
    """The noun phrase of a predicate complement with the restrictive clause right after it
    (no comma) when a word picks the noun out of its kind ("first", "only", "last", a
    superlative, "one of"): "is [the first US state to file suit]", "is [one of the few
    countries that North Koreans could visit]"; "is [the first US state]" or "is [one of the
    few countries]" says nothing true of the subject alone. Other relative clauses stay
    statements of their own (:func:`noun_phrase`)."""
    t = tables_of(head)
    span = noun_phrase(head)
    h = head.i
    nouns = [h]
    if t.lower[h] == "one":  # "one of the politicians who ...": the clause is on the noun after "of"
        nouns += [k for p in t.kids[h] if t.lower[p] == "of" for k in t.kids[p] if t.dep[k] in POBJ_DEPS]
    picked = t.lower[h] == "one" or t.lower[h] in _PICKING_WORDS or t.tag[h] == "JJS"
    picked = picked or any(
        t.lower[k] in _PICKING_WORDS or t.tag[k] == "JJS" for k in t.kids[h] if t.dep[k] in ("amod", "advmod")
    )
    if not picked:
        return span
    for n in nouns:
        for c in t.kids[n]:
            if c >= span.end and t.dep[c] in ("relcl", "acl") and t.left_edge(c) == span.end:
                return span.doc[span.start : _trimmed_end(t, t.right_edge(c) + 1)]
    return span


def _listed_member(t: DocTables, first: int, item: int) -> bool:
    """A name set off after a plural common noun, the names of its members ("two economies,
    China and India"): no second predicate complement."""
    if t.pos[item] != "PROPN" or t.pos[first] != "NOUN" or t.tag[first] not in ("NNS", "NNPS"):
        return False
    return first + 1 < len(t.text) and t.text[first + 1] == ","


def _punctuation_between(t: DocTables, a: int, b: int) -> bool:
    """A comma, colon, semicolon or dash between the phrase of ``a`` and that of ``b``."""
    return any(
        t.text[k] in (",", ":", ";", "-", "–", "—", "--") and (t.space_after[k - 1] or t.space_after[k])
        for k in range(t.right_edge(a) + 1, t.left_edge(b) + 1)
    )  # (not the hyphen inside a word: "re-elected")


def _prep_frames(frame: _Frame, active: _Active) -> None:
    """Prepositional objects: "appealed to Putin", "is in Moscow"."""
    verb = active.verb
    t = tables_of(verb)
    kids, dep = t.kids[verb.i], t.dep
    aims = _aimed_infinitive(t, active)
    has_other = bool(active.objects) or aims or any(dep[c] in _OTHER_ARGUMENT_DEPS for c in kids)
    takes_argument = bool(active.objects) or aims or any(dep[c] in CLAUSE_DEPS for c in kids)
    if any(dep[c] in PREP_DEPS and t.tag[c] == "TO" for c in kids):
        return  # "expects *to* nearly double sales to 400,000": an infinitive misread, the rest too
    arguments = _prep_arguments(verb, has_other)
    # "asked for a rise at the meeting": with a phrase the verb governs, a place is no argument
    governed = active.lemma not in PLACE_VERBS and any(
        t.lower[p.i] not in SETTING_PREPS and t.lower[p.i] not in ("on", "as") and f == 1.0
        for p, _, f in arguments
    )  # (not "on", "as": "arrived in Amman *on* a visit", "works at the Pentagon *as* an officer")
    for prep, pobj, adjunct_factor in arguments:
        if prep.i in active.joined:
            continue  # "accused [Germany of backing the rebels]": the object took the phrase in
        prep_word = t.lower[prep.i]
        if _no_prep_argument(t, active, prep_word, pobj, adjunct_factor, takes_argument or governed):
            continue
        if active.is_copula:
            name, construct = predicate_name("is", prep_word), "copula"
        else:
            name, construct = verb_predicate(active.lemma, *active.particles, prep_word), "prep"
        kind = "prep" if construct == "copula" else construct
        factor = adjunct_factor * (SECONDARY_PREP_FACTOR if active.objects else 1.0)
        target = _with_partner(pobj) if prep_word == "with" else prep_argument(prep, pobj)
        frame.add(relation_tokens(verb, prep), name, target, construct, kind, factor=factor)


def _aimed_infinitive(t: DocTables, active: _Active) -> bool:
    """A verb of aiming or promising with its "to"-infinitive after it ("promised *at the end
    of January* to reform the tax code", "vowed in Paris to fight on"): the infinitive is what
    was promised, so a time or place phrase beside it is a setting, no argument of its own
    (even when the parser took the infinitive for a purpose adjunct)."""
    if active.lemma not in NON_ASSERTIVE_VERBS:
        return False
    v = active.verb.i
    return any(
        c > v
        and t.dep[c] in CONTROL_DEPS | ADVCL_DEPS
        and t.pos[c] in VERB_POS
        and any(t.tag[k] == "TO" and k < c for k in t.kids[c])
        for c in t.kids[v]
    )


def _no_prep_argument(
    t: DocTables, active: _Active, prep_word: str, pobj: Token, adjunct_factor: float, takes_argument: bool
) -> bool:
    """The phrase is no argument of its own (``takes_argument``: the verb has an object, a
    clause or a phrase it governs, so a place phrase beside it is a setting)."""
    if adjunct_factor < 1.0 and active.lemma in REPORTING_VERBS and active.lemma not in ASPECTUAL_VERBS:
        return True  # "he said on Friday": when it was said, not what (the quote is elsewhere)
    if not active.particles and prep_word in SAYING_SETTING_PREPS.get(active.lemma, ()):
        return True  # "said on Twitter", "wrote in a letter": where or through what, not what
    if takes_argument and prep_word in SETTING_PREPS:
        return True  # "played down the risk at a briefing", "asked for more at a briefing": a place
    if active.objects and prep_word == "by":
        return True  # "attacked the decision by the court": the object's agent, or a manner
    if active.objects and prep_word in OBJECT_PREDICATE_PREPS:
        return True  # "sees the home market *as* one of ...", "drives the creature *into* the airlock"
    if active.objects and prep_word in ("from", "to") and _bare_amount(t, pobj.i):
        return True  # "lowered the age to nine, *from 15*": the object's old or new value, no argument
    if prep_word == "to" and _tally(t, active.verb.i, pobj.i):
        return True  # "rejected the plan by 31 votes *to 26*": the other side's count, no argument
    if prep_word == "with" and active.is_copula and any(t.dep[c] in ATTR_DEPS for c in t.kids[active.verb.i]):
        return True  # "is well known, *with* its presence in the north", "was happy with it": no company
    # "led by 39% to 34%, with the Liberal Democrats on 19%": a circumstance
    return prep_word == "with" and _absolute(t, pobj.i)


def _counted(t: DocTables, i: int, depth: int = 0) -> bool:
    """A number, a noun counted by one ("31 votes"), or one of such ("a margin of 90 votes")."""
    if t.pos[i] == "NUM" or any(t.dep[c] == "nummod" for c in t.kids[i]):
        return True
    of = [k for p in t.kids[i] if t.lower[p] == "of" for k in t.kids[p] if t.dep[k] in POBJ_DEPS]
    return depth == 0 and any(_counted(t, k, 1) for k in of)


def _tally(t: DocTables, v: int, o: int) -> bool:
    """``o`` (after "to") is a bare number and the verb has a "by" with a count: a tally of
    votes or a score ("passed by 331 votes to 286", "won by three goals to one")."""
    if not (t.pos[o] == "NUM" or t.tokens[o].like_num):
        return False
    return any(
        t.lower[p] == "by" and any(_counted(t, k) for k in t.kids[p] if t.dep[k] in POBJ_DEPS)
        for p in t.kids[v]
        if t.dep[p] in PREP_DEPS and p < o
    )


_OTHER_ARGUMENT_DEPS = CLAUSE_DEPS | CONTROL_DEPS | ATTR_DEPS

#: Prepositions whose phrase right after a verb's object is no part of what was done to the
#: object: a place or time (:data:`SETTING_PREPS`), an agent or manner ("by"), a circumstance.
#: Nor "of": "accused the firm *of fraud*" would read as one noun phrase ("the firm of fraud");
#: nor "as": "joined the bank *as a clerk*" (the object is the bank, the role the subject's).
_NOT_GOVERNED_PREPS = SETTING_PREPS | {"by", "of", "as", "over", "during", "since", "until", "till", "like"}


#: Verbs whose "as" phrase after the object says what the object is taken for, which the
#: object without it does not state: "sees dialogue *as the only solution*", "described the
#: raid *as an act of war*", "dismissed the report *as fiction*" (unlike "joined the bank *as
#: a clerk*", the subject's role).
REGARDING_VERBS = frozenset(
    "see regard view consider describe label brand portray depict characterise characterize treat "
    "dismiss denounce condemn hail praise criticise criticize define classify designate".split()
)


def _taken_in(verb: Token, objects: list[Token]) -> int:
    """Where the verb's one object ends when it takes in what follows it (-1: it takes in
    nothing): the phrase the verb governs (:func:`_governed_phrase_after`; not after a name or
    a pronoun, a node of its own: "blamed *Iran* for the attack", "hanged *himself* from the
    bars"), or a "to"-infinitive it is to carry out or serves ("urged *the public* to donate
    blood", "sent *his air force* to bomb the bridges"; not a passive one: "ordered all
    contracts *to be examined*"). (A hearer and the clause told, "told Channel 8 that ...",
    stay two objects: the event rules read the clause's own head.)"""
    if len(objects) != 1:
        return -1
    t = tables_of(verb)
    obj = noun_phrase(objects[0])
    phrase = _governed_phrase_after(verb, obj) if not _names_actor(t, objects[0]) else None
    if phrase is not None:
        return phrase.end
    valued = _value_after(t, verb.i, obj.end)
    if valued > 0:
        return valued
    after = [c for c in t.kids[verb.i] if c >= obj.end and t.left_edge(c) == obj.end]
    if not after or t.lemma_lower[objects[0].i] in TIME_NOUNS or t.pos[after[0]] not in VERB_POS:
        return -1
    c = after[0]
    if t.dep[c] in CONTROL_DEPS | ADVCL_DEPS and t.lower[obj.end] == "to" and not _is_passive(t.tokens[c]):
        return clause(t.tokens[c], cut_adjunct=True).end
    return -1


#: Verbs that put a figure on their object with "at": "put the death toll *at 33*", "estimated
#: the cost *at $5m*", "valued the firm *at $1bn*", "set its target *at 5.5 percent*".
VALUING_VERBS = frozenset("put estimate value set peg fix place".split())


def _value_after(t: DocTables, v: int, end: int) -> int:
    """Where the figure a verb of :data:`VALUING_VERBS` puts on its object ends, when an "at"
    with an amount follows the object and hangs on the verb (-1 otherwise): "put [the death
    toll at 33]", not "put [the death toll]" with the toll left out."""
    if (
        t.lemma_lower[v] not in VALUING_VERBS
        or end >= len(t.text)
        or t.lower[end] != "at"
        or t.heads[end] != v
    ):
        return -1
    figures = [o for o in t.kids[end] if t.dep[o] in POBJ_DEPS and (_is_amount(t, o) or _counted(t, o))]
    return t.right_edge(figures[0]) + 1 if figures else -1


def _phrase_after_party(verb: Token, objects: list[Token]) -> Span | None:
    """The phrase the verb governs right after its one object when that
    object is a name or a pronoun and the phrase says what of it, a charge, a ground or a
    thing, not a second party: "accused *Germany of backing the rebels*", "blamed *Iran for the
    attack*", "defended *itself against the criticism*". Without the phrase the statement
    leaves out what the act was ("accused [Germany]"), and the phrase alone pins it on no one
    ("accused_of [backing the rebels]"): the object takes it in, and the phrase makes no
    statement of its own. An "of" after a name is the verb's (a name has no "of" phrase of its
    own: "warned *Jo Roe of the risk*"); "offered *Iran* to Lebanon" names a party, and stays.
    A personal pronoun takes nothing in: "her with fraud" is no mention the resolver can give a
    person, and left unresolved it became a literal without the pronoun.
    A reflexive object keeps a phrase of place or motion out: the subject is the one that hangs
    or moves there, a statement of its own ("hanged himself *from the bars*": hung_from [the
    bars]), unlike "defended *itself against the criticism*"."""
    if len(objects) != 1:
        return None
    t = tables_of(verb)
    o = objects[0].i
    if not _names_actor(t, o) or t.lemma_lower[o] in TIME_NOUNS:
        return None
    reflexive = t.lower[o].endswith(("self", "selves"))
    if t.pos[o] == "PRON" and not reflexive:
        return None  # "charged *her* with fraud": the pronoun stays a mention of its own, to resolve
    phrase = _governed_phrase_after(verb, noun_phrase(objects[0]), of_allowed=True)
    if phrase is None:
        return None
    if reflexive and t.lower[phrase.start] in _MOTION_PREPS:
        return None
    if any(_is_person(t, k) for k in t.kids[phrase.start] if t.dep[k] in POBJ_DEPS):
        return None  # "founded Acme *with his father*": a second party, its own statement founded_with
    return phrase


#: Prepositions of place or motion: after a reflexive object, where the subject itself went.
_MOTION_PREPS = frozenset(
    "from to into onto on off out through toward towards under over across up down".split()
)


def _governed_phrase_after(verb: Token, obj: Span, *, of_allowed: bool = False) -> Span | None:
    """The prepositional phrase the verb governs right after its object (the preposition
    follows the object's last word): "put an offer *to workers*", "raised $170,000 *for
    charity*", "sees the market *as a growth area*". A direct object and a phrase the verb
    governs make one argument a reader states whole; None for a place, a time, an agent
    ("by"), "of" or a circumstance."""
    t = tables_of(verb)
    p = obj.end
    if p >= len(t.text) or t.heads[p] != verb.i or t.dep[p] not in _PREP_OR_DATIVE_DEPS or t.pos[p] != "ADP":
        return None
    regarded = t.lower[p] == "as" and t.lemma_lower[verb.i] in REGARDING_VERBS
    regarded = regarded or (of_allowed and t.lower[p] == "of")
    if (t.lower[p] in _NOT_GOVERNED_PREPS and not regarded) or not _argument_prep(t, verb.i, p):
        return None
    objects = [o for o in _named_objects(t, p) if _prep_object(t, p, o)]
    if not objects or any(_is_adjunct(t, p, o) or _absolute(t, o) for o in objects):
        return None
    if any(_names_actor(t, o) for o in conjuncts(t.tokens[objects[0]])):
        return None  # "offered troops to Lebanon": a party of its own, its statement offered_troops_to
    if any(t.lemma_lower[o] in TIME_NOUNS or _is_amount(t, o) for o in objects):
        return None  # "ruled it for a six-month period", "led the Tories on 19%": how long, how much
    end = max(prep_argument(prep, o).end for prep, o in _prep_pairs(t, p, objects[0]))
    return obj.doc[p:end]


#: Entity labels of a party: a person, a body, a country or people.
_PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _names_actor(t: DocTables, o: Token | int) -> bool:
    """A name, a named party or a personal pronoun: a node a statement of its own links to."""
    i = o if isinstance(o, int) else o.i
    return t.ent_type[i] in _PARTY_ENTS or t.pos[i] in ("PROPN", "PRON")




def _subjectless_finite(t: DocTables, c: int) -> bool:
    """A finite complement clause without a subject of its own: the parser took its subject
    for the governing verb's object ("Umbro announced its deal with Chelsea, which gave it
    the right to make shirts, would end in 2006": what would end is not the object)."""
    kids = t.kids[c]
    holders = [c, *(k for k in kids if t.dep[k] in AUX_DEPS)]  # "he *did* plan": on the auxiliary
    if any(t.dep[k] in ANY_SUBJ_DEPS for h in holders for k in t.kids[h]):
        return False
    return t.tag[c] in FINITE_TAGS or any(t.dep[k] in AUX_DEPS and t.tag[k] in FINITE_TAGS for k in kids)


def _subject_taken_as_object(verb: Token, obj: Token) -> bool:
    """The object is the subject of a subjectless finite clause whose verb comes next (see
    :func:`_subjectless_finite`): "announced *its deal*, which ..., would end"."""
    t = tables_of(verb)
    return any(
        t.dep[c] in CLAUSE_DEPS and c > obj.i and _subjectless_finite(t, c) and _opens_with_verb(t, c)
        for c in t.kids[verb.i]
    )


def _comma_spliced(t: DocTables, c: int) -> bool:
    """A clause after a comma, with a subject of its own and no subordinator: the next clause
    of a run ("The population boomed, the Subway was opened"), no complement of the verb."""
    start = t.left_edge(c)
    if start == 0 or t.text[start - 1] != "," and t.text[start] != ",":
        return False
    kids = t.kids[c]
    if any(t.dep[k] in MARK_DEPS for k in kids):
        return False
    return any(t.dep[k] in ANY_SUBJ_DEPS and k < c for k in kids)


def _opens_with_not(t: DocTables, c: int) -> bool:
    """The clause starts with "not" right after a dash, comma or semicolon: an alternative set
    against what came before ("-- not court papers filed abroad"), which the parser made a
    clause. "said not all schools would close" is a clause said."""
    k = t.left_edge(c)
    while k < c and t.is_punct[k]:
        k += 1
    return t.lower[k] == "not" and k > 0 and (t.text[k - 1] in CLAUSE_BREAKS or t.text[k - 1] == ",")


def _opens_with_verb(t: DocTables, c: int) -> bool:
    """The clause of ``c`` starts with its verb group (a subordinator, auxiliaries, "not" and
    adverbs before the verb at most): nothing of it stands where its subject would."""
    group = AUX_DEPS | NEG_DEPS | MARK_DEPS | {"advmod", "punct"}
    return all(t.dep[k] in group and t.heads[k] == c for k in range(t.left_edge(c), c))


def _after_clause_break(comp: Token) -> bool:
    """True when a dash or semicolon right before the clause starts a sentence of its own (the
    parser may make the dash the clause's own first token)."""
    return after_clause_break(tables_of(comp), comp.i)


def after_clause_break(t: DocTables, c: int) -> bool:
    """See :func:`_after_clause_break`; for the token at index ``c``."""
    start = t.left_edge(c)
    if t.text[start] in CLAUSE_BREAKS:
        return True
    head = t.heads[c]
    if c < head and any(t.text[k] in CLAUSE_BREAKS for k in range(t.right_edge(c) + 1, head)):
        return True  # "X want A - the Commission wants B": the first clause hung on the second
    return start > 0 and t.text[start - 1] in CLAUSE_BREAKS


def _no_quote_before(t: DocTables, c: int, v: int, reporting: bool, clause_after: bool) -> bool:
    """The clause ``c`` before the verb ``v`` is no quote of the verb's: the verb reports nothing,
    or it has a clause after it too and ``c`` opens with a preposition ("In a move ministers say
    should keep ..., the chancellor said he was providing £1bn") or stands outside quote marks.
    A quote split around its verb ('"It is a good deal," he said, "and we are pleased"') keeps
    both parts."""
    if not reporting:
        return True
    return clause_after and (t.pos[t.left_edge(c)] == "ADP" or not across_quote(t, c, v))


def _clause_frames(frame: _Frame, active: _Active) -> None:
    """A complement clause; verbs of saying also take the quote before them ('"...," Putin
    said'); a news source ("TASS reports") states no fact of its own."""
    verb = active.verb
    if active.lemma in SOURCE_VERBS:
        return
    reporting = active.lemma in REPORTING_VERBS
    t = tables_of(verb)
    v, dep = verb.i, t.dep
    clause_after = any(dep[c] in CLAUSE_DEPS and c > v for c in t.kids[v])
    for c in t.kids[v]:
        if dep[c] not in CLAUSE_DEPS or (c < v and _no_quote_before(t, c, v, reporting, clause_after)):
            continue
        comp = t.tokens[c]
        if not reporting and _after_clause_break(comp):
            continue  # "want X capped - the Commission wants ...": a new clause, no complement
        if c > v and _no_complement_after(t, c, reporting):
            continue
        after = v + 1 + len(active.particles)
        marks = [t.tokens[m] for m in t.kids[c] if dep[m] in MARK_DEPS and m == after]
        kind = "report" if reporting else "ccomp"
        obj = _without_leading_time(clause(comp, cut_adjunct=not reporting), comp, v, reporting)
        obj = _whole_report(t, active, c, obj, reporting)
        obj = _without_other_report(t, c, obj) if reporting else obj
        frame.add(relation_tokens(verb, *marks), active.predicate, obj, "ccomp", kind)


def _no_complement_after(t: DocTables, c: int, reporting: bool) -> bool:
    """The clause ``c`` after the verb is no complement of it."""
    if not reporting and _comma_spliced(t, c):
        return True  # "the population boomed, the Subway was opened": clauses in a row, no complement
    if _subjectless_finite(t, c):
        return True  # "announced its deal with X, which ..., would end": the subject was lost
    if content_noun_before(t, c) is not None:
        return True  # "responding to claims by X that allies owe money": the claim's content, not the verb's
    if _opens_with_not(t, c):
        return True  # "said it protects letters -- *not* court papers filed abroad": denied, no clause
    if _inverted_condition(t, c) or _relative_subject(t, c):
        return True  # "said *should* a bid arrive ...", "said in an interview, *a clip of which* aired"
    # '"The accident marked a change," NASA said': "said" reports, is no object
    return not reporting and bool(reported_before(t, c, t.sent_start[c]))


#: Auxiliaries that open a condition when put before their subject: "*Should* talks fail, ...",
#: "*Had* they known, ...", "*Were* the bill to pass, ...".
_CONDITION_AUXILIARIES = frozenset({"should", "had", "were"})


def _inverted_condition(t: DocTables, c: int) -> bool:
    """The clause opens with an auxiliary before its subject and has no subordinator: a
    condition ("said *should any information emerge* it would be passed on"), whose main
    clause is the report; not what was said."""
    k = t.left_edge(c)
    while k < c and t.is_punct[k]:
        k += 1
    if t.lower[k] not in _CONDITION_AUXILIARIES or t.heads[k] != c or t.dep[k] not in AUX_DEPS:
        return False
    kids = t.kids[c]
    if any(t.dep[m] in MARK_DEPS for m in kids):
        return False
    return any(t.dep[s] in ANY_SUBJ_DEPS and k < s < c for s in kids)


def _relative_subject(t: DocTables, c: int) -> bool:
    """The clause's subject holds a relative pronoun after a preposition ("*a clip of which* was
    released", "*some of whom* fled"): a relative clause on a noun before it, which the parser
    hung on a verb as its complement; it reports nothing of the verb's subject."""
    return any(
        t.dep[p] in PREP_DEPS and any(t.tag[w] in ("WDT", "WP") and t.dep[w] in POBJ_DEPS for w in t.kids[p])
        for s in t.kids[c]
        if s < c and t.dep[s] in ANY_SUBJ_DEPS and t.pos[s] not in VERB_POS
        for p in t.kids[s]
    )  # (on the subject's own word: not "the term *during which* she served could", "*what* we
    # look *for* is")


def _whole_report(t: DocTables, active: _Active, c: int, obj: Span, reporting: bool) -> Span:
    """The clause ``c`` as an object, with a "but" clause that goes on with the report after it
    ("said [he had not asked for help, but a review was under way]": :func:`reported_continuation`)."""
    v = active.verb.i
    going_on = reported_continuation(t, v) if reporting and c > v else None
    if going_on is not None:
        obj = obj.doc[obj.start : _trimmed_end(t, t.right_edge(going_on) + 1)]
    return obj


#: Subordinators that set another source's report beside what was reported ("..., *while* the
#: rebels said ...", "..., *though* the US denied ...", "..., *as* the envoy predicted").
_BESIDE_MARKS = frozenset({"while", "whereas", "though", "although", "as"})
#: Verbs of saying, denying and foretelling whose clause is a report of its own (not "continue":
#: "..., though fighting *continues*" reports nothing).
_OWN_REPORT_LEMMAS = (REPORTING_VERBS - ASPECTUAL_VERBS) | {"deny", "predict", "warn", "dispute", "counter"}


def _without_other_report(t: DocTables, c: int, obj: Span) -> Span:
    """What was reported (the clause ``c``, as ``obj``) without a clause set off by a comma
    after it in which someone else reports or denies something: "said [the talks had
    failed], while the rebels said they would fight on", "said [the bridge was safe], though
    engineers denied it". The writer sets the two sources side by side; the second report is
    no part of the first one's words (it makes a statement of its own)."""
    for k in t.kids[c]:
        if k < c or t.dep[k] not in ADVCL_DEPS or t.lemma_lower[k] not in _OWN_REPORT_LEMMAS:
            continue
        if not any(t.dep[m] in MARK_DEPS and t.lower[m] in _BESIDE_MARKS for m in t.kids[k]):
            continue
        if not any(t.dep[s] in ANY_SUBJ_DEPS for s in t.kids[k]):
            continue  # "said it would close, while adding that ...": the same speaker goes on
        comma = t.left_edge(k) - 1
        if obj.start < comma < obj.end and t.text[comma] in (",", ";"):
            return obj.doc[obj.start : comma]
    return obj


def _trimmed_end(t: DocTables, end: int) -> int:
    """``end`` without the punctuation before it (a sentence's full stop)."""
    while end > 0 and t.is_punct[end - 1] and t.text[end - 1] not in QUOTE_MARKS:
        end -= 1
    return end


def _without_leading_time(obj: Span, comp: Token, v: int, reporting: bool) -> Span:
    """A reported clause without the phrase of time that belongs to the saying
    (:func:`saying_time`): "said *on Monday* it would cut jobs" reports "it would cut jobs"."""
    t = tables_of(comp)
    c = comp.i
    if not reporting or obj.start != t.left_edge(c):
        return obj
    lead = saying_time(t, v, c)
    if lead is None:
        return obj
    return obj.doc[_clause_subject_start(t, c) : obj.end]


#: Prepositions of a phrase of time that can follow a verb of saying and belong to it:
#: "said *on* Monday", "*in* November", "*at* the weekend", "*during* the weekend", "*over*
#: the weekend" (each only with a date or time in the phrase).
SAYING_TIME_PREPS = frozenset({"on", "in", "at", "during", "over"})


def saying_time(t: DocTables, v: int, c: int) -> int | None:
    """The preposition of a phrase of time the parser hung on the clause ``c`` reported by the
    verb of saying ``v``, though it belongs to the saying: right after the verb, before the
    clause's subject, with no "that" first: "said *on Monday* it would cut jobs", "said *in
    November* they would" -- the saying was then. None when the phrase does not open the
    clause ("said that on Monday ..."), for a bare
    noun of time ("said next week the PM should": as often the clause's own), a preposition
    not in :data:`SAYING_TIME_PREPS`, and anything after a quote mark or colon (a quote's own words).
    Worked out once per Doc and pair (extraction and the statement's setting both ask)."""
    key = ("saying_time", v, c)
    memo = t.memo
    if key in memo:
        return memo[key]  # type: ignore[no-any-return]
    found = memo[key] = _saying_time(t, v, c)
    return found


def _saying_time(t: DocTables, v: int, c: int) -> int | None:
    if c < v:
        return None
    start = t.left_edge(c)
    subjects = [k for k in t.kids[c] if t.dep[k] in ANY_SUBJ_DEPS]
    if not subjects or start != _after_verb(t, v):
        return None
    first = t.left_edge(subjects[0])
    lead = [k for k in t.kids[c] if k < first and t.dep[k] in PREP_DEPS and t.left_edge(k) == start]
    if not lead or t.lower[lead[0]] not in SAYING_TIME_PREPS:
        return None
    k = lead[0]
    if not any(t.ent_type[i] in ADJUNCT_ENTS for i in range(k, t.right_edge(k) + 1)):
        return None
    after = t.right_edge(k) + 1
    while after < first and t.is_punct[after]:
        after += 1
    return k if after == first else None


def _clause_subject_start(t: DocTables, c: int) -> int:
    """The first token of the clause ``c``'s subject."""
    return t.left_edge(next(k for k in t.kids[c] if t.dep[k] in ANY_SUBJ_DEPS))


def _after_verb(t: DocTables, v: int) -> int:
    """The first token after the verb and its particles."""
    k = v + 1
    while k < len(t.text) and t.heads[k] == v and t.dep[k] in PARTICLE_DEPS:
        k += 1
    return k


def _infinitive_frames(frame: _Frame, active: _Active) -> None:
    """An infinitive complement of a verb without an object: "wants to meet Orban"."""
    verb = active.verb
    if active.lemma in ASPECTUAL_VERBS | CATENATIVE_VERBS or active.is_copula or active.objects:
        return  # "had to walk 12 km": the walking is the statement ("had to walk"), not the having
    t = tables_of(verb)
    v, dep = verb.i, t.dep
    for c in t.kids[v]:
        if dep[c] not in CONTROL_DEPS or c < v or t.pos[c] not in VERB_POS:
            continue
        last = relation_tokens(verb)[-1].i
        to = [
            t.tokens[k]
            for k in t.kids[c]
            if dep[k] in TENSE_AUX_DEPS and t.lower[k] == "to" and k == last + 1
        ]
        obj = clause(t.tokens[c], cut_adjunct=True)
        frame.add(relation_tokens(verb, *to), active.predicate, obj, "xcomp")


def _passive_frames(
    verb: Token, sent: Span, subj: Subject, negated: bool, mode: str | None
) -> list[Candidate]:
    t = tables_of(verb)
    v, dep, tokens = verb.i, t.dep, t.tokens
    lemma = t.lemma_lower[v]
    patient = noun_phrase(subj.head)
    frame = _Frame(sent, patient, verb, negated, mode, subj.factor)
    particles = _particles(verb)
    # "driven *not by* exports *but by* consumer demand": the agent set against is none, the
    # agent after "but" is one
    agent_preps = [
        tokens[a]
        for c in t.kids[v]
        if dep[c] in AGENT_DEPS
        for a in (c, *(k for k in t.kids[c] if dep[k] in CONJ_DEPS and t.lower[k] == "by"))
        if not _denied_phrase(t, a)
    ]
    agents = [
        p
        for a in agent_preps
        for pobj in t.kids[a.i]
        if dep[pobj] in POBJ_DEPS
        for p in conjuncts(tokens[pobj])
    ]
    if agents:
        # "The talks were hosted by Saudi Arabia": Saudi Arabia hosted the talks
        for agent in agents:
            frame.add(
                relation_tokens(verb, agent_preps[0]),
                verb_predicate(lemma, *particles),
                patient,
                "passive",
                subject=noun_phrase(agent),
            )
        return frame.out
    participle = t.lower[v] if t.tag[v] in PARTICIPLE_TAGS else verb_predicate(lemma)
    objects = _object_heads(verb)
    objects += _passive_complements(t, v)
    for obj in objects:
        frame.add(
            relation_tokens(verb),
            predicate_name("was", participle, *particles),
            noun_phrase(obj),
            "passive",
        )
    for prep, pobj, adjunct_factor in _prep_arguments(verb, bool(objects)):
        name = predicate_name("was", participle, *particles, t.lower[prep.i])
        frame.add(
            relation_tokens(verb, prep),
            name,
            prep_argument(prep, pobj),
            "passive",
            factor=adjunct_factor,
        )
    return frame.out


def _passive_complements(t: DocTables, v: int) -> list[Token]:
    """The noun a passive verb makes its subject ("was elected *president*", "was named
    *chairman* of the board", "was made an *Officer* of the Order"): what the subject became.
    Not one with a "by" phrase hung on it ("were labelled a misjudgement *by the Tories*"):
    the agent the parser misplaced, whose act this is."""
    return [
        t.tokens[c]
        for c in t.kids[v]
        if t.dep[c] in ("oprd", "attr")
        and c > v
        and t.pos[c] in ("NOUN", "PROPN")
        and not any(t.lower[k] == "by" and t.dep[k] in PREP_DEPS for k in t.kids[c])
    ]


#: Adjectives of ability whose infinitive is the subject's own act ("were able to reinforce
#: the hotel"); "unable" denies it.
ABILITY_ADJECTIVES = frozenset({"able", "unable"})
DENYING_ABILITY = frozenset({"unable"})


def ability_copula(t: DocTables, a: int) -> int | None:
    """The copula or linking verb of "able"/"unable" at ``a`` when an infinitive hangs on the
    adjective ("were able *to reinforce*", "will be unable to pay"); else None."""
    if t.lemma_lower[a] not in ABILITY_ADJECTIVES or t.dep[a] != "acomp":
        return None
    head = t.heads[a]
    if head == a or t.lemma_lower[head] not in _COPULAR_LEMMAS:
        return None
    has_infinitive = any(t.dep[c] in CONTROL_DEPS and t.pos[c] in VERB_POS and c > a for c in t.kids[a])
    return head if has_infinitive else None

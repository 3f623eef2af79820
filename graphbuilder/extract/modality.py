"""The modality of a statement: is it stated as a fact, or as something else?

Every statement carries one of :data:`MODALITIES`. Only ``asserted`` statements are facts
the article stands behind; the others are kept (they are news too: a threat, a plan, a
denial) but the default views leave them out:

=============  ==========================================================================
asserted       "Putin met Orban."  "Howard was forced to deny it."
negated        "Iran is not named in the report."  "Hungary refused to sign."
               "No politician should make the mistake."  "He was not planning to use it."
possible       "Russia could block the units."  "The deal may collapse."
conditional    "If the tariffs take effect, exports will fall."  "The plan would benefit them."
               (a "would" in a reported clause is a plan: "they said they would back it")
intended       "The EU will impose sanctions."  "Orban plans to veto the package."
               "The broadcasters should decide."  "China is looking to invest."
question       "Will the ceasefire hold?"  "He was asked if the plans would cut migration."
reported       "Labour's shot backfired, the Tories said." (the claim, not the saying)
               "He is understood to have criticised them."  "TCI claims to represent them."
=============  ==========================================================================

The first that applies wins, in the order negated, question, conditional, possible,
intended, reported: "the Tories said Labour would not win" is negated (and attributed).
A hedge word on the verb ("nearly destroyed", "allegedly took") makes a fact possible, and so
does a hedging verb or adjective it is the complement of ("appeared to back", "is likely to
win"); "claims to represent" is the subject's claim (reported), "would have to be rushed" and
"is set to rise" are not facts yet (intended).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.expletives import CLAUSE_COMPLEMENTS, is_expletive_at
from graphbuilder.extract.labels import (
    ACL_DEPS,
    ADVCL_DEPS,
    ADVMOD_DEPS,
    AUX_DEPS,
    CLAUSE_DEPS,
    CONJ_DEPS,
    CONTROL_DEPS,
    DET_DEPS,
    MARK_DEPS,
    NEG_DEPS,
    NOMINAL_SUBJ_DEPS,
    OBJ_DEPS,
    RELCL_DEPS,
)
from graphbuilder.extract.polarity import CAUSING_TO_GOVERNORS, NON_ASSERTIVE_VERBS, denies_itself
from graphbuilder.lexicon import MODAL_AUXILIARIES, REPORTING_VERBS
from graphbuilder.model import MODALITIES
from graphbuilder.nlp.tables import DocTables, tables_of

__all__ = ["MODALITIES", "aim_after_object", "demanded_noun", "modality_of"]


#: Modal words, from the candidate's ``modality``, as the news gold set's guidelines read them:
#: ability and possibility; obligation and the future still a plan; "would", a consequence.
POSSIBLE_MODALS = frozenset({"can", "could", "may", "might"})
INTENDED_MODALS = frozenset({"will", "shall", "should", "ought", "must"})
CONDITIONAL_MODALS = frozenset({"would"})
#: Subordinators that make a clause a condition.
CONDITION_MARKERS = frozenset({"if", "unless", "whether", "provided", "providing", "assuming"})
#: Auxiliaries that open a condition by inversion ("should the Assembly refuse", "had they known").
INVERTING_AUXILIARIES = frozenset({"should", "had", "were"})
#: Subordinators of an embedded question when the clause is a complement ("asked if the
#: plans would reduce migration", "it is unclear whether ministers would act").
QUESTION_MARKERS = frozenset({"if", "whether"})
#: Verbs after which an "if" clause is a question: "was asked if", "wondered if".
ASKING_VERBS = frozenset({"ask", "wonder", "question", "inquire", "enquire", "doubt", "check"})
#: Directive verbs that, in the passive, say the act happened ("was forced to deny").
IMPLICATIVE_PASSIVES = frozenset({"force", "compel", "oblige"})
#: Adverbs that stop a verb from stating a fact ("nearly destroyed", "allegedly took").
HEDGE_ADVERBS = frozenset(
    "nearly almost reportedly allegedly apparently possibly probably perhaps maybe supposedly "
    "purportedly seemingly likely".split()
)
#: Verbs and adjectives that take the verb as their complement and keep it from being a fact:
#: "appeared to back", "is likely to win", "are equipped to change", "is able to improve"
#: (possible), "claims to represent" (reported: the
#: subject's own claim), "would have to be rushed", "is set to rise", "is looking to invest",
#: "is supposed to pay" (intended: an obligation or a plan).
GOVERNOR_MODALITY: dict[str, str] = {
    **dict.fromkeys(("appear", "seem", "likely", "unlikely"), "possible"),
    # a capacity, not a deed: "are equipped to modify", "is able to improve", "capable of"
    **dict.fromkeys(("able", "capable", "equip", "enable", "empower", "qualify"), "possible"),
    # a purpose: "is designed to protect", "is meant to protect"
    **dict.fromkeys(("design", "mean"), "intended"),
    **dict.fromkeys(("claim", "allege", "purport", "profess", "pretend"), "reported"),
    **dict.fromkeys(("have", "get", "set", "due", "poised", "bound", "look", "suppose"), "intended"),
}
#: Verbs whose passive reports hearsay: "is understood to have criticised", "are believed to
#: be underway", "is said to favour" (reported).
HEARSAY_PASSIVES = frozenset(
    {"understand", "believe", "think", "say", "report", "rumour", "rumor", "allege"}
    | {"predict", "expect", "estimate", "forecast", "tip"}  # "are predicted to experience"
)
#: Nouns whose content clause is not asserted: "its claims that the put is valid", "fear that
#: the government was dragging its feet" (reported: someone's claim, belief or fear); "the
#: hope that talks will resume" (intended).
CONTENT_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "claim allegation accusation suggestion report rumour rumor speculation belief view fear "
        "concern assertion notion impression perception suspicion charge".split(),
        "reported",
    ),
    **dict.fromkeys("hope expectation promise pledge plan proposal".split(), "intended"),
}
#: Predicates of an extraposed clause under a placeholder "it": "it seems that" (possible),
#: "it is likely that" (possible), "it is hoped that" (intended); a passive verb of hearsay
#: ("it was reported that", "it is understood that") makes the clause reported.
EXTRAPOSING_MODALITY: dict[str, str] = {
    **dict.fromkeys(("appear", "seem", "likely", "unlikely", "possible", "probable"), "possible"),
    **dict.fromkeys(("hope", "plan", "intend"), "intended"),
}
#: Verbs whose object is pictured, wanted or sought, not found: a relative clause on it says
#: what it would be ("envision an environment where rates were equal").
IMAGINING_VERBS = frozenset(
    "envision envisage imagine foresee picture dream contemplate anticipate predict want seek need "
    "desire wish".split()
)
#: How many control ("to"-infinitive) links up the governors are looked for.
GOVERNOR_REACH = 3
#: Links a condition reaches up through: "If X happens, we would *have* to act".
CONDITION_REACH_DEPS = CONJ_DEPS | {"xcomp", "ccomp", "aux"}
#: Where an infinitive of purpose or of a noun's aim hangs.
PURPOSE_DEPS = ADVCL_DEPS | ACL_DEPS
#: Where the clause spelling out a noun's content hangs on the noun.
CONTENT_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp"})
#: Tags of a relative pronoun among a clause's arguments.
RELATIVE_TAGS = frozenset({"WDT", "WP"})


def modality_of(candidate: Candidate) -> str:
    """One of :data:`MODALITIES` for a candidate (see the module docstring)."""
    if candidate.negated:
        return "negated"
    mode = (candidate.modality or "").lower()
    if mode in MODALITIES:  # a plug-in extractor that gives the modality itself
        return mode
    t = tables_of(candidate.verb)
    governors = _governors(t, candidate.verb.i)
    clause = _clause_modality(t, candidate, mode, governors)
    return clause or _governed_modality(t, candidate, mode, governors)


# The helpers below read the Doc's tables (:mod:`graphbuilder.nlp.tables`): ``t`` and token
# indexes, not spaCy Tokens.


def _clause_modality(t: DocTables, candidate: Candidate, mode: str, governors: list[int]) -> str | None:
    """Negated, question or conditional: what the clause around the verb makes of it."""
    verb = candidate.verb.i
    subject = candidate.subject
    if _negative_subject(t, t.span_root(subject.start, subject.end)) or (
        mode in NON_ASSERTIVE_VERBS and any(_negated(t, g) for g in governors[:1])
    ):
        return "negated"  # "No politician should ...", "was not planning to use"
    if _in_question(t, verb, candidate.sentence) or _in_embedded_question(t, verb):
        return "question"
    if _in_condition(t, verb) or _generic_condition(t, verb):
        return "conditional"
    return None


def _governed_modality(t: DocTables, candidate: Candidate, mode: str, governors: list[int]) -> str:
    """Possible, intended, reported or asserted: what the modal, the governing verbs and the
    noun whose content the clause is make of it."""
    verb = candidate.verb.i
    governed = next((_governor_modality(t, g) for g in governors if _governs(t, g)), None)
    governed = governed or _extraposed(t, verb)
    if mode in POSSIBLE_MODALS or _hedged(t, verb) or governed == "possible" or _imagined(t, verb):
        return "possible"
    if mode in CONDITIONAL_MODALS and governed != "intended":  # "would have to rush": an obligation
        return _would(t, candidate)
    if _told_as_fact(t, verb, mode):
        return "reported"  # "told reporters the attack had killed twelve": what was said is so
    # a governing verb of plan, wish or demand ("urged X to accept"): the act has not happened
    directed = mode in NON_ASSERTIVE_VERBS and not _implicative(t, mode, governors)
    if mode in INTENDED_MODALS or directed or governed == "intended" or _purpose(t, verb):
        return "intended"
    if any(_purpose(t, g) for g in governors) or _aimed_content(t, verb):
        return "intended"  # "to help *pay off* the taxes": what the aim takes in is aimed at too
    content = _content_clause_of(t, verb)
    if content == "intended":
        return "intended"
    if candidate.speaker is not None or governed == "reported" or content == "reported":
        return "reported"
    return "asserted"


def _would(t: DocTables, candidate: Candidate) -> str:
    """A "would" clause: the future of a reported clause is a plan ("they announced they would
    back the plans"); otherwise a consequence ("the plan would benefit households") or a source's
    forecast ("the bill would add $1bn, according to analysts"), no plan."""
    said = candidate.speaker is not None and not _according_source(candidate.speaker)
    return "intended" if said or _reported_clause(t, candidate.verb.i) else "conditional"


#: Verbs of telling that direct an act with an infinitive or a bare verb ("told them *to
#: leave*", "suggested that he *rest*") but report a finite clause in the indicative: what
#: someone says or suggests is so ("told reporters the attack *had killed* twelve", "polls
#: suggest the race *is* close", "the court was told she *was* left without ..."), reported
#: whether or not the teller is named.
TELLING_VERBS = frozenset({"tell", "warn", "suggest"})
#: Tags of a finite verb in the indicative, past or present.
INDICATIVE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _told_as_fact(t: DocTables, verb: int, mode: str) -> bool:
    """The verb (or the first of its conjuncts) heads a finite clause in the indicative, with a
    subject of its own, that a verb of :data:`TELLING_VERBS` governs. Not a bare verb ("warned
    that he *be* careful"); after "suggest" not a plural present either, which may be the same
    ("suggested that they *focus* on jobs")."""
    if mode not in TELLING_VERBS:
        return False
    i = first_conjunct(t, verb)
    head = t.heads[i]
    if t.dep[i] not in CLAUSE_DEPS or head == i or t.lemma_lower[head] != mode:
        return False
    kids = t.kids[i]
    if not any(t.dep[k] in NOMINAL_SUBJ_DEPS or t.dep[k] == "expl" for k in kids):
        return False
    tags = {t.tag[i], *(t.tag[k] for k in kids if t.dep[k] in AUX_DEPS)}
    if mode == "suggest":
        tags.discard("VBP")
    return bool(tags & INDICATIVE_TAGS)


def _imagined(t: DocTables, verb: int) -> bool:
    """The verb is in a relative clause on what someone imagines, wants or seeks: "failed to
    envision an environment *where rates were equal*", "wants a leader *who cuts* taxes" -- the
    clause describes what is pictured, not what is."""
    noun = _relative_antecedent(t, verb)
    if noun is None or _definite(t, noun):
        return False  # "needs the engineers who built the plant": given people, who did build it
    governor = t.heads[noun]
    return t.dep[noun] in OBJ_DEPS and governor != noun and t.lemma_lower[governor] in IMAGINING_VERBS


def _relative_antecedent(t: DocTables, verb: int) -> int | None:
    """The noun (the first of its conjuncts) whose relative clause ``verb`` is in, if any."""
    clause = first_conjunct(t, verb)
    noun = t.heads[clause]
    if t.dep[clause] not in RELCL_DEPS or noun == clause:
        return None
    return first_conjunct(t, noun)


def _definite(t: DocTables, noun: int) -> bool:
    """The noun names given things: a name, or "the", "this", "those" or a possessive before it."""
    if t.ent_type[noun]:
        return True
    kids = t.kids[noun]
    return any(t.dep[c] in DET_DEPS and t.lower[c] in DEFINITE_WORDS or t.dep[c] == "poss" for c in kids)


def _past(t: DocTables, verb: int) -> bool:
    """The verb is in the past tense, or its auxiliary is ("bought", "had bought", "were sacked")."""
    if t.tag[verb] == "VBD":
        return True
    return any(t.dep[c] in AUX_DEPS and t.tag[c] == "VBD" for c in t.kids[verb])


def _extraposed(t: DocTables, verb: int) -> str | None:
    """The modality the predicate of a placeholder "it" gives the clause it stands for: "it
    seems that BP lost money" (possible), "it was reported that Shell met BP" (reported)."""
    clause = first_conjunct(t, verb)
    head = t.heads[clause]
    if t.dep[clause] not in CLAUSE_COMPLEMENTS or head == clause:
        return None
    if not any(t.lower[c] == "it" and c < clause and is_expletive_at(t, c) for c in t.kids[head]):
        return None
    if _hearsay(t, head):
        return "reported"
    lemma = t.lemma_lower[head]
    if lemma in EXTRAPOSING_MODALITY and (lemma not in ("hope", "plan", "intend") or _passive(t, head)):
        return EXTRAPOSING_MODALITY[lemma]
    if lemma == "be":
        for c in t.kids[head]:
            if t.dep[c] == "acomp" and t.lemma_lower[c] in EXTRAPOSING_MODALITY:
                return EXTRAPOSING_MODALITY[t.lemma_lower[c]]
    return None


def _passive(t: DocTables, i: int) -> bool:
    return any(t.dep[c] == "auxpass" for c in t.kids[i])


def _content_clause_of(t: DocTables, verb: int) -> str | None:
    """The modality a noun of claim, belief or plan gives the clause that spells out its
    content ("its claims that the put is valid"; not a relative clause: "claims that were made")."""
    clause = first_conjunct(t, verb)
    noun = t.heads[clause]
    if t.dep[clause] in CLAUSE_DEPS and t.pos[noun] in ("VERB", "AUX"):
        # "was responding to claims by X *that* allies owe money": the parser hung the claim's
        # content on the verb
        before = content_noun_before(t, clause)
        return CONTENT_NOUNS[t.lemma_lower[before]] if before is not None else None
    if t.dep[clause] not in CONTENT_CLAUSE_DEPS or noun == clause or t.pos[noun] not in ("NOUN", "PROPN"):
        return None
    found = CONTENT_NOUNS.get(t.lemma_lower[noun])
    if found is None:
        return None
    kids, dep, lower = t.kids[clause], t.dep, t.lower
    marked = any(dep[c] in MARK_DEPS and lower[c] == "that" for c in kids)
    has_subject = any(dep[c] in NOMINAL_SUBJ_DEPS for c in kids)
    # a relative pronoun as one of its arguments ("claims that were made", "claims that the
    # firm published") makes it a relative clause, not the noun's content
    relative = any(
        t.tag[c] in RELATIVE_TAGS or (lower[c] == "that" and dep[c] not in MARK_DEPS) for c in kids
    )
    return found if (marked or has_subject) and not relative else None


def content_noun_before(t: DocTables, clause: int) -> int | None:
    """The noun of claim, belief or plan whose phrase ends right before the "that" opening the
    complement clause ``clause`` of a verb, and hangs on that verb ("responding to *claims* by X
    that allies owe money", "rejected *reports* from residents that ..."): the clause spells out
    the noun's content, which the parser hung on the verb (with the phrases between: "by X").
    None when there is no such noun, or a verb or punctuation comes between."""
    verb = t.heads[clause]
    start = t.left_edge(clause)
    if t.lower[start] != "that" or t.dep[start] not in MARK_DEPS or start - 1 <= verb:
        return None
    for k in range(start - 1, max(verb, start - 9), -1):
        if t.pos[k] in ("VERB", "AUX") or t.is_punct[k]:
            return None  # a clause or a comma between: the "that" is no longer the noun's
        if t.pos[k] == "NOUN" and t.lemma_lower[k] in CONTENT_NOUNS and _argument_of(t, k, verb):
            return k
    return None


def _argument_of(t: DocTables, noun: int, verb: int) -> bool:
    """The noun is the verb's object or the object of one of its prepositions."""
    head = t.heads[noun]
    return head == verb or (t.dep[head] == "prep" and t.heads[head] == verb)


def _governors(t: DocTables, verb: int) -> list[int]:
    """The verbs and adjectives ``verb`` is the "to"-complement of, nearest first, up a chain
    of control links and conjuncts (at most :data:`GOVERNOR_REACH`)."""
    out: list[int] = []
    i = verb
    for _ in range(GOVERNOR_REACH):
        i = first_conjunct(t, i)  # "appeared to back X and (to) reject Y"
        if t.dep[i] not in CONTROL_DEPS or t.heads[i] == i:
            break
        i = t.heads[i]
        out.append(i)
    return out


def _governor_modality(t: DocTables, i: int) -> str:
    return "reported" if _hearsay(t, i) else GOVERNOR_MODALITY[t.lemma_lower[i]]


def _hearsay(t: DocTables, i: int) -> bool:
    return t.lemma_lower[i] in HEARSAY_PASSIVES and _passive(t, i)


def _governs(t: DocTables, i: int) -> bool:
    """Does this governor impose a modality (:data:`GOVERNOR_MODALITY`)? "set" only as "is set
    to", "get" only as "have got to"."""
    lemma = t.lemma_lower[i]
    if _hearsay(t, i):
        return True
    if lemma == "set":
        return t.tag[i] == "VBN"
    if lemma == "get":  # "have got to look at": an obligation; "got to meet him": it happened
        return any(t.dep[c] in AUX_DEPS and t.lemma_lower[c] == "have" for c in t.kids[i])
    return lemma in GOVERNOR_MODALITY


def _negated(t: DocTables, i: int) -> bool:
    return any(t.dep[c] in NEG_DEPS for c in t.kids[i])


def _negative_subject(t: DocTables, root: int) -> bool:
    """The subject (its head ``root``) denies the clause: "nobody came", "No politician should"."""
    return denies_itself(t, root)


def _implicative(t: DocTables, mode: str, governors: list[int]) -> bool:
    """ "was forced to deny", "was forced to help *repay*": a passive directive of force says the
    act happened (the governor named by the mode, however far up the chain)."""
    return mode in IMPLICATIVE_PASSIVES and any(
        t.lemma_lower[g] == mode and _passive(t, g) for g in governors
    )


def demanded_noun(verb: Token) -> Token | None:
    """The noun whose aim an infinitive names when it follows the thing a verb of demanding asks
    for, however the parser hung it ("Villagers demanded *a police force* to guard them and stop
    the raids", "called for *an inquiry* to examine the deaths"): the guarding is the force's
    and only sought, never the villagers' act. None for any other verb."""
    t = tables_of(verb)
    noun = _demanded_noun(t, _shared_infinitive(t, verb.i))
    return t.tokens[noun] if noun is not None else None


#: Verbs of asking others for something: an infinitive right after what they ask for is that
#: thing's aim. Seeking, wanting, needing and offering are no demands: what follows the thing is
#: the subject's own purpose ("The firm sought a loan *to pay* its debts": the firm pays).
DEMANDING_VERBS = frozenset(
    "demand request ask call require propose recommend urge press push plead appeal lobby campaign".split()
)
#: Prepositions that bring in what is asked for ("called *for* an inquiry").
_DEMANDED_PREPS = frozenset({"for"})


def _demanded_noun(t: DocTables, verb: int) -> int | None:
    head = t.heads[verb]
    if t.dep[verb] not in ADVCL_DEPS | CONTROL_DEPS or head == verb:
        return None
    if t.lemma_lower[head] not in DEMANDING_VERBS:
        return None
    if not any(t.dep[c] in AUX_DEPS and t.lower[c] == "to" for c in t.kids[verb]):
        return None
    nouns = [c for c in t.kids[head] if t.dep[c] in OBJ_DEPS]
    for prep in t.kids[head]:
        if t.dep[prep] == "prep" and t.lower[prep] in _DEMANDED_PREPS:
            nouns += [c for c in t.kids[prep] if t.dep[c] == "pobj"]
    start = t.left_edge(verb)
    for noun in nouns:
        if t.pos[noun] in ("NOUN", "PROPN") and t.right_edge(noun) + 1 == start:
            return noun
    return None


def _shared_infinitive(t: DocTables, verb: int) -> int:
    """The first of conjoined bare infinitives that share one "to" ("to guard them and *stop*
    the raids": "guard"), else ``verb``."""
    if t.tag[verb] == "VB" and t.dep[verb] in CONJ_DEPS:
        first = first_conjunct(t, verb)
        if first != verb and t.tag[first] == "VB" and not any(t.dep[c] in AUX_DEPS for c in t.kids[verb]):
            return first
    return verb


def _purpose(t: DocTables, verb: int) -> bool:
    """An infinitive of purpose or of a noun's aim ("used force *to detain* suspects", "powers
    *to close* pubs"): what it names is aimed at, not done. So is a "to"-infinitive the parser
    gave a subject of its own ("make the greatest savings *to fund* their policies"), one after
    the object of a verb that does not bring it about ("used tear gas *to disperse* the
    crowd", :func:`aim_after_object`), and a bare infinitive conjoined to any of these ("to
    guard them and *stop* the raids": the "to" is shared)."""
    verb = _shared_infinitive(t, verb)
    kids = t.kids[verb]
    if t.tag[verb] != "VB" and not (t.tag[verb] == "VBN" and any(t.dep[c] == "auxpass" for c in kids)):
        return False  # (also "a ceremony *to be held* at Windsor")
    dep = t.dep[verb]
    if (
        dep not in PURPOSE_DEPS
        and not (dep in CLAUSE_DEPS and _own_subject_aim(t, verb))
        and not _purpose_of_passive(t, verb)
        and not aim_after_object(t, verb)
    ):
        return False
    return any(t.dep[c] in AUX_DEPS and t.lower[c] == "to" for c in kids)


#: Verbs whose object does what their "to"-infinitive names, brought about or found, not aimed
#: at ("led the party *to* resign", "prompted him *to* quit", "found it *to* be", "declared
#: him *to* be"): with these the infinitive is no purpose.
BRINGING_ABOUT_VERBS = CAUSING_TO_GOVERNORS | frozenset(
    "lead prompt drive spur inspire motivate force compel oblige push tempt trigger provoke "
    "persuade convince declare judge believe consider know find deem prove show".split()
)


def aim_after_object(t: DocTables, verb: int) -> bool:
    """A "to"-infinitive controlled by an active verb that has a direct object before it, the
    verb being none of asking, wanting or bringing about: the infinitive is what the object
    is taken or used for ("used tear gas *to disperse* the crowd", "sent troops *to quell* the
    riots"); the act is aimed at, not stated. A stretch of time as the object ("took two years
    *to build*") is no instrument."""
    head = t.heads[verb]
    if t.dep[verb] not in CONTROL_DEPS or head == verb or _passive(t, head):
        return False
    lemma = t.lemma_lower[head]
    if lemma in NON_ASSERTIVE_VERBS or lemma in BRINGING_ABOUT_VERBS or lemma in GOVERNOR_MODALITY:
        return False
    objects = [c for c in t.kids[head] if t.dep[c] in OBJ_DEPS and c < verb]
    return bool(objects) and not any(t.ent_type[o] in ("DATE", "TIME") for o in objects)


def _own_subject_aim(t: DocTables, verb: int) -> bool:
    """A "to"-infinitive clause with a subject of its own, read as an aim ("make the greatest
    savings *to fund* their policies") unless its governor brings the act about ("helped
    Ferrovia *to repay*", "made the company *to cancel*": :data:`CAUSING_TO_GOVERNORS`)."""
    head = t.heads[verb]
    if head != verb and t.lemma_lower[head] in CAUSING_TO_GOVERNORS:
        return False
    return any(t.dep[c] in NOMINAL_SUBJ_DEPS for c in t.kids[verb])


#: Passive verbs whose "to"-infinitive states what is found or known, no aim ("was found to be",
#: "was shown to have").
EVIDENTIAL_PASSIVES = frozenset(
    {"find", "show", "prove", "reveal", "know", "see", "hear", "deem", "consider"}
)


def _purpose_of_passive(t: DocTables, verb: int) -> bool:
    """ "Yugansk was auctioned *to help* pay off taxes": an infinitive after a passive verb that
    does not direct anyone to act (not "was asked to", "was forced to") is its aim."""
    head = t.heads[verb]
    if t.dep[verb] not in CONTROL_DEPS or head == verb or not _passive(t, head):
        return False
    lemma = t.lemma_lower[head]
    return not (
        lemma in NON_ASSERTIVE_VERBS
        or lemma in IMPLICATIVE_PASSIVES
        or lemma in HEARSAY_PASSIVES
        or lemma in GOVERNOR_MODALITY
        or lemma in EVIDENTIAL_PASSIVES
    )


#: Determiners and words that make a noun phrase refer to given things, not to whoever fits.
DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those"})


def _generic_condition(t: DocTables, verb: int) -> bool:
    """A relative clause that picks out whoever fits, on the subject of a rule or forecast:
    "Licensees *who fail* to enforce the law will face fines" -- anyone who fails, a condition;
    "the licensees who failed ... will face fines" names given people and stays a fact, and so
    does a clause in the past ("Investors who bought shares in 2003 could lose money")."""
    noun = _relative_antecedent(t, verb)
    if noun is None or _definite(t, noun) or _past(t, first_conjunct(t, verb)):
        return False  # "Investors who bought shares in 2003 could lose": they did buy them
    main = t.heads[noun]
    if t.dep[noun] not in NOMINAL_SUBJ_DEPS or main == noun:
        return False
    # a modal makes the main clause a rule or a forecast ("... *will* face fines")
    modals = (c for c in t.kids[main] if t.dep[c] in AUX_DEPS and t.tag[c] == "MD")
    return any(t.lower[c] in MODAL_AUXILIARIES for c in modals)


def _aimed_content(t: DocTables, verb: int) -> bool:
    """The verb heads the clause of a verb that is itself only aimed at: "hired lawyers *to
    prove* the contract *was* void", "gave them 48 hours *to show* they *were* serious": what is
    to be proved or shown is not established."""
    c = first_conjunct(t, verb)
    g = t.heads[c]
    return t.dep[c] in CLAUSE_DEPS and g != c and t.pos[g] in ("VERB", "AUX") and _purpose(t, g)


def first_conjunct(t: DocTables, i: int) -> int:
    """The first of the conjuncts ``i`` belongs to (``i`` itself when it is no conjunct)."""
    dep, heads = t.dep, t.heads
    while dep[i] in CONJ_DEPS and heads[i] != i:
        i = heads[i]
    return i


def _according_source(speaker: Span) -> bool:
    """The speaker is the source named by "according to" ("according to analysts"): it tells
    the whole sentence, it does not announce what its subject will do."""
    to = speaker.root.head
    return to.lower_ == "to" and to.head.lower_ == "according" and to.head.i != to.i


def _reported_clause(t: DocTables, verb: int) -> bool:
    """The verb heads (or is conjoined to) the complement clause of a verb ("said", "hoped")."""
    return t.dep[first_conjunct(t, verb)] in CLAUSE_DEPS


def _in_embedded_question(t: DocTables, verb: int) -> bool:
    """The verb heads (or is conjoined to) an embedded question: a clause opened by "whether",
    or by "if" as a verb's complement or after a verb of asking ("was asked if ...")."""
    clause = first_conjunct(t, verb)
    marks = {t.lower[c] for c in t.kids[clause] if t.dep[c] in MARK_DEPS}
    if "whether" in marks and t.dep[clause] not in ADVCL_DEPS:
        return True
    head = t.heads[clause]
    if not marks & QUESTION_MARKERS or head == clause:
        return False
    return t.dep[clause] in CLAUSE_DEPS or t.lemma_lower[head] in ASKING_VERBS


def _is_condition(t: DocTables, clause: int) -> bool:
    for c in t.kids[clause]:  # a loop, not any(): asked of every clause up the tree and below it
        if t.dep[c] in MARK_DEPS and t.lower[c] in CONDITION_MARKERS:
            return True
        if t.dep[c] in MARK_DEPS and t.lower[c] == "once" and t.dep[clause] in ADVCL_DEPS:
            return _once_still_ahead(t, clause)
    return t.dep[clause] in ADVCL_DEPS and _inverted_condition(t, clause)


def _sets_condition(t: DocTables, clause: int, main: int) -> bool:
    """The condition ``clause`` makes the clause it hangs on (``main``) one too."""
    once = any(t.dep[c] in MARK_DEPS and t.lower[c] == "once" for c in t.kids[clause])
    return not once or _once_sets(t, main)


def _once_sets(t: DocTables, main: int) -> bool:
    """The clause a "once" clause sets is a condition's consequence too when it is in the
    simple present or has a modal ("once fear rules, anything *becomes* possible", "once the
    rules change, firms *will* pay"); not an act under way ("officers *are leading* the
    inquiry once divers start"), nor a saying ("once the weeks are up, they *say* they will
    return": the saying is a fact)."""
    if t.lemma_lower[main] in REPORTING_VERBS:
        return False
    auxes = [t.tag[c] for c in t.kids[main] if t.dep[c] in AUX_DEPS]
    return "MD" in auxes or (t.tag[main] in PRESENT_TAGS and not auxes)


#: Tags of a verb (or its auxiliary) in the present tense.
PRESENT_TAGS = frozenset({"VBP", "VBZ"})


def _once_still_ahead(t: DocTables, clause: int) -> bool:
    """A clause opened by "once" in the present tense, what has not happened yet: "*once*
    divers *start* recovery, the families will be told", "*once* fear *rules*, anything
    becomes possible" (a condition, and so is the clause it sets). In the past it is a fact:
    "once the army took the town, the rebels fled"."""
    main = t.heads[clause]
    main_tags = [t.tag[main]] + [t.tag[c] for c in t.kids[main] if t.dep[c] in AUX_DEPS]
    if "VBD" in main_tags:
        return False  # "once the pipeline opens, the department *found* ...": a past finding
    tags = [t.tag[clause]] + [t.tag[c] for c in t.kids[clause] if t.dep[c] in AUX_DEPS]
    if any(tag in ("VBD", "MD") for tag in tags):
        return False
    if any(tag in PRESENT_TAGS for tag in tags):
        return True
    # the tagger's noun for a present verb ("once fear *rules*"): the clause it sets is in the
    # present or the future
    return any(tag in PRESENT_TAGS or tag == "MD" for tag in main_tags)


def _inverted_condition(t: DocTables, clause: int) -> bool:
    """A condition without "if", its auxiliary before its subject: "*should* the Assembly
    refuse, we would withdraw", "*had* they known", "*were* it to fail"."""
    start = t.left_edge(clause)
    first = next((k for k in range(start, clause) if not t.is_punct[k]), None)
    if first is None or t.lower[first] not in INVERTING_AUXILIARIES or t.heads[first] != clause:
        return False
    return any(t.dep[k] in NOMINAL_SUBJ_DEPS and k > first for k in t.kids[clause])


def _in_condition(t: DocTables, verb: int) -> bool:
    """The verb is in a clause introduced by "if"/"unless", or has such a clause ("If the
    tariffs take effect, China will retaliate": both clauses are conditional)."""
    dep, heads = t.dep, t.heads
    i = verb
    for _ in range(12):
        if _is_condition(t, i):
            return True
        for c in t.kids[i]:  # a loop, not any(): asked for every clause up the tree
            if dep[c] in ADVCL_DEPS and _is_condition(t, c) and _sets_condition(t, c, i):
                return True
        if dep[i] in ADVCL_DEPS or heads[i] == i:
            return False
        if dep[i] not in CONDITION_REACH_DEPS:
            return False
        i = heads[i]
    return False


def _in_question(t: DocTables, verb: int, sentence: Span) -> bool:
    """A direct question: the sentence (or the quote holding the verb) ends in "?"."""
    text = t.text
    start = sentence.start
    end = sentence.end
    offset = verb - start  # negative (a verb before the sentence): counted from its end
    first = start + (offset if offset >= 0 else max(0, end - start + offset))
    lo = max(first, verb + 1)
    window = text[lo:end]  # the quote mark that closes the verb's quote ends the sentence for it
    for mark in ('"', "\u201d"):
        if mark in window:
            end = min(end, lo + window.index(mark))
    last = end - 1
    while last >= verb and t.is_space[last]:
        last -= 1
    return last >= verb and text[last] == "?"


def _hedged(t: DocTables, verb: int) -> bool:
    return any(t.dep[c] in ADVMOD_DEPS and t.lower[c] in HEDGE_ADVERBS for c in t.kids[verb])

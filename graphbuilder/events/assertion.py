"""When a typed verb frame is no event: no actor acts, or the act is not asserted.

The event tables say what a verb *can* mean; this module says whether this use of it makes
an event, conservatively (an untyped statement is better than a wrongly typed one):

* **actors**: the subject must be an actor (:mod:`graphbuilder.events.actors`); civilians
  (villagers, teachers, workers) act in protest and violence, not in diplomacy; an act on
  oneself ("hung himself") is none;
* **assertion**: a frame inside a condition ("if he refused"), a question, a purpose ("to
  help him oust"), under a verb of belief or hope ("they thought Turkcell would pull out",
  "hopes to improve ties"), with a modal of possibility or obligation ("can exclude",
  "should not bide") or under a verb of avoiding or refusing (whose own frame is the
  REJECT) states no event. Demands and threats are about what is not (yet) done: they keep
  their type;
* **arguments the code needs**: giving is AID only when what is given is aid or goes to an
  actor ("provided new services" is none); releasing (0841) needs people, returning
  property (0842) needs the property ("returning to Moscow" is none).

:func:`why_not` returns the reason (a short phrase, for tests and debugging) or None.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span

from graphbuilder.events.actors import (
    CIVILIAN_SECTORS,
    QUANTITY_NOUNS,
    head_index,
    is_reflexive,
    sector,
    sector_at,
)
from graphbuilder.events.business import ASKING_CATEGORIES
from graphbuilder.events.everyday import ALLY_NOUNS, DECLINING_VERBS, OWN_POSSESSIVES
from graphbuilder.events.rules import (
    AID_NOUNS,
    ASPECT_LEMMAS,
    DIRECTIVE_LEMMAS,
    REPORTING_LEMMAS,
    event_noun_code,
)
from graphbuilder.events.senses import sense_reason
from graphbuilder.events.standing import source_reason
from graphbuilder.events.targets import (
    PERMITTING_VERBS,
    generic_verb_reason,
    target_reason,
    violent_actor_reason,
)
from graphbuilder.events.taxonomy import plover_category, root
from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.labels import (
    ACL_DEPS,
    ADVCL_DEPS,
    ADVMOD_DEPS,
    APPOS_DEPS,
    AUX_DEPS,
    CLAUSE_DEPS,
    CONJ_DEPS,
    CONTROL_DEPS,
    DATIVE_DEPS,
    MARK_DEPS,
    NOMINAL_SUBJ_DEPS,
    NOUN_POBJ_DEPS,
    OBJ_DEPS,
    PCOMP_DEPS,
    PREP_DEPS,
    RELCL_DEPS,
    TENSE_AUX_DEPS,
)
from graphbuilder.extract.modality import aim_after_object, first_conjunct, modality_of
from graphbuilder.lexicon import RELATIVE_PRONOUNS
from graphbuilder.nlp.lemmas import lemma_at
from graphbuilder.nlp.tables import DocTables, span_text, tables_of

#: Categories a civilian (villagers, students, workers) can be the source of.
CIVILIAN_CATEGORIES = frozenset(
    {"PROTEST", "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "REJECT", "ASSAULT", "FIGHT"}
)
#: Verbs whose act on oneself is still an event: "blew himself up" is a suicide bombing.
SELF_INFLICTED_EVENTS = frozenset({"blow", "explode", "detonate"})
#: Categories about what is not done yet: a modal or condition does not cancel them.
UNREALISED_CATEGORIES = frozenset({"THREATEN", "DEMAND", "REQUEST"})
#: Modals of possibility and obligation ("can", "should"); "will"/"would" are intent (rules).
MODALS = frozenset({"can", "ca", "could", "may", "might", "should", "must", "ought", "shall"})
#: Auxiliaries of the future and the conditional ("will", "would").
FUTURE_AUX = frozenset({"will", "would", "'ll", "'d", "wo", "shall"})
#: Roots the future does not turn into an intent (rules.intent): investigating, disapproving.
UNCHANGED_BY_INTENT = frozenset({"01", "09", "11"})
#: Modals of ability: "cannot accept" refuses.
ABILITY_MODALS = frozenset({"can", "ca", "could"})
#: CAMEO root of rejection.
REJECT_ROOT = "12"
#: Subordinators of an indirect question ("not known whether ...").
INDIRECT_QUESTION_MARKS = frozenset({"whether", "if"})
#: Subordinators of a condition.
CONDITIONS = frozenset({"if", "unless", "whether", "lest"})
#: Subordinators of time: under a future or modal main clause, the clause has not happened.
TEMPORAL_MARKS = frozenset({"once", "when", "until", "till", "before", "after", "whenever"})
#: Auxiliaries that open a condition by inversion: "*should* the Assembly refuse, ...", "*had*
#: they known", "*were* it to fail".
INVERTED_CONDITION_AUX = frozenset({"should", "had", "were"})
#: Links up from a frame to the verb that may announce it ("said he will ask ...").
_ANNOUNCED_DEPS = CONTROL_DEPS | CLAUSE_DEPS | CONJ_DEPS


def announced(candidate: Candidate) -> bool:
    """Someone says the frame's act will be done: the frame has a speaker or reporter, or a
    reporting verb governs it ("said he will ask the administration to ...")."""
    return _announced(tables_of(candidate.verb), candidate)


def _announced(t: DocTables, candidate: Candidate) -> bool:
    """Someone says the act will be done ("said he will ask the administration to ...")."""
    if candidate.speaker is not None or candidate.reporter is not None:
        return True
    i = candidate.verb.i
    for _ in range(4):
        if t.dep[i] not in _ANNOUNCED_DEPS or t.heads[i] == i:
            return False
        i = t.heads[i]
        if lemma_at(t, i) in REPORTING_LEMMAS:
            return True
    return False


#: Categories a statement of intent performs: "said they would reject the offer" rejects it.
ANNOUNCED_CATEGORIES = frozenset({"REJECT"})
#: CAMEO roots that are intents by nature: expressing intent to cooperate (03), threatening (13).
INTENT_ROOTS = frozenset({"03", "13"})
#: Adverbs that report an act as someone else's claim: the act is said to have happened.
REPORTING_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
#: Verbs and adjectives of belief, hope and expectation: what they govern is not asserted.
NON_ASSERTIVE_LEMMAS = frozenset(
    "hope want wish expect believe think fear suspect doubt speculate guess imagine assume "
    "suppose dream like prefer likely unlikely possible probable rumour rumor".split()
)
#: Nouns of how likely something is: what they govern is weighed, not said to happen ("there
#: is no chance / little prospect of the council approving the plan").
CHANCE_NOUNS = frozenset("chance possibility likelihood prospect probability odds".split())
#: Nouns of what is said, rumoured, hoped or feared: a clause they govern is not asserted
#: ("concern that neighbours would begin blocking imports").
HEARSAY_NOUNS = frozenset(
    "rumour rumor report claim allegation suggestion speculation fear accusation charge story "
    "belief hope expectation idea concern worry anxiety doubt suspicion".split()
)
#: Verbs of avoiding, preventing and refusing: what they govern does not happen.
NEGATIVE_GOVERNORS = frozenset(
    "refuse decline reject deny oppose resist avoid prevent forbid fail rule_out stop ban block".split()
)
#: Dependencies by which a governor takes what it governs.
_GOVERNED_DEPS = CONTROL_DEPS | CLAUSE_DEPS | PCOMP_DEPS | OBJ_DEPS | frozenset({"acomp"})
#: Where an up-walk stops: a relative clause or apposition is a statement of its own.
_STOP_DEPS = RELCL_DEPS | APPOS_DEPS | frozenset({"parataxis"})
#: The object of a preposition, a noun or a clause ("avoided *being seen*", "hopes for *peace*").
_PREP_OBJECT_DEPS = PCOMP_DEPS | NOUN_POBJ_DEPS
#: Clauses that spell out what a noun of hearsay says ("rumours *that he would resign*").
_HEARSAY_CLAUSE_DEPS = ACL_DEPS | CLAUSE_DEPS
#: Nouns of what is said or presented: delivering one gives nothing ("delivered his Budget").
SPEECH_NOUNS = frozenset(
    "budget speech statement address report verdict lecture message sermon keynote figures "
    "figure estimate estimates data details evidence information answer answers letter missive "
    "email e-mail memo note response reply document documents copy fax text invitation "
    "explanation clarification briefing congratulation congratulations condolence condolences "
    "greeting greetings wish wishes thanks".split()
)
#: People who are released: captives of every kind.
CAPTIVE_NOUNS = frozenset(
    "prisoner prisoners hostage hostages detainee detainees captive captives inmate inmates "
    "national nationals citizen citizens dissident dissidents suspect suspects man men woman women "
    "people person persons member members journalist journalists worker workers".split()
)
#: Verbs of giving: AID only when what they give is aid or goes to an actor.
GIVING_LEMMAS = frozenset(
    "provide send give supply deliver hand donate grant offer contribute ship extend".split()
)
#: Verbs of going somewhere: a visit (042) only to a named place ("arrived in Paris").
MOTION_LEMMAS = frozenset("arrive come go travel fly return head land".split())
_VISIT = "042"
_GIVING_ROOTS = frozenset({"07"})
_INTENT_TO_GIVE = "033"
_RELEASE, _RETURN, _WITHDRAW_FORCES = "0841", "0842", "0873"
#: Verbs of withdrawing something (a light verb's "completed the withdrawal" is the noun's).
WITHDRAWING_LEMMAS = frozenset({"withdraw", "pull", "remove"})
#: Sectors of whoever bears arms, peacekeepers (IGO) and military platforms included.
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "INS", "UAF", "IGO", "ARM"})


def why_not(candidate: Candidate, code: str, as_done: bool = False) -> str | None:
    """Why ``candidate`` typed ``code`` is no event, or None when it is one. ``as_done``: judge
    the act as if it were done, to ask whether an intent to do it, or a refusal, is an event:
    no assertion checks, and no target checks (an intent or a refusal has its own target,
    checked on its own code)."""
    category = plover_category(code) or ""
    # each check runs only when the ones before it found nothing
    checks: tuple[Callable[[], str | None], ...] = (
        lambda: _actor_reason(candidate, category),
        lambda: None if as_done else _assertion_reason(candidate, code, category),
        lambda: _argument_reason(candidate, code),
        lambda: sense_reason(candidate, code),
        lambda: None if as_done else target_reason(candidate, code, category),
        lambda: violent_actor_reason(candidate, category),
        lambda: generic_verb_reason(candidate, code),
    )
    for check in checks:
        reason = check()
        if reason is not None:
            return reason
    return None


# The helpers below read the Doc's tables (:mod:`graphbuilder.nlp.tables`): ``t`` and token
# indexes, not spaCy Tokens.

# --- actors --------------------------------------------------------------------------


def _actor_reason(candidate: Candidate, category: str) -> str | None:
    """Why the frame's subject is no actor of a ``category`` event."""
    t = tables_of(candidate.verb)
    subject = candidate.subject.root.i
    if candidate.construct == "nominal" and t.pos[subject] not in ("NOUN", "PROPN", "PRON"):
        return None  # "the offensive began": the event noun stands without a named actor
    verb_lemma = lemma_at(t, candidate.verb.i)
    if is_reflexive(candidate.object) and verb_lemma not in SELF_INFLICTED_EVENTS:
        return "reflexive object"
    if _in_disguise(t, candidate.subject.start):
        return "a disguise, not the actor"
    head = head_index(t, subject)
    if _unvoiced_first_person(candidate, t, head):
        return "unresolved first person"  # "I met with ...", and no one named says it
    kind = sector_at(t, subject)
    if kind is None:
        return _sectorless_subject_reason(t, head, verb_lemma)
    if _thing_of_its_sector(t, head, kind, category):
        return "subject is no actor"
    return _standing_reason(candidate, category, kind)


#: Verbs of taking on another's look: what one is "disguised as" or "dressed as" is who one
#: seems to be ("gunmen disguised as doctors stormed the hospital": the gunmen stormed it).
DISGUISE_LEMMAS = frozenset({"disguise", "dress", "pose", "masquerade", "camouflage"})


def _in_disguise(t: DocTables, start: int) -> bool:
    """The subject phrase starting at token ``start`` follows "as" after a verb of disguise
    ("disguised as", "dressed up as", "posing as"): the parser took the disguise for the
    actor of the verb after it."""
    before = start - 1
    if before < 1 or t.lower[before] != "as":
        return False
    verb = before - 1
    if t.lower[verb] == "up" and verb > 0:
        verb -= 1
    return lemma_at(t, verb) in DISGUISE_LEMMAS


def _unvoiced_first_person(candidate: Candidate, t: DocTables, head: int) -> bool:
    """The subject is "I" or "we", and no one named says the statement."""
    return t.tag[head] == "PRP" and t.lower[head] in FIRST_PERSON_PRONOUNS and not _speaker_named(candidate)


def _law_subject(t: DocTables, head: int) -> bool:
    """The subject is a law ("the Police Bill"), unless the word is part of a person's name."""
    return t.lower[head] in LEGISLATION_NOUNS and t.ent_type[head] != "PERSON"


def _sectorless_subject_reason(t: DocTables, head: int, verb_lemma: str) -> str | None:
    """Why a subject of no actor sector acts not, unless it is an event going on with its actors."""
    if _law_subject(t, head):
        return "subject is no actor"  # "the Police Bill proposes extra powers": its authors do
    aspect = verb_lemma in ASPECT_LEMMAS
    if aspect and t.pos[head] == "NOUN" and event_noun_code(t.tokens[head]) is not None:
        # "fighting between rebels and troops raged": the subject is the event itself, with
        # its actors ("clashes continued" names none; "talks delayed" is no aspect)
        return None if _names_its_actors(t, head) else "event without actors"
    return "subject is no actor"


def _thing_of_its_sector(t: DocTables, head: int, kind: str, category: str) -> bool:
    """A subject with a sector that is still no actor: a law, a named thing, an accident."""
    if _law_subject(t, head):
        return True  # "the Police Bill proposes extra powers": its authors do
    quantity = t.pos[head] == "NUM" or t.lemma_lower[head] in QUANTITY_NOUNS  # "one of the MPs"
    named_thing = t.ent_type[head] in NON_ACTOR_ENTITY_TYPES and not quantity
    if kind == "ENT" and (named_thing or _natural_feature(t, head)):
        return True  # "Mount Blanc stands at ...": a mountain, a date, a figure
    # "the explosion set fire": an explosion may be an accident
    return kind == "BOMB" and (category not in ("ASSAULT", "FIGHT") or not _weapon(t, head))


def _standing_reason(candidate: Candidate, category: str, kind: str) -> str | None:
    """Why an actor may not be this event's source, as PETRARCH codes, or a civilian acts
    outside protest and violence."""
    reason = source_reason(candidate, category)
    if reason is not None:
        return reason  # a political actor as the source, as PETRARCH codes
    if kind in CIVILIAN_SECTORS and category not in CIVILIAN_CATEGORIES:
        return "civilian subject"
    return None


#: Entity labels of what never acts: products, works, laws, dates, figures. (Places and
#: buildings may stand for who governs them: "Europe agreed", "the White House said".)
NON_ACTOR_ENTITY_TYPES = frozenset(
    "PRODUCT EVENT WORK_OF_ART LAW LANGUAGE DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL".split()
)
#: Nouns of natural features: a location named with one is land or water, no actor.
NATURAL_FEATURE_NOUNS = frozenset(
    "mount mountain mountains river lake sea ocean gulf bay valley desert peninsula strait canal "
    "hill hills plateau glacier volcano alps".split()
)
#: First-person pronouns: an actor only when a named speaker says them.
FIRST_PERSON_PRONOUNS = frozenset({"i", "we", "me", "us"})
#: Explosions and blasts act as a weapon only when the text says a weapon went off ("a *bomb*
#: blast", "a *car bomb*"); a bare "explosion" may be an accident.
WEAPON_WORDS = frozenset(
    "bomb bombs bomber grenade mine landmine ied shell mortar rocket missile suicide car roadside "
    "terrorist explosive explosives device".split()
)
_EVENT_ONLY_EXPLOSIVES = frozenset({"explosion", "blast"})


def _natural_feature(t: DocTables, head: int) -> bool:
    """ "Mount Blanc", "the Red Sea": a location whose name holds a natural feature noun."""
    if t.ent_type[head] != "LOC":
        return False
    words = range(t.left_edge(head), head + 1)
    return any(t.ent_type[i] == "LOC" and t.lower[i] in NATURAL_FEATURE_NOUNS for i in words)


def _speaker_named(candidate: Candidate) -> bool:
    """Someone other than a first person says the statement (the pronoun can be theirs)."""
    speaker = candidate.speaker
    return speaker is not None and speaker.root.lower_ not in FIRST_PERSON_PRONOUNS


def _weapon(t: DocTables, head: int) -> bool:
    if t.lemma_lower[head] not in _EVENT_ONLY_EXPLOSIVES:
        return True
    words = range(t.left_edge(head), t.right_edge(head) + 1)
    return any(t.lemma_lower[i] in WEAPON_WORDS or t.lower[i] in WEAPON_WORDS for i in words if i != head)


def _names_its_actors(t: DocTables, head: int) -> bool:
    """An event noun with an actor in its own phrase ("clashes *between police and protesters*",
    "*Israeli* air strikes", "the *army*'s offensive")."""
    for i in range(t.left_edge(head), t.right_edge(head) + 1):
        if i == head:
            continue
        if t.ent_type[i] in ("PERSON", "NORP", "ORG", "GPE"):
            return True
        if t.pos[i] in ("NOUN", "PROPN") and sector_at(t, i) not in (None, "BOMB"):
            return True
    return False


# --- assertion -----------------------------------------------------------------------


def _up(t: DocTables, verb: int) -> Iterator[tuple[int, int]]:
    """(child, head) pairs from ``verb`` up to its sentence's root, stopping at a relative
    clause or apposition."""
    i = verb
    for _ in range(12):
        head = t.heads[i]
        if t.dep[i] in _STOP_DEPS or head == i:
            return
        yield i, head
        i = head


def _is_question(candidate: Candidate) -> bool:
    text = span_text(candidate.sentence).rstrip().rstrip("\"'”’ ")
    return text.endswith("?")


def _condition_or_purpose(t: DocTables, child: int) -> str | None:
    kids, dep = t.kids[child], t.dep
    marks = {t.lower[c] for c in kids if dep[c] in MARK_DEPS}
    if dep[child] in ACL_DEPS and marks & CONDITIONS:
        return "condition"  # "the protection, if recognised by the authorities, ..."
    if dep[child] not in ADVCL_DEPS:
        return None
    if marks & CONDITIONS or _inverted_condition(t, child):
        return "condition"
    head = t.heads[child]
    if marks & TEMPORAL_MARKS and (_future(t, head) or _modal(t, head)):
        return "condition"  # "Illva will pay ... once the government approves the deal": not yet
    if any(dep[c] in TENSE_AUX_DEPS and t.tag[c] == "TO" for c in kids) or "so" in marks:
        return "purpose"
    return None


def _inverted_condition(t: DocTables, clause: int) -> bool:
    """ "*Should* the Assembly refuse to ratify, ...": the clause opens with an auxiliary of
    condition that stands before its subject."""
    subjects = [t.left_edge(c) for c in t.kids[clause] if t.dep[c] in NOMINAL_SUBJ_DEPS]
    return bool(subjects) and any(
        t.dep[c] in TENSE_AUX_DEPS and t.lower[c] in INVERTED_CONDITION_AUX and c < min(subjects)
        for c in t.kids[clause]
    )


def _someone_elses_purpose(t: DocTables, candidate: Candidate, main: int) -> bool:
    """A purpose clause whose actor is not the main clause's subject ("offered its troops to
    help *him* oust ..."): what another is meant to do is no event of theirs."""
    subjects = [c for c in t.kids[main] if t.dep[c] in NOMINAL_SUBJ_DEPS]
    actor = head_index(t, candidate.subject.root.i)
    return bool(subjects) and all(actor != s and t.lower[actor] != t.lower[s] for s in subjects)


def _governor_lemma(t: DocTables, head: int) -> str:
    lemma = lemma_at(t, head)
    particle = next((t.lower[c] for c in t.kids[head] if t.dep[c] == "prt"), None)
    return f"{lemma}_{particle}" if particle else lemma


def _directed_passive(t: DocTables, head: int) -> bool:
    """ "was forced to deny", "were asked to leave": the subject is directed, the event is the
    directive's (typed on its own frame, with its agent)."""
    passive = any(t.dep[c] == "auxpass" for c in t.kids[head])
    return passive and lemma_at(t, head) in DIRECTIVE_LEMMAS


def _future(t: DocTables, i: int) -> bool:
    return any(t.dep[c] in TENSE_AUX_DEPS and t.lower[c] in FUTURE_AUX for c in t.kids[i])


def _counterfactual(t: DocTables, i: int) -> bool:
    """ "would have provided", "would have been attacked": what would have happened, and
    did not."""
    aux = [t.lower[c] for c in t.kids[i] if t.dep[c] in TENSE_AUX_DEPS]
    return t.tag[i] == "VBN" and "have" in aux and bool(set(aux) & FUTURE_AUX)


def _can(t: DocTables, i: int) -> bool:
    return any(t.dep[c] in TENSE_AUX_DEPS and t.lower[c] in ABILITY_MODALS for c in t.kids[i])


def _modal(t: DocTables, i: int) -> bool:
    return any(t.dep[c] in TENSE_AUX_DEPS and t.lower[c] in MODALS for c in t.kids[i])


def _assertion_reason(candidate: Candidate, code: str, category: str) -> str | None:
    t = tables_of(candidate.verb)
    if _whether(t, candidate.verb.i):
        return "indirect question"  # "will decide whether to block the auction"
    if _habitual(t, candidate.verb.i):
        return "habitual"  # "young women who often seek help": what happens as a rule
    if _present_description(t, candidate.verb.i):
        return "a description"  # "the terrorists who threaten Britain today are well aware"
    if _predicted_effect(t, candidate.verb.i):
        return "a predicted effect"  # "such a move would help Alfa Romeo and Maserati to share costs"
    if _reported_gerund(t, candidate.verb.i):
        return "a reported gerund"  # "Detaining suspects without trial breaks laws, the court ruled"
    stated = (
        _statement_modality(t, candidate, code, category)
        or _stance(t, candidate)
        or _attempted(t, candidate, code, category)
    )
    if stated is not None:
        return stated
    if category in UNREALISED_CATEGORIES:
        if _possibly(t, candidate.verb.i):
            return "possible"  # "may have intended to kill": not even an intent is stated
        if candidate.verb.pos_ in ("VERB", "AUX") and _in_condition(t, candidate.verb.i):
            return "condition"  # "if Israel agreed to stop shelling": the condition, not the threat
        return _believed(t, candidate, code)  # a threat or demand may be future, not merely believed
    if _is_question(candidate):
        return "question"
    return _own_modality(t, candidate, code) or _context(t, candidate, code)


#: Adverbs of frequency: the act happens as a rule, it is no one event.
HABITUAL_ADVERBS = frozenset(
    "often usually always frequently routinely habitually regularly sometimes typically "
    "generally normally commonly rarely seldom customarily".split()
)


def _habitual(t: DocTables, verb: int) -> bool:
    """An adverb of frequency on the verb ("often seek help", "routinely detain")."""
    return any(t.dep[c] in ADVMOD_DEPS and t.lower[c] in HABITUAL_ADVERBS for c in t.kids[verb])


def _present_description(t: DocTables, verb: int) -> bool:
    """A relative clause in the simple present, no auxiliary ("lawmakers *who blame* China",
    "the terrorists *who threaten* Britain", "Hard Rock, *which provides* services to
    studios"): it says what its noun is or does as a rule, no one event. With a date it is
    one, scheduled ("India, *which attends* the G7 meeting on Friday")."""
    if t.tag[verb] not in PRESENT_TAGS or any(t.dep[c] in AUX_DEPS for c in t.kids[verb]):
        return False
    clause = first_conjunct(t, verb)
    if t.dep[clause] not in RELCL_DEPS or any(t.dep[c] in AUX_DEPS for c in t.kids[clause]):
        return False
    return not any(
        t.ent_type[i] in ("DATE", "TIME") and t.lower[i] not in PRESENT_TIME_WORDS for i in t.subtree(verb)
    )


#: Verbs that report a finding, a ruling or a statement at the end of the sentence ("...,
#: the court has ruled").
RULING_LEMMAS = REPORTING_LEMMAS | frozenset({"rule", "find", "conclude", "decide", "judge", "warn"})


def _reported_gerund(t: DocTables, verb: int) -> bool:
    """A gerund that opens the sentence, parsed as an adverbial clause of a reporting verb that
    comes after it and reports nothing else ("*Detaining* suspects without trial breaks human
    rights laws, the court has ruled"): the gerund is the subject of what is reported, done
    by no one named; the reporter is not its actor. ("Speaking to reporters, the minister
    said the talks had failed": the reporting verb has its own clause, the gerund is its
    subject's.)"""
    if t.tag[verb] != "VBG" or t.dep[verb] not in ADVCL_DEPS:
        return False
    head = t.heads[verb]
    if head <= verb or lemma_at(t, head) not in RULING_LEMMAS:
        return False
    return not any(t.dep[c] in CLAUSE_DEPS | OBJ_DEPS | CONTROL_DEPS for c in t.kids[head])


#: Verbs of enabling: what their complement names is the effect of the enabling ("would
#: help X to share costs"), as sure as the enabling is.
ENABLING_LEMMAS = PERMITTING_VERBS | frozenset({"help"})


def _predicted_effect(t: DocTables, verb: int) -> bool:
    """The verb is the act a future or modal verb of enabling would bring about ("such a move
    would help Alfa Romeo and Maserati to share costs", "the deal could allow Iran to buy
    jets"): the act is a prediction, not asserted."""
    if t.dep[verb] not in CLAUSE_DEPS | CONTROL_DEPS or t.heads[verb] == verb:
        return False
    head = t.heads[verb]
    return lemma_at(t, head) in ENABLING_LEMMAS and (_future(t, head) or _modal(t, head))


#: Tags of a verb in the simple present.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: Date words that name the present, no day an event is set for ("who threaten Britain *today*").
PRESENT_TIME_WORDS = frozenset({"today", "now", "nowadays", "currently"})


def _statement_modality(t: DocTables, candidate: Candidate, code: str, category: str) -> str | None:
    """The statement's own modality (the one the graph shows) does not state the act: possible
    ("may have intended to kill"), conditional, a question; or intended ("had decided to kill",
    "recommends that movements support ...") for an act that is no intent, demand or request
    by nature. "Reportedly killed" is said to have happened: it stays an event."""
    modality = modality_of(candidate)
    if modality == "possible" and _reported_by_adverb(t, candidate.verb.i):
        return None
    future_by_nature = category in UNREALISED_CATEGORIES or root(code) in INTENT_ROOTS
    if modality in ("possible", "question") or (modality == "conditional" and not future_by_nature):
        return modality  # "if they attack, we will retaliate" is still a threat
    # a request or demand still to be made is none yet, unless announced
    if modality == "intended" and category in ASKING_CATEGORIES and not _announced(t, candidate):
        return "request not made yet"  # "the Commission will present proposals next week"
    if modality == "intended" and not (future_by_nature or category in ANNOUNCED_CATEGORIES):
        # what an act is done for is part of it ("dispatched inspectors to monitor the plant");
        # an attempted attack happened ("tried to kill the governor")
        verb = candidate.verb.i
        purpose = _purpose_of_act(t, verb, candidate.subject.root.i)
        return None if purpose or _attempted_force(t, verb, code) else modality
    return None


def _purpose_of_act(t: DocTables, verb: int, subject: int) -> bool:
    """The verb is the purpose infinitive of an asserted act: set off ("arrested the men *to
    stop* the attack") or after the act's object, what it is used for, when the statement's
    subject (its head at ``subject``) is the act's ("Russia used its veto *to block* the
    resolution", :func:`~graphbuilder.extract.modality.aim_after_object`; not the object's
    "met Berlusconi *to talk* about ..." read with Berlusconi talking)."""
    head = t.heads[verb]
    own_aim = aim_after_object(t, verb) and any(
        c == subject and t.dep[c] in NOMINAL_SUBJ_DEPS for c in t.kids[head]
    )
    if not (t.dep[verb] in ADVCL_DEPS or own_aim):
        return False
    if not _with_to(t, verb):
        return False
    if t.pos[head] != "VERB" or _modal(t, head) or _future(t, head):
        return False
    # the act itself is stated: a main clause or a reported one ("recommends that they reduce
    # tariffs to encourage trade" is a recommendation)
    governor = t.heads[head]
    return governor == head or t.dep[head] in CONJ_DEPS or lemma_at(t, governor) in REPORTING_LEMMAS


#: Adjectives of a stance: "X is willing / ready / keen to ..." says how X stands, not what
#: X did or announced (a statement of intent is a verb: "agreed", "offered", "vowed").
STANCE_ADJECTIVES = frozenset(
    "willing ready prepared keen eager determined happy glad anxious unwilling reluctant able unable".split()
)


#: Adjectives of desire among them: being keen or eager to act is a wish, as "wants to" is, no
#: stated intent ("the nation is keen to find new partners", "members are eager to clinch a
#: deal with Freedonia"); the act they govern carries no event.
DESIRE_ADJECTIVES = frozenset({"keen", "eager", "anxious"})
#: Adjectives of ability: being able to act is no intent to.
ABILITY_ADJECTIVES = frozenset({"able", "unable"})


def _stance(t: DocTables, candidate: Candidate) -> str | None:
    """A copular stance towards no one ("Congress is willing to respect the rulings"), on its
    own or as the clause a verb of saying reports ("added: I was willing to conclude my trip").
    A stance towards an actor is an intent ("France is ready to contribute troops to the force")."""
    verb = candidate.verb.i
    clauses = [verb]
    if lemma_at(t, verb) in REPORTING_LEMMAS:
        clauses += [c for c in t.kids[verb] if t.dep[c] in CLAUSE_DEPS]
    for clause in clauses:
        if t.lower[clause] in STANCE_ADJECTIVES and any(t.dep[c] == "auxpass" for c in t.kids[clause]):
            adjectives = [clause]  # "he was determined (that) ...", parsed as a passive participle
        elif lemma_at(t, clause) == "be":
            adjectives = [c for c in t.kids[clause] if t.dep[c] == "acomp"]
        else:
            continue
        for adjective in adjectives:
            if t.lower[adjective] in STANCE_ADJECTIVES or t.lemma_lower[adjective] in STANCE_ADJECTIVES:
                acts = [c for c in t.kids[adjective] if t.dep[c] in CONTROL_DEPS]
                acts += [c for a in acts for c in t.kids[a] if t.dep[c] in CONJ_DEPS]
                ability = t.lemma_lower[adjective] in ABILITY_ADJECTIVES  # "would be able to reject"
                if ability or not any(_acts_on_actor(t, a) for a in acts):
                    return "stance"
    return None


def _acts_on_actor(t: DocTables, act: int) -> bool:
    """The verb's object, dative or prepositional objects name an actor or an event ("ready
    to resume *talks*")."""
    for c in t.kids[act]:
        if t.dep[c] in OBJ_DEPS or t.dep[c] in DATIVE_DEPS:
            if _actor_or_event(t, c):
                return True
        if t.dep[c] in PREP_DEPS:
            if any(t.dep[p] in NOUN_POBJ_DEPS and _actor_or_event(t, p) for p in t.kids[c]):
                return True
    return False


def _actor_or_event(t: DocTables, i: int) -> bool:
    return _subtree_sector(t, i) is not None or (
        t.pos[i] == "NOUN" and event_noun_code(t.tokens[i]) is not None
    )


#: Verbs whose "to" complement is sought, needed or wanted, not done ("sought to reassure",
#: "needed to talk to", "tried to block"): not implicative.
NON_IMPLICATIVE_LEMMAS = frozenset(
    {"seek", "try", "attempt", "need", "want", "wish", "aim", "expect", "strive", "consider"}
    | {"schedule", "slate"}  # "is scheduled to meet": not yet
)
#: Adjectives of what is to come, after "be": "is due to meet", "is poised to sign".
NOT_YET_ADJECTIVES = frozenset({"due", "poised"})
#: Verbs of attempting: an attempt at force (CAMEO 17-20) is itself an act of force ("tried
#: to kill the governor", "tried to storm the embassy").
ATTEMPTING_LEMMAS = frozenset({"try", "attempt"})


def _attempted(t: DocTables, candidate: Candidate, code: str, category: str) -> str | None:
    """The frame's verb seeks or wants the act its complement names (the act's type would be
    carried by the governing frame), or the act is yet to come ("is due to meet"): no act
    happened, unless the category is one of intent or the act is an attempt at force."""
    verb = candidate.verb.i
    if category not in UNREALISED_CATEGORIES and (_needed(t, verb) or _needs(t, verb)):
        return "a necessity"  # "prospective members need to enter into negotiations"
    if category in UNREALISED_CATEGORIES or root(code) in INTENT_ROOTS:
        return None
    lemma = lemma_at(t, verb)
    if lemma in ATTEMPTING_LEMMAS and root(code) in FORCE_ROOTS:
        return None
    governs = lemma in NON_IMPLICATIVE_LEMMAS and any(t.dep[c] in CONTROL_DEPS for c in t.kids[verb])
    wanted = _governed_by_wanting(t, verb) and not _attempted_force(t, verb, code)
    return "attempted or wanted" if governs or wanted or _not_yet(t, verb) else None


#: Verbs of necessity: what their "to" complement names must be done, it is neither done
#: nor promised ("need to enter into negotiations", "have to agree"); passives of obliging
#: ("are required to", "are obliged to") too.
NECESSITY_LEMMAS = frozenset({"need", "have"})
OBLIGING_LEMMAS = frozenset({"require", "oblige", "compel"})


def _needed(t: DocTables, verb: int) -> bool:
    """The verb is the "to" complement of a verb of necessity (or of a passive of obliging)."""
    if t.dep[verb] not in CONTROL_DEPS or not _with_to(t, verb):
        return False
    head = t.heads[verb]
    lemma = lemma_at(t, head)
    if lemma in NECESSITY_LEMMAS:
        return True
    return lemma in OBLIGING_LEMMAS and any(t.dep[c] == "auxpass" for c in t.kids[head])


def _needs(t: DocTables, verb: int) -> bool:
    """The verb is one of necessity with a "to" complement ("Syria will *need* to withdraw"):
    its frame carries the complement's act no more than the complement does."""
    if lemma_at(t, verb) not in NECESSITY_LEMMAS:
        return False
    return any(t.dep[c] in CONTROL_DEPS and _with_to(t, c) for c in t.kids[verb])


def _with_to(t: DocTables, verb: int) -> bool:
    """The verb has its "to" ("to stop", "need to *enter*"): an infinitive."""
    return any(t.tag[c] == "TO" for c in t.kids[verb])


def _not_yet(t: DocTables, verb: int) -> bool:
    """ "is due to meet", "is poised to sign": "be" with an adjective of what is to come."""
    return lemma_at(t, verb) == "be" and any(
        t.lower[c] in NOT_YET_ADJECTIVES and any(t.dep[k] in CONTROL_DEPS for k in t.kids[c])
        for c in t.kids[verb]
    )


def _attempted_force(t: DocTables, verb: int, code: str) -> bool:
    """The verb, a CAMEO 17-20 act of force, is the "to" complement of "try" / "attempt"."""
    return (
        root(code) in FORCE_ROOTS
        and t.dep[verb] in CONTROL_DEPS
        and lemma_at(t, t.heads[verb]) in ATTEMPTING_LEMMAS
    )


def _governed_by_wanting(t: DocTables, verb: int) -> bool:
    """The frame is the complement, through a chain of "to" complements, of a verb that
    wants or seeks it ("considers allowing cameras", "need to help evacuate citizens"); an
    event noun, through the verb whose object it is ("sought to obtain Italian *recognition*")."""
    i = verb
    if t.pos[i] == "NOUN" and t.dep[i] in OBJ_DEPS:
        i = t.heads[i]
        if lemma_at(t, i) in NON_IMPLICATIVE_LEMMAS:
            return True  # "sought recognition", "wants talks"
    for _ in range(3):
        if t.dep[i] not in CONTROL_DEPS:
            return False
        i = t.heads[i]
        if lemma_at(t, i) in NON_IMPLICATIVE_LEMMAS:
            return True
    return False


def _whether(t: DocTables, verb: int) -> bool:
    """The verb, or the complement that carries its act, is asked about ("whether to block")."""
    acts = [verb] + [c for c in t.kids[verb] if t.dep[c] in CONTROL_DEPS]
    return any(
        t.dep[m] in MARK_DEPS and t.lower[m] in INDIRECT_QUESTION_MARKS for a in acts for m in t.kids[a]
    )


def _reported_by_adverb(t: DocTables, verb: int) -> bool:
    return any(t.dep[c] in ADVMOD_DEPS and t.lower[c] in REPORTING_ADVERBS for c in t.kids[verb])


def _own_modality(t: DocTables, candidate: Candidate, code: str) -> str | None:
    """A modal or future on the frame's verb, or on the clause a reporting verb reports; a
    condition on the frame's own verb ("if admitted, Turkey would contribute")."""
    verb = candidate.verb.i
    if _counterfactual(t, verb):
        return "counterfactual"  # "the agency would have provided ...": it did not
    conditions = [c for c in t.kids[verb] if _condition_or_purpose(t, c) == "condition"]
    if conditions and (_future(t, verb) or _modal(t, verb)):
        return "condition"  # not "if you look at what I do, I attack him": no modal, a fact
    if _modal(t, verb) and not (candidate.negated and root(code) == REJECT_ROOT and _can(t, verb)):
        return "modal"  # "cannot accept" is a refusal; "should not bide" is advice
    reporting = lemma_at(t, verb) in REPORTING_LEMMAS
    reported = [c for c in t.kids[verb] if t.dep[c] in CLAUSE_DEPS] if reporting else []
    if any(_modal(t, c) for c in reported):
        return "modal"  # "said he should apologise": the reported clause is advice, not an act
    if root(code) in UNCHANGED_BY_INTENT and any(_future(t, i) for i in [verb, *reported]):
        return "future"  # "would continue to monitor": an intent, and not one PLOVER types
    return None


def _context(t: DocTables, candidate: Candidate, code: str) -> str | None:
    """What the frame's verb is inside, walking up: a condition, another's purpose, a
    directed passive, a verb of belief or of avoiding, a modal of the clause it belongs to."""
    dep = t.dep
    same_clause = True  # the verb and the heads it shares its clause with (xcomp, conj)
    for child, head in _up(t, candidate.verb.i):
        if _inverted_condition(t, child) or _inverted_condition(t, head):
            return "condition"  # "should the Assembly refuse, (and) our country would withdraw"
        found = _condition_or_purpose(t, child)
        if found == "condition" or (found == "purpose" and _someone_elses_purpose(t, candidate, head)):
            return found
        marks = {t.lower[c] for c in t.kids[child] if dep[c] in MARK_DEPS}
        if dep[child] in CLAUSE_DEPS and marks & INDIRECT_QUESTION_MARKS:
            return "indirect question"  # "it is not yet known whether they would support a bid"
        if dep[child] in CONTROL_DEPS and _directed_passive(t, head):
            return "directed at the subject"
        governed = _governed_by(t, child, head, code)
        if governed is not None:
            return governed
        # a purpose shares the modality of its main clause ("should cooperate to encourage")
        own_subject = any(dep[c] in NOMINAL_SUBJ_DEPS for c in t.kids[child])
        shares_subject = dep[child] in CONJ_DEPS and not own_subject
        same_clause = same_clause and (dep[child] in CONTROL_DEPS or shares_subject or found == "purpose")
        clause_reason = _clause_head_reason(t, head, code) if same_clause else None
        if clause_reason is not None:
            return clause_reason
    return None


def _clause_head_reason(t: DocTables, head: int, code: str) -> str | None:
    """A head the frame's verb shares its clause with is modal ("should cooperate to
    encourage"), a future under a condition ("should the Assembly refuse, our country would
    end up withdrawing"), or a future of an act the future does not turn into an intent."""
    if _modal(t, head) and lemma_at(t, head) not in NON_ASSERTIVE_LEMMAS:
        return "modal"
    if _future(t, head) and _has_condition(t, head):
        return "condition"
    if root(code) in UNCHANGED_BY_INTENT and _future(t, head):
        return "future"
    return None


#: Modals of mere possibility: what they govern is not stated, not even as an intent.
POSSIBILITY_MODALS = frozenset({"may", "might", "could"})


def _possibly(t: DocTables, verb: int) -> bool:
    """A modal of possibility on the verb or on the verbs it is the complement of in its
    clause ("may have intended to kill")."""
    i = verb
    for _ in range(4):
        if any(t.dep[c] in TENSE_AUX_DEPS and t.lower[c] in POSSIBILITY_MODALS for c in t.kids[i]):
            return True
        if t.dep[i] not in CONTROL_DEPS or t.heads[i] == i:
            return False
        i = t.heads[i]
    return False


def _in_condition(t: DocTables, verb: int) -> bool:
    """The verb is in the clause of a condition, or in a clause below one ("talks would resume
    *if Israel agreed to stop shelling*"): what is only supposed is no threat, demand or intent
    of anyone's (the consequence, "we will bomb their bases if they attack", may be). Only a
    verb is supposed: an event noun in the condition names what was done ("if *Britain's
    proposal* were adopted": Britain did propose)."""
    return any(_condition_or_purpose(t, child) == "condition" for child, _ in _up(t, verb))


def _has_condition(t: DocTables, head: int) -> bool:
    return any(_condition_or_purpose(t, c) == "condition" for c in t.kids[head])


def _believed(t: DocTables, candidate: Candidate, code: str) -> str | None:
    """Under a verb or adjective of belief, or a noun of hearsay ("are unlikely to impose
    demands", "rumours that he would threaten"): not asserted, whatever the category."""
    verb = candidate.verb.i
    if any(t.dep[c] == "acomp" and t.lower[c] in NON_ASSERTIVE_LEMMAS for c in t.kids[verb]):
        return "belief or hope"  # "they are unlikely to impose demands"
    for child, head in _up(t, verb):
        governed = _governed_by(t, child, head, code)
        if governed in ("belief or hope", "hearsay"):
            return governed
    return None


def _governed_by(t: DocTables, child: int, head: int, code: str) -> str | None:
    """``child`` is what a verb of belief or hope, or of avoiding or refusing, governs."""
    dep = t.dep
    governs = dep[child] in _GOVERNED_DEPS or (dep[child] in _PREP_OBJECT_DEPS and dep[head] in PREP_DEPS)
    hearsay = t.pos[head] == "NOUN" and t.lemma_lower[head] in HEARSAY_NOUNS
    if hearsay and dep[child] in _HEARSAY_CLAUSE_DEPS:
        return "hearsay"  # "rumours that he was about to resign", "claims that the agency blamed him"
    if not governs:
        return None
    word = t.heads[head] if dep[head] in PREP_DEPS else head
    governor = _governor_lemma(t, word)
    if governor in NON_ASSERTIVE_LEMMAS or t.lower[word] in NON_ASSERTIVE_LEMMAS:
        return "belief or hope"
    if t.pos[word] == "NOUN" and t.lemma_lower[word] in CHANCE_NOUNS:
        return "belief or hope"  # "no chance of Parliament approving the expulsions"
    if governor in NEGATIVE_GOVERNORS and root(code) != REJECT_ROOT:
        return "avoided or refused"
    if governor in IMPLYING_LEMMAS and any(dep[c] == "neg" for c in t.kids[word]):
        return "not implied"  # "the withdrawal did not mean that Libya had cut its ties"
    return None


#: Verbs of meaning and showing: what they govern under a negation is said not to be so.
IMPLYING_LEMMAS = frozenset({"mean", "imply", "indicate", "signal", "show", "prove", "suggest"})


# --- arguments -----------------------------------------------------------------------


def _recipient(t: DocTables, verb: int) -> bool:
    """The verb names an actor it gives to ("to Macedonia", "gave *Egypt* ...")."""
    for c in t.kids[verb]:
        if t.dep[c] in DATIVE_DEPS and _political(t, c):
            return True
        if t.dep[c] in PREP_DEPS and t.lower[c] in ("to", "for"):
            if any(t.dep[p] in NOUN_POBJ_DEPS and _political(t, p) for p in t.kids[c]):
                return True
    return False


def _subtree_sector(t: DocTables, i: int) -> str | None:
    """:func:`sector` of the phrase token ``i`` heads (its whole subtree)."""
    return sector_at(t, t.span_root(t.left_edge(i), t.right_edge(i) + 1))


def _political(t: DocTables, i: int) -> bool:
    """An actor other than civilians (customers, passengers): a state, organisation, force."""
    kind = _subtree_sector(t, i)
    return kind is not None and kind not in CIVILIAN_SECTORS


def _goes_to_a_place(t: DocTables, candidate: Candidate) -> bool:
    obj = candidate.object
    return obj is not None and any(t.ent_type[i] in ("GPE", "LOC", "FAC") for i in range(obj.start, obj.end))


def _movement_reason(t: DocTables, candidate: Candidate, code: str, lemma: str) -> str | None:
    """Going somewhere is no visit without a place, nor when fighters go (a deployment);
    crossing a border seeks refuge only for refugees."""
    if code.startswith(_VISIT) and lemma in MOTION_LEMMAS and not _goes_to_a_place(t, candidate):
        return "no place visited"
    if code.startswith(_VISIT) and lemma in MOTION_LEMMAS and _deployed(t, candidate):
        return "forces deployed"  # "troops arrived in Darfur": no visit to anyone
    if code == _SEEK_REFUGE and lemma in CROSSING_LEMMAS and sector_at(t, candidate.subject.root.i) != "REF":
        return "a crossing"  # "insurgents crossed into Iraq": only refugees seek refuge so
    return None


#: CAMEO 0233, an appeal for humanitarian aid, which CAMEO's dictionary gives "cross into"
#: (refugees crossing a border seek refuge); anyone else crossing only moves.
_SEEK_REFUGE, CROSSING_LEMMAS = "0233", frozenset({"cross"})
#: Sectors of fighters: soldiers, rebels, insurgents, irregulars, military platforms.
FIGHTER_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "ARM"})


def _deployed(t: DocTables, candidate: Candidate) -> bool:
    """Fighters arrive, go or return somewhere ("British troops arrived in Basra", "rebel
    fighters returned to the town"): they are deployed or move, they visit no one (CAMEO's
    visit, 042, is a leader's or an envoy's)."""
    return sector_at(t, candidate.subject.root.i) in FIGHTER_SECTORS


def _forces_or_none(t: DocTables, verb: int) -> bool:
    """What is withdrawn is armed ("withdrew its troops") or unsaid ("withdrew from Gaza")."""
    direct = [c for c in t.kids[verb] if t.dep[c] in OBJ_DEPS]
    return not direct or any(_subtree_sector(t, d) in ARMED_SECTORS for d in direct)


def _people(t: DocTables, obj: Span | None) -> bool:
    """Someone is released: people in the object or in its "of" ("the release *of* ...")."""
    if obj is None:
        return False
    head = obj.root.i
    if t.lemma_lower[head] in ("release", "freedom", "return"):
        inner = next((p for c in t.kids[head] if t.lower[c] == "of" for p in t.kids[c]), None)
        if inner is None:
            return False
        head = inner
    return _subtree_sector(t, head) is not None or t.lemma_lower[head] in CAPTIVE_NOUNS


def _argument_reason(candidate: Candidate, code: str) -> str | None:
    """Why an act whose sense needs a particular argument is no event here, else None."""
    t = tables_of(candidate.verb)
    verb = candidate.verb.i
    if candidate.construct in ("svo", "nominal") and _figure(t, candidate.object, code):
        return "object is a date or figure"  # "the US terror attacks on 11 September 2001"
    if candidate.construct == "nominal" or t.pos[verb] not in ("VERB", "AUX"):
        return None
    lemma = lemma_at(t, verb)
    if lemma in REPORTING_LEMMAS:
        return _reported_pledge(t, verb, code)  # the clause's event, with the clause's arguments
    found = _no_counterpart(t, candidate, code, lemma) or _refused_to_exclude(t, verb, lemma)
    if found is not None:
        return found
    found = _movement_reason(t, candidate, code, lemma)
    if found is not None:
        return found
    if _gives_nothing(t, candidate, code):
        return "nothing given to anyone"
    recognising = lemma in RECOGNISING_LEMMAS and code.startswith(_RECOGNITION)
    if recognising and not _recognised_actor(t, candidate.object):
        return "nothing recognised"  # "recognised people's concerns": acknowledging, no recognition
    if code.startswith(_RELEASE) and not _people(t, candidate.object):
        return "no one released"
    if code.startswith(_RETURN) and not any(t.dep[c] in OBJ_DEPS for c in t.kids[verb]):
        return "nothing returned"
    withdrawing = lemma in WITHDRAWING_LEMMAS
    if withdrawing and code.startswith(_WITHDRAW_FORCES) and not _forces_or_none(t, verb):
        return "no forces withdrawn"  # "withdrew the bill" is no military withdrawal
    return None


#: CAMEO 054: granting diplomatic recognition (also "established diplomatic relations").
_RECOGNITION = "054"
#: Verbs of recognising, which also mean acknowledging a view ("recognised people's concerns").
RECOGNISING_LEMMAS = frozenset({"recognise", "recognize", "acknowledge"})
#: What a state recognises besides another actor: its status, its rule, its borders.
RECOGNISED_STATUS_NOUNS = frozenset(
    "independence sovereignty statehood state government regime authority authorities annexation "
    "legitimacy border borders jurisdiction right rights existence claim election result results "
    "republic".split()
)


def _recognised_actor(t: DocTables, obj: Span | None) -> bool:
    """What is recognised is an actor ("recognised Kosovo", "the new government") or its status
    ("Israel's right to exist", "Jewish sovereignty")."""
    if obj is None:
        return False
    head = head_index(t, obj.root.i)
    if t.lemma_lower[head] in RECOGNISED_STATUS_NOUNS:
        return True
    return sector_at(t, obj.root.i) not in (None, "BOMB", "ARM")


def _reported_pledge(t: DocTables, verb: int, code: str) -> str | None:
    """A reporting verb carrying a pledge to no one ("told supporters his party will offer
    them a choice"); any other reported event is its clause's to judge."""
    clauses = [c for c in t.kids[verb] if t.dep[c] in CLAUSE_DEPS]
    if root(code) == _INTENT_ROOT and any(_pledged_to_no_one(t, c) for c in clauses):
        return "a pledge to no one"
    return None


def _refused_to_exclude(t: DocTables, verb: int, lemma: str) -> str | None:
    """ "refused to rule out an interest", "declined to deny the report": kept open."""
    if lemma in DECLINING_VERBS and any(_excluding(t, c) for c in t.kids[verb] if t.dep[c] in CONTROL_DEPS):
        return "refused to exclude"
    return None


def _no_counterpart(t: DocTables, candidate: Candidate, code: str, lemma: str) -> str | None:
    """What the verb acts on is no other actor: a bill, its own cause, a claim, a thing."""
    if _legislation(t, candidate, lemma):
        return "domestic legislation"  # "the governor signed a bill", "the Senate passed the law"
    if root(code) == _CONSULT_ROOT and _kin(t, candidate):
        return "a private meeting"  # "he met his fiancee"
    if root(code) in _SUPPORT_ROOTS and _own_cause(t, candidate):
        return "support of its own"  # "Mr Blair defended his party's attitude"
    if lemma in ASSENT_LEMMAS and _assents_to_a_claim(t, candidate, lemma):
        return "assent to a claim"  # "will agree that vines can be destroyed": a view, no accord
    if root(code) in _GIVING_ROOTS and lemma not in GIVING_LEMMAS and _helps_no_one(t, candidate):
        return "no one aided"  # "the agency protects workers' pension funds"
    if root(code) == _INTENT_ROOT and _pledged_to_no_one(t, candidate.verb.i):
        return "a pledge to no one"  # "he promises to focus on restoring order"
    if lemma in _PERMITTING_LEMMAS and code == _YIELD and not _names_actors(t, candidate.verb.i):
        return "allowed to no one"  # "the rules allowed detentions", "allowing FDI"
    return None


#: Verbs of permitting: a concession to someone, who must be named ("allowed inspectors in").
_PERMITTING_LEMMAS = frozenset({"allow", "permit"})
#: The generic yield (080): a more specific code ("allowed the inspectors in", 0862) names
#: what is yielded by itself.
_YIELD = "080"


#: Verbs of excluding: refusing (``everyday.DECLINING_VERBS``) to exclude something keeps it
#: open, and refuses no one ("refused to rule out tax rises", "declined to deny the report").
_EXCLUDING_LEMMAS = frozenset({"exclude", "deny", "dismiss", "disown"})


def _excluding(t: DocTables, verb: int) -> bool:
    """ "rule out", "exclude", "deny": a verb of excluding, with its particle."""
    lemma = t.lemma_lower[verb]
    if lemma in _EXCLUDING_LEMMAS:
        return True
    return lemma == "rule" and any(t.dep[c] == "prt" and t.lower[c] == "out" for c in t.kids[verb])


#: CAMEO root of expressed intent to cooperate (03): pledges, promises, offers.
_INTENT_ROOT = "03"
#: Verbs of pledging: an intent to cooperate with someone, who must be named.
PLEDGE_LEMMAS = frozenset({"pledge", "promise", "vow", "commit", "guarantee", "swear", "offer"})
#: Dependents of a pledge verb that say nothing about whom it is made to.
_NOT_THE_PLEDGE = (
    NOMINAL_SUBJ_DEPS | CONJ_DEPS | ADVCL_DEPS | frozenset({"cc", "punct", "aux", "auxpass", "neg"})
)
#: Object pronouns that stand for a person ("promised him a post"); "them", "it", "you" may
#: be voters, a plan or readers.
_PERSON_PRONOUNS = frozenset({"him", "her"})


def _pledged_to_no_one(t: DocTables, verb: int) -> bool:
    """A pledge, promise, vow or offer whose content names no actor other than its maker
    (civilians count: aid to victims): a campaign promise or a vow about one's own policy
    ("promises to focus on restoring order", "will offer them an honest choice"), no intent
    to cooperate with anyone. The pledge verb is ``verb`` or governs it."""
    pledge = verb if t.lemma_lower[verb] in PLEDGE_LEMMAS else t.heads[verb]
    if t.lemma_lower[pledge] not in PLEDGE_LEMMAS or (pledge != verb and t.dep[verb] not in CONTROL_DEPS):
        return False
    return not _names_actors(t, pledge)


def _names_actors(t: DocTables, verb: int) -> bool:
    """What ``verb`` is done to or for (its dependents but its subject, conjuncts and
    adverbial clauses, all the way down) names an actor."""
    stack = [c for c in t.kids[verb] if t.dep[c] not in _NOT_THE_PLEDGE]
    while stack:
        i = stack.pop()
        if _names_an_actor(t, i):
            return True
        stack.extend(t.kids[i])
    return False


def _names_an_actor(t: DocTables, i: int) -> bool:
    """Token ``i`` heads a phrase of an actor of any sector, or is "him" / "her"."""
    if t.lower[i] in _PERSON_PRONOUNS:
        return True
    return t.pos[i] in ("NOUN", "PROPN") and _subtree_sector(t, i) is not None


#: Entity labels of dates and figures: never what an act is done to.
FIGURE_ENTITY_TYPES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
#: Entity labels of dates and times: never whom an act is done to.
DATE_ENTITY_TYPES = frozenset({"DATE", "TIME"})
#: CAMEO roots of coercion, assault, fighting and mass violence (17-20): a bare number as
#: what they are done to counts their victims ("Militants killed 20", "Police arrested 200").
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})


def _figure(t: DocTables, obj: Span | None, code: str) -> bool:
    """The object is a date, time or figure by itself (not "two weeks *of exercises*"); after
    a verb of force only a date or time, a number being the count of its victims."""
    labels = DATE_ENTITY_TYPES if root(code) in FORCE_ROOTS else FIGURE_ENTITY_TYPES
    if obj is None or t.ent_type[obj.root.i] not in labels:
        return False
    return not any(t.dep[c] in PREP_DEPS for c in t.kids[obj.root.i])


#: Nouns of a state's own legislation: enacting one is a legislative act, no event between
#: actors.
LEGISLATION_NOUNS = frozenset(
    "bill bills law laws legislation amendment amendments ordinance statute decree motion motions".split()
)
#: Verbs of enacting (or blocking) a bill or law: what a legislature or its head does to its
#: own legislation. Criticising or protesting against a law is aimed at its makers.
ENACTING_LEMMAS = frozenset({"sign", "pass", "adopt", "enact", "approve", "veto", "ratify", "introduce"})
#: Entity labels of a modifier that makes a law another actor's ("Hungary's law", "the
#: Polish law").
_LAWMAKER_ENTITY_TYPES = frozenset({"GPE", "NORP", "ORG"})


def _legislation(t: DocTables, candidate: Candidate, lemma: str) -> bool:
    """The verb enacts, passes or vetoes a bill or law (its direct object, or the frame's
    object) that is not another actor's ("the governor signed a bill"; not "criticised
    Hungary's new media law")."""
    if lemma not in ENACTING_LEMMAS:
        return False
    obj = candidate.object
    heads = [c for c in t.kids[candidate.verb.i] if t.dep[c] in OBJ_DEPS]
    if obj is not None:
        heads.append(obj.root.i)
    subject = {t.lower[i] for i in range(candidate.subject.start, candidate.subject.end)}
    return any(t.lemma_lower[h] in LEGISLATION_NOUNS and not _anothers(t, h, subject) for h in heads)


def _anothers(t: DocTables, noun: int, subject: set[str]) -> bool:
    """A possessor or modifier of ``noun`` names an actor not in the subject ("the EU
    approved *Hungary's* law")."""
    for c in t.kids[noun]:
        if t.dep[c] not in ("poss", "amod", "compound") or t.lower[c] in subject:
            continue
        if t.ent_type[c] in _LAWMAKER_ENTITY_TYPES:
            return True
        if t.dep[c] == "poss" and _subtree_sector(t, c) is not None:
            return True
    return False


#: Verbs of agreeing: with a "that" clause they assent to a claim ("agreed that the plan was
#: flawed"), with "to" / "on" / "with" they agree to act or with someone.
ASSENT_LEMMAS = frozenset({"agree", "accept", "concede", "acknowledge", "admit"})


#: Nouns of relations between actors: "their ties" are with someone else.
RELATION_NOUNS = frozenset("tie ties relation relations link links cooperation partnership alliance".split())
#: CAMEO root of consultation (04): meetings, visits, talks.
_CONSULT_ROOT = "04"
#: Nouns of family and partners: meeting one is private life.
KIN_NOUNS = frozenset(
    "wife husband fiancee fiancée fiance fiancé girlfriend boyfriend mother father son "
    "daughter brother sister family parents children grandchildren".split()
)


def _kin(t: DocTables, candidate: Candidate) -> bool:
    """The object is a relative ("his fiancee Annabella Holmes"), not inside a preposition."""
    obj = candidate.object
    if obj is None:
        return False
    root = obj.root.i
    core = [i for i in range(obj.start, obj.end) if t.heads[i] == root or i == root]
    if t.dep[root] in APPOS_DEPS:
        core.append(t.heads[root])  # "whom he met": Mary Holt, "his fiancee"
    kin = [i for i in core if t.lemma_lower[i] in KIN_NOUNS or t.lower[i] in KIN_NOUNS]
    # "the Sultan's son" is a royal met in office; "his fiancee" is private
    return any(all(t.lower[p] in OWN_POSSESSIVES for p in t.kids[i] if t.dep[p] == "poss") for i in kin)


#: CAMEO roots of support: praising, endorsing, defending (05).
_SUPPORT_ROOTS = frozenset({"05"})
#: Possessive pronouns: what they mark is the subject's own ("his party's plans", "its record").


def _own_cause(t: DocTables, candidate: Candidate) -> bool:
    """The object is the subject's own cause: marked by a possessive pronoun, directly or
    through its possessor ("defended *his* decision", "backed *his party's* plans"); not an
    actor or an ally ("backed its allies")."""
    obj = candidate.object
    if obj is None or t.pos[obj.root.i] not in ("NOUN", "PROPN"):
        return False
    head = obj.root.i
    if t.lemma_lower[head] in RELATION_NOUNS:
        return False  # "Czechia and Albania upgraded their ties": between the two
    if t.lemma_lower[head] in ALLY_NOUNS or _subtree_sector(t, head) is not None:
        return False  # "France backed its allies", "defended its army": actors of their own
    for _ in range(2):
        possessors = [c for c in t.kids[head] if t.dep[c] == "poss"]
        if not possessors:
            return False
        if any(t.lower[p] in OWN_POSSESSIVES for p in possessors):
            return True
        head = possessors[0]
    return False


def _assents_to_a_claim(t: DocTables, candidate: Candidate, lemma: str) -> bool:
    """ "agree that <clause>" with no "to" / "on" / "with" is assent to a claim, no accord:
    always for admitting, acknowledging, conceding; for agreeing or accepting only when the
    claim is a view ("agreed that the plan was flawed", "will agree that farms can be
    closed"), not when parties agree ("the two sides agreed that elections would be held")
    or the clause is another actor's act to come ("agreed that NATO peacekeepers could
    enter Kosovo")."""
    verb = candidate.verb.i
    kids = t.kids[verb]
    if lemma in AGREEING_LEMMAS and _agrees_with_a_view(t, verb):
        return True  # "agreed with the NAO's assessment": assent to a view, no accord
    clauses = [c for c in kids if t.dep[c] in CLAUSE_DEPS]
    to_act = any(t.dep[c] in CONTROL_DEPS for c in kids) or any(
        t.dep[c] in PREP_DEPS and t.lower[c] in ("to", "on", "with", "upon") for c in kids
    )
    if not clauses or to_act:
        return False
    if lemma not in AGREEING_LEMMAS:
        return True
    if _parties(t, candidate.subject.root.i):
        return False
    return not any(_anothers_act_to_come(t, c) for c in clauses)


#: Nouns of views and findings: agreeing with one is assent, not an accord with anyone.
VIEW_NOUNS = frozenset(
    "assessment view views analysis conclusion conclusions finding findings verdict claim claims "
    "assertion comment comments remark remarks point sentiment diagnosis opinion argument "
    "interpretation estimate forecast".split()
)


def _agrees_with_a_view(t: DocTables, verb: int) -> bool:
    """ "agreed with the assessment": the object of "with" is a view, not a party."""
    for prep in t.kids[verb]:
        if t.dep[prep] in PREP_DEPS and t.lower[prep] == "with":
            if any(t.dep[o] in NOUN_POBJ_DEPS and t.lemma_lower[o] in VIEW_NOUNS for o in t.kids[prep]):
                return True
    return False


#: Verbs of agreeing proper: with a that-clause they may state an accord.
AGREEING_LEMMAS = frozenset({"agree", "accept"})
#: Nouns of the parties to an accord: "the two sides", "both parties".
PARTY_NOUNS = frozenset({"side", "party", "country", "nation", "government", "leader", "state"})


def _parties(t: DocTables, subject: int) -> bool:
    """The subject is two or more parties: conjoined ("Israel and the Palestinians") or
    plural sides, parties or countries ("the two sides")."""
    if t.dep[subject] in CONJ_DEPS or any(t.dep[c] in CONJ_DEPS for c in t.kids[subject]):
        return True
    return t.lemma_lower[subject] in PARTY_NOUNS and t.tag[subject] in ("NNS", "NNPS")


def _anothers_act_to_come(t: DocTables, clause: int) -> bool:
    """The clause is an act to come (will, would, could, ...) by an actor that is not the
    subject's own ("NATO peacekeepers could enter Kosovo"; not "its troops must leave")."""
    if t.lemma_lower[clause] == "be" or not (_future(t, clause) or _modal(t, clause)):
        return False
    subjects = [c for c in t.kids[clause] if t.dep[c] == "nsubj"]
    return any(
        _subtree_sector(t, s) is not None and not any(t.lower[p] in OWN_POSSESSIVES for p in t.kids[s])
        for s in subjects
    )


def _helps_no_one(t: DocTables, candidate: Candidate) -> bool:
    """Aid by a verb other than giving ("protected", "helped", "evacuated") aids an actor: its
    object must be one (not "pension funds")."""
    obj = candidate.object
    if obj is None or t.pos[obj.root.i] not in ("NOUN", "PROPN"):
        return False
    return _subtree_sector(t, obj.root.i) is None


def _antecedent(t: DocTables, verb: int, obj: int) -> int:
    """A relative pronoun object stands for the noun its clause hangs on ("a letter *that* Bush
    sent to ...": the letter)."""
    if t.lower[obj] in RELATIVE_PRONOUNS and t.dep[verb] in RELCL_DEPS:
        return t.heads[verb]
    return obj


def _gives_nothing(t: DocTables, candidate: Candidate, code: str) -> bool:
    """A giving verb coded as aid or cooperation that gives no aid and no one political."""
    verb, obj = candidate.verb.i, candidate.object
    if lemma_at(t, verb) not in GIVING_LEMMAS:
        return False
    if not (root(code) in _GIVING_ROOTS or code.startswith(_INTENT_TO_GIVE)):
        return False
    # what is given is the object proper, not a prepositional phrase ("deliver better *as the
    # leader*")
    given = (
        obj is not None
        and candidate.construct != "prep"
        and (sector(obj) is not None or t.lemma_lower[obj.root.i] in AID_NOUNS)
    )
    lemma = t.lemma_lower
    direct = [_antecedent(t, verb, c) for c in t.kids[verb] if t.dep[c] in OBJ_DEPS]
    given = given or any(lemma[d] in AID_NOUNS for d in direct)
    passive_theme = [obj.root.i] if obj is not None and candidate.construct == "passive" else []
    if any(lemma[d] in SPEECH_NOUNS for d in direct + passive_theme):
        return True  # "will deliver his Budget to the Commons", "an explanation is being sent by"
    withs = [c for c in t.kids[verb] if t.lower[c] == "with"]
    with_objects = [p for c in withs for p in t.kids[c] if t.dep[p] in NOUN_POBJ_DEPS]
    if with_objects:  # "provided the BBC with the figures": what is given follows "with"
        return not any(lemma[p] in AID_NOUNS for p in with_objects)
    return not given and not _recipient(t, verb)

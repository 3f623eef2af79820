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

from collections.abc import Iterator

from spacy.tokens import Span, Token

from graphbuilder.events.actors import CIVILIAN_SECTORS, head_of, is_reflexive, sector
from graphbuilder.events.rules import ASPECT_LEMMAS, DIRECTIVE_LEMMAS, REPORTING_LEMMAS, event_noun_code
from graphbuilder.events.senses import sense_reason
from graphbuilder.events.targets import generic_verb_reason, target_reason, violent_actor_reason
from graphbuilder.events.taxonomy import plover_category, root
from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.labels import (
    ACL_DEPS,
    ADVCL_DEPS,
    APPOS_DEPS,
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
from graphbuilder.nlp.lemmas import lemma as lemma_of

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
#: Verbs and adjectives of belief, hope and expectation: what they govern is not asserted.
NON_ASSERTIVE_LEMMAS = frozenset(
    "hope want wish expect believe think fear suspect doubt speculate guess imagine assume "
    "suppose dream like prefer likely unlikely possible probable rumour rumor".split()
)
#: Nouns of what is said or rumoured: a clause they govern is not asserted.
HEARSAY_NOUNS = frozenset(
    "rumour rumor report claim allegation suggestion speculation fear accusation charge story "
    "belief hope expectation idea".split()
)
#: Verbs of avoiding, preventing and refusing: what they govern does not happen.
NEGATIVE_GOVERNORS = frozenset(
    "refuse decline reject deny oppose resist avoid prevent forbid fail rule_out stop ban block".split()
)
#: Dependencies by which a governor takes what it governs.
_GOVERNED_DEPS = CONTROL_DEPS | CLAUSE_DEPS | PCOMP_DEPS | OBJ_DEPS | frozenset({"acomp"})
#: Where an up-walk stops: a relative clause or apposition is a statement of its own.
_STOP_DEPS = RELCL_DEPS | APPOS_DEPS | frozenset({"parataxis"})
#: Nouns of aid: what giving must give to be AID.
AID_NOUNS = frozenset(
    "aid assistance help relief food medicine medicines supplies supply money fund funds funding "
    "loan loans grant grants credit donation donations equipment weapons arms ammunition troops "
    "intelligence support fuel water tent tents blanket blankets shelter vaccine vaccines "
    "dollar dollars euro euros ton tons tonne tonnes".split()
)
#: Nouns of what is said or presented: delivering one gives nothing ("delivered his Budget").
SPEECH_NOUNS = frozenset(
    "budget speech statement address report verdict lecture message sermon keynote figures "
    "figure estimate estimates data details evidence information answer answers letter missive "
    "email e-mail memo note response reply document documents copy fax text invitation".split()
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


def why_not(candidate: Candidate, code: str, patient: bool = False) -> str | None:
    """Why ``candidate`` typed ``code`` is no event, or None when it is one. ``patient``: the
    subject is the victim of an agentless passive ("three villagers were killed"), who may be
    a civilian."""
    category = plover_category(code) or ""
    for reason in (
        _actor_reason(candidate, "ASSAULT" if patient else category),
        _assertion_reason(candidate, code, category),
        _argument_reason(candidate, code),
        sense_reason(candidate, code),
        target_reason(candidate, code, category, patient=patient),
        violent_actor_reason(candidate, category, patient=patient),
        generic_verb_reason(candidate, code),
    ):
        if reason is not None:
            return reason
    return None


# --- actors --------------------------------------------------------------------------


def _actor_reason(candidate: Candidate, category: str) -> str | None:
    subject = candidate.subject
    if candidate.construct == "nominal" and subject.root.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None  # "the offensive began": the event noun stands without a named actor
    if is_reflexive(candidate.object) and lemma_of(candidate.verb) not in SELF_INFLICTED_EVENTS:
        return "reflexive object"
    kind = sector(subject)
    if kind is None:
        head = head_of(subject)
        aspect = lemma_of(candidate.verb) in ASPECT_LEMMAS
        if aspect and head.pos_ == "NOUN" and event_noun_code(head) is not None:
            return None  # "fighting raged": the subject is the event itself ("talks delayed" is not)
        return "subject is no actor"
    if kind == "BOMB" and category not in ("ASSAULT", "FIGHT"):
        return "subject is no actor"
    if kind in CIVILIAN_SECTORS and category not in CIVILIAN_CATEGORIES:
        return "civilian subject"
    return None


# --- assertion -----------------------------------------------------------------------


def _up(verb: Token) -> Iterator[tuple[Token, Token]]:
    """(child, head) pairs from ``verb`` up to its sentence's root, stopping at a relative
    clause or apposition."""
    token = verb
    for _ in range(12):
        if token.dep_ in _STOP_DEPS or token.head.i == token.i:
            return
        yield token, token.head
        token = token.head


def _is_question(candidate: Candidate) -> bool:
    text = candidate.sentence.text.rstrip().rstrip("\"'”’ ")
    return text.endswith("?")


def _condition_or_purpose(child: Token) -> str | None:
    marks = {c.lower_ for c in child.children if c.dep_ in MARK_DEPS}
    if child.dep_ in ACL_DEPS and marks & CONDITIONS:
        return "condition"  # "the protection, if recognised by the authorities, ..."
    if child.dep_ not in ADVCL_DEPS:
        return None
    if marks & CONDITIONS:
        return "condition"
    if any(c.dep_ in TENSE_AUX_DEPS and c.tag_ == "TO" for c in child.children) or "so" in marks:
        return "purpose"
    return None


def _someone_elses_purpose(candidate: Candidate, main: Token) -> bool:
    """A purpose clause whose actor is not the main clause's subject ("offered its troops to
    help *him* oust ..."): what another is meant to do is no event of theirs."""
    subjects = [c for c in main.children if c.dep_ in NOMINAL_SUBJ_DEPS]
    actor = head_of(candidate.subject)
    return bool(subjects) and all(actor.i != s.i and actor.lower_ != s.lower_ for s in subjects)


def _governor_lemma(head: Token) -> str:
    lemma = lemma_of(head)
    particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), None)
    return f"{lemma}_{particle}" if particle else lemma


def _directed_passive(head: Token) -> bool:
    """ "was forced to deny", "were asked to leave": the subject is directed, the event is the
    directive's (typed on its own frame, with its agent)."""
    passive = any(c.dep_ == "auxpass" for c in head.children)
    return passive and lemma_of(head) in DIRECTIVE_LEMMAS


def _future(token: Token) -> bool:
    return any(c.dep_ in TENSE_AUX_DEPS and c.lower_ in FUTURE_AUX for c in token.children)


def _can(token: Token) -> bool:
    return any(c.dep_ in TENSE_AUX_DEPS and c.lower_ in ABILITY_MODALS for c in token.children)


def _modal(token: Token) -> bool:
    return any(c.dep_ in TENSE_AUX_DEPS and c.lower_ in MODALS for c in token.children)


def _assertion_reason(candidate: Candidate, code: str, category: str) -> str | None:
    if category in UNREALISED_CATEGORIES:
        return _believed(candidate, code)  # a threat or demand may be future, not merely believed
    if _is_question(candidate):
        return "question"
    return _own_modality(candidate, code) or _context(candidate, code)


def _own_modality(candidate: Candidate, code: str) -> str | None:
    """A modal or future on the frame's verb, or on the clause a reporting verb reports; a
    condition on the frame's own verb ("if admitted, Turkey would contribute")."""
    verb = candidate.verb
    conditions = [c for c in verb.children if _condition_or_purpose(c) == "condition"]
    if conditions and (_future(verb) or _modal(verb)):
        return "condition"  # not "if you look at what I do, I attack him": no modal, a fact
    if _modal(verb) and not (candidate.negated and root(code) == REJECT_ROOT and _can(verb)):
        return "modal"  # "cannot accept" is a refusal; "should not bide" is advice
    reporting = lemma_of(verb) in REPORTING_LEMMAS
    reported = [c for c in verb.children if c.dep_ in CLAUSE_DEPS] if reporting else []
    if any(_modal(c) for c in reported):
        return "modal"  # "said he should apologise": the reported clause is advice, not an act
    if root(code) in UNCHANGED_BY_INTENT and any(_future(t) for t in [verb, *reported]):
        return "future"  # "would continue to monitor": an intent, and not one PLOVER types
    return None


def _context(candidate: Candidate, code: str) -> str | None:
    """What the frame's verb is inside, walking up: a condition, another's purpose, a
    directed passive, a verb of belief or of avoiding, a modal of the clause it belongs to."""
    same_clause = True  # the verb and the heads it shares its clause with (xcomp, conj)
    for child, head in _up(candidate.verb):
        found = _condition_or_purpose(child)
        if found == "condition" or (found == "purpose" and _someone_elses_purpose(candidate, head)):
            return found
        marks = {c.lower_ for c in child.children if c.dep_ in MARK_DEPS}
        if child.dep_ in CLAUSE_DEPS and marks & INDIRECT_QUESTION_MARKS:
            return "indirect question"  # "it is not yet known whether they would support a bid"
        if child.dep_ in CONTROL_DEPS and _directed_passive(head):
            return "directed at the subject"
        governed = _governed_by(child, head, code)
        if governed is not None:
            return governed
        # a purpose shares the modality of its main clause ("should cooperate to encourage")
        own_subject = any(c.dep_ in NOMINAL_SUBJ_DEPS for c in child.children)
        shares_subject = child.dep_ in CONJ_DEPS and not own_subject
        same_clause = same_clause and (child.dep_ in CONTROL_DEPS or shares_subject or found == "purpose")
        if same_clause and _modal(head) and lemma_of(head) not in NON_ASSERTIVE_LEMMAS:
            return "modal"
        if same_clause and root(code) in UNCHANGED_BY_INTENT and _future(head):
            return "future"
    return None


def _believed(candidate: Candidate, code: str) -> str | None:
    """Under a verb or adjective of belief, or a noun of hearsay ("are unlikely to impose
    demands", "rumours that he would threaten"): not asserted, whatever the category."""
    if any(c.dep_ == "acomp" and c.lower_ in NON_ASSERTIVE_LEMMAS for c in candidate.verb.children):
        return "belief or hope"  # "they are unlikely to impose demands"
    for child, head in _up(candidate.verb):
        governed = _governed_by(child, head, code)
        if governed in ("belief or hope", "hearsay"):
            return governed
    return None


def _governed_by(child: Token, head: Token, code: str) -> str | None:
    """``child`` is what a verb of belief or hope, or of avoiding or refusing, governs."""
    governs = child.dep_ in _GOVERNED_DEPS or (
        child.dep_ in PCOMP_DEPS | NOUN_POBJ_DEPS and head.dep_ in PREP_DEPS
    )
    hearsay = head.pos_ == "NOUN" and head.lemma_.lower() in HEARSAY_NOUNS
    if hearsay and child.dep_ in ACL_DEPS | CLAUSE_DEPS:
        return "hearsay"  # "rumours that he was about to resign", "claims that the agency blamed him"
    if not governs:
        return None
    word = head.head if head.dep_ in PREP_DEPS else head
    governor = _governor_lemma(word)
    if governor in NON_ASSERTIVE_LEMMAS or word.lower_ in NON_ASSERTIVE_LEMMAS:
        return "belief or hope"
    if governor in NEGATIVE_GOVERNORS and root(code) != REJECT_ROOT:
        return "avoided or refused"
    return None


# --- arguments -----------------------------------------------------------------------


def _recipient(verb: Token) -> bool:
    """The verb names an actor it gives to ("to Macedonia", "gave *Egypt* ...")."""
    for child in verb.children:
        if child.dep_ in DATIVE_DEPS and _political(child):
            return True
        if child.dep_ in PREP_DEPS and child.lower_ in ("to", "for"):
            if any(p.dep_ in NOUN_POBJ_DEPS and _political(p) for p in child.children):
                return True
    return False


def _political(token: Token) -> bool:
    """An actor other than civilians (customers, passengers): a state, organisation, force."""
    kind = sector(token.doc[token.left_edge.i : token.right_edge.i + 1])
    return kind is not None and kind not in CIVILIAN_SECTORS


def _goes_to_a_place(candidate: Candidate) -> bool:
    obj = candidate.object
    return obj is not None and any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in obj)


def _forces_or_none(verb: Token) -> bool:
    """What is withdrawn is armed ("withdrew its troops") or unsaid ("withdrew from Gaza")."""
    direct = [c for c in verb.children if c.dep_ in OBJ_DEPS]
    return not direct or any(
        sector(d.doc[d.left_edge.i : d.right_edge.i + 1]) in ARMED_SECTORS for d in direct
    )


def _people(obj: Span | None) -> bool:
    """Someone is released: people in the object or in its "of" ("the release *of* ...")."""
    if obj is None:
        return False
    head = obj.root
    if head.lemma_.lower() in ("release", "freedom", "return"):
        inner = next((p for c in head.children if c.lower_ == "of" for p in c.children), None)
        if inner is None:
            return False
        head = inner
    span = head.doc[head.left_edge.i : head.right_edge.i + 1]
    return sector(span) is not None or head.lemma_.lower() in CAPTIVE_NOUNS


def _argument_reason(candidate: Candidate, code: str) -> str | None:
    """Why an act whose sense needs a particular argument is no event here, else None."""
    verb = candidate.verb
    if candidate.construct == "nominal" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if lemma_of(verb) in REPORTING_LEMMAS:
        return None  # a reporting verb carries its clause's event, with the clause's arguments
    if code.startswith(_VISIT) and lemma_of(verb) in MOTION_LEMMAS and not _goes_to_a_place(candidate):
        return "no place visited"
    if _gives_nothing(candidate, code):
        return "nothing given to anyone"
    if code.startswith(_RELEASE) and not _people(candidate.object):
        return "no one released"
    if code.startswith(_RETURN) and not any(c.dep_ in OBJ_DEPS for c in verb.children):
        return "nothing returned"
    withdrawing = lemma_of(verb) in WITHDRAWING_LEMMAS
    if withdrawing and code.startswith(_WITHDRAW_FORCES) and not _forces_or_none(verb):
        return "no forces withdrawn"  # "withdrew the bill" is no military withdrawal
    return None


def _gives_nothing(candidate: Candidate, code: str) -> bool:
    """A giving verb coded as aid or cooperation that gives no aid and no one political."""
    verb, obj = candidate.verb, candidate.object
    if lemma_of(verb) not in GIVING_LEMMAS:
        return False
    if not (root(code) in _GIVING_ROOTS or code.startswith(_INTENT_TO_GIVE)):
        return False
    # what is given is the object proper, not a prepositional phrase ("deliver better *as the
    # leader*")
    given = (
        obj is not None
        and candidate.construct != "prep"
        and (sector(obj) is not None or obj.root.lemma_.lower() in AID_NOUNS)
    )
    direct = [c for c in verb.children if c.dep_ in OBJ_DEPS]
    given = given or any(d.lemma_.lower() in AID_NOUNS for d in direct)
    if any(d.lemma_.lower() in SPEECH_NOUNS for d in direct):
        return True  # "will deliver his Budget to the Commons": a speech, not aid
    withs = [c for c in verb.children if c.lower_ == "with"]
    with_objects = [p for c in withs for p in c.children if p.dep_ in NOUN_POBJ_DEPS]
    if with_objects:  # "provided the BBC with the figures": what is given follows "with"
        return not any(p.lemma_.lower() in AID_NOUNS for p in with_objects)
    return not given and not _recipient(verb)

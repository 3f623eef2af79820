"""Event typing rules over spaCy tokens: which CAMEO code a verb or event noun expresses.

The tables (``lexicon``) give a code for a verb, a verb with its particle or object, or an
event noun. The rules here follow CAMEO's own conventions for what surrounds it:

* light verbs take their object's event ("staged a rally", "declared a ceasefire");
* governing verbs fold the complement's event: intent ("agreed to share", "is willing to
  send") is AGREE for cooperation and THREATEN for conflict; "threatened to", "refused to"
  / "failed to", "demanded that", "urged to" give THREATEN, REJECT, DEMAND, REQUEST;
  transparent verbs ("continued to send", "decided to allow") pass the complement through;
* the future ("will visit", "would tighten the blockade") is expressed intent, likewise;
* negation turns cooperation into REJECT and cancels conflict and verbal acts ("did not
  attack", "did not call for");
* reporting verbs ("said", "confirmed") carry their clause's event only when the clause's
  subject is the speaker ("Iraq said it would allow ...") and the clause is no direct
  quotation (the quoted clause's own frame states it); "X said Y must ..." is DEMAND.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Token

from graphbuilder.events import keys
from graphbuilder.events.lexicon import (
    as_code,
    derived_verb_table,
    hand_verb_table,
    no_event_with_object,
    noun_code,
    verb_code,
)
from graphbuilder.events.phrases import of_object
from graphbuilder.events.taxonomy import CONFLICT_ROOTS, COOPERATIVE_ROOTS, root
from graphbuilder.extract.labels import (
    ACL_DEPS,
    ACOMP_DEPS,
    ADVCL_DEPS,
    ADVMOD_DEPS,
    AUX_DEPS,
    CLAUSE_DEPS,
    COMPOUND_DEPS,
    CONJ_DEPS,
    CONTROL_DEPS,
    DET_DEPS,
    EXPL_DEPS,
    NEG_DEPS,
    NOMINAL_SUBJ_DEPS,
    NOUN_MODIFIER_DEPS,
    NOUN_POBJ_DEPS,
    OBJ_DEPS,
    OBJECT_LIKE_DEPS,
    PARTICLE_DEPS,
    PCOMP_DEPS,
    PREP_DEPS,
    QUOTE_MARKS,
    RELCL_DEPS,
    SUBJ_DEPS,
    TENSE_AUX_DEPS,
)
from graphbuilder.lexicon import (
    APPEAL,
    CONSULT_ROOT,
    DE_ESCALATE,
    DEMAND,
    HALT_MEDIATION,
    INTENT_ROOT,
    INTENT_TO_COOPERATE,
    PARTIAL_REPORTING_VERBS,
    REDUCE_RELATIONS,
    REJECT,
    REJECT_ROOT,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SUBJECT_PRONOUNS,
    THREATEN,
    THREATEN_ROOT,
)
from graphbuilder.nlp.lemmas import lemma_at
from graphbuilder.nlp.tables import DocTables, tables_of

#: Predicates that never describe an event by themselves.
NON_EVENT_LEMMAS = frozenset(
    {
        "be",
        "have",
        "become",
        "seem",
        "appear",
        "remain",
        "get",
        "do",
        "think",
        "believe",
        "know",
        "expect",
        "hope",
        "want",
        "like",
        "include",
        "mean",
    }
)
#: Reporting verbs: their event, if any, is the one of their clause (the shared list, without
#: the verbs that report only in some uses).
REPORTING_LEMMAS = REPORTING_VERBS - PARTIAL_REPORTING_VERBS
#: Verbs whose own meaning is thin: their object noun names the event.
LIGHT_VERBS = frozenset(
    {
        "hold",
        "stage",
        "launch",
        "mount",
        "make",
        "issue",
        "impose",
        "conduct",
        "carry",
        "open",
        "begin",
        "start",
        "continue",
        "resume",
        "declare",
        "announce",
        "reach",
        "complete",
        "speed",
        "step",
        "lodge",
        "file",
        "deliver",
        "voice",
        "express",
        "take",
        "unleash",
        "use",
        "engage",
        "go",
        "reiterate",
        "renew",
        "repeat",
        "pursue",
        "wage",
        "keep",
        "maintain",
        "give",
        "receive",
        "call",
        "organize",
        "organise",
        "lead",
        "join",
        "conclude",
        "sign",
        "seal",
        "strike",
        "end",
        "escalate",
        "intensify",
        "press",
        "put",
        "set",
        "do",
        "have",
        "be",
        "carry_out",
        "set_up",
        "step_up",
        "speed_up",
        "break",
        "order",
        "approve",
        "adopt",
        "implement",
        "tighten",
    }
)
#: Nouns that hold the event in their ``of`` object ("a series of bombings").
CONTAINER_NOUNS = frozenset(
    {
        "state",
        "series",
        "wave",
        "round",
        "spate",
        "number",
        "part",
        "string",
        "day",
        "week",
        "month",
        "year",
        "hour",
        "ton",
        "tonne",
        "dozen",
        "hundred",
        "thousand",
        "million",
        "sort",
        "form",
        "resumption",
        "escalation",
        "campaign",
        "program",
        "programme",
        "act",
        "kind",
        "type",
        "threat",
    }
)
#: Verbs of taking part: "attended the talks", "joined the protest" are the object's event.
PARTICIPATION_LEMMAS = frozenset(
    {"attend", "join", "lead", "organize", "organise", "stage", "host"}
)
#: Nouns that name an event only through their compound modifier ("mediation efforts").
HOLDER_NOUNS = frozenset(
    {
        "effort",
        "process",
        "plan",
        "operation",
        "mission",
        "programme",
        "program",
        "initiative",
        "bid",
        "move",
        "action",
        "activity",
        "activities",
        "campaign",
    }
)
#: Verbs that end or suspend what their object names: cooperation -> SANCTION, conflict -> RETREAT.
TERMINATIVE_LEMMAS = frozenset(
    {
        "end",
        "halt",
        "suspend",
        "cancel",
        "stop",
        "abandon",
        "freeze",
        "sever",
        "terminate",
        "drop",
        "withdraw",
        "shelve",
        "postpone",
        "lift",
        "call_off",
        "break_off",
        "cut_off",
    }
)
#: Verbs whose subject names the event when it is an event noun ("fighting raged", "riots continued").
ASPECT_LEMMAS = frozenset(
    {
        "continue",
        "begin",
        "start",
        "erupt",
        "rage",
        "escalate",
        "intensify",
        "resume",
        "spread",
        "break",
        "flare",
        "end",
        "go",
        "persist",
    }
)
#: Nouns of aid: what giving must give to be AID.
AID_NOUNS = frozenset(
    "aid assistance help relief food medicine medicines supplies supply money fund funds funding "
    "loan loans grant grants credit donation donations equipment weapons arms ammunition troops "
    "intelligence support fuel water tent tents blanket blankets shelter vaccine vaccines "
    "dollar dollars euro euros ton tons tonne tonnes".split()
)
#: Verbs of violence whose event is better named by "in a gunbattle" / "in a bomb attack".
VIOLENCE_LEMMAS = frozenset({"kill", "wound", "injure", "hit", "die", "hurt", "shoot"})

INTENT_LEMMAS = frozenset(
    {
        "agree",
        "offer",
        "promise",
        "pledge",
        "vow",
        "commit",
        "undertake",
        "willing",
        "ready",
        "prepared",
        "plan",
        "intend",
        "volunteer",
        "consent",
        "prepare",
        "determined",
        "guarantee",
        "resolve",
    }
)
#: Intent verbs that are cooperative by themselves ("agreed to", "offered to").
COOPERATIVE_INTENT_LEMMAS = frozenset(
    {"agree", "offer", "consent", "volunteer", "undertake", "commit", "guarantee", "promise", "pledge"}
)
#: Verbs in which an actor states its own intent to others: a promise, an offer, an agreement,
#: a pledge, a vow, a threat or a warning.
STATING_INTENT_LEMMAS = COOPERATIVE_INTENT_LEMMAS | frozenset({"vow", "threaten", "warn"})
#: Governors whose complement neither happened nor was refused nor promised: a struggle to
#: do it ("struggled to resolve the dispute": not resolved) and a forecast that it will not
#: happen ("is unlikely to launch an offensive").
UNREALISED_LEMMAS = frozenset({"struggle", "unlikely"})
THREAT_LEMMAS = frozenset({"threaten", "warn"})
#: Verbs of failing: what failed was neither done nor refused.
FAILING_LEMMAS = frozenset({"fail"})
REFUSAL_LEMMAS = frozenset(
    {"refuse", "reject", "decline", "fail", "deny", "oppose", "resist", "unwilling", "reluctant"}
)
DEMAND_LEMMAS = frozenset({"demand", "press", "pressure", "order", "insist", "require", "compel"})
REQUEST_LEMMAS = frozenset(
    {"urge", "ask", "appeal", "call", "request", "beg", "plead", "invite", "encourage"}
)
TRANSPARENT_LEMMAS = frozenset(
    {
        "continue",
        "begin",
        "start",
        "decide",
        "try",
        "attempt",
        "seek",
        "resume",
        "manage",
        "able",
        "move",
        "vote",
        "keep",
        "need",
        "choose",
        "hurry",
        "rush",
        "go",
        "proceed",
        "used",
        "wish",
        "want",
        "aim",
        "set",
        "expect",
        "likely",
        "set_out",
        "step_up",
        "tend",  # "tend to prefer": a habit, the complement's act or none ("tended the wounded" is care)
    }
)
#: Adjectives of a subject's own stance: "it is willing / ready / unable to" has a real subject.
STANCE_LEMMAS = INTENT_LEMMAS | REFUSAL_LEMMAS | TRANSPARENT_LEMMAS | frozenset({"unable", "eager", "keen"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "'d", "wo"})
DEMAND_AUX = frozenset({"must", "should"})
#: Clause subjects that may stand for the speaker ("Iraq said *it* would allow ...").
SPEAKER_PRONOUNS = SUBJECT_PRONOUNS | RELATIVE_PRONOUNS | {"this"}

_INTENT_CODE = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
_THREAT_CODE = {"14": "133", "15": "138", "16": "131", "17": "132", "18": "1383", "19": "1384", "20": "1385"}
_REJECT_CODE = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
_NOMINAL_POS = frozenset({"NOUN", "PROPN"})


def intent(code: str | None) -> str:
    """Expressing intent to do ``code``: AGREE (03x) for cooperation, THREATEN for conflict."""
    if code is None:
        return INTENT_TO_COOPERATE
    r = root(code)
    if r in CONFLICT_ROOTS:
        return _THREAT_CODE[r]
    if r == INTENT_ROOT or r == THREATEN_ROOT:
        return code
    return _INTENT_CODE.get(r, INTENT_TO_COOPERATE)


def future_code(code: str, lemma: str) -> str:
    """What the future makes of ``code`` (the verb's lemma ``lemma``): an intent to do it, but
    a meeting set for a day is reported as the meeting ("will meet in London tomorrow"), not as
    an intent to meet (036, AGREE); a consultation not yet held then stays untyped
    (:mod:`graphbuilder.events.assertion` types it only when asserted)."""
    if root(code) == CONSULT_ROOT and lemma in MEETING_LEMMAS:
        return code
    return intent(code)


def threat(code: str | None) -> str:
    if code is not None and root(code) == THREATEN_ROOT:
        return code
    return _THREAT_CODE.get(root(code), THREATEN) if code else THREATEN


def refusal(code: str | None) -> str:
    if code is not None and root(code) == REJECT_ROOT:
        return code
    return _REJECT_CODE.get(root(code), REJECT) if code else REJECT


_ADVERB_PARTICLES = frozenset({"out", "off", "back", "away", "down", "up"})


# The rules read the Doc's tables (:mod:`graphbuilder.nlp.tables`): most helpers take the
# tables ``t`` and token indexes; the functions other modules call take spaCy Tokens.


def particle_of(verb: Token) -> str | None:
    """The verb's particle: "lay *down*", "forced UNHCR *out*" (parsed as an adverb there)."""
    return _particle_of(tables_of(verb), verb.i)


def _particle_of(t: DocTables, verb: int) -> str | None:
    for c in t.kids[verb]:
        if t.dep[c] in PARTICLE_DEPS or (t.dep[c] in ADVMOD_DEPS and t.lower[c] in _ADVERB_PARTICLES):
            return t.lower[c]
    return None


def _object_of(t: DocTables, verb: int) -> int | None:
    """The head of a verb's direct object (or of the subject, for a passive)."""
    kids, dep = t.kids[verb], t.dep
    for c in kids:
        if dep[c] in OBJ_DEPS:
            return c
    for c in kids:
        if dep[c] in OBJECT_LIKE_DEPS:
            return c
    return None


def _unwrap(t: DocTables, noun: int) -> tuple[str, str | None, str | None]:
    """(lemma, compound modifier, of-object lemma) of a noun, looking through containers."""
    lemma = t.lemma_lower
    inner: int | None = of_object(t, noun)
    if lemma[noun] in CONTAINER_NOUNS and inner is not None:
        if lemma[noun] == "state":
            return lemma[noun], None, lemma[inner]
        noun = inner
        inner = None
    modifier = _keyed_modifier(t, noun)
    if lemma[noun] in HOLDER_NOUNS and modifier is not None and t.dep[modifier] in COMPOUND_DEPS:
        if t.ent_type[modifier] not in OWNER_ENTITY_TYPES:  # "Tory plans" are the Tories', no event
            noun, modifier = modifier, None
    return (
        lemma[noun],
        lemma[modifier] if modifier is not None else None,
        lemma[inner] if inner is not None else None,
    )


def _keyed_modifier(t: DocTables, noun: int) -> int | None:
    """The noun's modifier: the one nearest the noun that the noun table keys with it ("United
    States *air* strikes", "Freedonian *air* strikes": "air strike", not "state strike"), else
    its first modifier."""
    modifiers = [c for c in t.kids[noun] if t.dep[c] in NOUN_MODIFIER_DEPS]
    keyed = [
        m
        for m in modifiers
        if m < noun and noun_code(t.lemma_lower[noun], t.lemma_lower[m]) != noun_code(t.lemma_lower[noun])
    ]
    return keyed[-1] if keyed else next(iter(modifiers), None)


#: Entity labels of a holder noun's owner, not its event: "*Tory* plans", "the *Bush* plan".
OWNER_ENTITY_TYPES = frozenset({"PERSON", "NORP", "ORG", "GPE"})
#: Entity labels of times: "21 March" is no march, "May" no permission.
TIME_ENTITY_TYPES = frozenset({"DATE", "TIME"})


def event_noun_code(noun: Token) -> str | None:
    return _event_noun_code(tables_of(noun), noun.i)


def _event_noun_code(t: DocTables, noun: int) -> str | None:
    if t.ent_type[noun] in TIME_ENTITY_TYPES and t.pos[noun] == "PROPN":
        return None  # a month's name ("10 days of war games" holds its event in its "of")
    lemma, modifier, of_object = _unwrap(t, noun)
    if lemma in STRIKE_NOUNS and t.dep[noun] in OBJ_DEPS:
        if _armed_subject(t, t.heads[noun], FIGHTING_SECTORS):
            return STRIKE_BY_FORCE  # strikes the armed carry out are blows, not stoppages of work
    if lemma in STRIKE_NOUNS and _struck_target(t, noun):
        keyed = noun_code(lemma, modifier) if modifier else None  # "air strikes": 195
        return keyed if keyed and root(keyed) in FORCE_ROOTS else STRIKE_BY_FORCE
    if lemma in CALL_NOUNS and _call_to_someone(t, noun):
        return PHONE_CALL  # "made several calls to the ambassador": talks by telephone
    return noun_code(lemma, modifier, of_object)


#: A call made *to* someone is a telephone call (CAMEO 041, CONSULT); a call *for* something is
#: an appeal (020: "a call for calm").
CALL_NOUNS, PHONE_CALL = frozenset({"call"}), "041"
#: Nouns of whom a call is made to: office-holders and envoys.
CALLED_PEOPLE_NOUNS = frozenset(
    "ambassador president minister leader counterpart official envoy chancellor king premier "
    "secretary governor mayor".split()
)


#: Prepositions of the other party to a telephone call: "a call *to* the ambassador", "took a
#: call *from* Taiwan's president" (whom one appeals to is never "from").
CALL_PARTY_PREPOSITIONS = frozenset({"to", "from"})
#: Modifiers that make a call a telephone call whatever follows: "a phone call with Putin".
PHONE_WORDS = frozenset({"phone", "telephone", "video"})


def _call_to_someone(t: DocTables, noun: int) -> bool:
    """The call is *to* or *from* an actor (named, or an office-holder) and *for* nothing, or
    it is a phone call ("a phone call with Putin", "a telephone call from the king")."""
    preps = [k for k in t.kids[noun] if t.dep[k] == "prep"]
    if any(t.lower[p] in ("for", "on") for p in preps):
        return False  # "a call for calm", "a call on the rebels to lay down arms"
    if any(t.dep[k] in ("acl", "relcl") for k in t.kids[noun]):
        return False  # "a call to the rebels to lay down arms"
    if any(t.dep[k] == "compound" and t.lower[k] in PHONE_WORDS for k in t.kids[noun]):
        return True  # "a phone call", "a telephone call"
    for p in preps:
        if t.lower[p] not in CALL_PARTY_PREPOSITIONS:
            continue
        for o in (k for k in t.kids[p] if t.dep[k] == "pobj"):
            if t.ent_type[o] in ("PERSON", "ORG", "GPE", "NORP") or t.lemma_lower[o] in CALLED_PEOPLE_NOUNS:
                return True
    return False


#: Modifiers of a strike of force: "air strikes", "missile strikes", "retaliatory strikes".
FORCE_STRIKE_MODIFIERS = frozenset(
    "air missile military rocket drone retaliatory artillery naval aerial cruise pre-emptive "
    "preemptive surgical precision punitive".split()
)


def _struck_target(t: DocTables, noun: int) -> bool:
    """A strike *on* or *against* armed people, civilians, a named town or region, or a military
    target ("strikes on Zenda", "retaliatory strikes on rebel positions"), or one of force by its
    modifier ("air strikes"): a blow, not a stoppage of work, whoever strikes. A labour strike
    is *by* workers, *over* pay, *at* a plant (a named building or line is no target here: "a
    strike on the Underground")."""
    from graphbuilder.events.actors import sector_at  # actors reads this module's tables

    if any(
        t.dep[m] in NOUN_MODIFIER_DEPS and t.lemma_lower[m] in FORCE_STRIKE_MODIFIERS for m in t.kids[noun]
    ):
        return True
    launcher = [t.heads[noun]] if t.dep[noun] in OBJ_DEPS else []  # "launched strikes [...] on X"
    for prep in [*t.kids[noun], *(k for v in launcher for k in t.kids[v])]:
        if t.dep[prep] not in PREP_DEPS or t.lower[prep] not in ("on", "against"):
            continue
        for pobj in t.kids[prep]:
            target = _through_quantity(t, pobj) if t.dep[pobj] in NOUN_POBJ_DEPS else None
            if target is None:
                continue
            if sector_at(t, target) in FORCE_TARGET_SECTORS or t.lemma_lower[target] in MILITARY_TARGET_NOUNS:
                return True
            if t.lower[prep] == "on" and t.ent_type[target] == "GPE":
                return True
    return False


def _through_quantity(t: DocTables, noun: int) -> int:
    """The noun a quantity or part stands for: "some *of the symbols*", "dozens *of fighters*"."""
    from graphbuilder.events.actors import QUANTITY_NOUNS

    inner = of_object(t, noun)
    return inner if inner is not None and t.lemma_lower[noun] in QUANTITY_NOUNS else noun


# --- the code a verb names by itself: an ordered table of rules --------------------------


class VerbUse(NamedTuple):
    """A verb as the rules see it: lemma, particle, and its object (head, lemma, modifier)."""

    token: Token
    lemma: str
    particle: str | None
    obj: Token | None
    obj_lemma: str | None  # the object's lemma when it is a noun (looking through containers)
    obj_modifier: str | None  # the object's compound or adjective modifier

    @property
    def phrasal(self) -> str:
        """The verb with its particle as the tables key it: ``call_off``."""
        return f"{self.lemma}_{self.particle}" if self.particle else self.lemma

    @classmethod
    def at(cls, t: DocTables, verb: int, particle: str | None, obj: int | None) -> VerbUse:
        """The use of the verb at index ``verb`` (``obj``: its object's head, if known)."""
        particle = particle or _particle_of(t, verb)
        obj = obj if obj is not None else _object_of(t, verb)
        lemma, modifier = None, None
        if obj is not None and t.pos[obj] in _NOMINAL_POS:
            lemma, modifier, _ = _unwrap(t, obj)
        obj_token = t.tokens[obj] if obj is not None else None
        return cls(t.tokens[verb], lemma_at(t, verb), particle, obj_token, lemma, modifier)


#: What a rule returns to say "no event, stop here" (``None`` passes to the next rule).
NOT_AN_EVENT = ""
#: A rule looks at a verb's use and returns a CAMEO code, NOT_AN_EVENT, or None to pass on.
VerbRule = Callable[[VerbUse], str | None]


def aspect_of_event_noun(use: VerbUse) -> str | None:
    """An aspect verb whose subject is an event noun: "fighting *raged*", "riots continued"."""
    if use.lemma not in ASPECT_LEMMAS:
        return None
    t = tables_of(use.token)
    subject = next((c for c in t.kids[use.token.i] if t.dep[c] in NOMINAL_SUBJ_DEPS), None)
    if subject is None or t.pos[subject] not in _NOMINAL_POS:
        return None
    return _event_noun_code(t, subject)


#: Verbs of calling something something: their "as" phrase is keyed as describing's is
#: ("branded the plan as a disaster" is "describe_as disaster", a fault found: 110).
NAMING_VERBS = frozenset(
    "describe brand label call term dub portray paint depict characterise characterize cast "
    "denounce condemn decry dismiss slam blast criticise criticize".split()
)
#: The verb whose "as" keys every verb of naming shares.
DESCRIBE = "describe"


def as_phrase(use: VerbUse) -> str | None:
    """A verb keyed with the head of its "as" phrase, on the verb or on its object ("described
    the plan *as a disaster*", "dismissed the claims *as unfair*", "regarded it *as a crime*");
    a verb of naming without a code of its own also takes describing's keys ("labelled the
    decision *as a mistake*"); one of criticism keeps its own ("slammed the budget *as a
    disaster*": disapproval, with a thing as its target). Only the key with the phrase's head
    answers; without one the verb is coded as usual."""
    t = tables_of(use.token)
    holders = [use.token.i] + ([use.obj.i] if use.obj is not None else [])
    lemmas = [use.lemma]
    if use.lemma in NAMING_VERBS and use.lemma != DESCRIBE and verb_code(use.lemma) is None:
        lemmas.append(DESCRIBE)  # a verb of criticism keeps its own code ("slammed the budget as a disaster")
    for holder in holders:
        for prep in t.kids[holder]:
            if t.dep[prep] not in PREP_DEPS or t.lower[prep] != "as":
                continue
            for word in t.kids[prep]:
                if t.dep[word] not in AS_COMPLEMENT_DEPS:
                    continue
                for lemma in lemmas:
                    code = as_code(lemma, t.lemma_lower[word])
                    if code is not None:
                        return code
    return None


#: How the head of an "as" phrase hangs on "as": a noun ("as a disaster"), an adjective ("as unfair").
AS_COMPLEMENT_DEPS = frozenset({"pobj", "amod", "acomp"})


def force_on_armed_or_place(use: VerbUse) -> str | None:
    """A light verb whose object is a noun of force the tables key, with the verb, as words
    ("launched attacks": CAMEO keys "launch attack" 111, a verbal attack), aimed at armed
    people, civilians or, by armed people, a place or a thing ("launched attacks *on Kurdish
    rebels*", warplanes "launched attacks *on the caves*"), or launched by armed people at
    nothing named: the force itself (the noun's code). Aimed at a politician, a plan or
    nothing named by the unarmed, or said in words ("a *scathing* attack on"), the words
    stay."""
    if use.lemma not in LIGHT_VERBS or use.obj is None or not use.obj_lemma:
        return None
    force = event_noun_code(use.obj)
    keyed = verb_code(use.lemma, use.particle, use.obj_lemma)
    if force is None or keyed is None or root(force) not in FORCE_ROOTS or root(keyed) not in WORD_ROOTS:
        return None
    t = tables_of(use.obj)
    armed = _armed_subject(t, use.token.i)
    if any(t.dep[m] == "amod" and t.lower[m] in VERBAL_MODIFIERS for m in t.kids[use.obj.i]):
        return None  # "launched a scathing attack on": words, whoever speaks
    targets = [
        _through_quantity(t, p)  # "attacks on some of the symbols"
        for prep in [*t.kids[use.obj.i], *t.kids[use.token.i]]  # "launched attacks from X on Y"
        if t.dep[prep] in PREP_DEPS and t.lower[prep] in ("on", "against")
        for p in t.kids[prep]
        if t.dep[p] in NOUN_POBJ_DEPS
    ]
    if use.obj_lemma in STRIKE_NOUNS and _struck_target(t, use.obj.i):
        return force  # "launched strikes on the town": strikes on a target are blows, whoever strikes
    if armed:  # "US warplanes launched fresh attacks", "troops launched attacks on the port"
        return None if any(t.lemma_lower[p] in SPOKEN_TARGETS for p in targets) else force
    return force if any(_force_target(t, p, armed) for p in targets) else None


#: What even the armed attack only in words: plans, policies, claims ("forces launched an
#: attack on the plan").
SPOKEN_TARGETS = frozenset(
    "plan proposal policy decision idea bill law legislation reform scheme strategy approach "
    "stance record handling failure budget claim comment remark manifesto pledge promise speech "
    "report statement remarks comments".split()
)


#: Roots of force (18 assault, 19 fight, 20 mass violence) and of what the tables key a light
#: verb with a noun of force as instead: words (11 disapprove) and protest ("launch strike", 14).
FORCE_ROOTS, WORD_ROOTS = frozenset({"18", "19", "20"}), frozenset({"11", "14"})
#: Nouns of a strike, and the force (190) a strike by those who fight wars is: armies, their
#: platforms, rebels, militants (police and spies strike as workers do).
STRIKE_NOUNS, STRIKE_BY_FORCE = frozenset({"strike"}), "190"
FIGHTING_SECTORS = frozenset("MIL ARM REB INS UAF".split())
#: Sectors of who is attacked by force, not by words: armed people and civilians.
FORCE_TARGET_SECTORS = frozenset("MIL COP SPY REB INS UAF CRM CVL PPL REF".split())
#: Sectors of the armed, their weapons and platforms included ("warplanes", "tanks"): a place
#: or a thing they attack is attacked by force.
ARMED_SECTORS = frozenset("MIL COP SPY REB INS UAF ARM".split())
#: Entity labels of places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Adjectives of an attack in words: "a scathing attack on", "a personal attack on".
VERBAL_MODIFIERS = frozenset(
    "scathing blistering stinging withering bitter personal verbal furious angry outspoken "
    "vitriolic sharp thinly-veiled veiled coded".split()
)
#: What armed people attack besides places and people: positions, bases, caves (WordNet's
#: artifacts and natural objects, :data:`graphbuilder.events.evidence.MATERIAL_TARGET_CLASSES`,
#: and these nouns of military targets, which WordNet files under other senses too).
MILITARY_TARGET_NOUNS = frozenset(
    "position installation target hideout base camp convoy stronghold bunker facility depot "
    "airfield airport village town city compound outpost post checkpoint barracks line "
    "trench site area heliport airstrip headquarters building embassy bridge".split()
)


def _force_target(t: DocTables, noun: int, armed_subject: bool) -> bool:
    """Armed people or civilians are attacked by force; a place or a thing only by the armed
    ("Russian troops launched an attack on Grozny", "jets launched attacks on the caves"): a
    politician's attack on a country or Downing Street is words."""
    from graphbuilder.events.actors import sector_at  # actors reads this module's tables

    if sector_at(t, noun) in FORCE_TARGET_SECTORS:
        return True
    return armed_subject and (t.ent_type[noun] in PLACE_LABELS or material_target(t.lemma_lower[noun]))


def material_target(lemma: str) -> bool:
    """The noun names a thing force is used on: a military target ("positions", "the base")
    or a WordNet artifact or natural object ("the caves", "the bunkers")."""
    from graphbuilder.events.evidence import MATERIAL_TARGET_CLASSES, thing_class

    return lemma in MILITARY_TARGET_NOUNS or thing_class(lemma) in MATERIAL_TARGET_CLASSES


def _armed_subject(t: DocTables, verb: int, sectors: frozenset[str] = ARMED_SECTORS) -> bool:
    from graphbuilder.events.actors import sector_at

    return any(t.dep[s] in SUBJ_DEPS and sector_at(t, s) in sectors for s in t.kids[verb])


def verb_with_its_object(use: VerbUse) -> str | None:
    """A verb keyed with its object (or the object's modifier) when that is more specific than
    the verb alone: "recalled its ambassador", "staged a rally"."""
    if use.obj is None or not use.obj_lemma:
        return None
    alone = verb_code(use.lemma, use.particle)
    for head in (use.obj_modifier, use.obj_lemma) if use.obj_modifier else (use.obj_lemma,):
        if no_event_with_object(use.lemma, use.particle, head):
            return NOT_AN_EVENT  # "levied a tax", "committed the offences": not the verb's sense
        specific = verb_code(use.lemma, use.particle, head)
        if specific and specific != alone:
            return specific
    return None


#: Verbs of attacking that the tables key as words ("blasted the decision": 111) but that are
#: force when aimed at a military target or a building, or used by the armed.
BLOW_VERBS = frozenset({"blast", "pound", "hammer", "pummel", "batter", "hit", "strike", "attack"})


def blow_at_a_target(use: VerbUse) -> str | None:
    """ "Jets blasted the compound", "artillery pounded the town": a blow of force on a
    military target or a building (WordNet's artifacts and natural objects), or any blow by
    the armed ("troops pounded the rebels"), not words, though the verb alone is words."""
    if use.lemma not in BLOW_VERBS or use.particle is not None or use.obj is None:
        return None
    alone = verb_code(use.lemma)
    if alone is None or root(alone) not in WORD_ROOTS:
        return None
    t = tables_of(use.token)
    noun = use.obj_lemma or ""
    if use.obj.pos_ == "NOUN" and noun in MILITARY_TARGET_NOUNS:
        return CONVENTIONAL_BLOW
    if _armed_subject(t, use.token.i, FIGHTING_SECTORS) and noun not in SPOKEN_TARGETS:
        return CONVENTIONAL_BLOW
    return None


CONVENTIONAL_BLOW = "190"


#: Verbs of letting munitions fall from the air, and what they let fall: a bomb dropped is an
#: attack from the air (195), not a thing given up as a demand or a charge is ("dropped its
#: demand"); laying down arms ("dropped their weapons") is no such munition.
DROPPING_VERBS = frozenset({"drop", "rain"})
MUNITION_NOUNS = frozenset(
    "bomb bombshell missile explosive payload munition napalm incendiary shell rocket grenade".split()
)
AERIAL_WEAPONS = "195"


def dropped_munition(use: VerbUse) -> str | None:
    """ "The air force dropped a huge bomb on the caves": force from the air."""
    if use.lemma in DROPPING_VERBS and use.particle is None and use.obj_lemma in MUNITION_NOUNS:
        return AERIAL_WEAPONS
    return None


def ending_an_event(use: VerbUse) -> str | None:
    """A verb that ends what its object names: cooperation ended is a reduction of relations
    (talks: halted mediation), a fight or threat ended is de-escalation ("lifted the siege")."""
    if use.obj is None or not use.obj_lemma:
        return None
    if use.lemma not in TERMINATIVE_LEMMAS and use.phrasal not in TERMINATIVE_LEMMAS:
        return None
    ended = event_noun_code(use.obj)
    if ended is None:
        return None
    if root(ended) in COOPERATIVE_ROOTS:
        return HALT_MEDIATION if root(ended) == CONSULT_ROOT else REDUCE_RELATIONS
    if root(ended) == PROTEST_ROOT:
        return EASE_DISSENT  # "called off the strike": the protesters yield
    if root(ended) in OPPOSITION_ROOTS:
        return YIELD  # "dropped their demand", "withdrew its objection"
    if root(ended) in HOSTILE_ROOTS:
        return DE_ESCALATE
    return None


#: Roots of fighting and threatening: ending one is de-escalation.
HOSTILE_ROOTS = CONFLICT_ROOTS | {THREATEN_ROOT}
#: CAMEO root of protest; ending one is easing dissent (082, CONCEDE).
PROTEST_ROOT = "14"
EASE_DISSENT = "082"
#: Roots of demanding, disapproving and rejecting: dropping one's own is yielding (080).
OPPOSITION_ROOTS = frozenset({"10", "11", "12"})
YIELD = "080"


def light_verb_object(use: VerbUse) -> str | None:
    """A light verb or a verb of taking part takes its object's event ("staged a protest",
    "attended the talks")."""
    if use.obj is None or use.obj.pos_ not in _NOMINAL_POS:
        return None
    if use.lemma not in LIGHT_VERBS and use.lemma not in PARTICIPATION_LEMMAS:
        return None
    if use.particle in DIRECTIVE_PARTICLES:
        return None  # "called for the withdrawal", "pressed for the release": asked for, not done
    if use.particle in CIRCUMSTANCE_PREPOSITIONS:
        return None  # "announced via press release a review": the means, not what was announced
    if use.particle and verb_code(use.lemma, use.particle):
        return None  # a phrasal verb of its own: "gave in to demands" yields
    return event_noun_code(use.obj)


#: Verbs of giving whose object may be an amount of what is given ("10 million euros in aid").
GIVING_LEMMAS = frozenset({"give", "provide", "send", "offer", "pledge", "donate", "grant", "promise"})


def aid_in_kind(use: VerbUse) -> str | None:
    """Giving an amount *in* or *of* aid: "gave Palestinians 10 million euros in humanitarian
    aid" is the aid (an intent verb makes it the intent to give)."""
    if use.lemma not in GIVING_LEMMAS or use.obj is None:
        return None
    t = tables_of(use.obj)
    for prep in t.kids[use.obj.i]:
        if t.dep[prep] in PREP_DEPS and t.lower[prep] in ("in", "of"):
            for pobj in t.kids[prep]:
                code = _event_noun_code(t, pobj) if t.dep[pobj] in NOUN_POBJ_DEPS else None
                if code is not None and root(code) == AID_ROOT:
                    return intent(code) if use.lemma in INTENT_LEMMAS else code
    return None


AID_ROOT = "07"


#: Prepositions of means, place and time: their object is never the event a light verb takes
#: ("announced *via* press release", "made *during* the talks"; not "at": "is *at* a summit").
CIRCUMSTANCE_PREPOSITIONS = frozenset(
    "via through near from outside inside across throughout during after before since amid".split()
)
#: Particles that make a light verb a verb of asking ("call *for*", "press *for*", "call *on*").
DIRECTIVE_PARTICLES = frozenset({"for", "on"})


def put_on_alert(use: VerbUse) -> str | None:
    """Forces put on alert: "put its army on high alert" (CAMEO 152, MOBILIZE)."""
    if use.lemma not in ALERT_VERBS:
        return None
    t = tables_of(use.token)
    for prep in t.kids[use.token.i]:
        if t.dep[prep] in PREP_DEPS and t.lower[prep] in ("on", "in"):
            if any(t.dep[p] in NOUN_POBJ_DEPS and t.lemma_lower[p] in ALERT_NOUNS for p in t.kids[prep]):
                return MILITARY_ALERT
    return None


ALERT_VERBS = frozenset({"put", "place", "keep", "raise"})
ALERT_NOUNS = frozenset({"alert", "standby", "readiness"})
#: 152: increase military alert status.
MILITARY_ALERT = "152"


#: Intent verbs that, with an event noun for object, carry the event out ("undertook a review").
CARRYING_OUT_LEMMAS = frozenset({"undertake"})


def intended_event(use: VerbUse) -> str | None:
    """A verb of intent with an event noun as its object: the intent to do that event
    ("pledged support" AGREE, "vowed revenge" THREATEN)."""
    if use.lemma not in INTENT_LEMMAS or use.obj is None or use.obj.pos_ not in _NOMINAL_POS:
        return None
    if use.lemma in CARRYING_OUT_LEMMAS:
        return NOT_AN_EVENT  # "undertook a review" carried it out, and promised nothing
    t = tables_of(use.token)
    direct = next((c for c in t.kids[use.token.i] if t.dep[c] in OBJ_DEPS), None)
    code = event_noun_code(use.obj)
    if use.particle is not None and direct is not None and direct != use.obj.i and code is not None:
        return NOT_AN_EVENT  # "offered approval *to* the invasion": what is offered is the approval
    if code is not None and use.lemma in PLOTTING_LEMMAS and root(code) in CONFLICT_ROOTS | ASSAULT_ROOTS:
        return NOT_AN_EVENT  # "admitted planning the attacks": a plot, not a threat made to anyone
    perpetrated = use.lemma in PERPETRATING_LEMMAS and use.particle is None
    if code is not None and perpetrated and root(code) in FORCE_ROOTS:
        return code  # "committed killings": the killings were done, not promised
    return intent(code) if code is not None else None


#: Intent verbs that, with a noun of force for object, did the act: "committed killings /
#: atrocities" (committing oneself *to* something is the intent: "committed to the talks").
PERPETRATING_LEMMAS = frozenset({"commit"})
#: Verbs of plotting: planning an attack threatens no one (a threat is made to its target).
PLOTTING_LEMMAS = frozenset({"plan", "prepare", "plot"})
#: Roots of unconventional and mass violence.
ASSAULT_ROOTS = frozenset({"18", "20"})


def violence_setting(use: VerbUse) -> str | None:
    """A verb of violence named better by its setting: "killed *in a bomb attack*"."""
    if use.lemma not in VIOLENCE_LEMMAS:
        return None
    t = tables_of(use.token)
    for prep in t.kids[use.token.i]:
        if t.dep[prep] not in PREP_DEPS or t.lower[prep] not in _SETTING_PREPS:
            continue
        for pobj in t.kids[prep]:
            if t.dep[pobj] in NOUN_POBJ_DEPS and t.pos[pobj] in _NOMINAL_POS:
                code = _event_noun_code(t, pobj)
                if code and root(code) in CONFLICT_ROOTS:
                    return code
    return None


def no_event_verb(use: VerbUse) -> str | None:
    """Verbs that never name an event by themselves ("be", "have", "say")."""
    if use.lemma in NON_EVENT_LEMMAS or use.lemma in REPORTING_LEMMAS and use.lemma not in LIGHT_VERBS:
        return NOT_AN_EVENT
    return None


def verb_alone(use: VerbUse) -> str | None:
    """The verb (with its particle) in the tables; a light verb without an entry names nothing."""
    return verb_code(use.lemma, use.particle) or NOT_AN_EVENT


#: The rules ``_own_code`` tries in order; the first that returns a code or NOT_AN_EVENT decides.
#: This tuple is the extension point for event rules: a rule is a function of a
#: :class:`VerbUse` returning a CAMEO code, NOT_AN_EVENT, or None to pass to the next; put a
#: new rule before the one it must override (more specific rules first, ``verb_alone`` last).
VERB_RULES: tuple[VerbRule, ...] = (
    aspect_of_event_noun,
    put_on_alert,
    aid_in_kind,
    intended_event,
    as_phrase,
    force_on_armed_or_place,
    verb_with_its_object,
    blow_at_a_target,
    dropped_munition,
    ending_an_event,
    light_verb_object,
    violence_setting,
    no_event_verb,
    verb_alone,
)
_SETTING_PREPS = frozenset({"in", "during", "with"})
_VERBAL_POS = frozenset({"VERB", "AUX", "ADJ"})


def _own_code(t: DocTables, token: int, particle: str | None = None, obj: int | None = None) -> str | None:
    """The code a verb (with particle and object) or an event noun names by itself.

    An event noun is looked up in the noun table; a verb goes through :data:`VERB_RULES`.
    """
    if t.pos[token] in _NOMINAL_POS:
        noun = _event_noun_code(t, token)
        if noun:
            keys.note(keys.SPECIFIC)
        return noun
    if t.pos[token] not in _VERBAL_POS:
        return None
    use = VerbUse.at(t, token, particle, obj)
    for rule in VERB_RULES:
        code = rule(use)
        if code is not None:
            if code:
                keys.note(_key_kind(rule, use))
            return code or None
    return None


def _key_kind(rule: VerbRule, use: VerbUse) -> str:
    """The kind of key a rule's code rests on: only :func:`verb_alone` may rest on the bare verb
    (its particle key, "call_for", is specific)."""
    if rule is not verb_alone:
        return keys.SPECIFIC
    if use.particle and (use.phrasal in hand_verb_table() or use.phrasal in derived_verb_table()):
        return keys.SPECIFIC
    return keys.BARE


def complement_of(token: Token) -> Token | None:
    """The open complement a governing word takes: "agreed [to share]", "committed to [opening]"."""
    t = tables_of(token)
    inner = _complement_of(t, token.i)
    return t.tokens[inner] if inner is not None else None


def _complement_of(t: DocTables, token: int) -> int | None:
    kids, dep, lower = t.kids[token], t.dep, t.lower
    for c in kids:
        if dep[c] in CONTROL_DEPS:
            return c
    for c in kids:
        if dep[c] in ACOMP_DEPS:
            inner = _complement_of(t, c)
            if inner is not None:
                return c
    for c in kids:
        takes_clause = lower[c] == "to" or (lower[c] == "of" and t.pos[token] == "ADJ")
        if dep[c] in PREP_DEPS and takes_clause:
            for p in t.kids[c]:
                if dep[p] in PCOMP_DEPS:
                    return p
    return None


def _fold(t: DocTables, governor: int, inner: str | None) -> str | None:
    """The event a governing word makes of its complement's event ``inner``."""
    lemma = lemma_at(t, governor)
    lower = t.lower[governor]
    if lemma in UNREALISED_LEMMAS or lower in UNREALISED_LEMMAS:
        return None  # "struggled to resolve the dispute", "is unlikely to launch an offensive"
    if lemma in INTENT_LEMMAS or lower in INTENT_LEMMAS:
        # "agreed to" is AGREE by itself; "plans to" / "is ready to" / "vowed to" only through
        # what follows (vowing to do what the tables do not know is no agreement)
        if inner is not None:
            if root(inner) in VERBAL_ROOTS and lemma not in COOPERATIVE_INTENT_LEMMAS:
                return None  # "plans to sue the government": an intent to criticise is no event yet
            return intent(inner)
        return _own_code(t, governor) if lemma in COOPERATIVE_INTENT_LEMMAS else None
    if lemma in THREAT_LEMMAS:
        return threat(inner)
    if lemma in FAILING_LEMMAS and inner is None:
        return None  # "failed to address the point" refuses nothing; "failed to reach agreement" does
    if lemma in REFUSAL_LEMMAS:
        return refusal(inner)
    if lemma in DEMAND_LEMMAS:
        return DEMAND
    if lemma in REQUEST_LEMMAS:
        return APPEAL
    object_control = any(t.dep[c] in OBJ_DEPS for c in t.kids[governor])
    if lemma in TRANSPARENT_LEMMAS or lower in TRANSPARENT_LEMMAS:
        # "chose to host" passes the act on; "chose Manchester to host": Manchester's act
        return None if object_control else inner
    own = _own_code(t, governor)
    if own is None and object_control:
        return None  # "prompted the Queen [to ask]": the complement is the object's act
    return own or inner


def unstated_intent(verb: Token) -> bool:
    """A plan makes the act ``verb`` heads an intent ("is preparing to send", "plans to
    send", "intends to send"), and no verb or adjective of stating intent or of the subject's
    stance (:data:`STATING_INTENT_LEMMAS`, :data:`STANCE_INTENT_WORDS`: "promised to send",
    "threatened to [impose sanctions]", "is willing to send") is ``verb`` or governs it. (The
    plain future, "will send", is an intent as coders read it: the PLOVER records code "X will
    visit Albania" AGREE.)"""
    t = tables_of(verb)
    chain = _event_chain(t, verb.i)
    if any(
        lemma_at(t, word) in STATING_INTENT_LEMMAS or t.lower[word] in STANCE_INTENT_WORDS for word in chain
    ):
        return False
    return any(lemma_at(t, word) in PLANNING_LEMMAS for word in chain)


#: Verbs of planning: what is planned is not yet stated to anyone ("is preparing to deliver").
PLANNING_LEMMAS = frozenset({"plan", "prepare", "intend"})
#: Words of the subject's own stance toward an act, which coders read as stated intent ("is
#: willing to withdraw", "is prepared to talk").
STANCE_INTENT_WORDS = frozenset({"willing", "ready", "prepared", "determined", "resolved"})


def _is_future(t: DocTables, token: int) -> bool:
    if any(t.dep[c] in TENSE_AUX_DEPS and t.lower[c] in FUTURE_AUX for c in t.kids[token]):
        return True
    # "is going to", "plans to" are intent too, through their heads
    head = t.heads[token]
    return t.dep[token] in CONTROL_DEPS and lemma_at(t, head) == "go" and t.tag[head] == "VBG"


def _is_negated(t: DocTables, token: int) -> bool:
    return any(t.dep[c] in NEG_DEPS for c in t.kids[token])


def _complements_below(t: DocTables, token: int) -> list[int]:
    """``token`` and the complements it governs, outermost first: "agreed [to share information]"."""
    chain = [token]
    while len(chain) < 6:
        inner = _complement_of(t, chain[-1])
        if inner is None:
            break
        chain.append(inner)
    return chain


def _governor_above(t: DocTables, complement: int) -> int | None:
    """The word whose complement ``complement`` is: "agreed to" above "share", "committed to"
    above "opening"; None at the top or under object control ("prompted the Queen [to ask]":
    the complement is the object's act)."""
    head = t.heads[complement]
    if t.dep[complement] in CONTROL_DEPS:
        if any(t.dep[c] in OBJ_DEPS for c in t.kids[head]):
            return None
        return head
    prep = head
    if t.dep[complement] in PCOMP_DEPS and t.dep[prep] in PREP_DEPS and t.lower[prep] in ("to", "of"):
        return t.heads[prep]
    return None


def _event_chain(t: DocTables, token: int) -> list[int]:
    """The governors above ``token``, ``token`` and its complements below, outermost first:
    "is willing to [agree to [share]]"."""
    chain = _complements_below(t, token)
    up = token
    while len(chain) < 8:
        head = _governor_above(t, up)
        if head is None:
            break
        chain.insert(0, head)
        up = head
    return chain


#: Roots whose future is an intent ("will send troops", "would tighten the blockade").
_INTENDABLE_ROOTS = COOPERATIVE_ROOTS | CONFLICT_ROOTS
#: Verbs of meeting, talking and hosting, and "hold" (a meeting, talks): a meeting set for a day,
#: talks to come ("the premiers will discuss cooperation", "will hold a joint meeting") or a
#: visit one will host are reported as the meeting (CONSULT), not as an intent to meet (036,
#: AGREE): "will host a state visit" is no promise to anyone. A visit one will make stays an
#: intent (PLOVER's coders: "the minister will visit Freedonia in June" AGREE). "Take" is here
#: for "will take part in the meeting" (CAMEO 046, the only consultation "take" is coded).
MEETING_LEMMAS = frozenset({"meet", "confer", "host", "discuss", "talk", "hold", "take"})


def _fold_chain(
    t: DocTables, chain: list[int], token: int, particle: str | None, obj: int | None, intend: bool = True
) -> tuple[str | None, bool]:
    """The code of ``chain`` folded from its innermost word outwards, and whether any word of
    it is negated. Only ``token`` itself is coded with ``particle`` and ``obj``. Without
    ``intend``, the future ("will visit") leaves the act as it is, not an intent to do it."""
    code: str | None = None
    negated = False
    for n, word in enumerate(reversed(chain)):
        if n == 0:
            is_candidate_verb = word == token
            code = _own_code(
                t, word, particle if is_candidate_verb else None, obj if is_candidate_verb else None
            )
        else:
            code = _fold(t, word, code)
        if intend and _is_future(t, word) and code is not None and root(code) in _INTENDABLE_ROOTS:
            code = future_code(code, lemma_at(t, word))
        if _is_negated(t, word):
            negated = True
    return code, negated


def _denied(code: str) -> str | None:
    """What a negated event ``code`` becomes: cooperation not done is a refusal; a rejection,
    conflict, threat or verbal act that did not happen is no event."""
    r = root(code)
    if r in COOPERATIVE_ROOTS:
        return refusal(code)
    if r == REJECT_ROOT:
        return None
    if r in CONFLICT_ROOTS or r == THREATEN_ROOT:
        return None
    if r in VERBAL_ROOTS:
        return None  # "did not call for", "never criticised": no appeal, no criticism
    return code


def chain_code(
    token: Token,
    negated: bool = False,
    future: bool = False,
    particle: str | None = None,
    obj: Token | None = None,
    intend: bool = True,
    deny: bool = True,
) -> str | None:
    """The code of the event ``token`` heads, folded through complements and governors
    (``intend``: the future of a word makes an intent; ``deny``: a negation denies the act;
    without them, the act itself)."""
    return _chain_code(
        tables_of(token), token.i, negated, future, particle, obj.i if obj is not None else None, intend, deny
    )


def _chain_code(
    t: DocTables,
    token: int,
    negated: bool = False,
    future: bool = False,
    particle: str | None = None,
    obj: int | None = None,
    intend: bool = True,
    deny: bool = True,
) -> str | None:
    code, negated_in_chain = _fold_chain(t, _event_chain(t, token), token, particle, obj, intend)
    if code is None:
        return None
    if future and root(code) in _INTENDABLE_ROOTS:
        code = intent(code)
    if deny and (negated or negated_in_chain):
        return _denied(code)
    return code


#: Roots of verbal acts (appeals, investigations, demands, disapproval): denied, they did not happen.
VERBAL_ROOTS = frozenset({"02", "09", "10", "11"})


def _quoted(t: DocTables, clause: int) -> bool:
    """The reported clause is a direct quotation: a quotation mark opens or closes it."""
    left, right = t.left_edge(clause), t.right_edge(clause)
    n = len(t.text)
    return any(t.text[i] in QUOTE_MARKS for i in (left - 1, left, right, right + 1) if 0 <= i < n)


def _light_verb_event(t: DocTables, verb: int) -> str | None:
    """A reporting verb with no clause carries the event noun a light verb takes as object."""
    obj = _object_of(t, verb)
    if obj is not None and t.pos[obj] in _NOMINAL_POS and lemma_at(t, verb) in LIGHT_VERBS:
        return _event_noun_code(t, obj)
    return None


def _dummy_subject(t: DocTables, clause: int, clause_subject: int | None) -> bool:
    """The clause's "it" is a dummy ("said it was disgusting to ..."), not the speaker ("it is
    willing to"): "it ... be" with no complement of stance."""
    if clause_subject is None or t.lower[clause_subject] != "it" or lemma_at(t, clause) != "be":
        return False
    stance = STANCE_LEMMAS
    return not any(
        t.dep[c] in ACOMP_DEPS and (t.lower[c] in stance or lemma_at(t, c) in stance) for c in t.kids[clause]
    )


def _speaker_acts(t: DocTables, clause_subject: int | None, subject_text: str) -> bool:
    """The speaker is the reported clause's actor: no subject, a pronoun or the speaker's name,
    and not a passive ("I wasn't advised by X": the speaker did nothing)."""
    passive = clause_subject is not None and t.dep[clause_subject] == "nsubjpass"
    return not passive and (
        clause_subject is None
        or t.lower[clause_subject] in SPEAKER_PRONOUNS
        or _same_actor(t, clause_subject, subject_text)
    )


#: Nouns of one person who speaks for a group: what "they" did is not the speaker's act.
SPOKESPERSON_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson official officer commander leader minister source "
    "representative envoy ambassador aide adviser advisor negotiator chief".split()
)


#: Speakers' pronouns that are never "they" (an organisation's "it" may be, in British usage).
PERSONAL_SPEAKERS = frozenset({"i", "he", "she", "we"})


def _speaks_for_others(
    t: DocTables, speaker: int | None, clause_subject: int | None, subject_text: str
) -> bool:
    """One person reports what "they" did ("a spokesman for the rebels said they had captured
    the town", "he said they would withdraw"): the clause's actor is a group, not the speaker;
    the clause's own frame carries its event (typed once its "they" is resolved). A speaker the
    frame takes from the verb above ("I have written to insist they withdraw") is its subject."""
    if clause_subject is None or t.lower[clause_subject] != "they":
        return False
    if subject_text.lower() in PERSONAL_SPEAKERS or (
        speaker is not None and t.lower[speaker] in PERSONAL_SPEAKERS
    ):
        return True
    if speaker is None:
        return False
    person = t.ent_type[speaker] == "PERSON" or t.lemma_lower[speaker] in SPOKESPERSON_NOUNS
    return person and t.tag[speaker] in ("NN", "NNP")


#: Subjects of a reported clause, a placeholder "it"/"there" among them.
_CLAUSE_SUBJECT_DEPS = NOMINAL_SUBJ_DEPS | EXPL_DEPS
#: A clause as the subject of a reported clause ("*funding the premiums* would force them").
CLAUSAL_SUBJECT_DEPS = frozenset({"csubj", "csubjpass"})


def reported_code(verb: Token, subject_text: str, negated: bool) -> str | None:
    """The event a reporting verb carries: its clause's, when the speaker is that clause's actor."""
    t = tables_of(verb)
    v = verb.i
    clause = next((c for c in t.kids[v] if t.dep[c] in CLAUSE_DEPS), None)
    if clause is None:
        return _light_verb_event(t, v)
    if _quoted(t, clause):
        return None  # '"We are holding a demonstration," he said': the quoted clause's own frame
    clause_subject = next((c for c in t.kids[clause] if t.dep[c] in _CLAUSE_SUBJECT_DEPS), None)
    if _dummy_subject(t, clause, clause_subject):
        return None
    if any(t.dep[c] in CLAUSAL_SUBJECT_DEPS for c in t.kids[clause]):
        return None  # "claimed (that) funding the premiums would force them to cut jobs": no one acts
    speaker = next((c for c in t.kids[v] if t.dep[c] in NOMINAL_SUBJ_DEPS), None)
    if speaker is not None and _news_outlet(t, speaker):
        return None  # "The Sunday Times says they will oppose the bid": the paper reports it
    if clause_subject is None and _bare_participle(t, clause):
        return None  # "said proposed super-casinos will be ...": a participle, no act of the speaker's
    speaker_is_actor = _speaker_acts(t, clause_subject, subject_text) and not _speaks_for_others(
        t, speaker, clause_subject, subject_text
    )
    if _demanded_of(t, clause, clause_subject) or _insisted_on(t, v, clause, speaker_is_actor):
        return DEMAND  # "X said Y must ...", "X insisted that the talks be held": a demand
    if speaker_is_actor:
        code = _chain_code(t, clause, negated=negated)
        return None if code is not None and root(code) in DONE_ACT_ROOTS else code
    return None


#: Roots of acts done with more than words: material cooperation (06), aid (07), yielding (08),
#: investigating (09) and every conflictual act (14-20). Saying that one did such an act ("police
#: said they had jailed a man", "the army says it has killed 300 fighters") is a report of the
#: act, not an act toward anyone: the reported clause's own frame carries the event. What a
#: speaker does *in* saying keeps the clause's code: an intent or a threat ("said it would
#: attack" is 13x, made so by the future), a demand, an appeal, a rejection, a criticism.
DONE_ACT_ROOTS = frozenset({"06", "07", "08", "09"}) | CONFLICT_ROOTS


def _bare_participle(t: DocTables, clause: int) -> bool:
    """A past participle with no auxiliary heads the reported clause: a modifier the parser
    took for the clause's verb ("said *proposed* super-casinos will be different")."""
    return t.tag[clause] == "VBN" and not any(t.dep[c] in AUX_DEPS for c in t.kids[clause])


#: Head words of news outlets: a newspaper, agency or broadcaster reports others' acts.
OUTLET_NOUNS = frozenset(
    "newspaper paper magazine journal agency broadcaster tabloid daily weekly website programme "
    "channel times telegraph guardian post herald tribune mail mirror express observer "
    "independent standard chronicle gazette economist reuters bbc cnn afp ap".split()
)


def _news_outlet(t: DocTables, token: int) -> bool:
    """The speaker is a news outlet: its head word ("the paper", "The Sunday Times") or an
    actor code of the media sector in the gazetteer."""
    if t.lemma_lower[token] in OUTLET_NOUNS or t.lower[token] in OUTLET_NOUNS:
        return t.ent_type[token] in ("ORG", "") or t.pos[token] == "NOUN"
    return False


#: Modals that make a reported clause a demand on its subject ("said the cabinet *must* resign");
#: "should" is advice or opinion ("said he should apologise"), not a demand.
REPORTED_DEMAND_AUX = frozenset({"must"})


#: Determiners of a subject that is anyone of a kind: "*no* politician must ...", "*any* firm
#: must ..." state a maxim or a rule, not a demand on someone.
GENERIC_DETERMINERS = frozenset({"any", "every", "each", "no"})
#: Indefinite articles: anyone of a kind only as the actor of a rule ("*a* company must prove
#: that ..."); "said *a* minister must resign", "said *an* inquiry must be held" demand one.
INDEFINITE_ARTICLES = frozenset({"a", "an"})


def _demanded_of(t: DocTables, clause: int, clause_subject: int | None) -> bool:
    """The reported clause says what its subject must do, and its subject is someone ("*no*
    politician must ..." is a maxim, "*a* company must prove that ..." a rule: no demand)."""
    if not any(t.dep[c] in TENSE_AUX_DEPS and t.lower[c] in REPORTED_DEMAND_AUX for c in t.kids[clause]):
        return False
    if clause_subject is None:
        return True
    determiners = {t.lower[c] for c in t.kids[clause_subject] if t.dep[c] in DET_DEPS}
    if determiners & GENERIC_DETERMINERS:
        return False
    return not (determiners & INDEFINITE_ARTICLES and _rule_for_an_actor(t, clause, clause_subject))


def _rule_for_an_actor(t: DocTables, clause: int, clause_subject: int) -> bool:
    """The clause states what anyone in a position must do: its subject acts (no passive) and
    what it must do is itself a clause ("a company must *prove that* the contract was approved")."""
    if t.dep[clause_subject] not in SUBJ_DEPS:
        return False
    return any(t.dep[c] in CLAUSE_DEPS | CONTROL_DEPS for c in t.kids[clause])


def _insisted_on(t: DocTables, verb: int, clause: int, speaker_is_actor: bool) -> bool:
    """A verb of demanding with a clause in the subjunctive about someone else ("insisted
    that the talks *be* held", "insisted that Israel *withdraw*"); "insisted unrest
    *reflected* ..." asserts, it demands nothing."""
    if lemma_at(t, verb) not in DEMAND_LEMMAS or speaker_is_actor:
        return False
    kids = t.kids[clause]
    subjunctive = t.tag[clause] == "VB" and not any(t.dep[c] in TENSE_AUX_DEPS for c in kids)
    modal = any(t.tag[c] == "MD" for c in kids)  # "would be debated" is no subjunctive
    subjunctive_be = not modal and any(t.dep[c] == "auxpass" and t.tag[c] == "VB" for c in kids)
    return subjunctive or subjunctive_be


def _words(text: str) -> set[str]:
    return {w for w in (t.strip(".,'\"").lower() for t in text.replace("'s", " ").split()) if w}


def _same_actor(t: DocTables, clause_subject: int, speaker: str) -> bool:
    """The clause's subject names the speaker: every word of its name is in the speaker's
    phrase ("Iraq" in "Iraq", "Norway" in "Norway's foreign minister"), as whole words, so
    that "North Korea" is not "South Korea's defence ministry" and "Jordan" not "a Jordanian
    official"."""
    phrase = range(t.left_edge(clause_subject), t.right_edge(clause_subject) + 1)
    name = [
        t.lower[i]
        for i in phrase
        if not t.tokens[i].is_stop and not t.is_punct[i] and t.dep[i] not in DET_DEPS
    ]
    return bool(name) and set(name) <= _words(speaker)


#: Verbs and nouns that direct someone else to act: what they govern is wished for, not done.
DIRECTIVE_LEMMAS = (
    DEMAND_LEMMAS
    | REQUEST_LEMMAS
    | frozenset(
        {
            "allow",
            "permit",
            "force",
            "persuade",
            "tell",
            "instruct",
            "command",
            "authorize",
            "authorise",
            "advise",
            "challenge",
            "dare",
            "warn",  # "warned all parties not to break the truce": what they are warned to do
        }
    )
)
#: Verbs whose infinitive is what they are said of: told to help do it, one is told to do it
#: ("urged X to *help break*", "asked X to *try to end*").
PASSING_LEMMAS = frozenset({"help", "try", "attempt", "seek", "begin", "start", "continue", "work"})
DIRECTIVE_NOUNS = frozenset(
    {"demand", "call", "appeal", "request", "plea", "proposal", "ultimatum", "order", "pressure"}
)


#: Clauses a directive noun governs ("its demand *that* Israel ease", "calls *for* X to").
_NOUN_CLAUSE_DEPS = CLAUSE_DEPS | ACL_DEPS | RELCL_DEPS
#: Verbs that direct a clause by themselves ("demanded that", "urged that").
_DEMAND_OR_REQUEST_LEMMAS = DEMAND_LEMMAS | REQUEST_LEMMAS
#: Where a conjunct's first conjunct hangs when the clause governed is theirs together.
_GOVERNED_CLAUSE_DEPS = CLAUSE_DEPS | CONTROL_DEPS | ACL_DEPS
#: Infinitives that pass a directive on ("asked the government to mediate [to avoid it]").
_INFINITIVE_DEPS = CONTROL_DEPS | ADVCL_DEPS


def _directing_noun(t: DocTables, clause: int, governor_lemma: str) -> bool:
    """A directive noun governs the clause: "calls for the mayor to apologise", "its demand
    that Israel ease"."""
    kids, dep = t.kids[clause], t.dep
    marks = {t.lower[c] for c in kids if dep[c] == "mark"}
    if dep[clause] in ADVCL_DEPS and "for" in marks and governor_lemma in DIRECTIVE_NOUNS:
        return True  # "calls for the mayor to apologise"
    return (
        dep[clause] in _NOUN_CLAUSE_DEPS
        and governor_lemma in DIRECTIVE_NOUNS
        and (
            dep[clause] not in RELCL_DEPS
            and any(dep[c] in NOMINAL_SUBJ_DEPS for c in kids)
            or dep[clause] in ACL_DEPS
        )
    )


def _directed_clause(t: DocTables, clause: int, governor_lemma: str) -> bool:
    """A clause under a verb that directs it: "demanded that Hamas renounce", "allowed
    [opposition parties to hold rallies]", "said the rebels must reach"; "told AFP [the army
    lifted ...]" only reports."""
    if governor_lemma in _DEMAND_OR_REQUEST_LEMMAS and governor_lemma not in REPORTING_LEMMAS:
        return True
    if governor_lemma in DIRECTIVE_LEMMAS and _infinitive(t, clause):
        return True  # "allowed [opposition parties to hold rallies]": parsed as a clause
    demanded = any(t.dep[c] in TENSE_AUX_DEPS and t.lower[c] in DEMAND_AUX for c in t.kids[clause])
    return demanded and governor_lemma in REPORTING_LEMMAS


def _someone_else_directed(t: DocTables, governor: int) -> bool:
    """Object control ("ordered Menem to appear", "called on the government to appoint"):
    the directive verb has an object or an addressee; subject control is its own event."""
    kids, dep = t.kids[governor], t.dep
    if any(dep[c] in OBJ_DEPS for c in kids):
        return True
    addressed = [c for c in kids if dep[c] in PREP_DEPS and t.lower[c] in ADDRESSEE_PREPOSITIONS]
    return any(dep[p] in NOUN_POBJ_DEPS for c in addressed for p in t.kids[c])


def directed(verb: Token) -> bool:
    """``verb`` is an action someone directs another actor to do, not an event: "demanded that
    Hamas *renounce*", "ordered Menem to *appear*", "allow UN planes to land and *evacuate*",
    "its demand that Israel *ease*", "said the rebels *must reach* an agreement"."""
    return _directed(tables_of(verb), verb.i)


def _directed(t: DocTables, verb: int) -> bool:
    dep, heads = t.dep, t.heads
    clause = verb
    if dep[clause] in CONJ_DEPS and _infinitive(t, clause) and not _infinitive(t, heads[clause]):
        # "asked X to stop the raids and *to lift* the blockade", "to lift" parsed as a conjunct
        # of "asked": an infinitive is no act done beside a finite verb; whose it is, the
        # parse does not tell
        return t.pos[heads[clause]] in _VERBAL_POS and heads[clause] != clause
    if dep[clause] in CONJ_DEPS and dep[heads[clause]] in _GOVERNED_CLAUSE_DEPS | ADVCL_DEPS:
        clause = heads[clause]  # "asked X to stop the raids *and to lift* the blockade"
    governor = heads[clause]
    if governor == clause:
        return False
    governor_lemma = lemma_at(t, governor)
    if t.pos[governor] in _NOMINAL_POS:
        return _directing_noun(t, clause, governor_lemma)
    if dep[clause] in CLAUSE_DEPS:
        return _directed_clause(t, clause, governor_lemma)
    if dep[clause] in CONTROL_DEPS and governor_lemma in DIRECTIVE_LEMMAS:
        return _someone_else_directed(t, governor)
    if dep[clause] in CONTROL_DEPS and t.pos[governor] in _VERBAL_POS and governor_lemma in PASSING_LEMMAS:
        return _directed(t, governor)  # "called on the government to help *break* the monopoly"
    if dep[clause] in _INFINITIVE_DEPS and t.pos[governor] in _VERBAL_POS and _infinitive(t, clause):
        if governor_lemma in DIRECTIVE_LEMMAS and _someone_else_directed(t, governor):
            return True  # "appealed to the board [to allow ...]", the infinitive parsed as a purpose
        return _directed(t, governor)  # "asked the government to mediate [to avoid any risk]"
    return False


#: Prepositions that name whom a request is addressed to ("called *on* X to", "appealed *to* X to").
ADDRESSEE_PREPOSITIONS = frozenset({"on", "upon", "to"})


def _infinitive(t: DocTables, clause: int) -> bool:
    """An infinitive: "to avoid", the purpose or complement of the verb above it."""
    return any(t.dep[c] in TENSE_AUX_DEPS and t.tag[c] == "TO" for c in t.kids[clause])


def restated_noun(noun: Token) -> bool:
    """An event noun that is the object of a verb whose frame already carries its event:
    "mounted *its invasion*", "press *their demands*", "staged *rallies*"."""
    t = tables_of(noun)
    head = t.heads[noun.i]
    return t.dep[noun.i] in OBJ_DEPS and (
        lemma_at(t, head) in LIGHT_VERBS or lemma_at(t, head) in PARTICIPATION_LEMMAS
    )

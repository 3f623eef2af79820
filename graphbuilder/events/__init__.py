"""Event typing: a statement candidate -> (PLOVER event type, CAMEO code).

A pure, fast look-up: the verb (or event noun) of the candidate, with its particle and
object, is looked up in tables derived from the CAMEO verb dictionary and extended by hand
(``lexicon``); rules for light verbs, governing verbs, the future, negation and reporting
verbs (``rules``) adjust the CAMEO code; the code maps to a PLOVER category (``taxonomy``).

    >>> from graphbuilder.events import classify_code
    >>> classify_code("193")
    'FIGHT'
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from graphbuilder.events import evidence, keys
from graphbuilder.events.assertion import (
    DESIRE_ADJECTIVES,
    INTENT_ROOTS,
    STANCE_ADJECTIVES,
    announced,
    why_not,
)
from graphbuilder.events.business import COMMERCIAL_CATEGORIES, is_business_code
from graphbuilder.events.contests import contest_reason
from graphbuilder.events.forces import force_reason
from graphbuilder.events.lexicon import verb_code
from graphbuilder.events.political import political_reason
from graphbuilder.events.procedures import procedure_code
from graphbuilder.events.rules import (
    DIRECTIVE_LEMMAS,
    FUTURE_AUX,
    INTENT_LEMMAS,
    LIGHT_VERBS,
    NON_EVENT_LEMMAS,
    REPORTING_LEMMAS,
    STANCE_LEMMAS,
    STATING_INTENT_LEMMAS,
    TRANSPARENT_LEMMAS,
    chain_code,
    complement_of,
    directed,
    event_noun_code,
    future_code,
    particle_of,
    reported_code,
    restated_noun,
    unstated_intent,
)
from graphbuilder.events.selection import ACTOR_ENTITY_TYPES, VERB_CONSTRUCTS, names_actor, secondary
from graphbuilder.events.standing import resolved_source_reason
from graphbuilder.events.targets import phrase_names_actor
from graphbuilder.events.taxonomy import (
    CONFLICT_ROOTS,
    COOPERATIVE_ROOTS,
    PLOVER_CATEGORIES,
    plover_category,
    root,
)
from graphbuilder.events.violence import FIGHT_ROOT, by_perpetrator, verbal_attack
from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.modality import demanded_noun
from graphbuilder.lexicon import MODAL_AUXILIARIES
from graphbuilder.model import Argument
from graphbuilder.nlp.lemmas import lemma as lemma_of

__all__ = [
    "PLOVER_CATEGORIES",
    "by_actor",
    "by_subject",
    "classify",
    "classify_all",
    "classify_code",
    "plover_category",
]

#: Constructs that say what something is, never that something happened ("X, a fight for ...").
NO_EVENT_CONSTRUCTS = frozenset({"apposition"})
_RELATION_PARTICLE_DEPS = frozenset({"prt", "prep", "agent", "dative"})


def classify_code(cameo_code: str | None) -> str | None:
    """PLOVER category for a CAMEO code (None for codes that are no PLOVER event, e.g. 010)."""
    return plover_category(cameo_code)


def classify(candidate: Candidate) -> tuple[str | None, str | None]:
    """(PLOVER event type, CAMEO code) for a candidate, or (None, None) when it is no event.

    Uses the candidate's head token (``verb``: a verb or an event noun), the particle or
    preposition in its relation, its object's head, its negation and modality. A verb frame
    that restates an event another frame of its sentence types with a better target (see
    :mod:`graphbuilder.events.selection`) carries no type: one typed statement per event
    and target.
    """
    typed = classify_frame(candidate)
    if typed[0] is None or candidate.construct not in VERB_CONSTRUCTS:
        return typed
    restated = _restated_frames(candidate.sentence)
    return (None, None) if _frame_key(candidate) in restated else typed


def classify_all(candidates: Sequence[Candidate]) -> list[tuple[str | None, str | None]]:
    """``classify`` for all candidates of a document at once: one typed statement per event
    and target among the given candidates themselves (no re-extraction)."""
    typed = [classify_frame(c) for c in candidates]
    _move_to_named_targets(candidates, typed)
    _move_to_shown_targets(candidates, typed)
    drop = secondary(candidates, [t[0] is not None for t in typed])
    return [(None, None) if i in drop else t for i, t in enumerate(typed)]


#: Categories of force: only states, armed groups and people use it, not companies or media.
FORCE_CATEGORIES = frozenset({"FIGHT", "ASSAULT", "COERCE", "MOBILIZE"})
#: Sector codes of actors that bear no arms: media (``MED``) and business (see ``is_business_code``).
UNARMED_SECTORS = frozenset({"MED"})


def _unarmed_code(actor_code: str | None) -> bool:
    if not actor_code:
        return False
    return (
        is_business_code(actor_code)
        or actor_code[:3] in UNARMED_SECTORS
        or actor_code[3:6] in UNARMED_SECTORS
    )


#: Role codes of armed actors (after the country): military, rebels, insurgents.
ARMED_ROLES = ("MIL", "REB", "INS")
#: Role codes of a state's organs (after the country): government, judiciary, legislature. A
#: state (a place standing for it, see ``by_subject``) or its organs obstructing is no protest
#: (PLOVER's PROTEST is civilians' mass action); what it is depends on what is blocked, so it
#: stays untyped.
STATE_ROLES = ("GOV", "JUD", "LEG")
#: The entity type of a place: named as a place (not by its people), it stands for its state.
PLACE_TYPE = "Place"
#: Obstruction (CAMEO 144: "blocked the road") and the blockade an armed actor imposes instead.
OBSTRUCT, BLOCKADE = "144", "191"


def by_actor(
    event_type: str | None, cameo_code: str | None, actor_code: str | None
) -> tuple[str | None, str | None]:
    """The event once the subject's actor is known: CAMEO codes some verbs by who acts.

    An armed actor's obstruction ("Russian forces blocked the units") is a blockade (191,
    COERCE), not a protest (144). A business's cooperation is commerce, whether it is named
    or a pronoun resolved to it ("It had agreed to loan the money", ``it`` = Deutsche Bank,
    ``MNCDEU``): no event (:mod:`graphbuilder.events.business`). Everything else is returned
    unchanged.
    """
    if event_type in COMMERCIAL_CATEGORIES and is_business_code(actor_code):
        return None, None
    if event_type in FORCE_CATEGORIES and _unarmed_code(actor_code):
        return None, None  # "it launched operations", it = a news agency or a company
    if cameo_code and cameo_code.startswith(OBSTRUCT) and actor_code:
        if any(role in actor_code[3:] for role in ARMED_ROLES):
            return plover_category(BLOCKADE), BLOCKADE
        if any(role in actor_code[3:] for role in STATE_ROLES):
            return None, None  # "the regime blocked their progress": a state's act, no protest
    return event_type, cameo_code


def by_subject(
    event_type: str | None, cameo_code: str | None, subject: Argument, doc: Doc | None = None
) -> tuple[str | None, str | None]:
    """The event once the subject is resolved: a pronoun is a source only when it stands for a
    political actor (:func:`graphbuilder.events.standing.resolved_source_reason`); a pronoun
    nothing resolved ("he fires energy from his eyes") leaves the statement untyped. ``doc``,
    the article's parse, tells which people it gives a political role."""
    if resolved_source_reason(event_type, subject, doc) is not None:
        return None, None
    if cameo_code and cameo_code.startswith(OBSTRUCT) and _state_named(subject, doc):
        return None, None  # "Ankara blocked the ambassador's return": a state's act, no protest
    return event_type, cameo_code


def _state_named(subject: Argument, doc: Doc | None) -> bool:
    """The subject names a state by a place ("Ankara", "Turkey"), not its people
    ("Palestinians", resolved to the place too, who may well protest)."""
    if doc is None or subject.type != PLACE_TYPE:
        return False
    span = doc.char_span(subject.start, subject.end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ == "GPE"


def _move_to_named_targets(
    candidates: Sequence[Candidate], typed: list[tuple[str | None, str | None]]
) -> None:
    """ "Police launched a crackdown on activists": the verb frame carries the event, but the
    frame the event noun makes with its target ("cracked down on | activists") names whom it
    is aimed at, so that frame takes the type (in place)."""
    for i, cand in enumerate(candidates):
        carrier = cand.relation[0] if cand.relation else None
        if (
            cand.construct != "nominal"
            or carrier is None
            or carrier.pos_ not in ("VERB", "AUX")
            or cand.object is None
            or not names_actor(cand.object)
        ):
            continue
        for j, frame in enumerate(candidates):
            if (
                typed[j][0] is not None
                and frame.verb.i == carrier.i
                and frame.subject.start == cand.subject.start  # each conjoined subject's own
                and frame.object is not None
                and frame.object.root.i == cand.verb.i
            ):
                typed[i], typed[j] = typed[j], (None, None)
                break


#: Constructs whose object is the verb's direct object, and the one whose object is a
#: preposition's: "launched | airstrikes" beside "launched_on | Gaza".
OBJECT_CONSTRUCTS, PREPOSITION_CONSTRUCT = frozenset({"svo"}), "prep"


def _move_to_shown_targets(
    candidates: Sequence[Candidate], typed: list[tuple[str | None, str | None]]
) -> None:
    """ "Israel launched airstrikes on Gaza": the frame with the verb's object ("airstrikes",
    a thing) carries the event, but the statement shows its object as the target; the frame
    of the same verb whose preposition names an actor ("launched_on | Gaza") shows whom the
    event is aimed at, so that frame takes the type (in place)."""
    for i, cand in enumerate(candidates):
        obj = cand.object
        if typed[i][0] is None or cand.construct not in OBJECT_CONSTRUCTS or obj is None:
            continue
        if obj.root.pos_ not in ("NOUN", "PROPN") or phrase_names_actor(obj.root):
            continue
        for j, frame in enumerate(candidates):
            if (
                typed[j][0] is None
                and frame.construct == PREPOSITION_CONSTRUCT
                and frame.verb.i == cand.verb.i
                and frame.subject.start == cand.subject.start
                and frame.object is not None
                and names_actor(frame.object)
                and phrase_names_actor(frame.object.root)
            ):
                typed[i], typed[j] = (None, None), typed[i]
                break


def classify_frame(candidate: Candidate) -> tuple[str | None, str | None]:
    """The event one candidate expresses, on its own (without looking at other frames).

    An agentless passive ("a man was arrested in Ruritania", "two guards were injured in the
    raid") names only who suffered the act, never who did it: a typed statement would show
    the victim as the one acting on the place or circumstance that follows, so it carries no
    type (the statement stays; its predicate, "was_arrested_in", says what happened). With
    its agent ("was arrested by police") the frame is the agent's act and keeps its type."""
    if _is_secondary(candidate) or candidate.construct in NO_EVENT_CONSTRUCTS:
        return None, None
    if _patient_only(candidate) or directed(candidate.verb) or _governed_complement(candidate):
        return None, None
    if _took_to_do(candidate.verb):
        return None, None  # "took to Twitter to thank Russia": the thanking frame carries it
    if _suffered_state(candidate) or _aimed_at(candidate) or _result_as_object(candidate):
        return None, None
    with keys.recording() as notes:
        code = _frame_code(candidate)
    if code is None or plover_category(code) is None:
        return None, None
    if evidence.bare_without_target(notes, code, candidate):
        return None, None
    if why_not(candidate, code) is not None or _made_of_no_event(candidate, code):
        return None, None
    if _denied_not_refused(candidate, code):
        return None, None
    if political_reason(candidate, plover_category(code)) is not None:
        return None, None
    if contest_reason(candidate) is not None:
        return None, None  # a game: "Ruritania beat Freedonia by five wickets"
    if force_reason(candidate, code) is not None:
        return None, None  # "sent tanks to the town", "disarmed the rival groups"
    code = procedure_code(candidate, code)  # "voted to ban ...", "emerged as", "the court blocked"
    if code is None:
        return None, None
    code = _missile_test(candidate, _show_of_force(candidate, by_perpetrator(candidate, code)))
    if _purpose_of_an_act_not_done(candidate):
        return None, None  # "did not travel to Moscow [to meet Putin]"
    spoken = _words_offered(candidate, code)
    return plover_category(spoken), spoken


#: Verbs of offering, and the words one offers with them, coded by what the words are (CAMEO:
#: "offer / extend / express condolences" 018, "issue an apology" 055, "extend congratulations"
#: 051, "extend thanks" 050, "offered effusive praise" 051); an explanation, a view or an
#: account offered is no event.
OFFERING_LEMMAS = frozenset({"offer", "extend", "send", "convey"})
WORDS_OFFERED = {
    "condolence": "018",
    "condolences": "018",
    "sympathy": "018",
    "regret": "018",
    "apology": "055",
    "apologies": "055",
    "congratulation": "051",
    "congratulations": "051",
    "gratitude": "051",
    "thanks": "050",
    "praise": "051",
    "tribute": "051",
}
NO_EVENT_WORDS = frozenset(
    "explanation explanations account view views opinion assessment comment comments insight "
    "glimpse reason reasons excuse excuses theory analysis perspective".split()
)
#: Root of an intent or an offer (030 "offer", 033 "offer aid").
OFFER_ROOT = "03"


def _words_offered(candidate: Candidate, code: str) -> str | None:
    """An offer (03x) whose verb's direct object is words, not an act: condolences, an
    apology, thanks are the words' own code (SUPPORT: "offered condolences to Erdogan over the
    deaths", "offered an apology to the British government"); an explanation or a view offered
    is no event ("offered two explanations for that claim"). Any other offer is returned as is."""
    verb = candidate.verb
    if root(code) != OFFER_ROOT or lemma_of(verb) not in OFFERING_LEMMAS:
        return code
    offered = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"]
    if not offered:
        return code
    word = offered[0].lower_
    if word in NO_EVENT_WORDS or offered[0].lemma_.lower() in NO_EVENT_WORDS:
        return None
    return WORDS_OFFERED.get(word, WORDS_OFFERED.get(offered[0].lemma_.lower(), code))


def _purpose_of_an_act_not_done(candidate: Candidate) -> bool:
    """The frame's verb is the purpose of a negated act ("did not travel to Moscow *to meet*
    Putin", "never met with any officials *to discuss* the campaign"): the act was not done, so
    neither was what it was done for. (A governed complement, "did not agree to meet", is
    typed on its governor's frame.)"""
    verb = candidate.verb
    if candidate.construct not in VERB_CONSTRUCTS or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    head = verb.head
    return head.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in head.children)


def _governed_complement(candidate: Candidate) -> bool:
    """The frame's verb is the open complement of a verb with no object of its own ("is
    preparing [to deliver]", "have [to ask for]", "was captured [fighting alongside]"), other
    than one of aspect or attempt ("started [arresting]", "tried [to blow up]"), one that
    passes its complement on (rules.TRANSPARENT_LEMMAS: "tends [to support]") or one of stating
    intent ("offered [to hand over X to Y]": the offer, typed with its target): the act is
    only what the governor says of it (planned, obliged, the circumstance of another act), so
    the governor's own frame carries the event if any. Judged typed statements on such frames
    were wrong more often than right (dev J6/J8/J10). An adjective of stance ("is willing [to
    withdraw]") and a governor with an object ("helped Iraq [to train]", "used tear gas [to
    disperse]": the object's act, or the purpose of an act done) keep theirs."""
    verb = candidate.verb
    if candidate.construct not in VERB_CONSTRUCTS or verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return False
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("dobj", "obj", "dative") for c in head.children):
        return False
    governor = lemma_of(head)
    # the governors of aspect and attempt are among rules.TRANSPARENT_LEMMAS: what one starts,
    # continues or resumes doing is done, and an attempted act is coded as the act
    passed_on = TRANSPARENT_LEMMAS | STATING_INTENT_LEMMAS
    if _took_to_do(head):
        return False  # "took to Twitter [to thank Russia]": the thanks are given
    return governor not in passed_on and head.lower_ not in passed_on


#: Where one takes to in order to protest: the streets ("took to the streets", CAMEO 141).
PROTEST_GROUND_NOUNS = frozenset({"street", "streets"})


def _took_to_do(verb: Token) -> bool:
    """ "Took to Twitter / the airwaves / the stage [to thank / criticise X]": "take to" a medium
    or a place says where one acts; the act is the infinitive's, aimed at its own object, not at
    the medium. Taking to the streets is a protest of its own (141)."""
    if lemma_of(verb) != "take":
        return False
    to = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    places = [p for c in to for p in c.children if p.dep_ == "pobj"]
    if not places or any(p.lemma_.lower() in PROTEST_GROUND_NOUNS for p in places):
        return False
    return any(
        c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
        for c in verb.children
    )


def _aimed_at(candidate: Candidate) -> bool:
    """The frame's verb is the aim of a thing demanded ("demanded a police force *to guard*
    them and *stop* the raids"): only sought, and by the demanders of someone else; the event
    is the demand, typed on its own frame. (An infinitive of the subject's own purpose, "sent
    inspectors to monitor the plant", keeps its type: coders type the aim there.)"""
    return candidate.construct in VERB_CONSTRUCTS and demanded_noun(candidate.verb) is not None


def _result_as_object(candidate: Candidate) -> bool:
    """The frame's object is the state the act leaves its object in ("shot *dead* eight
    militants", "declared *illegal*"): an adjective, no one acted on. The frame with the real
    object ("shot | eight militants") carries the event."""
    obj = candidate.object
    return obj is not None and obj.root.dep_ == "oprd" and obj.root.pos_ == "ADJ"


def _suffered_state(candidate: Candidate) -> bool:
    """ "X is under investigation / attack / pressure": the subject is who the act is aimed at,
    and no one is named doing it."""
    return lemma_of(candidate.verb) == "be" and _relation_particle(candidate) == "under"


def _made_of_no_event(candidate: Candidate, code: str) -> bool:
    """The future or a negation made the frame's code of its act: an intent ("will debate the
    proposal", "would overtake Teva": AGREE, THREATEN) or a refusal ("did not return to
    Blackpool", "did not share the optimism": REJECT). When the act itself, were it done, is
    no event between these actors, neither is the intent to do it nor the failure to.
    Intents and refusals a verb states ("pledged to send troops", "refused to publish") are
    not made so and keep their type."""
    if root(code) not in MADE_ROOTS:
        return False
    if root(code) in INTENT_ROOTS and _spoken(candidate, _own_code(candidate)):
        return True
    if root(code) in INTENT_ROOTS and _unstated_intent(candidate):
        return True
    act = _frame_code(candidate, intend=False, deny=False)
    if act is None or act == code:
        return False
    return plover_category(act) is None or why_not(candidate, act, as_done=True) is not None


#: Roots of a refusal (12) and of a consultation (04).
REFUSAL_ROOT, CONSULT_ROOT = "12", "04"
#: Auxiliaries of the past ("did not meet", "had not met").
PAST_AUX = frozenset({"did", "had"})


def _denied_not_refused(candidate: Candidate, code: str) -> bool:
    """A negation made the frame a refusal (12), but what it says is that something has not
    happened, not that anyone refused it: "had not yet provided them to Congress" (not yet
    done), "said he did not discuss the campaign with the ambassador" (a meeting denied, told
    in the past; "will not meet" and "refused to meet" stay refusals)."""
    verb = _negated_verb(candidate)
    if verb is None or root(code) != REFUSAL_ROOT:
        return False
    if any(c.lower_ == "yet" and c.dep_ == "advmod" for c in verb.children):
        return True
    if _unable(verb):
        return True  # "is unable to provide support": it cannot, it does not refuse
    act = verb_code(lemma_of(verb)) or _light_object_code(verb)
    if act is None or root(act) != CONSULT_ROOT:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    past = bool(auxes & PAST_AUX) or verb.tag_ == "VBD"
    if act == PHONE_CALL and auxes & PERFECT_AUX:
        past = True  # "haven't made a phone call to Russia in years": a call denied
    return past and not auxes & MODAL_AUXILIARIES


#: A telephone call (041), and the auxiliaries of the present perfect ("has not made a call").
PHONE_CALL, PERFECT_AUX = "041", frozenset({"have", "has", "'ve"})


def _light_object_code(verb: Token) -> str | None:
    """A phone call a light verb takes as object ("made a call to"); other event nouns are left
    as they were ("did not join the negotiations" stays a refusal)."""
    if lemma_of(verb) not in LIGHT_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    code = event_noun_code(obj) if obj is not None and obj.pos_ == "NOUN" else None
    return code if code == PHONE_CALL else None


def _negated_verb(candidate: Candidate) -> Token | None:
    """The negated verb the frame's event is: its own, or the reported clause's ("repeated
    that he did not discuss ...")."""
    if candidate.negated:
        return candidate.verb
    clause = candidate.object.root if candidate.object is not None else None
    if candidate.construct != "ccomp" or clause is None:
        return None
    return clause if any(c.dep_ == "neg" for c in clause.children) else None


#: Adjectives that deny the subject's ability ("is unable / incapable / powerless to help"),
#: and the one whose negation does ("was not able to meet").
INABILITY_ADJECTIVES, ABILITY_ADJECTIVE = frozenset({"unable", "incapable", "powerless"}), "able"


def _unable(verb: Token) -> bool:
    """The act is the complement of an adjective of inability ("is unable to provide support",
    "was not able to meet the king"): what it says is that the subject could not do it, not
    that it refused to (a refusal is a choice: "refused to / would not provide")."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.pos_ != "ADJ":
        return False
    if head.lower_ in INABILITY_ADJECTIVES:
        return True
    copula = head.head if head.dep_ == "acomp" else head
    return head.lower_ == ABILITY_ADJECTIVE and any(
        c.dep_ == "neg" for c in (*head.children, *copula.children)
    )


#: Roots a code may be made into by the future or a negation: intent to cooperate (03),
#: rejection (12), threat (13).
MADE_ROOTS = frozenset({"03", "12", "13"})
#: Acts done in words: praise or endorsement (051) and criticism (11), and an attack in words.
SPOKEN_CODES, SPOKEN_ROOTS = frozenset({"051"}), frozenset({"11"})


def _unstated_intent(candidate: Candidate) -> bool:
    """A plan made the frame an intent (03x AGREE, 13x THREATEN), but no one states it: no verb
    of promising, offering, agreeing, vowing or threatening governs the act, no stance of the
    subject ("is willing to"), and no one is reported saying it ("Ruritania is preparing to
    deliver fuel to Freedonia", "Freedonia plans to impose sanctions on Ruritania"). An intent
    is an event when an actor expresses it to others; an account of plans is none. "Said it
    plans to send troops", "promised to send troops" and "'We are preparing to send troops,'
    he said" stay intents."""
    verb = candidate.verb
    if candidate.construct not in VERB_CONSTRUCTS or verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    if lemma_of(verb) in REPORTING_LEMMAS:
        return False  # "said he is ready to meet X": the saying states it
    own = _own_code(candidate)
    if own is not None and root(own) in INTENT_ROOTS:
        return False  # "threatened", "approved a plan": the words are the intent
    obj = candidate.object.root if candidate.object is not None else None
    if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
        noun = event_noun_code(obj)
        if noun is not None and root(noun) in INTENT_ROOTS:
            return False  # "made commitments", "issued a threat": a noun of stated intent
    return unstated_intent(verb) and not announced(candidate) and not _said_after(verb)


def _said_after(verb: Token) -> bool:
    """A reporting verb after the act hangs on it or on a verb above it: the attribution that
    follows a clause ("X will send aid to Y, *the ministry said*"), which the parser makes a
    dependent of the clause's verb."""
    token = verb
    for _ in range(6):
        if any(c.i > verb.i and lemma_of(c) in REPORTING_LEMMAS for c in token.children):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _own_code(candidate: Candidate) -> str | None:
    """The code the tables give the frame's own verb, with its particle and object ("hail"
    in "promised to hail Labour's record"), whatever governs it."""
    if candidate.construct not in VERB_CONSTRUCTS or candidate.verb.pos_ not in ("VERB", "AUX"):
        return None
    clause = candidate.object.root if candidate.object is not None else None
    if clause is not None and clause.pos_ == "VERB" and clause.dep_ == "xcomp":
        inner = next((c.lemma_.lower() for c in clause.children if c.dep_ in ("dobj", "obj")), None)
        return verb_code(lemma_of(clause), particle_of(clause), inner)  # "promised [to hail X]"
    obj = clause.lemma_.lower() if clause is not None else None
    return verb_code(lemma_of(candidate.verb), _relation_particle(candidate), obj)


def _spoken(candidate: Candidate, act: str | None) -> bool:
    """The act is one of words: praise ("will hail Labour's record", "would welcome the
    migrants"), criticism, or an attack by a speaker on no armed actor and no built or natural
    object ("will attack the Lib Dems for ..."). Announcing what one will say, or promising to
    say it, is no intent to cooperate nor a threat (CAMEO codes an intent of acts, and PLOVER
    none of words): the statement stays untyped. A threat of force stays ("vowed to attack
    their bases")."""
    if act is None:
        return False
    if act in SPOKEN_CODES or root(act) in SPOKEN_ROOTS:
        return True
    if root(act) != FIGHT_ROOT or not verbal_attack(candidate):
        return False
    obj = candidate.object
    return obj is None or evidence.thing_class(obj.root.lemma_) not in evidence.MATERIAL_TARGET_CLASSES


def _frame_code(candidate: Candidate, intend: bool = True, deny: bool = True) -> str | None:
    """The CAMEO code of the frame's verb or event noun, with negation and the future (without
    ``intend`` and ``deny``: the act itself)."""
    verb = candidate.verb
    lemma = lemma_of(verb)
    negated = deny and bool(candidate.negated)
    future = intend and (candidate.modality or "").lower() in FUTURE_AUX
    if candidate.construct == "nominal" or verb.pos_ in ("NOUN", "PROPN"):
        code = None if restated_noun(verb) else event_noun_code(verb)
        if code is not None and negated:
            code = None if root(code) not in COOPERATIVE_ROOTS else "120"
    elif lemma in REPORTING_LEMMAS and not _has_event_object(candidate) and not _own_sense(candidate):
        code = reported_code(verb, candidate.subject.text, negated)
    elif lemma in NON_EVENT_LEMMAS and _relation_particle(candidate) is None:
        acomp = any(c.dep_ == "acomp" and _stance(c) for c in verb.children)
        code = chain_code(verb, negated=negated, deny=deny) if acomp else None
    else:
        obj = candidate.object.root if candidate.object is not None else None
        particle = _relation_particle(candidate)
        code = chain_code(verb, negated=negated, particle=particle, obj=obj, intend=intend, deny=deny)
    if code is not None and future and root(code) in COOPERATIVE_ROOTS | CONFLICT_ROOTS:
        code = future_code(code, lemma)
    return code


def _stance(adjective: Token) -> bool:
    """An adjective of the subject's stance toward an act ("is willing / ready / unable /
    reluctant / committed to"): the act it governs is the subject's intent or refusal. Any
    other adjective says how near or open the subject is to an act ("is close to agreeing",
    "was open to providing", "is due to meet"), which is no event."""
    return lemma_of(adjective) in ACT_CARRYING_ADJECTIVES or adjective.lower_ in ACT_CARRYING_ADJECTIVES


#: Adjectives that carry the act they govern: the stances of intent and refusal
#: (rules.STANCE_LEMMAS, assertion.STANCE_ADJECTIVES: "is committed / happy to"), ability, and
#: having done the act ("are guilty of violating the ceasefire", "is responsible for"); not
#: likelihood or aspect ("is likely to attack" is a forecast), nor desire (assertion.DESIRE_ADJECTIVES:
#: "is keen to find partners" is a wish).
ACT_CARRYING_ADJECTIVES = (
    STANCE_LEMMAS - TRANSPARENT_LEMMAS | STANCE_ADJECTIVES | frozenset({"committed", "guilty", "responsible"})
) - DESIRE_ADJECTIVES


#: 062: military cooperation (joint exercises); 150: a show of military power.
JOINT_EXERCISES, SHOW_OF_FORCE = "062", "150"
_TOGETHER_WORDS = frozenset({"joint", "combined", "together", "with", "alongside"})


#: Verbs and objects of a missile launch, the prepositions of what it is aimed at, and the
#: waters a test lands in ("fired a missile into the sea" aims at no one).
LAUNCH_LEMMAS = frozenset({"launch", "fire", "test", "test-fire"})
MISSILE_NOUNS = frozenset({"missile", "missiles"})
AIMING_PREPOSITIONS = frozenset({"at", "on", "against", "toward", "towards", "into"})
WATER_NOUNS = frozenset({"sea", "water", "waters", "ocean"})


def _missile_test(candidate: Candidate, code: str) -> str:
    """A missile a state launches at no one is a show of military power (150, MOBILIZE:
    "launched a ballistic missile from a site near the coast"), not a fight; one launched at or
    into a place or actor, or by armed forces, stays an attack ("fired missiles at the rebels'
    bases", "NATO forces launched 3,000 cruise missiles")."""
    obj = candidate.object.root if candidate.object is not None else None
    if root(code) != FIGHT_ROOT or obj is None or obj.lemma_.lower() not in MISSILE_NOUNS:
        return code
    if lemma_of(candidate.verb) not in LAUNCH_LEMMAS or candidate.subject.root.ent_type_ != "GPE":
        return code  # a state tests missiles; forces at war launch them ("NATO forces launched ...")
    for prep in (c for c in (*candidate.verb.children, *obj.children) if c.dep_ == "prep"):
        aimed = prep.lower_ in AIMING_PREPOSITIONS
        aims = [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]
        if aimed and any(o.lemma_.lower() not in WATER_NOUNS for o in aims):
            return code  # "at the rebels' bases", "into Iraq" ("on Sunday" is a time)
    return SHOW_OF_FORCE


def _show_of_force(candidate: Candidate, code: str) -> str:
    """Military exercises are cooperation when held together ("joint exercises", "Jordan and
    Britain", "with Egypt"), a show of force when one army holds them (CAMEO 150, MOBILIZE)."""
    if code != JOINT_EXERCISES:
        return code
    spans = [candidate.subject, candidate.object] if candidate.object is not None else [candidate.subject]
    words = {t.lower_ for span in spans for t in span.root.subtree} | {
        c.lower_ for c in candidate.verb.children
    }
    conjoined = any(t.dep_ == "conj" for t in candidate.subject.root.subtree)
    return code if conjoined or words & _TOGETHER_WORDS else SHOW_OF_FORCE


_FrameKey = tuple[int, int, str, int, int]


def _frame_key(candidate: Candidate) -> _FrameKey:
    obj = candidate.object
    return (
        candidate.subject.start,
        candidate.subject.end,
        candidate.predicate,
        obj.start if obj is not None else -1,
        obj.end if obj is not None else -1,
    )


def _restated_frames(sentence: Span) -> frozenset[_FrameKey]:
    """Keys of the sentence's verb frames that restate an event (the pipeline types whole
    documents with :func:`classify_all` instead; this serves one candidate at a time)."""
    from graphbuilder.extract.frames import verb_frames

    frames = list(verb_frames(sentence))
    typed = [classify_frame(f)[0] is not None for f in frames]
    return frozenset(_frame_key(frames[i]) for i in secondary(frames, typed))


def _patient_only(candidate: Candidate) -> bool:
    """A passive without an agent whose subject is acted on ("24 people were killed in riots",
    "Atahualpa was murdered on the orders of Pizarro"), or is told to act ("was forced to
    deny", "were urged to leave"): the statement names no actor of the event, and its object
    is a place, a time or a circumstance, never the target. Participles of stance and light
    verbs keep their subject as the actor ("is committed to opening", "were engaged in")."""
    if candidate.construct != "passive" or any(t.dep_ == "agent" for t in candidate.relation):
        return False
    verb = candidate.verb
    lemma = lemma_of(verb)
    if lemma in DIRECTIVE_LEMMAS:
        return True
    stance = lemma in INTENT_LEMMAS or verb.lower_ in INTENT_LEMMAS or lemma in LIGHT_VERBS
    return not stance and complement_of(verb) is None


def _relation_particle(candidate: Candidate) -> str | None:
    """The particle or preposition of the relation ("appealed *to*", "lay *down*")."""
    for token in candidate.relation:
        if token.i != candidate.verb.i and token.dep_ in _RELATION_PARTICLE_DEPS:
            return token.lower_
    parts = candidate.predicate.split("_")
    return (
        parts[-1]
        if len(parts) > 1
        and parts[-1]
        in {"to", "for", "on", "with", "off", "out", "down", "up", "over", "at", "against", "from"}
        else None
    )


def _own_sense(candidate: Candidate) -> bool:
    """A reporting verb in a sense of its own, keyed with its object in the tables ("recalled
    its ambassador", "observed the ceasefire"): no clause, a noun object."""
    verb, obj = candidate.verb, candidate.object
    if obj is None or obj.root.pos_ not in ("NOUN", "PROPN") or obj.root.head.i != verb.i:
        return False
    return verb_code(lemma_of(verb), None, obj.root.lemma_.lower()) not in (None, verb_code(lemma_of(verb)))


def _has_event_object(candidate: Candidate) -> bool:
    obj = candidate.object
    return obj is not None and obj.root.pos_ in ("NOUN", "PROPN") and event_noun_code(obj.root) is not None


def _is_secondary(candidate: Candidate) -> bool:
    """A prepositional variant of a frame that has a direct object ("staged rallies *in* the
    Gaza Strip" beside "staged rallies"): the event is typed once, on the frame whose object
    names an actor, else on the main frame."""
    if candidate.construct != "prep" or candidate.object is None:
        return False
    direct = [c for c in candidate.verb.children if c.dep_ in ("dobj", "obj")]
    if not direct:
        return False
    direct_has_actor = any(_names_actor(t) for d in direct for t in d.subtree)
    return direct_has_actor or not any(_names_actor(t) for t in candidate.object)


def _names_actor(token: Token) -> bool:
    return token.ent_type_ in ACTOR_ENTITY_TYPES

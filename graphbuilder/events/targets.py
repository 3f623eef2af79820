"""Whom an event is aimed at: a typed frame needs a second actor.

CAMEO and PLOVER code interactions between two actors (the CAMEO coders code a sentence only
when they find a source *and* a target actor), so a verb frame is an event only when it
names whom the act is aimed at, as well as who acts (:mod:`graphbuilder.events.assertion`):

* an actor heads the object ("accused *the government*"), marks it ("rejected *an Indian*
  proposal", "backed *the government's* plans"), or is its noun's own argument ("further
  action *against Russia*", "its withdrawal *from Gaza*");
* an actor is the object of one of the verb's prepositions ("agreed *with the IMF*",
  "handed over medicine *to the Red Crescent*") or its indirect object;
* the object is a clause that names an actor other than its subject ("threatened to ban
  voting *in East Jerusalem*"); a reporting verb's event is its clause's, so its target is
  there too, never the one told ("told *Reuters* ...");
* the actors act on each other ("Jordan and Britain agreed", "the two sides met").

Without one, a few kinds of event still stand: protests (the protesters need no addressee),
demands and appeals for an action ("called for an apology"), criticism of a thing
("condemned the move"), refusals to act ("refused to attend"), and stances on a policy or
a demand ("welcomed the plan", "accepted the demands"). Everything else (raising rates,
providing a billion pounds, fighting a campaign, approving a bill) is no event between
actors: its statement stays, untyped.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuilder.events.actors import CIVILIAN_SECTORS, agent_sector, sector
from graphbuilder.events.political import POLITICAL_BODY_NOUNS, counts_as_actor
from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.labels import (
    ACL_DEPS,
    AGENT_DEPS,
    APPOS_DEPS,
    CLAUSE_DEPS,
    COMPOUND_DEPS,
    CONJ_DEPS,
    CONTROL_DEPS,
    DATIVE_DEPS,
    DET_DEPS,
    NOUN_POBJ_DEPS,
    PASSIVE_SUBJ_DEPS,
    POSS_DEPS,
    PREP_DEPS,
    RELCL_DEPS,
    SUBJ_DEPS,
    VERB_POS,
)
from graphbuilder.nlp.lemmas import lemma as lemma_of

#: Entity labels of actors that may be an event's target.
TARGET_ENTITY_TYPES = frozenset({"PERSON", "NORP", "ORG", "GPE"})
#: Entity labels of times, amounts and works, never actors ("on *Tuesday*").
NON_ACTOR_ENTITY_TYPES = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "WORK_OF_ART", "LAW"}
)
#: Object pronouns that stand for an actor ("it" is mostly a thing: "ratified it").
ACTOR_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})
#: Common nouns of places: what an act may be aimed at, never who acts or suffers in person.
PLACE_NOUNS = frozenset(
    "city town village capital district region province area enclave border territory island "
    "market camp base port airport embassy consulate settlement neighbourhood neighborhood".split()
)
#: Common nouns of places and of people sent by an actor: what an act may be aimed at when
#: no actor is named ("lifted the siege of the town", "a bomb in a crowded market", "the
#: return of the inspectors").
TARGET_NOUNS = PLACE_NOUNS | frozenset(
    "inspector observer monitor envoy diplomat delegate negotiator mediator peacekeeper".split()
)
#: Entity labels of places that are no polity: buildings, sites, land and water.
PLACE_ENTITY_TYPES = frozenset({"FAC", "LOC"})
#: Bodies of a government the agent dictionary lacks: asked or told to act, they are actors
#: ("demanded all government departments make savings").
GOVERNMENT_BODY_NOUNS = frozenset({"department", "ministry", "directorate", "cabinet"})
#: Categories of cooperation: they need a partner even when a noun names the event ("held
#: their last meeting" is no consultation with anyone).
PARTNER_CATEGORIES = frozenset({"CONSULT", "COOPERATE", "AGREE", "AID", "SUPPORT"})
#: Categories an actor may direct at no one in particular (mobilising its own forces needs
#: forces, below).
UNADDRESSED_CATEGORIES = frozenset({"PROTEST"})
#: Categories in which actors may act on each other ("Jordan and Britain agreed", "the two
#: sides fought"); one does not accuse or blame "each other" by being conjoined.
RECIPROCAL_CATEGORIES = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "FIGHT", "REJECT"})
#: Verbs of warning, CAMEO 130 by themselves: a threat only when an actor is warned ("warned
#: Iran"); warning that profits may fall, or of dangers, threatens no one.
WARNING_VERBS = frozenset({"warn", "caution"})
WARNING = "130"
#: Entity labels of states, which mobilise by themselves.
STATE_ENTITY_TYPES = frozenset({"GPE", "NORP"})
#: Sectors of forces that can be mobilised.
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "INS", "UAF", "ARM"})
#: Categories about an action asked for: the one asked is often left implicit.
DIRECTIVE_CATEGORIES = frozenset({"DEMAND", "REQUEST"})
#: Verbs of asking and demanding, the sense a directive category needs.
DIRECTIVE_VERBS = frozenset(
    "demand urge ask appeal call request press insist plead beg push lobby petition".split()
)
#: Categories of a stance that may be taken on a policy, not only on an actor.
STANCE_CATEGORIES = frozenset({"DISAPPROVE", "REJECT", "SUPPORT"})
#: CAMEO 111: criticising or denouncing; anything can be criticised.
CRITICISM = "111"
#: Verbs of refusing to act ("refused to attend"): the refusal stands without a target.
REFUSING_VERBS = frozenset("refuse decline reject oppose resist deny unwilling reluctant".split())
#: Nouns of what is said: denying or rejecting one is no refusal to act.
CLAIM_NOUNS = frozenset(
    "claim allegation accusation charge report suggestion rumour rumor story figure research "
    "fear concern criticism speculation idea view accusation".split()
)
#: Nouns of policies, proposals and demands: what a stance may be taken on.
POLICY_NOUNS = frozenset(
    "plan proposal policy measure move decision idea bill law legislation reform ban scheme "
    "strategy initiative call demand offer deal agreement treaty accord package stance position "
    "approach action step ruling verdict request appeal order "
    "proposition programme program campaign amendment motion resolution sanction embargo "
    "war invasion occupation intervention".split()
)
#: Nouns of what is conceded: demands, terms, a verdict, defeat ("approved the bill" concedes
#: nothing; a legislature's routine is no event).
CONCESSION_NOUNS = frozenset(
    "demand call condition term ruling verdict defeat request pressure ultimatum claim".split()
)
_OBJECT_DEPS = frozenset({"dobj", "obj"})
_COMPLEMENT_DEPS = frozenset({"xcomp", "advcl"})
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
_MARKER_DEPS = POSS_DEPS | COMPOUND_DEPS | frozenset({"amod", "nmod"})
_ARGUMENT_DEPS = PREP_DEPS | AGENT_DEPS
_SUBJECT_DEPS = SUBJ_DEPS | PASSIVE_SUBJ_DEPS
#: Sectors that make a clause's inner noun a target (civilians inside a clause are mostly
#: the topic, "taxpayers would get full benefit", not the one acted on).
_CLAUSE_TARGET_EXCLUDED = CIVILIAN_SECTORS | {"PRON", "BOMB"}


#: Categories of violence: only those who can bear arms commit them ("the company fought
#: two lawsuits", "the party attacked the Commission" are no fights).
VIOLENT_CATEGORIES = frozenset({"ASSAULT", "FIGHT"})
#: Actor-code prefixes of businesses in the gazetteer (multinationals).
BUSINESS_CODES = ("MNC", "BUS")


def violent_actor_reason(candidate: Candidate, category: str) -> str | None:
    """Why the subject cannot commit violence: an organisation the gazetteer does not know
    as a state, armed group or international body (a company, a party, a regulator), or a
    business it knows. People, states, armed actors and pronouns can."""
    if category not in VIOLENT_CATEGORIES or candidate.construct == "nominal":
        return None
    head = candidate.subject.root
    if head.ent_type_ != "ORG" or agent_sector((head.text,)) in FORCE_SECTORS:
        return None  # "Guerrillas" tagged as an organisation are still guerrillas
    from graphbuilder.resolve.gazetteer import load_gazetteer

    ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    words = [t.text for t in ent] if ent is not None else [head.text]
    actor = load_gazetteer().actor(words)
    code = actor.periods[0].code if actor is not None and actor.periods else ""
    if actor is None or code.startswith(BUSINESS_CODES):
        return "no armed actor"
    return None


def generic_verb_reason(candidate: Candidate, code: str) -> str | None:
    """A verb the CAMEO dictionary lists alone with only its category's root code ("combine"
    060, "manage" 060, "risk" 130, "encounter" 040), which the project's hand table does not
    confirm: one word with no sense evidence is no event. The verb that gives the frame its
    code is looked at: the frame's own, the clause a reporting verb carries ("said he was
    encountering a problem") or the complement a governor passes on ("need to expand")."""
    verb = candidate.verb
    if candidate.construct == "nominal" or verb.pos_ not in VERB_POS or _event_named(candidate):
        return None
    for token in _code_sources(verb):
        base = _generic_code(token)
        if base is not None and base[:2] == code[:2]:
            return "a generic verb"
    return None


def _code_sources(verb: Token) -> list[Token]:
    """The frame's verb, the clause a reporting verb reports, and the open complements below."""
    from graphbuilder.events.rules import complement_of

    sources = [verb]
    clause = reported_clause(verb)
    token: Token | None = clause if clause is not None else verb
    if clause is not None:
        sources.append(clause)
    for _ in range(5):
        token = complement_of(token) if token is not None else None
        if token is None or token.pos_ not in VERB_POS:
            break
        sources.append(token)
    return sources


def _generic_code(token: Token) -> str | None:
    """The root code the derived table alone gives ``token``'s verb (no hand-table key)."""
    from graphbuilder.events.lexicon import derived_verb_table, hand_verb_table
    from graphbuilder.events.rules import particle_of

    lemma, particle = lemma_of(token), particle_of(token)
    keys = [f"{lemma}_{particle}", lemma] if particle else [lemma]
    if any(k in hand_verb_table() for k in keys):
        return None
    derived = next((derived_verb_table()[k] for k in keys if k in derived_verb_table()), None)
    return derived if derived is not None and len(derived) == 3 and derived.endswith("0") else None


def target_reason(candidate: Candidate, code: str, category: str) -> str | None:
    """Why ``candidate`` typed ``category`` (CAMEO ``code``) lacks the target an event
    needs, or None."""
    if _economic_market(candidate.object):
        return "a market as target"  # "intervened in the currency markets"
    if candidate.construct == "nominal":
        return None
    if category in FORCEFUL_CATEGORIES and _economy_as_target(candidate):
        return "an economy as target"  # "determined to beat the Asian tiger economies"
    if category in FORCEFUL_CATEGORIES and _economic_harm(candidate):
        return "economic harm"  # "saying they would hurt companies"
    if _told_someone(candidate):
        return "a report to someone"  # "told the BBC [the party must win]": the clause's frame
    found = _not_the_target(candidate, category)
    if found is not None:
        return found
    permits = lemma_of(candidate.verb) in PERMITTING_VERBS
    if category == "CONCEDE" and permits and not _actor_allowed(candidate):
        return "a thing allowed"  # "changed the law to allow Islamic banking"
    if lemma_of(candidate.verb) in ORDERING_VERBS and not _order_names_actor(candidate):
        return "an order of a thing"  # "ordered a thorough investigation", "ordered a halt"
    if category in UNADDRESSED_CATEGORIES:
        return None
    if lemma_of(candidate.verb) in WARNING_VERBS and code == WARNING:
        if _warns_about(candidate):
            return "a caution about a risk"  # "warned Mr Blair about the dangers of disunity"
        return None if _warns_an_actor(candidate) else "a warning of what may happen"
    if category == "MOBILIZE":
        return None if _forces_named(candidate) else "nothing mobilised"
    if has_target(candidate, reciprocal=category in RECIPROCAL_CATEGORIES):
        return None
    return None if _stands_without_target(candidate, code, category) else "no target actor"


def _not_the_target(candidate: Candidate, category: str) -> str | None:
    """The frame's object is something other than whom the act is aimed at: where it happens,
    or what one is blamed or praised for."""
    if category not in SETTING_CATEGORIES and _a_setting(candidate):
        return "a setting, not the target"  # "clashed in Geneva", "fought in the mountains"
    if category in STANCE_ON_ACTS_CATEGORIES and _names_the_charge(candidate):
        return "the charge, not the target"  # "which G7 nations blamed for a surge in exports"
    return None


#: Prepositions of a setting: where or amid what an act happens ("clashed *in* Geneva", "fought
#: *in* the mountains", "were killed *in* a series of attacks", "detained *in* Crimea"). The
#: object of one is the place, time or circumstance of the act, never whom it is aimed at, so a
#: frame of the verb with one carries no type (a frame with the verb's own object may).
SETTING_PREPOSITIONS = frozenset(
    {"in", "inside", "within", "near", "outside", "during", "throughout", "amid"}
)
#: Categories that need no target and may show where they happen ("demonstrated outside the
#: parliament", "deployed in the region"), and meetings and visits, whose place is the host
#: ("arrived in Amman on a visit", "the two leaders met in Jakarta").
SETTING_CATEGORIES = frozenset({"PROTEST", "MOBILIZE", "CONSULT"})
#: Verbs of taking part: what one is engaged or involved in is the act itself ("were engaged
#: in ethnic cleansing"), named by its event noun.
TAKING_PART_LEMMAS = frozenset({"engage", "involve", "participate", "take"})


def _a_setting(candidate: Candidate) -> bool:
    """The frame's object is the object of a preposition of setting hanging on its verb, and
    not the act one takes part in."""
    from graphbuilder.events.rules import ASPECT_LEMMAS, event_noun_code

    obj = candidate.object
    if obj is None:
        return False
    prep = obj.root.head
    if obj.root.dep_ not in NOUN_POBJ_DEPS or prep.head.i != candidate.verb.i:
        return False
    if prep.lower_ not in SETTING_PREPOSITIONS:
        return False
    if lemma_of(candidate.verb) in ASPECT_LEMMAS:
        return False  # "fighting raged in the north": the subject is the event, typed with its place
    taking_part = lemma_of(candidate.verb) in TAKING_PART_LEMMAS
    return not (taking_part and obj.root.pos_ == "NOUN" and event_noun_code(obj.root) is not None)


#: Categories of blame and praise, and the prepositions that name what one is blamed or praised
#: for: their object is the charge or the merit, never whom the stance is aimed at ("blamed
#: the rate *for* a surge in Chinese exports", "praised him *for* his courage").
STANCE_ON_ACTS_CATEGORIES = frozenset({"DISAPPROVE", "SUPPORT", "ACCUSE"})
CHARGE_PREPOSITIONS = frozenset({"for", "of", "over"})


def _names_the_charge(candidate: Candidate) -> bool:
    """A prepositional frame of a verb with a direct object ("blamed [the rate] for | a surge")
    whose preposition names the charge: the statement would show the charge as the target,
    while the verb's direct object is who (or what) is blamed. A verb without one ("complained
    of US interference") has only this frame, and its object is the stance's target."""
    if candidate.construct != "prep" or candidate.predicate.rsplit("_", 1)[-1] not in CHARGE_PREPOSITIONS:
        return False
    return any(c.dep_ in _OBJECT_DEPS for c in candidate.verb.children)


#: Verbs of permitting: allowing someone to act is a concession only when that one is an
#: actor ("Israel allowed Palestinians to travel"); what no actor is allowed to do ("to allow
#: school sports clubs to provide extra hours") is policy.
PERMITTING_VERBS = frozenset({"allow", "permit", "enable", "let"})


def _actor_allowed(candidate: Candidate) -> bool:
    """Someone is allowed to act ("allowed X to provide ...", "let X cross") and that one, the
    subject of the clause the object heads, is a political actor (no business); or the
    object allows no one in particular, a thing or a practice ("allowed the reopening of the
    crossing", "allowed Kurdish broadcasting": easing a restriction, CAMEO 081)."""
    from graphbuilder.events.business import in_business

    obj = candidate.object
    if obj is None or obj.root.pos_ not in VERB_POS:
        return True
    allowed = [c for c in obj.root.children if c.dep_ in _SUBJECT_DEPS]
    return not allowed or any(_actor_word(a) and _actor_by_itself(a) and not in_business(a) for a in allowed)


def _actor_by_itself(token: Token) -> bool:
    """The word is an actor without its modifiers: "Islamic banking" is a practice a
    nationality marks, "Palestinians" and "refugees" are actors."""
    from graphbuilder.events.actors import agent_sector

    if token.ent_type_ in TARGET_ENTITY_TYPES or token.tag_ == "PRP":
        return True
    if token.lemma_.lower() in TARGET_NOUNS | GOVERNMENT_BODY_NOUNS | POLITICAL_BODY_NOUNS:
        return True
    return agent_sector((token.text,)) is not None or agent_sector((token.lemma_,)) is not None


#: Verbs of ordering: who orders has authority over who carries the order out, so an order
#: is an event between actors only when it names an actor it is given to or aimed at
#: ("ordered troops to withdraw", "ordered the arrest of opposition leaders"); an order of a
#: thing ("ordered a thorough investigation", "ordered a halt to work on the dam", "ordered
#: all contracts to be examined") is an authority's domestic instruction.
ORDERING_VERBS = frozenset({"order", "command", "instruct", "decree"})


def _order_names_actor(candidate: Candidate) -> bool:
    """An actor in the order's object (outside relative clauses, which describe), as its
    indirect object, the object of one of its prepositions (not the source of the report,
    "according to") or the subject of what is ordered ("ordered the talks to resume"); a
    business is none."""
    from graphbuilder.events.business import in_business

    verb = candidate.verb
    heads = [c for c in verb.children if c.dep_ in DATIVE_DEPS]
    heads += [
        p
        for c in verb.children
        if c.dep_ in _ARGUMENT_DEPS and c.lower_ not in SOURCE_PREPOSITIONS
        for p in c.children
        if p.dep_ in NOUN_POBJ_DEPS
    ]
    heads += [
        s
        for c in verb.children
        if c.dep_ in CLAUSE_DEPS | _COMPLEMENT_DEPS
        for s in c.children
        if s.dep_ in _SUBJECT_DEPS
    ]
    if candidate.object is not None:
        described = {t.i for r in candidate.object if r.dep_ in RELCL_DEPS for t in r.subtree}
        heads += [t for t in candidate.object if t.i not in described]
    return any(t.pos_ in _NOMINAL_POS and _actor_word(t) and not in_business(t) for t in heads)


#: Prepositions that name where a report comes from, not whom an act is aimed at.
SOURCE_PREPOSITIONS = frozenset({"according"})


def _warns_about(candidate: Candidate) -> bool:
    """ "warned X *about* Y" tells X of a risk; a threat warns *of* or *against* what the
    speaker will do, or that something will follow."""
    verb = candidate.verb
    warned = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]  # "warned X about" attaches there too
    return any(c.dep_ in PREP_DEPS and c.lower_ == "about" for w in [verb, *warned] for c in w.children)


#: Categories of force: used on an economy or a market they are figures of speech.
FORCEFUL_CATEGORIES = frozenset({"ASSAULT", "FIGHT", "COERCE", "THREATEN"})
#: Nouns of economies and what competes in them: the target of "beat", "fight", "attack"
#: only in a figure of speech ("beat the tiger economies", "fight inflation").
ECONOMY_NOUNS = frozenset(
    "economy economies competition competitor competitors inflation deficit deficits price "
    "prices rate rates unemployment recession exports imports currency".split()
)  # not "market": rebels attack a market place


#: Verbs of harm that news uses of money as often as of bodies: with a business, an economy or
#: a figure as their object they say what costs whom ("would hurt companies", "hit exporters").
HARM_VERBS = frozenset({"hurt", "harm", "damage", "hit", "cripple"})


def _economic_harm(candidate: Candidate) -> bool:
    """The frame's verb, or the clause a reporting verb reports, is a verb of harm whose
    object is a business, an economy or an economic figure."""
    from graphbuilder.events.business import in_business

    verb = candidate.verb
    clause = reported_clause(verb, verbal=True)
    harm = clause if clause is not None else verb
    if lemma_of(harm) not in HARM_VERBS:
        return False
    objects = [c for c in harm.children if c.dep_ in _OBJECT_DEPS]
    return any(in_business(o) or o.lemma_.lower() in ECONOMY_NOUNS for o in objects)


#: Nouns of a market, and the words that make one an economy rather than a market place:
#: a country's or a region's ("the US market", "the European textile market"), the world's,
#: or a market in securities or goods at large ("the stock market", "the housing market").
MARKET_NOUNS = frozenset({"market", "markets"})
ECONOMIC_MARKET_WORDS = frozenset(
    "world global domestic home international foreign overseas european asian african american "
    "stock bond equity equities currency money housing property labour labor commodity "
    "commodities export single".split()
)


def _economic_market(obj: Span | None) -> bool:
    """The object is a market as an economy: a market noun a country's name or nationality,
    a region or a kind of market qualifies ("the US market", "the stock market"), not one in
    a place ("a market in Baghdad", "the Baghdad market" of a city)."""
    if obj is None or obj.root.lemma_.lower() not in MARKET_NOUNS or obj.root.pos_ != "NOUN":
        return False
    head = obj.root
    if any(c.dep_ in PREP_DEPS and c.lower_ in ("in", "at", "near", "outside") for c in head.children):
        return False  # "a market in Baghdad": a place
    words = [c for c in head.children if c.dep_ in _MARKER_DEPS]
    words += [w for c in words for w in c.children if w.dep_ in COMPOUND_DEPS]
    if any(w.lower_ in ECONOMIC_MARKET_WORDS for w in words):
        return True
    # a country's market is its economy when it is "the" one or plural ("the US market", "Asian
    # markets"), a market place when it is one among many ("a Turkish market")
    definite = head.tag_ == "NNS" or any(c.dep_ in DET_DEPS and c.lower_ == "the" for c in head.children)
    return definite and any(_country_word(w) for w in words)


def _country_word(word: Token) -> bool:
    """A nationality ("Chinese"), a country's initials ("US") or a country's own name
    ("Japan"), not a city the gazetteer files under its country ("Baghdad")."""
    from graphbuilder.resolve.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    if word.ent_type_ not in STATE_ENTITY_TYPES or gazetteer.country_code(word.text) is None:
        return False
    if word.ent_type_ == "NORP" or word.text.isupper():
        return True
    actor = gazetteer.actor([word.text])
    return actor is not None and actor.id.replace("_", " ").lower().startswith(word.lower_)


def _economy_as_target(candidate: Candidate) -> bool:
    """The frame's object is an economy, a market or an economic figure."""
    obj = candidate.object
    return obj is not None and obj.root.pos_ == "NOUN" and obj.root.lemma_.lower() in ECONOMY_NOUNS


def _stands_without_target(candidate: Candidate, code: str, category: str) -> bool:
    """The kinds of event that stand without a named target (see the module docstring)."""
    if category in VIOLENT_CATEGORIES and candidate.subject.root.ent_type_ == "PERSON":
        return False  # a named person's fight with no one named: "Mr Glazer took revenge"
    # a request or demand stands alone by a noun of asking ("repeated calls for a pause"), not
    # by a sense the tables key with a thing ("presented a plan", "launched his campaign")
    keyed = category not in DIRECTIVE_CATEGORIES
    if category not in PARTNER_CATEGORIES and _event_named(candidate, keyed=keyed):
        return True  # "lifted the siege", "violated the truce", "fighting raged"
    verb, obj = candidate.verb, candidate.object
    lemma = lemma_of(verb)
    if category in DIRECTIVE_CATEGORIES:
        asked_for = obj is not None and _act_named(obj.root)  # "called for an apology"
        if lemma in DIRECTIVE_VERBS and asked_for or _addressee(verb, obj):
            return True  # "proposed that Ukraine order ...": not "insisted that reform must continue"
    if code.startswith(CRITICISM) and obj is not None and obj.root.pos_ not in VERB_POS:
        return True  # "condemned the move"
    if category == "REJECT" and lemma in REFUSING_VERBS and _refuses_to_act(candidate):
        return True  # "refused to attend", "has refused"
    head = obj.root.lemma_.lower() if obj is not None and obj.root.pos_ in ("NOUN", "PROPN") else None
    if category in STANCE_CATEGORIES and head in POLICY_NOUNS:
        return True  # "welcomed the plan", "opposed the proposals"
    return category == "CONCEDE" and head in CONCESSION_NOUNS  # "accepted the demands"


def _act_named(head: Token) -> bool:
    """What is asked for is named by a noun or a gerund ("an apology", "a slimming down"),
    not stated in a clause ("that reform must continue")."""
    if head.ent_type_ in TARGET_ENTITY_TYPES:
        return False  # a name is the one asked, not what is asked for ("urged Acme Holdings")
    if head.pos_ not in VERB_POS:
        return True
    return head.tag_ == "VBG" and not any(c.dep_ in _SUBJECT_DEPS for c in head.children)


def _told_someone(candidate: Candidate) -> bool:
    """A reporting verb's frame whose object is the one told, beside a reported clause."""
    clause = reported_clause(candidate.verb)
    obj = candidate.object
    return clause is not None and obj is not None and obj.root.i != clause.i and obj.root.pos_ in _NOMINAL_POS


def _warns_an_actor(candidate: Candidate) -> bool:
    """ "warned Iran", "warned any buyer": an actor as the direct object of the warning."""
    return any(c.dep_ in _OBJECT_DEPS and is_actor(c) for c in candidate.verb.children)


def _forces_named(candidate: Candidate) -> bool:
    """Mobilising names forces: an armed subject or object ("troops", "the army"), a state
    that mobilises ("North Korea has trained 500 hackers"), or an event noun ("put its army
    on alert", "a show of force")."""
    spans = [candidate.subject] + ([candidate.object] if candidate.object is not None else [])
    if any(sector(span) in FORCE_SECTORS for span in spans):
        return True
    if candidate.subject.root.ent_type_ in STATE_ENTITY_TYPES:
        return True
    return _event_named(candidate)


def _event_named(candidate: Candidate, keyed: bool = True) -> bool:
    """An event noun, as the frame's object or subject, evidences the sense by itself
    ("lifted *the siege*", "was guilty of violating *the truce*", "*fighting* raged"); with
    ``keyed``, so does an object the tables key the verb with ("laid down *their weapons*")."""
    from graphbuilder.events.rules import event_noun_code

    heads = [candidate.subject.root]
    obj = candidate.object
    if obj is not None:
        heads.append(obj.root)
        if obj.root.pos_ not in _NOMINAL_POS:  # "guilty of violating the truce": inner objects
            heads.extend(t for t in obj if t.dep_ in _OBJECT_DEPS | NOUN_POBJ_DEPS)
    else:
        for c in candidate.verb.children:
            if c.dep_ in _COMPLEMENT_DEPS | {"acomp"}:
                heads.extend(t for t in c.subtree if t.dep_ in _OBJECT_DEPS | NOUN_POBJ_DEPS)
    if any(h.pos_ == "NOUN" and event_noun_code(h) is not None for h in heads):
        return True
    return keyed and _object_keyed(candidate)


def _object_keyed(candidate: Candidate) -> bool:
    """The tables key the verb with this object, a sense of its own ("laid down *their
    weapons*", "recalled *its ambassador*")."""
    from graphbuilder.events.lexicon import verb_code
    from graphbuilder.events.rules import particle_of

    obj = candidate.object
    if obj is None or obj.root.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = candidate.verb
    lemma, particle = lemma_of(verb), particle_of(verb)
    keyed = verb_code(lemma, particle, obj.root.lemma_.lower())
    return keyed is not None and keyed != verb_code(lemma, particle)


def _addressee(verb: Token, obj: Span | None) -> bool:
    """A clause saying what an actor is to do: its subject is the one asked ("proposed that
    *Ukraine* order a surrender", "said *the cabinet* must resign")."""
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
    if obj is not None and obj.root.pos_ in VERB_POS:
        clauses.append(obj.root)
    return any(c.dep_ in _SUBJECT_DEPS and _actor_word(c) for clause in clauses for c in clause.children)


def _refuses_to_act(candidate: Candidate) -> bool:
    """A refusal of an act ("refused to attend") or one without object ("has refused")."""
    obj = candidate.object
    if obj is None:
        return True
    if obj.root.pos_ not in _NOMINAL_POS:
        # "refused to attend"; "denied (that) he was gloating" denies a claim
        return obj.root.dep_ in CONTROL_DEPS or any(c.tag_ == "TO" for c in obj.root.children)
    return obj.root.lemma_.lower() not in CLAIM_NOUNS  # "denied the claims" refuses nothing


def has_target(candidate: Candidate, reciprocal: bool = True) -> bool:
    """The frame names an actor the event is aimed at (see the module docstring);
    ``reciprocal``: conjoined actors may be each other's targets."""
    verb = candidate.verb
    clause = reported_clause(verb)
    if clause is not None:
        return not _told_someone(candidate) and clause_names_target(clause)
    if reciprocal and acting_on_each_other(candidate.subject):
        return True
    obj = candidate.object
    if obj is not None:
        if obj.root.pos_ not in _NOMINAL_POS:
            if clause_names_target(obj.root):
                return True  # "to ban voting in East Jerusalem", "ready to contribute ... in Liberia"
        elif phrase_names_actor(obj.root):
            return True
    if _argument_names_actor(verb):
        return True
    # a purpose or complement shares its governor's setting ("dispatched inspectors to Iran
    # to monitor work at the plant")
    return verb.dep_ in _COMPLEMENT_DEPS and _argument_names_actor(verb.head)


def reported_clause(verb: Token, *, verbal: bool = False) -> Token | None:
    """The clause a reporting verb reports (the first clausal child; with ``verbal``, the
    first one headed by a verb), or None for any other verb."""
    from graphbuilder.events.rules import REPORTING_LEMMAS

    if lemma_of(verb) not in REPORTING_LEMMAS:
        return None
    return next(
        (c for c in verb.children if c.dep_ in CLAUSE_DEPS and (not verbal or c.pos_ in VERB_POS)), None
    )


def _argument_names_actor(verb: Token) -> bool:
    """An actor as the verb's indirect object or the object of one of its prepositions."""
    for child in verb.children:
        if child.dep_ in DATIVE_DEPS and phrase_names_actor(child):
            return True
        if child.dep_ in _ARGUMENT_DEPS:
            if any(p.dep_ in NOUN_POBJ_DEPS and phrase_names_actor(p) for p in child.children):
                return True
        if child.dep_ in _COMPLEMENT_DEPS and child.pos_ in VERB_POS and clause_names_target(child):
            return True  # "dispatched inspectors [to monitor work in Iran]"
    return False


def is_actor(token: Token) -> bool:
    """The noun phrase ``token`` heads is an actor (a named one, a pronoun for one, or a
    common noun of an actor: "the government", "troops", "villagers")."""
    if token.tag_ == "PRP":
        return token.lower_ in ACTOR_OBJECT_PRONOUNS
    if token.tag_ == "PRP$" or token.ent_type_ in NON_ACTOR_ENTITY_TYPES:
        return False
    if not counts_as_actor(token):
        return False  # a named organisation not known to be political ("Qantas")
    if token.lemma_.lower() in TARGET_NOUNS | GOVERNMENT_BODY_NOUNS:
        return True
    return sector(token.doc[token.left_edge.i : token.right_edge.i + 1]) not in (None, "PRON", "BOMB")


def _actor_word(token: Token) -> bool:
    return _named_actor(token) or is_actor(token)


def _named_actor(token: Token) -> bool:
    """A name of an actor: a person, state, nationality or political organisation."""
    return token.ent_type_ in TARGET_ENTITY_TYPES and counts_as_actor(token)


def phrase_names_actor(head: Token, depth: int = 0) -> bool:
    """The noun phrase headed by ``head`` is an actor, is marked by one ("an *Indian*
    proposal", "*the government's* plans"), or has one as its own argument ("action
    *against Russia*", "the rights *of Palestinians*")."""
    if is_actor(head):
        return True
    for child in head.children:
        if child.dep_ in _MARKER_DEPS and _actor_word(child) and not _people_adjective(child):
            return True
        if child.dep_ in PREP_DEPS and _pobj_is_actor(child):
            return True
        if child.dep_ in PREP_DEPS and child.lower_ == "of" and depth == 0 and _container(head):
            inner = [p for p in child.children if p.dep_ in NOUN_POBJ_DEPS]
            if any(phrase_names_actor(p, 1) for p in inner):
                return True  # "two weeks of joint exercises *with Egypt*"
        if child.dep_ in CONJ_DEPS | APPOS_DEPS and _actor_word(child):
            return True  # "Romania and Poland", "the capital, Kabul"
        if child.dep_ in ACL_DEPS and any(
            c.dep_ in _ARGUMENT_DEPS and _pobj_is_actor(c) for c in child.children
        ):
            return True  # "the demonstration staged *by students*"
    return False


def _people_adjective(token: Token) -> bool:
    """An adjective the agent dictionary reads as people ("poor sales", "young voters"): no
    actor marks the noun, unlike a nationality ("an *Indian* proposal")."""
    if token.pos_ != "ADJ" or token.ent_type_ in TARGET_ENTITY_TYPES:
        return False
    return sector(token.doc[token.i : token.i + 1]) in CIVILIAN_SECTORS


def _container(head: Token) -> bool:
    from graphbuilder.events.rules import CONTAINER_NOUNS

    return head.lemma_.lower() in CONTAINER_NOUNS or head.pos_ == "NUM"


def _pobj_is_actor(prep: Token) -> bool:
    return any(p.dep_ in NOUN_POBJ_DEPS and (is_actor(p) or _appositive_actor(p)) for p in prep.children)


def _appositive_actor(token: Token) -> bool:
    marks = APPOS_DEPS | COMPOUND_DEPS
    return any(c.dep_ in marks and _named_actor(c) for c in token.children)


def clause_names_target(clause: Token) -> bool:
    """A clause names an actor other than its subject: a named actor or a non-civilian
    actor noun among its objects and prepositional objects ("allow the return of *U.N.*
    inspectors", "to deliver blows *to the United States*")."""
    excluded: set[int] = set()
    for token in clause.children:
        if token.dep_ in _SUBJECT_DEPS:
            excluded.update(t.i for t in token.subtree)
    for token in clause.subtree:
        if token.dep_ in RELCL_DEPS and token.i != clause.i:
            # "to exit an agreement [under which it could have bought *Fiat*]": a relative
            # clause describes a noun, what it names is not the clause's target
            excluded.update(t.i for t in token.subtree)
    for token in clause.subtree:
        if token.i in excluded or token.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if _named_actor(token) or token.lower_ in ACTOR_OBJECT_PRONOUNS:
            return True
        if token.lemma_.lower() in TARGET_NOUNS:
            return True
        if token.pos_ == "NOUN" and token.dep_ not in _MARKER_DEPS:
            kind = sector(token.doc[token.i : token.i + 1])
            if kind is not None and kind not in _CLAUSE_TARGET_EXCLUDED:
                return True
    return False


def acting_on_each_other(subject: Span) -> bool:
    """Actors acting on each other: conjoined actors ("Jordan and Britain"), or a plural
    actor counted as two or both ("the two sides", "both countries")."""
    head = subject.root
    for token in subject:
        if token.dep_ in CONJ_DEPS and _actor_word(token) and _actor_word(token.head):
            return True
    words = {t.lower_ for t in subject}
    return head.tag_ in ("NNS", "NNPS") and bool(words & {"both", "two"})

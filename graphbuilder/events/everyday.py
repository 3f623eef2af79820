"""Everyday uses of event verbs: showing, advising, endangering things, defending one's own,
going into a building, hosting a show, rescues, accidents, launches, paperwork.

The CAMEO dictionary codes these verbs in their sense between actors; news prose uses them
as often for something else, and then the statement stays untyped:

* **showing**: "demonstrate" with an object, a clause or an audience shows something ("we
  have got to demonstrate to people that ...", "demonstrated their commitment"); protesters
  demonstrate *against* something, or *in* a place;
* **advice**: a warning *about* or *of* a danger or a risk ("warned Mr Blair about the
  dangers of disunity") threatens no one ("warned of serious consequences" still may);
* **endangering a thing**: threatening a thing, not an actor, and not with an act ("Linux
  threatens Microsoft's near monopoly"); "threatened sanctions", "threatened the rebels" stay;
* **defending one's own**: defending one's own policy or record, or plans no other actor
  owns ("defended his policies", "defended the plans against criticism"), supports no one;
  "defended Iran's right to ..." stays;
* **going into a building**: arriving at a police station, a hospital or a court is no visit
  to an actor;
* **hosting a show**: a forum, festival, games or exhibition hosted is no meeting between
  actors (hosting talks, a summit or a guest is);
* **games and filming**: a violent verb whose object is a thing of a game or of a camera
  ("shot basketball hoops with students", "hit a six", "shot a video") is play;
* **refusing a thought**: "refused to believe the report" refuses no one anything;
* **dismissals**: firing or sacking a person ("fired its chief executive") is no shooting;
* **hired advice**: consulting or meeting one's lawyers or accountants is a private matter,
  not a consultation between actors;
* **relief, accidents, launches and paperwork**: the police, the authorities or a rescue
  service (none named) rescuing or evacuating people (no actor named) is relief at home, no
  aid between actors; a safety bureau investigating a crash looks into an accident; a
  shuttle that "blasted off" was launched; suspending applications or permits is
  administration aimed at no actor; a tsunami, an earthquake or a storm striking or killing
  is no violence of an actor; a member quitting a party sanctions no one.

:func:`everyday_reason` returns the reason (a short phrase) or None.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuilder.events.actors import ACTOR_ENTITY_TYPES
from graphbuilder.extract.labels import CLAUSE_DEPS, OBJ_DEPS, POSS_DEPS, RELCL_DEPS, VERB_POS
from graphbuilder.lexicon import PERSON_NOUNS
from graphbuilder.nlp.lemmas import lemma as lemma_of

#: Verbs of demonstrating: protest (CAMEO 141), or showing something.
DEMONSTRATING_VERBS = frozenset({"demonstrate"})
#: Verbs of warning, and what a warning of a danger is about.
WARNING_VERBS = frozenset({"warn", "caution"})
DANGER_NOUNS = frozenset(
    "danger dangers risk risks peril perils hazard hazards problem problems effect effects "
    "impact difficulty difficulties pitfall pitfalls".split()
)
#: Verbs of threatening and endangering.
THREATENING_VERBS = frozenset({"threaten", "endanger", "jeopardise", "jeopardize", "imperil"})
#: Verbs of defending verbally (CAMEO 052) and the possessives of one's own.
DEFENDING_VERBS = frozenset({"defend", "justify"})
OWN_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "own"})
#: Nouns of another actor allied with one: "its allies", "its NATO partners" are no cause of
#: one's own.
ALLY_NOUNS = frozenset({"ally", "partner", "friend", "counterpart", "neighbour", "neighbor"})
#: Verbs of going somewhere, and buildings one goes into (no actor visited).
MOTION_VERBS = frozenset({"arrive", "come", "go", "return", "head", "turn"})
BUILDING_NOUNS = frozenset(
    "station hospital court courthouse prison jail office offices hotel home house building "
    "studio studios school church mosque temple stadium hall venue theatre cinema shop store".split()
)
#: Verbs of hosting, and occasions that are no meeting between actors.
HOSTING_VERBS = frozenset({"host", "stage", "organise", "organize"})
OCCASION_NOUNS = frozenset(
    "forum festival games olympics championship championships tournament cup exhibition show "
    "fair concert ceremony event conference convention congress awards contest".split()
)
#: CAMEO roots: threats (13), support (05), consultations and visits (04), protest (14).
THREAT, SUPPORT, CONSULT, PROTEST = "13", "05", "04", "14"


def everyday_reason(verb: Token, obj: Span | None, subject: Span | None, code: str) -> str | None:
    """Why ``verb`` (typed CAMEO ``code``) is used in an everyday sense (see the module
    docstring), or None."""
    lemma = lemma_of(verb)
    return (
        _shown_or_visited(verb, lemma, obj, code)
        or _said_or_shared(verb, lemma, obj, code)
        or _private_or_played(verb, lemma, obj, code)
        or _relief_accident_or_paperwork(verb, lemma, obj, subject, code)
    )


def _relief_accident_or_paperwork(
    verb: Token, lemma: str, obj: Span | None, subject: Span | None, code: str
) -> str | None:
    """Rescuing people, investigating an accident, a launch, suspending paperwork."""
    head = obj.root if obj is not None else None
    if code.startswith(AID) and lemma in RESCUE_VERBS and _home_services(subject):
        if head is not None and not _named_actor(head):
            return "a rescue"  # "police rescued four people", "authorities evacuated residents"
    if code.startswith(INVESTIGATION) and head is not None and head.lemma_.lower() in ACCIDENT_NOUNS:
        return "an accident investigated"  # "the safety bureau is investigating the crash"
    if lemma in LAUNCH_VERBS and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return "a launch"  # "the shuttle blasted off"
    if code.startswith(SANCTION) and head is not None and head.lemma_.lower() in PAPERWORK_NOUNS:
        return "paperwork suspended"  # "the government suspended their applications"
    if code.startswith(SANCTION) and lemma in LEAVING_VERBS and obj is not None and _a_party(obj):
        return "leaving one's party"  # "Mr Smith, who quit the Independence Party last year"
    if code[:2] in VIOLENT_ROOTS and subject is not None and _disaster(subject.root):
        return "a natural disaster"  # "the tsunami which struck south Asia"
    return None


#: Natural disasters and forces: what they strike, hit or kill is struck by no actor.
DISASTER_NOUNS = frozenset(
    "tsunami earthquake quake storm hurricane cyclone typhoon tornado flood floods flooding "
    "drought avalanche landslide mudslide eruption volcano wave waves wildfire bushfire fire "
    "blaze famine epidemic disease virus heatwave".split()
)


#: Verbs of leaving a party one belonged to: a member's move, no sanction of an actor.
LEAVING_VERBS = frozenset({"quit", "leave", "resign", "desert", "abandon"})


def _a_party(obj: Span) -> bool:
    """The object is a political party: "the party", "the UK Independence Party"."""
    return obj.root.lemma_.lower() == "party" or any(t.lower_ == "party" for t in obj)


def _disaster(head: Token) -> bool:
    return head.lemma_.lower() in DISASTER_NOUNS or head.lower_ in DISASTER_NOUNS


#: Codes of aid (07), and the verbs of rescue: one's own authorities rescuing or evacuating
#: people (no actor named) is relief at home, no aid between actors.
AID = "07"
RESCUE_VERBS = frozenset({"rescue", "evacuate", "save", "airlift", "free", "pull", "winch"})
#: Accidents and disasters: investigating one is no political act.
ACCIDENT_NOUNS = frozenset(
    "crash crashes accident accidents collision derailment fire fires blaze collapse sinking "
    "flood floods flooding landslide avalanche leak spill outbreak".split()
)
#: Verbs of a launch or take-off ("blasted off", "lifted off", "took off").
LAUNCH_VERBS = frozenset({"blast", "lift", "take"})
#: CAMEO root of sanctions, and papers a government handles: suspending them is
#: administration, aimed at no actor.
SANCTION = "16"
PAPERWORK_NOUNS = frozenset(
    "application applications claim claims processing registration registrations permit "
    "permits licence licences license licenses hearing hearings".split()
)


#: Those who rescue at home: police, authorities, emergency and rescue services.
HOME_SERVICE_NOUNS = frozenset(
    "police policeman policemen authority authorities rescuer rescuers firefighter "
    "firefighters fireman firemen coastguard service services brigade crew crews team teams "
    "volunteer volunteers worker workers official officials".split()
)


def _home_services(subject: Span | None) -> bool:
    """The subject is the police, the authorities or a rescue service, not named (a named
    body, "U.N. helicopters", brings aid from outside)."""
    if subject is None or any(t.ent_type_ in ACTOR_ENTITY_TYPES for t in subject):
        return False
    return subject.root.lemma_.lower() in HOME_SERVICE_NOUNS or subject.root.lower_ in HOME_SERVICE_NOUNS


def _named_actor(head: Token) -> bool:
    """A named actor (a person, a country, an organisation, a people)."""
    return head.ent_type_ in ACTOR_ENTITY_TYPES


def _shown_or_visited(verb: Token, lemma: str, obj: Span | None, code: str) -> str | None:
    """Showing, advising, endangering a thing, defending one's own, entering a building,
    hosting a show."""
    if lemma in DEMONSTRATING_VERBS and code.startswith(PROTEST) and _shows_something(verb):
        return "showing something"
    warning = _warning_reason(verb, lemma, obj, code)
    if warning is not None:
        return warning
    if lemma in THREATENING_VERBS and code.startswith(THREAT) and obj is not None and _a_thing(obj.root):
        return "endangering a thing"
    if lemma in DEFENDING_VERBS and code.startswith(SUPPORT) and obj is not None and _own(obj.root):
        return "defending one's own"
    if lemma in DEFENDING_VERBS and code.startswith(SUPPORT) and obj is not None and _held_ground(obj.root):
        return "holding ground"  # "militants are defending the town against an offensive"
    found = _building_reason(verb, lemma, obj, code)
    if found is not None:
        return found
    if lemma in HOSTING_VERBS and code.startswith(("03", CONSULT)) and obj is not None:
        if obj.root.lemma_.lower() in OCCASION_NOUNS:
            return "hosting a show"
    return None


def _warning_reason(verb: Token, lemma: str, obj: Span | None, code: str) -> str | None:
    """A warning (THREATEN) of a danger, to the public, or of a hazard: advice, no threat."""
    if not code.startswith(THREAT):
        return None
    if lemma in WARNING_VERBS and _about_a_danger(verb):
        return "advice about a danger"
    if lemma in WARNING_VERBS and _public_advised(verb):
        return "advice to the public"  # "warned residents to stay indoors"
    if obj is not None and _hazard_warning(obj.root):
        return "a warning of a hazard"  # "issued a storm warning", "a travel warning for X"
    return None


def _said_or_shared(verb: Token, lemma: str, obj: Span | None, code: str) -> str | None:
    """Appearing together, greeting, attacking in words, messages, internal reviews, dues."""
    if lemma in SHARING_VERBS and obj is not None and obj.root.lemma_.lower() in STAGE_NOUNS:
        return "appearing together"
    if code.startswith(SUPPORT) and _greets(verb):
        return "greeting"  # "had been due to welcome delegates to the conference"
    if code[:2] in VIOLENT_ROOTS and lemma in VERBAL_ATTACK_VERBS and _with_words(verb):
        return "a verbal attack"  # "attacked British imperialists, saying they treated ..."
    if code.startswith(GIVING_CODES) and _message_sent(verb):
        return "a message sent"  # "aiming to send a message that ..."
    if code.startswith(INVESTIGATION) and _internal(verb, obj):
        return "an internal review"  # "launched an internal investigation"
    if lemma in CONTRIBUTING_VERBS and _to_a_budget(verb):
        return "a contribution to a budget"  # "France contributes to the EU budget": dues
    return None


def _private_or_played(verb: Token, lemma: str, obj: Span | None, code: str) -> str | None:
    """Refusing a thought, dismissing a person, a game or a film, hired advice."""
    if code.startswith(REJECTION) and lemma in DECLINING_VERBS and _refuses_a_thought(verb):
        return "refusing a thought"  # "we refuse to understand double standards"
    if code[:2] in VIOLENT_ROOTS and lemma in DISMISSING_VERBS and _person_object(verb):
        return "a dismissal"  # "The company fired its chief executive"
    if code[:2] in VIOLENT_ROOTS and _played_or_filmed(verb):
        return "a game or a film"  # "shot basketball hoops with students", "shot a video"
    if code.startswith(CONSULT) and obj is not None and _hired_help(obj.root):
        return "professional advice"  # "is consulting his lawyers", "met his accountants"
    return None


#: CAMEO root of investigating, and what makes an inquiry one's own affair.
INVESTIGATION = "09"
INTERNAL_WORDS = frozenset({"internal", "in-house", "own"})
#: Verbs of contributing and paying, and the budgets one pays into (a member's dues, taxes).
CONTRIBUTING_VERBS = frozenset({"contribute", "pay"})
BUDGET_NOUNS = frozenset({"budget", "budgets", "coffers", "exchequer", "treasury", "economy"})


#: Verbs of welcoming, and the people one greets at an occasion.
WELCOMING_VERBS = frozenset({"welcome", "greet"})
GREETED_NOUNS = frozenset("delegate guest visitor participant audience newcomer spectator fan".split())
#: Roots of violence, verbs that also attack in words, and the words that show it ("saying").
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
VERBAL_ATTACK_VERBS = frozenset(
    "attack assail slam blast hit savage lambast round bombard pelt pepper bomb".split()
)
SPEAKING_LEMMAS = frozenset(
    "say accuse claim describe call brand argue insist warn suggest complain label charge".split()
)
#: Codes of giving (07) and of promising to give (033).
GIVING_CODES = ("07", "033")
#: Verbs of giving: sending a message or a signal gives nothing.
GIVING_VERBS = frozenset("send give deliver provide convey pass".split())
MESSAGE_NOUNS = frozenset(
    "message signal warning reminder statement letter note word judgment judgement ruling verdict "
    "speech lecture report regime budget manifesto promise pledge".split()
)


#: What is shot, hit, kicked or beaten in a game or before a camera, and nothing else: a
#: violent verb with one as its object is play or filming ("shot basketball hoops", "hit a
#: six", "shot a video"); rounds, scenes and penalties may be a fight's.
GAME_AND_FILM_NOUNS = frozenset(
    "hoop hoops basket baskets goal goals ball balls puck putt putts birdie birdies snooker "
    "darts six sixes wicket wickets film films movie movies video videos footage photo photos "
    "photograph photographs picture pictures documentary advert".split()
)
#: Those one hires for legal or financial advice: consulting them is a private matter, not a
#: meeting of actors (advisers and doctors may be a state's or a profession's: "met US
#: military advisers", "met hospital doctors to discuss the strike").
HIRED_HELP_NOUNS = frozenset(
    "lawyer lawyers solicitor solicitors attorney attorneys barrister barristers accountant "
    "accountants".split()
)


#: CAMEO root of rejection, the verbs of declining (the one set: senses and assertion use it
#: too), and the verbs of thinking one may refuse to do: refusing to believe or to understand
#: something refuses no one anything.
REJECTION = "12"
DECLINING_VERBS = frozenset({"refuse", "decline"})
THINKING_LEMMAS = frozenset({"believe", "understand", "imagine", "comprehend"})


def _refuses_a_thought(verb: Token) -> bool:
    """The refused act, the verb's "to" complement, is one of thinking."""
    return any(c.dep_ == "xcomp" and lemma_of(c) in THINKING_LEMMAS for c in verb.children)


#: Verbs that dismiss from a job when their object is a person ("fired its chief executive",
#: "sacked two officials"); one fires *on* or *at* people, and fires shots or missiles.
DISMISSING_VERBS = frozenset({"fire", "sack", "axe"})
#: Prepositions of shooting: one fires *on* or *at* people.
SHOOTING_PREPOSITIONS = frozenset({"on", "at", "upon", "into"})
#: Nouns of people in a post (with the nouns of one person: "the attorney general", "his
#: chief strategist").
POST_NOUNS = PERSON_NOUNS | frozenset(
    "executive boss chairman chairwoman director manager coach staff worker workers employee "
    "employees official officials minister ministers adviser advisers aide aides secretary editor "
    "chief head deputy spokesman spokeswoman governor commissioner strategist attorney counsel "
    "administrator inspector superintendent treasurer clerk assistant staffer staffers".split()
)
#: Relative pronouns: the person a relative clause's passive dismisses is the noun it modifies
#: ("Comey, who was fired by Trump").
RELATIVE_PRONOUNS = frozenset({"who", "whom", "that"})


def _person_object(verb: Token) -> bool:
    """The verb's direct object, or the subject of its passive ("the army chief was fired",
    "Comey, who was fired by Trump"), is a person: a name or a noun of a post, or one
    dismissed *as* a post's holder."""
    if any(_stranded(c) for c in verb.children):
        return False  # "two officials were fired on by gunmen"
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    for c in verb.children:
        if not (c.dep_ in OBJ_DEPS or (passive and c.dep_ == "nsubjpass")):
            continue
        if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ in RELCL_DEPS and verb.head.i != verb.i:
            c = verb.head  # "the attorney general who was fired": the noun the clause modifies
        if c.ent_type_ == "PERSON" or c.lemma_.lower() in POST_NOUNS:
            return True
    return _dismissed_as(verb)


def _stranded(child: Token) -> bool:
    """A preposition of shooting with no object of its own ("were fired *on*"): the passive of
    shooting at someone. One with an object is the time, the place or the post of a dismissal
    when the verb's object is a person ("fired the aide *on* Monday", "*on* the job"); shots
    fired *at* people have a weapon or nothing as object."""
    return (
        child.dep_ in ("prep", "prt")
        and child.lower_ in SHOOTING_PREPOSITIONS
        and not any(o.dep_ == "pobj" for o in child.children)
    )


def _dismissed_as(verb: Token) -> bool:
    """Fired *as* the holder of a post ("fired Roe as army chief", whatever the name is taken
    for): the object is a person, dismissed from that post."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in POST_NOUNS for o in c.children)
        for c in verb.children
    ) and any(c.dep_ in OBJ_DEPS for c in verb.children)


def _played_or_filmed(verb: Token) -> bool:
    """The verb's direct object is a thing of a game or of filming."""
    return any(c.dep_ in OBJ_DEPS and c.lemma_.lower() in GAME_AND_FILM_NOUNS for c in verb.children)


def _hired_help(head: Token) -> bool:
    """A common noun of those one hires for advice ("his lawyers"; not "Attorney General X")."""
    return head.pos_ == "NOUN" and not head.ent_type_ and head.lemma_.lower() in HIRED_HELP_NOUNS


#: "shared a platform with the chancellor": appearing together, no cooperation.
SHARING_VERBS = frozenset({"share"})
STAGE_NOUNS = frozenset({"platform", "stage", "podium", "stand"})


def _internal(verb: Token, obj: Span | None) -> bool:
    """An inquiry into oneself: "launched an internal investigation", "its own review"."""
    heads = [verb] + ([obj.root] if obj is not None else [])
    return any(c.lower_ in INTERNAL_WORDS for h in heads for c in h.children if c.dep_ in ("amod", "poss"))


def _to_a_budget(verb: Token) -> bool:
    """ "contributes to the EU budget", "paid into the coffers": a budget, no actor, receives."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into", "towards")):
        if any(p.dep_ == "pobj" and p.lemma_.lower() in BUDGET_NOUNS for p in prep.children):
            return True
    return False


def _greets(verb: Token) -> bool:
    """The frame's verb, or an open complement below it, welcomes or greets people: guests at
    an occasion, or any person or group ("welcomed the delegations in Vienna", "greeted
    pilgrims", "welcomed the minister to the palace"). Receiving someone is hosting, not
    praise; what is welcomed as praise is an act or a thing done ("welcomed the decision")."""
    if _verb_with_object(verb, WELCOMING_VERBS, GREETED_NOUNS):
        return True
    return _verb_with_object(verb, WELCOMING_VERBS, None)


#: Sectors (:func:`graphbuilder.events.actors.sector`) of what is no person: an unresolved
#: pronoun (may stand for a decision: "welcomed it"), a weapon or platform, a bomb.
NO_PERSON_SECTORS = frozenset({"PRON", "ARM", "BOMB"})


def _a_person_or_group(token: Token) -> bool:
    """The noun phrase headed by ``token`` names people: a named actor, a person, an office,
    a group (a sector of :func:`graphbuilder.events.actors.sector_at`)."""
    from graphbuilder.events.actors import sector_at
    from graphbuilder.nlp.tables import tables_of

    found = sector_at(tables_of(token), token.i)
    return found is not None and found not in NO_PERSON_SECTORS


def _verb_with_object(verb: Token, verbs: frozenset[str], nouns: frozenset[str] | None) -> bool:
    """The first of ``verb`` and the open complements below it ("aiming [to send]") whose
    lemma is one of ``verbs`` has an object whose lemma is one of ``nouns`` (None: an object
    that names a person or a group)."""
    from graphbuilder.events.rules import complement_of

    token: Token | None = verb
    for _ in range(4):
        if token is None:
            return False
        if lemma_of(token) in verbs:
            objects = [c for c in token.children if c.dep_ in OBJ_DEPS]
            if nouns is None:
                return any(_a_person_or_group(o) for o in objects)
            return any(o.lemma_.lower() in nouns for o in objects)
        token = complement_of(token)
    return False


def _with_words(verb: Token) -> bool:
    """An attack carried out in words: a participle of saying beside it ("..., saying ..."), or
    words as its means ("bombarded the minister *with questions*", "with a barrage of
    requests")."""
    if any(c.dep_ in ("advcl", "conj", "xcomp") and lemma_of(c) in SPEAKING_LEMMAS for c in verb.children):
        return True
    means = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    means += [g for p in means for c in p.children if c.lower_ == "of" for g in c.children]
    return any(p.lemma_.lower() in WORDS_AS_MEANS for p in means)


#: Words one bombards, pelts or peppers someone with: an attack of words.
WORDS_AS_MEANS = frozenset(
    "question request demand letter email e-mail call complaint criticism accusation insult "
    "abuse query petition message".split()
)


def _message_sent(verb: Token) -> bool:
    """The giving verb the frame's code comes from (the frame's own or an open complement
    below it: "aiming [to send]") gives a message or a signal."""
    return _verb_with_object(verb, GIVING_VERBS, MESSAGE_NOUNS)


def _shows_something(verb: Token) -> bool:
    """An object, a clause or an audience ("to people"): showing, not protesting."""
    if any(c.dep_ in CLAUSE_DEPS | OBJ_DEPS for c in verb.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def _about_a_danger(verb: Token) -> bool:
    """ "warned X about the dangers of ...", "warned of the risks": a danger, no act."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("about", "of")):
        if any(p.dep_ == "pobj" and p.lemma_.lower() in DANGER_NOUNS for p in prep.children):
            return True
    return False


#: The general public as those warned: a warning to them is advice, no threat by an actor
#: ("police warned residents to stay indoors", "warned travellers to avoid the roads").
PUBLIC_NOUNS = frozenset(
    "people public resident residents citizen citizens traveller travellers traveler travelers "
    "tourist tourists visitor visitors motorist motorists driver drivers passenger passengers "
    "consumer consumers parent parents local locals inhabitant inhabitants swimmer swimmers "
    "shopper shoppers user users household households homeowner homeowners patient patients".split()
)
#: What the public is advised to do: keep safe ("to stay away", "to avoid the area", "to
#: keep calm", "to take precautions"). "warned civilians to leave the city" may be a threat.
SAFETY_VERBS = frozenset(
    "avoid stay keep remain be take boil wear refrain check lock follow exercise beware "
    "watch report seek use".split()
)


def _public_advised(verb: Token) -> bool:
    """Those warned are the general public, and the warning has no clause or bids them keep
    safe (an open complement with a safety verb, or a negated one: "not to drink the water")."""
    warned = [c for c in verb.children if c.dep_ in OBJ_DEPS]
    if not warned or not all(w.lemma_.lower() in PUBLIC_NOUNS or w.lower_ in PUBLIC_NOUNS for w in warned):
        return False
    if any(w.ent_type_ for w in warned) or not _warned_by_an_office(verb):
        return False
    if any(t.lemma_ == "face" and t.dep_ == "conj" and _or_before(t) for t in verb.subtree):
        return False  # "... or face attack": a threat
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS or c.dep_ == "xcomp"]
    return all(lemma_of(c) in SAFETY_VERBS or any(n.dep_ == "neg" for n in c.children) for c in clauses)


def _or_before(t: Token) -> bool:
    """Is the conjunct ``t`` joined by "or" ("stay away or face attack")?"""
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in (*t.children, *t.head.children))


def _warned_by_an_office(verb: Token) -> bool:
    """The warner is described, not named, and bears no arms: "police", "the agency",
    "officials" advise; "the Taliban", "Al-Shabab", "the army" threaten."""
    from graphbuilder.events.actors import sector
    from graphbuilder.events.rules import FIGHTING_SECTORS

    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    head = subjects[0]
    if head.ent_type_ in ACTOR_ENTITY_TYPES or head.pos_ == "PROPN":
        return False
    return sector(head.doc[head.left_edge.i : head.right_edge.i + 1]) not in FIGHTING_SECTORS


#: Nouns of a warning or an alert issued.
WARNING_NOUNS = frozenset({"warning", "warnings", "alert", "alerts", "advisory", "advisories", "watch"})


def _hazard_warning(head: Token) -> bool:
    """A warning named by its hazard ("a storm warning", "a lake-effect snow warning", "a
    travel warning") or issued for a place ("a warning for Chicago"): a notice to the public,
    not a threat to an actor ("a stern warning to Iran" stays)."""
    if head.lemma_.lower() not in WARNING_NOUNS and head.lower_ not in WARNING_NOUNS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("to", "against") for c in head.children):
        return False
    if any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and not c.ent_type_ for c in head.children):
        return True
    places = (o for p in head.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children)
    return any(o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC") for o in places)


def _a_thing(head: Token) -> bool:
    """No actor and no act: "Microsoft's near monopoly", "jobs" (not "sanctions", "the rebels")."""
    from graphbuilder.events.rules import event_noun_code
    from graphbuilder.events.targets import is_actor

    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ACTOR_ENTITY_TYPES or is_actor(head):
        return False
    aimed = [p for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if any(p.ent_type_ in ACTOR_ENTITY_TYPES or is_actor(p) for p in aimed):
        return False  # "further action *against Russia*": aimed at an actor
    return event_noun_code(head) is None and head.lemma_.lower() not in ACT_NOUNS


#: Nouns of acts one threatens to take ("threatened action", "threatened retaliation").
ACT_NOUNS = frozenset("action actions measure measures step steps retaliation reprisal reprisals".split())


#: Common nouns of ground one holds: places, and the lines and positions of a front.
HELD_GROUND_NOUNS = frozenset(
    "bank front frontline line position positions stronghold hill bridge perimeter".split()
)


def _held_ground(head: Token) -> bool:
    """A place defended is ground held against an attack ("defending the west bank of the
    city", "defended their positions"), not support for an actor as defending a person, a
    country or a policy is ("defended Iran's right to ...", "defended the minister")."""
    from graphbuilder.events.targets import PLACE_ENTITY_TYPES, PLACE_NOUNS

    if head.ent_type_ in PLACE_ENTITY_TYPES:
        return True
    lemma = head.lemma_.lower()
    common = head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.is_lower  # "the west bank", tagged PROPN
    return common and (lemma in PLACE_NOUNS or lemma in BUILDING_NOUNS or lemma in HELD_GROUND_NOUNS)


def _own(head: Token) -> bool:
    """One's own (a possessive pronoun, "own") or a policy no other actor owns."""
    from graphbuilder.events.targets import POLICY_NOUNS, phrase_names_actor

    if head.pos_ in VERB_POS or head.lemma_.lower() in ALLY_NOUNS:
        return False  # "defended its ally"
    owners = [c for c in head.children if c.dep_ in POSS_DEPS | {"amod"}]
    if any(o.lower_ in OWN_POSSESSIVES for o in owners):
        return True
    return head.lemma_.lower() in POLICY_NOUNS and not phrase_names_actor(head)


def _building_reason(verb: Token, lemma: str, obj: Span | None, code: str) -> str | None:
    """Going into a building, or visiting one, is no visit to an actor."""
    if not code.startswith(CONSULT):
        return None
    if lemma in MOTION_VERBS and _into_a_building(verb):
        return "going into a building"
    if lemma in VISITING_VERBS and obj is not None and _a_building(obj.root):
        return "visiting a building"  # "the prime minister visited a school in Sedgefield"
    return None


#: Entity labels of who may own or run a building (a place only locates it).
OWNER_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP"})
#: Verbs of visiting: a visit is to an actor (a country, a leader), not to a building.
VISITING_VERBS = frozenset({"visit", "tour"})
#: Places one visits that host no actor, besides buildings: sites and works. (A slum or a
#: township stands for the country's people: "visited Kenya's biggest shantytown" stays a visit.)
VISITED_PLACE_NOUNS = BUILDING_NOUNS | frozenset(
    "shrine site factory plant farm mine museum memorial cemetery market estate".split()
)


def _a_building(head: Token) -> bool:
    """A common noun of a building or site that belongs to no one named but a place ("a school
    in Sedgefield", "Sikhism's holiest shrine"; not "the party's offices", "the White House")."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in VISITED_PLACE_NOUNS:
        return False
    return not any(t.ent_type_ in OWNER_ENTITY_TYPES for t in head.subtree)


def _into_a_building(verb: Token) -> bool:
    """ "arrived at the London police station": a building, no actor, as the destination."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "to", "in", "into")):
        if any(p.dep_ == "pobj" and p.lemma_.lower() in BUILDING_NOUNS for p in prep.children):
            return True
    return False

"""Votes, becomings, verdicts on a decision, arrivals and obstructions: verbs whose CAMEO sense
is an event between actors but whose use in news prose is something else.

* **a legislature's vote is not the act voted for**: "the assembly voted to ban fur farming",
  "a committee voted to send the bill to the floor" are steps in making a law. Neither the
  vote's frame (it passes its complement's code on as "tried to" does) nor the complement's
  carries an event; what workers vote to do they do ("voted to reject the offer");
* **emerging as something** is becoming it ("emerged as the region's only power", "is
  emerging as a hub"), no mediation (CAMEO 045 "emerge as mediator" keeps its nouns);
* **a call judged** is a decision ("made the right call", "a tough call on Syria"), no appeal
  to anyone (CAMEO 02);
* **pulling up** (a car, a group in one) is arriving ("the gang pulled up to the party"), no
  seizure (CAMEO 171 "pull");
* **a deal struck** ("the deal the leaders struck with the operator"): the relative clause's
  verb has the deal as its object, not a blow (CAMEO 190 "strike");
* **private people**: tourists or pilgrims visiting a country ("a million tourists visited
  Paris") make no state visit (CAMEO 042), nor is a tourist's demand or a colleague's call a
  political act;
* **leaving a post, a seat or a firm** ("quit the post", "resigned from the bank") is a
  private act, no concession;
* **a plan of one's own approved** ("the cabinet approved the port plan", "the plan was
  approved by the central government") is administration, no agreement or concession with
  anyone; approving another actor's request or plan ("approved Freedonia's request") stays;
* **an occasion backed** ("the summit is supported by the government", "backed the forum")
  is patronage, no support of an actor;
* **rallying to someone** ("rallied behind its leader", "rallied to the Netherlands") is
  support (051), no demonstration;
* **training another country's forces** ("the US trained Syrian rebels") is military aid
  (CAMEO 072 names training), no mobilisation (MOBILIZE is one's own forces);
* **a sale or takeover approved** ("the regulator approved the sale", "approved an agreement
  allowing a Russian firm to buy a Canadian miner") is oversight of commerce, no agreement
  between actors; a sale *to* a state ("approved the sale of jets to Freedonia") stays;
* **sending someone to a legislature** ("the state sent 13 Republicans to the House", "sent
  the bill to the Senate") elects them or passes a bill on, no aid (CAMEO 07 "send");
* **a fiscal plan proposed** ("proposed to cut the State Department budget", "proposed a plan
  that would cut taxes", "proposed to repeal a popular deduction") is a government's or a
  party's own policy, no request of anyone (CAMEO 02 "propose"); a proposal *to* an actor
  stays;
* **a plea in court** ("pleaded guilty to lying to the FBI", "pleaded not guilty to the
  charges") answers a charge, no appeal to anyone (CAMEO 02 "plead"); pleading *with* or *for*
  ("pleaded with the kidnappers") stays an appeal;
* **a police raid on premises** ("FBI agents raided his home", "police raided the offices")
  is a search, coercion (CAMEO 17, COERCE), not violent repression (175, ASSAULT); troops
  raiding homes keep the tables' code;
* **obstruction** (CAMEO 144: "blocked the road") is PLOVER's PROTEST only when civilians do
  it; a state, an official, a court, the police or a pronoun blocking something ("the court
  blocked the order", "deputies blocked the street", "the country blocked foreign films") is
  no protest and stays untyped; an armed force blocking a road imposes a blockade (191).

:func:`procedure_code` returns the frame's code, changed or kept, or None.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuilder.events.actors import ACTOR_ENTITY_TYPES, sector
from graphbuilder.events.phrases import of_object
from graphbuilder.events.senses import LEGISLATURE_NOUNS
from graphbuilder.events.targets import STATE_ENTITY_TYPES
from graphbuilder.events.taxonomy import CONFLICT_ROOTS, root
from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.labels import CONJ_DEPS, CONTROL_DEPS, OBJ_DEPS, POSS_DEPS, RELCL_DEPS
from graphbuilder.nlp.lemmas import lemma as lemma_of
from graphbuilder.nlp.tables import tables_of

#: Verbs of voting: their open complement is what is voted for.
VOTING_VERBS = frozenset({"vote"})
#: Legislatures, their committees and their members: what they vote to do is a bill's step.
LAWMAKER_NOUNS = LEGISLATURE_NOUNS | frozenset(
    "committee committees panel subcommittee lawmaker lawmakers legislator legislators mp mps "
    "senator senators congressman congressmen congresswoman representatives deputies "
    "parliamentarian parliamentarians councillor councillors council".split()
)
#: Verbs of becoming with "as": "emerged as the lone superpower".
BECOMING_VERBS = frozenset({"emerge"})
#: What one emerges as in CAMEO's own sense (045, mediation).
MEDIATOR_NOUNS = frozenset(
    "mediator mediators go-between intermediary intermediaries intercessor intermediator "
    "negotiator negotiators broker peacemaker".split()
)
#: A call in the sense of a decision: "the right call", "a tough call", "a judgment call".
CALL_NOUNS = frozenset({"call", "calls"})
JUDGED_CALL_WORDS = frozenset(
    "right wrong good bad correct incorrect tough hard difficult easy smart wise brave bold "
    "courageous close judgment judgement".split()
)
#: Verbs of a vehicle (or its people) stopping somewhere: "pulled up to the party".
ARRIVING_VERBS = frozenset({"pull", "draw", "drive", "roll"})
ARRIVING_PARTICLE = "up"
#: Verbs one strikes a deal with, and what one strikes: a deal, an agreement, a bargain.
STRIKING_VERBS = frozenset({"strike"})
DEAL_NOUNS = frozenset(
    "deal deals agreement agreements accord accords bargain compromise pact pacts truce settlement".split()
)
#: Private people: travellers, colleagues, friends, neighbours. Their visits (CAMEO 042), calls
#: or requests are no acts of political actors.
PRIVATE_PEOPLE_NOUNS = frozenset(
    "tourist tourists visitor visitors traveller travellers traveler travelers holidaymaker "
    "holidaymakers vacationer vacationers sightseer sightseers backpacker backpackers pilgrim "
    "pilgrims colleague colleagues friend friends teammate teammates classmate classmates "
    "neighbour neighbours neighbor neighbors roommate roommates acquaintance acquaintances "
    "bystander bystanders passer-by passers-by".split()
)
#: Holders of public office, whose leaving the post is no private act: government, legislature,
#: judiciary, armed forces, police, intelligence.
OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
#: Verbs of leaving a post, and the posts, seats, jobs and firms one leaves as a private act.
QUITTING_VERBS = frozenset({"resign", "quit"})
LEFT_POST_NOUNS = frozenset(
    "post seat job position role chairmanship directorship board bank company firm employer".split()
)

#: Quantity words a traveller noun hangs on by "of" ("millions of tourists").
QUANTITY_WORDS = frozenset(
    "million millions thousand thousands hundred hundreds dozen dozens lot lots number".split()
)
#: Plural nouns: several parties approving a plan agree on it among themselves.
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
#: Verbs of approving, and what a government approves of its own: plans, projects, budgets.
APPROVING_VERBS = frozenset({"approve"})
OWN_PLAN_NOUNS = frozenset(
    "plan plans project projects scheme schemes programme programmes program programs budget "
    "budgets bill bills law laws measure measures strategy strategies policy policies "
    "regulation regulations rule rules construction expansion reform reforms".split()
)
#: Verbs of rallying and the prepositions of whom one rallies to: coming to someone's support
#: ("rallied behind its leader", "rallied to the Netherlands"), no demonstration (CAMEO 141 is
#: "rally in the capital", "rally against"); coded as an endorsement (051, SUPPORT).
RALLYING_VERBS = frozenset({"rally"})
RALLYING_PREPOSITIONS = frozenset({"to", "behind", "around", "round"})
ENDORSEMENT = "051"
#: Verbs of training forces: training another country's soldiers or rebels is military aid
#: (CAMEO 072 "provide military aid", which names training), no mobilisation of one's own.
TRAINING_VERBS = frozenset({"train"})
MILITARY_AID = "072"
#: Sectors of forces one may train besides the armed ones: soldiers of a state, police.
FORCE_SECTORS = frozenset({"MIL", "COP"})
#: Verbs of backing (CAMEO 05, SUPPORT), and the occasions one backs as a patron.
SUPPORT_ROOT = "05"
BACKING_VERBS = frozenset({"support", "back", "sponsor", "endorse"})
OCCASION_NOUNS = frozenset(
    "summit summits conference conferences forum forums festival festivals exhibition "
    "exhibitions expo fair fairs games event events competition ceremony celebration "
    "celebrations concert show".split()
)
#: What is traded: its approval oversees commerce (a sale *to* a state is an act between actors).
TRANSACTION_NOUNS = frozenset(
    "sale sales purchase purchases acquisition acquisitions merger mergers takeover takeovers "
    "buyout buyouts bid bids investment investments transaction transactions".split()
)
#: Verbs of trade: an agreement or a deal whose clause trades ("an agreement allowing X to buy Y").
TRADING_VERBS = frozenset({"buy", "sell", "acquire", "purchase", "merge", "invest"})
#: Verbs of pleading, and the answers to a charge one pleads ("pleaded guilty", "not guilty").
PLEADING_VERBS = frozenset({"plead"})
PLEA_WORDS = frozenset({"guilty", "innocent", "contest"})
#: Verbs of raiding, those who search premises by law, and the premises.
RAIDING_VERBS = frozenset({"raid"})
LAW_ENFORCEMENT_NOUNS = frozenset(
    "police policeman policemen officer officers agent agents investigator investigators "
    "detective detectives prosecutor prosecutors inspector inspectors marshal marshals".split()
)
PREMISES_NOUNS = frozenset(
    "home homes house houses office offices headquarters premises apartment apartments flat "
    "flats residence residences room rooms building buildings property properties".split()
)
#: A police search: coercion, not specified further (CAMEO 170, COERCE).
COERCION = "170"
#: CAMEO obstruction (144: "blocked the road"), and the blockade armed forces impose (191).
OBSTRUCTION, BLOCKADE = "144", "191"
#: Sectors of those whose obstruction is no protest (:func:`graphbuilder.events.actors.sector`):
#: the state and its organs, an official, a pronoun.
NO_PROTEST_SECTORS = frozenset({"GOV", "JUD", "LEG", "COP", "SPY", "PRON"})
#: Sectors of armed forces: their obstruction is a blockade.
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF"})
#: Entity labels of one person or one state: neither protests by blocking something.
SINGLE_ACTOR_ENTITIES = frozenset({"PERSON", "GPE", "LOC", "FAC"})
#: CAMEO's threats: with the conflict roots, what private people do that is an event all the same.
THREAT_ROOT = "13"
#: The Security Council's vote is the act itself (a resolution in force), no step of a bill.
SECURITY_COUNCIL = ("security", "council")


def procedure_code(candidate: Candidate, code: str) -> str | None:
    """``code`` for the frame, or a blockade's code for armed forces' obstruction, or None
    when the frame is a vote, a becoming, a judged call, an arrival, a deal struck or a
    non-civilian's obstruction (see the module docstring)."""
    verb = candidate.verb
    if _voted(candidate) or _became(verb) or _judged_call(candidate) or _arrived(verb):
        return None
    if _pleaded_in_court(verb) or _sent_to_a_legislature(verb, code) or _fiscal_proposal(candidate):
        return None
    if _deal_struck(verb) or _own_plan_approved(candidate) or _trade_approved(candidate):
        return None
    if _private_source(candidate) and root(code) not in CONFLICT_ROOTS | {THREAT_ROOT}:
        return None  # "tourists visited Paris"; "pilgrims attacked the police station" is an event
    if _post_left(candidate):
        return None
    if code.startswith(SUPPORT_ROOT) and _event_backed(candidate):
        return None
    if code.startswith(OBSTRUCTION):
        return _obstruction(candidate, code)
    if _rallied_to(verb) and candidate.object is not None and sector(candidate.object) is not None:
        return ENDORSEMENT
    if _trained_others(candidate):
        return MILITARY_AID
    if _premises_searched(candidate):
        return COERCION
    return code


#: Verbs and nouns of proposing, and the words of public finance that make a proposal one's own
#: fiscal policy (tariffs, aimed at other states, are not among them).
PROPOSING_WORDS = frozenset({"propose", "proposal"})
FISCAL_NOUNS = frozenset(
    "budget budgets tax taxes deduction deductions spending revenue revenues credit credits "
    "rate rates deficit".split()
)


def _fiscal_proposal(candidate: Candidate) -> bool:
    """A plan of public finance proposed, to no one named ("proposed to cut the budget")."""
    verb, obj = candidate.verb, candidate.object
    if lemma_of(verb) not in PROPOSING_WORDS or obj is None:
        return False
    if any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(o.dep_ == "pobj" for o in c.children)
           for c in verb.children):
        return False  # "proposed a budget deal to the opposition"
    if _names_a_state(candidate):
        return False  # "proposed a deal on transit rates with Ukraine", "a credit line for Pakistan"
    return any(t.pos_ == "NOUN" and lemma_of(t).lower() in FISCAL_NOUNS for t in _what_is_proposed(obj.root))


def _names_a_state(candidate: Candidate) -> bool:
    """A state or people named in the object or a phrase on the verb, not in the subject."""
    verb, obj = candidate.verb, candidate.object
    subject = range(candidate.subject.start, candidate.subject.end)
    preps = (t for c in verb.children if c.dep_ in ("prep", "dative") for t in c.subtree)
    return any(t.ent_type_ in STATE_ENTITY_TYPES and t.i not in subject for t in (*(obj or ()), *preps))


def _what_is_proposed(root: Token) -> list[Token]:
    """The head nouns of what is proposed and their modifiers: the object's head, or the objects
    of a proposed act and its conjuncts ("proposed to cut or cap the budget")."""
    heads = [root]
    if root.pos_ in ("VERB", "AUX"):
        acts = [root, *(c for c in root.children if c.dep_ == "conj")]
        heads = [c for a in acts for c in a.children if c.dep_ in ("dobj", "obj")] or heads
    return [*heads, *(c for h in heads for c in h.children if c.dep_ in ("compound", "amod", "nmod"))]


#: Verbs of sending, and the root of giving (07) the tables give them.
SENDING_VERBS, GIVING_ROOT = frozenset({"send"}), "07"


def _sent_to_a_legislature(verb: Token, code: str) -> bool:
    """Sent *to* a legislature ("sent five Democrats to the House", "sent the bill to the
    Senate"): an election or a bill's step, no aid."""
    if lemma_of(verb) not in SENDING_VERBS or root(code) != GIVING_ROOT:
        return False
    to = [o for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for o in c.children]
    return any(o.dep_ == "pobj" and o.lemma_.lower() in LEGISLATURE_NOUNS for o in to)


def _pleaded_in_court(verb: Token) -> bool:
    """ "Pleaded guilty / not guilty / innocent / no contest": a plea in court (the answer may
    hang on the verb or on its "to" phrase, as the parser has it)."""
    if lemma_of(verb) not in PLEADING_VERBS:
        return False
    near = {verb.i, *(c.i for c in verb.children)}
    return any(t.lower_ in PLEA_WORDS and t.head.i in near for t in verb.subtree)


def _trade_approved(candidate: Candidate) -> bool:
    """ "Approved the sale", "the takeover was approved by the regulator", "approved an
    agreement allowing a Russian company to buy a Canadian miner": what is approved is a trade,
    unless it goes *to* a state ("approved the sale of jets to Freedonia")."""
    obj = candidate.object
    if lemma_of(candidate.verb) not in APPROVING_VERBS or obj is None:
        return False
    head = obj.root
    if head.lemma_.lower() in TRANSACTION_NOUNS:
        return not any(
            t.dep_ == "pobj" and t.head.lower_ == "to" and t.ent_type_ in STATE_ENTITY_TYPES
            for t in head.subtree
        )
    if head.lemma_.lower() not in DEAL_NOUNS:
        return False
    clauses = [c for c in head.children if c.dep_ in ("acl", "relcl")]
    return any(lemma_of(t) in TRADING_VERBS for c in clauses for t in c.subtree if t.pos_ == "VERB")


def _premises_searched(candidate: Candidate) -> bool:
    """Police or agents of the law raiding a home or an office: a search (see the module
    docstring)."""
    obj = candidate.object
    if lemma_of(candidate.verb) not in RAIDING_VERBS or obj is None:
        return False
    if obj.root.lemma_.lower() not in PREMISES_NOUNS:
        return False
    head = candidate.subject.root
    return sector(candidate.subject) == "COP" or head.lemma_.lower() in LAW_ENFORCEMENT_NOUNS


def _voted(candidate: Candidate) -> bool:
    """A legislature, a committee or lawmakers voting to do something: the vote with an open
    complement ("voted [to ban]") or the complement itself (also its conjuncts: "voted to ban X
    and [fine] Y") is a step in making a law, not the act ("the senate voted to impose
    sanctions": a bill, not yet sanctions). What workers vote to do they do ("voted to reject
    the offer" rejects it)."""
    verb = candidate.verb
    head = candidate.subject.root
    if verb.pos_ not in ("VERB", "AUX") or not {head.lemma_.lower(), head.lower_} & LAWMAKER_NOUNS:
        return False
    if any((c.lower_, head.lower_) == SECURITY_COUNCIL for c in head.children if c.dep_ == "compound"):
        return False
    if lemma_of(verb) in VOTING_VERBS and any(c.dep_ in CONTROL_DEPS for c in verb.children):
        return True
    while verb.dep_ in CONJ_DEPS and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in CONTROL_DEPS and lemma_of(verb.head) in VOTING_VERBS


def _became(verb: Token) -> bool:
    """ "Emerged *as* X", X no mediator."""
    if lemma_of(verb) not in BECOMING_VERBS:
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        if not any(o.lemma_.lower() in MEDIATOR_NOUNS or o.lower_ in MEDIATOR_NOUNS for o in prep.children):
            return True
    return False


def _judged_call(candidate: Candidate) -> bool:
    """The event noun ("called_on | Syria" from "the wrong call on Syria") or the verb's object
    ("made | the right call") is a call qualified as right or wrong, tough or easy."""
    verb = candidate.verb
    nouns = [verb] if verb.pos_ == "NOUN" else [c for c in verb.children if c.dep_ in OBJ_DEPS]
    return any(
        n.lower_ in CALL_NOUNS
        and any(m.dep_ in ("amod", "compound") and m.lower_ in JUDGED_CALL_WORDS for m in n.children)
        for n in nouns
    )


def _arrived(verb: Token) -> bool:
    """ "Pulled up (to the house)": a particle "up" and no object."""
    if lemma_of(verb) not in ARRIVING_VERBS:
        return False
    kids = list(verb.children)
    return any(c.dep_ == "prt" and c.lower_ == ARRIVING_PARTICLE for c in kids) and not any(
        c.dep_ in OBJ_DEPS for c in kids
    )


def _deal_struck(verb: Token) -> bool:
    """ "The deal [they had struck with the operator]": strike in a relative clause on a deal
    noun, with no object of its own."""
    if lemma_of(verb) not in STRIKING_VERBS or verb.dep_ not in RELCL_DEPS:
        return False
    head = verb.head
    return (head.lemma_.lower() in DEAL_NOUNS or head.lower_ in DEAL_NOUNS) and not any(
        c.dep_ in OBJ_DEPS for c in verb.children
    )


def _private_source(candidate: Candidate) -> bool:
    """Tourists or other private travellers, or one's colleagues, friends or neighbours, as the
    source, also through a quantity ("millions of tourists visited France", "a colleague phoned
    me"): a visit, a call, a request or a demand of theirs is no act of a political actor."""
    head = candidate.subject.root
    of = of_object(tables_of(head), head.i)
    inner = head.doc[of] if of is not None else None
    heads = {head, inner} if head.lemma_.lower() in QUANTITY_WORDS or head.pos_ == "NUM" else {head}
    return any(
        h is not None and not h.ent_type_ and {h.lemma_.lower(), h.lower_} & PRIVATE_PEOPLE_NOUNS
        for h in heads
    )


def _post_left(candidate: Candidate) -> bool:
    """Resigning or quitting a post, a seat, a job or a firm ("quit the post", "resigned her
    seat", "resigned from the bank"): a private act, no concession to anyone. Resigning from a
    government or as its leader is left to the tables."""
    obj = candidate.object
    if lemma_of(candidate.verb) not in QUITTING_VERBS or obj is None or candidate.construct == "nominal":
        return False
    if sector(candidate.subject) in OFFICE_SECTORS:
        return False  # "the interior minister quit the post": an office holder yields (CONCEDE)
    if obj.root.dep_ == "pobj" and obj.root.head.lower_ != "from":
        return False
    return obj.root.lemma_.lower() in LEFT_POST_NOUNS and not obj.root.ent_type_


def _event_backed(candidate: Candidate) -> bool:
    """Supporting or sponsoring an occasion (a summit, a forum, a festival) no actor is named in
    ("the summit is supported by the government"): patronage, no support of an actor."""
    return _object_of_kind(candidate, BACKING_VERBS, OCCASION_NOUNS)


def _object_of_kind(candidate: Candidate, verbs: frozenset[str], nouns: frozenset[str]) -> bool:
    """The frame's verb is one of ``verbs`` and its direct object (or its passive subject) one of
    ``nouns``, with no actor named or owning it."""
    verb, obj = candidate.verb, candidate.object
    if lemma_of(verb) not in verbs or obj is None or candidate.construct not in ("svo", "passive"):
        return False
    if obj.root.lemma_.lower() not in nouns and obj.root.lower_ not in nouns:
        return False
    return not any(t.ent_type_ in ACTOR_ENTITY_TYPES or t.dep_ in POSS_DEPS for t in obj)


def _own_plan_approved(candidate: Candidate) -> bool:
    """Approving a plan, a project, a budget or a bill of one's own, no actor named in it ("the
    cabinet approved the port plan", "the plan was approved by the central government"):
    administration, when one body approves it. "Approved Freedonia's request", "approved the
    plan of the rebels", "the factions approved a plan" stay."""
    if candidate.subject.root.tag_ in PLURAL_NOUN_TAGS:
        return False  # "the four factions approved a plan for a council": agreed among themselves
    return _object_of_kind(candidate, APPROVING_VERBS, OWN_PLAN_NOUNS)


def _rallied_to(verb: Token) -> bool:
    """ "Rallied to / behind / around X" (X an actor, see :func:`procedure_code`): came to X's
    support; "shares rallied to a record" is no one's act."""
    return lemma_of(verb) in RALLYING_VERBS and any(
        c.dep_ == "prep" and c.lower_ in RALLYING_PREPOSITIONS for c in verb.children
    )


def _trained_others(candidate: Candidate) -> bool:
    """Training the forces of another country ("the US trained Syrian rebels"): the object
    names a nationality or a country the subject does not."""
    obj = candidate.object
    if lemma_of(candidate.verb) not in TRAINING_VERBS or obj is None:
        return False
    if sector(obj) not in ARMED_SECTORS | FORCE_SECTORS:
        return False
    subject = candidate.subject.text.lower()
    named = [t for t in obj if t.ent_type_ in ("NORP", "GPE") and t.i < obj.root.i]
    return bool(named) and not any(t.lower_[:4] in subject for t in named)


def _obstruction(candidate: Candidate, code: str) -> str | None:
    """A blockade by armed forces, no event by a state, an official or a person, else ``code``."""
    subject = candidate.subject
    found = sector(subject)
    if found in ARMED_SECTORS:
        return BLOCKADE
    if found in NO_PROTEST_SECTORS:
        return None
    if found == "ENT" and subject.root.ent_type_ in SINGLE_ACTOR_ENTITIES:
        return None
    return code

"""Military acts the tables read as aid, retreat or demand: sending forces, disarming others,
ordering one's own forces, handing over captives.

The CAMEO tables code "send" as giving (070, AID) and "disarm" as demobilising one's own
forces (0873, RETREAT). With armed forces as what is sent, or others as whom one disarms,
neither is so, and the statement stays untyped (precision first):

* **sending forces** ("the general sent tanks to the town", "Ruritania sent troops to the
  border") is a deployment, no aid: the tables type a deployment only when its verb says so
  ("deployed troops", MOBILIZE). Sending weapons, money or food to someone stays aid;
* **disarming others** ("police disarmed the rival groups") takes their arms; it is no
  retreat of the one who disarms. Disarming, or disarming one's own ("the rebels agreed to
  disarm", "disarmed its fighters"), stays a retreat;
* **ordering one's own forces** ("the premier ordered his troops to advance") is command
  within one actor, no demand of another ("ordered Ruritania to withdraw" stays);
* **sending people on a mission** ("sent an envoy to Cairo", "sent Mr Zinni back to the region") is
  no aid: the one sent visits or talks;
* **handing over captives** ("handed the captured fighters to the allies", "turned over the
  suspects") transfers custody of people; it is no aid (handing over weapons or food stays).

:func:`force_reason` returns the reason (a short phrase) or None.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuilder.events.actors import MILITARY_PLATFORM_NOUNS, MILITARY_UNIT_NOUNS
from graphbuilder.events.taxonomy import root
from graphbuilder.extract.candidate import Candidate
from graphbuilder.nlp.lemmas import lemma as lemma_of

#: Verbs of sending, and the root of giving (07) the tables give them.
SENDING_VERBS = frozenset({"send", "dispatch", "despatch", "ship", "fly", "rush"})
GIVING_ROOT = "07"
#: The root of an intent (03): what the future or a plan makes of sending ("will send troops").
INTENT_ROOT = "03"
#: People sent on a mission, not given: envoys, delegations, officials (or a named person).
ENVOY_NOUNS = frozenset(
    "envoy envoys emissary emissaries delegation delegations delegate delegates mediator "
    "mediators negotiator negotiators representative representatives diplomat diplomats "
    "official officials minister ministers investigator investigators inspector inspectors "
    "observer observers adviser advisers advisor advisors".split()
)
#: Nouns of armed forces and their arms of war, besides units and platforms: what is sent
#: when forces are deployed.
FORCE_NOUNS = (
    MILITARY_UNIT_NOUNS
    | MILITARY_PLATFORM_NOUNS
    | frozenset(
        "troop troops soldier soldiers force forces army armies marine marines paratrooper "
        "paratroopers commando commandos infantry reinforcement reinforcements policeman "
        "policemen police militia militiaman gunboat".split()
    )
)
#: Verbs of disarming, and the root of retreat (08) the tables give them.
DISARMING_VERBS = frozenset({"disarm", "demobilise", "demobilize", "decommission"})
RETREAT_ROOT = "08"
#: Possessives of one's own ("disarmed *its* fighters").
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "own"})
#: Quantity nouns whose "of" object is what is sent ("a battalion of troops" is a unit itself).
_QUANTITY = frozenset({"number", "thousands", "hundreds", "dozens", "contingent", "detachment"})


def force_reason(candidate: Candidate, code: str) -> str | None:
    """Why the frame, typed ``code``, is a military act no aid or retreat, or None."""
    lemma = lemma_of(candidate.verb)
    sending = _sending_verb(candidate)
    giving = root(code) == GIVING_ROOT or root(code) == INTENT_ROOT  # "is preparing to send troops"
    if sending is not None and giving and _sends_forces(sending):
        return "sending forces is a deployment, no aid"
    if sending is not None and giving and _sends_people(sending, candidate):
        return "sending an envoy is no aid"
    if lemma in DISARMING_VERBS and root(code) == RETREAT_ROOT and _disarms_others(candidate.verb):
        return "disarming others is no retreat"
    if lemma in ORDERING_VERBS and root(code) == DEMAND_ROOT and _own_forces(candidate.verb):
        return "an order to one's own forces is no demand between actors"
    if root(code) == GIVING_ROOT and lemma in HANDING_VERBS and _hands_people(candidate.verb):
        return "handing over captives is a transfer of custody, no aid"
    return None


#: Verbs of ordering, and the root of demanding (10) the tables give them.
ORDERING_VERBS = frozenset({"order", "command", "instruct", "direct", "tell"})
DEMAND_ROOT = "10"
#: Verbs of handing over, and the people handed over: captives, suspects, fighters.
HANDING_VERBS = frozenset({"hand", "turn", "transfer", "deliver", "give", "surrender", "pass"})
CAPTIVE_NOUNS = frozenset(
    "prisoner prisoners captive captives detainee detainees suspect suspects fighter fighters "
    "militant militants man men woman women hostage hostages body bodies fugitive fugitives".split()
)


def _own_forces(verb: Token) -> bool:
    """ "ordered his forces to", "told its troops to": the forces are the subject's own."""
    obj = _direct_object(verb)
    if obj is None or lemma_of(obj).lower() not in FORCE_NOUNS and obj.lower_ not in FORCE_NOUNS:
        return False
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in obj.children)


def _hands_people(verb: Token) -> bool:
    """ "handed captured fighters to the US", "turned over the suspects": people in custody, a
    person's name included."""
    obj = _direct_object(verb)
    if obj is None:
        return False
    return _one_of(obj, CAPTIVE_NOUNS) or obj.ent_type_ == "PERSON"


def _one_of(noun: Token, nouns: frozenset[str]) -> bool:
    """The noun, by its lemma or as written ("troops", "envoys"), is one of ``nouns``."""
    return lemma_of(noun).lower() in nouns or noun.lower_ in nouns


def _direct_object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


def _sends_forces(verb: Token) -> bool:
    """The verb's direct object is a force: "sent tanks", "sent 3,000 troops", "sent a
    number of warplanes" (any frame of the verb: "sent_to | Iraq" too)."""
    obj = _direct_object(verb)
    if obj is None:
        return False
    if lemma_of(obj).lower() in _QUANTITY:
        of = [g for p in obj.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        obj = of[0] if of else obj
    return _one_of(obj, FORCE_NOUNS)


def _sending_verb(candidate: Candidate) -> Token | None:
    """The verb of sending the frame states: its own ("sent troops"), or its clause's
    ("promised [to send troops]", the frame of the promise)."""
    verb = candidate.verb
    obj = candidate.object
    if lemma_of(verb) not in SENDING_VERBS and candidate.construct == "xcomp" and obj is not None:
        verb = obj.root
    return verb if lemma_of(verb) in SENDING_VERBS else None


def _sends_people(verb: Token, candidate: Candidate) -> bool:
    """The verb's direct object is a person sent on a mission: "sent Mr Zinni", "sent an envoy
    to Cairo", "Zhang was sent out by the emperor" (a visit or talks by the one sent, no aid
    to anyone)."""
    obj = _direct_object(verb)
    if obj is None and candidate.construct == "passive" and candidate.object is not None:
        obj = candidate.object.root  # the one sent, subject of the passive
    if obj is None:
        return False
    return obj.ent_type_ == "PERSON" or _one_of(obj, ENVOY_NOUNS)


def _disarms_others(verb: Token) -> bool:
    """The verb has a direct object that is not the subject's own ("disarmed the rival
    groups", not "disarmed its fighters" nor "agreed to disarm")."""
    obj = _direct_object(verb)
    if obj is None or obj.lower_ in ("itself", "themselves", "himself"):
        return False
    return not any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in obj.children)

"""Whether a verb frame is an event at all: actors, assertion, the arguments a code needs,
and violence by who uses it (made-up sentences through the real extractor and classifier)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphbuilder.events import classify_all
from graphbuilder.extract import extract_candidates


def typed_events(nlp: Language, text: str) -> set[tuple[str, str]]:
    """(verb lemma, PLOVER type) of every typed frame of ``text``."""
    cands = list(extract_candidates(nlp(text)))
    return {
        (c.verb.lemma_.lower(), t[0])
        for c, t in zip(cands, classify_all(cands), strict=True)
        if t[0] is not None
    }


def event_types(nlp: Language, text: str) -> set[str]:
    return {t for _, t in typed_events(nlp, text)}


# --- no actor, no event -------------------------------------------------------------------

NO_ACTOR = [
    "Imports declined by 1.8% in 2003.",  # a figure, not an actor refusing
    "Shares in the bank were trading down 0.7% at 590 pence.",
    "The central statistics office released growth figures on Tuesday.",  # figures are no captives
    "Nine days into his sentence, the prisoner hung himself in his cell.",  # an act on oneself
    "Parents and teachers met the prime minister on Tuesday.",  # civilians in diplomacy
    "The delegation is returning to Moscow.",  # going home returns no property
    "The company will provide new services to its customers.",  # services are no aid
]


@pytest.mark.parametrize("text", NO_ACTOR)
def test_no_event_without_actors_or_what_the_code_needs(nlp: Language, text: str) -> None:
    assert event_types(nlp, text) == set()


# --- not asserted, no event -----------------------------------------------------------------

NOT_ASSERTED = [
    ("Smith said the minister would be naive if he accepted the Chinese offer.", "accept"),  # condition
    ("Head teachers can exclude pupils who threaten violence.", "exclude"),  # possibility
    ("The regulator should not bide its time.", "bide"),  # obligation
    ("Observers said they thought the company would pull out of the deal.", "pull"),  # belief
    ("The government hopes to improve relations with Iran.", "improve"),  # hope
    ("Did the army attack the village?", "attack"),  # question
    ("Syria offered its troops to the president to help him oust the general.", "oust"),  # another's purpose
    ("The chancellor ruled out dipping into the reserve fund.", "dip"),  # avoided
]


@pytest.mark.parametrize(("text", "verb"), NOT_ASSERTED)
def test_no_event_when_not_asserted(nlp: Language, text: str, verb: str) -> None:
    assert verb not in {v for v, _ in typed_events(nlp, text)}


# --- what still is an event -----------------------------------------------------------------

EVENTS = [
    ("Workers staged a strike at the car plant.", "PROTEST"),  # civilians protest
    ("Heavy fighting between troops and rebels raged in the north.", "FIGHT"),  # the event, its actors
    ("The army said it would crush the rebels if they attacked.", "THREATEN"),  # a threat
    ("The opposition said the cabinet must resign.", "DEMAND"),  # a demand
    ("Pakistan refused to allow the inspectors into the country.", "REJECT"),
    ("Israel released 200 Palestinian prisoners.", "RETREAT"),  # people released
    ("Japan sent food aid to North Korea.", "AID"),  # aid given
    ("The United States is providing intelligence to Macedonia.", "AID"),  # given to an actor
    ("The foreign minister arrived in Paris for a visit.", "CONSULT"),  # a visit to a place
    ("The IAEA sent inspectors to Iran to monitor the nuclear plant.", "INVESTIGATE"),  # own purpose
]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_events_between_actors_keep_their_type(nlp: Language, text: str, expected: str) -> None:
    assert expected in event_types(nlp, text)


# --- violence: FIGHT for armed forces, ASSAULT for the rest ----------------------------------

VIOLENCE = [
    ("Gunmen killed five villagers near the market.", "ASSAULT"),
    ("Militants shot dead two policemen in the city.", "ASSAULT"),
    ("Suicide bombers killed 20 people at a mosque.", "ASSAULT"),
    ("Unidentified attackers kidnapped a French aid worker.", "ASSAULT"),
    ("Israeli troops killed three gunmen in a gunbattle.", "FIGHT"),
    ("Russian aircraft killed 46 civilians in the village.", "FIGHT"),
    ("Rebels attacked an army post near the border.", "FIGHT"),
    ("Government forces shelled rebel positions overnight.", "FIGHT"),
    ("The militia was guilty of violating the truce.", "FIGHT"),
]


@pytest.mark.parametrize(("text", "expected"), VIOLENCE)
def test_violence_by_who_uses_it(nlp: Language, text: str, expected: str) -> None:
    types = event_types(nlp, text) & {"ASSAULT", "FIGHT"}
    assert types == {expected}, text


# --- the sense of the verb with its object -------------------------------------------------

SENSES = [
    ("The opposition attacked the plan as reckless.", "attack", "DISAPPROVE"),  # a verbal attack
    ("He attacked the government's policy on immigration.", "attack", "DISAPPROVE"),
    ("The union called off the strike.", "call", "CONCEDE"),  # protesters yield (CAMEO 082)
    ("The rebels dropped their demand for autonomy.", "drop", "CONCEDE"),  # yielding (080)
    ("The UN called for the withdrawal of foreign troops.", "call", "REQUEST"),  # asked, not done
    ("The opposition pressed for the release of political prisoners.", "press", "DEMAND"),
    ("The president vowed revenge for the attack.", "vow", "THREATEN"),  # intent to use force
    ("The ministers pledged support for the new government.", "pledge", "AGREE"),
    ("Pakistan put its army on high alert.", "put", "MOBILIZE"),
    ("Serbia insisted that the talks be held in Belgrade.", "insist", "DEMAND"),  # subjunctive
    ("The European Union gave Palestinians 10 million euros in humanitarian aid.", "give", "AID"),
    ("The government gave in to demands for higher wages.", "give", "CONCEDE"),  # not the demand
    ("The rebels laid down their weapons.", "lay", "RETREAT"),
    ("India massed troops along the border.", "mass", "MOBILIZE"),
    ("Syria called up army reservists.", "call", "MOBILIZE"),
    ("The army held military exercises near the border.", "hold", "MOBILIZE"),  # a show of force
    ("The two navies held joint military exercises.", "hold", "COOPERATE"),
    ("A suicide bomber blew himself up in a crowded market.", "blow", "ASSAULT"),
    ('He also attacked the government\'s "failure" to control immigration.', "attack", "DISAPPROVE"),
    ("Gunmen shot dead two journalists on Monday.", "shoot", "ASSAULT"),  # irregulars, unarmed victims
    ("Police arrested the opposition leader on Tuesday.", "arrest", "COERCE"),
    ("Turkey said it would use force against the rebels.", "say", "THREATEN"),  # intent to fight
    ("The militants vowed to avenge the killing of their leader.", "avenge", "THREATEN"),
    ("The court ordered the release of the journalists.", "order", "RETREAT"),  # people released
    ("The two countries signed a trade agreement.", "sign", "AGREE"),  # countries are actors
    ("The two countries established diplomatic relations.", "establish", "SUPPORT"),
    ("Venezuela recalled its ambassador from Washington.", "recall", "SANCTION"),  # not reporting
    ("The government tightened security around the parliament.", "tighten", "MOBILIZE"),
    ("The government met the demands of the striking miners.", "meet", "CONCEDE"),  # not a meeting
    ("Israel withdrew its troops from Gaza.", "withdraw", "RETREAT"),
    ("The UN withdrew its peacekeepers from the region.", "withdraw", "RETREAT"),
    ("The United States speeded up the withdrawal of its forces.", "speed", "RETREAT"),
]


@pytest.mark.parametrize(("text", "verb", "expected"), SENSES)
def test_the_verb_sense_with_its_object(nlp: Language, text: str, verb: str, expected: str) -> None:
    assert (verb, expected) in typed_events(nlp, text)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The rebels vowed to sweep the traitors aside.", "vow"),  # vowing an unknown act is no AGREE
        ("Michael Howard was forced to deny the report.", "deny"),  # the directed one acts for another
        ('He told the BBC: "No politician should make that mistake."', "tell"),  # a maxim, no demand
        ("He said the broadcasters should make the decision.", "say"),  # advice, no demand
        ("The minister insisted that unrest reflected old tensions.", "insist"),  # asserts, demands nothing
        ("Kennedy said the prince should apologise in person.", "say"),  # advice reported
        ("The company said it would continue to monitor developments.", "monitor"),  # an intent
        ("The company said it would continue to monitor developments.", "say"),
        ("The old bridge was destroyed in the storm.", "destroy"),  # no actor suffers
        ("The government allowed opposition parties to hold rallies.", "hold"),  # allowed, not done
        ("The government withdrew the controversial bill.", "withdraw"),  # no forces withdrawn
    ],
)
def test_no_event_for_these_senses(nlp: Language, text: str, verb: str) -> None:
    assert verb not in {v for v, _ in typed_events(nlp, text)}

"""A typed frame names whom the event is aimed at (made-up sentences through the real
extractor and classifier): no second actor, no event, except protests, demands for an
action, criticism of a thing, refusals and stances on a policy."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphbuilder.events import classify_all
from graphbuilder.extract import extract_candidates


def event_types(nlp: Language, text: str) -> set[str]:
    cands = list(extract_candidates(nlp(text)))
    return {t[0] for t in classify_all(cands) if t[0] is not None}


NO_TARGET = [
    "The chancellor provided an extra 1bn pounds for schools.",  # money for no one: no aid
    "The retailer increased its sales in the autumn.",  # an economic figure
    "The minister hailed the longest period of growth in a century.",  # praise of no one
    "The brewer warned that its profits would fall next year.",  # a forecast, no threat
    "The Senate approved the bill on Tuesday.",  # a legislature's routine
    "The party fought a very positive campaign in the north.",  # no fight with anyone
    "Cabinet members held their last meeting before the summer.",  # a meeting with no one
    "The airline blamed record fuel prices for the loss.",  # a cause, not an accused
]


@pytest.mark.parametrize("text", NO_TARGET)
def test_no_second_actor_no_event(nlp: Language, text: str) -> None:
    assert event_types(nlp, text) == set()


WITH_TARGET = [
    ("The senator accused the governor of lying.", "DISAPPROVE"),  # an actor object
    ("Bangladesh rejected an Indian proposal for a trade pact.", "REJECT"),  # an actor marks it
    ("The president threatened further action against Russia.", "THREATEN"),  # the noun's own argument
    ("Israel threatened to ban voting in East Jerusalem.", "THREATEN"),  # in the complement
    ("Jordan and Britain agreed to hold joint military exercises.", "AGREE"),  # reciprocal
    ("The army lifted the siege of the town.", "RETREAT"),  # a place, and the event noun
    ("Turkish police prevented a demonstration staged by students.", "COERCE"),  # the event's agent
    ("The minister discussed the idea with the American ambassador.", "CONSULT"),  # a preposition
]


@pytest.mark.parametrize(("text", "expected"), WITH_TARGET)
def test_events_aimed_at_an_actor_keep_their_type(nlp: Language, text: str, expected: str) -> None:
    assert expected in event_types(nlp, text)


NO_ACTOR_NEEDED = [
    ("The MPs called for tougher sentences for violent crime.", "REQUEST"),  # an action asked for
    ("The bishop condemned the decision as a disgrace.", "DISAPPROVE"),  # criticism of a thing
    ("The rebels refused to attend the conference.", "REJECT"),  # a refusal to act
    ("Business leaders opposed the plan.", "REJECT"),  # a stance on a policy
    ("Mr Kerry conceded defeat on Wednesday.", "CONCEDE"),  # what is conceded
    ("Thousands of farmers demonstrated in the capital.", "PROTEST"),  # protest needs no addressee
    ("Putin proposed that Ukraine order a surrender.", "REQUEST"),  # the one asked, in the clause
]


@pytest.mark.parametrize(("text", "expected"), NO_ACTOR_NEEDED)
def test_events_without_a_named_target(nlp: Language, text: str, expected: str) -> None:
    assert expected in event_types(nlp, text)


MORE_NO_EVENT = [
    "The WTO warned that millions of jobs could be lost.",  # warning of what may happen
    "The governor warned against placing too much weight on one month's data.",
    "The Kyoto treaty branded the plan a failure.",  # a named thing is no actor
    "Ivory Coast peace talks delayed the arrival of the envoy.",  # an event noun acting
    "The firm exported its cars to the United States.",  # a market transaction
    "Two of the largest airlines, American and Southwest, blamed fuel prices.",  # no reciprocity in blame
    "The party mobilised public opinion against the tax.",  # mobilising needs forces
]


@pytest.mark.parametrize("text", MORE_NO_EVENT)
def test_warnings_things_and_markets_are_no_events(nlp: Language, text: str) -> None:
    assert event_types(nlp, text) == set()


def test_a_warned_actor_and_mobilised_forces_keep_their_type(nlp: Language) -> None:
    assert "THREATEN" in event_types(nlp, "The government warned Iran over its nuclear programme.")
    assert "MOBILIZE" in event_types(nlp, "North Korea has trained 500 computer hackers.")


DENIALS_AND_BUSINESS = [
    "The chancellor denied that he was gloating.",  # denying a claim refuses nothing
    "The firm rejected the allegations.",  # nor does rejecting an accusation
    "Microsoft kicked off the battle with adverts in the newspapers.",  # a company fights no one
]


@pytest.mark.parametrize("text", DENIALS_AND_BUSINESS)
def test_denials_reports_and_companies_are_no_events(nlp: Language, text: str) -> None:
    assert event_types(nlp, text) == set()


def test_refusals_to_act_and_armed_actors_keep_their_type(nlp: Language) -> None:
    assert "REJECT" in event_types(nlp, "The government refused to back the bill.")
    assert "ASSAULT" in event_types(nlp, "Guerrillas wounded two soldiers in a bomb attack.")
    # rejecting an accusation denies a claim (CAMEO 016), whoever made it: see test_senses
    assert event_types(nlp, "Iran rejected the allegations by the United States.") == set()


def test_the_one_told_is_no_target_of_the_report(nlp: Language) -> None:
    """The hearer of "told" is no target of the act reported to it: the act's type stays on the
    reported clause's own frame, not on "told [Congress that ...]", whose object is the hearer."""
    text = "The president told Congress that he would impose new sanctions on Russia."
    cands = list(extract_candidates(nlp(text)))
    typed = [c for c, t in zip(cands, classify_all(cands), strict=True) if t[0] is not None]
    assert typed, "the threat stays, on the reported clause"
    assert all(c.object is not None and c.object.root.text != "Congress" for c in typed)


@pytest.mark.parametrize(
    "text",
    [
        "The minister did not call for an inquiry.",  # a negated appeal
        "The senator never criticised the plan.",  # a negated criticism
        # the speaker is the patient of the reported clause
        'Mr Ebbers told the court: "I was never advised by Mr Sullivan of anything wrong."',
    ],
)
def test_negated_verbal_acts_and_passive_reports_are_no_events(nlp: Language, text: str) -> None:
    assert event_types(nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Euronext combined the Paris and Amsterdam exchanges with Lisbon.",  # "combine" 060 alone
        "The unit managed the fund for the Treasury.",  # "manage" 060 alone
        "An intelligence officer risked his life for the government.",  # "risk" 130 alone
    ],
)
def test_a_generic_verb_without_sense_evidence_is_no_event(nlp: Language, text: str) -> None:
    assert event_types(nlp, text) == set()


def test_confirmed_event_verbs_keep_their_type(nlp: Language) -> None:
    assert "INVESTIGATE" in event_types(nlp, "The IAEA monitored the Iranian nuclear plant.")
    assert "FIGHT" in event_types(nlp, "Israeli troops raided the Palestinian town of Jenin.")


def test_a_quoted_clause_carries_its_own_event_not_the_speakers_frame(nlp: Language) -> None:
    text = '"We are holding a demonstration outside the ministry," the union leader said.'
    cands = list(extract_candidates(nlp(text)))
    typed = [(c.predicate, t[0]) for c, t in zip(cands, classify_all(cands), strict=True) if t[0]]
    assert typed and all(not predicate.startswith("said") for predicate, _ in typed)

"""Patterns of news English typed as an event they are not, or as the wrong one (session 31).
Made-up sentences through the real extractor and classifier.

* A legislature's vote is no act of what it votes for, and the vote itself is no event
  (workers voting to reject an offer do reject it).
* Emerging as something is becoming it, no mediation (unless one emerges as a mediator).
* A call judged right or wrong is a decision, no appeal.
* Pulling up to a place is arriving, no seizure; a deal struck is no blow.
* Blocking something is a protest only when civilians do it: a state, a court or the police
  blocking something is none; armed forces blocking a road impose a blockade.
* Talks to come are no intent to cooperate (AGREE).
* Being keen or eager to act is a wish, no stated intent.
* Concern that someone would act says nothing of that actor's act.
* Tourists visiting a country, a tourist's demand or a colleague's call are no acts of
  political actors; quitting a post or a seat is no concession.
* A government approving a plan of its own, or backing a summit, is administration or
  patronage.
* Firing someone as a post's holder dismisses them; rallying to someone supports them;
  training another country's forces is military aid (CAMEO 072), no mobilisation."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import typed, types


@pytest.mark.parametrize(
    "text",
    [
        "Bordurian lawmakers voted to send the treaty to the king.",
        "The Ruritanian parliament voted to impose sanctions on Freedonia.",
        "The assembly voted on Tuesday to ban fur farming and to fine the breeders.",
    ],
)
def test_a_legislature_vote_is_not_the_act(nlp: Language, text: str) -> None:
    assert typed(nlp, text) == []


def test_workers_voting_to_reject_an_offer_reject_it(nlp: Language) -> None:
    text = "Dock workers voted to reject the company's pay offer."
    assert "REJECT" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia emerged as the only power in the region.",
        "The United States emerged as the lone superpower after the war.",
    ],
)
def test_emerging_as_something_is_no_event(nlp: Language, text: str) -> None:
    assert typed(nlp, text) == []


def test_emerging_as_a_mediator_stays(nlp: Language) -> None:
    text = "Norway emerged as a mediator between the two sides."
    assert types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian port authority made the right call in postponing the levies.",
        "Obama made the wrong call on Syria.",
    ],
)
def test_a_judged_call_is_a_decision(nlp: Language, text: str) -> None:
    assert "REQUEST" not in types(nlp, text), typed(nlp, text)


def test_a_call_for_calm_stays_a_request(nlp: Language) -> None:
    text = "Obama made a call for calm."
    assert "REQUEST" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The gang pulled up to a village wedding.",
        "Voters rejected the agreement the prime minister had struck with Brussels.",
        "The deal Iran struck with the United States was criticised.",
    ],
)
def test_arrivals_and_deals_struck_are_no_force(nlp: Language, text: str) -> None:
    assert not types(nlp, text) & {"COERCE", "FIGHT", "ASSAULT"}, typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sheriff's deputies blocked the lane running to her farm.",
        "Police blocked the road to the airport.",
        "Pakistan blocked Indian films.",
        "The court blocked the order.",
    ],
)
def test_blocking_by_the_state_or_police_is_no_protest(nlp: Language, text: str) -> None:
    assert "PROTEST" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Protesters blocked the road to the airport.", "Farmers blocked the motorway with tractors."],
)
def test_blocking_by_civilians_stays_a_protest(nlp: Language, text: str) -> None:
    assert "PROTEST" in types(nlp, text), typed(nlp, text)


def test_troops_blocking_a_road_impose_a_blockade(nlp: Language) -> None:
    text = "Russian troops blocked the road into the town."
    assert types(nlp, text) == {"COERCE"}, typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Xi will discuss cooperation in Beijing next week.",
        "The foreign ministers of Russia and Syria will hold a joint meeting.",
        "The two leaders will hold talks in Moscow.",
    ],
)
def test_talks_to_come_are_no_agreement(nlp: Language, text: str) -> None:
    assert "AGREE" not in types(nlp, text), typed(nlp, text)


def test_a_visit_to_come_stays_an_intent(nlp: Language) -> None:
    text = "Putin will visit Japan in December."
    assert "AGREE" in types(nlp, text), typed(nlp, text)


def test_talks_held_stay_a_consultation(nlp: Language) -> None:
    text = "Putin and Xi discussed cooperation in Beijing."
    assert "CONSULT" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Varnian government is eager to sign a border treaty with Borduria.",
        "Japan is keen to sign a trade deal with Australia.",
    ],
)
def test_a_wish_is_no_intent(nlp: Language, text: str) -> None:
    assert typed(nlp, text) == []


def test_readiness_stays_an_intent(nlp: Language) -> None:
    text = "Freedonia is ready to contribute troops to the force."
    assert "AGREE" in types(nlp, text), typed(nlp, text)


def test_concern_that_someone_would_act_is_no_threat(nlp: Language) -> None:
    text = "There is concern that Turkey would begin blocking imports of Brazilian meat."
    assert typed(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Millions of Chinese tourists visited France last year.",
        "A tourist demanded we use her camera.",
        "A BBC colleague phoned me.",
    ],
)
def test_tourists_and_colleagues_are_no_political_source(nlp: Language, text: str) -> None:
    assert typed(nlp, text) == []


def test_a_ministers_visit_stays(nlp: Language) -> None:
    text = "The foreign minister visited France."
    assert "CONSULT" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese cabinet approved the port plan.",
        "The harbour plan was approved last March by the central government.",
    ],
)
def test_a_plan_of_ones_own_approved_is_administration(nlp: Language, text: str) -> None:
    assert typed(nlp, text) == []


def test_several_parties_approving_a_plan_agree(nlp: Language) -> None:
    text = "The four factions approved a plan for a ruling council."
    assert "AGREE" in types(nlp, text), typed(nlp, text)


def test_an_occasion_backed_is_patronage(nlp: Language) -> None:
    text = "The summit is supported by the Chinese government."
    assert typed(nlp, text) == []


def test_supporting_a_government_stays(nlp: Language) -> None:
    text = "Russia supported the Syrian government."
    assert "SUPPORT" in types(nlp, text), typed(nlp, text)


def test_approving_another_actors_request_stays(nlp: Language) -> None:
    text = "Turkey approved Russia's request for overflights."
    assert types(nlp, text), typed(nlp, text)


def test_firing_someone_as_a_posts_holder_is_a_dismissal(nlp: Language) -> None:
    text = "The premier fired Ana Okafor as Central Bank chief in 2011."
    assert "FIGHT" not in types(nlp, text), typed(nlp, text)


def test_firing_on_people_stays_force(nlp: Language) -> None:
    text = "Troops fired on the protesters."
    assert "FIGHT" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Merkel rallied to the Netherlands.", "EU leaders rallied around Greece."],
)
def test_rallying_to_someone_is_support(nlp: Language, text: str) -> None:
    assert types(nlp, text) == {"SUPPORT"}, typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["The United States trained Syrian rebels.", "Britain trained Ukrainian soldiers."],
)
def test_training_another_countrys_forces_is_aid(nlp: Language, text: str) -> None:
    assert types(nlp, text) == {"AID"}, typed(nlp, text)


def test_training_ones_own_recruits_stays(nlp: Language) -> None:
    text = "The army trained new recruits."
    assert "AID" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["The head coach quit the post in May 2011.", "She resigned her seat in parliament."],
)
def test_leaving_a_post_is_no_concession(nlp: Language, text: str) -> None:
    assert typed(nlp, text) == []


def test_resigning_from_the_cabinet_stays(nlp: Language) -> None:
    text = "The minister resigned from the cabinet."
    assert "CONCEDE" in types(nlp, text), typed(nlp, text)

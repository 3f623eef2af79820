"""Patterns of news English that look like an event and are none, or another one (session 27,
issue 9). Made-up sentences through the real extractor and classifier.

* Inability is no refusal: "is unable to provide support" says one cannot, not that one will not.
* A reporter asking a newsmaker for comment makes no appeal to an actor.
* Agreeing that something *is* so is a shared view, not an agreement to act.
* "Looks likely to" is a forecast, as "is likely to" is; "looks ready to" keeps the stance.
* Defending a place is holding ground against an attack, not support for an actor.
* Rallying *to* or *behind* someone is taking their side, not a protest.
* Launching a bid or an attempt is setting out to do something, not doing it.
* An event noun with "no" ("held no talks") says the event did not happen.
* "Put support at 44 percent" states a figure.
* Announcing where one's forces will go, with no one they are aimed at, threatens no one.
* "Directed their criticism at" is criticism; directing alone is managing (a keep test: the
  table's bare "direct" as cooperation is gone, and it was not typed here before either).
* Quitting a post or offering one is a resignation or an appointment, not a concession or a
  promise to another actor; a police post attacked stays an attack.
* A court or a judge halting an order rules on it; it imposes no sanction.
* Training rebels or another country's forces is aid to them; training recruits mobilises.
* Ordering a thing ("ordered wiretaps") commissions it; ordering someone to act demands.
* "Arrested two men from Leeds": the place says where the people come from; the men are the
  target.
* An event noun that a verb of cancelling governs ("the visit was cancelled", "the meeting was
  postponed") did not happen.
* A verb with no code of its own that carries its complement's event ("took to the stage to
  defend her policy") is judged by the complement's sense, as a reported clause is.
* Hosting refugees or a foreign base is sheltering or stationing, no meeting; hosting a
  president stays one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import typed, types


@pytest.mark.parametrize(
    "text",
    [
        "The president would be unable to meet the king.",
        "The Velmoran government is often unable to provide the aid that Freedonia needs.",
        "The president was not able to meet the king.",
    ],
)
def test_inability_is_no_refusal(nlp: Language, text: str) -> None:
    assert "REJECT" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text", ["The president refused to meet the king.", "The president would not meet the king."]
)
def test_a_refusal_stays_a_refusal(nlp: Language, text: str) -> None:
    assert "REJECT" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Velmoran Times asked the ministry for comment on the report.",
        "Reuters requested a comment from the embassy but received no reply.",
        "The ministry did not respond to Reuters' requests for comment.",
    ],
)
def test_a_request_for_comment_is_no_appeal(nlp: Language, text: str) -> None:
    assert "REQUEST" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["The opposition asked the ministry for help.", "The ministry rejected Freedonia's request for talks."],
)
def test_asking_for_help_or_talks_stays_an_appeal(nlp: Language, text: str) -> None:
    assert "REQUEST" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Both parties agree the vote is a formality.", "Both sides agreed that the talks were useful."],
)
def test_agreeing_what_is_so_is_a_shared_view(nlp: Language, text: str) -> None:
    assert "AGREE" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Both sides agreed that troops would leave the town.",
        "Both sides agreed that the talks should resume.",
    ],
)
def test_agreeing_what_is_to_be_done_stays_an_agreement(nlp: Language, text: str) -> None:
    assert "AGREE" in types(nlp, text), typed(nlp, text)


def test_looking_likely_to_is_a_forecast(nlp: Language) -> None:
    text = "The minister looks likely to arrive empty-handed in Velmora."
    assert types(nlp, text) == set(), typed(nlp, text)


def test_looking_ready_to_keeps_the_stance(nlp: Language) -> None:
    text = "The minister looks ready to sign the treaty with Freedonia."
    assert "AGREE" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Freedonian militants are defending the town against an offensive.",
        "Rebel fighters defended the west bank of the city.",
    ],
)
def test_defending_a_place_is_no_support(nlp: Language, text: str) -> None:
    assert "SUPPORT" not in types(nlp, text), typed(nlp, text)


def test_defending_a_person_stays_support(nlp: Language) -> None:
    text = "The minister defended the ambassador against the criticism."
    assert "SUPPORT" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The chancellor rallied to Freedonia after the attack.",
        "The prime minister rallied behind the Velmoran president.",
    ],
)
def test_rallying_to_someones_side_is_no_protest(nlp: Language, text: str) -> None:
    assert "PROTEST" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students rallied against the Velmoran president.",
        "Thousands of students rallied to the main square.",
    ],
)
def test_a_rally_against_someone_or_in_a_place_stays_a_protest(nlp: Language, text: str) -> None:
    assert "PROTEST" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["The president launched a bid to bring back flogging.", "The former minister launched a second bid."],
)
def test_launching_a_bid_is_no_event(nlp: Language, text: str) -> None:
    assert types(nlp, text) == set(), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it held no talks with Freedonia.",
        "The president said he had no meetings scheduled with the king.",
    ],
)
def test_an_event_noun_with_no_is_no_event(nlp: Language, text: str) -> None:
    assert "CONSULT" not in types(nlp, text), typed(nlp, text)


def test_talks_held_stay_a_consultation(nlp: Language) -> None:
    text = "The ministry held talks with Freedonia."
    assert "CONSULT" in types(nlp, text), typed(nlp, text)


def test_a_figure_put_at_is_a_measurement(nlp: Language) -> None:
    text = "The latest Velmoran poll put support for the president at 44 percent."
    assert "SUPPORT" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian army said it would deploy 300 marines to Helmand province this spring.",
        "The Freedonian army said it would deploy 300 marines to the northern province.",
    ],
)
def test_announcing_a_deployment_to_a_place_is_no_threat(nlp: Language, text: str) -> None:
    assert "THREATEN" not in types(nlp, text), typed(nlp, text)


def test_a_deployment_against_an_actor_stays_a_threat(nlp: Language) -> None:
    text = "The Freedonian army said it would deploy troops against the rebels."
    assert "THREATEN" in types(nlp, text), typed(nlp, text)


def test_directing_criticism_is_criticism(nlp: Language) -> None:
    text = "The protesters directed their criticism at the Velmoran president."
    assert types(nlp, text) == {"DISAPPROVE"}, typed(nlp, text)


def test_directing_an_agency_is_no_cooperation(nlp: Language) -> None:
    text = "The minister directed the agency for six years."
    assert types(nlp, text) == set(), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy quit the post after six months.",
        "The president offered the ambassador the top diplomatic post in Moscow.",
    ],
)
def test_a_post_quit_or_offered_is_no_event(nlp: Language, text: str) -> None:
    assert types(nlp, text) == set(), typed(nlp, text)


def test_a_police_post_attacked_stays_an_attack(nlp: Language) -> None:
    text = "Rebels attacked a police post near the border."
    assert "FIGHT" in types(nlp, text), typed(nlp, text)


def test_a_judge_halting_an_order_is_a_ruling(nlp: Language) -> None:
    text = "A federal judge halted the president's executive order."
    assert "SANCTION" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text", ["The US trained Syrian rebels in Jordan.", "The US trained 60 fighters last year."]
)
def test_training_another_s_fighters_is_no_mobilisation(nlp: Language, text: str) -> None:
    assert "MOBILIZE" not in types(nlp, text), typed(nlp, text)


def test_training_recruits_stays_a_mobilisation(nlp: Language) -> None:
    text = "The army trained 5,000 new recruits."
    assert "MOBILIZE" in types(nlp, text), typed(nlp, text)


def test_a_thing_ordered_is_no_demand(nlp: Language) -> None:
    text = "The governor had ordered wiretaps against him."
    assert "DEMAND" not in types(nlp, text), typed(nlp, text)


def test_ordering_someone_to_act_stays_a_demand(nlp: Language) -> None:
    text = "The president ordered Velmora to withdraw its troops."
    assert "DEMAND" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Police arrested two men from Leeds on Tuesday.", "two men"),
        ("Gunmen kidnapped two aid workers from Freedonia.", "two aid workers"),
    ],
)
def test_where_the_people_acted_on_come_from_is_no_target(nlp: Language, text: str, people: str) -> None:
    found = typed(nlp, text)
    assert [o for _, _, o, _ in found] == [people], found


def test_a_withdrawal_from_a_place_keeps_the_place(nlp: Language) -> None:
    text = "Freedonia withdrew its troops from Velmora."
    assert ("Freedonia", "withdrew_from", "Velmora", "RETREAT") in typed(nlp, text), typed(nlp, text)


def test_land_seized_from_a_state_keeps_the_state(nlp: Language) -> None:
    text = "Russia seized the Crimean Peninsula from Ukraine in 2014."
    assert ("Russia", "seized_from", "Ukraine", "COERCE") in typed(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The president's visit to Israel was cancelled.",
        "Trump's meeting with Putin was postponed until July.",
        "The Velmoran president's visit to Israel was postponed.",
    ],
)
def test_a_cancelled_event_is_no_event(nlp: Language, text: str) -> None:
    assert "CONSULT" not in types(nlp, text), typed(nlp, text)


def test_an_event_that_took_place_stays(nlp: Language) -> None:
    text = "The president's visit to Israel was a success."
    assert "CONSULT" in types(nlp, text), typed(nlp, text)


def test_a_carried_complement_keeps_its_sense(nlp: Language) -> None:
    text = "Merkel took to the stage to defend her refugee policy."
    assert "SUPPORT" not in types(nlp, text), typed(nlp, text)


def test_land_seized_from_a_state_in_a_relative_clause_keeps_the_state(nlp: Language) -> None:
    text = "Crimea, which Russia seized from Ukraine in 2014, hosts a large naval base."
    assert ("Russia", "seized_from", "Ukraine", "COERCE") in typed(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text", ["Turkey hosts a large NATO air base.", "Lebanon hosts more than a million refugees from Syria."]
)
def test_hosting_refugees_or_a_base_is_no_meeting(nlp: Language, text: str) -> None:
    assert "CONSULT" not in types(nlp, text), typed(nlp, text)


def test_hosting_a_president_stays_a_meeting(nlp: Language) -> None:
    text = "Turkey hosted the Iranian president in Ankara."
    assert "CONSULT" in types(nlp, text), typed(nlp, text)

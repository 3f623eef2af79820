"""Patterns of news English typed as an event they are not, or as the wrong one (session 29,
round 2). Made-up sentences through the real extractor and classifier.

* Declining to give details is declining to comment, no rejection of anyone.
* Agreeing *that* something is so is an opinion held in common ("both sides agree the vote is
  a formality"); agreeing that something will be done stays an agreement.
* A chance, prospect or likelihood of an act weighs it: the act is not said to happen.
* Boycotting talks or hearings is a protest (CAMEO 143), not taking part in them.
* A call made *to* someone is a telephone call (CONSULT); a call *for* something an appeal.
* Dismissing staff ("thousands of civil servants") removes them; it rejects nothing.
* Preventing clashes is no threat or refusal aimed at anyone.
* A bid for office is a campaign, no sanction.
* Respecting views is an attitude; seeking care or a policy of one's own asks no one;
  hosting refugees shelters them (no visit); abusing one's power is misconduct, no assault.
* A missile launched at no one (a test) is a show of force (150, MOBILIZE), not a fight."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import typed, types


@pytest.mark.parametrize(
    "text",
    [
        "The ministry declined to give details of the talks.",
        "The police refused to give further details of the arrests.",
    ],
)
def test_declining_to_give_details_is_no_rejection(nlp: Language, text: str) -> None:
    assert "REJECT" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The president refused to meet the envoy.",
        "The senator has refused to provide information about his business dealings.",
    ],
)
def test_refusing_to_meet_or_to_disclose_stays_a_rejection(nlp: Language, text: str) -> None:
    assert "REJECT" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Both parties agree the ballot is a formality.",
        "Both parties agree that the ballot is a formality.",
    ],
)
def test_agreeing_that_something_is_so_is_an_opinion(nlp: Language, text: str) -> None:
    assert "AGREE" not in types(nlp, text), typed(nlp, text)


def test_agreeing_on_what_will_be_done_stays_an_agreement(nlp: Language) -> None:
    text = "The two sides agreed the truce would start on Monday."
    assert "AGREE" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "There is no chance of parliament approving the expulsions.",
        "Lord Smith said there was no chance of Parliament approving the expulsion of the migrants.",
    ],
)
def test_a_chance_of_an_act_is_no_act(nlp: Language, text: str) -> None:
    assert typed(nlp, text) == [], typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition boycotted the hearings for the minister.",
        "The opposition boycotted the talks with the government.",
    ],
)
def test_a_boycott_is_a_protest(nlp: Language, text: str) -> None:
    found = types(nlp, text)
    assert found == {"PROTEST"}, typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister made several calls to the ambassador in June.",
        "The president made a call to Putin on Tuesday.",
    ],
)
def test_a_call_to_someone_is_a_consultation(nlp: Language, text: str) -> None:
    found = types(nlp, text)
    assert "REQUEST" not in found and "CONSULT" in found, typed(nlp, text)


def test_a_call_for_something_stays_an_appeal(nlp: Language) -> None:
    text = "The president made a call for calm."
    assert "REQUEST" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The government dismissed thousands of civil servants.",
        "The government dismissed 2,000 teachers and soldiers.",
    ],
)
def test_dismissing_staff_is_no_rejection(nlp: Language, text: str) -> None:
    assert "REJECT" not in types(nlp, text), typed(nlp, text)


def test_agreeing_to_prevent_clashes_is_no_threat(nlp: Language) -> None:
    text = "The two states agreed to prevent clashes between their armed forces."
    assert "THREATEN" not in types(nlp, text), typed(nlp, text)


def test_a_bid_for_office_is_no_sanction(nlp: Language) -> None:
    text = "The mayor launched a bid for the presidency."
    assert "SANCTION" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The government respects the views of the people.",
        "\"The government respects people's civic stance and their right to speak,\" said the spokesman.",
    ],
)
def test_respecting_views_is_no_support(nlp: Language, text: str) -> None:
    assert "SUPPORT" not in types(nlp, text), typed(nlp, text)


def test_seeking_a_policy_of_ones_own_is_no_request(nlp: Language) -> None:
    text = "The government seeks a coherent policy on Ruritania."
    assert "REQUEST" not in types(nlp, text), typed(nlp, text)


def test_seeking_asylum_stays_a_request(nlp: Language) -> None:
    text = "The dissident sought asylum in Freedonia."
    assert "REQUEST" in types(nlp, text), typed(nlp, text)


def test_hosting_refugees_is_no_consultation(nlp: Language) -> None:
    text = "Freedonia is hosting more than 200,000 refugees from Ruritania."
    assert "CONSULT" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["The minister abused his power.", "The governor abused her office to help her brother."],
)
def test_abusing_ones_power_is_no_assault(nlp: Language, text: str) -> None:
    assert "ASSAULT" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "\"I haven't made a phone call to Ruritania in years,\" the president said.",
        "The president did not make a call to the prime minister.",
    ],
)
def test_a_call_denied_is_no_refusal(nlp: Language, text: str) -> None:
    assert "REJECT" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran launched a ballistic missile from a site near the coast.",
        "North Korea launched two ballistic missiles into the sea on Sunday.",
    ],
)
def test_a_missile_launched_at_no_one_is_a_show_of_force(nlp: Language, text: str) -> None:
    found = types(nlp, text)
    assert "FIGHT" not in found and "MOBILIZE" in found, typed(nlp, text)


@pytest.mark.parametrize(
    "text", ["Israel fired missiles at the rebels' bases.", "Iran launched a missile into Iraq."]
)
def test_a_missile_aimed_at_a_target_stays_a_fight(nlp: Language, text: str) -> None:
    assert "FIGHT" in types(nlp, text), typed(nlp, text)


def test_missiles_launched_by_forces_stay_a_fight(nlp: Language) -> None:
    text = "The alliance's forces launched more than 2,000 cruise missiles."
    assert "FIGHT" in types(nlp, text), typed(nlp, text)


def test_not_joining_talks_stays_a_refusal(nlp: Language) -> None:
    text = "The allies did not join the negotiations."
    assert "REJECT" in types(nlp, text), typed(nlp, text)

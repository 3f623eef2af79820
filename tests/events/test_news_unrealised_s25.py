"""Acts not done, contests and one's own bills on political news (session 25, issue 9): a
struggle to do something and a forecast that it will not happen, a crackdown on a practice,
rivals beaten in a race, a bill pulled by its sponsor, crimes rejected, acts committed
against someone, and an envoy sent (passive). Made-up sentences through the real extractor
and classifier."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import typed, types


@pytest.mark.parametrize(
    "text",
    [
        "Washington struggled to resolve its dispute with Ankara.",
        "The minister said Freedonia is unlikely to launch an offensive this year.",
        "The government has stepped up its crackdown on corruption.",
        "The senator, who beat rivals including Mr Dupont to become the candidate, denies wrongdoing.",
        "Senator Jane Smith abruptly pulled her Obamacare replacement bill from the floor.",
        "Anthony Zinni was sent back to Israel by President Bush.",
    ],
)
def test_no_event_between_actors(nlp: Language, text: str) -> None:
    assert types(nlp, text) == set(), typed(nlp, text)


def test_a_crackdown_on_people_stays(nlp: Language) -> None:
    assert types(nlp, "The army stepped up its crackdown on the rebels.") != set()


def test_rejecting_crimes_is_no_refusal_and_committing_them_no_promise(nlp: Language) -> None:
    found = types(nlp, "We reject the crimes the militia has committed against civilians.")
    assert found & {"REJECT", "AGREE"} == set()


@pytest.mark.parametrize(
    "text",
    [
        "The party's candidate, Emmanuel Dupont, has denied a secret affair with the radio chief Paul Marin.",
        "The government issued a strong rejection of the claims.",
    ],
)
def test_denying_a_fact_or_a_claim_is_no_refusal(nlp: Language, text: str) -> None:
    assert "REJECT" not in types(nlp, text)


def test_rejecting_a_proposal_stays_a_refusal(nlp: Language) -> None:
    assert types(nlp, "The ministry issued a rejection of the proposal.") == {"REJECT"}


def test_intruding_into_politics_is_no_support(nlp: Language) -> None:
    assert "SUPPORT" not in types(nlp, "Moscow intruded into Ukrainian politics.")


@pytest.mark.parametrize(
    "text",
    [
        "He read the files in a ministry office because the agency had not yet provided them to Congress.",
        "Speaking on Monday, the minister repeated that he did not discuss the sanctions with Petrov.",
    ],
)
def test_what_has_not_happened_is_no_refusal(nlp: Language, text: str) -> None:
    assert "REJECT" not in types(nlp, text)


@pytest.mark.parametrize(
    "text", ["Sharon will not meet Arafat.", "The envoy said he would not meet the rebel leaders."]
)
def test_a_meeting_one_will_not_hold_stays_a_refusal(nlp: Language, text: str) -> None:
    assert types(nlp, text) == {"REJECT"}


def test_states_clashing_over_an_issue_is_a_dispute(nlp: Language) -> None:
    text = "Australia and the United Nations clashed in Geneva over asylum policy."
    assert "FIGHT" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["India and China clashed over the border.", "Police clashed with armed protesters over the eviction."],
)
def test_a_clash_over_land_or_with_the_armed_stays_a_fight(nlp: Language, text: str) -> None:
    assert "FIGHT" in types(nlp, text)


def test_submitting_a_request_is_a_request(nlp: Language) -> None:
    found = types(nlp, "The Freedonian government submitted a formal request to the United Nations.")
    assert found == {"REQUEST"}


@pytest.mark.parametrize(
    "text",
    [
        "The Australian fought alongside Taliban forces in Afghanistan.",
        "Russia is fighting on the side of President Assad.",
    ],
)
def test_fighting_alongside_an_ally_does_not_fight_it(nlp: Language, text: str) -> None:
    assert "FIGHT" not in types(nlp, text)


def test_fighting_alongside_an_ally_against_an_enemy_fights_the_enemy(nlp: Language) -> None:
    found = typed(nlp, "Iraqi troops fought alongside Kurdish fighters against the militants.")
    assert [(p, o, e) for _, p, o, e in found] == [("fought_against", "the militants", "FIGHT")]

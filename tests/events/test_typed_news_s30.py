"""Patterns of news English typed as an event they are not, or as the wrong one (session 30).
Made-up sentences through the real extractor and classifier.

* Declining comment, or a request for an interview, is declining to comment (CAMEO 011), no
  rejection; a call or a message not returned is no refusal either.
* A warning to the general public to keep safe, or a warning named by its hazard ("a storm
  warning", "a travel warning for X"), is advice, no threat by an actor.
* Signing a law, a bill or an executive order is no formal agreement with anyone.
* Agreeing or promising to marry someone is a private matter, no intent to cooperate.
* The police capturing a person arrest them (COERCE); they occupy no territory (FIGHT).
* Sharing something with a friend or a reporter is a leak or a confidence, no cooperation.
* Committing a misdeed ("committed atrocities") is doing it, no commitment (AGREE).
* Pulling one's own state out of an accord coerces no one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import typed, types


@pytest.mark.parametrize(
    "text",
    [
        "The ministry declined comment.",
        "The agency declined further comment to the newspaper.",
        "The company's lawyers declined comment on the case.",
        "A spokesman for the embassy declined requests for an interview.",
    ],
)
def test_declining_comment_is_no_rejection(nlp: Language, text: str) -> None:
    assert "REJECT" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The lawyer did not return a call seeking comment.",
        "Her attorney did not return a phone call seeking comment on Tuesday.",
    ],
)
def test_a_call_not_returned_is_no_rejection(nlp: Language, text: str) -> None:
    assert "REJECT" not in types(nlp, text), typed(nlp, text)


def test_declining_a_request_for_visas_stays_a_rejection(nlp: Language) -> None:
    text = "The embassy declined their request for visas."
    assert "REJECT" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The agency warned people to stay away from the river and keep calm.",
        "Police warned residents to avoid the area.",
        "Officials warned travellers to avoid the mountain roads.",
    ],
)
def test_advice_to_the_public_is_no_threat(nlp: Language, text: str) -> None:
    assert "THREATEN" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The weather agency issued a storm warning.",
        "The National Weather Bureau issued a flood warning for Springfield.",
        "The government issued a travel warning for Freedonia.",
        "The government launched its mobile application warning of floods.",
    ],
)
def test_a_hazard_warning_is_no_threat(nlp: Language, text: str) -> None:
    assert "THREATEN" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania warned Freedonia to stop the drills.",
        "The army warned civilians to leave the city before the offensive.",
        # an armed group warning the public, or a warning with "or face": a threat
        "The Taliban warned people to stay away from the polling stations.",
        "The militants warned residents to keep away from the barracks.",
        "The group warned residents to stay away from government buildings or face attack.",
    ],
)
def test_warning_an_actor_or_civilians_to_leave_stays_a_threat(nlp: Language, text: str) -> None:
    assert "THREATEN" in types(nlp, text), typed(nlp, text)


def test_signing_executive_actions_is_no_agreement(nlp: Language) -> None:
    text = "President Trump signed three executive actions on crime."
    assert not types(nlp, text) & {"SUPPORT", "AGREE"}, typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania and Freedonia signed a peace treaty.",
        "Ruritania and Freedonia signed the Treaty of Lisbon.",
    ],
)
def test_signing_a_treaty_stays_typed(nlp: Language, text: str) -> None:
    assert "SUPPORT" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize("text", ["She agreed to marry him.", "He promised to marry her."])
def test_agreeing_to_marry_is_a_private_matter(nlp: Language, text: str) -> None:
    assert "AGREE" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A transit police officer captured Jose Gonzalez.",
        "Police captured him near the station.",
    ],
)
def test_police_capturing_a_person_arrest_them(nlp: Language, text: str) -> None:
    found = types(nlp, text)
    assert "COERCE" in found and "FIGHT" not in found, typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels captured the town of Springfield.",
        "Rebels captured Jose Gonzalez.",
    ],
)
def test_capturing_a_town_or_by_rebels_stays_a_fight(nlp: Language, text: str) -> None:
    assert "FIGHT" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "John Smith pleaded guilty to fraud after he shared secret files with a reporter.",
    ],
)
def test_sharing_with_a_private_person_is_no_cooperation(nlp: Language, text: str) -> None:
    assert "COOPERATE" not in types(nlp, text), typed(nlp, text)


def test_a_state_sharing_intelligence_with_a_state_stays_cooperation(nlp: Language) -> None:
    text = "Russia shared intelligence with the United States."
    assert "COOPERATE" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army committed gang rapes of villagers.",
        "Police committed atrocities against the protesters.",
    ],
)
def test_committing_a_misdeed_is_no_commitment(nlp: Language, text: str) -> None:
    assert "AGREE" not in types(nlp, text), typed(nlp, text)


def test_committing_troops_stays_a_commitment(nlp: Language) -> None:
    text = "Russia committed troops to the mission."
    assert "AGREE" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "President Trump pulled the US out of the trade pact.",
        "The president pulled America out of the Paris accord.",
    ],
)
def test_taking_ones_state_out_of_an_accord_coerces_no_one(nlp: Language, text: str) -> None:
    assert "COERCE" not in types(nlp, text), typed(nlp, text)

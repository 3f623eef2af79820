"""Patterns of news English typed as an event they are not, or as the wrong one (session 28,
issue 9). Made-up sentences through the real extractor and classifier.

* Words offered are coded by what they are: condolences and an apology are SUPPORT (CAMEO 018,
  055), not an offer to cooperate; an explanation offered is no event.
* Dismissing an office-holder removes them from office; it rejects nothing.
* Seeking people is a search; seeking a thing from someone stays an appeal.
* Pressing ahead with one's own plans is going on with them, no demand of anyone.
* What a negated act was for did not happen either ("did not travel to Moscow to meet Putin").
* Acting as something is mediation only as a go-between.
* "Took to Twitter to thank X": the thanks are aimed at X, not at Twitter."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import typed, types


@pytest.mark.parametrize(
    "text",
    [
        "Putin offered condolences to Erdogan over the deaths of the soldiers.",
        "The ambassador offered an apology to the British government.",
    ],
)
def test_condolences_and_apologies_offered_are_support(nlp: Language, text: str) -> None:
    found = types(nlp, text)
    assert "AGREE" not in found and "SUPPORT" in found, typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia offered an explanation to Turkey for the incident.",
        "Moscow offered its own account of the incident to the Turkish government.",
    ],
)
def test_an_explanation_offered_is_no_event(nlp: Language, text: str) -> None:
    assert "AGREE" not in types(nlp, text), typed(nlp, text)


def test_aid_offered_stays_an_offer(nlp: Language) -> None:
    text = "Russia offered aid to Syria."
    assert "AGREE" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Trump dismissed Comey last week.",
        "The president dismissed the director of the intelligence agency.",
        "The president dismissed two cabinet members.",
    ],
)
def test_dismissing_an_office_holder_is_no_rejection(nlp: Language, text: str) -> None:
    assert "REJECT" not in types(nlp, text), typed(nlp, text)


def test_dismissing_a_proposal_stays_a_rejection(nlp: Language) -> None:
    text = "Iran dismissed the proposal."
    assert "REJECT" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Authorities are seeking the gunman.", "Authorities are seeking seven other North Korean suspects."],
)
def test_seeking_people_is_a_search(nlp: Language, text: str) -> None:
    assert "REQUEST" not in types(nlp, text), typed(nlp, text)


def test_seeking_aid_from_someone_stays_an_appeal(nlp: Language) -> None:
    text = "Syria sought military aid from Russia."
    assert "REQUEST" in types(nlp, text), typed(nlp, text)


def test_pressing_ahead_with_plans_is_no_demand(nlp: Language) -> None:
    text = "The government pressed ahead with its plans to build the dam."
    assert "DEMAND" not in types(nlp, text), typed(nlp, text)


def test_pressing_someone_to_act_stays_a_demand(nlp: Language) -> None:
    text = "The minister pressed the government to release the prisoners."
    assert "DEMAND" in types(nlp, text), typed(nlp, text)


def test_the_purpose_of_an_act_not_done_did_not_happen(nlp: Language) -> None:
    text = "The president did not travel to Moscow to meet Putin."
    assert "CONSULT" not in types(nlp, text), typed(nlp, text)


def test_the_purpose_of_an_act_done_stays(nlp: Language) -> None:
    text = "The president traveled to Moscow to meet Putin."
    assert "CONSULT" in types(nlp, text), typed(nlp, text)


def test_acting_as_a_training_ground_is_no_mediation(nlp: Language) -> None:
    text = "The camp acts as a recruiting ground for the militants."
    assert "CONSULT" not in types(nlp, text), typed(nlp, text)


def test_acting_as_a_mediator_stays_mediation(nlp: Language) -> None:
    text = "Norway acted as a mediator between the government and the rebels."
    assert "CONSULT" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    ("text", "medium", "aimed_at"),
    [
        ("The ministry took to Twitter to thank Russia for its support.", "Twitter", "Russia"),
        ("The minister took to the airwaves to criticise the opposition.", "the airwaves", "the opposition"),
    ],
)
def test_taking_to_a_medium_aims_the_act_at_its_own_object(
    nlp: Language, text: str, medium: str, aimed_at: str
) -> None:
    found = typed(nlp, text)
    assert not [t for t in found if t[2] == medium], found
    assert [t for t in found if t[2] is not None and t[2].startswith(aimed_at)], found


def test_taking_to_the_streets_to_protest_stays_a_protest(nlp: Language) -> None:
    text = "Thousands of protesters took to the streets to protest against the government."
    assert "PROTEST" in types(nlp, text), typed(nlp, text)

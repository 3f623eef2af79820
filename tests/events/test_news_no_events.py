"""No event between actors, though the tables type the verb (session 24, issue 9 class 2):
rescues at home, accidents investigated, launches, paperwork suspended, games. Made-up
sentences through the real extractor and classifier."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphbuilder.events.contests import contest_reason
from graphbuilder.events.everyday import everyday_reason
from graphbuilder.extract import extract_candidates
from tests.events.typed_frames import types


@pytest.mark.parametrize(
    "text",
    [
        "A fire brigade spokesman said police had rescued six people from the collapsed building.",
        "Authorities scrambled to evacuate thousands of residents as the river rose.",
    ],
)
def test_a_rescue_at_home_is_no_aid(nlp: Language, text: str) -> None:
    assert "AID" not in types(nlp, text)


def test_aid_to_an_actor_stays(nlp: Language) -> None:
    assert types(nlp, "Japan sent food to North Korea.") == {"AID"}


@pytest.mark.parametrize(
    ("text", "predicate", "code", "reason"),
    [
        (
            "The transport safety board is investigating the crash of a small plane.",
            "investigated",
            "090",
            "an accident investigated",
        ),
        ("The Russian rocket blasted off from the launch site.", "blasted_off_from", "111", "a launch"),
        (
            "The government has suspended their applications until May.",
            "suspended",
            "160",
            "paperwork suspended",
        ),
    ],
)
def test_accidents_launches_and_paperwork_are_everyday(
    nlp: Language, text: str, predicate: str, code: str, reason: str
) -> None:
    frame = next(c for c in extract_candidates(nlp(text)) if c.predicate == predicate)
    assert everyday_reason(frame.verb, frame.object, frame.subject, code) == reason


def test_sanctions_on_an_actor_are_no_paperwork(nlp: Language) -> None:
    assert types(nlp, "Britain suspended military aid to Ruritania.") == {"SANCTION"}


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # a word only games use in the verb's own clause
        ("Smith and Jones shared a 150-run partnership for the fourth wicket.", "shared"),
        # winning, in an article that uses two words only games use
        (
            'The Swiss player won the first set at the tennis tournament. "He is a fighter and '
            'I am delighted to beat him," she said.',
            "is",
        ),
    ],
)
def test_games_are_no_events(nlp: Language, text: str, predicate: str) -> None:
    frame = next(c for c in extract_candidates(nlp(text)) if c.predicate == predicate)
    assert contest_reason(frame) is not None


def test_beating_protesters_is_no_game(nlp: Language) -> None:
    frame = next(c for c in extract_candidates(nlp("Police beat protesters outside the parliament.")))
    assert contest_reason(frame) is None


@pytest.mark.parametrize(
    "text",
    [
        "The Tsunami struck Indonesia on Sunday.",  # a natural disaster is no actor of force
        "The Tsunami which struck Sri Lanka killed thousands.",
    ],
)
def test_a_natural_disaster_is_no_violence(nlp: Language, text: str) -> None:
    assert not types(nlp, text) & {"FIGHT", "ASSAULT"}


def test_bombarding_with_requests_is_no_violence(nlp: Language) -> None:
    text = (
        "The deal came only after MPs bombarded Transport Minister Jane Doe with a barrage of "
        "requests for her to publish the letter."
    )
    assert not types(nlp, text) & {"FIGHT", "ASSAULT"}


def test_bombarding_with_rockets_stays_force(nlp: Language) -> None:
    assert types(nlp, "Rebels bombarded the town with rockets.") == {"FIGHT"}


def test_delivering_a_regime_is_no_aid(nlp: Language) -> None:
    text = "The ministry has delivered a simple and cheap licensing regime, officials said."
    assert "AID" not in types(nlp, text)


def test_leaving_one_s_party_is_no_sanction(nlp: Language) -> None:
    text = "Robert Smith, who recently quit the UK Independence Party, said he would stand as an independent."
    frame = next(c for c in extract_candidates(nlp(text)) if c.predicate == "quit")
    assert everyday_reason(frame.verb, frame.object, frame.subject, "160") == "leaving one's party"


def test_cutting_ties_stays_a_sanction(nlp: Language) -> None:
    assert types(nlp, "Israel severed all ties with the Palestinian leader.") == {"SANCTION"}

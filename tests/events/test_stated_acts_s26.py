"""What a said line, an intent, a greeting, a disguise and a setting are (session 26, issue 9).

* Saying that one did an act is a report of the act, not an act toward anyone: the said line
  takes no material type; the reported clause's own frame carries it.
* An intent is an event when an actor states it (a promise, an offer, a threat, its stance,
  or someone saying it), not when the narrator tells of plans; a visit one will host is a
  meeting set, not a promise.
* Welcoming or greeting people is receiving them, not praise.
* What someone is "disguised as" or "dressed as" is not who acts.
* The object of a preposition of setting ("in Geneva", "in the war") is where or amid what an
  act happens, never whom it is aimed at.

Made-up sentences through the real extractor and classifier."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import typed, types


def _said_types(nlp: Language, text: str) -> set[str]:
    return {t for _, predicate, _, t in typed(nlp, text) if predicate.startswith(("said", "says"))}


SAID_DONE = "The Chilean army says it has killed more than 200 rebels and destroyed their camps."


def test_saying_one_did_a_material_act_is_no_such_act(nlp: Language) -> None:
    assert _said_types(nlp, SAID_DONE) == set(), typed(nlp, SAID_DONE)


def test_the_reported_act_keeps_its_type_on_its_own_frame(nlp: Language) -> None:
    found = typed(nlp, SAID_DONE)
    assert any(p.startswith("killed") and t == "FIGHT" for _, p, _, t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chilean army said it would attack the rebels.", "THREATEN"),
        ("The opposition leader said the president must resign.", "DEMAND"),
    ],
)
def test_what_a_speaker_does_in_saying_keeps_its_type(nlp: Language, text: str, expected: str) -> None:
    assert expected in _said_types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "King Harald will be hosting a state visit to Norway in June.",
        "Chile plans to impose sanctions on Bolivia.",
    ],
)
def test_a_hosted_visit_or_a_plan_is_no_stated_intent(nlp: Language, text: str) -> None:
    assert types(nlp, text) & {"AGREE", "THREATEN"} == set(), typed(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway promised to deliver weapons to Chile.", "AGREE"),
        ("Norway said it would send troops to Chile.", "AGREE"),
        ("Chile will send aid to Bolivia, the Chilean ministry said.", "AGREE"),
        ("Norway threatened to impose sanctions on Chile.", "THREATEN"),
        ("Chile is ready to send troops to Bolivia.", "AGREE"),
        ("Chile said it plans to impose sanctions on Bolivia.", "THREATEN"),
        ("Chile will send aid to Bolivia.", "AGREE"),
    ],
)
def test_a_promise_a_threat_or_a_said_intent_stays(nlp: Language, text: str, expected: str) -> None:
    assert expected in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The UN envoy welcomed government and opposition delegations in Vienna on Monday.",
        "The president welcomed the Chilean foreign minister to the palace.",
        "Pope Francis greeted thousands of pilgrims in St Peter's Square.",
    ],
)
def test_welcoming_or_greeting_people_is_no_support(nlp: Language, text: str) -> None:
    assert "SUPPORT" not in types(nlp, text), typed(nlp, text)


def test_welcoming_a_decision_stays_support(nlp: Language) -> None:
    assert types(nlp, "The prime minister welcomed the court's decision.") == {"SUPPORT"}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen disguised as doctors stormed a military hospital in the capital.",
        "Militants dressed as police officers attacked a checkpoint near the border.",
    ],
)
def test_a_disguise_is_not_the_actor(nlp: Language, text: str) -> None:
    found = typed(nlp, text)
    assert not any(s in ("doctors", "police officers") for s, *_ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Chilean troops clashed in the capital on Sunday.",
        "The rebels fought in the mountains near the border.",
    ],
)
def test_a_setting_is_no_target(nlp: Language, text: str) -> None:
    assert types(nlp, text) == set(), typed(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chilean troops fired on Peruvian soldiers.", "FIGHT"),
        ("Government forces clashed in the north with the rebels.", "FIGHT"),
        ("Thousands of students protested in the capital.", "PROTEST"),
        ("The two presidents met in Lima on Tuesday.", "CONSULT"),
    ],
)
def test_a_target_a_protest_or_a_meeting_in_a_place_stays(nlp: Language, text: str, expected: str) -> None:
    assert types(nlp, text) == {expected}, typed(nlp, text)


def test_those_warned_to_act_are_not_its_source(nlp: Language) -> None:
    """ "Were warned to leave": a warning directs its hearers, as an order does; they did not
    threaten anyone."""
    assert types(nlp, "The rebels were warned to leave the town.") == set()
    assert types(nlp, "The army warned the rebels to leave the town.") == {"THREATEN"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia is close to agreeing a deal on evacuations with Cyprus.",
        "The rebels are likely to attack the capital.",
    ],
)
def test_being_near_or_likely_to_act_is_no_act(nlp: Language, text: str) -> None:
    assert types(nlp, text) == set(), typed(nlp, text)


def test_a_stance_toward_an_act_stays_an_intent(nlp: Language) -> None:
    assert types(nlp, "Chile is determined to impose sanctions on Bolivia.") == {"THREATEN"}


def test_being_guilty_of_an_act_is_the_act(nlp: Language) -> None:
    assert types(nlp, "Both armies are guilty of violating the ceasefire.") == {"FIGHT"}


@pytest.mark.parametrize(
    "text",
    [
        "Chile is committed to imposing sanctions on Bolivia.",
        "Chile is happy to impose sanctions on Bolivia.",
    ],
)
def test_a_stance_of_commitment_or_gladness_keeps_its_act(nlp: Language, text: str) -> None:
    assert types(nlp, text) == {"SANCTION"}, typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile is preparing to deliver weapons to Bolivia, the minister said.",
        "The Chilean was captured fighting alongside rebel forces.",
    ],
)
def test_an_act_only_planned_or_the_circumstance_of_another_is_not_typed_on_itself(
    nlp: Language, text: str
) -> None:
    assert typed(nlp, text) == [], typed(nlp, text)


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        ("The army started arresting opposition activists.", "arrested", "COERCE"),
        ("The bomber tried to blow up the Chilean embassy.", "blew_up", "ASSAULT"),
        ("Chile offered to hand over two suspects to Bolivia.", "handed_over_to", "AGREE"),
    ],
)
def test_an_act_begun_attempted_or_offered_keeps_its_frame(
    nlp: Language, text: str, predicate: str, expected: str
) -> None:
    assert any(p == predicate and t == expected for _, p, _, t in typed(nlp, text)), typed(nlp, text)

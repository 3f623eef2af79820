"""Event types on political and conflict news (session 25, issue 9): arming others, restated
commitments, states of affairs, appointments, documents signed, acts of force committed,
confirmed or sent, warnings of facts, obstruction by states and courts, and the clause of a
report that names whom the event is aimed at. Made-up sentences through the real extractor
and classifier."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphbuilder.events import by_actor
from tests.events.typed_frames import typed, types


def test_arming_others_is_military_aid(nlp: Language) -> None:
    assert ("armed", "the Ruritanian rebels", "AID") in [
        (p, o, e) for _, p, o, e in typed(nlp, "The Freedonian government armed the Ruritanian rebels.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The defence minister reaffirmed Germany's commitment to NATO.",
        "Ruritanian officials have reiterated their commitment to NATO.",
    ],
)
def test_a_restated_commitment_is_support(nlp: Language, text: str) -> None:
    assert types(nlp, text) == {"SUPPORT"}


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania and Freedonia share a 900-mile border.",
        "The two nations share a language and a long history.",
        "President Novak appointed a close aide as prime minister.",
        "The Freedonian president accepted the resignation of the interior minister.",
        "Ruritania's former leader accepted the peace prize in Oslo.",
        "The president signed an executive order on Monday.",
        "The regional premier signed a letter asking for more powers.",
    ],
)
def test_states_of_affairs_appointments_and_documents_are_no_events(nlp: Language, text: str) -> None:
    assert types(nlp, text) == set()


def test_signing_an_agreement_keeps_its_type(nlp: Language) -> None:
    assert types(nlp, "Ruritania and Freedonia signed a peace treaty in Geneva.") != set()


def test_killings_committed_are_the_act(nlp: Language) -> None:
    assert types(nlp, "The militia committed killings in the northern villages.") == {"ASSAULT"}


def test_confirming_arrests_is_no_arrest(nlp: Language) -> None:
    assert types(nlp, "A rebel spokesman confirmed the arrests of three commanders.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia is preparing to send 2,000 troops to the border.",
        "The prime minister promised to send troops to Ruritania.",
        "Washington sent an envoy to Israel.",
        "President Bush sent a delegation to Moscow.",
    ],
)
def test_sending_forces_or_envoys_is_no_aid_nor_promise(nlp: Language, text: str) -> None:
    assert types(nlp, text) & {"AID", "AGREE"} == set()


def test_sending_aid_stays_aid(nlp: Language) -> None:
    assert types(nlp, "Germany sent medicine and blankets to Ukraine.") == {"AID"}


def test_a_warning_of_someone_elses_fault_is_no_threat(nlp: Language) -> None:
    text = (
        "The ministry privately warns the Trump administration that Petrov misled officials "
        "regarding his contacts."
    )
    assert "THREATEN" not in types(nlp, text)


def test_a_warning_of_ones_own_act_stays_a_threat(nlp: Language) -> None:
    assert "THREATEN" in types(nlp, "Ruritania warned Freedonia that it would close the border.")


def test_courts_blocking_an_order_is_a_ruling(nlp: Language) -> None:
    assert types(nlp, "Two federal courts moved to block parts of the decree.") == set()


def test_protesters_blocking_a_road_stay_a_protest(nlp: Language) -> None:
    assert types(nlp, "Angry farmers blocked the main road to the capital.") == {"PROTEST"}


def test_a_government_obstructing_is_no_protest() -> None:
    assert by_actor("PROTEST", "144", "RUSGOV") == (None, None)
    assert by_actor("PROTEST", "144", "RUSMIL") == ("COERCE", "191")
    assert by_actor("PROTEST", "144", "RUSCVL") == ("PROTEST", "144")


def test_a_report_whose_clause_names_the_one_met_types_the_clause(nlp: Language) -> None:
    found = typed(nlp, "The senator was asked about it. He said he met Ivan Petrov twice last year.")
    assert [(s, p, e) for s, p, _, e in found] == [("he", "met", "CONSULT")]


def test_a_report_by_a_named_speaker_keeps_the_type(nlp: Language) -> None:
    found = typed(nlp, "The senator said he met Ivan Petrov twice last year.")
    assert [(s, p, e) for s, p, _, e in found] == [("The senator", "said", "CONSULT")]


def test_a_state_named_by_a_place_obstructing_is_no_protest(nlp: Language) -> None:
    from graphbuilder.events import by_subject
    from graphbuilder.model import Argument

    doc = nlp("Ankara blocked the Dutch ambassador from returning.")
    state = Argument(text="Ankara", start=0, end=6, entity_id="ankara", name="Ankara", type="Place")
    assert by_subject("PROTEST", "144", state, doc) == (None, None)
    doc = nlp("Palestinians blocked the road to the settlement.")
    people = Argument(
        text="Palestinians", start=0, end=12, entity_id="palestine", name="Palestine", type="Place"
    )
    assert by_subject("PROTEST", "144", people, doc) == ("PROTEST", "144")


def test_claiming_an_attack_is_no_agreement(nlp: Language) -> None:
    text = (
        "On Sunday, the Islamic State claimed responsibility for a bomber who killed nine people "
        "near the ministry."
    )
    assert "AGREE" not in types(nlp, text)


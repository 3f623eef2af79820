"""Political events between actors keep their type beside the business-news rules.

Made-up sentences from a review of the rules that untype commerce, play, hired help, blame
by a charge and easing (the review's findings: /work/coord/s21/RV-T-findings.md): a
politician meeting a company's chief is still a meeting of political weight, a shot fired
at people is no game, a state's complaint "of" an interference or its allowing a crossing
to reopen is still a stance or a concession. Each sentence was typed so before those rules.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import typed

KEPT = [
    # politicians meeting business chiefs: not commerce between businesses
    ("Prime Minister Tony Blair met Ford chairman Bill Ford in Downing Street.", "met", {"CONSULT"}),
    (
        "Trade Secretary Patricia Hewitt held talks with Rover chairman John Towers.",
        "talked_with",
        {"CONSULT"},
    ),
    ("Putin met Yukos boss Mikhail Khodorkovsky in the Kremlin.", "met", {"CONSULT"}),
    ("Chinese President Hu Jintao met Microsoft chairman Bill Gates.", "met", {"CONSULT"}),
    (
        "Ministers held talks with Airbus chief executive Noel Forgeard on Tuesday.",
        "talked_with",
        {"CONSULT"},
    ),
    # advisers and doctors met by officials: not one's own hired help
    ("President Karzai met US military advisers in Kabul.", "met", {"CONSULT"}),
    ("Health Secretary John Reid met hospital doctors to discuss the strike.", "met", {"CONSULT"}),
    # rounds fired at people are no game
    ("Troops fired live rounds at protesters in Andijan.", "fired", {"FIGHT", "ASSAULT"}),
    # a market attacked by a bomber is a place of people, not an economy
    ("A suicide bomber attacked a Turkish market, killing 20 people.", "attacked", {"ASSAULT"}),
    # a state's complaint of an interference: the complaint is the stance
    ("Russia complained of US interference in Ukraine.", "complained_of", {"DISAPPROVE"}),
    # a state allowing what it had barred concedes
    ("Israel allowed the reopening of the Rafah crossing.", "allowed", {"CONCEDE"}),
]


@pytest.mark.parametrize(("text", "predicate", "types"), KEPT)
def test_a_political_event_keeps_its_type(nlp: Language, text: str, predicate: str, types: set[str]) -> None:
    found = [t for _, p, _, t in typed(nlp, text) if p == predicate]
    assert found and set(found) <= types, typed(nlp, text)

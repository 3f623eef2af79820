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

"""Real events between actors that the gates for acts with no counterpart must let through:
a foreign law criticised, an agreement between parties, one's allies backed, victims
counted, attacks attempted, deaths in a clash. Made-up sentences through the real extractor
and classifier; each gate's own no-event case stays untyped beside them.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union criticised Hungary's new media law.", "DISAPPROVE"),
        ("Israel condemned the Polish Holocaust law.", "DISAPPROVE"),
        ("Russia protested against the new Estonian language law.", "PROTEST"),
        ("Thousands of protesters demonstrated against the law in Kiev.", "PROTEST"),
    ],
)
def test_acts_against_a_law_stay_typed(nlp: Language, text: str, expected: str) -> None:
    assert expected in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["The governor signed the bill.", "The president vetoed the sanctions bill against Cuba."],
)
def test_enacting_a_law_is_no_event(nlp: Language, text: str) -> None:
    assert types(nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed that elections would be held in May.",  # parties agree
        "Israel and the Palestinians agreed that the talks would resume next week.",
        "Serbia agreed that NATO peacekeepers could enter Kosovo.",  # another actor's act to come
    ],
)
def test_an_accord_stated_in_a_that_clause_stays_agree(nlp: Language, text: str) -> None:
    assert "AGREE" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry will agree that farms can be closed.",
        "The minister agreed that the plan was flawed.",
        "The chancellor agreed that taxes would rise.",
    ],
)
def test_assent_to_a_view_is_no_event(nlp: Language, text: str) -> None:
    assert types(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants killed 20 in a market in Baghdad.", "ASSAULT"),  # a count of victims
        ("Police arrested 200 in the capital.", "COERCE"),
    ],
)
def test_a_number_of_victims_is_whom_force_is_used_on(nlp: Language, text: str, expected: str) -> None:
    assert expected in types(nlp, text)


def test_a_date_is_no_victim(nlp: Language) -> None:
    assert types(nlp, "The US terror attacks on 11 September 2001 shocked the world.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers were killed in clashes with Hamas.",  # the clash is where they fell
        "Two policemen were killed in an attack by Taliban fighters.",
    ],
)
def test_a_clash_naming_its_parties_is_a_circumstance(nlp: Language, text: str) -> None:
    """The clash is no target, and the victims of an agentless passive are no source: no type
    (the statement "soldiers | was_killed_in | clashes" stays)."""
    assert types(nlp, text) == set()


def test_an_act_on_someone_s_orders_is_not_typed_as_suffered(nlp: Language) -> None:
    assert types(nlp, "He was arrested at the request of the United States.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "France backed its allies in the dispute with Russia.",  # allies are actors, no cause
        "The United States defended its ally in the Security Council.",
    ],
)
def test_backing_one_s_allies_stays_support(nlp: Language, text: str) -> None:
    assert "SUPPORT" in types(nlp, text)


def test_backing_one_s_own_plans_is_no_event(nlp: Language) -> None:
    assert types(nlp, "The party leader defended his party's plans to raise income tax.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen tried to kill the governor.", "ASSAULT"),  # an attempted attack happened
        ("Rebels tried to storm the embassy.", "FIGHT"),
    ],
)
def test_an_attempt_at_force_stays_typed(nlp: Language, text: str, expected: str) -> None:
    assert expected in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels want to attack the capital.",  # wanted, not attempted
        "The president is due to meet the Chinese premier on Monday.",  # yet to come
    ],
)
def test_a_wanted_or_coming_act_is_no_event(nlp: Language, text: str) -> None:
    assert types(nlp, text) == set()


def test_tending_the_wounded_is_aid(nlp: Language) -> None:
    assert types(nlp, "Red Cross workers tended the wounded in Gaza.") == {"AID"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voters tend to prefer large cars.", set()),  # a habit, no care
        ("The government tends to support the rebels.", {"SUPPORT"}),  # the complement's act
    ],
)
def test_tend_to_passes_its_complement_on(nlp: Language, text: str, expected: set[str]) -> None:
    assert types(nlp, text) == expected


def test_named_partners_are_allies_not_kin(nlp: Language) -> None:
    assert "SUPPORT" in types(nlp, "Britain praised its NATO partners for their support.")
    assert types(nlp, "The minister praised his partner Jane Smith.") == set()

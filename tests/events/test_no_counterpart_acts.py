"""Acts that are no event between political actors, second round of a hand judgement of
typed statements on unseen business and politics news: crimes typed as violence, verbs keyed
with an object the hand table marks as no event ("levied a tax"), pledges to no one and the
acts of markets and businesses. Made-up sentences through the real extractor and classifier.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphbuilder.events.lexicon import no_event_with_object
from tests.events.typed_frames import types


def test_object_keys_marked_no_event() -> None:
    assert no_event_with_object("commit", None, "offence")
    assert no_event_with_object("levy", None, "tax")
    assert not no_event_with_object("commit", None, "abuse")
    assert not no_event_with_object("commit", None, "attack")


@pytest.mark.parametrize(
    "text",
    [
        "Mr Lee committed the offences while he ran the bank in New York.",  # a crime, no violence
        "The former director committed fraud over several years.",
        "The Liberal Democrats would levy a modest increase on earnings.",  # a tax, no threat
    ],
)
def test_a_crime_or_a_tax_is_no_event(nlp: Language, text: str) -> None:
    assert types(nlp, text) == set()


def test_a_violent_crime_keeps_its_type(nlp: Language) -> None:
    assert types(nlp, "The militia committed abuses against villagers in the north.") == {"ASSAULT"}


@pytest.mark.parametrize(
    "text",
    [
        # a campaign promise, reported or not: nobody the pledge is made to or for
        "The party leader told supporters that his party will offer them a fair choice at the election.",
        "Their candidate will offer them a fair choice at the election.",
    ],
)
def test_a_pledge_to_no_one_is_no_event(nlp: Language, text: str) -> None:
    assert "AGREE" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan promised aid to the flood victims.",  # civilians are who the aid is for
        # (a pledge to send troops is no longer AGREE: sending forces is a deployment, no aid,
        # and so is its promise; tests/events/test_news_senses_s25.py)
        "Britain pledged to send 500 blankets to Iraq.",
    ],
)
def test_a_pledge_to_someone_stays_agree(nlp: Language, text: str) -> None:
    assert types(nlp, text) == {"AGREE"}


@pytest.mark.parametrize(
    "text",
    [
        "The airline rejected the offer from its rival.",  # a business refusing a business
        "Investors urged the board to reject the bid.",  # traders in a market ask no one political
    ],
)
def test_market_dealings_are_no_event(nlp: Language, text: str) -> None:
    assert types(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government rejected the company's bid.", "REJECT"),
        ("Investors urged the prime minister to rule out a tax rise.", "REQUEST"),  # a politician asked
    ],
)
def test_dealings_with_political_actors_stay_typed(nlp: Language, text: str, expected: str) -> None:
    assert expected in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a figure of speech: an economy beaten, a campaign fired up, a habit
        "The chancellor said he was determined to beat the Asian tiger economies.",
        "The reforming chancellor will beat the Asian tiger economies which dominate world trade.",
        "The party fired up its campaign in London.",
        "Drivers in the US tend to prefer large cars.",
        # refusing to exclude keeps it open: no rejection
        "The minister refused to rule out tax rises.",
        "The minister declined to deny the report.",
    ],
)
def test_figures_of_speech_and_open_options_are_no_event(nlp: Language, text: str) -> None:
    assert types(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels attacked the market in the capital, killing ten people.", "ASSAULT"),  # a place
        ("The army attacked rival militias near the border.", "FIGHT"),
        ("The union refused to call off the strike.", "REJECT"),  # refusing to end an act
    ],
)
def test_real_attacks_and_refusals_stay_typed(nlp: Language, text: str, expected: str) -> None:
    assert expected in types(nlp, text)


def test_what_is_said_not_to_be_meant_is_no_event(nlp: Language) -> None:
    assert types(nlp, "The vote does not mean that France will reject the treaty.") == set()
    assert types(nlp, "The withdrawal meant that Libya had cut its ties with the US.") == {"SANCTION"}


def test_allowing_what_is_no_one_yields_nothing(nlp: Language) -> None:
    text = "The judge said the rules were unlawful as they allowed detentions without trial."
    assert "CONCEDE" not in types(nlp, text)
    assert types(nlp, "The army permitted journalists to visit the camp.") == {"CONCEDE"}
    assert types(nlp, "Iran allowed the inspectors into the site.") == {"RETREAT"}


def test_a_bill_is_no_actor(nlp: Language) -> None:
    assert types(nlp, "The Police Reform Bill proposes extra powers to search suspects.") == set()
    assert types(nlp, "Bill Clinton urged Israel to resume talks.") == {"REQUEST"}  # a first name

"""Sport is no conflict or diplomacy (events/contests.py): a national team named by its
country beats, hosts and visits others in the words of war and diplomacy. Made-up sentences
through the real extractor and classifier."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphbuilder.events.contests import about_a_game
from tests.events.typed_frames import typed


@pytest.mark.parametrize(
    "text",
    [
        # a contest verb in a clause about a game
        "England beat Australia by five wickets in the second Test.",
        "Brazil will host Argentina in the World Cup final.",
        "Germany met France in the Cup final.",
        # a team as an actor in a sentence about a game
        "The Pakistani squad will visit India for the tournament.",
        "The Pakistani team prepared for the first Test against India.",
        # beating a country or a team is winning, not violence
        "England beat Australia.",
        "The Indian side beat Pakistan on Saturday.",
    ],
)
def test_a_game_is_no_event(nlp: Language, text: str) -> None:
    assert typed(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police beat the protesters with batons.", "ASSAULT"),  # people beaten
        ("The Iranian negotiating team met EU officials in Geneva.", "CONSULT"),  # a team of diplomats
    ],
)
def test_politics_in_the_words_of_games_keeps_its_type(nlp: Language, text: str, expected: str) -> None:
    assert expected in {t for *_, t in typed(nlp, text)}


@pytest.mark.parametrize(
    ("text", "game"),
    [
        ("They won by an innings.", True),  # a word only games use
        ("The team lost the final.", True),  # two words games often use
        ("The negotiating team met on Monday.", False),  # one alone is a word of politics too
        ("The team held a series of talks.", False),  # a series of talks counts talks
    ],
)
def test_a_sentence_is_about_a_game_by_its_words(nlp: Language, text: str, game: bool) -> None:
    assert about_a_game(nlp(text)) is game

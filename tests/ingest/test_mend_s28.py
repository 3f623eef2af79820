"""Mends of session 28's furniture rules after review (REV2's findings): story prose or a source
line that a rule cut or restored wrongly. All texts are made up."""

from __future__ import annotations

import pytest

from graphbuilder.ingest.wire import strip_wire_furniture


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # a source line after a quoted question is the trailer's, no answerer's label (finding 4)
        ('The talks failed. "Who would protect us?" Source:-Ruritanian Times and news agencies',
         'The talks failed. "Who would protect us?"'),
        # one capitalised word after a question names no one said before: the story's (finding 12)
        ("Who won the vote? Labour: The party took 40 seats, officials said.",
         "Who won the vote? Labour: The party took 40 seats, officials said."),
        ("Is the war over? Hardly: The rebels still hold the port.",
         "Is the war over? Hardly: The rebels still hold the port."),
        # the surname of someone named before is a label
        ("We met Jo Roe in Northtown. How did the vote go? Roe: People are excited about it.",
         "We met Jo Roe in Northtown. How did the vote go?\n\nPeople are excited about it."),
    ],
)
def test_one_word_answer_labels(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # the clause that introduces the tweet with a colon is the story's: who tweeted stays (finding 5)
        ("The talks ended. Foreign Minister Jo Roe tweeted: Good talks with my #Bordurian colleague "
         "pic.twitter.com/AbC123 More talks will follow.",
         "The talks ended. Foreign Minister Jo Roe tweeted: \n\nMore talks will follow."),
        # a tag the story names as one: a sentence that lost its full stop, no tweet
        ("Turnout rose. The opposition used the slogan #NoToWar in its campaign pic.twitter.com/AbC123 "
         "The vote is on Sunday.",
         "Turnout rose. The opposition used the slogan #NoToWar in its campaign \n\nThe vote is on Sunday."),
        # a tag before the colon: the colon is the tweet's own
        ("The army left. #UPDATE: Two soldiers hurt near #Northtown pic.twitter.com/AbC123 The vote is on.",
         "The army left. \n\nThe vote is on."),
    ],
)
def test_tweet_words_after_the_story(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean


@pytest.mark.parametrize(
    "text",
    [
        # a past broadcast with a channel and a clock time is the story's, no programme note (finding 6)
        "Rebels attacked the town. Footage aired by RTE at 18:00 showed soldiers firing on the crowd.",
        "The candidates clashed. The debate was broadcast live on Sky News at 20:00 and drew many viewers.",
        "The vote passed. Her statement was shown on BBC News at 13:00, an hour after the vote.",
    ],
)
def test_past_broadcasts_stay(text: str) -> None:
    assert strip_wire_furniture(text).text == text


def test_announced_programme_note_goes() -> None:
    text = "The vote passed. The Northtown Hour is shown on BBC Two at 21:00 on Fridays."
    assert strip_wire_furniture(text).text == "The vote passed."


@pytest.mark.parametrize(
    "text",
    [
        # a transcript's answer after its speaker's label: "I" ends no run-in headline (finding 7)
        "We asked her about the campaign. Parker: Every young writer I know has been threatened. It ended.",
        "We asked her. Roe: Honestly I think we failed.",
    ],
)
def test_first_person_ends_no_topic_headline(text: str) -> None:
    assert strip_wire_furniture(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        # a dash after an abbreviation's full stop joins a range or a compound, no lost line break (finding 8)
        "Exports fell in the Jan.-March period, the ministry said.",
        "It was the Jo Roe, Jr.-Al Poe ticket that won the primary.",
    ],
)
def test_dash_after_an_abbreviation_stays(text: str) -> None:
    assert strip_wire_furniture(text).text == text


def test_dash_after_a_sentence_end_is_still_a_break() -> None:
    text = "Exports fell in March.- The ministry said so."
    assert strip_wire_furniture(text).text == "Exports fell in March.\n\nThe ministry said so."


def test_spaced_based_after_a_country_is_no_dateline() -> None:
    # a person, a country and a spaced '- based': the lede's subject, no dateline (finding 9)
    parts = strip_wire_furniture("Jo Roe, the Netherlands - based lawyer, said the ruling was wrong.")
    assert parts.place is None
    assert parts.text == "Jo Roe, the Netherlands - based lawyer, said the ruling was wrong."


def test_dateline_with_the_country_still_goes() -> None:
    parts = strip_wire_furniture("Northtown, the Netherlands - The court ruled on Monday.")
    assert (parts.place, parts.text) == ("Northtown", "The court ruled on Monday.")

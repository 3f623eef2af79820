"""Furniture of shapes session 29's judges still found (session 29, round 2): a TASS dateline typed
in haste, an author's Twitter prompt after a lost line break, a tweet's short link and the hashtags a
quoted tweet ends with, an update note, a broadcaster's promotion, a feature's dateline naming a spot
before its city and country, a photo's position note or credit in round brackets. All texts are made
up."""

from __future__ import annotations

import pytest

from graphbuilder.ingest import article_from_text
from graphbuilder.ingest.wire import strip_wire_furniture


@pytest.mark.parametrize(
    "text",
    [
        "OSLO, Oslo 28. /TASS/. Norway will send a delegation to the talks.",  # the city for the month
        "OSLO, May 2. /TASS /. Norway will send a delegation to the talks.",  # a space before the slash
        "OSLO, May 2, /TASS/. Norway will send a delegation to the talks.",  # a comma for the full stop
        "OSLO /Norway/, May 2. /TASS/. Norway will send a delegation to the talks.",  # the country in slashes
    ],
)
def test_tass_dateline_typed_in_haste(text: str) -> None:
    article = article_from_text(text)
    assert article.text == "Norway will send a delegation to the talks."
    assert (article.dateline, article.publisher) == ("OSLO", "TASS")


def test_a_feature_dateline_names_a_spot_before_city_and_country() -> None:
    article = article_from_text("Elm Park, Dublin, Ireland -- In a shed behind his house, Jo Roe builds.")
    assert article.text == "In a shed behind his house, Jo Roe builds."
    # two parts, one of them no known place: the sentence's own words
    text = "Mr Smith, Jones -- and others went home."
    assert article_from_text(text).text == text


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # the author's prompt after a dash that stood for a line break, with ':-' before the handle
        ("We will fight on, she added.- Follow Jo Roe on Twitter:-@jo_roe  Source:-Al Jazeera News",
         "We will fight on, she added."),
        ('"We will fight."- Follow Jo Roe on Twitter: @jo_roe_ Source:-Al Jazeera News', '"We will fight."'),
        # ... or without a handle, a sentence of its own
        ("The rules are safe. Follow Jo on Twitter. The vote is on Monday.",
         "The rules are safe. \n\nThe vote is on Monday."),
        # not furniture: a sentence about following someone
        ("Voters follow Jo Roe on Twitter. They trust her.",
         "Voters follow Jo Roe on Twitter. They trust her."),
    ],
)
def test_twitter_prompt(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # a tweet's short link goes with the tweet's tagged words before it
        ("The vote was close. Roe backs the #NorthtownPact today https://t.co/AbC123xyz The minister left.",
         "The vote was close. \n\nThe minister left."),
        # ... and the embed's attribution after it
        ("The vote was close. Proud day for #Northtown pic.twitter.com/AbC123 — Jo Roe (@jroe) March 1, 2017"
         " The minister left.", "The vote was close. \n\nThe minister left."),
        # a short link a sentence goes on after stays
        ("See the report at https://t.co/AbC123 for more.",
         "See the report at https://t.co/AbC123 for more."),
        # a quoted tweet's hashtags end it: the story goes on after them
        ("People stood, a proud moment #NorthtownVotes Deputy Mayor Jo Roe attended the vote.",
         "People stood, a proud moment #NorthtownVotes\n\nDeputy Mayor Jo Roe attended the vote."),
        ("It is 2017. #roe #vote  Proud to have voted, she wrote.",
         "It is 2017. #roe #vote\n\nProud to have voted, she wrote."),
        # a hashtag the sentence names stays in it
        ("They used the hashtag #RoeMustGo Tweets spread.",
         "They used the hashtag #RoeMustGo Tweets spread."),
        ("Fans of #Northtown First met.", "Fans of #Northtown First met."),
    ],
)
def test_tweets(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("The mayor resigned, Roe said. UPDATED: This story has been updated to reflect new information.",
         "The mayor resigned, Roe said."),
        ("The mayor resigned. Watch Northtown Undercover on Monday at 20:30 GMT on BBC One. He left.",
         "The mayor resigned. \n\nHe left."),
        ("The mayor resigned. Listen to the full interview on BBC Radio 4.", "The mayor resigned."),
        # no channel: a speaker's words
        ("He said: Watch this space. It was late.", "He said: Watch this space. It was late."),
        # a promotion whose title runs on with no full stop stays (the next sentence would go with it)
        ("It ended. Watch the Radio 1 iPlayer film, Me and My Town Speaking for the doctors, she says the "
         "lack of care in the whole of the northern region is a problem.",
         "It ended. Watch the Radio 1 iPlayer film, Me and My Town Speaking for the doctors, she says the "
         "lack of care in the whole of the northern region is a problem."),
    ],
)
def test_update_notes_and_promotions(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("Troops, such as the Northtown Guard (pictured above), are fighting.",
         "Troops, such as the Northtown Guard, are fighting."),
        ("The mayor (pictured above, left) met Jo Roe (above right) in May.", "The mayor met Jo Roe in May."),
        ('The isle lies 100km from the coast (Pic: Northtown Maps) "We want control," he said.',
         'The isle lies 100km from the coast\n\n"We want control," he said.'),
        ("The man was charged. (Photo: Northtown Police) The court sat.",
         "The man was charged.\n\nThe court sat."),
        # a side alone may be a party's
        ("The party (left) won the seat.", "The party (left) won the seat."),
    ],
)
def test_photo_notes(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean

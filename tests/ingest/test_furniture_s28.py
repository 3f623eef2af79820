"""Publishers' furniture of shapes session 27's rounds left (session 28): an interview's labels run
onto a dash or by the surname alone, a BBC byline after a section's heading, sign-offs whose
sources are joined by a slash, a tweet's own words before its picture link, a broadcaster's note
on its programme. All texts are made up."""

from __future__ import annotations

import pytest

from graphbuilder.ingest.wire import strip_wire_furniture


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # the interviewer's label run onto a dash for the lost line break, or after a dash
        ("I wanted to go further.\n\nAl Jazeera:-What makes your show work?",
         "I wanted to go further.\n\n\n\nWhat makes your show work?"),
        ("Prices rose in May. - Al Jazeera: What did the vote change?",
         "Prices rose in May.\n\nWhat did the vote change?"),
        # ... and after a link's headline whose end is a dash
        ("Prices rose. READ MORE: Rebels win the vote- Al Jazeera:-What makes your show work?",
         "Prices rose.\n\nWhat makes your show work?"),
        # the answerer's label by the surname alone
        ("Jo Roe runs a shop. How did the vote go? Roe: People are excited about it.",
         "Jo Roe runs a shop. How did the vote go?\n\nPeople are excited about it."),
        ("Is it over? Al-Roe: It is not.", "Is it over?\n\nIt is not."),
        # a BBC byline after a section's heading goes with the heading
        ("Sales fell. Analysis: By Jo Roe, BBC economics editor Beyond the row, the Treasury has a problem.",
         "Sales fell. \n\nBeyond the row, the Treasury has a problem."),
        # not furniture: the outlet told in a sentence, a word and colon after a question in lower case
        ('Jo Roe told Al Jazeera:-"We will win."', 'Jo Roe told Al Jazeera: "We will win."'),
        ("Who won? Answer: nobody did.", "Who won? Answer: nobody did."),
        ("Sales fell. By Jo Roe's count, the BBC economics editor was right.",
         "Sales fell. By Jo Roe's count, the BBC economics editor was right."),
    ],
)
def test_interview_labels_and_bylines(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # the sign-off's sources joined by a slash, at the end and mid-text
        ("The talks ended. \n\nab/cd (AFP/Reuters)", "The talks ended."),
        ("The talks ended. ab/cd (AFP/Reuters) The army left.", "The talks ended. \n\nThe army left."),
        # not furniture: an acronym's two forms, a writer in the news
        ("The attack was claimed by the group (ISIL/ISIS).",
         "The attack was claimed by the group (ISIL/ISIS)."),
        ("He was freed. The writer is still being held at the border.",
         "He was freed. The writer is still being held at the border."),
    ],
)
def test_sign_offs_with_slashed_sources(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # the tweet's words before its picture link, when they tag a hashtag or a handle
        ('"We will not give in," the envoy added.-  J.#Roe met the #Ruritanian delegation at @UN talks '
         'pic.twitter.com/AbC123xyz  "We told them so," Roe said.',
         '"We will not give in," the envoy added.\n\n"We told them so," Roe said.'),
        ("Voters are angry. Proud to stand with #Northtown today pic.twitter.com/AbC123 Turnout rose.",
         "Voters are angry. \n\nTurnout rose."),
        # without a tag the words may be the story's: the tweet rule takes only the link; the prompt
        # left after a sentence's end before the break, with no closing mark, goes with the
        # paragraph captions (session 31)
        ("Voters are angry. See for yourself pic.twitter.com/AbC123 Turnout rose.",
         "Voters are angry. \n\nTurnout rose."),
        # a hashtag in the story, far from any link, stays
        ("The campaign used the hashtag #Vote. Turnout rose.",
         "The campaign used the hashtag #Vote. Turnout rose."),
    ],
)
def test_tweet_words_before_the_link(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # a broadcaster's note on when its programme is on, at the end
        ("Critics were unmoved. The Roe Hour is broadcast on weekdays between 09:00 and 11:00 on BBC Two.",
         "Critics were unmoved."),
        ('"Rule it out," he said. Jo Roe\'s interview was recorded for the documentary Ruritania: The Deal - '
         "to be broadcast on BBC Two in Northtown at 21:00 on Thursday.",
         '"Rule it out," he said.'),
        ("He declined to comment. Northtown: The Inside Story will be on BBC One at 22:50 GMT.",
         "He declined to comment."),
        # a broadcast in the story, with no time, stays
        ("The film was broadcast on BBC Two on Monday.", "The film was broadcast on BBC Two on Monday."),
    ],
)
def test_programme_notes_at_the_end(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean

"""Furniture FUR7 left (session 30): a series' or a writer's promotion run into the story ("More
from the X Project"), a "For <paper>" credit the story ends with,
tweets embedded without their links (ending on hashtags, a ". @handle" reply, a "Breaking:"
post) and posts embedded again after the story quoted them. All texts are made up."""

from __future__ import annotations

import pytest

from graphbuilder.ingest import article_from_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a series' promotion, and a writer's, before the next sentence
        ("The harbour froze early. Fishermen waited. More from the Northtown Coastal Project "
         "Ruritania's ports are small. They grow.",
         "The harbour froze early. Fishermen waited. \n\nRuritania's ports are small. They grow."),
        ("The vote was close and the hall was loud. More from Jo Roe Ruritania voted to stay. It was close.",
         "The vote was close and the hall was loud. \n\nRuritania voted to stay. It was close."),
        # a credit line with the paper after "For"
        ('We can all waste less food at home. "If we all try, we can do better." For the Northtown Weekly',
         'We can all waste less food at home. "If we all try, we can do better."'),
        # a tweet ending on its hashtag and a reply opening with ". @handle", each after an embed's gap
        ("Her sister wrote about it online.  I am so proud of my sister today. #NorthtownVotes   "
         ". @JoRoe u gave me the chance 2 speak. Pls come back 2 our school ?  Roe won the seat in May.",
         "Her sister wrote about it online.  \n\n  \n\n  Roe won the seat in May."),
        # a "Breaking:" post in lower case
        ("Police searched the river bank on Sunday.  Breaking: new photos of the missing boat seen at "
         "pier 4. Last seen near the bridge. \n\nThe search went on.",
         "Police searched the river bank on Sunday.  \n\n\n\nThe search went on."),
        # a post embedded again after the story quoted it
        ('The mayor hit back online. "We will win the vote, and soon," Roe wrote.  We will win the vote, '
         "and soon.  The council meets on Friday.",
         'The mayor hit back online. "We will win the vote, and soon," Roe wrote.  \n\n  The council '
         "meets on Friday."),
    ],
)
def test_cut(text: str, expected: str) -> None:
    assert article_from_text(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that goes on after "More from ..."
        "The talks ended. More from Jo Roe's family arrived later. It was close.",
        "The talks ended. More from the Northtown Project will follow soon.",
        # a person the story is about, named before its last sentence
        'Jo Roe met the board on Monday. "It went well," Roe said. Jo Roe is chairman of the board.',
        # an interview that ends on who the speaker is, named nowhere before: a fact, no note
        "Q: Will the drones fly soon? A: Within five years. "
        "Ann Lee is general manager of air mobility at Northtown Aero.",
        # a story's last sentence with a full stop
        "The mayor thanked the crowd. For the town, it was a long night.",
        # a paragraph that names the hashtag as its object
        "The campaign grew.\n\nSupporters rallied under the hashtag #RoeMustGo\n\nThe mayor did not reply.",
        # a paragraph after an embed's gap that the story has not printed before
        'The mayor hit back online. "We will win," Roe wrote.  The council meets on Friday to vote.',
        # a capitalised "Breaking:" sentence is the story's
        "The campaign grew fast.\n\nBreaking: The mayor has resigned, officials said.\n\nMore to come.",
    ],
)
def test_kept(text: str) -> None:
    assert article_from_text(text).text == text

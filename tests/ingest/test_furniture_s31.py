"""Furniture left after session 30 (FUR9, session 31): editors' sign-offs with unlisted sources or
three initials, an agency's credit for material, a video's "X's Jo Roe reports from Y.", a
writer's contact sign-off and a listing's contact, web-address prompts, a contributor note with
two roles, live-page/profile/series labels, a dateline with a region in lower case, photo credits
before a caption, a print feature's deck and photo captions. All texts are made up."""

from __future__ import annotations

import pytest

from graphbuilder.ingest import article_from_text

#: A print feature ends with its print citation (cut by the trailer).
CITATION = " (Northtown Weekly 01/06/2017 page7)"
#: Sentences that put a contact line out of the trailer's reach (its last 400 characters).
LONG = (
    " The plant opened in 2010 and employs 300 people from the valley, most of them from farms nearby."
    " Its owners plan a second hall next year, and the council has backed the plan with a grant."
    " Local shops expect more trade once the hall opens, though some residents fear the traffic."
    " The road to the plant will be widened in the spring, the council said on Tuesday."
    " Work on the hall is due to start in March and end before the winter."
)

CUT = [
    # an editors' sign-off mid-text with sources in capitals the list does not name
    (
        (
            "Officials counted the votes in the state. ab/cd-(AFP, NTV, RRB) A total of 400 people "
            "filed claims on Monday."
        ),
        "Officials counted the votes in the state. \n\nA total of 400 people filed claims on Monday.",
    ),
    # three editors' initials at the end
    (
        "The mayor opened the bridge on Friday. The town had waited years for it. ab/cd/ef (AFP, AP)",
        "The mayor opened the bridge on Friday. The town had waited years for it.",
    ),
    # a source named in full at the end
    (
        (
            "The mayor opened the bridge on Friday. The town had waited years for it. ab/cd (AFP, "
            "Northtown Ministry of Transport and Roads)"
        ),
        "The mayor opened the bridge on Friday. The town had waited years for it.",
    ),
    # an agency's credit for material, at the end
    (
        "The hamsters need a richer diet, the study found. Including material from AFP.",
        "The hamsters need a richer diet, the study found.",
    ),
    # the same with a dash for a space, mid-text
    (
        "The hamsters need a richer diet, the study found. Including-material from AFP. The farmers agreed.",
        "The hamsters need a richer diet, the study found. \n\nThe farmers agreed.",
    ),
    # a video's line naming its reporter and place
    (
        "The carnival drew a million visitors. Net's Jo Roe reports from Northtown.",
        "The carnival drew a million visitors.",
    ),
    # the same for 'our correspondent', a dash for a space, before a source line
    (
        (
            "The carnival drew a million visitors. Our correspondent Jo Roe reports from-Northtown. - "
            "Source:-Net News"
        ),
        "The carnival drew a million visitors.",
    ),
    # a writer's contact sign-off before a caption, far from the end
    (
        (
            "The firm plans to hire 200 people. Contact the writers at jo@paper.example and "
            "al@paper.example - A worker stands in a plant in Northtown."
        )
        + LONG,
        "The firm plans to hire 200 people. \n\n- A worker stands in a plant in Northtown. " + LONG.lstrip(),
    ),
    # a listing's contact for its rates
    (
        (
            "Northtown Divers, Beach Road; +1 555 0100; contact info@divers.example for rates "
            "Southtown Reef Divers may see up to ten species."
        )
        + LONG,
        "Northtown Divers, Beach Road; +1 555 0100; \n\nSouthtown Reef Divers may see up to ten species. "
        + LONG.lstrip(),
    ),
    # a prompt to visit a web address
    (
        "The fund helps farmers. For more information, visit www.fund.example. The fund opened in 2012.",
        "The fund helps farmers. \n\nThe fund opened in 2012.",
    ),
    # a writer's web address
    ("He has written three books. His website is-www.joroe.example.", "He has written three books."),
    # a contributor note with two roles
    (
        "Sales fell in the spring. The writer is chairman and CFO at Eastgate Partners.",
        "Sales fell in the spring.",
    ),
    # a live page's label and title
    (
        (
            "The unions will meet again next week. Live updates: Northtown strike and Southshire news "
            "Jo Roe, of the watchdog, said the trains ran late."
        ),
        "The unions will meet again next week.\n\nJo Roe, of the watchdog, said the trains ran late.",
    ),
    # a profile's label and headline
    (
        (
            "Protests were the largest since 2012. PROFILE: Jo Roe, thorn in the mayor's side The "
            "Town Council dismissed the protests."
        ),
        "Protests were the largest since 2012.\n\nThe Town Council dismissed the protests.",
    ),
    # a series' label and headline
    (
        "Dives cost $100 per person MORE: Ten of the best beaches In the north, the reef is wide.",
        "Dives cost $100 per person\n\nIn the north, the reef is wide.",
    ),
    # a dateline with an occupied region
    (
        "Southfield, occupied Golan Heights --Leaning on the fence, the shepherd watched the road.",
        "Leaning on the fence, the shepherd watched the road.",
    ),
    # a dateline with a region qualified by its compass point
    ("Northtown, northern Iraq - The floods rose overnight.", "The floods rose overnight."),
    # a photo credit before the next caption's dash
    (
        "The plant opened. Jo Roe / Xinhua - A worker stands in the plant.",
        "The plant opened. \n\n- A worker stands in the plant.",
    ),
    # a photo credit at a paragraph's end
    ("The plant opened. Jo Roe / Xinhua\n\nThe plant is big.", "The plant opened. \n\n\n\nThe plant is big."),
    # a related story's headline after the last sentence
    (
        "The case goes to the city court next week, officials said. Governor's arrest sends message to "
        "regional elites",
        "The case goes to the city court next week, officials said.",
    ),
    # a site's prompt on its own line
    (
        "The quiz ends on Friday. How well do you know the town?\nLearn more",
        "The quiz ends on Friday. How well do you know the town?",
    ),
    # a photo's caption on its own line
    (
        "The fire spread to three streets.\n\nRescuers outside the burnt warehouse on Sunday",
        "The fire spread to three streets.",
    ),
    # a caption run onto a paragraph's end after its last sentence
    (
        "The convoy left at dawn. The refugee crisis has fed a rise in anger\n\nSo they posted the figures.",
        "The convoy left at dawn.\n\nSo they posted the figures.",
    ),
    # a subheading run in between two sentences
    (
        "They never met him. Prison stocks jump According to the report, shares rose.",
        "They never met him.\n\nAccording to the report, shares rose.",
    ),
    # a print feature's deck before a name and a verb
    (
        (
            "Film star in a new role for his latest big-screen offering Jo Roe is taking his act "
            "abroad. He is 60."
        )
        + CITATION,
        (
            "Film star in a new role for his latest big-screen offering\n\nJo Roe is taking his act "
            "abroad. He is 60."
        ),
    ),
    # a deck before a name and a past verb
    (
        (
            "Plans for new rail links power ahead as the first lines are opened Ruritania opened two "
            "lines on Monday."
        )
        + CITATION,
        (
            "Plans for new rail links power ahead as the first lines are opened\n\nRuritania opened "
            "two lines on Monday."
        ),
    ),
    # a deck before a quotation
    (
        (
            'Volunteers keep an eye on the chimneys in a bid to cut the danger to health "See? It '
            'stopped," Jo Roe says.'
        )
        + CITATION,
        (
            'Volunteers keep an eye on the chimneys in a bid to cut the danger to health\n\n"See? It '
            'stopped," Jo Roe says.'
        ),
    ),
    # a print feature's photo caption
    (
        (
            "The mill reopened in May.   - A boy photographs the mill wheel in the snow. \n\nThe "
            "mill employs 40 people."
        )
        + CITATION,
        "The mill reopened in May.   \n\n\n\nThe mill employs 40 people.",
    ),
    # a caption of two pictures
    (
        (
            "The team set off in June.   - Above: The team on the river in 1986. Below: The team "
            "before the trip.  In 1985, Jo Roe planned it."
        )
        + CITATION,
        "The team set off in June.   \n\n  In 1985, Jo Roe planned it.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CUT)
def test_cut(text: str, expected: str) -> None:
    assert article_from_text(text).text == expected


KEPT = [
    # a report the story cites goes on after the place
    "Our reporter Jo Roe reports from Northtown that the road is shut.",
    # a report told in the past
    "Our correspondent reported from the harbour on Tuesday. Boats waited.",
    # a prompt inside a sentence
    "He urged voters to visit www.vote.example before Friday.",
    # a region before a dash that a word in lower case goes on after
    "Northtown, Ruritania - based lawyers said the case was closed.",
    # a story's last sentence without its full stop: it tells what happened, opens with a pronoun,
    # has a comma or ends on a per cent sign
    "The talks ended on Friday. The mayor denied the charges",
    "The talks ended on Friday. He will appeal",
    "The talks ended. In 2003, the economy grew by 1.3%",
    "The talks ended. As she famously put it:-",
    # a subheading in a paragraph of its own
    "They never met him.\n\nTax cuts\n\nSo they posted the figures.",
    # a quotation in double quotation marks that lost its full stop
    '"Is that true?" she asked. "Can you show us where it says so"\n\nHe could not.',
    # the attribution after a quoted question
    '"How can I trust him?" Roe asks in her letter to the mayor\n\nShe left the town.',
    # a speaker named with a possessive
    "The talks ended. Jo Roe, Ruritania's envoy, said the deal was close.",
]
#: First sentences of print features whose capitals are their own, and a dash in a sentence.
KEPT_IN_PRINT = [
    # a nationality's word after an adjective
    ("Ruritania's first law protecting traditional Korean pottery was adopted by parliament on Friday."),
    # a description of the name after it
    (
        "The way to keep jobs at home is to cut the costs Ruritania's largest glass-maker "
        "Northglass is to invest abroad."
    ),
    # a possessive
    (
        "The country has the means to withstand Roe's planned cuts and keep work at "
        "home\n\nIn the press, all talk of trade."
    ),
    # a verb of saying or thinking before a capital
    (
        "Academic believes the deal could be a good one in these times of doubt says Ruritania "
        "will gain from it."
    ),
    # a dash before a word in lower case
    "These are warnings to heed  - we should be glad that the leak was found.",
]


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert article_from_text(text).text == text


@pytest.mark.parametrize("text", KEPT_IN_PRINT)
def test_kept_in_print_feature(text: str) -> None:
    assert article_from_text(text + CITATION).text == text


def test_list_outside_print_feature_kept() -> None:
    """A dash after two spaces opens a list item in a story that is no print feature."""
    text = "The plan has three parts.  - A new road to the port.  - A bridge over the river."
    assert article_from_text(text).text == text

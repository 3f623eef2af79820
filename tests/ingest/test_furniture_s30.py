"""Furniture and run-in headings the judges still found in session 29 (J20, J22): headings that open
with an adverb, a number word or a time, pull quotes and captions run into the next sentence, a
name's "The" after a caption, social-network prompts, name-change notes, picture credits, web
addresses, "Read:" links, credits, contributor notes and profile boxes. All texts are made up."""

from __future__ import annotations

import pytest

from graphbuilder.ingest import article_from_text
from graphbuilder.ingest.headings import split_run_in_headings


@pytest.mark.parametrize(
    ("text", "split"),
    [
        # an adverb, a quantifier, a number word, a question word or a participle after a heading
        ("The envoy left. Mysterious death Two women were charged on Monday.",
         "The envoy left. Mysterious death\n\nTwo women were charged on Monday."),
        ("Rates rose. Busy agenda Also on the table was the harbour.",
         "Rates rose. Busy agenda\n\nAlso on the table was the harbour."),
        ("Mills closed. Rural gloom Even the bakers left the valley.",
         "Mills closed. Rural gloom\n\nEven the bakers left the valley."),
        ("The vote failed. Hard choices ahead What is the council planning?",
         "The vote failed. Hard choices ahead\n\nWhat is the council planning?"),
        ("Prices fell. Harbour plans Speaking at the port, the mayor said work would start.",
         "Prices fell. Harbour plans\n\nSpeaking at the port, the mayor said work would start."),
        # a time after a heading
        ("The dam held. Lasting harm Last year's flood cut the road.",
         "The dam held. Lasting harm\n\nLast year's flood cut the road."),
        ("The dam held. Tense talks Earlier, the envoy met the rebels.",
         "The dam held. Tense talks\n\nEarlier, the envoy met the rebels."),
        # a pull quote standing as a heading
        ("Talks ended on Friday. 'Utterly childish' Ruritania's ministry rejected the offer.",
         "Talks ended on Friday. 'Utterly childish'\n\nRuritania's ministry rejected the offer."),
        # a caption ending with a place, then a sentence opening with a name's "The"
        ("Her car was found in the port of Northtown The Foreign Office said it was helping.",
         "Her car was found in the port of Northtown\n\nThe Foreign Office said it was helping."),
        # a caption, then a quotation that opens with a noun and its attribution
        ('The well is far. Jo Roe, the head of Northtown "People are thirsty," says Roe.',
         'The well is far. Jo Roe, the head of Northtown\n\n"People are thirsty," says Roe.'),
        ('Jo Roe came to Northtown ten years ago "I have found work here," said Jo Roe.',
         'Jo Roe came to Northtown ten years ago\n\n"I have found work here," said Jo Roe.'),
    ],
)
def test_heading_is_split(text: str, split: str) -> None:
    assert split_run_in_headings(text) == split


@pytest.mark.parametrize(
    "text",
    [
        "It is phase Two of the plan to rebuild the port.",  # a number naming one of a series
        "He flew on Air Force One to the coast.",  # after a capital: a name's word
        "They played the Last Post at dawn.",  # after a function word
        "It rained. 'Mad Dog' Roe said no.",  # a nickname in capitals, no sentence-case quotation
        "He then sang We The People with the choir.",  # a title in capitals after a closed-class word
        'They kept calling the plan "Roecare lite," warning the party.',  # a quotation as an object
        'He stayed away, later conceding "I was wrong." The minister left.',
    ],
)
def test_no_heading_split(text: str) -> None:
    assert split_run_in_headings(text) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # prompts to follow the author or the site on social networks, and a bio's handle
        ("The show starts at nine. Follow us on Facebook, on Twitter @NorthNews, or on Instagram at"
         " northnews.", "The show starts at nine."),
        ("The farm recovered. Follow her on Twitter and Instagram.", "The farm recovered."),
        ("They rebuilt the school. Follow Jo on Twitter and Instagram @jo_roe-", "They rebuilt the school."),
        ("Jo Roe is our correspondent in Northtown. He tweets @JoRoe.",
         "Jo Roe is our correspondent in Northtown."),
        # a note on changed names, marked with an asterisk
        ("She left the village. * Name changed to protect her identity.", "She left the village."),
        ("They fled. *The names have been changed at the families' request. The town is small.",
         "They fled. \n\nThe town is small."),
        # a picture desk's credit where a line break stood
        ("Farmers dig a well. Photos by Jo Roe   - A farmer carries water.",
         "Farmers dig a well. \n\n- A farmer carries water."),
        # web addresses printed beside the words they linked
        ("The Northtown Times ( http://nt.example/2abc ) reported the vote.",
         "The Northtown Times reported the vote."),
        ("The court released its ruling: http://nt.example/ruling.pdf\n\nIt runs to 90 pages.",
         "The court released its ruling: \n\nIt runs to 90 pages."),
        # a "Read:" link run into the text; a headline ends before a surname the text named in full
        ("The shelter is full. Read: Farmers win land rights Long a poor valley, Northtown grew.",
         "The shelter is full.\n\nFarmers win land rights Long a poor valley, Northtown grew."),
        ("Jo Roe runs the shelter. Read: Girls branded by their gangs Roe says the need is great.",
         "Jo Roe runs the shelter.\n\nRoe says the need is great."),
        # a site's links to more of its coverage
        ("The vote failed. Read the rest of Jo's blog Former Lords leader Lord Roe said no.",
         "The vote failed. \n\nFormer Lords leader Lord Roe said no."),
        # a link title ends before a contracted pronoun, not at a surname further on
        ("Jo Roe runs the shelter in the old mill. Read: Police free two sisters It's hard work when "
         "Roe says so. She smiled.",
         "Jo Roe runs the shelter in the old mill.\n\nIt's hard work when Roe says so. She smiled."),
        ("It was a disaster. Read more analysis here. The president left.",
         "It was a disaster. \n\nThe president left."),
        ("It was taken. Read more about this and other stories from Northtown The court heard the case.",
         "It was taken.\n\nThe court heard the case."),
        # a credit, a contributor note, a profile box at the end
        ("The economy grew by 6 percent. Li Wei contributed to the story.",
         "The economy grew by 6 percent."),
        ("It is money well spent. The author is managing editor of Northtown Daily.",
         "It is money well spent."),
        ("Poverty is no fate. The author is chief executive officer, Northtown Institute.",
         "Poverty is no fate."),
        ('The mill grew. "We push on," she said.\n\nCV Jo Roe Chief executive of Northtown Mills Age: 59 '
         "Nationality: Ruritanian Career: 2011: joined the mills Hobbies: sailing",
         'The mill grew. "We push on," she said.'),
    ],
)
def test_furniture_is_cut(text: str, kept: str) -> None:
    assert article_from_text(text).text == kept


@pytest.mark.parametrize(
    "text",
    [
        "Follow the money, he said.",  # no network named
        "The crowd cheered. Follow us to the square, the marchers shouted.",
        "Jo, whose name has been changed, said the camp was full.",  # in a sentence: the story's
        "Photos by Jo Roe show the camp from above.",  # a sentence goes on after the name
        "The sign read: no entry. He turned back.",  # in lower case, no link
        "Rain contributed to the story of the year.",  # no names, no sentence's end
        # a report or article named people wrote for is a document of the story, no credit
        "The inquiry published its findings. Dr Jo Tallor and Dr Al Poe contributed to the report.",
        "Professor Jo Tallor contributed to the article.",
        "The author is still held in a cell. He denies the charges.",  # no role
        # a link to more coverage whose end is not plain stays
        "It hurt. Read more about the toxin Jo Roe, an expert at the institute, said it kills.",
        '"Read more books," she said.',
    ],
)
def test_prose_is_kept(text: str) -> None:
    assert article_from_text(text).text == text

"""Publishers' furniture of shapes round 1 left (session 27, round 2): head datelines of several
places, an outlet's interviewer label and the answerer's label, bylines after a section heading,
tweet picture links, editors' notes on the text's form, initials in a photo credit, sign-offs
with a site's domain, a dash or the author's name. All texts are made up."""

from __future__ import annotations

import pytest

from graphbuilder.ingest.wire import strip_wire_furniture


@pytest.mark.parametrize(
    ("text", "clean", "place"),
    [
        # a story from several places, or from a region named after a country
        ("Leeds, Delhi, The Hague - Voters queued in the rain.", "Voters queued in the rain.", "Leeds"),
        ("Lahore, Pakistan/Delhi, India - Voters queued.", "Voters queued.", "Lahore"),
        ("Lahore, India-administered Hills -- Voters queued.", "Voters queued.", "Lahore"),
        # a part that is no place: the sentence's own words
        ("Leeds, Smith - The club signed him.", "Leeds, Smith - The club signed him.", None),
        ("Leeds, Delhi, Lahore - the three cities voted.",
         "Leeds, Delhi, Lahore - the three cities voted.", None),
        # people named with a country word: a country word alone in a part names no place
        ("US President Jo Roe, French President Al Poe - The two leaders met in Paris.",
         "US President Jo Roe, French President Al Poe - The two leaders met in Paris.", None),
    ],
)
def test_head_dateline_of_several_places(text: str, clean: str, place: str | None) -> None:
    parts = strip_wire_furniture(text)
    assert (parts.text, parts.place) == (clean, place)


def test_a_link_label_after_a_question_is_no_answerers_name() -> None:
    text = ("How did the rebels win? READ MORE: Ruritania rebels seize the port In February, the minister "
            "said the army had left.")
    assert "Ruritania rebels seize the port" not in strip_wire_furniture(text).text


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # the publisher's interviewer label
        ("He spoke about the vote. Al Jazeera: Do you think the party will split? Jo Roe: No, it will not.",
         "He spoke about the vote. \n\nDo you think the party will split?\n\nNo, it will not."),
        # the answerer's label after the question, also after a dash or a closing quotation mark
        ("What did the rally mean?- Jo Ann Roe: I think it was the key.",
         "What did the rally mean?\n\nI think it was the key."),
        ('Was it "over?" Jo Roe: It was not.', 'Was it "over?"\n\nIt was not.'),
        # a byline after a section's heading goes with the heading
        ('The team rated each claim. Jobs Check: Ruritania on jobs By Jo Roe and Al Poe, CNN "Jobs are up," '
         "the minister said.",
         'The team rated each claim. \n\n"Jobs are up," the minister said.'),
        ("Prices rose. Markets Check: The post-vote rally By Jo Roe, CNNMoney The minister cheered "
         "the rally.",
         "Prices rose. \n\nThe minister cheered the rally."),
        # a heading that ends its own sentence stays; only the byline goes
        ("Prices rose. Is the rise the largest? By Jo Roe, CNN The minister cheered.",
         "Prices rose. Is the rise the largest? \n\nThe minister cheered."),
        # a tweet's picture link and the handle tagged before it
        ("No one has united the town like this @Jo_Roe pic.twitter.com/AbC123xyz Exports fell in May.",
         "No one has united the town like this \n\nExports fell in May."),
        # an editors' note on the text's form
        ("Jo Roe spoke to us. Questions and answers have been edited for clarity and length. Trade fell.",
         "Jo Roe spoke to us. \n\nTrade fell."),
        ("He is director of the campaign.-This interview has been condensed and edited for clarity.",
         "He is director of the campaign."),
        # a photo credit whose name has initials in mixed case
        ("The school opened. Jo J.b. Roe / For China Daily The pupils sang.",
         "The school opened. \n\nThe pupils sang."),
        # a photo agency's credit after a caption, with the photographer or alone at a lost line break
        ("Jo Roe speaks in Leeds on May 9. Ann Poe / Getty Images  Roe said the talks went well.",
         "Jo Roe speaks in Leeds on May 9. \n\nRoe said the talks went well."),
        ("The show opened in Leeds. Getty Images  He believes art sells.",
         "The show opened in Leeds. \n\nHe believes art sells."),
        # not furniture: the same words in prose
        ("Getty Images CEO Jo Roe said so.", "Getty Images CEO Jo Roe said so."),
        ("An Ipsos/Reuters poll found support.", "An Ipsos/Reuters poll found support."),
        ("Jo Roe / Reuters poll was wrong.", "Jo Roe / Reuters poll was wrong."),
        ("Who won? Jo Roe said: we did.", "Who won? Jo Roe said: we did."),
        ("Who won? The answer: nobody.", "Who won? The answer: nobody."),
        ("The bill has been edited for length by the committee.",
         "The bill has been edited for length by the committee."),
        ("The report was written by Jo Roe, CNN said.", "The report was written by Jo Roe, CNN said."),
        ("He sent the pic to twitter.com users.", "He sent the pic to twitter.com users."),
    ],
)
def test_publishers_furniture_of_other_shapes(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # a site's domain among the sign-off's sources
        ("The plant will close. \n\nab/cd (dpa, AFP, Example.com)", "The plant will close."),
        # the sign-off run onto a dash after the last sentence
        ("Two soldiers died in the province. -ab/cd-(AFP, AP, Reuters)",
         "Two soldiers died in the province."),
        # the author's name before the editors' initials
        ("Critics fear a crackdown. Jo Roe/ab/cd", "Critics fear a crackdown."),
        # a compiler's credit, also after a colon, and the social networks' prompt
        ("Posts appeared, but not everyone is impressed: Compiled by Jo Roe, BBC Social News team.",
         "Posts appeared, but not everyone is impressed:"),
        ("He said so. Join the conversation - find us on Facebook, Instagram and Twitter.", "He said so."),
        ("Trade fell. Compiled by the BBC, the survey found rises. Prices fell.",
         "Trade fell. Compiled by the BBC, the survey found rises. Prices fell."),
        # a name and a slash inside the last sentence stay
        ("Critics wrote to Jo Roe/ab/cd", "Critics wrote to Jo Roe/ab/cd"),
    ],
)
def test_sign_offs_of_other_shapes(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # a link's headline ends where a quoted sentence opens, closed by its comma or mark
        ('Talks failed. READ MORE: Troops kill suspected fighters near Northtown "Cell members were '
         'active in the town," the statement said.',
         'Talks failed.\n\n"Cell members were active in the town," the statement said.'),
        # or at a word that opens a sentence and never ends a name
        ("Talks failed. READ MORE: Ruritania - A deadly deception Another four attacks killed eight people.",
         "Talks failed.\n\nAnother four attacks killed eight people."),
        ("Talks failed. OPINION: Ruritania's protest law: Legalising power Moreover, two groups were fined.",
         "Talks failed.\n\nMoreover, two groups were fined."),
        # a headline's quoted phrase closes on a word: the headline stays, only its label goes
        ('Talks failed. READ MORE: Rebels win "Northtown" vote Police said so.',
         'Talks failed.\n\nRebels win "Northtown" vote Police said so.'),
    ],
)
def test_link_headline_ends(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean

"""Wire-service furniture is removed at ingest; the dateline city and the agency are kept."""

from __future__ import annotations

import pytest

import graphbuilder as gb
import graphbuilder.errors
from graphbuilder.ingest import article_from_text
from graphbuilder.ingest.html import article_from_html
from graphbuilder.ingest.wire import strip_wire_furniture


@pytest.mark.parametrize(
    ("text", "clean", "place", "agency"),
    [
        ("WASHINGTON (Reuters) - U.S. officials said on Monday.", "U.S. officials said on Monday.",
         "WASHINGTON", "Reuters"),
        ("MOSCOW (AP) — Russian officials met.", "Russian officials met.", "MOSCOW", "Associated Press"),
        ("BEIJING, March 3 (Xinhua) -- China said.", "China said.", "BEIJING", "Xinhua"),
        ("PARIS (AFP) - France said.", "France said.", "PARIS", "AFP"),
        ("MOSCOW, March 14. /TASS/. Putin said.", "Putin said.", "MOSCOW", "TASS"),
        ("NORTHTOWN (India), February 17. /TASS/. Talks began.", "Talks began.", "NORTHTOWN", "TASS"),
        # the correspondent's name inside the slash tag
        ("NORTHTOWN, May 3. /TASS, Jo Roe/. Talks began.", "Talks began.", "NORTHTOWN", "TASS"),
        ("KYIV, Ukraine (UPI) -- Ukraine said.", "Ukraine said.", "KYIV", "UPI"),
        ("By Jane Doe\nLONDON (Reuters) - Blair spoke.", "Blair spoke.", "LONDON", "Reuters"),
        # tokenised copy spaces its punctuation
        ("DAYTON , Ohio ( AP )\nThe mayor spoke.", "The mayor spoke.", "DAYTON", "Associated Press"),
        ("NEW YORK ( AP ) - The mayor spoke.", "The mayor spoke.", "NEW YORK", "Associated Press"),
        ("Blair spoke.\n((This story has been corrected to fix the date in paragraph 2))",
         "Blair spoke.", None, None),
        ("Blair spoke.\n(Reporting by Jane Doe; Editing by John Roe)", "Blair spoke.", None, None),
        # not furniture: an agency named in a sentence, a lower-case lead, "by" in a sentence
        ("Officials told Reuters (Reuters) - on Monday.", "Officials told Reuters (Reuters) - on Monday.",
         None, None),
        ("By Monday the talks had failed.", "By Monday the talks had failed.", None, None),
        # a bare dateline names a known state or country; a headline of the same shape stays
        ("LANCASTER, Ky.\nThe mayor spoke.", "The mayor spoke.", "LANCASTER", None),
        ("KYIV, Ukraine\nThe mayor spoke.", "The mayor spoke.", "KYIV", None),
        ("NATO, Russia Agree Deal\nTEHRAN (AP) - Iran said.", "NATO, Russia Agree Deal\nIran said.",
         "TEHRAN", "Associated Press"),
        ("WHO, UNICEF Warn of Outbreak\nGENEVA (Reuters) - Cases rose.",
         "WHO, UNICEF Warn of Outbreak\nCases rose.", "GENEVA", "Reuters"),
    ],
)
def test_wire_furniture(text: str, clean: str, place: str | None, agency: str | None) -> None:
    assert strip_wire_furniture(text) == (clean, place, agency)


def test_dateline_city_is_no_entity_and_agency_is_publisher() -> None:
    kg = gb.build(["WASHINGTON (Reuters) - U.S. officials criticized China on Monday."])
    (article,) = kg.articles.values()
    assert article.publisher == "Reuters" and article.text.startswith("U.S. officials")
    assert article.dateline == "WASHINGTON"
    names = {e.name for e in kg.entities.values()}
    assert not any("WASHINGTON" in n for n in names)


def test_a_headline_of_dateline_shape_stays_and_the_real_dateline_goes() -> None:
    kg = gb.build(["NATO, Russia Agree Deal\nTEHRAN (AP) - Iran criticized Israel on Monday."])
    (article,) = kg.articles.values()
    assert article.dateline == "TEHRAN" and article.publisher == "Associated Press"
    assert article.text.startswith("NATO, Russia Agree Deal\nIran criticized")
    names = {e.name for e in kg.entities.values()}
    assert "Iran" in names and not any("TEHRAN" in n for n in names)


def test_a_given_publisher_wins_over_the_dateline() -> None:
    article = article_from_text("MOSCOW (AP) - Putin spoke.", publisher="Example Wire")
    assert article.publisher == "Example Wire"


def test_short_html_page_is_read_from_its_paragraphs() -> None:
    article = article_from_html("<p>Putin met Orban in Moscow.</p>", source="short.html")
    assert article.text == "Putin met Orban in Moscow."


def test_html_without_text_is_still_refused() -> None:
    page = "<html><body><script>var x = 1;</script><nav>Home News</nav></body></html>"
    with pytest.raises(gb.errors.InputError, match="no article text"):
        article_from_html(page, source="nav.html")


@pytest.mark.parametrize(
    ("text", "clean", "place"),
    [
        # a dateline in mixed case with a dash, of one place or two, before a known country
        ("Gaziantep, Turkey -- The governor said the border would open.",
         "The governor said the border would open.", "Gaziantep"),
        ("Ludhiana and Noida, India -- Voters queued.", "Voters queued.", "Ludhiana and Noida"),
        ("Northtown, Pakistan - Voters queued.", "Voters queued.", "Northtown"),
        ("Northtown, Occupied West Bank - Voters queued.", "Voters queued.", "Northtown"),
        # without the dash, or before no known region, it is the sentence's own subject
        ("Paris, France is a city.", "Paris, France is a city.", None),
        ("Mr Smith, Jones -- and others -- came.", "Mr Smith, Jones -- and others -- came.", None),
    ],
)
def test_mixed_case_datelines(text: str, clean: str, place: str | None) -> None:
    parts = strip_wire_furniture(text)
    assert (parts.text, parts.place) == (clean, place)


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # a share bar run into the text, then the editors' sign-off with its agencies
        ("The minister met her counterpart. Send Facebook Twitter Google+ Whatsapp Tumblr linkedin "
         "Digg reddit Permalink http://example.org/p/2Ab ab/cd (AFP, AP)",
         "The minister met her counterpart."),
        ("The talks failed. Author: Jane Roe ab/cd-(AFP, Reuters, dpa)", "The talks failed."),
        ("The talks failed. ab/cd (AP, AFP) -", "The talks failed."),
        ("The talks failed.-- - ab/cde (with dpa)-", "The talks failed."),
        ("The talks failed. ab,cd/ef (AFP, dpa)", "The talks failed."),
        ("The talks failed. ab/cd AFP, dpa)", "The talks failed."),
        ("(The vote, as he/she said)", "(The vote, as he/she said)"),
        # a site's notes at the end
        ("The laptop was lost. This is a breaking news story. Check back for updates.",
         "The laptop was lost."),
        ("The vote is near. More soon.", "The vote is near."),
        ("He gained votes. Your browser does not support the video tag.", "He gained votes."),
        ("The bill is due on Monday.\n\nDo you have a question about the bill? Or about tax? Let us know by "
         "using this form: If you are reading this page on the Example News app, you will need to visit the "
         "mobile version of the Example website to submit your question.", "The bill is due on Monday."),
        ("He said there would be more soon. The end came.",
         "He said there would be more soon. The end came."),
        ("Do you have a question? We answered them all.", "Do you have a question? We answered them all."),
        # a space the text lost after the comma became a hyphen
        ("The talks failed. ab/cd-(AP,-AFP, dpa)", "The talks failed."),
        ("The talks failed. Additional reporting by Jo Roe: @joroe-", "The talks failed."),
        ("The talks failed.------- ----- -", "The talks failed."),
        ("The talks failed.- Additional reporting by Jo Roe.", "The talks failed."),
        ("He was accused of writing by hand.", "He was accused of writing by hand."),
        ("The talks failed. ab/cd (AP, FCC website) -", "The talks failed."),
        ("The talks failed. Author: Jane Roe (jr) ab/cd (AFP, AP)", "The talks failed."),
        ("The army shelled the town. Source:-Ruritanian News and news agencies",
         "The army shelled the town."),
        ("The army shelled the town. Source: AFP news agency", "The army shelled the town."),
        # a share bar between sections leaves a paragraph break
        ("Officials met on Monday. Send Facebook Twitter Google+ Whatsapp Tumblr Permalink "
         "http://example.org/p/9 Talks resumed on Tuesday.",
         "Officials met on Monday. \n\nTalks resumed on Tuesday."),
        # an opinion page's contributor note, disclaimer and print citation
        ("Trade will grow. The author is a fellow at Northtown College. His new book is out in May. "
         "The views do not necessarily reflect those of the Daily Ledger. (Ledger Weekly 03/04/2016 page9)",
         "Trade will grow."),
        ("Trade will grow. The writer is president of the Northtown Trade Council.", "Trade will grow."),
        # a writer in the news is no contributor note
        ("Police detained a novelist on Monday. The writer was arrested in 2016 and jailed for two years. "
         "His wife said he was innocent.",
         "Police detained a novelist on Monday. The writer was arrested in 2016 and jailed for two years. "
         "His wife said he was innocent."),
        ("Police detained a novelist on Monday. The writer is under house arrest. His wife said so.",
         "Police detained a novelist on Monday. The writer is under house arrest. His wife said so."),
        # contact lines: an address with or without words around it, a call-out with its question
        ("The port reopened. Contact the writer at jo.roe@example.org (Ledger Weekly 03/04/2016 page2)",
         "The port reopened."),
        ("The port reopened. jroe@example.org", "The port reopened."),
        ("Taxes rose. Are you affected by the rise? Email tips@example.org with your story. "
         "Include a phone number. You can also reach us in these ways:", "Taxes rose."),
        # links to other stories run into the text, and credits
        ("Talks failed. READ MORE: Ruritania's rebels take key town In May, the army said it had won.",
         "Talks failed.\n\nIn May, the army said it had won."),
        ("Talks failed. READ MORE - Ruritania: Rebels take key town The army said it had won.",
         "Talks failed.\n\nThe army said it had won."),
        ("Talks failed. WATCH: Who rules the north? The army said it had won.",
         "Talks failed.\n\nThe army said it had won."),
        ('Talks failed. OPINION: Why Ruritania\'s deal is \'dead\' "We will not sign," he said.',
         'Talks failed.\n\n"We will not sign," he said.'),
        ("Talks failed. RELATED: Ruritania visit: A turning point- Officials met again.",
         "Talks failed.\n\nOfficials met again."),
        ("The port reopened. Jo Roe in Northtown contributed to this report. Officials met.",
         "The port reopened. Officials met."),
        # a link whose end is not plain: only its label goes, no word of the story
        ("Talks failed. READ MORE: Rebels take key town Ivan Petrov said the army had won.",
         "Talks failed.\n\nRebels take key town Ivan Petrov said the army had won."),
        ('Talks failed. READ MORE: Rebels win Officials backed his "Northtown" plan.',
         'Talks failed.\n\nRebels win Officials backed his "Northtown" plan.'),
        ('He said: "WATCH: they will come back," and left.',
         'He said: "WATCH: they will come back," and left.'),
        ("The drought contributed to the losses.", "The drought contributed to the losses."),
        # not furniture
        ("He said the source: was unclear.", "He said the source: was unclear."),
        ("The author is a former minister who resigned in May. He said on Monday that the party "
         "would split. Members met. They voted.",
         "The author is a former minister who resigned in May. He said on Monday that the party "
         "would split. Members met. They voted."),
        ("The ministry said complaints went to help@example.org. " + "Officials met again. " * 25,
         ("The ministry said complaints went to help@example.org. " + "Officials met again. " * 25).rstrip()),
        ("The ratio was 3/4 (roughly).", "The ratio was 3/4 (roughly)."),
        ("She posted it on Facebook, Twitter and Instagram.",
         "She posted it on Facebook, Twitter and Instagram."),
    ],
)
def test_site_furniture_run_into_the_text(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # a news organisation's section dateline and byline inside the text
        ("Talks opened in the north. Northtown (CNN) -- The minister arrived on Monday.",
         "Talks opened in the north. \n\nThe minister arrived on Monday."),
        # after a menu of sections, which goes with it
        ("Here are the stops: North | South Southtown (CNN) -- The minister arrived on Monday.",
         "Here are the stops: \n\nThe minister arrived on Monday."),
        ("The talks went on. From CNN's Jo Roe Northtown (CNN) -- The minister left.",
         "The talks went on. \n\nThe minister left."),
        ("The minister left on Tuesday. From CNN's Jo Roe and Ann Poe", "The minister left on Tuesday."),
        # an interview's labels and credit
        ("DW: Why did the talks fail? Jo Roe: Nobody wanted a deal.",
         "Why did the talks fail?\n\nNobody wanted a deal."),
        ("Nobody wanted a deal. Deutsche Welle: What comes next? More talks.",
         "Nobody wanted a deal. \n\nWhat comes next? More talks."),
        ("Nobody wanted a deal. This interview was conducted by Ann Poe.", "Nobody wanted a deal."),
        ("Nobody wanted a deal. Interview by: Ann Poe", "Nobody wanted a deal."),
        # an editors' sign-off inside the text, before a gallery
        ("The war goes on. ab/cd-(AFP, dpa) In 2011, protests began in the south.",
         "The war goes on. \n\nIn 2011, protests began in the south."),
        # a space the text lost after the comma became a hyphen
        ("The war goes on. ab/cd-(AP,-AFP, dpa) In 2011, protests began in the south.",
         "The war goes on. \n\nIn 2011, protests began in the south."),
        # photo credits
        ("The mayor opened the bridge. Jo J.B. Roe / For China Daily  Traffic resumed at noon.",
         "The mayor opened the bridge. \n\nTraffic resumed at noon."),
        ("The choir sang in Northtown. Photos provided to China Daily  The tour ends in May.",
         "The choir sang in Northtown. \n\nThe tour ends in May."),
        ("Crowds gathered on Friday [Jo Roe/Al Jazeera] Police closed the road.",
         "Crowds gathered on Friday \n\nPolice closed the road."),
        ("Crowds gathered on Friday [Photo/Xinhua] Police closed the road.",
         "Crowds gathered on Friday \n\nPolice closed the road."),
        ("Crowds gathered on Friday. [AFP] Police closed the road.",
         "Crowds gathered on Friday. \n\nPolice closed the road."),
        # the BBC's bylines, prompts and promotion
        ("The bridge reopened. By Jo Roe, BBC News There was relief in the town.",
         "The bridge reopened. \n\nThere was relief in the town."),
        ("The bridge reopened. By Jo Roe, BBC transport correspondent Not everyone was pleased.",
         "The bridge reopened. \n\nNot everyone was pleased."),
        ("The bridge reopened. Read more from Jo here. The mayor spoke.",
         "The bridge reopened. \n\nThe mayor spoke."),
        ("The bridge reopened. Read more from Jo The mayor spoke.",
         "The bridge reopened. \n\nThe mayor spoke."),
        ("The bridge reopened. Follow Jo on Twitter @joroe", "The bridge reopened."),
        ("The bridge reopened. Get news from the BBC in your inbox, each weekday morning The mayor spoke.",
         "The bridge reopened. \n\nThe mayor spoke."),
        # an author's address between two sentences
        ('"It matters," he says. jo@example.org   Timeline May: the court met. ' + "The judges sat. " * 30,
         '"It matters," he says. \n\nTimeline May: the court met. ' + ("The judges sat. " * 30).rstrip()),
        # near the end it is the trailer's contact line, cut with the photo caption after it
        ("The court freed him on Monday, the lawyer said. jo_roe@example.org - Ann Poe, the mother of the "
         "man, talks to reporters outside the court in Northtown. Li Ming / For China Daily",
         "The court freed him on Monday, the lawyer said."),
        # a correction note at the head
        ("Correction: An earlier version of this story misnamed Sen. Jo Roe. The senate met.",
         "The senate met."),
        # DW's related-article teasers: each ends with its date; before the first, one sentence goes
        ("The vote is on Sunday. Polls favour the left. (14.03.2017) The right chose a new leader. "
         "He is 50. (02.03.2017) Campaigning ends on Friday.",
         "The vote is on Sunday.\n\nCampaigning ends on Friday."),
        # links whose headline ends in a quotation or at a lost line break
        ("Talks failed. READ MORE: Rebels kill eight in 'surprise raid' Gunmen stormed the base.",
         "Talks failed.\n\nGunmen stormed the base."),
        ("Talks failed. OPINION: Ruritania - Keep them in jail, where they belong  Shouting, they marched.",
         "Talks failed.\n\nShouting, they marched."),
        # the headline the label leaves ends the text: the trailer takes it (a related story's headline)
        ('He said: "We will come back," and left. READ MORE: Rebels win "Northtown" vote',
         'He said: "We will come back," and left.'),
        ("Talks failed. IN PICTURES: Hunger in Ruritania The group said so.",
         "Talks failed.\n\nThe group said so."),
        ("Talks failed. INTERACTIVE: Mapping the hunger The group said so.",
         "Talks failed.\n\nThe group said so."),
        # not furniture: the same words in prose
        ("The Northtown (CNN) affiliate said so.", "The Northtown (CNN) affiliate said so."),
        ("From CNN's point of view, it worked.", "From CNN's point of view, it worked."),
        ("Officials told DW: we will not sign.", "Officials told DW: we will not sign."),
        ("The interview was conducted by phone.", "The interview was conducted by phone."),
        ("He said he [Jo Roe] would come.", "He said he [Jo Roe] would come."),
        # an agency named before a parenthetical dash, in a sentence, is no section dateline
        ("The spokesman told Ruritania Press Agency (AFP) -- the only agency at the scene -- that the "
         "army had left.",
         "The spokesman told Ruritania Press Agency (AFP) -- the only agency at the scene -- that the "
         "army had left."),
        ("A reporter for the Associated Press (AP) — one of two in the town — saw the attack.",
         "A reporter for the Associated Press (AP) — one of two in the town — saw the attack."),
        # an editor's insertion of an agency's name in a quotation is no photo credit
        ('"We are telling [Al Jazeera] that the camp has no water," the official said.',
         '"We are telling [Al Jazeera] that the camp has no water," the official said.'),
        ('"We told [Reuters] the truth," one of them said.',
         '"We told [Reuters] the truth," one of them said.'),
        # one date in brackets is no block of teasers
        ("The treaty was signed. (25.03.1957) It created the community.",
         "The treaty was signed. (25.03.1957) It created the community."),
        ("He wrote on the date (14.03.2017 was a Tuesday) in pencil.",
         "He wrote on the date (14.03.2017 was a Tuesday) in pencil."),
        ("Read more from the report below.", "Read more from the report below."),
        ("The ratio was a/b (AFP estimates).", "The ratio was a/b (AFP estimates)."),
        ("Correction: the vote is on Sunday.", "Correction: the vote is on Sunday."),
        ("Talks failed. READ MORE: Rebels vow to 'destroy' UN Plans to win the war fell.",
         "Talks failed.\n\nRebels vow to 'destroy' UN Plans to win the war fell."),
        ("Talks failed. READ MORE: 'Tired, hungry', 4,000 flee daily Police said so.",
         "Talks failed.\n\n'Tired, hungry', 4,000 flee daily Police said so."),
        # a label inside a sentence or before a lower-case word stays
        ("Talks failed. The sign said READ MORE: nothing else.",
         "Talks failed. The sign said READ MORE: nothing else."),
        ("Talks failed. IN PICTURES: 'How do I feed them now?' \"We are hungry,\" she said.",
         "Talks failed.\n\n\"We are hungry,\" she said."),
    ],
)
def test_publishers_furniture_inside_the_text(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean


@pytest.mark.parametrize(
    ("text", "clean", "place", "agency"),
    [
        ("Northtown (CNN) -- The minister arrived.", "The minister arrived.", "Northtown", "CNN"),
        ("New Northtown (AP) — The minister arrived.", "The minister arrived.", "New Northtown",
         "Associated Press"),
        ("NORTHTOWN (CNN) - The minister arrived.", "The minister arrived.", "NORTHTOWN", "CNN"),
        ("(CNN) -- The minister arrived.", "The minister arrived.", None, "CNN"),
        ("Northtown (CNN)The minister arrived.", "The minister arrived.", "Northtown", "CNN"),
    ],
)
def test_mixed_case_dateline_with_agency(text: str, clean: str, place: str | None, agency: str) -> None:
    assert strip_wire_furniture(text) == (clean, place, agency)


def test_sentences_point_into_the_text_after_furniture_is_removed() -> None:
    text = ("Northtown (CNN) -- The minister criticized the rebels on Monday. From CNN's Jo Roe "
            "Southtown (CNN) -- The rebels attacked the army. DW: Why did they attack? Ann Poe: "
            "The army shelled the town. Rebels fled. (14.03.2017) Officials met the rebels in May. "
            "(02.03.2017) The rebels attacked the army again. "
            "This interview was conducted by Ann Poe.")
    kg = gb.build([text])
    (article,) = kg.articles.values()
    assert article.dateline == "Northtown" and article.publisher == "CNN"
    assert "CNN" not in article.text and "Jo Roe" not in article.text and "(14.03.2017)" not in article.text
    evidence = [e for s in kg.statements.values() for e in s.evidence]
    assert evidence
    for e in evidence:
        assert article.text[e.sentence.start : e.sentence.end] == e.sentence.text
        assert article.text[e.relation_start : e.relation_end] == e.relation_text
    names = {e.name for e in kg.entities.values()}
    assert not {"Jo Roe", "Jo Roe Southtown", "CNN"} & names

"""Session 32: an agency's notes in a story run together on one line: a roundup's disclaimer, labels,
time stamps and links; graphic notes, short links, bracketed credits, captions, editors' notes on the
story, codes of instruments and related stories (made-up text)."""

from __future__ import annotations

import pytest

from graphbuilder.ingest import article_from_text


def test_a_roundup_of_posts_keeps_the_posts_each_a_paragraph() -> None:
    text = (
        "The following statements were posted to the verified Twitter accounts of Northtown Mayor Jo "
        "Roe, @JoRoe and @NorthtownGov.  The opinions expressed are her own. Reuters has not edited the "
        "statements or confirmed their accuracy.  @JoRoe : - The new bridge opens today! [0628 EST] - "
        "Thanks to all the workers who built it. [1015 EST] -- Source link: (bit.ly/2AbCdEf) (bit.ly/2GhIjK)"
    )
    assert article_from_text(text).text == (
        "The new bridge opens today!\n\nThanks to all the workers who built it."
    )


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # a graphic's note between two sentences, with its short link
        ("Exports fell. (Graphic: Northtown exports by year - reut.rs/2AbCdEf) The mayor spoke.",
         "Exports fell.\n\nThe mayor spoke."),
        ("Exports fell. (Graphic: tmsnrt.rs/2AbCdEf) The mayor spoke.", "Exports fell.\n\nThe mayor spoke."),
        # a short link after a sentence that cites a report, alone or in brackets
        ("The council voted, the Northtown Times reported. bit.ly/2AbCdEf The mayor spoke.",
         "The council voted, the Northtown Times reported.\n\nThe mayor spoke."),
        ("The council voted. [tmsnrt.rs/2AbCdEf]The mayor spoke.", "The council voted.\n\nThe mayor spoke."),
        # credits and notes in brackets, run into the text
        ("The council voted. (Reporting by Jo Roe in Northtown; Additional reporting by Al Poe; Editing by "
         "Li Wei and Ann Lee) The mayor spoke.", "The council voted.\n\nThe mayor spoke."),
        ("The council voted. ((Northtown newsroom; +1 555 0100)) The mayor spoke.",
         "The council voted.\n\nThe mayor spoke."),
        # a prompt to see a graphic
        ("The council voted. For a graphic on the vote, click tmsnrt.rs/2AbCdEf The mayor spoke.",
         "The council voted.\n\nThe mayor spoke."),
        # a photo's caption with the agency's credit
        ("FILE PHOTO: Mayor Jo Roe speaks in Northtown, May 3, 2017. REUTERS/Al Poe/File Photo The council "
         "voted.", "The council voted."),
        # a sentence that only points to its link, a bracketed note around one
        ("The council voted. The letter can be seen here: tmsnrt.rs/2AbCdEf The mayor spoke.",
         "The council voted.\n\nThe mayor spoke."),
        ("The council voted. Follow the vote at Northtown Watch  www.paper.example/watch",
         "The council voted."),
        ("The council voted. (For a graphic tracking U.S. tax rates, see: tmsnrt.rs/2AbCdEf) The mayor "
         "spoke.",
         "The council voted.\n\nThe mayor spoke."),
        # an editors' note on the story at its end
        ("The council voted. (This story has been refiled to correct a typo in paragraph 2)",
         "The council voted."),
        ("The council voted. (This version of the story was corrected to say 12 votes, not 21)",
         "The council voted."),
        ("The council voted. The story was refiled to correct paragraph 4 to say that the mayor won in 2009",
         "The council voted."),
        # the story's own words stay: a poll's name with a slash, a report updated, a click in a sentence
        ("A Reuters/Ipsos poll showed support. The report was updated in May.",
         "A Reuters/Ipsos poll showed support. The report was updated in May."),
        ("The rate would click in at $200,000. The mayor spoke.",
         "The rate would click in at $200,000. The mayor spoke."),
        ("The vote (a close one) was on Monday.", "The vote (a close one) was on Monday."),
    ],
)
def test_agency_notes_go(text: str, clean: str) -> None:
    assert article_from_text(text).text == clean


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # market instruments' codes after the names, in brackets or bare
        ("Northtown Mills Inc (NTM.N) and Roe Motor Co (7201.T) rose, and Roe AG (ROEG_p.DE) fell.",
         "Northtown Mills Inc and Roe Motor Co rose, and Roe AG fell."),
        ("The fines hit firms such as Northtown Mills Co (NTM.N). Shares fell.",
         "The fines hit firms such as Northtown Mills Co.\n\nShares fell."),
        ("Shares of Northtown Air [NTAIR.UL] and the bank index (.BKX) fell.",
         "Shares of Northtown Air and the bank index fell."),
        ("Northtown Bank NTBK.MM did not reply. The U.S said no.",
         "Northtown Bank did not reply. The U.S said no."),
        ("The dollar index .DXY fell 0.4 percent, with the euro EUR= up 0.5 percent.",
         "The dollar index fell 0.4 percent, with the euro up 0.5 percent."),
        ("Ten-year notes NT10YT=RR last fell in price.", "Ten-year notes last fell in price."),
        # related stories' codes
        ("The bill passed on Tuesday [L1N1AB2CD], officials said. The mayor spoke.[nL2N1XY3ZW] He left.",
         "The bill passed on Tuesday, officials said. The mayor spoke.\n\nHe left."),
        # the story's own brackets stay
        ("The firm (NTM) and the U.S. (and Canada) agreed. “Now [they] want more,” he said.",
         "The firm (NTM) and the U.S. (and Canada) agreed. “Now [they] want more,” he said."),
    ],
)
def test_codes_of_instruments_and_stories_go(text: str, clean: str) -> None:
    assert article_from_text(text).text == clean

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

"""Session 32: a wire story's dateline in the forms Reuters copy carries: several places, a comma or a
day in the tag, an editors' note and a byline before it (made-up text)."""

from __future__ import annotations

import pytest

from graphbuilder.ingest.wire import strip_wire_furniture


@pytest.mark.parametrize(
    ("text", "clean", "place"),
    [
        # a story from several places: the first is the dateline's place
        ("NORTHTOWN/SOUTHVILLE (Reuters) - The mayor spoke on Monday.", "The mayor spoke on Monday.",
         "NORTHTOWN"),
        ("NORTH PORT, Fla./SOUTHVILLE (Reuters) - The mayor spoke.", "The mayor spoke.", "NORTH PORT"),
        ("ELMTOWN, Texas/NEW HAVEN (Reuters) - The mayor spoke.", "The mayor spoke.", "ELMTOWN"),
        ("UNITED NATIONS/NORTHTOWN (Reuters) - The envoy spoke.", "The envoy spoke.", "UNITED NATIONS"),
        ("Northtown/Southville (Reuters) - The mayor spoke.", "The mayor spoke.", "Northtown"),
        ("NORTHTOWN (Thomson Reuters Foundation) - The mayor spoke.", "The mayor spoke.", "NORTHTOWN"),
        # a comma left before the tag; a day typed into the tag
        ("NORTHTOWN, (Reuters) - The mayor spoke.", "The mayor spoke.", "NORTHTOWN"),
        ("NORTHTOWN (Reuters on Monday ) - The mayor spoke.", "The mayor spoke.", "NORTHTOWN"),
        # an editors' note on the story and a byline before the dateline
        ("(Corrects spelling of the mayor's name in paragraph 2) By Jo Roe NORTHTOWN (Reuters) - The "
         "mayor spoke.", "The mayor spoke.", "NORTHTOWN"),
        ("(In May 3 item, corrects third paragraph to say Roe is a former judge) (Reuters) - The mayor "
         "spoke.", "The mayor spoke.", None),
        ("(Updates with vote) By Jo Roe and Al Poe (Reuters) - The council voted.", "The council voted.",
         None),
        # not a dateline: a city in mixed case after the slash, a bracket that is the story's
        ("NORTHTOWN/southville (Reuters) - x.", "NORTHTOWN/southville (Reuters) - x.", None),
        ("(The vote was close) NORTHTOWN (Reuters) - The mayor spoke.",
         "(The vote was close) NORTHTOWN (Reuters) - The mayor spoke.", None),
        ("By Monday the talks had failed.", "By Monday the talks had failed.", None),
    ],
)
def test_datelines_of_several_places_and_notes_before_them(text: str, clean: str, place: str | None) -> None:
    parts = strip_wire_furniture(text)
    assert (parts.text, parts.place) == (clean, place)


@pytest.mark.parametrize(
    "text",
    [
        "FILE PHOTO: Senator Jo Roe speaks in Northtown, May 3, 2017. REUTERS/Al Poe/File Photo NORTHTOWN "
        "(Reuters) - The senator said on Monday.",
        "Related Coverage Senate passes the bill Mayor quits NORTHTOWN/SOUTHVILLE (Reuters) - The senator "
        "said on Monday.",
    ],
)
def test_the_page_furniture_above_the_dateline_goes_with_it(text: str) -> None:
    assert strip_wire_furniture(text) == ("The senator said on Monday.", "NORTHTOWN", "Reuters")

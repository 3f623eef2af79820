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
    ],
)
def test_head_dateline_of_several_places(text: str, clean: str, place: str | None) -> None:
    parts = strip_wire_furniture(text)
    assert (parts.text, parts.place) == (clean, place)


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
        # a name and a slash inside the last sentence stay
        ("Critics wrote to Jo Roe/ab/cd", "Critics wrote to Jo Roe/ab/cd"),
    ],
)
def test_sign_offs_of_other_shapes(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean

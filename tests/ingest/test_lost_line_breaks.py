"""A dash run onto a sentence's end where the copy lost its line break ("... in Northtown.- Police
said ...") becomes a paragraph break (session 28): read as a word it glued the sentence's last word
onto the next ("Northtown.- Police", "announced.-"). All texts are made up."""

from __future__ import annotations

import pytest

from graphbuilder.ingest.wire import strip_wire_furniture


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("Rockets landed in Northtown.- Ruritania has launched raids.",
         "Rockets landed in Northtown.\n\nRuritania has launched raids."),
        ("Roe told reporters.-So far, so good.", "Roe told reporters.\n\nSo far, so good."),
        ('He spoke of peace in the region".-  Encouraged by Roe, they met.',
         'He spoke of peace in the region".\n\nEncouraged by Roe, they met.'),
        ("The minister has announced.-\n\nThe talks begin today.",
         "The minister has announced.\n\nThe talks begin today."),
        # run onto a comma or a colon, a lost space
        ('Jo Roe,-Ruritania\'s health minister, told reporters:-"There was a crowd."',
         'Jo Roe, Ruritania\'s health minister, told reporters: "There was a crowd."'),
        ("We asked Jo Roe. Is it over? Roe:-I think so.", "We asked Jo Roe. Is it over?\n\nI think so."),
        # after a function word before a capital, a lost space
        ("Talks with the-Northtown Nurses Union went on, according to-The Ruritania Times.",
         "Talks with the Northtown Nurses Union went on, according to The Ruritania Times."),
        # a compound, an Arabic article: they stay
        ("An in-depth probe of Jabhat an-Nusra and the by-election.",
         "An in-depth probe of Jabhat an-Nusra and the by-election."),
        ("It was hot (29 degrees.)--- The rivers rose.", "It was hot (29 degrees.)\n\nThe rivers rose."),
        # (the quoted subheading after it is cut from the next sentence: ingest.headings)
        ("Roe asked.- 'Change of course' She spoke.", "Roe asked.\n\n'Change of course'\n\nShe spoke."),
        # a compound's hyphen after an initial's full stop, a dash inside a sentence: they stay
        ("The U.S.-Mexico border is long.", "The U.S.-Mexico border is long."),
        ("The vote - a close one - was held.", "The vote - a close one - was held."),
    ],
)
def test_lost_line_breaks(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean

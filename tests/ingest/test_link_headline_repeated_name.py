"""A link's headline that ends on a name, run into a sentence whose subject is that name ("...
courting Roe Roe has ..."): the name said twice in a row is where the sentence starts (session
28). All texts are made up."""

from __future__ import annotations

import pytest

from graphbuilder.ingest.wire import strip_wire_furniture


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("Talks failed. READ MORE: Meet the mayor - Bo Lin Tam Tam opened a school on Monday.",
         "Talks failed.\n\nTam opened a school on Monday."),
        ("Talks failed. OPINION: Why Northtown trusts Ada al-Kari Kari is a judge's daughter.",
         "Talks failed.\n\nKari is a judge's daughter."),
        ("Talks failed. OPINION: Borduria should stop fearing Tam Tam's budget will pass.",
         "Talks failed.\n\nTam's budget will pass."),
        # an acronym twice is no name: only the label goes
        ("Talks failed. READ MORE: Why the talks failed for the UN UN envoys met.",
         "Talks failed.\n\nWhy the talks failed for the UN UN envoys met."),
    ],
)
def test_a_repeated_name_ends_the_headline(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean

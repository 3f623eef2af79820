"""A link's headline that ends on a name, run into a sentence whose subject is that name ("...
courting Roe Roe has ..."): the name said twice in a row is where the sentence starts (session
28). All texts are made up."""

from __future__ import annotations

import pytest

from graphbuilder.ingest.wire import strip_wire_furniture


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("Talks failed. READ MORE: Profile - Jo Ann Roe Roe has three cells to himself.",
         "Talks failed.\n\nRoe has three cells to himself."),
        ("Talks failed. OPINION: The return of Ali al-Roe Roe is the heir of a clerical family.",
         "Talks failed.\n\nRoe is the heir of a clerical family."),
        ("Talks failed. OPINION: Ruritania must stop courting Roe Roe's threats have hurt trade.",
         "Talks failed.\n\nRoe's threats have hurt trade."),
        # an acronym twice is no name: only the label goes
        ("Talks failed. READ MORE: Why the talks failed for the UN UN envoys met.",
         "Talks failed.\n\nWhy the talks failed for the UN UN envoys met."),
    ],
)
def test_a_repeated_name_ends_the_headline(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean

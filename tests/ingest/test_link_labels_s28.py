"""Link labels of other forms: "ALSO READ" and "Read more:" as a sentence's start (session 28).
All texts are made up."""

from __future__ import annotations

import pytest

from graphbuilder.ingest.wire import strip_wire_furniture


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("Prices rose.- ALSO READ - Part of the town: Ruritanian refugees in Leeds But rejection is rare.",
         "Prices rose.\n\nBut rejection is rare."),
        ("The bill would: Read more: A guide to the Repeal Bill Reality Check: Does the bill repeal laws? "
         "Business groups welcomed it.",
         "The bill would:\n\nBusiness groups welcomed it."),
        # in a sentence, no label
        ("Readers who read more: they were told so.", "Readers who read more: they were told so."),
    ],
)
def test_other_link_labels(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean

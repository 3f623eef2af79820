"""A description keeps the word hyphened onto its modifier: "the Sydney-based airline" is no
"based airline" (the parse hangs "Sydney" on "based", not on the noun)."""

from __future__ import annotations

import pytest

from graphbuilder.api import extract


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Perth-based airline said it had grounded three planes.", "perth-based airline"),
        ("The state-owned lender said it would close ten branches.", "state-owned lender"),
    ],
)
def test_a_hyphened_modifier_names_the_description_whole(text: str, name: str) -> None:
    statements = extract(text)
    subjects = {s["subject"]["text"]: s["subject"]["name"] for s in statements}
    assert subjects[text.split(" said")[0]] == name


def test_a_pronoun_of_it_takes_the_whole_name() -> None:
    statements = extract("The Perth-based airline said it had grounded three planes.")
    assert {s["subject"]["text"]: s["subject"]["name"] for s in statements}["it"] == "perth-based airline"

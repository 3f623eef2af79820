"""An "it" under a clause whose subject names an organisation, a country or a thing is that
one, not an organisation named a sentence before; "it" of a time noun is ambient (made-up
sentences, real parses)."""

from __future__ import annotations

import pytest

from graphbuilder.extract.expletives import is_expletive
from tests.resolve.test_pronouns_and_surnames import referent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU has rejected the claims. The US said it filed the complaint after talks failed.",
         "United States of America"),
        ("Shell posted a loss. Barclays was the focus of takeover speculation in August, "
         "when it was linked to Citigroup.", "Barclays"),
    ],
)
def test_it_is_the_subject_of_the_clause_above(resolve_text, text: str, expected: str) -> None:
    assert referent(resolve_text(text), "it") == expected


def test_it_of_a_time_noun_is_ambient(nlp) -> None:
    doc = nlp("It has been a strange week for the firm.")
    assert is_expletive(doc[0])
    assert not is_expletive(nlp("It has been a profitable firm for years.")[0])

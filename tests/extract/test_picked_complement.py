"""A predicate complement whose noun a word picks out of its kind ("the first", "the only",
"one of") keeps the restrictive clause that tells which (issue 9, an argument cut): "is [the
first river town to ban plastic bags]", not "is [the first river town]" (made-up sentences)."""

from __future__ import annotations

import pytest

from tests.extract.triples import triples_of


@pytest.mark.parametrize(
    ("text", "subject", "obj"),
    [
        (
            "Eastham is the first river town to ban plastic bags.",
            "Eastham",
            "the first river town to ban plastic bags",
        ),
        (
            "Lena Roe is one of the councillors who opposed the road.",
            "Lena Roe",
            "one of the councillors who opposed the road",
        ),
        (
            "Jo Weber was the only driver who finished the rally.",
            "Jo Weber",
            "the only driver who finished the rally",
        ),
    ],
)
def test_the_clause_that_picks_the_noun_stays(candidates, text, subject, obj) -> None:
    assert (subject, "is", obj) in triples_of(candidates(text))


def test_other_relative_clauses_stay_out(candidates) -> None:
    assert ("Jo Weber", "is", "a driver") in triples_of(
        candidates("Jo Weber is a driver who likes old cars.")
    )
    assert ("Jo Weber", "is", "the driver") in triples_of(
        candidates("Jo Weber is the driver, who won in May.")
    )

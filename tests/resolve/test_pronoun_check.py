"""The learned pronoun check (graphbuilder.resolve.pronoun_check): a resolution the judges'
verdicts make unlikely right is left open; clear ones are kept (made-up sentences, real parses)."""

from __future__ import annotations

import json

import pytest

from graphbuilder.resolve import pronoun_check
from graphbuilder.resolve.pronoun_check import CHECK_PATH, SIGNALS, PronounCheck, default_check
from tests.resolve.test_pronouns_and_surnames import referent

#: A "he" given to a person known only by a common noun ("the spokesman": a generic node, which
#: judges count wrong), two sentences back, inside someone else's quotation.
UNNAMED_IN_A_QUOTE = (
    "The spokesman for the ministry spoke to reporters on Monday. The talks had stalled over "
    'the weekend. "He is tired," an aide said.'
)


def test_an_unlikely_pick_is_left_open(resolve_text) -> None:
    assert referent(resolve_text(UNNAMED_IN_A_QUOTE), "He") is None


def test_without_the_check_the_resolver_picks_it(resolve_text, monkeypatch: pytest.MonkeyPatch) -> None:
    # the same text with the check recording (it keeps every pick): the resolver's own choice
    monkeypatch.setattr(pronoun_check, "RECORD", [])
    assert referent(resolve_text(UNNAMED_IN_A_QUOTE), "He") is not None


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        ("Anna Lo, the finance minister, said she would resign on Friday.", "she", "Anna Lo"),
        (
            "Police arrested Ben Doe at his home in Northtown on Monday. Officers searched the house "
            'and the garden. "He was always polite," a neighbour said.',
            "He",
            "Ben Doe",
        ),
        ("Acme Corp said it would cut 200 jobs.", "it", "Acme Corp"),
    ],
)
def test_clear_picks_are_kept(resolve_text, text: str, pronoun: str, expected: str) -> None:
    assert referent(resolve_text(text), pronoun) == expected


def test_the_shipped_model_says_what_it_was_fitted_on() -> None:
    data = json.loads(CHECK_PATH.read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(SIGNALS)
    held, fitted = set(data["held_out"]["judges"]), set(data["fitted_on"]["judges"])
    assert held and not held & fitted
    assert 0.0 < data["threshold"] < 1.0


def test_probability_weighs_the_signals() -> None:
    check = PronounCheck(bias=0.0, weights={"quoted": -2.0}, threshold=0.5)
    assert check.probability({"quoted": 1.0}) < 0.5 < check.probability({"quoted": 0.0}) + 0.01
    assert default_check().threshold > 0.0

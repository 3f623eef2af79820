"""Pronouns left unresolved rather than pinned on the wrong actor (issue 9, class 2): a news
outlet that reports is not what a pronoun in its report means, ... (made-up sentences, real
parses)."""

from __future__ import annotations

import pytest

from tests.resolve.test_pronouns_and_surnames import referent


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        # the outlet says something about another firm: "it" is the firm or no one
        ("The Sunday Herald said the bank's plan was further evidence it wants to stay independent.", "it"),
        ("The Daily Courier said the lender's offer was proof it needs to grow.", "it"),
    ],
)
def test_a_reporting_outlet_is_not_the_pronoun_of_its_report(resolve_text, text: str, pronoun: str) -> None:
    outlets = {"Sunday Herald", "Herald", "Daily Courier", "Courier"}
    assert referent(resolve_text(text), pronoun) not in outlets


def test_an_outlet_speaking_of_itself_keeps_its_pronoun(resolve_text) -> None:
    graph = resolve_text("The Daily Courier said it would cut 200 jobs.")
    assert referent(graph, "it") in {"Daily Courier", "Courier"}

"""A head's title of a region within a country names no head of the country's government
(issue 9, session 26, class 1): "Scotland's leader" is not the prime minister named before, so
the "she" it says is not her either; a country's own word still is ("the British leader", "the
Dutch prime minister", "the South Korean leader").
Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from tests.resolve.test_it_no_actor import sieve_referent


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May met MPs on Monday. Meanwhile, Scotland's leader said she would seek a new referendum.",
    ],
)
def test_a_regional_leader_is_not_the_prime_minister(nlp, text: str) -> None:
    assert sieve_referent(nlp, text, "she") is None


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        ("Theresa May met MPs. The British leader said she would seek a deal.", "she", "Theresa May"),
        ("Mark Rutte met the envoy. The Dutch prime minister said he would seek a deal.", "he", "Mark Rutte"),
        ("Mr Moon met the envoy on Monday. The South Korean leader said he would seek a deal.", "he", "Moon"),
    ],
)
def test_a_countrys_own_word_still_names_its_head(nlp, text: str, pronoun: str, expected: str) -> None:
    assert sieve_referent(nlp, text, pronoun) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Barack Obama met the envoy. The U.S. president said he would seek a deal.",
    ],
)
def test_a_country_written_with_full_stops_is_looked_up_as_the_gazetteer_keys_it(nlp, text: str) -> None:
    # "U.S." is listed as "us": looking up the written form's index among the aliases raised
    # ValueError and the article's extraction failed (a blind judge's build, session 28)
    assert sieve_referent(nlp, text, "he") == "Barack Obama"

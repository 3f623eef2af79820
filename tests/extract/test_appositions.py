"""Appositions read on the right words: no dates, sums, list items or disagreeing descriptions.

Made-up sentences in the image of news text; each names the rule of
:func:`graphbuilder.extract.nominal.described_noun` it shows.
"""

from __future__ import annotations

import pytest

from graphbuilder.extract import Candidate


def _appositions(cands: list[Candidate]) -> set[tuple[str, str]]:
    """(subject, object) of the ``is`` statements made from appositions and titles."""
    return {
        (c.subject.text, c.object.text) for c in cands if c.construct == "apposition" and c.object is not None
    }


def test_a_date_is_no_apposition(candidates) -> None:
    found = _appositions(candidates("The strike began on 12 March, 1999, and lasted a week."))
    assert not any(obj == "1999" for _, obj in found), found
    text = "The birth of their second son, Tom, on 4 June, 1987, was reported widely."
    found = _appositions(candidates(text))
    assert ("Tom", "their second son") in found
    assert not any(obj == "1987" for _, obj in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The firm paid $40m (£21m) for the plant.",
        "Marwick paid 120bn yen ($1.1bn; £600m) for the mill.",
        "The fund holds 40bn rupees ($900m; £480m) of bonds.",
    ],
)
def test_a_sum_in_another_currency_is_no_apposition(candidates, text) -> None:
    assert _appositions(candidates(text)) == set()


def test_an_age_and_a_value_are_kept(candidates, find) -> None:
    find(candidates("Mr Hodge, 52, resigned on Friday."), "Mr Hodge", "is", "52")
    cands = candidates("Each pupil receives a book allowance (£120 for the year).")
    find(cands, "a book allowance", "is", "£120 for the year")


@pytest.mark.parametrize(
    "text",
    [
        "Hartmann Re, Baloise and Generali also suffered a fall in value.",
        "A great writer, a great teacher and a great friend.",
        "Two Scottish agencies, arts funding body Kelvin, the Highland Tourist Board and the Scottish "
        "Enterprise Trust, will be merged.",
    ],
)
def test_list_items_are_no_apposition(candidates, text) -> None:
    found = _appositions(candidates(text))
    assert ("Hartmann Re", "Baloise") not in found
    assert ("A great writer", "a great teacher") not in found
    assert ("Two Scottish agencies", "arts funding body Kelvin") not in found
    assert ("arts funding body Kelvin", "the Highland Tourist Board") not in found


def test_a_description_after_a_name_is_kept_next_to_a_list(candidates, find) -> None:
    cands = candidates("Tony Blair, the prime minister, and Gordon Brown, the chancellor, met on Monday.")
    find(cands, "Tony Blair", "is", "the prime minister")
    find(cands, "Gordon Brown", "is", "the chancellor")
    cands = candidates("Bill Gates, chairman and chief executive of Microsoft, spoke on Monday.")
    find(cands, "Bill Gates", "is", "chairman")
    cands = candidates(
        "The probe covers Harlow Trust Advisers (HTA) and Harlow Funds Distributor (HFD) and two executives."
    )
    find(cands, "Harlow Funds Distributor", "is", "HFD")


def test_a_plural_description_of_one_conjunct_is_no_apposition(candidates) -> None:
    text = (
        "The Volkov Corporation and Prince Faisal bin Omar, the firm's two main shareholders, "
        "will buy the stock."
    )
    found = _appositions(candidates(text))
    assert not any(obj == "the firm's two main shareholders" for _, obj in found), found


def test_a_singular_description_of_a_plural_noun_is_no_apposition(candidates) -> None:
    found = _appositions(candidates("Sales at garden centres, a sector that includes florists, fell by 2%."))
    assert not any(obj == "a sector" for _, obj in found), found


def test_a_plural_name_may_be_one_body(candidates, find) -> None:
    cands = candidates("Shares in the country's largest bank, Nordea Holdings, fell 3%.")
    find(cands, "Nordea Holdings", "is", "the country's largest bank")


def test_an_apposition_on_shares_in_a_firm_describes_the_firm(candidates, find) -> None:
    text = (
        "Shares in Norway's biggest shipping group, Fjord Lines, dropped by 12% to 3.05 euros during "
        "morning trading."
    )
    cands = candidates(text)
    find(cands, "Fjord Lines", "is", "Norway's biggest shipping group")
    assert not any(s.startswith("Shares") or o.startswith("Shares") for s, o in _appositions(cands))


def test_the_subject_after_an_opening_phrase_is_no_apposition(candidates) -> None:
    text = "In an interview with the Guardian newspaper, Ms Hale, who chairs the committee, says it is bad."
    cands = candidates(text)
    assert not any(obj == "Ms Hale" for _, obj in _appositions(cands)), _appositions(cands)


def test_an_intensifying_pronoun_is_no_apposition(candidates) -> None:
    found = _appositions(candidates("The problem is not the war but Mr Hale himself, the report says."))
    assert not any(obj == "himself" for _, obj in found), found


def test_nouns_run_together_are_no_apposition(candidates) -> None:
    found = _appositions(candidates("Mr Shah has stepped down as director and vice-chairman of the bank."))
    assert not any(o.startswith("chairman") for _, o in found), found


def test_a_name_right_after_a_description_is_an_apposition(candidates, find) -> None:
    cands = candidates("The feud between Mr Shah and his brother Ravi has gone on for years.")
    find(cands, "Ravi", "is", "his brother")

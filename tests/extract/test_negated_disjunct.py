"""A negation covers a verb joined to it by "or" that shares its auxiliary, and "hardly"
denies what it qualifies (made-up sentences)."""

from __future__ import annotations

from graphbuilder.extract.modality import modality_of
from tests.extract.conftest import find_candidate


def test_not_covers_the_or_conjunct(candidates) -> None:
    cands = candidates("The council has not approved the budget or published its accounts.")
    assert modality_of(find_candidate(cands, "The council", "approved", "the budget")) == "negated"
    assert modality_of(find_candidate(cands, "The council", "published", "its accounts")) == "negated"


def test_and_or_an_own_auxiliary_stay_asserted(candidates) -> None:
    cands = candidates("The council did not approve the budget, and hired auditors.")
    assert modality_of(find_candidate(cands, "The council", "hired", "auditors")) == "asserted"
    cands = candidates("The council has not approved the budget or it has delayed the vote.")
    assert modality_of(find_candidate(cands, "it", "delayed", "the vote")) != "negated"


def test_hardly_denies(candidates) -> None:
    cands = candidates("Velmora is hardly the only country to object.")
    assert modality_of(find_candidate(cands, "Velmora", "is")) == "negated"


def test_no_longer_denies_the_present(candidates) -> None:
    # "no longer" says it was so and is not now: the statement of now is negated
    cands = candidates("The regulator no longer licenses private couriers.")
    assert modality_of(find_candidate(cands, "The regulator", "licensed", "private couriers")) == "negated"
    cands = candidates("Ostrova is no longer a member of the customs union.")
    assert modality_of(find_candidate(cands, "Ostrova", "is")) == "negated"
    cands = candidates("The regulator licenses private couriers for longer periods.")
    assert modality_of(find_candidate(cands, "The regulator", "licensed")) == "asserted"

"""Guards on ordinary news sentences that the statement-precision rules must leave alone: a
quote split around its reporting verb, a reported clause opening with "not all", a perceived act
under a denied perceiving, an act helped "to" happen, a relative clause in the past, a definite
noun's relative clause, a place or state after a preposition, a plural beside a name, and a span
of years.

Made-up sentences, each run through the whole pipeline with the session's spaCy model
(``graphbuilder.api.extract``).
"""

from __future__ import annotations

from typing import Any

from tests.extract.test_statement_precision import _records, _triples


def _objects(records: list[dict[str, Any]], predicate: str) -> list[str]:
    return [(r["object"] or {}).get("text", "") for r in records if r["predicate"] == predicate]


def test_a_quote_split_around_its_reporting_verb_keeps_its_first_part() -> None:
    records = _records('"It is a fair price," the chairman said, "and we are happy with it."')
    said = _objects(records, "said")
    assert any(o.startswith("It is a fair price") for o in said), _triples(records)


def test_a_reported_clause_opening_with_not_all_is_said() -> None:
    records = _records("The mayor said not all libraries would shut.")
    said = _objects(records, "said")
    assert any(o.startswith("not all libraries") for o in said), _triples(records)


def test_an_act_not_seen_is_not_denied() -> None:
    records = _records("She did not watch him enter the building.")
    entered = [r for r in records if r["predicate"] == "entered"]
    assert all(r["modality"] not in ("negated", "asserted") for r in entered), _triples(records)


def test_an_act_helped_to_happen_stays_asserted() -> None:
    records = _records("The merger helped Corvino to repay its loans.")
    repaid = [r for r in records if r["predicate"] == "repaid"]
    assert repaid and all(r["modality"] == "asserted" for r in repaid), _triples(records)


def test_a_past_relative_clause_on_a_forecast_subject_stays_asserted() -> None:
    records = _records("Savers who bought bonds in 1999 could lose money.")
    bought = [r for r in records if r["predicate"] == "bought"]
    assert bought and all(r["modality"] == "asserted" for r in bought), _triples(records)


def test_a_relative_clause_on_a_definite_noun_wanted_stays_asserted() -> None:
    records = _records("The city needs the workers who built the bridge.")
    built = [r for r in records if r["predicate"] == "built"]
    assert built and all(r["modality"] == "asserted" for r in built), _triples(records)


def test_a_place_or_state_after_a_preposition_is_an_argument() -> None:
    records = _records("He stayed at home. The new rules are in force.")
    assert [r for r in records if r["predicate"] == "stayed_at"], _triples(records)


def test_a_plural_beside_a_name_is_a_list() -> None:
    records = _records("The bank hired traders and Mary Jones.")
    hired = _objects(records, "hired")
    assert any(o.startswith("traders") for o in hired), _triples(records)


def test_a_span_of_years_is_no_object_at_either_end() -> None:
    records = _records("The mill was used from 1820 to 1910.")
    assert not [r for r in records if r["predicate"].endswith(("_from", "_to"))], _triples(records)

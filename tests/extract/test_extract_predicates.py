"""Predicate names: past tense by rule and by table, particles and prepositions, nominal events."""

from __future__ import annotations

import pytest

from graphbuilder.extract.predicates import nominal_predicate, past_tense, predicate_name, verb_predicate


@pytest.mark.parametrize(
    ("lemma", "past"),
    [
        ("appeal", "appealed"),
        ("propose", "proposed"),
        ("stop", "stopped"),
        ("ban", "banned"),
        ("visit", "visited"),
        ("worry", "worried"),
        ("play", "played"),
        ("meet", "met"),
        ("say", "said"),
        ("lay", "laid"),
        ("admit", "admitted"),
        ("fix", "fixed"),
        ("panic", "panicked"),
        ("open", "opened"),
        ("fulfil", "fulfilled"),
        ("be", "was"),
        # a prefix on an irregular verb, and a verb that only looks like one
        ("rewrite", "rewrote"),
        ("repay", "repaid"),
        ("relay", "relayed"),
        ("undergo", "underwent"),
        ("redo", "redid"),
        ("refit", "refitted"),
        # irregular verbs of the table added in session 27 ("stinged", "swimmed" before)
        ("sting", "stung"),
        ("swim", "swam"),
        ("spring", "sprang"),
        ("slide", "slid"),
    ],
)
def test_past_tense(lemma: str, past: str) -> None:
    assert past_tense(lemma) == past


def test_verb_predicate_adds_particles_and_prepositions() -> None:
    assert verb_predicate("appeal", "to") == "appealed_to"
    assert verb_predicate("lay", "down") == "laid_down"
    assert verb_predicate("Impose", "On") == "imposed_on"
    assert predicate_name("was", "surrounded", "in") == "was_surrounded_in"


@pytest.mark.parametrize(
    ("noun", "prep", "predicate"),
    [
        ("appeal", "to", "appealed_to"),
        ("appeal", None, "appealed"),
        ("plea", "for", "pleaded_for"),
        ("visit", "to", "visited"),
        ("sanctions", "on", "sanctioned"),
        ("offensive", "against", "attacked"),
        ("meeting", "with", "met"),
        ("table", None, None),
    ],
)
def test_nominal_predicate(noun: str, prep: str | None, predicate: str | None) -> None:
    assert nominal_predicate(noun, prep) == predicate

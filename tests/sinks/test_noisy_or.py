"""The noisy-or confidence: the rows a new load writes and the value a merging load
recomputes in the database must agree to the last place, or a second load changes it."""

from __future__ import annotations

import random
from pathlib import Path

import ladybug
import pytest

from graphbuilder.model import noisy_or
from graphbuilder.sinks.propertygraph.cypher import Dialect
from graphbuilder.sinks.propertygraph.cypher import noisy_or as cypher_noisy_or

#: Evidence confidences whose noisy-or lies on a half at the fifth place (0.91885), where
#: Python's round() and Cypher's round() used to part, and random ones.
PAIRS = [(0.85, 0.459), (0.5, 0.00009), (0.1, 0.2, 0.3)] + [
    tuple(round(random.Random(n).random(), 3) for _ in range(1 + n % 3)) for n in range(300)
]


def test_a_value_on_the_half_rounds_up_as_the_stores_round() -> None:
    assert noisy_or([0.85, 0.459]) == 0.9189  # 0.91885; Python's round() gives 0.9188
    assert noisy_or([]) == 0.0
    assert noisy_or([0.5]) == 0.5


def test_ladybug_computes_the_same_confidence_as_the_rows(tmp_path: Path) -> None:
    connection = ladybug.Connection(ladybug.Database(str(tmp_path / "round.lbug")))
    expression = cypher_noisy_or("$confidences", Dialect.LADYBUG)
    for confidences in PAIRS:
        result = connection.execute(f"RETURN {expression}", {"confidences": list(confidences)})
        assert result.get_next()[0] == pytest.approx(noisy_or(confidences), abs=1e-12), confidences


def test_a_statement_confidence_is_the_noisy_or_of_its_evidence_each_time() -> None:
    """``Statement.confidence`` keeps the noisy-or of the confidence tuples it saw last: the
    same tuple, asked again among others, in another order, or with an int for a float,
    gives what ``noisy_or`` gives."""
    from graphbuilder.model import Argument, Evidence, Sentence, Statement

    sentence = Sentence("a", 0, 0, 4, "Text")

    def statement(confidences: tuple[float, ...]) -> Statement:
        evidence = tuple(
            Evidence("a", sentence, Argument("A", 0, 1), "r", k, k + 1, Argument("B", 2, 3), confidence=c)
            for k, c in enumerate(confidences)
        )
        return Statement("a", "r", "b", evidence=evidence)

    for _ in range(2):
        for confidences in [*PAIRS, (1,), (1.0,), (0, 0.5), (0.0, 0.5), (0.459, 0.85)]:
            assert statement(confidences).confidence == noisy_or(confidences), confidences
    assert statement((0.85, 0.459)).confidence == 0.9189

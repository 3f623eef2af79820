"""The calibrated confidence (made-up sentences, real parses): each new factor compared with
the same frame without it; and the threshold the README documents."""

from __future__ import annotations

import re
from pathlib import Path

from graphbuilder.extract import confidence
from graphbuilder.extract.confidence import (
    CALIBRATION,
    COMPLEMENT_CLAUSE_FACTOR,
    SUBJECT_CONJUNCT_LEFT_OUT_FACTOR,
    TRUSTED_CONFIDENCE,
)

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_first_of_several_subjects(candidates, find) -> None:
    both = find(candidates("Velmora and Arden signed a ceasefire."), "Velmora", "signed")
    alone = find(candidates("Velmora signed a ceasefire."), "Velmora", "signed")
    assert both.confidence == round(alone.confidence * SUBJECT_CONJUNCT_LEFT_OUT_FACTOR, 3)


def test_a_frame_inside_a_clause_complement(candidates, find) -> None:
    # what the footage shows, not what the writer states: stated as fact it is below the threshold
    shown = find(candidates("The footage shows that Velmora closed the border."), "Velmora", "closed")
    plain = find(candidates("Velmora closed the border."), "Velmora", "closed")
    assert shown.confidence == round(plain.confidence * COMPLEMENT_CLAUSE_FACTOR, 3)
    assert shown.confidence < TRUSTED_CONFIDENCE <= plain.confidence


def test_an_attributed_clause_keeps_its_confidence(candidates, find) -> None:
    # the statement carries who said it: not the writer's claim
    said = find(candidates("Putin said that Velmora closed the border."), "Velmora", "closed")
    plain = find(candidates("Velmora closed the border."), "Velmora", "closed")
    assert said.speaker is not None
    assert said.confidence == plain.confidence


def test_a_plain_copula_is_below_the_threshold(candidates, find) -> None:
    copula = find(candidates("Judge Marten Voss is the first judge."), "Judge Marten Voss", "is")
    assert copula.construct == "copula"
    assert copula.confidence == confidence.CONSTRUCT_CONFIDENCE["copula"] < TRUSTED_CONFIDENCE
    met = find(candidates("Judge Marten Voss met the first judge."), "Judge Marten Voss", "met")
    assert met.confidence >= TRUSTED_CONFIDENCE


def _confidence_paragraph() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("**Confidence.**")
    return text[start : text.index("\n\n", start)]


def test_the_readme_and_the_module_state_the_same_threshold_and_held_out_figures() -> None:
    # a check that the documents agree with the constants, not a measurement: the figures come
    # from the judges' verdicts (README, "Confidence")
    paragraph = " ".join(_confidence_paragraph().split())
    assert f"confidence ≥ {TRUSTED_CONFIDENCE}" in paragraph
    held_out = CALIBRATION["held_out"]
    claim = f"{held_out['fully']} of {held_out['judged']}"
    assert claim in paragraph, claim
    assert f"{held_out['fully'] / held_out['judged']:.2f}" in paragraph
    # the claim is the one the module documents
    assert claim in " ".join((confidence.__doc__ or "").split())
    kept = re.search(r"keeping ([0-9.]+)% of the asserted statements", paragraph)
    assert kept is not None and float(kept.group(1)) == held_out["kept_percent"]

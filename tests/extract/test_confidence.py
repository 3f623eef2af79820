"""Statement confidence from the construct and the subject (made-up sentences, real parses)."""

from __future__ import annotations

from graphbuilder.extract import confidence
from graphbuilder.extract.confidence import CONJUNCT_SUBJECT_FACTOR, OBJECT_POSITION_FACTOR


def test_a_conjunct_subject_is_less_certain(candidates, find) -> None:
    alone = find(candidates("France wants the budget to be capped."), "France", "wanted")
    listed = find(candidates("The UK, France and Sweden want the budget to be capped."), "France", "wanted")
    assert listed.confidence == round(alone.confidence * CONJUNCT_SUBJECT_FACTOR, 3)
    assert listed.confidence < 0.7 <= alone.confidence


def test_a_subject_taken_from_an_object_position_is_less_certain(candidates, find, monkeypatch) -> None:
    text = "Trump urged Putin to spare the soldiers."
    spared = find(candidates(text), "Putin", "spared")
    assert spared.subject.root.dep_ == "dobj"
    monkeypatch.setattr(confidence, "OBJECT_POSITION_FACTOR", 1.0)
    unfactored = find(candidates(text), "Putin", "spared")
    assert spared.confidence == round(unfactored.confidence * OBJECT_POSITION_FACTOR, 3)
    assert find(candidates(text), "Trump", "urged").subject.root.dep_ == "nsubj"

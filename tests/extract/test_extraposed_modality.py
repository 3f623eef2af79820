"""A clause a placeholder "it" stands for takes its modality from the predicate of "it":
"it seems that ..." is possible, "it was reported that ..." reported, "it is clear that ..."
asserted; a referring "it" with "is likely to" is left to the governor rules."""

from __future__ import annotations

import pytest

import graphbuilder as gb


def modality_of(text: str, predicate: str) -> str:
    found = [r["modality"] for r in gb.extract(text) if r["predicate"] == predicate]
    assert found, f"no '{predicate}' statement in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "predicate", "modality"),
    [
        ("It was reported that the envoy met the rebel leaders.", "met", "reported"),
        ("It is understood that the minister met the ambassador.", "met", "reported"),
        ("It seems that the central bank lost money.", "lost", "possible"),
        ("It is likely that the government will cut taxes.", "cut", "possible"),
        ("It is clear that the envoy met the rebel leaders.", "met", "asserted"),
        ("The envoy met the rebel leaders.", "met", "asserted"),
    ],
)
def test_the_predicate_of_a_placeholder_it_gives_the_clause_its_modality(
    nlp, text: str, predicate: str, modality: str
) -> None:
    assert modality_of(text, predicate) == modality

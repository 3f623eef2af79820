"""PLOVER quad classes agree with the CAMEO roots the project's event table maps to each category."""

from __future__ import annotations

from collections import Counter, defaultdict

from graphbuilder.events.taxonomy import PLOVER_CATEGORIES, cameo_to_plover
from graphbuilder.view.quad import EVENT_COLORS, QUAD_CLASS, is_cooperative, quad_class


def cameo_quad(code: str) -> str:
    root = int(code[:2])
    kind = "cooperation" if root <= 8 else "conflict"
    return ("verbal " if root <= 5 or 9 <= root <= 13 else "material ") + kind


def test_every_category_has_a_class_and_a_colour() -> None:
    assert set(QUAD_CLASS) == set(PLOVER_CATEGORIES) == set(EVENT_COLORS)


def test_classes_follow_the_cameo_codes_of_each_category() -> None:
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for code, category in cameo_to_plover().items():
        seen[category][cameo_quad(code)] += 1
    for category, classes in seen.items():
        assert QUAD_CLASS[category] == classes.most_common(1)[0][0], category
    assert "ACCUSE" not in seen and QUAD_CLASS["ACCUSE"] == "verbal conflict"


def test_cooperative_or_conflictual() -> None:
    assert is_cooperative("REQUEST") is True and is_cooperative("AID") is True
    assert is_cooperative("THREATEN") is False and is_cooperative("FIGHT") is False
    assert is_cooperative(None) is None and quad_class("NOT-A-TYPE") is None

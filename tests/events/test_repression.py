"""Breaking up a protest is the security forces' repression (CAMEO 175), not the protesters'
PROTEST: the object names the protest, the subject ends it by force."""

from __future__ import annotations

import pytest

from graphbuilder.api import extract


def _typed(text: str) -> dict[str, str | None]:
    return {s["predicate"]: s.get("event_type") for s in extract(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Riot police broke up a rally of Varnian opposition supporters on Sunday.",
        "Soldiers broke up the demonstrations outside the Ruritanian parliament.",
    ],
)
def test_breaking_up_a_protest_is_repression(text: str) -> None:
    assert _typed(text)["broke_up"] == "ASSAULT"


def test_breaking_up_a_firm_is_no_event() -> None:
    assert _typed("The regulator broke up the Varnian telecoms monopoly.")["broke_up"] is None

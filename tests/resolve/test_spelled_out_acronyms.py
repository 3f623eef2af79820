"""An acronym an article spells out in brackets names what it spells out, not a gazetteer
actor of the same letters: "the Australian Federal Police (AFP)" is no news agency (made-up
sentences, real parses, the shipped gazetteer)."""

from __future__ import annotations

from graphbuilder.resolve.gazetteer import load_gazetteer
from tests.resolve.test_pronouns_and_surnames import referent


def test_an_acronym_spelled_out_as_another_body_is_that_body(resolve_text) -> None:
    assert load_gazetteer().actor(("AFP",)) is not None  # the news agency, in the dictionaries
    graph = resolve_text(
        "The Australian Federal Police (AFP) arrested a man in Sydney on Monday. "
        "The AFP says the arrest followed a long investigation."
    )
    assert referent(graph, "AFP", occurrence=1) == "Australian Federal Police"


def test_an_acronym_spelled_out_as_the_gazetteer_actor_stays_that_actor(resolve_text) -> None:
    graph = resolve_text("Agence France-Presse (AFP) reported the attack. AFP said the death toll had risen.")
    assert referent(graph, "AFP", occurrence=1) == referent(graph, "Agence France-Presse") is not None

"""Where, when or through what something was said is no statement of its own (made-up
sentences): "said on Twitter", "wrote in a letter" state nothing; what was said, a hearer
("wrote to"), the one spoken of ("said of") and where one spoke ("spoke at a rally") stay."""

from __future__ import annotations


def _triples(cands) -> list[tuple[str, str, str | None]]:
    return [(c.subject.text, c.predicate, c.object.text if c.object is not None else None) for c in cands]


def test_the_channel_of_a_saying_is_no_statement(candidates) -> None:
    for text in (
        "The senator said on Twitter that the vote would be delayed.",
        "“We will not give in,” the mayor said on the floor of the council.",
        "The governor wrote in a letter to parents that schools would reopen.",
        "The minister told reporters at a briefing in the capital that the border would close.",
    ):
        triples = _triples(candidates(text))
        placed = [p for _, p, _ in triples if "_" in p and p.split("_")[0] in ("said", "wrote", "told")]
        assert not placed, triples


def test_hearer_topic_and_particle_verbs_stay(candidates) -> None:
    assert ("The envoy", "wrote_to", "the rebels") in _triples(candidates("The envoy wrote to the rebels."))
    assert ("The envoy", "spoke_at", "a rally") in _triples(candidates("The envoy spoke at a rally."))
    triples = _triples(candidates("The firm wrote off the loans at full value."))
    assert any(p.startswith("wrote_off") for _, p, _ in triples), triples

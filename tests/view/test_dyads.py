"""Dyads: who acts on whom, cooperative vs conflictual by PLOVER quad class."""

from __future__ import annotations

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.view.dyads import plot_dyads


def test_dyads_count_events_and_split_them(small: KnowledgeGraph) -> None:
    assert ("Volodymyr Zelensky", "Vladimir Putin") not in {
        (r.source, r.target) for r in small.dyads().itertuples()
    }  # by default only what is asserted as fact: "did not meet" is left out
    frame = small.dyads(modality="all")
    first = frame.iloc[0]
    assert (first["source"], first["target"], first["events"], first["cooperative"]) == (
        "Donald Trump", "Vladimir Putin", 2, 2)
    assert first["verbal_cooperation"] == 2 and first["event_types"] == "REQUEST 2"
    rows = {(r.source, r.target): r for r in frame.itertuples()}
    assert rows[("European Union", "Vladimir Putin")].material_conflict == 1
    assert rows[("Vladimir Putin", "Volodymyr Zelensky")].conflictual == 1
    negated = rows[("Volodymyr Zelensky", "Vladimir Putin")]
    assert negated.events == 0 and negated.statements == 1  # "did not meet" is no event
    assert ("Vladimir Putin", "the plan was dead") not in rows  # literal objects are no dyad
    assert list(frame["events"]) == sorted(frame["events"], reverse=True)


def test_dyads_filters_and_top(small: KnowledgeGraph) -> None:
    zelensky = small.dyads(actor="Zelensky", modality="all")
    assert {(r.source, r.target) for r in zelensky.itertuples()} == {
        ("Vladimir Putin", "Volodymyr Zelensky"), ("Volodymyr Zelensky", "Vladimir Putin"),
        ("Volodymyr Zelensky", "European Union")}
    assert len(small.dyads(top=2)) == 2


def test_plot_dyads(small: KnowledgeGraph) -> None:
    ax = plot_dyads(small.dyads())
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == "Donald Trump \u2192 Vladimir Putin"  # busiest on top
    assert "Volodymyr Zelensky \u2192 Vladimir Putin" not in labels  # no events, no bar

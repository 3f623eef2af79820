"""Timelines: typed, non-negated event reports per period, and the stacked bar chart."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.view.select import ViewError
from graphbuilder.view.timeline import plot_timeline


def test_weekly_counts_by_event_type(small: KnowledgeGraph) -> None:
    frame = small.timeline()
    assert list(frame.index) == list(pd.to_datetime(["2025-02-17", "2025-02-24", "2025-03-03", "2025-03-10"]))
    assert list(frame.columns) == ["CONSULT", "REQUEST", "THREATEN", "SANCTION"]  # PLOVER order
    assert frame.loc["2025-02-17"].to_dict() == {"CONSULT": 0, "REQUEST": 0, "THREATEN": 1, "SANCTION": 0}
    assert frame.loc["2025-02-24"].sum() == 0  # a quiet week is a row of zeros
    assert frame.loc["2025-03-10"].to_dict() == {"CONSULT": 0, "REQUEST": 1, "THREATEN": 0, "SANCTION": 1}
    # the negated meeting is no event; the undated DISAPPROVE is counted apart
    assert int(frame.to_numpy().sum()) == 5 and frame.attrs["undated"] == 1


def test_monthly_by_quad_class_for_one_actor(small: KnowledgeGraph) -> None:
    frame = small.timeline(actor="Putin", by="quad_class", freq="M")
    assert list(frame.index) == list(pd.to_datetime(["2025-02-01", "2025-03-01"]))
    assert frame.loc["2025-03-01"].to_dict() == {"verbal cooperation": 3, "verbal conflict": 0,
                                                 "material conflict": 1}
    assert frame.loc["2025-02-01", "verbal conflict"] == 1


def test_bad_arguments(small: KnowledgeGraph) -> None:
    with pytest.raises(ViewError, match="by="):
        small.timeline(by="colour")
    with pytest.raises(ViewError, match="freq="):
        small.timeline(freq="fortnight")


def test_plot_draws_one_bar_per_period_and_type(small: KnowledgeGraph, tmp_path: Path) -> None:
    frame = small.timeline()
    ax = plot_timeline(frame, title="t")
    assert len(ax.patches) == frame.size
    assert [t.get_text() for t in ax.get_legend().get_texts()] == list(frame.columns)
    ax.figure.savefig(tmp_path / "t.png")
    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"


def test_empty_timeline_draws_a_note(small: KnowledgeGraph) -> None:
    frame = small.timeline(event_type="FIGHT")
    assert frame.empty
    ax = plot_timeline(frame)
    assert ax.texts[0].get_text() == "no dated events"


def test_real_build_timeline(example_graph: KnowledgeGraph) -> None:
    frame = example_graph.timeline(actor="Vladimir Putin")
    assert int(frame.to_numpy().sum()) > 0 and set(frame.columns) <= set(example_graph.timeline().columns)


def test_coarse_dates_count_only_in_coarse_periods(small: KnowledgeGraph) -> None:
    """A sentence dated '2024-06' is a June event in a monthly timeline, undated in a weekly one."""
    from dataclasses import replace

    st = next(s for s in small.statements.values() if s.predicate == "criticised")  # the undated article
    small.statements[st.id] = replace(st, evidence=(replace(st.evidence[0], date="2024-06"),))
    assert small.timeline().attrs["undated"] == 1
    monthly = small.timeline(freq="M")
    assert monthly.attrs["undated"] == 0 and monthly.loc["2024-06-01", "DISAPPROVE"] == 1
    small.statements[st.id] = replace(st, evidence=(replace(st.evidence[0], date="2024"),))
    assert small.timeline(freq="M").attrs["undated"] == 1
    assert small.timeline(freq="Y").loc["2024-01-01", "DISAPPROVE"] == 1

"""statements_frame and entities_frame: one row per evidence / entity, and the shared filters."""

from __future__ import annotations

import pandas as pd
import pytest

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.view.select import ViewError


def test_statements_frame_has_one_row_per_evidence(small: KnowledgeGraph) -> None:
    frame = small.statements_frame(modality="all")
    assert len(frame) == 8 == small.summary()["evidence"]
    assert len(small.statements_frame()) == 7  # by default, asserted only: not "Zelensky did not meet Putin"
    assert set(small.statements_frame(modality="negated")["predicate"]) == {"met"}
    request = frame[frame["predicate"] == "appealed_to"]
    assert list(request["subject"]) == ["Donald Trump"] * 2 and set(request["evidence_count"]) == {2}
    assert set(request["quad_class"]) == {"verbal cooperation"}
    assert set(request["url"]) == {"https://news.example.org/a1", "https://news.example.org/a2"}
    literal = frame[frame["predicate"] == "said"].iloc[0]
    assert literal["object"] == "the plan was dead" and pd.isna(literal["object_id"])
    # the sentence's own date wins over publication; an undated article gives NaT
    threat = frame[frame["predicate"] == "threatened"].iloc[0]
    assert threat["date"] == pd.Timestamp("2025-02-20") and threat["published"] == "2025-03-12"
    assert pd.isna(frame[frame["article_id"] == "a4"].iloc[0]["date"])
    for _, row in frame.iterrows():
        assert row["sentence"] == small.sentences[f"{row['article_id']}#s{row['sentence_index']}"].text


def test_filters(small: KnowledgeGraph) -> None:
    every = small.statements_frame(actor="Zelensky", modality="all")
    assert set(every["predicate"]) == {"threatened", "met", "criticised"}
    assert len(small.statements_frame(actor="volodymyr-zelensky", modality="all")) == 3
    with pytest.raises(ViewError, match="unknown modality"):
        small.statements_frame(modality="maybe")
    assert set(small.statements_frame(event_type="request")["predicate"]) == {"appealed_to"}
    since = small.statements_frame(since="2025-03-10", modality="all")
    assert since["date"].min() >= pd.Timestamp("2025-03-10") and len(since) == 4
    twice = small.statements_frame(min_evidence=2)
    assert len(twice) == 2 and set(twice["predicate"]) == {"appealed_to"}
    with pytest.raises(ViewError, match="no actor named 'Nobody'"):
        small.statements_frame(actor="Nobody")
    with pytest.raises(ViewError, match="unknown event type 'MEET'"):
        small.statements_frame(event_type="meet")
    with pytest.raises(ViewError, match="YYYY-MM-DD"):
        small.statements_frame(since="March")


def test_entities_frame(small: KnowledgeGraph) -> None:
    frame = small.entities_frame()
    assert list(frame.columns[:4]) == ["entity_id", "name", "type", "country"]
    putin = frame.set_index("name").loc["Vladimir Putin"]
    assert putin["mentions"] == 7 and putin["as_subject"] == 3 and putin["as_object"] == 3
    assert frame.iloc[0]["name"] == "Vladimir Putin"  # most mentioned first
    assert frame.set_index("name").loc["European Union"]["aliases"] == "EU"


def test_frames_of_a_real_build(example_graph: KnowledgeGraph) -> None:
    frame = example_graph.statements_frame(modality="all")
    assert len(frame) == example_graph.summary()["evidence"] > 20
    asserted = example_graph.statements_frame()
    assert 0 < len(asserted) < len(frame) and set(asserted["modality"]) == {"asserted"}
    assert frame["event_type"].notna().any() and frame["date"].notna().all()
    assert len(example_graph.entities_frame()) == len(example_graph.entities)

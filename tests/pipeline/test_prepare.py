"""``engine.local.prepare_stages``: what the stages load on their first article is loaded
before the build's first batch (and before it forks its workers), once."""

from __future__ import annotations

import pytest

from graphbuilder.engine import local
from graphbuilder.engine.local import prepare_stages, run_batches
from graphbuilder.errors import ResolutionError
from graphbuilder.pipeline import Pipeline
from graphbuilder.resolve import gazetteer
from graphbuilder.resolve.gazetteer import load_gazetteer


def test_prepare_loads_the_gazetteer_once() -> None:
    load_gazetteer.cache_clear()
    pipeline = Pipeline()
    prepare_stages(pipeline)
    assert load_gazetteer.cache_info().currsize == 1
    loaded = load_gazetteer()
    prepare_stages(pipeline)
    assert load_gazetteer() is loaded  # a second call loads nothing again


def test_an_unreadable_gazetteer_is_left_to_the_articles(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """As before prepare_stages: each article fails on it and is reported, the build goes on."""
    monkeypatch.setattr(gazetteer, "GAZETTEER_PATH", tmp_path / "missing.json.gz")
    load_gazetteer.cache_clear()
    try:
        prepare_stages(Pipeline())  # no error here
        with pytest.raises(ResolutionError):
            load_gazetteer()
    finally:
        load_gazetteer.cache_clear()


def test_a_build_prepares_the_stages_before_its_first_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Pipeline] = []
    monkeypatch.setattr(local, "prepare_stages", calls.append)
    for processes in (1, 2):  # 2: workers forked (Linux), after the parent prepared
        pipeline = Pipeline()
        batches = run_batches(pipeline, iter(()), processes)
        assert calls == []  # a generator: nothing runs until the build reads it
        assert list(batches) == []
        assert calls == [pipeline], processes
        calls.clear()

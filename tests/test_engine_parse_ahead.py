"""One-process builds parse on a thread of their own (``engine.local.ParseAhead``): the same
rows as parsing in the calling thread, errors reach the caller, and the thread never outlives
the batches it was parsing for."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import graphbuilder.engine.local as local
from graphbuilder.model import Article
from graphbuilder.pipeline import Pipeline

SENTENCES = [
    "The mayor of Lowbridge thanked the firefighters on Tuesday.",
    "Marta Kowalski, the finance minister, criticised the central bank.",
    "Rebels attacked a convoy near the border town of Eastmere.",
    "The union accused the rail company of breaking its promises.",
    "Prime Minister Olaf Brandt met President Anna Vos in Harwich.",
]


def _articles(n: int) -> list[Article]:
    return [Article(f"a{i}", SENTENCES[i % len(SENTENCES)] + f" It was day {i}.") for i in range(n)]


def _parse_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "parse ahead"]


def test_parsing_ahead_gives_the_rows_of_parsing_here(nlp: Any) -> None:
    pipeline = Pipeline(batch_size=2)
    batches = list(local.batches(_articles(11), 3))
    here = [local.process_batch(pipeline, b) for b in batches]
    ahead = list(local.parsed_ahead(pipeline, batches))
    assert ahead == here
    assert [r.article_id for built, _ in ahead for r in built] == [f"a{i}" for i in range(11)]
    assert not _parse_threads()


def test_a_failure_on_the_parsing_thread_reaches_the_caller(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    parse = local._parse

    def failing(pipeline: Pipeline, articles: list[Article]) -> Iterator[Any]:
        if articles[0].id == "a4":
            raise RuntimeError("the model broke")
        return parse(pipeline, articles)

    monkeypatch.setattr(local, "_parse", failing)
    results = local.parsed_ahead(Pipeline(batch_size=2), local.batches(_articles(8), 2))
    assert len(next(results)[0]) == 2
    assert len(next(results)[0]) == 2
    with pytest.raises(RuntimeError, match="the model broke"):
        next(results)
    assert not _parse_threads()


def test_leaving_the_batches_early_stops_the_thread(nlp: Any) -> None:
    read: list[str] = []

    def articles() -> Iterator[Article]:
        for a in _articles(40):
            read.append(a.id)
            yield a

    results = local.parsed_ahead(Pipeline(batch_size=2), local.batches(articles(), 4))
    built, failed = next(results)
    assert [r.article_id for r in built] == ["a0", "a1", "a2", "a3"] and not failed
    assert len(read) <= 4 * (local.PARSE_AHEAD + 1)  # the articles are read a few batches ahead only
    assert _parse_threads()
    results.close()
    assert not _parse_threads()


def test_an_interrupted_one_process_build_leaves_no_parsing_thread(nlp: Any, tmp_path: Path) -> None:
    from graphbuilder.buildfolder import build, open_database

    seen: list[str] = []

    def interrupt(article: Article) -> None:
        seen.append(article.id)
        if len(seen) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build(_articles(30), tmp_path / "out", processes=1, pipeline=Pipeline(batch_size=2), store=False,
              on_article=interrupt)
    assert not _parse_threads()
    db = open_database(tmp_path / "out")
    try:
        kept = db.article_ids()
    finally:
        db.close()
    assert 3 <= len(kept) < 30
    result = build(_articles(30), tmp_path / "out", processes=1, store=False)  # resumed
    assert result.unchanged == len(kept) and result.built == 30 - len(kept)

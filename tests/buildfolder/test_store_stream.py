"""A new store loaded while the articles are parsed (``pieces.ArticleStream``): the same quads
and graph.trig as a store loaded from graph.db after the build, and no store switched in by a
build that does not finish."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from graphbuilder.buildfolder import build, open_database, pieces
from graphbuilder.model import Article
from graphbuilder.pipeline import Pipeline
from graphbuilder.sinks.rdf import DEFAULT_BASE

TEXTS = [
    "Prime Minister Theresa May met Angela Merkel in Berlin on Tuesday. Mrs May said talks went well.",
    "The Bank of England raised interest rates, its governor Mark Carney said on Thursday.",
    "Shares in BP fell after the oil company warned that profits would be lower, analysts said.",
    "Labour leader Jeremy Corbyn criticised the government's plans for the NHS in a speech in Leeds.",
    "Germany and France signed a defence agreement in Paris, the two governments announced.",
]


@pytest.fixture
def inputs(examples_path: Path) -> list[Article]:
    """The bundled examples and a few short articles: 8 articles."""
    lines = examples_path.read_text(encoding="utf-8").splitlines()
    articles = [Article(**json.loads(line)) for line in lines if line.strip()]
    return articles + [Article(id=f"short-{n}", text=text) for n, text in enumerate(TEXTS)]


class _Recorded(pieces.ArticleStream):
    """The real stream, remembered so a test can see what it took."""

    made: list[_Recorded] = []

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        _Recorded.made.append(self)


@pytest.fixture
def streams(monkeypatch: pytest.MonkeyPatch) -> list[_Recorded]:
    _Recorded.made = []
    monkeypatch.setattr(pieces, "ArticleStream", _Recorded)
    monkeypatch.setattr(pieces, "LOAD_BYTES", 3000)  # several loads while the articles come
    return _Recorded.made


def _quads(store: Path) -> set[ox.Quad]:
    return set(ox.Store.read_only(str(store)).quads_for_pattern(None, None, None, None))


def _loaded_after(folder: Path, tmp_path: Path) -> tuple[set[ox.Quad], bytes]:
    """The store and graph.trig loaded from the folder's graph.db the way a build does
    without the stream (all pieces after the build), with the connection counts."""
    from graphbuilder.buildfolder import connections

    ref = tmp_path / "loaded-after"
    ref.mkdir(parents=True)
    db = open_database(folder)
    try:
        counts = connections.render(db)
        pieces.load_fresh(db, ref, DEFAULT_BASE, trig=True, processes=1, last=lambda: counts)
    finally:
        db.close()
    return _quads(ref / "store"), (ref / "graph.trig").read_bytes()


def _no_loader_left(folder: Path) -> bool:
    return (not (folder / "store.new").exists()
            and not [t for t in threading.enumerate() if t.name == "bulk load"])


def test_a_new_store_loaded_with_the_articles_holds_what_a_store_loaded_after_holds(
    nlp, inputs: list[Article], tmp_path: Path, streams: list[_Recorded]
) -> None:
    folder = tmp_path / "out"
    build(inputs, folder, processes=1)
    assert len(streams) == 1 and streams[0].usable is False  # handed over and finished
    assert len(streams[0]._taken) == len(inputs)  # every article's graph loaded as it came
    quads, trig = _loaded_after(folder, tmp_path)
    assert len(quads) > 1000
    assert _quads(folder / "store") == quads
    assert (folder / "graph.trig").read_bytes() == trig
    assert _no_loader_left(folder)
    before = len(streams)
    build([*inputs, Article(id="short-late", text=TEXTS[0] + " Later news.")], folder, processes=1)
    assert len(streams) == before  # a folder with articles: its store is updated as before


def test_an_article_repeated_keeps_the_stream_and_one_changed_ends_it(
    nlp, inputs: list[Article], tmp_path: Path, streams: list[_Recorded]
) -> None:
    same = tmp_path / "same"
    build([*inputs, inputs[3]], same, processes=1)  # the same article twice: the same graph
    assert len(streams[0]._taken) == len(inputs)
    assert _quads(same / "store") == _loaded_after(same, tmp_path / "a")[0]

    changed = tmp_path / "changed"
    other = Article(id=inputs[3].id, text=TEXTS[4] + " " + TEXTS[1])
    build([*inputs, other], changed, processes=1)  # the last version of an article wins
    assert streams[1].usable is False and not streams[1]._handed_over  # thrown away: loaded whole
    quads, trig = _loaded_after(changed, tmp_path / "b")
    assert _quads(changed / "store") == quads
    assert (changed / "graph.trig").read_bytes() == trig
    assert _no_loader_left(changed)


def test_a_build_that_fails_midway_leaves_no_store_and_the_next_build_makes_it_whole(
    nlp, inputs: list[Article], tmp_path: Path, streams: list[_Recorded]
) -> None:
    folder = tmp_path / "out"

    def failing() -> Iterator[Article]:
        yield from inputs[:6]
        raise RuntimeError("the input went away")

    with pytest.raises(RuntimeError, match="went away"):
        build(failing(), folder, processes=1, pipeline=Pipeline(batch_size=1))  # 2 articles a batch
    assert streams and streams[0]._taken  # the store had begun
    assert not (folder / "store").exists()
    assert _no_loader_left(folder)

    build(inputs, folder, processes=1)  # the articles kept are unchanged; the rest are added
    assert len(streams) == 1  # graph.db held articles: no stream
    quads, trig = _loaded_after(folder, tmp_path)
    assert _quads(folder / "store") == quads
    assert (folder / "graph.trig").read_bytes() == trig


def test_an_interrupted_build_keeps_the_articles_built_and_a_store_of_exactly_them(
    nlp, inputs: list[Article], tmp_path: Path, streams: list[_Recorded]
) -> None:
    folder = tmp_path / "out"
    seen: list[str] = []

    def interrupt(article: Article) -> None:
        seen.append(article.id)
        if len(seen) == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build(inputs, folder, processes=1, on_article=interrupt)
    db = open_database(folder)
    try:
        kept = db.article_ids()
    finally:
        db.close()
    assert 5 <= len(kept) < len(inputs)
    quads, trig = _loaded_after(folder, tmp_path)
    assert _quads(folder / "store") == quads
    assert (folder / "graph.trig").read_bytes() == trig
    assert _no_loader_left(folder)

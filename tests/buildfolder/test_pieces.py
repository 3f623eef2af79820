"""graph.trig and the store made in pieces (``buildfolder.pieces``), in this process or in
worker processes: byte for byte the TriG of one serializer pass over every quad, and the
same quads in the store, whatever the piece sizes."""

from __future__ import annotations

import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
from folder_steps import examples_database

from graphbuilder.buildfolder import open_database, pieces
from graphbuilder.buildfolder.database import GraphDatabase
from graphbuilder.buildfolder.outputs import all_quads
from graphbuilder.errors import StoreError
from graphbuilder.sinks.rdf import DEFAULT_BASE, prefixes


@pytest.fixture(scope="module")
def folder(nlp, examples_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return examples_database(tmp_path_factory.mktemp("pieces"), examples_path)


def one_pass(folder: Path) -> tuple[bytes, set[ox.Quad]]:
    db = open_database(folder)
    try:
        quads = list(all_quads(db))
    finally:
        db.close()
    text = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes(DEFAULT_BASE))
    assert text
    store = ox.Store()  # as the store holds them (it keeps xsd:nonNegativeInteger as xsd:integer)
    store.extend(quads)
    return text, set(store)


@pytest.mark.parametrize("processes", [1, 2])
@pytest.mark.parametrize("size", [1, 3, 1000])
def test_pieces_join_into_the_one_pass_trig_and_store(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, processes: int, size: int
) -> None:
    for name in ("ENTITY_PIECE", "STATEMENT_PIECE", "ARTICLE_PIECE"):
        monkeypatch.setattr(pieces, name, size)
    monkeypatch.setattr(pieces, "LOAD_BYTES", 5000)  # many loader calls
    trig, quads = one_pass(folder)
    out = tmp_path / "out"
    out.mkdir()
    db = open_database(folder)
    try:
        assert sum(1 for _ in pieces.plan(db)) > (20 if size == 1 else 3)
        pieces.load_fresh(db, out, DEFAULT_BASE, trig=True, processes=processes)
    finally:
        db.close()
    assert (out / "graph.trig").read_bytes() == trig
    stored = set(ox.Store.read_only(str(out / "store")).quads_for_pattern(None, None, None, None))
    assert stored == quads


def test_an_empty_folder_gives_an_empty_trig_and_store(tmp_path: Path) -> None:
    db = open_database(tmp_path)
    try:
        pieces.load_fresh(db, tmp_path, DEFAULT_BASE, trig=True, processes=2)
    finally:
        db.close()
    assert (tmp_path / "graph.trig").read_bytes() == b""
    assert len(ox.Store.read_only(str(tmp_path / "store"))) == 0


def test_a_failed_load_is_raised_where_the_pieces_are_made(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store's loads run in a thread of their own: a load that fails stops the writing
    with one error (not a traceback of the thread), and the thread is gone."""
    monkeypatch.setattr(pieces, "LOAD_BYTES", 1)  # every piece a load of its own
    render = pieces.render

    def broken(db: GraphDatabase, piece: pieces.Piece, base: str = DEFAULT_BASE) -> bytes:
        text = render(db, piece, base)
        return text + b"<not TriG" if piece.kind == pieces.RELATIONS else text

    monkeypatch.setattr(pieces, "render", broken)
    db = open_database(folder)
    try:
        with pytest.raises(StoreError, match="does not parse"):
            pieces.load_fresh(db, tmp_path, DEFAULT_BASE, trig=True, processes=1)
    finally:
        db.close()
    assert not [t for t in threading.enumerate() if t.name == "bulk load"]
    assert not (tmp_path / "graph.trig").exists()
    assert not (tmp_path / "store").exists()


@pytest.mark.parametrize("stored", ["with the rows", "none (an older folder)", "for another base"])
def test_named_graphs_stored_with_the_rows_are_what_the_records_map_to(
    folder: Path, tmp_path: Path, stored: str
) -> None:
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "graph.db").write_bytes((folder / "graph.db").read_bytes())
    base = "https://example.com/kg/" if stored == "for another base" else DEFAULT_BASE
    db = open_database(copy)
    try:
        held = db.db.execute("SELECT COUNT(*) FROM article_graphs").fetchone()[0]
        assert held == len(db.article_ids()) >= 3
        if stored.startswith("none"):
            db.db.execute("DELETE FROM article_graphs")
        expected = ox.serialize(list(all_quads(db, base)), format=ox.RdfFormat.TRIG, prefixes=prefixes(base))
        pieces.write_trig(db, copy, base)
    finally:
        db.close()
    assert (copy / "graph.trig").read_bytes() == expected


@pytest.mark.parametrize("processes", [1, 2])
def test_the_last_piece_ends_graph_trig_and_is_in_the_store(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, processes: int
) -> None:
    """The connection counts of a new store are loaded with the pieces (``last``): graph.trig
    is the pieces then the counts, as a store with the counts added after holds them."""
    from graphbuilder.buildfolder import connections

    monkeypatch.setattr(pieces, "LOAD_BYTES", 5000)
    trig, quads = one_pass(folder)
    out = tmp_path / "out"
    out.mkdir()
    db = open_database(folder)
    try:
        counts = connections.render(db)
        assert counts.count(b"connections/") >= 2  # the examples have counts of their own
        pieces.load_fresh(db, out, DEFAULT_BASE, trig=True, processes=processes, last=lambda: counts)
    finally:
        db.close()
    assert (out / "graph.trig").read_bytes() == trig + counts
    apart = ox.Store()
    apart.extend(quads)
    apart.load(pieces.header(DEFAULT_BASE) + counts, format=ox.RdfFormat.TRIG)
    stored = set(ox.Store.read_only(str(out / "store")).quads_for_pattern(None, None, None, None))
    assert stored == set(apart) and len(stored) > len(quads)

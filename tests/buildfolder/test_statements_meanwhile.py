"""In a one-process build, statements.jsonl is written while the new store's last load runs
(``pieces.write``'s ``meanwhile``), not after it: the same file, written once, and written
as before when no new store is loaded."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from graphbuilder.buildfolder import build, open_database, outputs, pieces
from graphbuilder.model import Article
from graphbuilder.sinks.jsonl import dump_record

TEXTS = [
    "Prime Minister Ann Fell met President Tom Rudd in Oslo on Tuesday. Mrs Fell said the talks went well.",
    "The central bank of Freedonia raised interest rates, its governor Lars Nyberg said on Thursday.",
    "Finance Minister Ola Berg criticised the government's plans for the railways in a speech in Bergen.",
]


def _articles() -> list[Article]:
    return [Article(id=f"made-up-{n}", text=text) for n, text in enumerate(TEXTS)]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each write of statements.jsonl: whether the store's loader thread was running then."""
    seen: list[bool] = []
    write = outputs.write_statements

    def recording(db, folder, *args):  # type: ignore[no-untyped-def]
        seen.append(any(t.name == "bulk load" and t.is_alive() for t in threading.enumerate()))
        return write(db, folder, *args)

    monkeypatch.setattr(outputs, "write_statements", recording)
    return seen


def _expected_lines(folder: Path) -> bytes:
    db = open_database(folder)
    try:
        return "".join(dump_record(r) + "\n" for r in outputs.statement_records(db)).encode("utf-8")
    finally:
        db.close()


def test_statements_are_written_once_while_the_new_store_loads(
    nlp, tmp_path: Path, calls: list[bool]
) -> None:
    folder = tmp_path / "out"
    build(_articles(), folder, processes=1)
    assert calls == [True]  # once, with the loader's thread still at work
    text = (folder / "statements.jsonl").read_bytes()
    assert text == _expected_lines(folder) and text.count(b"\n") > 3
    assert not [t for t in threading.enumerate() if t.name == "bulk load"]


def test_statements_are_written_as_before_when_no_new_store_is_loaded(
    nlp, tmp_path: Path, calls: list[bool]
) -> None:
    folder = tmp_path / "out"
    build(_articles()[:2], folder, processes=1, store=False)  # no store: no load to overlap
    assert calls == [False]
    build(_articles(), folder, processes=1)  # a folder with a store's marks: updated or made anew
    assert len(calls) == 2
    assert (folder / "statements.jsonl").read_bytes() == _expected_lines(folder)
    build(_articles(), folder, processes=1)  # nothing new: nothing written
    assert len(calls) == 2


def test_meanwhile_runs_after_every_piece_is_handed_to_the_loader(tmp_path: Path, nlp) -> None:
    folder = tmp_path / "out"
    build(_articles(), folder, processes=1, store=False)
    db = open_database(folder)
    (tmp_path / "fresh").mkdir()
    handed: list[int] = []
    added: list[int] = []
    real_add = pieces._Loader.add

    def counting_add(self: pieces._Loader, piece: bytes) -> None:
        added.append(len(piece))
        real_add(self, piece)

    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(pieces._Loader, "add", counting_add)
            pieces.load_fresh(db, tmp_path / "fresh", trig=True, processes=1, last=lambda: b"",
                              meanwhile=lambda: handed.append(len(added)))
    finally:
        db.close()
    assert handed == [len(added)] and added  # once, after the last piece
    assert (tmp_path / "fresh" / "store").is_dir() and (tmp_path / "fresh" / "graph.trig").exists()


def test_a_failed_early_write_is_tried_again_after_the_store(
    nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A statements.jsonl that cannot be written while the store loads is no store failure:
    the store is switched in, and the file is written after it (where an error is raised as before)."""
    write = outputs.write_statements
    tries: list[int] = []

    def once_failing(db, folder, *args):  # type: ignore[no-untyped-def]
        tries.append(1)
        if len(tries) == 1:
            raise OSError("disk full for a moment")
        return write(db, folder, *args)

    monkeypatch.setattr(outputs, "write_statements", once_failing)
    folder = tmp_path / "out"
    build(_articles(), folder, processes=1)
    assert len(tries) == 2
    assert (folder / "store").is_dir() and not (folder / "store.new").exists()
    assert (folder / "statements.jsonl").read_bytes() == _expected_lines(folder)

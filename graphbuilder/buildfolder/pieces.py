"""graph.trig and a new Oxigraph store, written in pieces that worker processes make.

A piece is a range of graph.trig in its order: entities (by id), the relation properties,
statements (by id), then the named graphs of a few articles (by article id). Each piece
is made from ``graph.db`` and written as TriG on its own (``sinks.trig`` writes, from the
plain terms of ``sinks.rdf``, the text Oxigraph's serializer writes for their quads), so
with ``--processes N`` the pieces are made by N workers (each reading graph.db) while the
parent only joins them. An article's named graph was written as TriG with the article's
rows (``rows.named_graph``) and is taken as graph.db keeps it:

    header + piece 1 + piece 2 + ...  -> graph.trig
    header + a few pieces at a time    -> the store's bulk loader (it parses the TriG itself)

No subject spans two pieces, so the joined pieces are, byte for byte, what one
serializer pass over every quad writes (:func:`graphbuilder.buildfolder.outputs.all_quads`),
and the store holds the same quads. Memory holds a few pieces, never the folder.
"""

from __future__ import annotations

import os
import queue
import shutil
import threading
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import BinaryIO, NamedTuple

import pyoxigraph as ox

from graphbuilder.errors import StoreError
from graphbuilder.sinks.oxigraph_store import StoreLoadError, open_writable
from graphbuilder.sinks.rdf import DEFAULT_BASE, Iris, LocalEntities
from graphbuilder.sinks.trig import TrigText, header

from .database import GraphDatabase
from .outputs import (
    STORE_NAME,
    TRIG_NAME,
    Part,
    _replace_atomically,
    article_part,
    entity_parts,
    relation_parts,
    statement_parts,
)

#: Entities, statements or articles per piece (a piece is one task of a worker).
ENTITY_PIECE = 2000
STATEMENT_PIECE = 2000
ARTICLE_PIECE = 16
#: TriG bytes per call of the store's bulk loader (about 50,000 quads). Each call has a cost
#: of its own (200 BBC articles' 293,616 quads loaded alone: 1.91 s of CPU in calls of 2 MB,
#: 1.61-1.66 s in calls of 4 MB; 300 articles' graph.trig: 2.86-3.16 s in calls of 2 MB,
#: 2.62-2.71 in calls of 4 MB; a whole 300-article build's outputs 4.71 s -> 4.11 s), but
#: larger calls hold more at once: that build peaked at 661 MiB with 2 MB calls and 682 MiB
#: with 4 MB. Memory is kept flat: a call's size, not the folder's, bounds it.
LOAD_BYTES = 4_000_000

ENTITIES, RELATIONS, STATEMENTS, ARTICLES = "entities", "relations", "statements", "articles"


class Piece(NamedTuple):
    """Ids ``after < id <= upto`` of one part of graph.trig (None: from the start / to the end)."""

    kind: str
    after: str | None = None
    upto: str | None = None


def _ranges(kind: str, ids: Iterable[str], size: int) -> Iterator[Piece]:
    after: str | None = None
    it = iter(ids)
    while chunk := list(islice(it, size)):
        yield Piece(kind, after, chunk[-1])
        after = chunk[-1]


def plan(db: GraphDatabase) -> Iterator[Piece]:
    """The pieces of graph.trig, in its order."""
    yield from _ranges(ENTITIES, db.ids("entities"), ENTITY_PIECE)
    yield Piece(RELATIONS)
    yield from _ranges(STATEMENTS, db.ids("statements"), STATEMENT_PIECE)
    yield from _ranges(ARTICLES, db.ids("articles"), ARTICLE_PIECE)


_local: dict[tuple[Path, str | None, int], LocalEntities] = {}


def _local_entities(db: GraphDatabase) -> LocalEntities:
    """The article-local entity rule for the database's articles (made once per generation)."""
    articles = int(db.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    key = (db.path, db.meta("generation"), articles)
    if key not in _local:
        _local.clear()
        _local[key] = LocalEntities(db.ids("articles"))
    return _local[key]


def _piece_parts(db: GraphDatabase, piece: Piece, iris: Iris) -> Iterator[Part]:
    """The graph parts of one piece, as ``outputs.all_quads`` maps them."""
    kind, after, upto = piece
    if kind == ENTITIES:
        yield from entity_parts(db, iris, _local_entities(db), after, upto)
    elif kind == RELATIONS:
        yield from relation_parts(db, iris)
    elif kind == STATEMENTS:
        yield from statement_parts(db, iris, after, upto)
    elif kind == ARTICLES:
        for article_id in db.article_ids(after, upto):
            part = article_part(db, article_id, iris)
            if part is not None:
                yield part
    else:
        raise ValueError(f"no piece of kind {kind!r}")


@lru_cache(maxsize=4)
def _writer(base: str) -> TrigText:
    return TrigText(base)  # keeps the text of terms across pieces (memory bounded)


def render(db: GraphDatabase, piece: Piece, base: str = DEFAULT_BASE) -> bytes:
    """One piece as TriG, without the prefix lines (empty when the piece has no quads): the
    text ``pyoxigraph.serialize`` writes for its quads, written here from the plain terms
    (``sinks.trig``); an article's named graph as it was stored with its rows."""
    if piece.kind == ARTICLES:
        return b"".join(_article_text(db, article_id, base)
                        for article_id in db.article_ids(piece.after, piece.upto))
    return _writer(base).graphs(_piece_parts(db, piece, Iris(base))).encode("utf-8")


def _article_text(db: GraphDatabase, article_id: str, base: str) -> bytes:
    """An article's named graph as TriG: stored with its rows, else mapped from its records.
    Each named graph's text stands alone (it closes its own block), so the texts joined are
    what one serializer pass over the graphs writes."""
    stored = db.article_graph(article_id, base)
    if stored is not None:
        return stored
    part = article_part(db, article_id, Iris(base))
    return _writer(base).graphs([part]).encode("utf-8") if part is not None else b""


# --- in worker processes ---------------------------------------------------------------

_worker_db: GraphDatabase | None = None
_worker_base = DEFAULT_BASE


def _open_in_worker(path: Path, base: str) -> None:
    global _worker_db, _worker_base
    _worker_db = GraphDatabase(path, readonly=True)
    _worker_base = base


def _render_in_worker(piece: Piece) -> bytes:
    assert _worker_db is not None
    return render(_worker_db, piece, _worker_base)


def rendered(db: GraphDatabase, base: str = DEFAULT_BASE, processes: int = 1) -> Iterator[bytes]:
    """Every piece as TriG, in order; made by ``processes`` workers (1: here)."""
    if processes <= 1:
        for piece in plan(db):
            yield render(db, piece, base)
        return
    from graphbuilder.engine.local import in_workers

    yield from in_workers(_render_in_worker, plan(db), processes, _open_in_worker, (db.path, base))


# --- the parent: join -----------------------------------------------------------------------


def write(
    db: GraphDatabase,
    *,
    trig: Path | None = None,
    store: Path | None = None,
    base: str = DEFAULT_BASE,
    processes: int = 1,
    last: Callable[[], bytes] | None = None,
) -> None:
    """Write graph.trig to ``trig`` and/or a new store at ``store`` (temporary paths the
    caller renames), from one pass over the pieces; ``last`` makes one more piece to end both
    with (the connection counts), once the others are made. Raises StoreError for the TriG
    file and StoreLoadError for the store."""
    head = header(base)
    out: BinaryIO | None = None
    loader = _Loader(store, head) if store is not None else None
    try:
        if trig is not None:
            try:
                out = trig.open("wb")
            except OSError as err:
                raise StoreError(f"{trig}: cannot write TriG ({err})") from None
        started = False
        for piece in _then(rendered(db, base, processes), last):
            if not piece:
                continue
            if out is not None:
                try:
                    if not started:
                        out.write(head)
                    out.write(piece)
                except OSError as err:
                    raise StoreError(f"{trig}: cannot write TriG ({err})") from None
            started = True
            if loader is not None:
                loader.add(piece)
        if loader is not None:
            loader.finish()
    finally:
        if out is not None:
            out.close()
        if loader is not None:
            loader.close()


def _then(pieces: Iterator[bytes], last: Callable[[], bytes] | None) -> Iterator[bytes]:
    yield from pieces
    if last is not None:
        yield last()


class _Loader:
    """Pieces into a new store, ``LOAD_BYTES`` of TriG per bulk load, each loaded by a thread
    of its own while the next pieces are made (the bulk loader releases the GIL): the load
    and the making overlap, and memory holds two loads' TriG at most. The store and the
    thread start at the first load, once the workers are running (they are forked before
    the store's threads start)."""

    def __init__(self, path: Path, head: bytes) -> None:
        self.path = path
        self.head = head
        self.store: ox.Store | None = None
        self.batch: list[bytes] = []
        self.size = 0
        self._loads: queue.Queue[bytes | None] = queue.Queue(maxsize=1)
        self._thread: threading.Thread | None = None
        self._failed: BaseException | None = None

    def add(self, piece: bytes) -> None:
        self.batch.append(piece)
        self.size += len(piece)
        if self.size >= LOAD_BYTES:
            self._load()

    def finish(self) -> None:
        self._load()
        self._join()
        try:
            self._store().flush()
        except OSError as err:
            raise StoreLoadError(str(err)) from None

    def close(self) -> None:
        if self._thread is not None:  # a build interrupted: the load under way ends first
            self._join(reraise=False)
        self.store = None  # closes it

    def _store(self) -> ox.Store:
        if self.store is None:
            self.store = open_writable(self.path)
        return self.store

    def _load(self) -> None:
        self._raise_failure()
        if not self.batch:
            return
        data = b"".join([self.head, *self.batch])
        self.batch, self.size = [], 0
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, args=(self._store(),), name="bulk load",
                                            daemon=True)
            self._thread.start()
        self._loads.put(data)  # waits while the thread is still loading the one before

    def _run(self, store: ox.Store) -> None:
        while (data := self._loads.get()) is not None:
            if self._failed is not None:
                continue  # drain: the failure is raised in the parent thread
            try:
                # lenient: no second check of the IRIs, which sinks.trig checked as it wrote them
                store.bulk_load(data, format=ox.RdfFormat.TRIG, lenient=True)
            except OSError as err:
                self._failed = StoreLoadError(str(err))
            except SyntaxError as err:  # the pieces are our own serialization: a defect, said plainly
                self._failed = StoreError(f"the TriG written for the store does not parse ({err})")
            except BaseException as err:  # handed to the parent thread as it is
                self._failed = err

    def _join(self, reraise: bool = True) -> None:
        if self._thread is not None:
            self._loads.put(None)
            self._thread.join()
            self._thread = None
        if reraise:
            self._raise_failure()

    def _raise_failure(self) -> None:
        if self._failed is not None:
            failed, self._failed = self._failed, None
            raise failed


# --- the outputs ------------------------------------------------------------------------------


def write_trig(db: GraphDatabase, folder: Path, base: str = DEFAULT_BASE, processes: int = 1) -> Path:
    """graph.trig from graph.db (written aside, then renamed)."""
    path = folder / TRIG_NAME
    tmp = path.with_name(path.name + ".tmp")
    write(db, trig=tmp, base=base, processes=processes)
    _replace_atomically(tmp, path)
    return path


def load_fresh(db: GraphDatabase, folder: Path, base: str = DEFAULT_BASE, *, trig: bool = True,
               processes: int = 1, last: Callable[[], bytes] | None = None) -> None:
    """A new store (bulk loaded aside, then switched in) and, in the same pass, graph.trig;
    both end with the piece ``last`` makes (see :func:`write`)."""
    final = folder / STORE_NAME
    aside = folder / (STORE_NAME + ".new")
    shutil.rmtree(aside, ignore_errors=True)
    trig_path = folder / TRIG_NAME
    tmp = trig_path.with_name(trig_path.name + ".tmp")
    try:
        write(db, trig=tmp if trig else None, store=aside, base=base, processes=processes, last=last)
    except (OSError, StoreLoadError) as err:
        raise StoreError(f"{aside}: writing the Oxigraph store failed ({err})") from None
    if trig:
        _replace_atomically(tmp, trig_path)
    old = folder / (STORE_NAME + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        os.replace(final, old)
    os.replace(aside, final)
    shutil.rmtree(old, ignore_errors=True)

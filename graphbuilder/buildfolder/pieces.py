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

A build that starts a new store (:class:`ArticleStream`) loads each article's named graph
as the article is added, on the bulk loader's thread while the next articles are parsed;
the store then gets only the other pieces at the end. The store is a set of quads (the
pieces have no blank nodes), so the order of the loads does not change what it holds.
"""

from __future__ import annotations

import hashlib
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
from .rows import GRAPH_BASE, ArticleRows, graph_text

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
    for _, text in _rendered(db, base, processes):
        yield text


def _rendered(db: GraphDatabase, base: str, processes: int) -> Iterator[tuple[Piece, bytes]]:
    if processes <= 1:
        for piece in plan(db):
            yield piece, render(db, piece, base)
        return
    from graphbuilder.engine.local import in_workers

    planned: list[Piece] = []

    def tasks() -> Iterator[Piece]:
        for piece in plan(db):
            planned.append(piece)
            yield piece

    for n, text in enumerate(in_workers(_render_in_worker, tasks(), processes, _open_in_worker,
                                        (db.path, base))):
        yield planned[n], text


_DONE = Piece("")


# --- the parent: join -----------------------------------------------------------------------


def write(
    db: GraphDatabase,
    *,
    trig: Path | None = None,
    store: Path | None = None,
    base: str = DEFAULT_BASE,
    processes: int = 1,
    last: Callable[[], bytes] | None = None,
    streamed: ArticleStream | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> None:
    """Write graph.trig to ``trig`` and/or a new store at ``store`` (temporary paths the
    caller renames), from one pass over the pieces; ``last`` makes one more piece to end both
    with (the connection counts), once the others are made. ``streamed``: the store's
    loader, which already holds the named graphs of the articles it took (``store`` is
    then its path). ``meanwhile`` is called once every piece is made and handed to the
    store's loader, while the loader's thread loads the last of them (which it does without
    Python's lock): other work of the caller's (statements.jsonl) done there costs no time of
    its own. Raises StoreError for the TriG file and StoreLoadError for the store."""
    head = header(base)
    out: BinaryIO | None = None
    loader = streamed.take() if streamed is not None else _Loader(store, head) if store is not None else None
    try:
        if trig is not None:
            try:
                out = trig.open("wb")
            except OSError as err:
                raise StoreError(f"{trig}: cannot write TriG ({err})") from None
        started = False
        for piece, text in _then(_rendered(db, base, processes), last):
            if not text:
                continue
            if out is not None:
                try:
                    if not started:
                        out.write(head)
                    out.write(text)
                except OSError as err:
                    raise StoreError(f"{trig}: cannot write TriG ({err})") from None
            started = True
            if loader is None:
                continue
            if streamed is not None and piece.kind == ARTICLES:  # only the graphs it has not taken
                for article_id in db.article_ids(piece.after, piece.upto):
                    if not streamed.holds(article_id):
                        loader.add(_article_text(db, article_id, base))
            else:
                loader.add(text)
        if loader is not None:
            loader.hand_over()
        if meanwhile is not None:
            meanwhile()
        if loader is not None:
            loader.finish()
    finally:
        if out is not None:
            out.close()
        if loader is not None:
            loader.close()


def _then(pieces: Iterator[tuple[Piece, bytes]],
          last: Callable[[], bytes] | None) -> Iterator[tuple[Piece, bytes]]:
    yield from pieces
    if last is not None:
        yield _DONE, last()


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
        if not piece:
            return
        self.batch.append(piece)
        self.size += len(piece)
        if self.size >= LOAD_BYTES:
            self._load()

    def hand_over(self) -> None:
        """Start loading what was added and not loaded yet (its thread loads it meanwhile)."""
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


class ArticleStream:
    """A new store that takes each article's named graph as the article is added to graph.db,
    during the build, rather than at its end: the bulk loader (which releases the GIL) works
    on another core while the next articles are parsed, and :func:`load_fresh` then loads
    only the pieces that span articles, plus any article graph not taken here.

    For a build that makes a new store from a graph.db without articles (a new folder),
    with nothing forked once the store is open (one process, or the Dask engine). The store
    is made aside and switched in by :func:`load_fresh` as any new store is; it is thrown
    away (:meth:`discard`) when the build ends without that. An article added again with a
    different named graph (a loaded graph cannot be taken back), a load that failed, or an
    interruption while a load was handed over stops the stream: :func:`load_fresh` then
    loads the whole store anew, as without it.
    """

    def __init__(self, folder: Path) -> None:
        self.aside = folder / (STORE_NAME + ".new")
        shutil.rmtree(self.aside, ignore_errors=True)
        self._loader: _Loader | None = _Loader(self.aside, header(GRAPH_BASE))
        self._taken: dict[str, bytes] = {}  # article id -> digest of the named graph loaded
        self._handed_over = False

    @property
    def usable(self) -> bool:
        return self._loader is not None

    def add(self, rows: ArticleRows) -> None:
        """Load the named graph of an article just added to graph.db (once per article)."""
        if self._loader is None:
            return
        known = self._taken.get(rows.article_id)
        if rows.graph is None:  # mapped from its records at the end, with the other pieces
            if known is not None:
                self.discard()
            return
        text = graph_text(rows.graph)
        digest = hashlib.blake2b(text, digest_size=16).digest()
        if known is not None:
            if known != digest:
                self.discard()
            return
        try:
            self._loader.add(text)
        except Exception:  # a load failed: the load of the whole store meets it again, and says so
            self.discard()
            return
        except BaseException:  # interrupted, perhaps with a load half handed over
            self.discard()
            raise
        self._taken[rows.article_id] = digest

    def holds(self, article_id: str) -> bool:
        return article_id in self._taken

    def fits(self, db: GraphDatabase, base: str) -> bool:
        """Whether this store can end as the store of ``db``: every article it took is in
        ``db`` with that named graph (graph.db keeps the last graph added for an article,
        and a different one stopped the stream), under the base of the build."""
        if self._loader is None or base != GRAPH_BASE:
            return False
        return sum(1 for aid in db.ids("articles") if aid in self._taken) == len(self._taken)

    def take(self) -> _Loader:
        """The loader, to be finished by :func:`write` (which closes it)."""
        assert self._loader is not None
        self._handed_over = True
        return self._loader

    def discard(self) -> None:
        """Stop loading, and throw the store away unless it was handed over to be finished."""
        loader, self._loader = self._loader, None
        if loader is not None and not self._handed_over:
            loader.close()
            shutil.rmtree(self.aside, ignore_errors=True)


# --- the outputs ------------------------------------------------------------------------------


def write_trig(db: GraphDatabase, folder: Path, base: str = DEFAULT_BASE, processes: int = 1) -> Path:
    """graph.trig from graph.db (written aside, then renamed)."""
    path = folder / TRIG_NAME
    tmp = path.with_name(path.name + ".tmp")
    write(db, trig=tmp, base=base, processes=processes)
    _replace_atomically(tmp, path)
    return path


def load_fresh(db: GraphDatabase, folder: Path, base: str = DEFAULT_BASE, *, trig: bool = True,
               processes: int = 1, last: Callable[[], bytes] | None = None,
               streamed: ArticleStream | None = None, meanwhile: Callable[[], None] | None = None) -> None:
    """A new store (bulk loaded aside, then switched in) and, in the same pass, graph.trig;
    both end with the piece ``last`` makes (see :func:`write`). ``streamed``: the store
    begun during the build (:class:`ArticleStream`), finished here when it fits ``db``,
    else thrown away and the store loaded whole. ``meanwhile``: see :func:`write`."""
    final = folder / STORE_NAME
    aside = folder / (STORE_NAME + ".new")
    if streamed is not None and not streamed.fits(db, base):
        streamed.discard()
    if streamed is None or not streamed.usable:
        streamed = None
        shutil.rmtree(aside, ignore_errors=True)
    trig_path = folder / TRIG_NAME
    tmp = trig_path.with_name(trig_path.name + ".tmp")
    try:
        write(db, trig=tmp if trig else None, store=aside, base=base, processes=processes, last=last,
              streamed=streamed, meanwhile=meanwhile)
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

"""A build folder: articles in, a graph database and its outputs out, built as a stream.

    DIR/graph.db          the source of truth: what each article contributed (SQLite; see
                          ``buildfolder.database``); entities and statements merge by key
    DIR/statements.jsonl  one line per evidence, in the public statement format
    DIR/graph.trig        RDF, the default graph then a named graph per article
    DIR/store/            Oxigraph store for `graphbuilder sparql` and `serve`
    DIR/.lock             held by the build writing the folder (one at a time)

A build reads the inputs, skips articles the folder already holds unchanged (so an
interrupted build resumes where it stopped), runs the rest through the pipeline on an
engine (``graphbuilder.engine``: worker processes or Dask), adds each article's rows to
graph.db in batches (one transaction each), then writes the outputs from graph.db as
streams: memory holds a batch of articles, never the corpus. The store gets only what
changed; statements.jsonl and graph.trig are rewritten as streams. With several processes
the outputs use them too: graph.trig and a new store are made in pieces by the workers
(``buildfolder.pieces``) while another writes statements.jsonl; the parent only merges
rows into graph.db and joins the pieces. Outputs record the
generation of graph.db they hold, so a folder whose outputs disagree is refused with one
line (``buildfolder.outputs``).
"""

from __future__ import annotations

import functools
import json
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from graphbuilder.errors import StoreError
from graphbuilder.ingest import Input
from graphbuilder.model import Article
from graphbuilder.pipeline import Pipeline
from graphbuilder.report import RunReport
from graphbuilder.sinks.rdf import DEFAULT_BASE

from . import changelog, connections, outputs, pieces
from .database import GraphDatabase, database_path
from .lock import folder_lock
from .rows import GRAPH_BASE, ArticleRows, article_digest

__all__ = ["BuildResult", "build", "open_database", "write_outputs"]

#: Articles per database transaction (and the most an interrupted build loses).
COMMIT_EVERY = 64
#: ... or seconds, whichever comes first.
COMMIT_SECONDS = 10.0


@dataclass
class BuildResult:
    """What a build did: counts of the folder afterwards and of this run."""

    folder: Path
    counts: dict[str, int]
    built: int = 0  # articles run through the pipeline
    unchanged: int = 0  # articles the folder already held with the same content
    outputs: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        return self.counts


def open_database(folder: str | Path) -> GraphDatabase:
    """The folder's graph.db for writing; a folder of an older graphbuilder (graph.jsonl) is
    imported first."""
    folder = Path(folder)
    fresh = not database_path(folder).exists()
    db = GraphDatabase(database_path(folder))
    if fresh:
        from graphbuilder.sinks.snapshot import LEGACY_NAME, read_legacy

        legacy = folder / LEGACY_NAME
        if legacy.exists():
            from .rows import article_rows
            from .split import article_graphs

            try:
                kg = read_legacy(folder)
            except StoreError:
                db.close()
                database_path(folder).unlink()
                raise
            from .database import add_all

            add_all(db, (article_rows(ag) for ag in article_graphs(kg)))
            legacy.rename(legacy.with_name(LEGACY_NAME + ".imported"))
    return db


def build(
    inputs: Input | Iterable[Input],
    folder: str | Path,
    *,
    report: RunReport | None = None,
    pipeline: Pipeline | None = None,
    processes: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    store: bool = True,
    exports: bool = True,
    wait: bool = False,
    on_article: Callable[[Article], None] | None = None,
    base: str = DEFAULT_BASE,
    keep_changes: int | None = None,
) -> BuildResult:
    """Build ``inputs`` into ``folder`` (created if needed), merging with what is there.

    ``exports=False`` skips rewriting statements.jsonl and graph.trig (whose cost grows with
    the folder, not the increment) and removes them rather than leave them stale. Raises
    StoreError for a folder another build holds (unless ``wait``), or served by a SPARQL
    server; unreadable inputs go to ``report``. ``keep_changes``: the generations the change
    log keeps (``changelog.keep_generations``), checked before anything is read.
    """
    from graphbuilder.query.endpoint import check_not_served

    keep_changes = changelog.keep_generations(keep_changes)

    folder = Path(folder)
    report = report if report is not None else RunReport()
    pipeline = pipeline or Pipeline()
    if isinstance(inputs, (str, Path, Article)):
        inputs = [inputs]
    from graphbuilder.engine.collector import long_lived_set_aside

    with folder_lock(folder, wait=wait), long_lived_set_aside():  # the outputs' objects too
        if store:
            check_not_served(folder)
        db = open_database(folder)
        stream: pieces.ArticleStream | None = None
        try:
            result = BuildResult(folder, {})
            if store and _streams_store(db, engine, processes, base):
                stream = pieces.ArticleStream(folder)
            if engine == "dask":
                from graphbuilder.engine.dask import dask_rows

                rows: Iterator[ArticleRows | PartitionDone] = dask_rows(
                    inputs, db, pipeline, report, scheduler=scheduler, workers=processes,
                    on_article=on_article)
            elif engine == "local":
                rows = _local_rows(inputs, db, pipeline, report, processes, result, on_article)
            else:
                raise StoreError(f"unknown engine {engine!r}; choose local or dask")
            interrupted: BaseException | None = None
            try:
                result.built = _ingest(db, rows, stream.add if stream is not None else None)
            except KeyboardInterrupt as err:  # keep what was built; write the outputs for it
                interrupted = err
            write_outputs(db, folder, store=store, exports=exports, base=base, result=result,
                          processes=processes if engine == "local" else 1, keep_changes=keep_changes,
                          streamed=stream)
            result.counts = db.summary()
            if interrupted is not None:
                raise interrupted
            return result
        finally:
            if stream is not None:
                stream.discard()  # a store begun and not switched in is thrown away
            db.close()


def _streams_store(db: GraphDatabase, engine: str, processes: int, base: str) -> bool:
    """Whether the build makes its new store as the articles come (``pieces.ArticleStream``):
    graph.db holds no article yet, so the store will be made anew from this build's
    articles, and nothing is forked once the store is open (one process, or the Dask engine,
    whose workers are not forked from this process)."""
    if base != GRAPH_BASE or not (engine == "dask" or processes <= 1):
        return False
    return db.db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None


def _local_rows(
    inputs: Iterable[Input],
    db: GraphDatabase,
    pipeline: Pipeline,
    report: RunReport,
    processes: int,
    result: BuildResult,
    on_article: Callable[[Article], None] | None,
) -> Iterator[ArticleRows]:
    from graphbuilder.engine.local import run_batches
    from graphbuilder.nlp import load_pipeline
    from graphbuilder.pipeline import within_limit

    max_length = load_pipeline(pipeline.model).max_length

    def to_build() -> Iterator[Article]:
        for article in within_limit(pipeline.reader(inputs, report), max_length, report):
            if db.digest(article.id) == article_digest(article):
                result.unchanged += 1
                if on_article is not None:
                    on_article(article)
            else:
                yield article

    for built, failed in run_batches(pipeline, to_build(), processes):
        for source, reason in failed:
            report.skip(source, reason)
        for rows in built:
            yield rows
            if on_article is not None:
                on_article(Article(**json.loads(rows.article)))


@dataclass(frozen=True)
class PartitionDone:
    """A marker in a stream of rows: the partition ``key`` is complete (see ``engine.dask``)."""

    key: str


def _ingest(db: GraphDatabase, rows: Iterable[ArticleRows | PartitionDone],
            added: Callable[[ArticleRows], None] | None = None) -> int:
    """Add rows to the database, committing every ``COMMIT_EVERY`` articles or
    ``COMMIT_SECONDS``; what was committed survives any interruption. ``added`` is told of
    each article's rows once they are in."""
    n = 0
    pending = 0
    started = time.monotonic()
    db.begin()
    try:
        for r in rows:
            if isinstance(r, PartitionDone):
                db.mark_partition(r.key)
                continue
            db.add(r)
            if added is not None:
                added(r)
            n += 1
            pending += 1
            if pending >= COMMIT_EVERY or time.monotonic() - started > COMMIT_SECONDS:
                db.commit()
                db.begin()
                pending, started = 0, time.monotonic()
        db.commit()
    except BaseException:
        db.commit()  # every added article is complete: keep them
        raise
    return n


def write_outputs(
    db: GraphDatabase,
    folder: str | Path,
    *,
    store: bool = True,
    exports: bool = True,
    base: str = DEFAULT_BASE,
    result: BuildResult | None = None,
    processes: int = 1,
    keep_changes: int | None = None,
    streamed: pieces.ArticleStream | None = None,
) -> list[str]:
    """Bring the folder's outputs up to the database's contents; returns the outputs written.

    Outputs that already hold the current generation, with nothing changed since, are left
    alone. ``store=False`` leaves graph.trig and the store as they are (then stale);
    ``exports=False`` removes statements.jsonl and graph.trig when they would be stale.
    graph.trig and a new store are made in pieces by ``processes`` workers (``buildfolder.pieces``);
    ``streamed``: a new store the build began (``pieces.ArticleStream``), finished if a new
    store is written.
    """
    folder = Path(folder)
    gen = outputs.generation(db)
    changed = db.has_dirty() or (store and _without_counts(db))
    if changed:
        gen += 1
        changelog.record(db, gen, keep_changes)  # what the generation changed, for property-graph loads
        db.set_meta("generation", gen)
    written: list[str] = []

    def current(name: str, filename: str) -> bool:
        return outputs.output_generation(db, name) == gen and (folder / filename).exists()

    with ExitStack() as stack:
        # statements.jsonl is written by a worker of its own while the RDF is made
        statements = None
        if processes > 1 and exports and not current("statements", outputs.STATEMENTS_NAME):
            from graphbuilder.engine.local import in_background

            statements = stack.enter_context(in_background(_write_statements_of, db.path, folder))
        counts = functools.cache(lambda: connections.render(db, base))  # made once, when first wanted
        # in one process, statements.jsonl is written while the new store's last load runs
        early: list[bool] = []
        meanwhile: Callable[[], None] | None = None
        if statements is None and exports and not current("statements", outputs.STATEMENTS_NAME):
            def meanwhile() -> None:
                try:
                    outputs.write_statements(db, folder)
                except OSError:  # not the store's failure: written again after it, and said there
                    return
                early.append(True)
        _write_rdf(db, folder, gen, store=store, exports=exports, base=base, processes=processes,
                   written=written, counts=counts, streamed=streamed, meanwhile=meanwhile)

        def write_trig() -> None:
            pieces.write_trig(db, folder, base, processes)
            connections.append_to_trig(counts(), folder / outputs.TRIG_NAME, base)

        def write_statements() -> None:
            if statements is not None:
                statements.result()
            elif not early:
                outputs.write_statements(db, folder)

        for name, filename, write in (("trig", outputs.TRIG_NAME, write_trig if store else None),
                                      ("statements", outputs.STATEMENTS_NAME, write_statements)):
            if current(name, filename) or write is None:
                continue
            if exports:
                write()
                outputs.mark(db, name, gen)
                written.append(name)
            else:  # a stale export would mislead: gone until the next build that writes exports
                (folder / filename).unlink(missing_ok=True)
    if result is not None:
        result.outputs = written
    return written


def _write_statements_of(path: Path, folder: Path) -> None:
    """statements.jsonl from the graph.db at ``path`` (in a worker of its own)."""
    db = GraphDatabase(path, readonly=True)
    try:
        outputs.write_statements(db, folder)
    finally:
        db.close()


#: graph.db's record of the generation whose connection counts the store holds.
COUNTS_MARK = "connections"


def _without_counts(db: GraphDatabase) -> bool:
    """The folder's RDF was written by a graphbuilder that stored no connection counts: the
    next build writes every output again (with them), even with nothing new."""
    return (outputs.output_generation(db, "store") is not None
            and outputs.output_generation(db, COUNTS_MARK) is None)


def _write_rdf(db: GraphDatabase, folder: Path, gen: int, *, store: bool, exports: bool, base: str,
               processes: int, written: list[str], counts: Callable[[], bytes],
               streamed: pieces.ArticleStream | None = None,
               meanwhile: Callable[[], None] | None = None) -> None:
    """The store (with graph.trig in the same pass when it is made anew); both end with the
    connection counts, rewritten whole. ``meanwhile``: called while a new store's last load
    runs (see ``pieces.write``); not called when the store is updated or left alone."""
    if store:
        if outputs.output_generation(db, "store") != gen or not outputs.store_is_usable(folder):
            incremental = (outputs.store_is_usable(folder)
                           and outputs.output_generation(db, "store") is not None
                           and not outputs.mostly_new(db))
            if incremental:
                outputs.update_store(db, folder, base)
                connections.replace_in_store(counts(), folder / outputs.STORE_NAME, base)
            else:  # the counts end the new store and graph.trig, loaded with the rest
                pieces.load_fresh(db, folder, base, trig=exports, processes=processes, last=counts,
                                  streamed=streamed, meanwhile=meanwhile)
                if exports:
                    outputs.mark(db, "trig", gen)
                    written.append("trig")
            db.begin()
            db.clear_dirty()
            outputs.mark(db, "store", gen)
            outputs.mark(db, COUNTS_MARK, gen)
            db.commit()
            written.append("store")


"""Every core of one machine: the whole per-article work in worker processes.

The parent reads the inputs (so unreadable ones are reported in input order) and sends
batches of articles to ``processes`` workers; each worker parses a batch with spaCy, runs
:meth:`Pipeline.process` on every article (extract, type, resolve) and sends back database
rows (:func:`graphbuilder.buildfolder.rows.article_rows`). Results come back in input
order, so the build is the same, byte for byte, whatever the number of processes. Tasks are
small (``TASK_ARTICLES``) so the workers finish together, and at most four per worker are
in flight: memory stays flat on any corpus.

With one process nothing is forked: the same batches run in the parent.

The same workers serve the build folder's outputs (:func:`in_workers`: graph.trig and the
store made in pieces, ``buildfolder.pieces``; :func:`in_background`: statements.jsonl
written beside them), so the parent only merges and joins.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager, suppress
from itertools import islice
from typing import Any, TypeVar

from graphbuilder.buildfolder.rows import ArticleRows, article_rows
from graphbuilder.engine.collector import is_set_aside
from graphbuilder.errors import ResolutionError
from graphbuilder.model import Article
from graphbuilder.nlp import load_pipeline, parsing
from graphbuilder.pipeline import Pipeline, RuleEventClassifier

T = TypeVar("T")
R = TypeVar("R")

#: What one batch gives back: rows of the built articles, (source, reason) of the failed ones.
BatchResult = tuple[list[ArticleRows], list[tuple[str, str]]]

_worker_pipeline: Pipeline | None = None
_worker_batches = 0
#: Articles per task sent to a worker process.
TASK_ARTICLES = 8


def process_batch(pipeline: Pipeline, articles: list[Article]) -> BatchResult:
    """Parse and process ``articles``; an article whose extraction fails is reported, not fatal."""
    nlp = load_pipeline(pipeline.model)
    built: list[ArticleRows] = []
    failed: list[tuple[str, str]] = []
    docs = nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=pipeline.batch_size)
    for doc, article in parsing(docs):
        try:
            built.append(article_rows(pipeline.process(article, doc)))
        except Exception as err:  # a defect on one article must not sink the whole run
            failed.append((article.source or article.id, f"extraction failed ({type(err).__name__}: {err})"))
    return built, failed


def prepare_stages(pipeline: Pipeline) -> None:
    """Load now what the default stages would load on their first article: the modules of
    extraction, event typing and resolution, and the actor gazetteer they read (about a
    second of CPU, once per process). A build calls it before its first batch, and before it
    forks worker processes, which then share what was loaded; a second call costs nothing."""
    import graphbuilder.extract.candidate  # noqa: F401  (Pipeline.process aligns with it)
    import graphbuilder.resolve  # noqa: F401
    from graphbuilder.resolve.gazetteer import load_gazetteer

    if isinstance(pipeline.classifier, RuleEventClassifier):
        import graphbuilder.events  # noqa: F401
    with suppress(ResolutionError):  # unreadable: each article fails on it and is reported, as before
        load_gazetteer()


def _init_worker(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline
    gc.freeze()  # the model the worker was forked with (see long_lived_set_aside)


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this worker when its parent dies (even by SIGKILL), so an
    interrupted build leaves no orphaned workers behind."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    pr_set_pdeathsig = 1
    with suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


def _run_in_worker(articles: list[Article]) -> BatchResult:
    assert _worker_pipeline is not None
    global _worker_batches
    result = process_batch(_worker_pipeline, articles)
    _worker_batches += 1
    if _worker_batches == 1:
        _freeze_survivors()  # what the first batch loaded for good (see long_lived_set_aside)
    return result


def _freeze_survivors() -> None:
    """Collect, then freeze what is left: what lives on, not the garbage of the batch."""
    gc.collect()
    gc.freeze()


def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def run_batches(pipeline: Pipeline, articles: Iterable[Article], processes: int) -> Iterator[BatchResult]:
    """Batch results in input order, from ``processes`` workers (1: in this process)."""
    if processes <= 1:
        prepare_stages(pipeline)
        if is_set_aside():
            gc.freeze()  # the model and the stages' tables loaded since the build's block began
        for n, batch in enumerate(batches(articles, max(1, pipeline.batch_size * 2))):
            yield process_batch(pipeline, batch)
            if n == 0 and is_set_aside():
                _freeze_survivors()  # what the first batch loaded for good (the build hands it back)
        return
    # Fork where the platform has it: workers start at once and share the parent's loaded
    # model pages; elsewhere each worker loads the model itself.
    if "fork" in multiprocessing.get_all_start_methods():
        load_pipeline(pipeline.model)
        prepare_stages(pipeline)  # loaded once here: the forked workers share it
    # small tasks keep every worker busy to the end (the last task is all that may run alone)
    size = max(1, min(pipeline.batch_size, TASK_ARTICLES))
    yield from in_workers(_run_in_worker, batches(articles, size), processes, _init_worker, (pipeline,))


def in_workers(
    work: Callable[[T], R],
    tasks: Iterable[T],
    processes: int,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[R]:
    """``work(task)`` for each task, run in ``processes`` worker processes, results in task order.

    At most four tasks per worker are in flight, so memory stays flat however many tasks
    there are. ``work`` and ``initializer`` must be module-level functions. Workers are forked
    where the platform can (they start at once and share the parent's pages) and die with
    the parent.
    """
    with ProcessPoolExecutor(processes, mp_context=_context(), initializer=_start_worker,
                             initargs=(initializer, initargs)) as pool:
        pending: deque[Future[R]] = deque()
        for task in tasks:
            pending.append(pool.submit(work, task))
            if len(pending) >= 4 * processes:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _start_worker(initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    _die_with_parent()
    if initializer is not None:
        initializer(*initargs)


@contextmanager
def in_background(work: Callable[..., R], *args: Any) -> Iterator[Future[R]]:
    """``work(*args)`` started in a worker process of its own; its future (the worker is waited
    for when the block ends). ``work`` must be a module-level function."""
    with ProcessPoolExecutor(1, mp_context=_context(), initializer=_start_worker,
                             initargs=(None, ())) as pool:
        future = pool.submit(work, *args)
        try:
            yield future
        except BaseException:
            future.cancel()
            raise

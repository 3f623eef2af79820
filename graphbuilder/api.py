"""The public Python API: build a KnowledgeGraph or stream statements from articles.

Inputs may be ``Path`` objects (files, directories, ``Path("-")`` for stdin), texts
(``str``, always read as the text of one article, never as a path), :class:`Article`
objects, or any iterable mixing them. Bad inputs are skipped and recorded in the
``RunReport`` when one is passed, else each is a ``SkippedInputWarning``; nothing here
prints. The stages themselves are in :mod:`graphbuilder.pipeline`.

    >>> import graphbuilder as gb
    >>> kg = gb.build(["Putin met Trump in Helsinki."])
    >>> [(s.subject_id, s.predicate, s.object_id) for s in kg.statements.values()]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.ingest import Input
from graphbuilder.ingest import iter_articles as _iter_articles
from graphbuilder.model import Article
from graphbuilder.pipeline import Pipeline, ProgressHook
from graphbuilder.report import RunReport

if TYPE_CHECKING:
    from graphbuilder.resolve import ArticleGraph


def iter_articles(inputs: Input | Iterable[Input], report: RunReport | None = None) -> Iterator[Article]:
    """Articles from Paths, texts or Article objects; unreadable inputs go to ``report``.

    A ``str`` is always the text of an article; files and directories are given as ``Path``
    (``Path("-")`` reads stdin).
    """
    report = report if report is not None else RunReport()
    return _iter_articles([inputs] if isinstance(inputs, (str, Path, Article)) else inputs, report)


def iter_article_graphs(
    inputs: Input | Iterable[Input],
    *,
    report: RunReport | None = None,
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    on_article: ProgressHook | None = None,
    pipeline: Pipeline | None = None,
) -> Iterator[ArticleGraph]:
    """One ArticleGraph per readable article, streamed: memory stays flat on big corpora.

    ``pipeline`` replaces the default stages (see :mod:`graphbuilder.pipeline`); ``model``,
    ``batch_size`` and ``n_process`` configure the default one. Skipped inputs go to
    ``report``, or are warned about (SkippedInputWarning) when no report is given.
    """
    if pipeline is None:
        pipeline = Pipeline(model=model, batch_size=batch_size, n_process=n_process)
    return pipeline.run(inputs, report, on_article)


def build(
    inputs: Input | Iterable[Input],
    *,
    into: KnowledgeGraph | None = None,
    report: RunReport | None = None,
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    on_article: ProgressHook | None = None,
    pipeline: Pipeline | None = None,
) -> KnowledgeGraph:
    """Build (or extend ``into``) a KnowledgeGraph from the inputs.

    Raises GraphBuilderError subclasses only for problems that stop the whole run (no
    model); unreadable inputs are skipped and recorded in ``report``.
    """
    kg = into if into is not None else KnowledgeGraph()
    for ag in iter_article_graphs(
        inputs,
        report=report,
        model=model,
        batch_size=batch_size,
        n_process=n_process,
        on_article=on_article,
        pipeline=pipeline,
    ):
        kg.add(ag)
    return kg


def extract(
    inputs: Input | Iterable[Input],
    *,
    report: RunReport | None = None,
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    pipeline: Pipeline | None = None,
) -> Iterator[dict[str, Any]]:
    """Statement JSON records, streamed article by article (no store is built)."""
    for ag in iter_article_graphs(
        inputs, report=report, model=model, batch_size=batch_size, n_process=n_process, pipeline=pipeline
    ):
        kg = KnowledgeGraph()
        kg.add(ag)
        yield from kg.records()


def build_folder(
    inputs: Input | Iterable[Input],
    out: str | Path,
    *,
    report: RunReport | None = None,
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    on_article: ProgressHook | None = None,
    store: bool = True,
    pipeline: Pipeline | None = None,
) -> KnowledgeGraph:
    """Build into the folder ``out``, merging with what a previous build left there, and
    return the folder's whole graph (read back into memory: for small folders).

    The build itself streams (``graphbuilder.buildfolder.build``, which returns counts
    only: use it for big corpora); ``n_process`` worker processes run the per-article work.
    Writes ``graph.db``, ``statements.jsonl``, ``graph.trig`` and the Oxigraph store
    (``store=False`` skips the last two). An interrupted run keeps every article built.
    """
    from graphbuilder.buildfolder import build as build_into
    from graphbuilder.sinks.folder import read_folder

    if pipeline is None:
        pipeline = Pipeline(model=model, batch_size=batch_size)
    build_into(inputs, out, report=report, pipeline=pipeline, processes=n_process, store=store,
               on_article=on_article)
    return read_folder(out)

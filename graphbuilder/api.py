"""The public Python API: build a KnowledgeGraph or stream statements from articles.

Inputs may be paths (files, directories, ``-`` for stdin), raw texts, :class:`Article`
objects, or any iterable mixing them. Bad inputs are skipped and recorded in the
``RunReport``; nothing here prints.

    >>> import graphbuilder as gb
    >>> kg = gb.build(["Putin met Trump in Helsinki."])
    >>> [(s.subject_id, s.predicate, s.object_id) for s in kg.statements.values()]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from graphbuilder.extract import extract_candidates
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.ingest import article_from_text, read_inputs
from graphbuilder.model import Article
from graphbuilder.nlp import load_pipeline
from graphbuilder.report import RunReport
from graphbuilder.resolve import ArticleGraph, resolve_article

Input = str | Path | Article
ProgressHook = Callable[[Article], None]


def iter_articles(inputs: Input | Iterable[Input], report: RunReport | None = None) -> Iterator[Article]:
    """Articles from paths, texts or Article objects; unreadable inputs go to ``report``."""
    report = report if report is not None else RunReport()
    if isinstance(inputs, (str, Path, Article)):
        inputs = [inputs]
    for item in inputs:
        if isinstance(item, Article):
            report.articles += 1
            yield item
        elif isinstance(item, Path) or (isinstance(item, str) and _looks_like_path(item)):
            yield from read_inputs([str(item)], report)
        elif isinstance(item, str):
            report.articles += 1
            yield article_from_text(item)
        else:
            raise TypeError(f"cannot read {type(item).__name__} as an article")


def _looks_like_path(s: str) -> bool:
    if s == "-":
        return True
    if "\n" in s or len(s) > 4096:
        return False
    return Path(s).exists() or (
        ("/" in s or s.endswith((".txt", ".html", ".htm", ".jsonl"))) and " " not in s
    )


def iter_article_graphs(
    inputs: Input | Iterable[Input],
    *,
    report: RunReport | None = None,
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    on_article: ProgressHook | None = None,
) -> Iterator[ArticleGraph]:
    """One ArticleGraph per readable article, streamed: memory stays flat on big corpora."""
    nlp = load_pipeline(model)
    report = report if report is not None else RunReport()
    articles = iter_articles(inputs, report)
    stream = nlp.pipe(
        ((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size, n_process=n_process
    )
    for doc, article in stream:
        try:
            candidates = list(extract_candidates(doc, reference_date=article.published))
            article_graph = resolve_article(article, doc, candidates)
        except Exception as err:  # a defect on one article must not sink the whole run
            if report is None:
                raise
            report.skip(article.source or article.id, f"extraction failed ({type(err).__name__}: {err})")
            continue
        yield article_graph
        if on_article is not None:
            on_article(article)


def build(
    inputs: Input | Iterable[Input],
    *,
    into: KnowledgeGraph | None = None,
    report: RunReport | None = None,
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    on_article: ProgressHook | None = None,
) -> KnowledgeGraph:
    """Build (or extend ``into``) a KnowledgeGraph from the inputs.

    Raises GraphBuilderError subclasses only for problems that stop the whole run (no
    model); unreadable inputs are skipped and recorded in ``report``.
    """
    kg = into if into is not None else KnowledgeGraph()
    for ag in iter_article_graphs(
        inputs, report=report, model=model, batch_size=batch_size, n_process=n_process, on_article=on_article
    ):
        kg.add_article(ag.article, ag.sentences, ag.entities, ag.mentions, ag.statements)
    return kg


def extract(
    inputs: Input | Iterable[Input],
    *,
    report: RunReport | None = None,
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
) -> Iterator[dict[str, Any]]:
    """Statement JSON records, streamed article by article (no store is built)."""
    for ag in iter_article_graphs(
        inputs, report=report, model=model, batch_size=batch_size, n_process=n_process
    ):
        kg = KnowledgeGraph()
        kg.add_article(ag.article, ag.sentences, ag.entities, ag.mentions, ag.statements)
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
) -> KnowledgeGraph:
    """Build into the folder ``out``, merging with what a previous build left there.

    Writes ``graph.jsonl`` (the whole graph), ``statements.jsonl``, ``graph.trig`` and the
    Oxigraph store (``store=False`` skips the last two). Interrupted runs still write what
    was built so far, so nothing already processed is lost.
    """
    from graphbuilder.endpoint import check_not_served
    from graphbuilder.sinks.folder import read_folder, write_folder

    if store:
        check_not_served(out)
    kg = read_folder(out)
    try:
        build(
            inputs,
            into=kg,
            report=report,
            model=model,
            batch_size=batch_size,
            n_process=n_process,
            on_article=on_article,
        )
    finally:
        write_folder(kg, out, rdf=store)
    return kg

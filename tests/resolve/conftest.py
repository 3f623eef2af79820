"""Helpers for resolution tests: resolve a text with the session model, build candidates by hand."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Doc, Span

from graphbuilder.extract import Candidate, extract_candidates
from graphbuilder.ingest import article_from_text
from graphbuilder.pipeline import Pipeline
from graphbuilder.resolve import ArticleGraph

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"  # as tests/conftest.py
SEED = SHARED_DATA / "seed" / "kursk-appeal-2025-03.txt"


def span_of(doc: Doc, text: str, occurrence: int = 0) -> Span:
    """The token span covering the ``occurrence``-th appearance of ``text`` in ``doc``."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(text, start + 1)
    span = doc.char_span(start, start + len(text), alignment_mode="strict")
    assert span is not None, f"{text!r} is not on token boundaries"
    return span


def make_candidate(
    doc: Doc,
    subject: str,
    relation: str,
    obj: str | None,
    *,
    predicate: str | None = None,
    speaker: str | None = None,
    reporter: str | None = None,
    construct: str = "svo",
) -> Candidate:
    """A candidate over ``doc`` from surface strings (each the first occurrence in the text)."""
    rel = span_of(doc, relation)
    subj = span_of(doc, subject)
    return Candidate(
        sentence=subj.sent,
        subject=subj,
        relation=tuple(rel),
        predicate=predicate or "_".join(t.lemma_.lower() for t in rel),
        object=span_of(doc, obj) if obj is not None else None,
        verb=rel.root,
        construct=construct,
        speaker=span_of(doc, speaker) if speaker else None,
        reporter=span_of(doc, reporter) if reporter else None,
    )


@pytest.fixture(scope="session")
def resolve_text(nlp) -> Callable[..., ArticleGraph]:
    """``resolve_text(text, published=None)`` -> the ArticleGraph from the real extractor."""

    def run(
        text: str, published: str | None = None, candidates: list[Candidate] | None = None
    ) -> ArticleGraph:
        article = article_from_text(text, published=published)
        doc = nlp(article.text)
        cands = list(extract_candidates(doc, published)) if candidates is None else candidates
        return Pipeline(extractor=lambda _doc, _article: cands).process(article, doc)

    return run


@pytest.fixture(scope="session")
def seed_graph(nlp) -> ArticleGraph:
    """The seed article (read by path from ../shared), resolved once per session."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent")
    text = SEED.read_text(encoding="utf-8")
    article = article_from_text(text)
    doc = nlp(article.text)
    return Pipeline().process(article, doc)


@pytest.fixture(scope="session")
def candidate() -> Callable[..., Candidate]:
    """``candidate(doc, subject, relation, obj, **kw)``: see :func:`make_candidate`."""
    return make_candidate

"""Resolution: candidates (token spans) -> Statements over canonical Entities, with Evidence.

``resolve_article(article, doc, candidates)`` is the one entry point the pipeline calls. It
clusters mentions within the article (aliases, acronyms, titles, role nominals, pronouns),
links clusters to the gazetteer, and gives every entity a deterministic id so that the
same actor in two articles is one node.
"""

from __future__ import annotations

from typing import NamedTuple

from graphbuilder.model import Article, Entity, Mention, Sentence, Statement


class ArticleGraph(NamedTuple):
    """What one article contributes to a KnowledgeGraph."""

    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    statements: tuple[Statement, ...]


from graphbuilder.resolve.article import resolve_article  # noqa: E402

__all__ = ["ArticleGraph", "resolve_article"]

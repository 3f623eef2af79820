"""graphbuilder: knowledge graphs of who did what to whom in political news.

Every statement links back to the exact sentence, character offsets and article it came from.

The functions that parse text (``build``, ``extract``, ``iter_article_graphs``,
``iter_articles``) are imported on first use, so ``import graphbuilder`` (and every command
that only reads a build) does not load spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.model import Article, Entity, Evidence, Mention, Sentence, Statement
from graphbuilder.report import RunReport

if TYPE_CHECKING:
    from graphbuilder.api import build, extract, iter_article_graphs, iter_articles

__all__ = [
    "Article",
    "Entity",
    "Evidence",
    "KnowledgeGraph",
    "Mention",
    "RunReport",
    "Sentence",
    "Statement",
    "build",
    "extract",
    "iter_article_graphs",
    "iter_articles",
]
__version__ = "0.1.0"

_FROM_API = ("build", "extract", "iter_article_graphs", "iter_articles")


def __getattr__(name: str) -> Any:
    if name in _FROM_API:
        from graphbuilder import api

        return getattr(api, name)
    raise AttributeError(f"module 'graphbuilder' has no attribute {name!r}")

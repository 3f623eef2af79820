"""graphbuilder: knowledge graphs of who did what to whom in political news.

Every statement links back to the exact sentence, character offsets and article it came from.

``import graphbuilder`` does not load spaCy (2-4 s): the stages import it when they first
run, so commands that only read a build start at once.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

from graphbuilder.api import build, extract, iter_article_graphs, iter_articles
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.model import Article, Entity, Evidence, Mention, Sentence, Statement
from graphbuilder.report import RunReport

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

_FUNCTIONS = {"build": build, "extract": extract, "iter_article_graphs": iter_article_graphs,
              "iter_articles": iter_articles}


class _Package(ModuleType):
    """Keeps ``graphbuilder.extract`` the API function when the subpackage of that name is
    first imported (Python binds a subpackage to its parent's attribute of the same name)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _FUNCTIONS and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

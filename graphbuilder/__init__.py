"""graphbuilder: knowledge graphs of who did what to whom in political news.

Every statement links back to the exact sentence, character offsets and article it came from.
"""

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

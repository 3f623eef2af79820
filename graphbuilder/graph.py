"""KnowledgeGraph: the merged result of one or many articles, and its merge semantics.

Identity rules (DESIGN.md): articles by id, entities by id (aliases and codes unite),
statements by (subject, predicate, object, negated) with evidence accumulating. Adding the
same article twice changes nothing; adding a new article adds evidence, never duplicates.
Rebuilding an article replaces what that article contributed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from graphbuilder.model import Article, Entity, Evidence, Mention, Sentence, Statement, statement_record

if TYPE_CHECKING:
    from graphbuilder.resolve import ArticleGraph


@dataclass
class KnowledgeGraph:
    articles: dict[str, Article] = field(default_factory=dict)
    sentences: dict[str, Sentence] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: dict[tuple[str, int, int], Mention] = field(default_factory=dict)
    statements: dict[str, Statement] = field(default_factory=dict)

    # --- building ----------------------------------------------------------------------

    def add(self, article_graph: ArticleGraph) -> None:
        """Add what one article contributes (a pipeline's output); see :meth:`add_article`."""
        ag = article_graph
        self.add_article(ag.article, ag.sentences, ag.entities, ag.mentions, ag.statements)

    def add_article(
        self,
        article: Article,
        sentences: Iterable[Sentence] = (),
        entities: Iterable[Entity] = (),
        mentions: Iterable[Mention] = (),
        statements: Iterable[Statement] = (),
    ) -> None:
        """Add one article's contribution; an article already present is replaced."""
        if article.id in self.articles:
            self.remove_article(article.id)
        self.articles[article.id] = article
        for s in sentences:
            self.sentences[s.id] = s
        for e in entities:
            self.add_entity(e)
        for m in mentions:
            self.mentions[(m.article_id, m.start, m.end)] = m
        for st in statements:
            self.add_statement(st)

    def add_entity(self, entity: Entity) -> None:
        known = self.entities.get(entity.id)
        self.entities[entity.id] = known.merged_with(entity) if known else entity

    def add_statement(self, statement: Statement) -> None:
        known = self.statements.get(statement.id)
        if known is None:
            self.statements[statement.id] = replace(statement, evidence=()).with_evidence(statement.evidence)
        else:
            merged = known.with_evidence(statement.evidence)
            if merged.event_type is None and statement.event_type is not None:
                merged = replace(merged, event_type=statement.event_type, cameo_code=statement.cameo_code)
            self.statements[statement.id] = merged

    def remove_article(self, article_id: str) -> None:
        """Drop everything an article contributed (its evidence; statements left bare go)."""
        self.articles.pop(article_id, None)
        self.sentences = {k: s for k, s in self.sentences.items() if s.article_id != article_id}
        self.mentions = {k: m for k, m in self.mentions.items() if m.article_id != article_id}
        kept: dict[str, Statement] = {}
        for sid, st in self.statements.items():
            evidence = tuple(e for e in st.evidence if e.article_id != article_id)
            if evidence:
                kept[sid] = replace(st, evidence=evidence) if len(evidence) != len(st.evidence) else st
        self.statements = kept
        referenced = self._referenced_entities()
        self.entities = {k: e for k, e in self.entities.items() if k in referenced}

    def _referenced_entities(self) -> set[str]:
        """Ids of entities that a mention, a statement or an evidence's speaker or outlet names."""
        ids = {m.entity_id for m in self.mentions.values()}
        for st in self.statements.values():
            ids.add(st.subject_id)
            if st.object_id:
                ids.add(st.object_id)
            for ev in st.evidence:
                for ref in (ev.attributed_to, ev.reported_by):
                    if ref is not None:
                        ids.add(ref.entity_id)
        return ids

    def merge(self, other: KnowledgeGraph) -> KnowledgeGraph:
        """Merge ``other`` into this graph (in place) and return this graph."""
        for article in other.articles.values():
            if article.id in self.articles:
                self.remove_article(article.id)
            self.articles[article.id] = article
        self.sentences.update(other.sentences)
        for e in other.entities.values():
            self.add_entity(e)
        self.mentions.update(other.mentions)
        for st in other.statements.values():
            self.add_statement(st)
        return self

    # --- reading -----------------------------------------------------------------------

    def evidence(self) -> Iterator[tuple[Statement, Evidence]]:
        """Every (statement, evidence) pair, in a stable order."""
        for st in sorted(self.statements.values(), key=lambda s: s.id):
            for ev in st.evidence:
                yield st, ev

    def records(self) -> Iterator[dict[str, Any]]:
        """Statement JSON lines records, ordered by article, sentence and position."""
        pairs = sorted(
            self.evidence(),
            key=lambda p: (p[1].article_id, p[1].sentence.index, p[1].relation_start, p[0].id),
        )
        for st, ev in pairs:
            yield statement_record(st, ev)

    def entity_mentions(self, entity_id: str) -> list[Mention]:
        return sorted(
            (m for m in self.mentions.values() if m.entity_id == entity_id),
            key=lambda m: (m.article_id, m.start),
        )

    def find_entities(self, name: str) -> list[Entity]:
        """Entities whose name or an alias equals ``name`` (case-insensitive)."""
        n = name.casefold()
        return [
            e
            for e in self.entities.values()
            if e.name.casefold() == n or any(a.casefold() == n for a in e.aliases)
        ]

    def summary(self) -> dict[str, int]:
        return {
            "articles": len(self.articles),
            "sentences": len(self.sentences),
            "entities": len(self.entities),
            "mentions": len(self.mentions),
            "statements": len(self.statements),
            "evidence": sum(len(s.evidence) for s in self.statements.values()),
        }

    # --- conversions for notebooks: thin wrappers that import their sink when called -----
    # (graph.py imports no sink at module level, so the import graph has no circle)

    def to_rdf(self, base: str | None = None) -> Any:
        """An rdflib Dataset with one named graph per article (see sinks.rdf)."""
        from graphbuilder.sinks import rdf

        return rdf.to_dataset(self, base=base) if base else rdf.to_dataset(self)

    def to_networkx(self) -> Any:
        """A networkx MultiDiGraph of entities joined by statements (see sinks.networkx)."""
        from graphbuilder.sinks import networkx as nx_sink

        return nx_sink.to_networkx(self)

    def sparql(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """Run a SPARQL query over this graph in memory (Oxigraph); returns rows as dicts."""
        from graphbuilder.sinks import oxigraph_store

        return oxigraph_store.query_graph(self, query, **params)

    def __len__(self) -> int:
        return len(self.statements)

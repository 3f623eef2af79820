"""KnowledgeGraph: the merged result of one or many articles, and its merge semantics.

Identity rules (DESIGN.md): articles by id, entities by id (aliases and codes unite),
statements by (subject, predicate, object, negated) with evidence accumulating. Adding the
same article twice changes nothing; adding a new article adds evidence, never duplicates.
Rebuilding an article replaces what that article contributed.

What spans articles is *derived* from what each article still in the graph contributed,
never accumulated, so a rebuilt or removed article leaves nothing stale behind and the
order articles arrive in does not matter (:func:`merged_entity`, :func:`merged_event`):

* an entity's name, codes and country are those of its earliest contribution (by article
  id) that has them; its aliases are every name and alias contributed; its type is voted,
  one vote per contribution ("Other" only when nobody says more), ties going to the
  earliest contribution;
* a statement's event type and CAMEO code are those of its earliest contribution with an
  event type.

The build folder's database (``graphbuilder.buildfolder``) applies the same two functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from graphbuilder.model import Article, Entity, Evidence, Mention, Sentence, Statement, statement_record

if TYPE_CHECKING:
    from graphbuilder.resolve import ArticleGraph


#: Where a contribution came from: (article id, position in that article's output); a
#: contribution added on its own (``add_entity``) has article id "" (it sorts first).
Origin = tuple[str, int]
EventCode = tuple[str | None, str | None]


def merged_entity(parts: Sequence[Entity]) -> Entity:
    """One entity from its contributions, given in origin order (earliest first).

    The result does not depend on the order articles were added in, only on which
    contributions there are (see the module docstring for the rules).
    """
    first = parts[0]
    if len(parts) == 1:
        return first
    votes: dict[str, int] = {}
    for p in parts:
        if p.type != "Other":
            votes[p.type] = votes.get(p.type, 0) + 1
    kind = first.type
    if votes:
        rank = {t: i for i, t in reversed(list(enumerate(p.type for p in parts)))}
        kind = max(votes, key=lambda t: (votes[t], -rank[t]))
    aliases: set[str] = set()
    for p in parts:
        aliases.update(p.aliases)
        aliases.add(p.name)
    aliases.discard(first.name)
    return Entity(
        first.id,
        first.name,
        kind,
        tuple(sorted(aliases)),
        actor_code=next((p.actor_code for p in parts if p.actor_code), None),
        country=next((p.country for p in parts if p.country), None),
        gazetteer_id=next((p.gazetteer_id for p in parts if p.gazetteer_id), None),
    )


def merged_event(parts: Sequence[EventCode]) -> EventCode:
    """A statement's (event type, CAMEO code) from its contributions in origin order."""
    return next((p for p in parts if p[0] is not None), parts[0])


@dataclass
class KnowledgeGraph:
    articles: dict[str, Article] = field(default_factory=dict)
    sentences: dict[str, Sentence] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: dict[tuple[str, int, int], Mention] = field(default_factory=dict)
    statements: dict[str, Statement] = field(default_factory=dict)
    #: What each origin contributed to an entity / a statement's event type; the public
    #: ``entities`` and statements' event types are derived from these.
    entity_parts: dict[str, dict[Origin, Entity]] = field(default_factory=dict, repr=False, compare=False)
    event_parts: dict[str, dict[Origin, EventCode]] = field(default_factory=dict, repr=False, compare=False)

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
        for pos, e in enumerate(entities):
            self._add_entity_part(e, (article.id, pos))
        for m in mentions:
            self.mentions[(m.article_id, m.start, m.end)] = m
        # one merge per statement: an article that states one fact a thousand times ("word word
        # word ...") must not re-sort the growing evidence a thousand times
        by_id: dict[str, list[tuple[int, Statement]]] = {}
        for pos, st in enumerate(statements):
            by_id.setdefault(st.id, []).append((pos, st))
        for group in by_id.values():
            for pos, st in group[:-1]:
                self.event_parts.setdefault(st.id, {})[(article.id, pos)] = (st.event_type, st.cameo_code)
            pos, last = group[-1]
            evidence = tuple(e for _, st in group for e in st.evidence)
            self._add_statement_part(replace(last, evidence=evidence), (article.id, pos))

    def add_entity(self, entity: Entity) -> None:
        """Add an entity on its own (no article); it merges with what articles say of it."""
        self._add_entity_part(entity, ("", len(self.entity_parts.get(entity.id, ()))))

    def add_statement(self, statement: Statement) -> None:
        """Add a statement on its own; its evidence joins the statement's."""
        self._add_statement_part(statement, ("", len(self.event_parts.get(statement.id, ()))))

    def _add_entity_part(self, entity: Entity, origin: Origin) -> None:
        parts = self.entity_parts.setdefault(entity.id, {})
        parts[origin] = entity
        self.entities[entity.id] = merged_entity([parts[o] for o in sorted(parts)])

    def _add_statement_part(self, statement: Statement, origin: Origin) -> None:
        sid = statement.id
        parts = self.event_parts.setdefault(sid, {})
        parts[origin] = (statement.event_type, statement.cameo_code)
        event_type, cameo_code = merged_event([parts[o] for o in sorted(parts)])
        known = self.statements.get(sid)
        base = replace(statement, evidence=()) if known is None else known
        merged = base.with_evidence(statement.evidence)
        if (merged.event_type, merged.cameo_code) != (event_type, cameo_code):
            merged = replace(merged, event_type=event_type, cameo_code=cameo_code)
        self.statements[sid] = merged

    def remove_article(self, article_id: str) -> None:
        """Drop everything an article contributed; what spans articles is derived again from
        what is left (statements left with no evidence go, and entities no one contributes)."""
        self.articles.pop(article_id, None)
        self.sentences = {k: s for k, s in self.sentences.items() if s.article_id != article_id}
        self.mentions = {k: m for k, m in self.mentions.items() if m.article_id != article_id}
        kept: dict[str, Statement] = {}
        for sid, st in self.statements.items():
            evidence = tuple(e for e in st.evidence if e.article_id != article_id)
            parts = self.event_parts.get(sid)
            if parts is None:  # no recorded contributions (a loaded snapshot): evidence decides
                if evidence:
                    kept[sid] = replace(st, evidence=evidence) if len(evidence) != len(st.evidence) else st
                continue
            if any(o[0] == article_id for o in parts):
                parts = {o: c for o, c in parts.items() if o[0] != article_id}
                self.event_parts[sid] = parts
            if not evidence or not parts:
                self.event_parts.pop(sid, None)
                continue
            code = merged_event([parts[o] for o in sorted(parts)])
            if len(evidence) != len(st.evidence) or (st.event_type, st.cameo_code) != code:
                st = replace(st, evidence=evidence, event_type=code[0], cameo_code=code[1])
            kept[sid] = st
        self.statements = kept
        for eid in list(self.entities):
            contributed = self.entity_parts.get(eid)
            if contributed is None:  # an entity with no recorded contributions (a loaded snapshot)
                continue
            if any(o[0] == article_id for o in contributed):
                left = {o: e for o, e in contributed.items() if o[0] != article_id}
                if left:
                    self.entity_parts[eid] = left
                    self.entities[eid] = merged_entity([left[o] for o in sorted(left)])
                else:
                    del self.entity_parts[eid]
                    del self.entities[eid]

    def merge(self, other: KnowledgeGraph) -> KnowledgeGraph:
        """Merge ``other`` into this graph (in place) and return this graph; an article in
        both is ``other``'s afterwards."""
        for article_id in other.articles:
            if article_id in self.articles:
                self.remove_article(article_id)
        self.articles.update(other.articles)
        self.sentences.update(other.sentences)
        for eid, e in other.entities.items():
            for origin, part in (other.entity_parts.get(eid) or {("", 0): e}).items():
                self._add_entity_part(part, origin)
        self.mentions.update(other.mentions)
        for sid, st in other.statements.items():
            codes = other.event_parts.get(sid) or {("", 0): (st.event_type, st.cameo_code)}
            for origin, (event_type, cameo_code) in codes.items():
                self._add_statement_part(replace(st, event_type=event_type, cameo_code=cameo_code), origin)
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
            "asserted": sum(1 for s in self.statements.values() if s.asserted),
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
        from graphbuilder.query.sparql import query_graph

        return query_graph(self, query, **params)

    def __len__(self) -> int:
        return len(self.statements)

    # --- seeing the graph (graphbuilder.view; needs the notebooks extra) -----------------

    def show(self, actor: str | None = None, event_type: str | None = None, since: str | None = None,
             min_evidence: int = 1, modality: str | None = "asserted",
             color_by: str = "type", height: int = 560) -> Any:
        """The actor network as a notebook widget (ipysigma); click an actor to list its statements."""
        from graphbuilder.view import notebook, selection

        sel = selection(actor, event_type, since, min_evidence, modality)
        return notebook.show(self, sel, color_by, height)

    def timeline(self, actor: str | None = None, by: str = "event_type", freq: str = "W",
                 event_type: str | None = None, since: str | None = None, min_evidence: int = 1,
                 modality: str | None = "asserted",
                 plot: bool = False) -> Any:
        """Events per week (``freq="M"``: month) by PLOVER type as a DataFrame; ``plot`` draws it."""
        from graphbuilder.view import selection, timeline

        sel = selection(actor, event_type, since, min_evidence, modality)
        frame = timeline.timeline(self, sel, by=by, freq=freq)
        if plot:
            timeline.plot_timeline(frame, title=f"Events{' involving ' + actor if actor else ''} by {by}")
        return frame

    def dyads(self, actor: str | None = None, event_type: str | None = None, since: str | None = None,
              min_evidence: int = 1, modality: str | None = "asserted",
              top: int | None = None, plot: bool = False) -> Any:
        """Who acts on whom most, cooperative vs conflictual, as a DataFrame; ``plot`` draws it."""
        from graphbuilder.view import dyads, selection

        frame = dyads.dyads(self, selection(actor, event_type, since, min_evidence, modality), top=top)
        if plot:
            dyads.plot_dyads(frame, title="Most active dyads" + (f" of {actor}" if actor else ""))
        return frame

    def statements_frame(self, actor: str | None = None, event_type: str | None = None,
                         since: str | None = None, min_evidence: int = 1,
                         modality: str | None = "asserted") -> Any:
        """One row per statement and supporting sentence, as a pandas DataFrame."""
        from graphbuilder.view import frames, selection

        return frames.statements_frame(self, selection(actor, event_type, since, min_evidence, modality))

    def entities_frame(self) -> Any:
        """One row per entity with its mention and statement counts, as a pandas DataFrame."""
        from graphbuilder.view import frames

        return frames.entities_frame(self)

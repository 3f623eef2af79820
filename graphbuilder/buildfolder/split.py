"""A KnowledgeGraph cut back into what each article contributed (to store it by article).

Used to write an in-memory graph into a build folder and to import the graph.jsonl of an
older graphbuilder. An entity's contribution is the one the graph recorded for that
article, else (a graph read from a snapshot) the merged entity, given to every article
that names it; an entity no article names goes with the first article, so none is lost.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.model import Entity, Evidence, Mention, Sentence, Statement
from graphbuilder.resolve import ArticleGraph


def article_graphs(kg: KnowledgeGraph) -> Iterator[ArticleGraph]:
    """One ArticleGraph per article of ``kg``, by article id."""
    sentences: dict[str, list[Sentence]] = defaultdict(list)
    for s in kg.sentences.values():
        sentences[s.article_id].append(s)
    mentions: dict[str, list[Mention]] = defaultdict(list)
    named: dict[str, set[str]] = defaultdict(set)
    for m in kg.mentions.values():
        mentions[m.article_id].append(m)
        named[m.article_id].add(m.entity_id)
    statements: dict[str, list[Statement]] = defaultdict(list)
    for st in kg.statements.values():
        by_article: dict[str, list[Evidence]] = defaultdict(list)
        for ev in st.evidence:
            by_article[ev.article_id].append(ev)
        for article_id, evidence in by_article.items():
            code = (st.event_type, st.cameo_code)
            codes = kg.event_parts.get(st.id, {})
            own = [c for o, c in sorted(codes.items(), key=lambda item: item[0]) if o[0] == article_id]
            if own:
                code = next((c for c in own if c[0] is not None), own[0])
            statements[article_id].append(
                replace(st, evidence=tuple(evidence), event_type=code[0], cameo_code=code[1]))
            ids = named[article_id]
            ids.add(st.subject_id)
            if st.object_id:
                ids.add(st.object_id)
            for ev in evidence:
                for ref in (ev.attributed_to, ev.reported_by):
                    if ref is not None:
                        ids.add(ref.entity_id)
    recorded: dict[str, list[Entity]] = defaultdict(list)
    for contributed in kg.entity_parts.values():
        for (article_id, _), e in sorted(contributed.items(), key=lambda item: item[0]):
            recorded[article_id].append(e)
    article_ids = sorted(kg.articles)
    claimed = {e.id for a, es in recorded.items() if a in kg.articles for e in es}
    claimed |= {i for ids in named.values() for i in ids}
    claimed_by_parts = {e.id for a, es in recorded.items() if a in kg.articles for e in es}
    orphans = [e for eid, e in sorted(kg.entities.items()) if eid not in claimed]
    for n, article_id in enumerate(article_ids):
        entities = list(recorded.get(article_id, ()))
        have = {e.id for e in entities}
        entities += [kg.entities[i] for i in sorted(named[article_id])
                     if i in kg.entities and i not in have and i not in claimed_by_parts]
        if n == 0:
            entities += orphans
        yield ArticleGraph(
            kg.articles[article_id],
            tuple(sorted(sentences[article_id], key=lambda s: s.index)),
            tuple(entities),
            tuple(sorted(mentions[article_id], key=lambda m: (m.start, m.end))),
            tuple(sorted(statements[article_id], key=lambda s: s.id)),
        )

"""Minimal resolution (placeholder to be replaced by the coreference sieve)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from graphbuilder.extract.candidate import Candidate
from graphbuilder.model import (
    Argument,
    Article,
    Entity,
    Evidence,
    Mention,
    Sentence,
    Statement,
    entity_id,
    normalise_literal,
)


def resolve_article(article: Article, doc: Doc, candidates: list[Candidate]):  # type: ignore[no-untyped-def]
    from graphbuilder.resolve import ArticleGraph

    sentences = tuple(
        Sentence(article.id, i, s.start_char, s.end_char, s.text) for i, s in enumerate(doc.sents)
    )
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    statements: list[Statement] = []

    def argument(span: Span, sidx: int) -> Argument:
        name = span.text
        eid = entity_id(name)
        entities.setdefault(eid, Entity(eid, name, "Other"))
        mentions.append(Mention(article.id, sidx, span.start_char, span.end_char, span.text, eid))
        return Argument(span.text, span.start_char, span.end_char, eid, name, "Other")

    for c in candidates:
        sidx = sent_index[c.sentence.start]
        subj = argument(c.subject, sidx)
        if c.object is None:
            continue
        obj = argument(c.object, sidx)
        rel = c.relation
        ev = Evidence(
            article.id, sentences[sidx], subj, " ".join(t.text for t in rel), rel[0].idx,
            rel[-1].idx + len(rel[-1].text), obj, c.negated, c.modality, None, None, c.date, c.confidence,
        )
        statements.append(
            Statement(subj.entity_id or "", c.predicate, obj.entity_id, None if obj.entity_id else
                      normalise_literal(obj.text), c.negated, evidence=(ev,))
        )
    return ArticleGraph(article, sentences, tuple(entities.values()), tuple(mentions), tuple(statements))

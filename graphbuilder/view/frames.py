"""pandas DataFrames of a graph: one row per statement evidence, one row per entity."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from graphbuilder.view._extras import require
from graphbuilder.view.quad import quad_class
from graphbuilder.view.select import Selection, evidence_day, select_statements

if TYPE_CHECKING:
    from graphbuilder.graph import KnowledgeGraph

STATEMENT_COLUMNS = (
    "statement_id", "subject_id", "subject", "predicate", "object_id", "object", "event_type",
    "quad_class", "cameo_code", "negated", "modality", "date", "evidence_count", "confidence",
    "article_id", "sentence_index", "sentence", "relation_text", "attributed_to", "title", "url",
    "published",
)
ENTITY_COLUMNS = ("entity_id", "name", "type", "country", "actor_code", "aliases", "mentions",
                  "statements", "as_subject", "as_object")


def statements_frame(kg: KnowledgeGraph, sel: Selection | None = None) -> Any:
    """One row per (statement, evidence): who did what to whom, typed, dated, with its sentence.

    ``date`` is when the event happened (the sentence's date, else publication; see
    ``view.select``); ``object`` is the object entity's name or the literal's text.
    """
    pd = require("pandas")
    rows: list[dict[str, Any]] = []
    for st in select_statements(kg, sel):
        subject = kg.entities.get(st.subject_id)
        obj = kg.entities.get(st.object_id) if st.object_id else None
        for ev in st.evidence:
            article = kg.articles.get(ev.article_id)
            rows.append({
                "statement_id": st.id,
                "subject_id": st.subject_id,
                "subject": subject.name if subject else ev.subject.text,
                "predicate": st.predicate,
                "object_id": st.object_id,
                "object": obj.name if obj else (ev.object.text or st.object_literal),
                "event_type": st.event_type,
                "quad_class": quad_class(st.event_type),
                "cameo_code": st.cameo_code,
                "negated": st.negated,
                "modality": ev.modality,
                "date": evidence_day(kg, ev),
                "evidence_count": len(st.evidence),
                "confidence": st.confidence,
                "article_id": ev.article_id,
                "sentence_index": ev.sentence.index,
                "sentence": ev.sentence.text,
                "relation_text": ev.relation_text,
                "attributed_to": ev.attributed_to.name if ev.attributed_to else None,
                "title": article.title if article else None,
                "url": article.url if article else None,
                "published": article.published if article else None,
            })
    frame = pd.DataFrame(rows, columns=list(STATEMENT_COLUMNS))
    frame["date"] = pd.to_datetime(frame["date"])
    return frame.sort_values(["article_id", "sentence_index", "statement_id"], kind="stable",
                             ignore_index=True)


def entities_frame(kg: KnowledgeGraph) -> Any:
    """One row per entity with its mention and statement counts, most mentioned first."""
    pd = require("pandas")
    mentions = Counter(m.entity_id for m in kg.mentions.values())
    as_subject = Counter(st.subject_id for st in kg.statements.values())
    as_object = Counter(st.object_id for st in kg.statements.values() if st.object_id)
    rows = [{
        "entity_id": e.id,
        "name": e.name,
        "type": e.type,
        "country": e.country,
        "actor_code": e.actor_code,
        "aliases": "; ".join(e.aliases),
        "mentions": mentions[e.id],
        "statements": as_subject[e.id] + as_object[e.id],
        "as_subject": as_subject[e.id],
        "as_object": as_object[e.id],
    } for e in kg.entities.values()]
    frame = pd.DataFrame(rows, columns=list(ENTITY_COLUMNS))
    return frame.sort_values(["mentions", "statements", "name"], ascending=[False, False, True],
                             kind="stable", ignore_index=True)

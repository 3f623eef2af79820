"""Which statements a view shows: by actor, PLOVER event type, date, evidence and modality,
and when each happened.

Every view (network page, timeline, dyads, tables) takes the same filters. By default a
view shows what articles state as fact: only sentences whose modality is ``asserted``
(``modality=None``, or ``--modality all``, shows every sentence). A statement
keeps only its evidence dated on or after ``since``; ``min_evidence`` counts what is left.
An evidence's date is the event date the sentence gives when it names a day (or an ISO
week, read as its Monday), else the article's publication date, else none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from graphbuilder.errors import GraphBuilderError
from graphbuilder.events.taxonomy import PLOVER_CATEGORIES
from graphbuilder.model import MODALITIES

if TYPE_CHECKING:
    from graphbuilder.graph import KnowledgeGraph
    from graphbuilder.model import Evidence, Statement


class ViewError(GraphBuilderError):
    """A view was asked for something the graph cannot show (unknown actor, bad filter)."""


_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def parse_day(text: str | None) -> date | None:
    """A day from ``YYYY-MM-DD[...]`` or ``YYYY-Www`` (its Monday); None for coarser or no dates."""
    if not text:
        return None
    try:
        if m := _DAY.match(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _WEEK.fullmatch(text):
            return date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class Selection:
    """The filters every view shares; build one with :func:`selection` (it validates)."""

    actor: str | None = None
    event_type: str | None = None
    since: date | None = None
    min_evidence: int = 1
    modality: str | None = "asserted"


def selection(
    actor: str | None = None,
    event_type: str | None = None,
    since: str | date | None = None,
    min_evidence: int = 1,
    modality: str | None = "asserted",
) -> Selection:
    """Validated filters: ``event_type`` a PLOVER category (any case), ``since`` an ISO date,
    ``modality`` one of MODALITIES or None (or "all") for every sentence."""
    if modality is not None:
        modality = modality.strip().lower()
        if modality == "all":
            modality = None
        elif modality not in MODALITIES:
            raise ViewError(f"unknown modality {modality!r}; one of: {', '.join(MODALITIES)}, all")
    if event_type is not None:
        event_type = event_type.strip().upper()
        if event_type not in PLOVER_CATEGORIES:
            known = ", ".join(PLOVER_CATEGORIES)
            raise ViewError(f"unknown event type {event_type!r}; PLOVER types: {known}")
    if isinstance(since, str):
        day = parse_day(since.strip()) if _DAY.fullmatch(since.strip()) else None
        if day is None:
            raise ViewError(f"--since {since!r}: expected a date as YYYY-MM-DD")
        since = day
    if min_evidence < 1:
        raise ViewError(f"min_evidence must be at least 1, not {min_evidence}")
    return Selection(
        actor=actor or None, event_type=event_type, since=since, min_evidence=min_evidence, modality=modality
    )


_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")


def parse_period_start(text: str | None, freq: str) -> date | None:
    """Like :func:`parse_day`, but a month (``YYYY-MM``) counts when ``freq`` is ``M`` or ``Y``
    and a bare year when ``freq`` is ``Y``: a date as precise as the period it is counted in."""
    day = parse_day(text)
    if day is not None or not text:
        return day
    try:
        if freq in ("M", "Y") and (m := _MONTH.fullmatch(text)):
            return date(int(m[1]), int(m[2]), 1)
        if freq == "Y" and (m := _YEAR.fullmatch(text)):
            return date(int(m[1]), 1, 1)
    except ValueError:
        return None
    return None


def evidence_period(kg: KnowledgeGraph, ev: Evidence, freq: str) -> date | None:
    """A day inside the ``freq`` period (``D``, ``W``, ``M``, ``Y``) an evidence's event falls in."""
    day = parse_period_start(ev.date, freq)
    if day is None:
        article = kg.articles.get(ev.article_id)
        day = parse_period_start(article.published, freq) if article is not None else None
    return day


def evidence_day(kg: KnowledgeGraph, ev: Evidence) -> date | None:
    """When the event an evidence reports happened (see the module docstring)."""
    day = parse_day(ev.date)
    if day is None:
        article = kg.articles.get(ev.article_id)
        day = parse_day(article.published) if article is not None else None
    return day


def actor_ids(kg: KnowledgeGraph, actor: str) -> set[str]:
    """Entities ``actor`` names: an id, a name or alias (any case), else names containing it."""
    if actor in kg.entities:
        return {actor}
    found = {e.id for e in kg.find_entities(actor)}
    if not found:
        needle = actor.casefold()
        found = {e.id for e in kg.entities.values() if needle in e.name.casefold()}
    if not found:
        raise ViewError(f"no actor named {actor!r} in this graph")
    return found


def evidence_modality(st: Statement, ev: Evidence) -> str:
    """How one sentence states a statement (a negated statement is negated in every sentence)."""
    return "negated" if st.negated else (ev.modality or "asserted")


def select_statements(kg: KnowledgeGraph, sel: Selection | None = None) -> list[Statement]:
    """The statements ``sel`` keeps, each with only its kept evidence, in id order."""
    sel = sel or Selection()
    ids = actor_ids(kg, sel.actor) if sel.actor else None
    kept: list[Statement] = []
    for st in sorted(kg.statements.values(), key=lambda s: s.id):
        if ids is not None and st.subject_id not in ids and st.object_id not in ids:
            continue
        if sel.event_type is not None and st.event_type != sel.event_type:
            continue
        evidence = st.evidence
        if sel.modality is not None:
            evidence = tuple(ev for ev in evidence if evidence_modality(st, ev) == sel.modality)
        if sel.since is not None:
            since = sel.since
            evidence = tuple(ev for ev in evidence if (d := evidence_day(kg, ev)) is not None and d >= since)
        if len(evidence) < sel.min_evidence:
            continue
        kept.append(st if evidence == st.evidence else replace(st, evidence=evidence))
    return kept

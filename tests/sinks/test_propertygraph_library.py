"""The query library on a realistic build: every ``queries/*.cypher`` against an oracle.

The store is built from the bundled example articles by the real pipeline, so its content
moves with the extractors; each query's expected rows are therefore computed here, in
plain Python, straight from the KnowledgeGraph (not from the loader's rows), and compared
with what LadybugDB returns: the same rows, value for value. The parameters are chosen
from the graph so that every query has rows to compare. (The exact rows on the hand-built
reference graph, in order, are in test_propertygraph_backends.py.)
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.model import MODALITIES, Entity, Evidence, Statement
from graphbuilder.query.cypher import run_query as run_ladybug_query
from graphbuilder.sinks.propertygraph import ladybug_store
from graphbuilder.sinks.propertygraph.cypher import relationship_type
from graphbuilder.sinks.propertygraph.library import read_query
from graphbuilder.sinks.propertygraph.rows import _article_local
from graphbuilder.sinks.rdf import object_text

QUERIES = Path(__file__).resolve().parents[2] / "queries"

Row = dict[str, Any]


class Oracle:
    """What each library query must return on ``kg``, computed without Cypher."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        self.kg = kg
        self.entities: dict[str, Entity] = dict(kg.entities)
        for st in kg.statements.values():  # entities only referred to get a node of their own
            for ev in st.evidence:
                for arg in (ev.subject, ev.object):
                    if arg.entity_id and arg.entity_id not in self.entities:
                        self.entities[arg.entity_id] = Entity(arg.entity_id, arg.name or arg.text)
                for ref in (ev.attributed_to, ev.reported_by):
                    if ref and ref.entity_id not in self.entities:
                        self.entities[ref.entity_id] = Entity(ref.entity_id, ref.name)
        self.statements = sorted(kg.statements.values(), key=lambda s: s.id)

    # --- what the loader stores, restated ----------------------------------------------

    def name(self, entity_id: str | None) -> str | None:
        return None if entity_id is None else self.entities[entity_id].name

    def obj(self, st: Statement) -> str | None:
        """The object's name, or a literal as the text wrote it (not its lower-cased key)."""
        return self.name(st.object_id) if st.object_id is not None else object_text(st)

    @staticmethod
    def kept(st: Statement, modality: str) -> bool:
        """The library's modality filter: the statement's modality, or "all"."""
        return modality == "all" or st.modality == modality

    @staticmethod
    def sentence_modality(st: Statement, ev: Evidence) -> str:
        return "negated" if st.negated else (ev.modality or "asserted")

    def url(self, ev: Evidence) -> str | None:
        return self.kg.articles[ev.article_id].url

    def seen(self, ev: Evidence) -> str | None:
        published = self.kg.articles[ev.article_id].published
        return ev.date or ((published or "")[:10] or None)

    def first_seen(self, st: Statement) -> str | None:
        return min((s for s in map(self.seen, st.evidence) if s), default=None)

    def last_seen(self, st: Statement) -> str | None:
        return max((s for s in map(self.seen, st.evidence) if s), default=None)

    def date(self, st: Statement) -> str | None:
        return min((ev.date for ev in st.evidence if ev.date), default=None)

    def matching(self, wanted: str) -> list[Entity]:
        w = wanted.lower()
        return [
            e for e in self.entities.values() if e.name.lower() == w or any(a.lower() == w for a in e.aliases)
        ]

    def involving(self, entity_id: str) -> Iterable[tuple[str, Statement]]:
        """(role, statement) per SUBJECT/OBJECT relationship to the entity."""
        for st in self.statements:
            if st.subject_id == entity_id:
                yield "SUBJECT", st
            if st.object_id == entity_id:
                yield "OBJECT", st

    # --- one method per query file ------------------------------------------------------

    def who_did_what_to_whom(self, modality: str = "asserted") -> list[Row]:
        return [
            {
                "subject": self.name(st.subject_id),
                "predicate": st.predicate,
                "object": self.obj(st),
                "event_type": st.event_type,
                "cameo_code": st.cameo_code,
                "negated": st.negated,
                "evidence_count": len(st.evidence),
                "first_seen": self.first_seen(st),
                "last_seen": self.last_seen(st),
            }
            for st in self.statements
            if self.kept(st, modality)
        ]

    def appeals_threats_demands(self, event_types: list[str], modality: str = "asserted") -> list[Row]:
        return [
            {
                "event_type": st.event_type,
                "subject": self.name(st.subject_id),
                "predicate": st.predicate,
                "object": self.obj(st),
                "negated": st.negated,
                "evidence_count": len(st.evidence),
                "first_seen": self.first_seen(st),
            }
            for st in self.statements
            if st.event_type in event_types and self.kept(st, modality)
        ]

    def statements_about_actor(self, actor: str, modality: str = "asserted") -> list[Row]:
        return [
            {
                "role": role.lower(),
                "subject": self.name(st.subject_id),
                "predicate": st.predicate,
                "object": self.obj(st),
                "negated": st.negated,
                "sentence": ev.sentence.text,
                "url": self.kg.articles[ev.article_id].url,
                "published": self.kg.articles[ev.article_id].published,
            }
            for act in self.matching(actor)
            for role, st in self.involving(act.id)
            if self.kept(st, modality)
            for ev in st.evidence
        ]

    def actor_timeline(self, actor: str, modality: str = "asserted") -> list[Row]:
        return [
            {
                "date": self.seen(ev),
                "subject": self.name(st.subject_id),
                "predicate": st.predicate,
                "object": self.obj(st),
                "negated": st.negated,
                "event_type": st.event_type,
                "sentence": ev.sentence.text,
                "url": self.url(ev),
            }
            for act in self.matching(actor)
            for _, st in self.involving(act.id)
            if self.kept(st, modality)
            for ev in st.evidence
        ]

    def reporting_outlet(self, outlet: str | None = None, modality: str = "asserted") -> list[Row]:
        """One row per sentence naming a reporting source (a given one: by name or alias)."""
        wanted = {e.id for e in self.matching(outlet)} if outlet is not None else None
        return [
            {
                "outlet": self.name(ev.reported_by.entity_id),
                "subject": self.name(st.subject_id),
                "predicate": st.predicate,
                "object": self.obj(st),
                "publisher": self.kg.articles[ev.article_id].publisher,
                "sentence": ev.sentence.text,
                "url": self.url(ev),
            }
            for st in self.statements
            if self.kept(st, modality)
            for ev in st.evidence
            if ev.reported_by and (wanted is None or ev.reported_by.entity_id in wanted)
        ]

    def attribution(self, speaker: str | None = None) -> list[Row]:
        """One row per sentence attributing the statement to a speaker, any modality."""
        wanted = {e.id for e in self.matching(speaker)} if speaker is not None else None
        return [
            {
                "speaker": self.name(ev.attributed_to.entity_id),
                "subject": self.name(st.subject_id),
                "predicate": st.predicate,
                "object": self.obj(st),
                "negated": st.negated,
                "modality": self.sentence_modality(st, ev),
                "reported_by": ev.reported_by.name if ev.reported_by else None,
                "sentence": ev.sentence.text,
                "url": self.url(ev),
            }
            for st in self.statements
            for ev in st.evidence
            if ev.attributed_to and (wanted is None or ev.attributed_to.entity_id in wanted)
        ]

    def contradicting_statements(self) -> list[Row]:
        rows = []
        for pos in self.statements:
            for neg in self.statements:
                same_object = (
                    pos.object_id == neg.object_id
                    if pos.object_id is not None and neg.object_id is not None
                    else pos.object_id is None
                    and neg.object_id is None
                    and pos.object_literal is not None
                    and object_text(pos).lower() == object_text(neg).lower()
                )
                if (
                    pos.modality == "asserted"
                    and neg.negated
                    and pos.subject_id == neg.subject_id
                    and pos.predicate == neg.predicate
                    and same_object
                ):
                    rows += [
                        {
                            "subject": self.name(pos.subject_id),
                            "predicate": pos.predicate,
                            "object": self.obj(pos),
                            "asserted_sentence": said.sentence.text,
                            "asserted_url": self.url(said),
                            "denied_sentence": denied.sentence.text,
                            "denied_url": self.url(denied),
                        }
                        for said in pos.evidence
                        for denied in neg.evidence
                    ]
        return rows

    def most_connected_actors(self, limit: int, modality: str = "asserted") -> list[Row]:
        rows = []
        local = _article_local(self.kg, list(self.kg.statements.values()))
        for entity in self.entities.values():
            if entity.id in local:  # "they", "the spokesman": one article's, never a ranked actor
                continue
            statements = {st.id: st for _, st in self.involving(entity.id) if self.kept(st, modality)}
            if not statements:
                continue
            others = {
                other
                for st in statements.values()
                for other in (st.subject_id, st.object_id)
                if other is not None and other != entity.id
            }
            rows.append(
                {
                    "actor": entity.name,
                    "type": entity.type,
                    "statements": len(statements),
                    "counterparts": len(others),
                }
            )
        rows.sort(key=lambda r: (-r["statements"], -r["counterparts"], r["actor"]))
        return rows[:limit]

    def actor_adjacency(self) -> dict[str, set[str]]:
        """Actors one hop apart: the subject and object of a statement, or two entities one
        sentence mentions (shortest_path's hops)."""
        groups = [{st.subject_id, st.object_id} - {None} for st in self.statements]
        by_sentence: dict[tuple[str, int], set[str]] = {}
        for m in self.kg.mentions.values():
            by_sentence.setdefault((m.article_id, m.sentence_index), set()).add(m.entity_id)
        out: dict[str, set[str]] = {}
        for group in [*groups, *by_sentence.values()]:
            for a in group:
                out.setdefault(a, set()).update(group - {a})
        return out

    def actor_hops(self, start: str, end: str, limit: int = 4) -> int | None:
        adjacency, distance, queue = self.actor_adjacency(), {start: 0}, deque([start])
        while queue:
            node = queue.popleft()
            if node == end:
                return distance[node]
            if distance[node] < limit:
                for nxt in sorted(adjacency.get(node, ())):
                    if nxt not in distance:
                        distance[nxt] = distance[node] + 1
                        queue.append(nxt)
        return None

    def events_of_type(self, event_type: str | None = None, modality: str = "asserted") -> list[Row]:
        return [
            {
                "event_type": st.event_type,
                "cameo_code": st.cameo_code,
                "date": self.seen(ev),
                "subject": self.name(st.subject_id),
                "predicate": st.predicate,
                "object": self.obj(st),
                "negated": st.negated,
                "sentence": ev.sentence.text,
                "url": self.url(ev),
            }
            for st in self.statements
            if st.event_type and event_type in (None, st.event_type) and self.kept(st, modality)
            for ev in st.evidence
        ]

    def entity_aliases_and_mentions(self, actor: str) -> list[Row]:
        rows = []
        for e in self.matching(actor):
            entity = {
                "name": e.name,
                "type": e.type,
                "aliases": sorted(e.aliases),
                "actor_code": e.actor_code,
                "country": e.country,
            }
            mentions = {
                (m.article_id, m.sentence_index, m.start, m.end): m
                for m in self.kg.mentions.values()
                if m.entity_id == e.id
            }
            for (article_id, index, start, end), m in mentions.items():
                sentence = self.kg.sentences[f"{article_id}#s{index}"]
                rows.append(
                    {
                        **entity,
                        "mention": m.text,
                        "mention_start": start,
                        "mention_end": end,
                        "article": article_id,
                        "sentence": sentence.text,
                    }
                )
            if not mentions:
                none = dict.fromkeys(("mention", "mention_start", "mention_end", "article", "sentence"))
                rows.append({**entity, **none})
        return rows

    def actor_network(self, min_evidence: int, modality: str = "asserted") -> list[Row]:
        return [
            {
                "subject": self.name(st.subject_id),
                "relationship": relationship_type(st.predicate),
                "object": self.name(st.object_id),
                "negated": st.negated,
                "evidence_count": len(st.evidence),
                "confidence": st.confidence,
                "first_seen": self.first_seen(st),
                "last_seen": self.last_seen(st),
            }
            for st in self.statements
            if st.object_id is not None and len(st.evidence) >= min_evidence and self.kept(st, modality)
        ]

    def statement_sources(self, predicate: str | None = None, modality: str = "asserted") -> list[Row]:
        return [
            {
                "subject": self.name(st.subject_id),
                "predicate": st.predicate,
                "object": self.obj(st),
                "subject_text": ev.subject.text,
                "relation_text": ev.relation_text,
                "object_text": ev.object.text,
                "relation_start": ev.relation_start,
                "relation_end": ev.relation_end,
                "negated": st.negated,
                "modality": self.sentence_modality(st, ev),
                "confidence": ev.confidence,
                "sentence": ev.sentence.text,
                "url": self.url(ev),
            }
            for st in self.statements
            if predicate in (None, st.predicate) and self.kept(st, modality)
            for ev in st.evidence
        ]


def _bag(rows: list[Row]) -> Counter[str]:
    """Rows as a multiset, floats to 3 places (the store rounds confidence to 4)."""

    def norm(value: Any) -> Any:
        return round(value, 3) if isinstance(value, float) else value

    return Counter(repr(sorted((k, norm(v)) for k, v in row.items())) for row in rows)


@pytest.fixture(scope="module")
def oracle(example_kg: KnowledgeGraph) -> Oracle:
    return Oracle(example_kg)


@pytest.fixture(scope="module")
def store(example_kg: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("library") / "example.lbug"
    ladybug_store.load(example_kg, path, batch_size=7)  # batches that end mid-table
    return path


def run(store: Path, stem: str, **params: Any) -> list[Row]:
    query = read_query(QUERIES / f"{stem}.cypher")
    return run_ladybug_query(store, query.text, {**query.defaults, **params})


def _busiest_actor(oracle: Oracle) -> Entity:
    counts = Counter(e for st in oracle.statements for e in (st.subject_id, st.object_id) if e)
    return oracle.entities[max(counts, key=lambda e: (counts[e], e))]


# stem -> how to pick parameters on the example build (from the oracle) and the oracle method
CASES: dict[str, Callable[[Oracle], list[dict[str, Any]]]] = {
    "who_did_what_to_whom": lambda o: [{}],
    "appeals_threats_demands": lambda o: [
        {"event_types": ["REQUEST", "DEMAND", "THREATEN"]},
        {"event_types": sorted({st.event_type for st in o.statements if st.event_type})},
    ],
    "statements_about_actor": lambda o: [
        {"actor": _busiest_actor(o).name},
        *({"actor": e.aliases[0].upper()} for e in [_busiest_actor(o)] if e.aliases),
    ],
    "actor_timeline": lambda o: [{"actor": _busiest_actor(o).name}],
    "reporting_outlet": lambda o: [
        {},
        *(
            {"outlet": name}
            for name in sorted(
                {ev.reported_by.name.upper() for st in o.statements for ev in st.evidence if ev.reported_by}
            )
        ),
    ],
    "attribution": lambda o: [
        {},
        *(
            {"speaker": name}
            for name in sorted(
                {e.attributed_to.name.lower() for st in o.statements for e in st.evidence if e.attributed_to}
            )
        ),
    ],
    "contradicting_statements": lambda o: [{}],
    "most_connected_actors": lambda o: [{"limit": 1000}],
    "events_of_type": lambda o: [
        {},
        *({"event_type": t} for t in sorted({st.event_type for st in o.statements if st.event_type})),
    ],
    "entity_aliases_and_mentions": lambda o: [
        {"actor": max(o.kg.entities.values(), key=lambda e: (len(o.kg.entity_mentions(e.id)), e.id)).name},
        *({"actor": e.aliases[0]} for e in sorted(o.kg.entities.values(), key=lambda e: e.id) if e.aliases),
    ],
    "actor_network": lambda o: [{"min_evidence": 1}, {"min_evidence": 2}],
    "statement_sources": lambda o: [{}] + (
        [{"predicate": p} for p in sorted({st.predicate for st in o.statements if len(st.evidence) > 1})]
        or [{"predicate": o.statements[0].predicate}]
    ),
}


def test_every_library_query_has_an_oracle() -> None:
    assert sorted([*CASES, "shortest_path"]) == sorted(p.stem for p in QUERIES.glob("*.cypher"))


@pytest.mark.parametrize("stem", sorted(CASES))
def test_library_query_returns_what_the_graph_says(store: Path, oracle: Oracle, stem: str) -> None:
    cases = CASES[stem](oracle)
    assert cases
    if "modality" in read_query(QUERIES / f"{stem}.cypher").defaults:  # each modality, and "all"
        cases += [{**case, "modality": m} for case in cases for m in (*MODALITIES, "all")]
    nonempty = 0
    for params in cases:
        got = run(store, stem, **params)
        expected = getattr(oracle, stem)(**params)
        assert _bag(got) == _bag(expected), (stem, params)
        nonempty += bool(expected)
    if stem != "contradicting_statements":  # the example articles may contradict nothing
        assert nonempty, f"{stem}: no parameters gave rows to compare"


def test_library_queries_sort_as_their_headers_say(store: Path, oracle: Oracle) -> None:
    ranked = run(store, "most_connected_actors", limit=3)
    assert ranked == oracle.most_connected_actors(3)
    timeline = run(store, "actor_timeline", actor=_busiest_actor(oracle).name)
    dates = [r["date"] for r in timeline if r["date"] is not None]
    assert dates == sorted(dates) and len(timeline) >= 2
    rows = run(store, "who_did_what_to_whom")
    keys = [(-r["evidence_count"], r["subject"], r["predicate"], r["object"]) for r in rows]
    assert keys == sorted(keys)


def test_shortest_path_agrees_with_a_breadth_first_search(store: Path, oracle: Oracle) -> None:
    counts = Counter(e for st in oracle.statements for e in (st.subject_id, st.object_id) if e)
    actors = [oracle.entities[e] for e, _ in counts.most_common(4)]
    adjacency = oracle.actor_adjacency()
    compared = 0
    for a in actors:
        for b in actors:
            if a.id == b.id:
                continue
            rows = run(store, "shortest_path", **{"from": a.name, "to": b.name})
            hops = oracle.actor_hops(a.id, b.id)
            if hops is None:
                assert rows == []
                continue
            assert len(rows) == 1
            row = rows[0]
            assert (row["from"], row["to"], row["hops"]) == (a.name, b.name, hops)
            path = row["path"]
            assert path[0] == a.id and path[-1] == b.id and len(path) == hops + 1
            assert all(y in adjacency[x] for x, y in zip(path, path[1:], strict=False))
            compared += 1
    assert compared >= 2

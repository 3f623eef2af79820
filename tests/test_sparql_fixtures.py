"""Every query in queries/ against a build of the project's fixture articles, checked row by row.

The expected rows are computed in Python straight from the KnowledgeGraph the pipeline built
(entities, statements, evidence, mentions), independently of the RDF mapping and of SPARQL.
Extraction is improved concurrently, so the rows are derived, not written out; but every
row the query returns must be one the graph says it should return, and no row may be
missing or duplicated. Each query is run in-process on the build folder's Oxigraph store
and over HTTP through a running endpoint on that same store.
"""

from __future__ import annotations

import socket
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.model import Evidence, Statement
from graphbuilder.query import sparql_client
from graphbuilder.query.endpoint import Endpoint, start_endpoint
from graphbuilder.sinks.folder import write_folder
from graphbuilder.sinks.rdf import LocalEntities, object_text

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "queries"

Row = tuple[Any, ...]
Oracle = Callable[[KnowledgeGraph], list[Row]]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory, example_kg: KnowledgeGraph) -> Path:
    folder = tmp_path_factory.mktemp("fixture-articles-build")
    write_folder(example_kg, folder)
    return folder


@pytest.fixture(scope="module")
def server(build_dir: Path) -> Iterator[Endpoint]:
    with start_endpoint(build_dir, port=free_port(), timeout=20) as ep:
        yield ep


# --- the graph, read directly ------------------------------------------------------------------


def _name(kg: KnowledgeGraph, entity_id: str) -> str:
    return kg.entities[entity_id].name


def _object(kg: KnowledgeGraph, st: Statement) -> str:
    """An entity's name, or a literal as its first sentence wrote it (not the lower-cased key)."""
    return _name(kg, st.object_id) if st.object_id else object_text(st)


def _url(kg: KnowledgeGraph, ev: Evidence) -> str | None:
    return kg.articles[ev.article_id].url


def _labels(kg: KnowledgeGraph, entity_id: str) -> set[str]:
    e = kg.entities[entity_id]
    return {label.lower() for label in (e.name, *e.aliases)}


def _matching(kg: KnowledgeGraph, label: str) -> set[str]:
    return {eid for eid in kg.entities if label.lower() in _labels(kg, eid)}


def _spo(kg: KnowledgeGraph, st: Statement) -> Row:
    return (_name(kg, st.subject_id), st.predicate, _object(kg, st))


def _asserted(kg: KnowledgeGraph) -> list[Statement]:
    """The statements the library shows by default: some sentence states them as fact."""
    return [st for st in kg.statements.values() if st.modality == "asserted"]


def who_did_what_to_whom(kg: KnowledgeGraph) -> list[Row]:
    return [(*_spo(kg, st), st.event_type, st.cameo_code, len(st.evidence)) for st in _asserted(kg)]


def statements_about_actor(kg: KnowledgeGraph, actor: str = "Putin") -> list[Row]:
    actors = _matching(kg, actor)
    rows = set()
    for st in _asserted(kg):
        for role, eid in (("subject", st.subject_id), ("object", st.object_id)):
            if eid in actors:
                for ev in st.evidence:
                    rows.add((role, *_spo(kg, st), st.negated, ev.sentence.text, _url(kg, ev)))
    return sorted(rows, key=repr)


def statement_sources(kg: KnowledgeGraph) -> list[Row]:
    return [
        (*_spo(kg, st), st.negated, ev.subject.text, ev.relation_text, ev.object.text, ev.sentence.text,
         ev.sentence.start, ev.sentence.end, _url(kg, ev))
        for st, ev in kg.evidence()
        if st.modality == "asserted"
    ]


def actor_timeline(kg: KnowledgeGraph, actor: str = "Vladimir Putin") -> list[Row]:
    actors = _matching(kg, actor)
    rows = set()
    for st in _asserted(kg):
        if st.subject_id in actors or st.object_id in actors:
            for ev in st.evidence:
                date = ev.date or kg.articles[ev.article_id].published
                rows.add((date, *_spo(kg, st), st.negated, st.event_type, ev.sentence.text, _url(kg, ev)))
    return sorted(rows, key=repr)


def attribution(kg: KnowledgeGraph) -> list[Row]:
    return [
        (_name(kg, ev.attributed_to.entity_id), *_spo(kg, st), st.negated, ev.modality, ev.sentence.text,
         _url(kg, ev))
        for st, ev in kg.evidence()
        if ev.attributed_to
    ]


def reporting_outlet(kg: KnowledgeGraph) -> list[Row]:
    return [
        (_name(kg, ev.reported_by.entity_id), *_spo(kg, st), kg.articles[ev.article_id].publisher,
         ev.sentence.text, _url(kg, ev))
        for st, ev in kg.evidence()
        if ev.reported_by and st.modality == "asserted"
    ]


def contradicting_statements(kg: KnowledgeGraph) -> list[Row]:
    def key(st: Statement) -> Row:
        return (st.subject_id, st.predicate, st.object_id, st.object_literal if not st.object_id else None)

    denied: dict[Row, list[Statement]] = {}
    for st in kg.statements.values():
        if st.negated:
            denied.setdefault(key(st), []).append(st)
    return [
        (*_spo(kg, a), ea.sentence.text, _url(kg, ea), ed.sentence.text, _url(kg, ed))
        for a in _asserted(kg)
        for d in denied.get(key(a), [])
        for ea in a.evidence
        for ed in d.evidence
    ]


def events_of_type(kg: KnowledgeGraph) -> list[Row]:
    # one row a sentence, dated by the sentence's event date, else the article's publication
    return [
        (st.event_type, st.cameo_code, ev.date or kg.articles[ev.article_id].published, *_spo(kg, st),
         st.negated, ev.sentence.text, _url(kg, ev))
        for st in _asserted(kg)
        if st.event_type
        for ev in st.evidence
    ]


def entity_aliases_and_mentions(kg: KnowledgeGraph, actor: str = "Vladimir Putin") -> list[Row]:
    sentences = {(s.article_id, s.index): s.text for s in kg.sentences.values()}
    rows: list[Row] = []
    for eid in _matching(kg, actor):
        e = kg.entities[eid]
        head = (e.name, e.actor_code, e.country, frozenset(set(e.aliases) - {e.name}))
        mentions = [m for m in kg.mentions.values() if m.entity_id == eid]
        rows.extend(
            (*head, m.text, m.start, m.end, sentences.get((m.article_id, m.sentence_index))) for m in mentions
        )
        if not mentions:
            rows.append((*head, None, None, None, None))
    return rows


def most_connected_actors(kg: KnowledgeGraph, limit: int = 10) -> list[Row]:
    statements: dict[str, set[str]] = {}
    partners: dict[str, set[str]] = {}
    for st in _asserted(kg):
        statements.setdefault(st.subject_id, set()).add(st.id)
        partners.setdefault(st.subject_id, set())
        if st.object_id:
            statements.setdefault(st.object_id, set()).add(st.id)
            partners.setdefault(st.object_id, set())
            if st.object_id != st.subject_id:
                partners[st.subject_id].add(st.object_id)
                partners[st.object_id].add(st.subject_id)
    local = LocalEntities(kg.articles)  # entities local to one article are not ranked
    ranked = sorted(((_name(kg, eid), len(sts), len(partners[eid])) for eid, sts in statements.items()
                     if not local(eid)), key=lambda r: (-r[1], -r[2], r[0]))
    return ranked[:limit]


def articles_mentioning_actor(kg: KnowledgeGraph, actor: str = "Vladimir Putin") -> list[Row]:
    actors = _matching(kg, actor)
    counts = Counter(m.article_id for m in kg.mentions.values() if m.entity_id in actors)
    return [
        (a.title, a.url, a.publisher, a.published, counts[a.id])
        for a in kg.articles.values()
        if counts[a.id]
    ]


def statements_in_article(kg: KnowledgeGraph, article_id: str = "2025-03-14-kursk-appeal") -> list[Row]:
    return [
        (ev.sentence.index, *_spo(kg, st), ev.relation_text, st.negated, ev.modality, ev.sentence.text)
        for st, ev in kg.evidence()
        if ev.article_id == article_id and st.modality == "asserted"
    ]


HEDGES = {"possible", "conditional", "intended", "reported", "question"}


def denied_and_hedged(kg: KnowledgeGraph) -> list[Row]:
    # every sentence of a denied statement, and the hedged sentences of the others
    return [
        (*_spo(kg, st), st.negated, ev.modality,
         _name(kg, ev.attributed_to.entity_id) if ev.attributed_to else None, ev.sentence.text, _url(kg, ev))
        for st, ev in kg.evidence()
        if st.negated or ev.modality in HEDGES
    ]


#: query file -> (the columns compared, the oracle giving the expected rows)
ORACLES: dict[str, tuple[tuple[str, ...], Oracle]] = {
    "who_did_what_to_whom.rq": (
        ("subject", "predicate", "object", "event_type", "cameo_code", "evidence_count"), who_did_what_to_whom
    ),
    "statements_about_actor.rq": (
        ("role", "subject", "predicate", "object", "negated", "sentence", "url"), statements_about_actor
    ),
    "statement_sources.rq": (
        ("subject", "predicate", "object", "negated", "subject_text", "relation_text", "object_text",
         "sentence", "sentence_start", "sentence_end", "url"),
        statement_sources,
    ),
    "actor_timeline.rq": (
        ("date", "subject", "predicate", "object", "negated", "event_type", "sentence", "url"), actor_timeline
    ),
    "attribution.rq": (
        ("speaker_name", "subject", "predicate", "object", "negated", "modality", "sentence", "url"),
        attribution,
    ),
    "reporting_outlet.rq": (
        ("outlet_name", "subject", "predicate", "object", "publisher", "sentence", "url"), reporting_outlet
    ),
    "contradicting_statements.rq": (
        ("subject", "predicate", "object", "asserted_sentence", "asserted_url", "denied_sentence",
         "denied_url"),
        contradicting_statements,
    ),
    "events_of_type.rq": (
        ("event_type", "cameo_code", "date", "subject", "predicate", "object", "negated", "sentence", "url"),
        events_of_type,
    ),
    "entity_aliases_and_mentions.rq": (
        ("name", "actor_code", "country", "aliases", "mention", "start", "end", "sentence"),
        entity_aliases_and_mentions,
    ),
    "most_connected_actors.rq": (("name", "statements", "partners"), most_connected_actors),
    "articles_mentioning_actor.rq": (
        ("headline", "url", "publisher", "published", "mentions"), articles_mentioning_actor
    ),
    "statements_in_article.rq": (
        ("sentence_index", "subject", "predicate", "object", "relation_text", "negated", "sentence_modality",
         "sentence"),
        statements_in_article,
    ),
    "denied_and_hedged.rq": (
        ("subject", "predicate", "object", "negated", "modality", "speaker", "sentence", "url"),
        denied_and_hedged,
    ),
}

#: Queries whose oracle may be empty on the fixture articles (the hand-built graph in
#: test_sparql_queries.py gives them exact non-empty rows).
MAY_BE_EMPTY = {"contradicting_statements.rq"}


def _project(rows: list[dict[str, Any]], cols: tuple[str, ...]) -> Counter[Row]:
    def cell(col: str, value: Any) -> Any:
        if col == "aliases":
            return frozenset(value.split(" | ")) if value else frozenset()
        return value

    return Counter(tuple(cell(c, r[c]) for c in cols) for r in rows)


def test_every_query_file_has_an_oracle() -> None:
    assert set(ORACLES) == {p.name for p in QUERIES.glob("*.rq")}


def test_every_entity_a_statement_uses_is_in_the_graph(example_kg: KnowledgeGraph) -> None:
    # the oracles name entities through kg.entities; the RDF does the same
    for st in example_kg.statements.values():
        assert st.subject_id in example_kg.entities
        assert st.object_id is None or st.object_id in example_kg.entities


@pytest.mark.parametrize("name", sorted(ORACLES))
def test_query_on_the_fixture_articles_gives_exactly_the_graphs_rows(
    example_kg: KnowledgeGraph, build_dir: Path, server: Endpoint, name: str
) -> None:
    cols, oracle = ORACLES[name]
    expected = Counter(oracle(example_kg))
    if name not in MAY_BE_EMPTY:
        assert expected, f"the fixture articles give {name} nothing to find"
    in_process = sparql_client.query(str(build_dir), QUERIES / name)
    over_http = sparql_client.query(server.url, QUERIES / name)
    assert over_http == in_process  # same rows, same order, same Python values
    got = _project(in_process, cols)
    missing, extra = expected - got, got - expected
    assert not missing and not extra, f"{name}: missing {list(missing)[:3]}, unexpected {list(extra)[:3]}"


def test_ranked_and_ordered_queries_keep_their_order(build_dir: Path) -> None:
    ranked = sparql_client.query(str(build_dir), QUERIES / "most_connected_actors.rq")
    keys = [(-r["statements"], -r["partners"], r["name"]) for r in ranked]
    assert keys == sorted(keys)
    who = sparql_client.query(str(build_dir), QUERIES / "who_did_what_to_whom.rq")
    counts = [r["evidence_count"] for r in who]
    assert counts == sorted(counts, reverse=True)
    timeline = sparql_client.query(str(build_dir), QUERIES / "actor_timeline.rq")
    assert [r["date"] for r in timeline] == sorted(r["date"] for r in timeline)
    in_article = sparql_client.query(str(build_dir), QUERIES / "statements_in_article.rq")
    assert [r["sentence_index"] for r in in_article] == sorted(r["sentence_index"] for r in in_article)


def test_the_fixture_build_answers_the_analyst_questions(build_dir: Path) -> None:
    # a few facts of the fixture articles that any reasonable extraction finds
    def run(name: str, **params: Any) -> list[dict[str, Any]]:
        return sparql_client.query(str(build_dir), QUERIES / name, params)

    entity = run("entity_aliases_and_mentions.rq", actor="Putin")
    assert {r["name"] for r in entity} == {"Vladimir Putin"}
    assert {"Putin", "Russian President Vladimir Putin"} <= {r["mention"] for r in entity}
    articles = {r["url"] for r in run("articles_mentioning_actor.rq", actor="Donald Trump")}
    assert "https://news.example.org/2025/03/14/kursk-appeal" in articles
    assert "https://news.example.org/2025/03/25/ceasefire-talks" in articles
    about = run("statements_about_actor.rq", actor="Trump")
    assert any(r["subject"] == "Donald Trump" and r["object"] == "Vladimir Putin" for r in about)
    only_trump = run("attribution.rq", speaker="no such speaker")
    assert only_trump == []

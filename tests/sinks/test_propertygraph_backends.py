"""Load and query, the same assertions on every backend: LadybugDB and a live Neo4j.

Neo4j is the session's server (the ``neo4j_server`` fixture: the local server of
tools/neo4j, or the scratch server NEO4J_URI names); every node there is deleted before
each test.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sample_graph import HOSTILE, HOSTILE_NAME, HOSTILE_PREDICATE, sample_graph

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.query.cypher import run_query as run_ladybug_query
from graphbuilder.sinks.propertygraph import ladybug_store, neo4j_writer
from graphbuilder.sinks.propertygraph.library import read_query

QUERIES = Path(__file__).resolve().parents[2] / "queries"


class LadybugBackend:
    name = "ladybug"

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self, kg: KnowledgeGraph, batch_size: int = 500, bulk: bool = True) -> dict[str, Any]:
        return ladybug_store.load(kg, self.path, batch_size=batch_size, bulk=bulk)

    def query(self, text: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return run_ladybug_query(self.path, text, params)

    def close(self) -> None:
        pass


class Neo4jBackend:
    name = "neo4j"

    def __init__(self, server: Any) -> None:
        import neo4j

        self.database = os.environ.get("NEO4J_DATABASE") or None
        self.auth = (server.bolt_uri, server.user, server.password)
        self.driver = neo4j.GraphDatabase.driver(server.bolt_uri, auth=(server.user, server.password))
        self.driver.execute_query("MATCH (n) DETACH DELETE n", database_=self.database)

    def load(self, kg: KnowledgeGraph, batch_size: int = 500, bulk: bool = True) -> dict[str, Any]:
        uri, user, password = self.auth  # Neo4j loads always merge (bulk is LadybugDB's COPY)
        out = neo4j_writer.load(kg, uri, user, password, self.database, batch_size=batch_size, progress=False)
        nodes = self.query("MATCH (n) RETURN count(n) AS n")[0]["n"]
        rels = self.query("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
        return {**out, "nodes": nodes, "relationships": rels}

    def query(self, text: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        records, _, _ = self.driver.execute_query(text, parameters_=params or {}, database_=self.database)
        return [dict(r) for r in records]

    def close(self) -> None:
        self.driver.close()


@pytest.fixture(params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    if request.param == "neo4j":
        b: Any = Neo4jBackend(request.getfixturevalue("neo4j_server"))
    else:
        b = LadybugBackend(tmp_path / "graph.lbug")
    yield b
    b.close()


def _sample_without(*article_ids: str) -> KnowledgeGraph:
    kg = sample_graph()
    for article_id in article_ids:
        kg.remove_article(article_id)
    return kg


# --- loading ----------------------------------------------------------------------------


def test_load_creates_the_designed_shape(backend: Any) -> None:
    summary = backend.load(sample_graph())
    # 3 articles + 7 sentences + 6 entities + 7 statements
    # + 14 Name nodes (each lower-cased name and alias once)
    assert summary["nodes_created"] == summary["nodes"] == 37
    # 7 HAS_SENTENCE, 15 MENTIONS, 7 SUBJECT, 6 OBJECT, 8 EVIDENCE, 1 ATTRIBUTED_TO, 1 REPORTED_BY, 6 facts
    assert summary["relationships_created"] == summary["relationships"] == 65  # + 14 NAMES
    assert summary["nodes_matched"] == summary["relationships_matched"] == 0
    rows = backend.query(
        "MATCH (a:Entity {id: $s})-[r:APPEAL_TO]->(b:Entity {id: $o}) "
        "RETURN r.evidence_count AS n, r.confidence AS c, r.first_seen AS first, r.last_seen AS last, "
        "r.negated AS negated, r.predicate AS predicate",
        {"s": "donald-trump", "o": "vladimir-putin"},
    )
    assert rows == [
        {
            "n": 2,
            "c": 0.9,
            "first": "2025-03-14",
            "last": "2025-03-20",
            "negated": False,
            "predicate": "appeal_to",
        }
    ]
    evidence = backend.query(
        "MATCH (:Statement {predicate: 'demand'})-[e:EVIDENCE]->(s:Sentence)<-[:HAS_SENTENCE]-(a:Article) "
        "RETURN e.attributed_to AS said, e.reported_by AS via, e.relation_start AS rs, s.text AS text, "
        "a.url AS url"
    )
    assert evidence == [
        {
            "said": "Volodymyr Zelensky",
            "via": "Strana",
            "rs": 79,
            "text": "Zelensky demanded a ceasefire, as quoted by Strana.",
            "url": "https://news.example.org/2025/03/20/threat",
        }
    ]


def test_loading_twice_changes_nothing(backend: Any) -> None:
    first = backend.load(sample_graph())
    second = backend.load(sample_graph())
    assert (second["nodes"], second["relationships"]) == (first["nodes"], first["relationships"])
    assert second["nodes_created"] == second["relationships_created"] == 0
    assert second["nodes_matched"] == first["nodes_created"]
    assert second["relationships_matched"] == first["relationships_created"]
    stats = backend.query("MATCH (s:Statement) RETURN sum(s.evidence_count) AS n")
    assert stats == [{"n": 8}]


def test_a_second_build_adds_only_what_is_new_and_accumulates_evidence(backend: Any, tmp_path: Path) -> None:
    backend.load(_sample_without("a2", "a3"))  # only article a1
    appeal = (
        "MATCH (:Entity {id: 'donald-trump'})-[r:APPEAL_TO]->(:Entity {id: 'vladimir-putin'}) "
        "RETURN r.evidence_count AS n, r.confidence AS c, r.last_seen AS last"
    )
    assert backend.query(appeal) == [{"n": 1, "c": 0.8, "last": "2025-03-14"}]
    second = backend.load(_sample_without("a1"))  # a2 and a3: a1's sentences are not in it
    assert backend.query(appeal) == [{"n": 2, "c": 0.9, "last": "2025-03-20"}]
    statements = backend.query("MATCH (s:Statement {predicate: 'appeal_to'}) RETURN count(s) AS n")
    assert statements == [{"n": 1}]
    whole = LadybugBackend(tmp_path / "whole.lbug").load(sample_graph())
    assert (second["nodes"], second["relationships"]) == (whole["nodes"], whole["relationships"])
    # predicates first seen in the second build get their relationship type (a new table on LadybugDB)
    threat = backend.query(
        "MATCH (:Entity)-[r:THREATEN]->(b:Entity) RETURN b.name AS b, r.evidence_count AS n"
    )
    assert threat == [{"b": "Volodymyr Zelensky", "n": 1}]


def test_ladybug_keeps_every_predicate_in_one_fact_table_and_queries_name_the_types(tmp_path: Path) -> None:
    path = tmp_path / "graph.lbug"

    def tables() -> set[str]:
        return {r["name"] for r in run_ladybug_query(path, "CALL show_tables() RETURN name")}

    def types() -> set[str]:
        rows = run_ladybug_query(path, "MATCH (:Entity)-[r]->(:Entity) RETURN DISTINCT type(r) AS t")
        return {r["t"] for r in rows}

    ladybug_store.load(_sample_without("a2", "a3"), path)
    structural = {
        "Article",
        "Sentence",
        "Entity",
        "Statement",
        "HAS_SENTENCE",
        "MENTIONS",
        "SUBJECT",
        "OBJECT",
        "EVIDENCE",
        "ATTRIBUTED_TO",
        "REPORTED_BY",
        "Name",
        "NAMES",
    }
    assert tables() == structural | {"FACT", "LoadedBuild"}  # and the mark of a build folder's load
    assert types() == {"APPEAL_TO", "MEET"}
    ladybug_store.load(_sample_without("a1"), path)  # a later build: new predicates, no new table
    assert tables() == structural | {"FACT", "LoadedBuild"}
    assert types() == {"APPEAL_TO", "MEET", "THREATEN", "CRITICIZE", "MATCH_N_DELETE_N"}
    threats = run_ladybug_query(path, "MATCH (a)-[r:THREATEN]->(b) RETURN type(r) AS t, r.predicate AS p")
    assert [r["t"] for r in threats] == ["THREATEN"] and threats[0]["p"]


def test_hostile_text_is_stored_verbatim_and_changes_no_query(backend: Any) -> None:
    summary = backend.load(sample_graph())
    assert summary["nodes"] == 37  # nothing was deleted or merged away
    rows = backend.query(
        "MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases", {"id": HOSTILE.id}
    )
    assert rows == [{"name": HOSTILE_NAME, "aliases": sorted(HOSTILE.aliases)}]
    by_name = backend.query("MATCH (e:Entity) WHERE e.name = $name RETURN e.id AS id", {"name": HOSTILE_NAME})
    assert by_name == [{"id": HOSTILE.id}]
    sentence = backend.query("MATCH (s:Sentence {id: 'a3#s1'}) RETURN s.text AS text")
    assert sentence == [{"text": HOSTILE_NAME + " criticized Putin in a post about Ukraine: {`*/ //}."}]
    fact = backend.query(
        "MATCH (:Entity {id: $id})-[r:MATCH_N_DELETE_N]->(b:Entity) RETURN r.predicate AS p, b.name AS b",
        {"id": HOSTILE.id},
    )
    assert fact == [{"p": HOSTILE_PREDICATE, "b": "Ukraine"}]


@pytest.mark.parametrize(
    "batch_size", [1, 5, 6, 7, 500]
)  # the sample has 6 entities: size - 1, size, size + 1
def test_batch_boundaries_give_the_same_graph(backend: Any, batch_size: int) -> None:
    summary = backend.load(sample_graph(), batch_size=batch_size, bulk=False)
    assert (summary["nodes"], summary["relationships"]) == (37, 65)
    entities = backend.query("MATCH (e:Entity) RETURN count(e) AS n")
    assert entities == [{"n": 6}]
    facts = (1, 1, 2, 1, 1)  # per predicate; both send them as one step (typed per row)
    structural = (3, 7, 6, 7, 14, 7, 15, 7, 6, 8, 1, 1, 14, 7)
    sizes = structural + (sum(facts),)
    expected_batches = sum(-(-n // batch_size) for n in sizes)
    assert summary["batches"] == expected_batches


def test_an_empty_graph_loads_nothing(backend: Any) -> None:
    summary = backend.load(KnowledgeGraph())
    assert summary["batches"] == summary["nodes"] == summary["relationships"] == 0
    bare = _sample_without()
    bare.statements.clear()
    summary = backend.load(bare)
    assert summary["nodes"] == 3 + 7 + 6 + 14  # articles, sentences, entities, names
    assert backend.query("MATCH (s:Statement) RETURN count(s) AS n") == [{"n": 0}]


# --- the query library on the reference graph --------------------------------------------

H = HOSTILE_NAME
# file stem -> (parameters beyond the defaults, columns compared, expected rows)
EXPECTED: dict[str, tuple[dict[str, Any], tuple[str, ...], list[tuple[Any, ...]]]] = {
    "who_did_what_to_whom": (
        {},
        ("subject", "predicate", "object", "evidence_count"),
        [
            ("Donald Trump", "appeal_to", "Vladimir Putin", 2),
            (H, "criticize", "Vladimir Putin", 1),
            (H, HOSTILE_PREDICATE, "Ukraine", 1),
            ("Vladimir Putin", "meet", "Donald Trump", 1),
            ("Vladimir Putin", "threaten", "Volodymyr Zelensky", 1),
            ("Volodymyr Zelensky", "demand", "ceasefire", 1),  # a literal object too
        ],
    ),
    "appeals_threats_demands": (
        {},
        ("event_type", "subject", "predicate", "object", "negated"),
        [
            ("DEMAND", "Volodymyr Zelensky", "demand", "ceasefire", False),
            ("REQUEST", "Donald Trump", "appeal_to", "Vladimir Putin", False),
            ("THREATEN", "Vladimir Putin", "threaten", "Volodymyr Zelensky", False),
        ],
    ),
    "statements_about_actor": (
        {"actor": "the russian leader"},
        ("role", "subject", "predicate", "published"),
        [  # asserted statements only: not the denied meeting of 2025-03-14
            ("object", "Donald Trump", "appeal_to", "2025-03-14"),
            ("subject", "Vladimir Putin", "threaten", "2025-03-20"),
            ("object", "Donald Trump", "appeal_to", "2025-03-20"),
            ("subject", "Vladimir Putin", "meet", "2025-03-25"),
            ("object", H, "criticize", "2025-03-25"),
        ],
    ),
    "actor_timeline": (
        {"actor": "Zelensky"},
        ("date", "subject", "predicate", "object"),
        [
            ("2025-03-20", "Vladimir Putin", "threaten", "Volodymyr Zelensky"),
            ("2025-03-20", "Volodymyr Zelensky", "demand", "ceasefire"),
        ],
    ),
    "reporting_outlet": (
        {},
        ("outlet", "subject", "predicate", "object", "url"),
        [
            (
                "Strana",
                "Volodymyr Zelensky",
                "demand",
                "ceasefire",
                "https://news.example.org/2025/03/20/threat",
            ),
        ],
    ),
    "attribution": (
        {},
        ("speaker", "predicate", "object", "reported_by"),
        [
            ("Volodymyr Zelensky", "demand", "ceasefire", "Strana"),
        ],
    ),
    "contradicting_statements": (
        {},
        ("subject", "predicate", "object", "asserted_sentence", "denied_sentence"),
        [
            (
                "Vladimir Putin",
                "meet",
                "Donald Trump",
                "Putin met Trump in Riyadh.",
                "Putin will not meet Trump, the Kremlin said.",
            ),
        ],
    ),
    "most_connected_actors": (
        {"limit": 3},
        ("actor", "statements", "counterparts"),
        [  # asserted statements only: not the denied meeting
            ("Vladimir Putin", 4, 3),
            (H, 2, 2),
            ("Donald Trump", 2, 1),
        ],
    ),
    "shortest_path": (
        {"from": "trump", "to": "ZELENSKY"},
        ("from", "to", "hops", "path"),
        [
            (
                "Donald Trump",
                "Volodymyr Zelensky",
                2,
                ["donald-trump", "vladimir-putin", "volodymyr-zelensky"],
            ),
        ],
    ),
    "events_of_type": (
        {"event_type": "CONSULT", "modality": "all"},  # the denied meeting too
        ("cameo_code", "subject", "object", "negated", "date"),
        [
            ("036", "Vladimir Putin", "Donald Trump", True, "2025-03-14"),
            ("040", "Vladimir Putin", "Donald Trump", False, "2025-03-24"),
        ],
    ),
    "entity_aliases_and_mentions": (
        {"actor": "TRUMP"},
        ("name", "aliases", "mention", "article", "mention_start"),
        [
            ("Donald Trump", ["Trump"], "Trump", "a1", 0),
            ("Donald Trump", ["Trump"], "Trump", "a1", 67),
            ("Donald Trump", ["Trump"], "Trump", "a2", 27),
            ("Donald Trump", ["Trump"], "Trump", "a3", 10),
        ],
    ),
    "actor_network": (
        {"min_evidence": 2},
        ("subject", "relationship", "object", "evidence_count", "last_seen"),
        [
            ("Donald Trump", "APPEAL_TO", "Vladimir Putin", 2, "2025-03-20"),
        ],
    ),
    "statement_sources": (
        {"predicate": "appeal_to"},  # the sample graph's predicate; the default is "appealed_to"
        ("subject_text", "relation_text", "relation_start", "relation_end", "url"),
        [
            ("Trump", "appealed to", 6, 17, "https://news.example.org/2025/03/14/appeal"),
            ("Trump", "appealed to", 39, 50, "https://news.example.org/2025/03/20/threat"),
        ],
    ),
}


def test_every_library_query_has_expected_rows() -> None:
    assert sorted(EXPECTED) == sorted(p.stem for p in QUERIES.glob("*.cypher"))


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_library_query_returns_the_expected_rows(backend: Any, stem: str) -> None:
    backend.load(sample_graph())
    params, columns, expected = EXPECTED[stem]
    query = read_query(QUERIES / f"{stem}.cypher")
    rows = backend.query(query.text, {**query.defaults, **params})
    assert [tuple(row[c] for c in columns) for row in rows] == expected


# The query library on a realistic build (the example articles): test_propertygraph_library.py.


# --- look-ups by name key; article-local entities -------------------------------------------


def _with_local_pronouns() -> KnowledgeGraph:
    """The sample plus, in each of its three articles, an unresolved "they" (article-local
    entity, id made from the article's id) that threatened Putin: pooled by name, "they"
    would be the second most connected actor."""
    from graphbuilder.model import Argument, Entity, Evidence, Statement, entity_id

    kg = sample_graph()
    putin = kg.entities["vladimir-putin"]
    for article_id in ("a1", "a2", "a3"):
        sentence = next(s for s in kg.sentences.values() if s.article_id == article_id)
        they = Entity(entity_id(f"{article_id} they"), "they")
        kg.add_entity(they)
        for n in range(2):
            evidence = Evidence(
                article_id,
                sentence,
                Argument("they", sentence.start, sentence.start + 4, they.id, "they"),
                "threatened",
                sentence.start + 5 + n,
                sentence.start + 15 + n,
                Argument("Putin", sentence.start, sentence.start + 5, putin.id, putin.name),
            )
            kg.add_statement(Statement(they.id, f"threaten_{n}", putin.id, evidence=(evidence,)))
    return kg


def test_article_local_entities_do_not_rank_as_actors(backend: Any) -> None:
    backend.load(_with_local_pronouns())
    local = backend.query("MATCH (e:Entity) WHERE e.local_to IS NOT NULL RETURN e.local_to AS a ORDER BY a")
    assert [r["a"] for r in local] == ["a1", "a2", "a3"]
    text = read_query(QUERIES / "most_connected_actors.cypher")
    rows = backend.query(text.text, {**text.defaults, "limit": 10})
    assert "they" not in [r["actor"] for r in rows]
    assert rows[0]["actor"] == "Vladimir Putin" and rows[0]["statements"] == 4 + 6  # asserted ones


def test_names_are_looked_up_by_their_lower_cased_key(backend: Any) -> None:
    backend.load(sample_graph())
    rows = backend.query(
        "MATCH (:Name {id: toLower($n)})-[:NAMES]->(e:Entity) RETURN e.id AS id", {"n": "THE Russian LEADER"}
    )
    assert rows == [{"id": "vladimir-putin"}]
    keys = backend.query("MATCH (k:Name)-[:NAMES]->(:Entity {id: 'hostile'}) RETURN k.id AS key ORDER BY key")
    assert [r["key"] for r in keys] == sorted({HOSTILE_NAME.lower(), *(a.lower() for a in HOSTILE.aliases)})

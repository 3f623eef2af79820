"""The Oxigraph store of a build folder, built by the real pipeline from the fixture articles:
building twice changes nothing, building into an existing folder merges (evidence from
separate builds accumulates), rebuilding an article replaces its named graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphbuilder import api
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.query.sparql import query_store
from graphbuilder.sinks import oxigraph_store

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


def _articles(examples_path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in examples_path.read_text(encoding="utf-8").splitlines() if line]


def _write(path: Path, articles: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


def _quads(folder: Path) -> set[str]:
    store = oxigraph_store.open_store(folder)
    return {str(q) for q in store.quads_for_pattern(None, None, None, None)}


def _article_and_statement_quads(folder: Path) -> set[str]:
    store = oxigraph_store.open_store(folder)
    return {
        str(q) for q in store.quads_for_pattern(None, None, None, None)
        if str(q.graph_name) != "DEFAULT" or "/statement/" in str(q.subject)
    }


def _triples(folder: Path) -> int:
    count = query_store(folder, COUNT)[0]["n"]
    assert isinstance(count, int)
    return count


def test_building_the_fixture_articles_twice_leaves_the_store_unchanged(
    nlp: object, examples_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "twice"
    api.build_folder([examples_path], out)
    first, count = _quads(out), _triples(out)
    assert count > 500 and len(first) == count
    api.build_folder([examples_path], out)
    assert _triples(out) == count
    assert _quads(out) == first


def test_building_into_an_existing_folder_merges_and_evidence_accumulates(
    nlp: object, examples_path: Path, tmp_path: Path, example_kg: KnowledgeGraph
) -> None:
    articles = _articles(examples_path)
    merged = tmp_path / "merged"
    for i, article in enumerate(articles):  # one build per article, into the same folder
        api.build_folder([_write(tmp_path / f"a{i}.jsonl", [article])], merged)
    fresh = tmp_path / "fresh"
    api.build_folder([examples_path], fresh)
    assert _quads(merged) == _quads(fresh)  # no duplicate and no missing triple

    # statements supported by several articles, built separately, carry all their evidence
    shared = [st for st in example_kg.statements.values() if len({ev.article_id for ev in st.evidence}) > 1]
    assert shared, "the fixture articles share no statement"
    rows = query_store(
        merged,
        "SELECT ?id ?n (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?ev) AS ?evidence) WHERE { "
        "?st a gb:Statement ; gb:evidenceCount ?n . "
        "BIND (STRAFTER(STR(?st), '/statement/') AS ?id) "
        "GRAPH ?a { ?st gb:hasEvidence ?ev } } GROUP BY ?id ?n",
    )
    by_id = {r["id"]: r for r in rows}
    for st in shared:
        n_articles = len({ev.article_id for ev in st.evidence})
        assert by_id[st.id] == {"id": st.id, "n": len(st.evidence), "articles": n_articles,
                                "evidence": len(st.evidence)}


def test_rebuilding_a_fixture_article_replaces_its_named_graph(
    nlp: object, examples_path: Path, tmp_path: Path
) -> None:
    articles = _articles(examples_path)
    out = tmp_path / "rebuilt"
    api.build_folder([examples_path], out)
    kursk = articles[0]
    first_line = kursk["text"].splitlines()[0]
    edited = {**kursk, "text": first_line + "\n", "title": "Putin reviews Trump's appeal"}
    api.build_folder([_write(tmp_path / "edited.jsonl", [edited])], out)

    graph = f"https://graphbuilder.example.org/article/{kursk['id']}"
    sentences = query_store(
        out, f"SELECT ?text WHERE {{ GRAPH <{graph}> {{ ?s gb:sentenceIndex ?i ; nif:anchorOf ?text }} }}"
    )
    assert [r["text"].strip() for r in sentences] == [first_line.strip()]
    headline = query_store(
        out, f"SELECT ?h WHERE {{ GRAPH <{graph}> {{ <{graph}> schema:headline ?h }} }}"
    )
    assert headline == [{"h": "Putin reviews Trump's appeal"}]
    # every article graph and every statement node is what a fresh build of the current
    # articles gives (entities the old text alone named stay in the KnowledgeGraph, so in
    # the default graph, with nothing pointing at them)
    fresh = tmp_path / "fresh"
    api.build_folder([_write(tmp_path / "current.jsonl", [edited, *articles[1:]])], fresh)
    assert _article_and_statement_quads(out) == _article_and_statement_quads(fresh)


@pytest.mark.parametrize("fmt,suffix", [("turtle", "ttl"), ("trig", "trig"), ("nquads", "nq"),
                                        ("jsonld", "jsonld")])
def test_the_fixture_build_exports_in_every_format(
    nlp: object, examples_path: Path, tmp_path: Path, fmt: str, suffix: str
) -> None:
    from rdflib import Dataset, Graph

    out = tmp_path / "build"
    api.build_folder([examples_path], out)
    path = tmp_path / f"graph.{suffix}"
    n = oxigraph_store.export_store(out, path, fmt)
    if fmt == "turtle":
        g = Graph().parse(path, format="turtle")
        distinct = query_store(
            out, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE "
            "{ { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } }"
        )
        assert n == len(g) == distinct[0]["n"] < _triples(out)
    else:
        assert n == _triples(out)
        ds = Dataset()
        ds.parse(path, format={"trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}[fmt])
        assert len(set(ds.quads())) == n
        if fmt == "jsonld":
            doc = json.loads(path.read_text(encoding="utf-8"))
            assert doc["@context"]["gb"] == "https://graphbuilder.example.org/ontology#"

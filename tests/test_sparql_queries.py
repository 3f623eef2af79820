"""The SPARQL query library in queries/: headers, exact rows on a hand-built graph, real rows
on the bundled examples, and the same rows in-process and over HTTP through the endpoint."""

from __future__ import annotations

import importlib.util
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.query import sparql_client
from graphbuilder.query.endpoint import Endpoint, start_endpoint
from graphbuilder.query.library import read_query
from graphbuilder.query.sparql import bind_values, final_limit, query_variables
from graphbuilder.sinks.folder import write_folder

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "queries").glob("*.rq"))


def _load_sample():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "gb_sparql_sample", ROOT / "tests" / "test_sparql_sample.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sample = _load_sample()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sample-build")
    write_folder(sample.sample_kg(), folder)
    return folder


@pytest.fixture(scope="module")
def example_dir(tmp_path_factory: pytest.TempPathFactory, example_kg: KnowledgeGraph) -> Path:
    folder = tmp_path_factory.mktemp("example-build")
    write_folder(example_kg, folder)
    return folder


@pytest.fixture(scope="module")
def sample_endpoint(sample_dir: Path) -> Iterator[Endpoint]:
    with start_endpoint(sample_dir, port=free_port(), timeout=10) as ep:
        yield ep


@pytest.fixture(scope="module")
def example_endpoint(example_dir: Path) -> Iterator[Endpoint]:
    with start_endpoint(example_dir, port=free_port(), timeout=10) as ep:
        yield ep


def run(target: str | Path, name: str, **params: Any) -> list[dict[str, Any]]:
    return sparql_client.query(str(target), ROOT / "queries" / name, params)


def project(rows: list[dict[str, Any]], *cols: str) -> list[tuple[Any, ...]]:
    return [tuple(r[c] for c in cols) for r in rows]


# --- the library itself ---------------------------------------------------------------------


def test_library_has_at_least_ten_queries() -> None:
    assert len(QUERIES) >= 10


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_each_query_states_its_question_and_parameters(path: Path) -> None:
    qf = read_query(path)
    assert qf.question.endswith(("?", ".")) and len(qf.question) > 20
    assert "Parameters: none" in qf.text or qf.parameters
    variables = query_variables(qf.text)
    for p in qf.parameters:
        if p.name == "limit":  # sets the final LIMIT, which the file writes with the default
            assert final_limit(qf.text) == p.default and p.description
            continue
        assert (p.name in variables or f"{p.name}_key" in variables) and p.description


MODALITY_LINE = ('# param: modality = "asserted" -- asserted, negated, possible, conditional, intended, '
                 'reported, question, or "all"')
#: Queries that do not filter on the statement's modality, and why: attribution shows each
#: sentence's modality (what a speaker says is rarely stated as fact), denied_and_hedged lists
#: exactly what the default leaves out, contradicting_statements pairs a denied statement
#: with an asserted one, and the mention queries list no statements.
NO_MODALITY = {"attribution.rq", "denied_and_hedged.rq", "contradicting_statements.rq",
               "articles_mentioning_actor.rq", "entity_aliases_and_mentions.rq"}
#: Queries that read counts the build stored per modality (one graph each, "all" included).
COUNTED_MODALITY = {"most_connected_actors.rq"}


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_statement_listings_show_asserted_statements_unless_asked(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if path.name in NO_MODALITY:
        assert "param: modality" not in text
    else:
        assert MODALITY_LINE in text.splitlines()
        wanted = ('FILTER (?counted_modality = COALESCE(?modality, "asserted"))'
                  if path.name in COUNTED_MODALITY
                  else 'FILTER (?statement_modality = COALESCE(?modality, "asserted") || ?modality = "all")')
        assert wanted in text


# --- exact rows on the hand-built graph -------------------------------------------------------

EXPECTED: dict[str, tuple[dict[str, Any], tuple[str, ...], list[tuple[Any, ...]]]] = {
    "who_did_what_to_whom.rq": (
        {},
        ("subject", "predicate", "object", "event_type", "evidence_count"),
        [
            ("Donald Trump", "appealed_to", "Vladimir Putin", "REQUEST", 2),
            ("Vladimir Putin", "proposed", "surrender", "AGREE", 1),
            ("Volodymyr Zelensky", "rejected", "proposal", "REJECT", 1),
        ],
    ),
    "statements_about_actor.rq": (
        {"actor": "trump", "modality": "all"},
        ("role", "predicate", "object", "negated", "url"),
        [
            ("subject", "appealed_to", "Vladimir Putin", False, "https://news.example.org/a1"),
            ("subject", "appealed_to", "Vladimir Putin", False, "https://news.example.org/a2"),
            ("subject", "appealed_to", "Vladimir Putin", True, "https://news.example.org/a2"),
        ],
    ),
    "statement_sources.rq": (
        {"predicate": "rejected"},
        ("subject_text", "relation_text", "object_text", "sentence", "sentence_start", "url"),
        [
            (
                "Zelensky",
                "rejected",
                "the proposal",
                "Zelensky rejected the proposal, as quoted by Strana.",
                0,
                "https://news.example.org/a2",
            ),
        ],
    ),
    "actor_timeline.rq": (
        {"actor": "Zelensky"},
        ("date", "subject", "predicate", "object"),
        [
            ("2025-03-15", "Volodymyr Zelensky", "rejected", "proposal"),
        ],
    ),
    "attribution.rq": (
        {},
        ("speaker_name", "subject", "predicate", "negated", "modality"),
        [
            ("Vladimir Putin", "Vladimir Putin", "attack", True, "will"),
            ("Volodymyr Zelensky", "Donald Trump", "appealed_to", True, None),
        ],
    ),
    "reporting_outlet.rq": (
        {"outlet": "tass"},
        ("outlet_name", "subject", "predicate", "object", "publisher"),
        [
            ("TASS", "Donald Trump", "appealed_to", "Vladimir Putin", "Example Wire"),
        ],
    ),
    "contradicting_statements.rq": (
        {},
        ("subject", "predicate", "object", "asserted_url", "denied_sentence"),
        [
            (
                "Donald Trump",
                "appealed_to",
                "Vladimir Putin",
                "https://news.example.org/a2",
                "Trump did not appeal to Putin, Zelensky said.",
            ),
            (
                "Donald Trump",
                "appealed_to",
                "Vladimir Putin",
                "https://news.example.org/a1",
                "Trump did not appeal to Putin, Zelensky said.",
            ),
        ],
    ),
    "events_of_type.rq": (
        {"event_type": "REJECT"},
        ("event_type", "cameo_code", "date", "subject", "object"),
        [
            ("REJECT", "120", "2025-03-15", "Volodymyr Zelensky", "proposal"),
        ],
    ),
    "entity_aliases_and_mentions.rq": (
        {"actor": "US President Donald Trump"},
        ("name", "actor_code", "country", "aliases", "mention", "start"),
        [
            (
                "Donald Trump",
                "USAGOV",
                "USA",
                "Trump | US President Donald Trump",
                "US President Donald Trump",
                0,
            ),
            ("Donald Trump", "USAGOV", "USA", "Trump | US President Donald Trump", "Trump", 53),
            ("Donald Trump", "USAGOV", "USA", "Trump | US President Donald Trump", "Trump", 99),
        ],
    ),
    "most_connected_actors.rq": (
        {"modality": "all"},
        ("name", "type", "statements", "partners"),
        [
            ("Vladimir Putin", "Person", 4, 2),
            ("Donald Trump", "Person", 2, 1),
            ("Ukrainian soldiers", "Group", 1, 1),
            ("Volodymyr Zelensky", "Person", 1, 0),
        ],
    ),
    "articles_mentioning_actor.rq": (
        {"actor": "putin"},
        ("url", "publisher", "published", "mentions"),
        [
            ("https://news.example.org/a1", "Example Wire", "2025-03-14", 3),
            ("https://news.example.org/a2", "Other Post", "2025-03-15", 2),
        ],
    ),
    "statements_in_article.rq": (
        {"article_id": "a2-reply", "modality": "all"},
        ("sentence_index", "subject", "predicate", "negated"),
        [
            (0, "Volodymyr Zelensky", "rejected", False),
            (1, "Donald Trump", "appealed_to", True),
            (2, "Donald Trump", "appealed_to", False),
        ],
    ),
    "denied_and_hedged.rq": (
        {},
        ("subject", "predicate", "negated", "modality", "speaker"),
        [
            ("Vladimir Putin", "attack", True, "will", "Vladimir Putin"),
            ("Donald Trump", "appealed_to", True, None, "Volodymyr Zelensky"),
        ],
    ),
}


def test_every_query_has_an_expected_result() -> None:
    assert set(EXPECTED) == {p.name for p in QUERIES}


def test_by_default_only_statements_asserted_as_fact(sample_dir: Path) -> None:
    # "Trump did not appeal to Putin" is denied: shown only when asked for
    about = run(sample_dir, "statements_about_actor.rq", actor="trump")
    assert project(about, "predicate", "negated", "url") == [
        ("appealed_to", False, "https://news.example.org/a1"),
        ("appealed_to", False, "https://news.example.org/a2"),
    ]
    denied = run(sample_dir, "statements_about_actor.rq", actor="trump", modality="negated")
    assert project(denied, "predicate", "negated", "sentence") == [
        ("appealed_to", True, "Trump did not appeal to Putin, Zelensky said."),
    ]
    in_article = run(sample_dir, "statements_in_article.rq", article_id="a2-reply")
    assert project(in_article, "sentence_index", "negated") == [(0, False), (2, False)]
    ranked = run(sample_dir, "most_connected_actors.rq")
    assert project(ranked, "name", "statements", "partners") == [
        ("Vladimir Putin", 2, 1), ("Donald Trump", 1, 1), ("Volodymyr Zelensky", 1, 0),
    ]
    # who_did_what_to_whom: every statement with "all", the denied ones included
    assert len(run(sample_dir, "who_did_what_to_whom.rq")) == 3
    every = run(sample_dir, "who_did_what_to_whom.rq", modality="all")
    assert sorted(r["negated"] for r in every) == [False, False, False, True, True]


def test_limit_sets_how_many_rows(sample_dir: Path, sample_endpoint: Endpoint) -> None:
    for target in (str(sample_dir), sample_endpoint.url):
        assert len(run(target, "who_did_what_to_whom.rq", modality="all")) == 5
        two = run(target, "who_did_what_to_whom.rq", modality="all", limit=2)
        assert two == run(target, "who_did_what_to_whom.rq", modality="all")[:2]
    from graphbuilder.errors import QueryError

    with pytest.raises(QueryError, match="whole number"):
        run(sample_dir, "who_did_what_to_whom.rq", limit="2; DROP ALL")
    with pytest.raises(QueryError, match="no LIMIT clause"):
        sparql_client.query(str(sample_dir), "SELECT ?s WHERE { ?s ?p ?o }", {"limit": 3})


def test_limit_sets_the_subquery_that_picks_the_rows_too() -> None:
    text = ("SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?m FILTER (?m = ?modality) } LIMIT 100 } "
            "{ SELECT ?o WHERE { ?o ?q ?r } LIMIT 7 } } ORDER BY ?s LIMIT 100")
    bound = bind_values(text, {"limit": 5, "modality": "asserted"})
    assert bound.count("LIMIT 5") == 2 and "LIMIT 7" in bound and "LIMIT 100" not in bound
    # a subquery sees no variable of the query around it: the values go into it as well
    assert bound.count('VALUES (?modality) { ("asserted") }') == 2


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_gives_the_expected_rows_in_process(sample_dir: Path, name: str) -> None:
    params, cols, rows = EXPECTED[name]
    assert project(run(sample_dir, name, **params), *cols) == rows


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_gives_the_same_rows_over_http(sample_dir: Path, sample_endpoint: Endpoint, name: str) -> None:
    params, cols, rows = EXPECTED[name]
    over_http = run(sample_endpoint.url, name, **params)
    assert over_http == run(sample_dir, name, **params)
    assert project(over_http, *cols) == rows


def test_in_memory_graph_query_matches_the_store(sample_dir: Path) -> None:
    text = (ROOT / "queries" / "statements_about_actor.rq").read_text(encoding="utf-8")
    assert sample.sample_kg().sparql(text, actor="Putin") == run(
        sample_dir, "statements_about_actor.rq", actor="Putin"
    )


# --- real rows on the bundled example articles --------------------------------------------------


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_query_runs_on_the_example_build_in_process_and_over_http(
    example_dir: Path, example_endpoint: Endpoint, path: Path
) -> None:
    in_process = sparql_client.query(str(example_dir), path)
    assert in_process == sparql_client.query(example_endpoint.url, path)


def test_example_build_answers_the_analyst_questions(example_dir: Path) -> None:
    # content-level checks that hold whatever the extractor's exact output
    names = {r["subject"] for r in run(example_dir, "who_did_what_to_whom.rq")}
    assert {"Vladimir Putin", "Donald Trump"} & names
    about = run(example_dir, "statements_about_actor.rq", actor="Putin")
    assert about and all(r["url"] and r["url"].startswith("https://news.example.org/") for r in about)
    assert any("Putin" in r["sentence"] for r in about)
    entity = run(example_dir, "entity_aliases_and_mentions.rq", actor="Vladimir Putin")
    assert entity and entity[0]["name"] == "Vladimir Putin" and all(r["mention"] for r in entity)
    articles = run(example_dir, "articles_mentioning_actor.rq", actor="Vladimir Putin")
    assert any(r["url"] == "https://news.example.org/2025/03/14/kursk-appeal" for r in articles)
    in_article = run(example_dir, "statements_in_article.rq")  # default: the Kursk article
    assert in_article and all(r["sentence"] for r in in_article)
    ranked = run(example_dir, "most_connected_actors.rq")
    assert ranked and ranked[0]["statements"] >= ranked[-1]["statements"]


# --- parameters are bound as RDF terms -------------------------------------------------------------

HOSTILE = 'Putin" } } ; DROP ALL ; SELECT * { ?s ?p ?o } #\n\\ \u00e9'


def test_hostile_parameter_text_stays_one_literal(sample_dir: Path, sample_endpoint: Endpoint) -> None:
    echo = "SELECT ?x WHERE { BIND (?value AS ?x) }"
    for target in (str(sample_dir), sample_endpoint.url):
        assert sparql_client.query(target, echo, {"value": HOSTILE}) == [{"x": HOSTILE}]
        assert run(target, "statements_about_actor.rq", actor=HOSTILE) == []


def test_parameter_types_and_iris(sample_dir: Path) -> None:
    import rdflib

    echo = "SELECT ?x WHERE { BIND (?value AS ?x) }"
    for value in (3, 2.5, True, "text"):
        assert sparql_client.query(str(sample_dir), echo, {"value": value}) == [{"x": value}]
    iri = "https://graphbuilder.example.org/entity/vladimir-putin"
    rows = sparql_client.query(
        str(sample_dir), "SELECT ?n WHERE { ?e schema:name ?n }", {"e": rdflib.URIRef(iri)}
    )
    assert rows == [{"n": "Vladimir Putin"}]


def test_values_block_goes_into_the_where_group() -> None:
    bound = bind_values("# { in a comment\nSELECT ?a WHERE { ?a <p:q> '{' }", {"a": "x"})
    assert bound == "# { in a comment\nSELECT ?a WHERE { VALUES (?a) { (\"x\") }  ?a <p:q> '{' }"
    construct = bind_values("CONSTRUCT { ?s <p:q> ?o } WHERE { ?s ?p ?o }", {"o": 1})
    assert construct.endswith(
        'WHERE { VALUES (?o) { ("1"^^<http://www.w3.org/2001/XMLSchema#integer>) }  ?s ?p ?o }'
    )


def test_unknown_parameter_is_a_clear_error(sample_dir: Path) -> None:
    from graphbuilder.errors import QueryError

    with pytest.raises(QueryError, match="actr is not a variable"):
        run(sample_dir, "statements_about_actor.rq", actr="Putin")
    with pytest.raises(QueryError, match="malformed SPARQL"):
        sparql_client.query(str(sample_dir), "SELEC ?x")


def test_ask_and_construct_rows(sample_dir: Path, sample_endpoint: Endpoint) -> None:
    ask = "ASK { ?e schema:name ?n }"
    construct = (
        "PREFIX schema: <https://schema.org/> CONSTRUCT { ?e schema:name ?n } "
        "WHERE { ?e schema:name ?n FILTER (?n = 'TASS') }"
    )
    assert sparql_client.query(str(sample_dir), ask, {"n": "TASS"}) == [{"result": True}]
    expected = [
        {
            "subject": "https://graphbuilder.example.org/entity/tass",
            "predicate": "https://schema.org/name",
            "object": "TASS",
        }
    ]
    assert sparql_client.query(str(sample_dir), construct) == expected
    assert sparql_client.query(sample_endpoint.url, construct) == expected


def test_rows_become_a_dataframe(sample_dir: Path) -> None:
    frame = sparql_client.to_dataframe(run(sample_dir, "most_connected_actors.rq"))
    assert list(frame.columns) == ["name", "type", "statements", "partners"]
    assert frame.loc[0, "name"] == "Vladimir Putin" and frame["statements"].sum() == 4  # asserted ones


# --- the CLI -----------------------------------------------------------------------------------------


def test_sparql_command_prints_a_table_json_and_csv(sample_dir: Path) -> None:
    import json

    from click.testing import CliRunner

    from graphbuilder.cli import main

    runner = CliRunner()
    query = str(ROOT / "queries" / "statements_about_actor.rq")
    table = runner.invoke(main, ["sparql", str(sample_dir), query, "--param", "actor=Zelensky"])
    assert table.exit_code == 0, table.output
    assert "Volodymyr Zelensky" in table.output and "rejected" in table.output and "(1 row)" in table.output
    as_json = runner.invoke(
        main, ["sparql", str(sample_dir), query, "-p", "actor=Zelensky", "--format", "json"]
    )
    assert json.loads(as_json.output)[0]["predicate"] == "rejected"
    as_csv = runner.invoke(main, ["sparql", str(sample_dir), query, "-p", "actor=Zelensky", "-f", "csv"])
    assert as_csv.output.splitlines()[0] == "role,subject,predicate,object,negated,sentence,url,article"
    default = runner.invoke(main, ["sparql", str(sample_dir), query])  # header default: Vladimir Putin
    assert "proposed" in default.output


def test_sparql_command_errors_are_one_line(sample_dir: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from graphbuilder.cli import main

    runner = CliRunner()
    bad = runner.invoke(main, ["sparql", str(sample_dir), "SELECT ?x WHERE {"])
    assert bad.exit_code == 1 and bad.output.startswith("error: malformed SPARQL query")
    assert "Traceback" not in bad.output
    missing = runner.invoke(main, ["sparql", str(tmp_path), "ASK {}"])
    assert missing.exit_code == 1 and "no Oxigraph store" in missing.output
    no_file = runner.invoke(main, ["sparql", str(sample_dir), "queries/nope.rq"])
    assert no_file.exit_code == 1 and "nope.rq: cannot read the query" in no_file.output


def test_export_rdf_command(sample_dir: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from graphbuilder.cli import main

    result = CliRunner().invoke(main, ["export", "rdf", str(sample_dir), str(tmp_path / "g.nq")])
    assert result.exit_code == 0, result.output
    assert "nquads" in result.output
    lines = (tmp_path / "g.nq").read_text(encoding="utf-8").splitlines()
    assert any("<https://graphbuilder.example.org/article/a1-kursk> ." in line for line in lines)
    unknown = CliRunner().invoke(main, ["export", "rdf", str(sample_dir), str(tmp_path / "g.xyz")])
    assert unknown.exit_code == 1 and "--format" in unknown.output

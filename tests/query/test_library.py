"""One query library for both languages: one header grammar, one parameter parser, one printer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphbuilder.errors import QueryError
from graphbuilder.query import library
from graphbuilder.query.library import Language, parse_params, parse_query, read_query
from graphbuilder.query.sparql import final_limit, query_variables
from graphbuilder.query.table import format_table, render
from graphbuilder.sinks.propertygraph.cypher import parameter_names

QUERIES = Path(__file__).resolve().parents[2] / "queries"
LIBRARY = sorted([*QUERIES.glob("*.rq"), *QUERIES.glob("*.cypher")])


@pytest.mark.parametrize("path", LIBRARY, ids=lambda p: p.name)
def test_every_library_file_has_the_one_header_grammar(path: Path) -> None:
    query = read_query(path)
    assert query.language is (Language.SPARQL if path.suffix == ".rq" else Language.CYPHER)
    assert "?" in query.question and len(query.question) > 20
    assert query.parameters or library.documents_no_parameters(query)
    used = query_variables(query.text) if query.language is Language.SPARQL else parameter_names(query.text)
    for p in query.parameters:
        if p.name == "limit" and query.language is Language.SPARQL:  # sets the query's final LIMIT
            assert final_limit(query.text) == p.default and p.description, path
            continue
        assert (p.name in used or f"{p.name}_key" in used) and p.description, (path, p.name)
    for line in query.text.splitlines():  # the old grammars are gone
        assert "(default:" not in line and "(optional)" not in line, (path, line)


def test_the_same_header_reads_the_same_in_both_languages() -> None:
    body = ("{c} Question: Who met whom?\n{c}   One row a meeting.\n"
            '{c} param: actor = "Vladimir Putin" -- name or alias\n'
            "{c} param: limit = 10 -- how many\n{c} param: since = null -- from this date, when given\n")
    sparql = parse_query(body.format(c="#") + "SELECT ?x WHERE { ?x ?p ?o }")
    cypher = parse_query(body.format(c="//") + "MATCH (n) RETURN n")
    assert (sparql.language, cypher.language) == (Language.SPARQL, Language.CYPHER)
    for q in (sparql, cypher):
        assert q.question == "Who met whom? One row a meeting."
        assert q.defaults == {"actor": "Vladimir Putin", "limit": 10, "since": None}
        assert q.descriptions["since"] == "from this date, when given"
        assert q.values({"limit": 3}) == {"actor": "Vladimir Putin", "limit": 3, "since": None}


@pytest.mark.parametrize("line", ["# param: actor (default: Putin) -- old grammar",
                                  "# param: actor = Putin -- text needs quotes",
                                  "# param: actor -- no default"])
def test_a_malformed_parameter_line_names_file_and_line(tmp_path: Path, line: str) -> None:
    path = tmp_path / "bad.rq"
    path.write_text(f"# Question: x?\n{line}\nSELECT ?actor WHERE {{}}\n", encoding="utf-8")
    with pytest.raises(QueryError, match=r"bad\.rq:2: "):
        read_query(path)


def test_command_line_values_are_json_except_for_text_parameters() -> None:
    query = parse_query('// param: article = "a-1" -- id\n// param: limit = 10 -- n\nRETURN $article, $limit')
    assert parse_params(["article=2024", "limit=5", "other=[1, 2]", "x=text"], query) == {
        "article": "2024", "limit": 5, "other": [1, 2], "x": "text"}
    with pytest.raises(QueryError, match="expected NAME=VALUE"):
        parse_params(["novalue"], query)


def test_load_tells_a_file_from_query_text(tmp_path: Path) -> None:
    assert library.load("SELECT ?x WHERE { ?x ?p ?o }", Language.SPARQL).path is None
    who = library.load(str(QUERIES / "who_did_what_to_whom.rq"), Language.SPARQL)
    assert who.name == "who_did_what_to_whom"
    with pytest.raises(QueryError, match="nope.cypher: cannot read the query"):
        library.load(str(tmp_path / "nope.cypher"), Language.CYPHER)


def test_one_printer_for_every_format() -> None:
    rows = [{"name": "Vladimir Putin", "said": "x" * 100, "aliases": ["Putin"], "n": None}]
    table = render(rows, "table", width=20).splitlines()
    assert table[0].split(" | ")[0].strip() == "name" and table[-1] == "(1 row)"
    assert "x" * 19 + "\u2026" in table[2] and "x" * 20 not in table[2]
    assert "x" * 100 in render(rows, "table", width=0)  # --width 0: whole cells
    assert json.loads(render(rows, "json")) == rows
    assert [json.loads(line) for line in render(rows, "jsonl").splitlines()] == rows
    csv_lines = render(rows, "csv").splitlines()
    assert csv_lines == ["name,said,aliases,n", f'Vladimir Putin,{"x" * 100},"[""Putin""]",']
    assert render([], "table") == "(0 rows)\n" and render([], "csv") == "" and format_table([]) == ""

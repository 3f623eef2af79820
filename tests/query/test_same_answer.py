"""Same question, same answer: a library query and its twin in the other language agree.

For every stem with both a ``.rq`` and a ``.cypher`` in ``queries/``, the bundled examples are
built once, the ``.rq`` runs on the build folder's Oxigraph store and the ``.cypher`` on a
LadybugDB store of the same graph, each with its header's defaults (and, where both take
``modality``, with every modality and "all"), and the answers are compared as sets of rows
on the columns both give. Column names may differ between the twins (``name`` / ``actor``);
``COLUMNS`` maps them, and each twin's header says what only one side has.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from click.testing import CliRunner

from graphbuilder.cli import main
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.model import MODALITIES
from graphbuilder.query.cypher import run_query as run_cypher
from graphbuilder.query.library import QueryFile, read_query
from graphbuilder.query.sparql import query_store
from graphbuilder.query.table import DEFAULT_WIDTH
from graphbuilder.sinks.folder import write_folder
from graphbuilder.sinks.propertygraph import ladybug_store
from graphbuilder.sinks.rdf import object_text

QUERIES = Path(__file__).resolve().parents[2] / "queries"
TWINS = sorted(p.stem for p in QUERIES.glob("*.rq") if p.with_suffix(".cypher").exists())

Row = dict[str, Any]

# stem -> {SPARQL column: Cypher column}: what both answers give, compared value for value
_STATEMENT = {"subject": "subject", "predicate": "predicate", "object": "object"}
COLUMNS: dict[str, dict[str, str]] = {
    "who_did_what_to_whom": {**_STATEMENT, "event_type": "event_type", "cameo_code": "cameo_code",
                             "evidence_count": "evidence_count"},
    "actor_timeline": {"date": "date", **_STATEMENT, "negated": "negated", "event_type": "event_type",
                       "sentence": "sentence", "url": "url"},
    "statements_about_actor": {"role": "role", **_STATEMENT, "negated": "negated", "sentence": "sentence",
                               "url": "url"},
    "attribution": {"speaker_name": "speaker", **_STATEMENT, "negated": "negated", "modality": "modality",
                    "sentence": "sentence", "url": "url"},
    "reporting_outlet": {"outlet_name": "outlet", **_STATEMENT, "publisher": "publisher",
                         "sentence": "sentence", "url": "url"},
    "events_of_type": {"event_type": "event_type", "cameo_code": "cameo_code", "date": "date", **_STATEMENT,
                       "negated": "negated", "sentence": "sentence", "url": "url"},
    "statement_sources": {**_STATEMENT, "negated": "negated", "subject_text": "subject_text",
                          "relation_text": "relation_text", "object_text": "object_text",
                          "sentence": "sentence", "url": "url"},
    "contradicting_statements": {**_STATEMENT, "asserted_sentence": "asserted_sentence",
                                 "asserted_url": "asserted_url", "denied_sentence": "denied_sentence",
                                 "denied_url": "denied_url"},
    "most_connected_actors": {"name": "actor", "type": "type", "statements": "statements",
                              "partners": "counterparts"},
    "entity_aliases_and_mentions": {"name": "name", "type": "type", "aliases": "aliases",
                                    "actor_code": "actor_code", "country": "country", "mention": "mention",
                                    "start": "mention_start", "end": "mention_end", "sentence": "sentence",
                                    "article": "article"},
}


def _local_name(iri: Any) -> Any:
    """The last segment of an IRI (a class IRI's type, an article IRI's id)."""
    return unquote(iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]) if isinstance(iri, str) else iri


def _alias_set(value: Any) -> Any:
    """Aliases as a set: SPARQL joins them with " | ", Cypher gives a list."""
    if value is None:
        return frozenset()
    return frozenset(value.split(" | ") if isinstance(value, str) else value)


# stem -> column -> how a value is normalised on both sides before comparing
NORMALISE: dict[str, dict[str, Callable[[Any], Any]]] = {
    "entity_aliases_and_mentions": {"type": _local_name, "article": _local_name, "aliases": _alias_set},
}


def _value(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, list):
        return tuple(value)
    return value


def normalised(stem: str, rows: list[Row], columns: list[str]) -> set[tuple[Any, ...]]:
    """``rows`` as a set of tuples of the given columns, values normalised."""
    how = NORMALISE.get(stem, {})
    out = set()
    for row in rows:
        values = {c: how.get(c, _value)(row.get(c)) for c in columns}
        if "aliases" in values and "name" in values:  # a name is no alias of itself
            values["aliases"] = frozenset(values["aliases"] - {values["name"]})
        out.add(tuple(values[c] for c in columns))
    return out


class Stores:
    """The example build: the folder's Oxigraph store and a LadybugDB store of the same graph."""

    def __init__(self, folder: Path, ladybug: Path) -> None:
        self.folder = folder
        self.ladybug = ladybug

    def sparql(self, query: QueryFile, params: dict[str, Any]) -> list[Row]:
        return query_store(self.folder, query.text, {**query.defaults, **params})

    def cypher(self, query: QueryFile, params: dict[str, Any]) -> list[Row]:
        return run_cypher(self.ladybug, query.text, {**query.defaults, **params})


@pytest.fixture(scope="module")
def stores(example_kg: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Stores:
    root = tmp_path_factory.mktemp("twins")
    write_folder(example_kg, root / "build")
    ladybug_store.load(example_kg, root / "example.lbug")
    return Stores(root / "build", root / "example.lbug")


def twins(stem: str) -> tuple[QueryFile, QueryFile]:
    return read_query(QUERIES / f"{stem}.rq"), read_query(QUERIES / f"{stem}.cypher")


def parameter_sets(sparql: QueryFile, cypher: QueryFile) -> list[dict[str, Any]]:
    """The defaults; and every modality (and "all") where both twins take one."""
    sets: list[dict[str, Any]] = [{}]
    if "modality" in sparql.defaults and "modality" in cypher.defaults:
        sets += [{"modality": m} for m in (*MODALITIES, "all")]
    return sets


def test_every_twin_is_compared() -> None:
    assert sorted(COLUMNS) == TWINS
    assert len(TWINS) >= 10


@pytest.mark.parametrize("stem", TWINS)
def test_twins_take_the_same_parameters(stem: str) -> None:
    sparql, cypher = twins(stem)
    # LIMIT: Cypher always has one; SPARQL may have none (it then gives every row)
    assert set(sparql.defaults) - {"limit"} == set(cypher.defaults) - {"limit"}, stem
    for name in set(sparql.defaults) & set(cypher.defaults):
        assert sparql.defaults[name] == cypher.defaults[name], (stem, name)


@pytest.mark.parametrize("stem", TWINS)
def test_same_question_same_answer(stores: Stores, stem: str) -> None:
    sparql, cypher = twins(stem)
    columns = COLUMNS[stem]
    nonempty = 0
    for params in parameter_sets(sparql, cypher):
        rq_rows = stores.sparql(sparql, params)
        cy_rows = stores.cypher(cypher, params)
        for rows, names in ((rq_rows, list(columns)), (cy_rows, list(columns.values()))):
            for row in rows[:1]:  # every compared column is in the answer (none renamed away)
                assert set(names) <= set(row), (stem, sorted(set(names) - set(row)))
        got_rq = normalised(stem, rq_rows, list(columns))
        got_cy = normalised(stem, cy_rows, list(columns.values()))
        assert got_rq == got_cy, (stem, params, sorted(got_rq - got_cy, key=repr)[:5],
                                  sorted(got_cy - got_rq, key=repr)[:5])
        nonempty += bool(got_rq)
    if stem != "contradicting_statements":  # the example articles may contradict nothing
        assert nonempty, f"{stem}: no answer to compare"


def test_modality_asserted_by_default_all_shows_more(stores: Stores, example_kg: KnowledgeGraph) -> None:
    sparql, cypher = twins("who_did_what_to_whom")
    assert sparql.defaults["modality"] == cypher.defaults["modality"] == "asserted"
    asserted = stores.cypher(cypher, {})
    everything = stores.cypher(cypher, {"modality": "all"})
    assert len(asserted) == sum(st.asserted for st in example_kg.statements.values())  # as `build` counts
    assert len(everything) == len(example_kg.statements) > len(asserted) > 0
    assert len(stores.sparql(sparql, {"modality": "all"})) == len(everything)


def test_literal_objects_keep_the_case_the_text_wrote(stores: Stores, example_kg: KnowledgeGraph) -> None:
    rows = run_cypher(stores.ladybug, "MATCH (s:Statement) WHERE s.object_literal IS NOT NULL "
                      "RETURN s.id AS id, s.object_literal AS text")
    got = {r["id"]: r["text"] for r in rows}
    literal = {st.id: st for st in example_kg.statements.values() if st.object_id is None}
    assert got == {i: object_text(st) for i, st in literal.items()}  # the RDF side's text
    assert any(got[i] != st.object_literal for i, st in literal.items())  # not the lower-cased key
    assert "US President" in got.values()


@pytest.mark.parametrize("language", ["sparql", "cypher"])
def test_long_cells_are_cut_in_tables_and_whole_with_width_0_or_csv(stores: Stores, language: str) -> None:
    suffix, target = (".rq", stores.folder) if language == "sparql" else (".cypher", stores.ladybug)
    query = str(QUERIES / f"who_did_what_to_whom{suffix}")
    longest = max((r["object"] for r in stores.cypher(twins("who_did_what_to_whom")[1], {})), key=len)
    assert len(longest) > DEFAULT_WIDTH

    def show(*options: str) -> str:
        done = CliRunner().invoke(main, [language, str(target), query, *options])
        assert done.exit_code == 0, done.output
        return done.output

    assert longest not in show() and longest[: DEFAULT_WIDTH - 1] + "\u2026" in show()
    assert longest in show("--width", "0")
    assert longest in show("-f", "csv") and longest in show("-f", "jsonl")

"""A statement's setting (``model.Evidence.setting``: its verb's time and place phrases as
written, in text order) in every output of a real build: statements.jsonl, the RDF of the
Oxigraph store, a LadybugDB load (bulk COPY and merge); and a build folder whose evidence
records were written before the field still reads and loads, as having no setting."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pyoxigraph as ox
import pytest

from graphbuilder.api import build_folder
from graphbuilder.buildfolder import open_database, outputs
from graphbuilder.query.cypher import run_query as run_ladybug_query
from graphbuilder.sinks.folder import read_folder
from graphbuilder.sinks.propertygraph import ladybug_store

TEXT = "The minister resigned in Paris on Tuesday. Police arrested two men in Leeds last month.\n"
#: relation text -> the setting its evidence carries ("Paris" is the object of "resigned in").
EXPECTED = {"resigned in": ["on Tuesday"], "arrested": ["in Leeds", "last month"]}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("setting")
    source = base / "minister.txt"
    source.write_text(TEXT, encoding="utf-8")
    build_folder(source, base / "build")
    return base / "build"


def _statements(folder: Path) -> list[dict]:
    with (folder / "statements.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_statements_jsonl_carries_the_setting(folder: Path) -> None:
    records = _statements(folder)
    assert {r["relation_text"]: r["setting"] for r in records} == EXPECTED
    keys = list(records[0])
    assert keys.index("setting") == keys.index("date") + 1  # one stable record shape


def test_the_rdf_store_has_one_setting_literal_per_phrase(folder: Path) -> None:
    store = ox.Store.read_only(str(folder / "store"))
    rows = store.query(
        "PREFIX gb: <https://graphbuilder.example.org/ontology#> "
        "SELECT ?relation ?setting WHERE { GRAPH ?article { "
        "?statement gb:hasEvidence ?evidence . ?evidence gb:relationText ?relation . "
        "OPTIONAL { ?evidence gb:setting ?setting } } }"
    )
    found = {(r["relation"].value, r["setting"].value if r["setting"] else None) for r in rows}
    assert found == {(rel, phrase) for rel, phrases in EXPECTED.items() for phrase in phrases}


def _ladybug_settings(db: Path) -> dict[str, list[str]]:
    rows = run_ladybug_query(
        db, "MATCH ()-[e:EVIDENCE]->() RETURN e.relation_text AS relation, e.setting AS setting"
    )
    return {r["relation"]: r["setting"] for r in rows}


def test_ladybug_copy_and_merge_loads_keep_the_phrases_in_order(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.lbug"
    ladybug_store.load_folder(folder, db)  # a new store: bulk COPY
    assert _ladybug_settings(db) == EXPECTED
    merged = ladybug_store.load_folder(folder, db, full=True)  # the whole build merged again
    assert merged["relationships_created"] == 0
    assert _ladybug_settings(db) == EXPECTED


def test_a_ladybug_store_made_before_the_field_gets_it_on_load(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "old.lbug"
    ladybug_store.load_folder(folder, db)
    database, connection = ladybug_store.connect(db)
    try:
        connection.execute("ALTER TABLE EVIDENCE DROP setting").close()
    finally:
        connection.close()
        database.close()
    assert "setting" not in run_ladybug_query(db, "MATCH ()-[e:EVIDENCE]->() RETURN e LIMIT 1")[0]["e"]
    ladybug_store.load_folder(folder, db, full=True)
    assert _ladybug_settings(db) == EXPECTED


def _without_setting(folder: Path, copy: Path) -> Path:
    """``folder`` as a build of before the field: no ``setting`` in graph.db's evidence records."""
    shutil.copytree(folder, copy)
    with sqlite3.connect(copy / "graph.db") as db:
        db.execute("UPDATE evidence SET record = json_remove(record, '$.setting')")
        assert db.execute("SELECT count(*) FROM evidence WHERE record LIKE '%setting%'").fetchone() == (0,)
    return copy


def test_a_folder_written_before_the_field_reads_and_loads(folder: Path, tmp_path: Path) -> None:
    old = _without_setting(folder, tmp_path / "old")
    kg = read_folder(old)
    assert kg.statements and all(ev.setting == () for st in kg.statements.values() for ev in st.evidence)
    db = open_database(old)
    try:
        records = list(outputs.statement_records(db))
        assert records == list(db.statement_records())
    finally:
        db.close()
    new = _statements(folder)
    assert [r["setting"] for r in records] == [[] for _ in new]
    assert [{**r, "setting": []} for r in new] == records  # nothing else differs
    store = tmp_path / "old.lbug"
    ladybug_store.load_folder(old, store)
    assert _ladybug_settings(store) == {rel: [] for rel in EXPECTED}

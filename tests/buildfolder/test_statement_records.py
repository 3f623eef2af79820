"""statements.jsonl's records made from the stored dicts (``outputs.statement_records``) are,
line for line and key for key, those of ``model.statement_record`` over the Statement and
Evidence objects ``GraphDatabase.statement_records`` reads; the statement nodes made from
summaries SQLite reads (``outputs.statement_parts``) are those of the whole statements
``GraphDatabase.statements`` reads. Also for stored evidence that lacks the optional fields
(records of an older graphbuilder) and a statement without evidence."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from folder_steps import examples_database

from graphbuilder.buildfolder import open_database, outputs
from graphbuilder.buildfolder.database import GraphDatabase
from graphbuilder.sinks.jsonl import dump_record
from graphbuilder.sinks.rdf import Iris, Triple, statement_triples


@pytest.fixture(scope="module")
def folder(nlp, examples_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return examples_database(tmp_path_factory.mktemp("records"), examples_path)


def lines(records: Iterable[dict[str, Any]]) -> list[str]:
    return [dump_record(r) for r in records]


def statement_nodes(db: GraphDatabase, after: str | None = None,
                    upto: str | None = None) -> list[list[Triple]]:
    iris = Iris()
    expected = [list(statement_triples(st, iris)) for st in db.statements(after, upto)]
    assert [list(triples) for _, triples in outputs.statement_parts(db, iris, after, upto)] == expected
    return expected


def test_records_from_dicts_are_the_model_records(folder: Path) -> None:
    db = open_database(folder)
    try:
        expected = lines(db.statement_records())
        assert len(expected) > 10
        assert lines(outputs.statement_records(db)) == expected
        ids = list(db.ids("statements"))
        assert len(statement_nodes(db)) == len(ids) > 10
        assert len(statement_nodes(db, ids[2], ids[7])) == 5
        assert any('"attributed_to": {' in line for line in expected)  # both kinds of reference met
        assert any('"attributed_to": null' in line for line in expected)
    finally:
        db.close()


def test_stored_evidence_without_optional_fields(folder: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "graph.db").write_bytes((folder / "graph.db").read_bytes())
    db = open_database(copy)
    try:
        rows = db.db.execute("SELECT statement_id, evidence_id, record FROM evidence").fetchall()
        db.begin()
        for n, (sid, evid, record) in enumerate(rows):
            r = json.loads(record)
            optional = ("negated", "modality", "date", "confidence", "extractor")
            for key in optional if n % 2 else ("reported_by",):
                r.pop(key, None)
            for arg in ("subject", "object"):
                for key in ("entity_id", "name", "type", "actor_code", "country")[n % 3:]:
                    r[arg].pop(key, None)
            if n % 3 == 0:
                r["attributed_to"] = {}  # falsy: no reference, as the reader takes it
            db.db.execute("UPDATE evidence SET record = ? WHERE statement_id = ? AND evidence_id = ?",
                          (json.dumps(r), sid, evid))
        bare = rows[0][0]
        db.db.execute("DELETE FROM evidence WHERE statement_id = ?", (bare,))  # a statement without evidence
        db.commit()
        expected = lines(db.statement_records())
        assert lines(outputs.statement_records(db)) == expected
        assert any('"modality": null' in line for line in expected)
        counts = [o for node in statement_nodes(db) for _, p, o in node if p.endswith("#evidenceCount")]
        assert counts.count(("0", "http://www.w3.org/2001/XMLSchema#nonNegativeInteger")) == 1  # the bare one
    finally:
        db.close()

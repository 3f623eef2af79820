"""The seed article the project was specified from, through `graphbuilder extract` end to end.

The article is third-party text, read by path from ../shared/data (never copied in).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "seed" / "kursk-appeal-2025-03.txt"


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    if not SEED.is_file():
        pytest.skip(f"{SEED} is absent (../shared/data is not beside the project)")
    out = subprocess.run(
        [sys.executable, "-m", "graphbuilder", "extract", str(SEED)],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    assert "Traceback" not in out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


def find(records: list[dict[str, Any]], subject: str, predicate: str) -> list[dict[str, Any]]:
    return [r for r in records if r["subject"]["entity_id"] == subject and r["predicate"] == predicate]


def test_trump_appealed_to_putin(records: list[dict[str, Any]]) -> None:
    hits = [r for r in find(records, "donald-trump", "appealed_to") if r["object"]["entity_id"]]
    assert [r["object"]["entity_id"] for r in hits] == ["vladimir-putin"]
    assert hits[0]["sentence"]["text"].startswith(
        "Earlier, President Donald Trump personally appealed to Putin"
    )
    assert hits[0]["event_type"] == "REQUEST"


def test_putin_proposed_laying_down_arms(records: list[dict[str, Any]]) -> None:
    hits = find(records, "vladimir-putin", "proposed")
    assert len(hits) == 1
    assert "lay down their arms" in hits[0]["object"]["text"]
    assert hits[0]["sentence"]["text"].startswith("Vladimir Putin proposed that the Ukrainian authorities")
    assert hits[0]["reported_by"]["entity_id"] == "tass"


def test_one_id_each_for_putin_and_trump(records: list[dict[str, Any]]) -> None:
    args = [r[side] for r in records for side in ("subject", "object") if r[side]["entity_id"]]
    putin = {a["entity_id"] for a in args if "Putin" in a["text"] or a["text"] == "The Russian leader"}
    trump = {a["entity_id"] for a in args if "Trump" in a["text"]}
    assert putin == {"vladimir-putin"}
    assert trump == {"donald-trump"}


def test_no_statement_from_the_boilerplate(records: list[dict[str, Any]]) -> None:
    for r in records:
        for junk in ("Subscribe", "Error page", "Text containing error", "Your comment"):
            assert junk not in r["sentence"]["text"]


def test_offsets_point_into_the_ingested_text(records: list[dict[str, Any]]) -> None:
    for r in records:
        s = r["sentence"]
        assert s["end"] - s["start"] == len(s["text"])
        for side in ("subject", "object"):
            arg = r[side]
            # the argument lies inside its sentence, at the same relative place
            rel = arg["start"] - s["start"]
            assert s["text"][rel : rel + len(arg["text"])] == arg["text"]

"""Neo4j URIs are checked before the driver sees them: one line per error, no driver noise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graphbuilder.errors import StoreError
from graphbuilder.sinks.propertygraph.neo4j_writer import check_port

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "graphbuilder" / "data" / "examples" / "articles.jsonl"


@pytest.mark.parametrize("uri", ["bolt://127.0.0.1:99999", "bolt://127.0.0.1:0", "neo4j://localhost:x"])
def test_bad_ports_are_refused(uri: str) -> None:
    with pytest.raises(StoreError, match="port must be a number from 1 to 65535"):
        check_port(uri)


@pytest.mark.parametrize("uri", ["bolt://localhost:7687", "neo4j://localhost", "bolt://[::1]:7687"])
def test_good_ports_pass(uri: str) -> None:
    check_port(uri)


@pytest.mark.parametrize(
    ("uri", "message"),
    [
        ("bolt://127.0.0.1:99999", "port must be a number"),
        ("neo4j://127.0.0.1:1", "cannot connect"),  # nothing listens on port 1
    ],
)
def test_load_neo4j_gives_one_line(tmp_path: Path, uri: str, message: str) -> None:
    env = {"NEO4J_PASSWORD": "not-used-here", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-m", "graphbuilder", "load", "neo4j", str(EXAMPLES), "--uri", uri, "-q"],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert done.returncode != 0
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in done.stderr, done.stderr

"""Real builds in real processes: worker processes give the same bytes as one process, two
builds into one folder never mix, and SIGKILL at any point leaves a folder that is refused or
consistent, and that the next build finishes into exactly what a clean build gives."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "graphbuilder" / "data" / "examples" / "articles.jsonl"
BBC = ROOT.parent / "shared" / "data" / "corpus" / "bbc-politics-business.jsonl"
GRAPHBUILDER = [sys.executable, "-m", "graphbuilder"]
OUTPUTS = ("statements.jsonl", "graph.trig")


def run(*args: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*GRAPHBUILDER, *args], capture_output=True, text=True, timeout=timeout)


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([*GRAPHBUILDER, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def store_quads(folder: Path) -> set[ox.Quad]:
    store = ox.Store.read_only(str(folder / "store"))
    return set(store.quads_for_pattern(None, None, None, None))


def assert_same_build(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert store_quads(a) == store_quads(b)


def db_value(folder: Path, sql: str) -> object:
    """One value from a folder's graph.db, read while a build writes it (None if not there yet)."""
    path = folder / "graph.db"
    if not path.exists():
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.5)
        try:
            row = db.execute(sql).fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def kill_when(proc: subprocess.Popen[str], condition: Callable[[], bool], seconds: float = 600) -> None:
    """SIGKILL ``proc`` as soon as ``condition`` holds; fails if the build ends first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return
        if proc.poll() is not None:
            err = proc.stderr.read() if proc.stderr else ""
            pytest.fail(f"the build ended before it could be killed: {err}")
        time.sleep(0.002)
    proc.kill()
    pytest.fail("the moment to kill the build never came")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example articles plus the first 20 BBC articles (the examples alone without the corpus)."""
    path = tmp_path_factory.mktemp("corpus") / "articles.jsonl"
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    if BBC.exists():
        with BBC.open(encoding="utf-8") as fh:
            lines += [next(fh).rstrip("\n") for _ in range(20)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One uninterrupted build of the corpus in one process: what every other build must equal."""
    out = tmp_path_factory.mktemp("clean") / "out"
    done = run("build", str(corpus), "--out", str(out), "-q", "--processes", "1")
    assert done.returncode == 0, done.stderr
    return out


def test_two_processes_give_the_bytes_of_one(corpus: Path, clean: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    # batches of 4 articles: both workers get several, in an order they finish as they like
    done = run("build", str(corpus), "--out", str(out), "-q", "--processes", "2", "--batch-size", "2")
    assert done.returncode == 0, done.stderr
    assert_same_build(out, clean)


def test_a_second_build_is_refused_with_one_line_or_waits(corpus: Path, clean: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = start("build", str(corpus), "--out", str(out), "-q", "--processes", "1")
    try:
        deadline = time.monotonic() + 120
        while not (out / "graph.db").exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        second = run("build", str(EXAMPLES), "--out", str(out), "-q")
        assert second.returncode == 1
        assert second.stderr.strip().splitlines() == [
            f"error: {out}: another build is writing this folder (pid {first.pid}); "
            "wait for it to finish (or pass --wait)"
        ]
        waiting = run("build", str(EXAMPLES), "--out", str(out), "-q", "--wait")
        assert first.poll() is not None  # it only went on once the first build had finished
        assert waiting.returncode == 0, waiting.stderr
    finally:
        first.wait(timeout=900)
    assert first.returncode == 0
    assert_same_build(out, clean)  # the examples were in the first build: nothing changed twice


def test_sigkill_during_the_store_update_leaves_a_refused_folder_that_a_build_repairs(
    corpus: Path, clean: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert run("build", str(EXAMPLES), "--out", str(out), "-q").returncode == 0
    proc = start("build", str(corpus), "--out", str(out), "-q", "--processes", "1")
    store_behind = "SELECT (SELECT value FROM meta WHERE key = 'generation') != " \
                   "(SELECT value FROM meta WHERE key = 'out:store')"
    kill_when(proc, lambda: db_value(out, store_behind) == 1)
    query = run("sparql", str(out), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert query.returncode == 1
    (line,) = query.stderr.strip().splitlines()
    assert line.startswith(f"error: {out}: holds the store of generation 1 but graph.db is at generation 2")
    assert line.endswith(f"run `graphbuilder build --out {out}` to bring the store up to date")
    repair = run("build", "--out", str(out), "-q")
    assert repair.returncode == 0, repair.stderr
    assert run("sparql", str(out), "ASK { ?s ?p ?o }").returncode == 0
    assert_same_build(out, clean)


def test_sigkill_during_a_new_store_load_and_the_next_build_finishes(
    corpus: Path, clean: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    proc = start("build", str(corpus), "--out", str(out), "-q", "--processes", "1")
    kill_when(proc, lambda: (out / "store.new").is_dir())
    assert not (out / "store").exists()  # never a half-loaded store in place
    again = run("build", str(corpus), "--out", str(out), "-q")
    assert again.returncode == 0, again.stderr
    assert "articles already in" in again.stdout  # all were built before the kill: none again
    assert_same_build(out, clean)


def test_an_interrupted_parallel_build_resumes_without_duplicates(
    corpus: Path, clean: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    proc = start("build", str(corpus), "--out", str(out), "-q", "--processes", "2", "--batch-size", "2")
    kill_when(proc, lambda: (db_value(out, "SELECT COUNT(*) FROM articles") or 0) >= 4)  # type: ignore[operator]
    kept = db_value(out, "SELECT COUNT(*) FROM articles")
    again = run("build", str(corpus), "--out", str(out), "-q", "--processes", "2")
    assert again.returncode == 0, again.stderr
    assert f"{kept} articles already in" in again.stdout
    assert_same_build(out, clean)

"""The Dask engine end to end on a real ``distributed.LocalCluster`` of two worker processes
(localhost only): the same statements and quads as a one-process build, and an interrupted
Dask build resumes without redoing finished partitions or duplicating anything."""

from __future__ import annotations

import contextlib
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pyoxigraph as ox
import pytest

from graphbuilder.buildfolder import build
from graphbuilder.buildfolder.database import GraphDatabase
from graphbuilder.engine import dask as dask_engine
from graphbuilder.report import RunReport

distributed = pytest.importorskip("distributed", reason="the [dask] extra is not installed")

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "graphbuilder" / "data" / "examples" / "articles.jsonl"
BBC = ROOT.parent / "shared" / "data" / "corpus" / "bbc-politics-business.jsonl"


def store_quads(folder: Path) -> set[ox.Quad]:
    store = ox.Store.read_only(str(folder / "store"))
    return set(store.quads_for_pattern(None, None, None, None))


def assert_same_build(a: Path, b: Path) -> None:
    for name in ("statements.jsonl", "graph.trig"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert store_quads(a) == store_quads(b)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Examples plus 13 BBC articles in two files, one with a bad line (reported, not fatal)."""
    folder = tmp_path_factory.mktemp("dask-corpus")
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    if BBC.exists():
        with BBC.open(encoding="utf-8") as fh:
            lines += [next(fh).rstrip("\n") for _ in range(13)]
    (folder / "a.jsonl").write_text("\n".join(lines[:9] + ["{not json"]) + "\n", encoding="utf-8")
    (folder / "b.jsonl").write_text("\n".join(lines[9:]) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dask-clean") / "out"
    build([corpus], out, processes=1)
    return out


def test_a_local_cluster_of_two_workers_builds_what_one_process_builds(
    corpus: Path, clean: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dask_engine, "PARTITION_LINES", 3)  # several partitions per file
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        report = RunReport()
        result = build([corpus], tmp_path / "out", engine="dask", scheduler=cluster.scheduler_address,
                       report=report)
    assert len(dask_engine.plan([corpus], RunReport(), 3)) >= 4
    assert report.skipped == [(f"{corpus / 'a.jsonl'}:10", "malformed JSON (Expecting property name "
                               "enclosed in double quotes at column 2)")]
    assert result.built == report.articles == result.counts["articles"]
    assert_same_build(tmp_path / "out", clean)


RESUMABLE = """
import sys
from pathlib import Path
from graphbuilder.buildfolder import build
from graphbuilder.engine import dask as dask_engine
dask_engine.PARTITION_LINES = 2
build([Path(sys.argv[1])], sys.argv[2], engine="dask", processes=2)
"""


def test_an_interrupted_dask_build_resumes_without_redoing_or_duplicating(
    corpus: Path, clean: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-c", RESUMABLE, str(corpus), str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = 0
    deadline = time.monotonic() + 600
    while done < 2 and time.monotonic() < deadline and proc.poll() is None:
        try:
            db = sqlite3.connect(f"file:{out / 'graph.db'}?mode=ro", uri=True)
            done = db.execute("SELECT COUNT(*) FROM partitions").fetchone()[0]
            db.close()
        except sqlite3.Error:
            pass
        time.sleep(0.01)
    assert proc.poll() is None, "the build ended before it could be killed"
    workers = psutil.Process(proc.pid).children(recursive=True)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for child in workers:  # the killed build's local cluster: end it too, by pid
        with contextlib.suppress(psutil.NoSuchProcess):
            child.kill()
    resumed = build([corpus], out, engine="dask", processes=2)
    db = GraphDatabase(clean / "graph.db", readonly=True)
    total = db.summary()["articles"]
    db.close()
    assert resumed.built <= total - done  # finished partitions (an article or two each) are not redone
    assert_same_build(out, clean)

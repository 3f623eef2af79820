"""`make bench` on the bundled examples: every row it prints for a run without the big
corpus (throughput against spaCy, RDF size, the LadybugDB load and each Cypher query)."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import EXAMPLES


def test_bench_prints_throughput_rdf_size_and_ladybug_rows():
    proc = subprocess.run(
        [sys.executable, "-m", "graphbuilder.bench", str(EXAMPLES), "--scale-rows", "none",
         "--store-rows", "ladybug"],
        capture_output=True, text=True, check=False, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    ratio = re.search(r"throughput ratio end-to-end / spaCy parsing: ([0-9.]+)", out)
    assert ratio and 0 < float(ratio.group(1)) < 10
    cpu = re.search(r"CPU ratio spaCy parsing / end-to-end: ([0-9.]+)", out)
    assert cpu and 0 < float(cpu.group(1)) < 10
    size = re.search(r"RDF: (\d+) quads for (\d+) articles = (\d+) quads/article", out)
    assert size and int(size.group(2)) == 3 and int(size.group(1)) > 0
    assert re.search(r"LadybugDB load \(COPY\): \d+ rows in [0-9.]+ s", out)
    queries = re.findall(r"^\s+(\w+)\s+p50\s+[0-9.]+ ms", out, flags=re.M)
    assert "who_did_what_to_whom" in queries and "shortest_path" in queries
    assert " error: " not in out


def test_rounds_alternate_the_phases_and_print_each_rounds_ratio():
    proc = subprocess.run(
        [sys.executable, "-m", "graphbuilder.bench", str(EXAMPLES), "--scale-rows", "none",
         "--store-rows", "none", "--rounds", "2"],
        capture_output=True, text=True, check=False, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    each = re.search(r"throughput ratio of each round: ([0-9.]+), ([0-9.]+)$", proc.stdout, flags=re.M)
    assert each and all(0 < float(r) < 10 for r in each.groups())
    best = re.search(r"end-to-end / spaCy parsing: ([0-9.]+) .*fastest of the rounds", proc.stdout)
    assert best and 0 < float(best.group(1)) < 10


def test_rounds_below_one_is_a_one_line_error():
    proc = subprocess.run(
        [sys.executable, "-m", "graphbuilder.bench", str(EXAMPLES), "--rounds", "0"],
        capture_output=True, text=True, check=False, timeout=60,
    )
    assert proc.returncode != 0 and proc.stderr.strip() == "bench: --rounds 0: give 1 or more"


def test_the_build_phase_stops_its_clock_before_removing_the_folder(monkeypatch):
    """Removing the folder the build wrote is the bench's tidying up, not the build's work."""
    import shutil
    import time

    from graphbuilder import bench

    bench._phase("build", str(EXAMPLES), None, 32)  # the model and the stages loaded once
    removing = 1.5
    rmtree = shutil.rmtree

    def slow_rmtree(*args, **kwargs):
        time.sleep(removing)
        return rmtree(*args, **kwargs)

    monkeypatch.setattr(shutil, "rmtree", slow_rmtree)  # what TemporaryDirectory removes it with
    start = time.perf_counter()
    phase = bench._phase("build", str(EXAMPLES), None, 32)
    whole = time.perf_counter() - start
    assert phase["articles"] == 3 and phase["statements"] > 0
    assert phase["seconds"] <= whole - removing

"""Build figures for ``make bench`` (``graphbuilder.bench`` prints them): each measured in its
own child process, so its time and peak memory are its own, against a baseline of the same run.

- :func:`processes_bench`: ``--processes 2`` against 1 on the same articles (target ≥ 1.7×);
- :func:`dask_bench`: the Dask engine on a ``LocalCluster`` of 2 workers against 1 process
  (cluster start-up included: it is what a user waits for);
- :func:`memory_bench`: peak RSS of the build at N and 10·N articles (re-identified copies
  of the corpus articles; target: flat within 20%).

    python -m graphbuilder.bench_build CORPUS.jsonl --limit 300 --rss 1000,10000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any


def _peak_rss_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def corpus_articles(corpus: str, count: int) -> list[Any]:
    """``count`` articles from the corpus, cycling through it; copies after the first pass get
    new ids (``ID~2`` …), so they are new articles with the same text."""
    from graphbuilder.ingest import read_inputs
    from graphbuilder.report import RunReport

    base = list(read_inputs([corpus], RunReport()))
    if not base:
        raise SystemExit(f"bench: {corpus}: no readable articles")
    out = []
    for i in range(count):
        a = base[i % len(base)]
        copy = i // len(base)
        out.append(a if copy == 0 else replace(a, id=f"{a.id}~{copy + 1}"))
    return out


def _cpu() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its children waited for."""
    t = os.times()
    return t.user + t.system, t.children_user + t.children_system


def _child_build(corpus: str, count: int, processes: int, engine: str, batch_size: int) -> dict[str, Any]:
    """Runs in a child process: one build of ``count`` articles into a fresh folder.

    Besides the wall time it records CPU seconds of this process ("parent") and of its worker
    processes, for the articles (until the outputs start) and for the outputs, so that a
    figure taken on a busy machine can still be judged (see :func:`quiet_seconds`)."""
    import graphbuilder.buildfolder as buildfolder
    from graphbuilder.nlp import load_pipeline
    from graphbuilder.pipeline import Pipeline

    load_pipeline(None)  # the model is loaded before the clock starts, as in the spaCy phase
    marks: list[tuple[float, float]] = []
    write_outputs = buildfolder.write_outputs

    def timed_outputs(*args: Any, **kwargs: Any) -> Any:
        marks.append(_cpu())
        return write_outputs(*args, **kwargs)

    buildfolder.write_outputs = timed_outputs  # type: ignore[assignment]
    with tempfile.TemporaryDirectory(prefix="graphbuilder-bench-") as tmp:
        inputs = Path(tmp) / "articles.jsonl"  # a file: what every engine reads, Dask's workers too
        with inputs.open("w", encoding="utf-8") as fh:
            for a in corpus_articles(corpus, count):
                record = {"id": a.id, "text": a.text, "title": a.title, "url": a.url,
                          "published": a.published, "publisher": a.publisher}
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        start = time.perf_counter()
        begin = _cpu()
        result = buildfolder.build([inputs], Path(tmp) / "out", pipeline=Pipeline(batch_size=batch_size),
                                   processes=processes, engine=engine)
        seconds = time.perf_counter() - start
        end = _cpu()
    middle = marks[0] if marks else end
    return {
        "articles": result.counts["articles"],
        "seconds": seconds,
        "processes": processes,
        "engine": engine,
        "cpu": {"articles": [middle[0] - begin[0], middle[1] - begin[1]],
                "outputs": [end[0] - middle[0], end[1] - middle[1]]},
        "peak_rss_mib": _peak_rss_mib(),
        "workers_peak_rss_mib": _peak_rss_mib(resource.RUSAGE_CHILDREN),
        **result.counts,
    }


def quiet_seconds(run: dict[str, Any], cores: int = 2) -> float:
    """What a run would take on ``cores`` idle cores, from its CPU seconds: per phase, the
    parent's share or all of the phase's CPU spread over the cores, whichever is longer."""
    return sum(max(parent, (parent + workers) / cores) for parent, workers in run["cpu"].values())


def run_build(corpus: str, count: int, processes: int = 1, engine: str = "local",
              batch_size: int = 32) -> dict[str, Any]:
    """A build in a child process; its figures."""
    code = ("import json, sys; from graphbuilder.bench_build import _child_build; "
            "print(json.dumps(_child_build(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], "
            "int(sys.argv[5]))))")
    proc = subprocess.run(
        [sys.executable, "-c", code, corpus, str(count), str(processes), engine, str(batch_size)],
        capture_output=True, text=True, check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"bench: build of {count} articles ({engine}, {processes} processes) failed:\n"
                         f"{proc.stderr.strip()[-2000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def processes_bench(corpus: str, count: int = 300) -> dict[str, Any]:
    one = run_build(corpus, count, processes=1)
    two = run_build(corpus, count, processes=2)
    return {"one": one, "two": two, "speedup": one["seconds"] / two["seconds"],
            "cpu_speedup": quiet_seconds(one) / quiet_seconds(two)}


def dask_bench(corpus: str, count: int = 300) -> dict[str, Any]:
    one = run_build(corpus, count, processes=1)
    cluster = run_build(corpus, count, processes=2, engine="dask")
    return {"one": one, "dask": cluster, "speedup": one["seconds"] / cluster["seconds"]}


def memory_bench(corpus: str, sizes: tuple[int, ...] = (1000, 10000), processes: int = 1) -> dict[str, Any]:
    runs = [run_build(corpus, n, processes=processes) for n in sizes]
    peaks = [r["peak_rss_mib"] for r in runs]
    return {"runs": runs, "growth": max(peaks) / min(peaks)}


def load_average() -> str:
    """The machine's load while measuring (figures on a busy machine are not comparable)."""
    try:
        return "load average " + " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "load average unknown"


def _cpu_line(x: dict[str, Any]) -> str:
    (ap, aw), (op, ow) = x["cpu"]["articles"], x["cpu"]["outputs"]
    return (f"CPU s articles {ap:.1f} parent + {aw:.1f} workers, outputs {op:.1f} parent + {ow:.1f} workers")


def print_processes(r: dict[str, Any]) -> None:
    for key, label in (("one", "1 process"), ("two", "2 processes")):
        x = r[key]
        print(f"  build {label:<12} {x['articles'] / x['seconds']:7.2f} articles/s ({x['seconds']:.1f} s; "
              f"{_cpu_line(x)})")
    print(f"  --processes 2 / 1: {r['speedup']:.2f}x  (target >= 1.7); from CPU seconds on 2 idle cores: "
          f"{r['cpu_speedup']:.2f}x")


def print_dask(r: dict[str, Any]) -> None:
    for key, label in (("one", "1 process"), ("dask", "Dask LocalCluster, 2 workers")):
        x = r[key]
        print(f"  build {label:<30} {x['articles'] / x['seconds']:7.2f} articles/s ({x['seconds']:.1f} s)")
    print(f"  Dask 2 workers / 1 process: {r['speedup']:.2f}x  (cluster start-up included)")


def print_memory(r: dict[str, Any]) -> None:
    for x in r["runs"]:
        print(f"  build of {x['articles']:>6} articles: peak RSS {x['peak_rss_mib']:6.0f} MiB "
              f"({x['seconds']:.0f} s, {x['statements']} statements)")
    print(f"  peak RSS largest / smallest: {r['growth']:.2f}  (target <= 1.20)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="graphbuilder.bench_build", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=300, help="articles for the processes and Dask rows")
    parser.add_argument("--rss", default="1000,10000", help="article counts for the memory row")
    parser.add_argument("--rows", default="processes,dask,memory", help="which rows to measure")
    args = parser.parse_args(argv)
    rows = set(args.rows.split(","))
    print(f"graphbuilder build bench: {args.corpus} ({load_average()})")
    if "processes" in rows:
        print_processes(processes_bench(args.corpus, args.limit))
    if "dask" in rows:
        print_dask(dask_bench(args.corpus, args.limit))
    if "memory" in rows:
        print_memory(memory_bench(args.corpus, tuple(int(n) for n in args.rss.split(","))))
    print(f"  ({load_average()} at the end)")


if __name__ == "__main__":
    main()

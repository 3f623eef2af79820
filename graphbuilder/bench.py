"""`make bench`: end-to-end throughput against plain spaCy parsing of the same texts, same run.

Each phase runs in its own child process so its peak memory is its own:

- ``spacy``:  ``nlp.pipe`` of the stock model package, as ``spacy.load`` gives it, over the
  article texts (the baseline: plain spaCy parsing, none of graphbuilder's components),
- ``build``:  the whole job in one process, ``graphbuilder build --processes 1`` into a
  fresh folder (ingest, parse, extract, resolve, merge into graph.db, and write
  statements.jsonl, graph.trig, the store).

Then the scale rows of ``graphbuilder.bench_build``: ``--processes 2`` against 1, the Dask
engine on a local cluster of 2 workers against 1 process, and peak RSS at 1k and 10k
articles (``--scale-rows``, ``--rss``; ``--scale-rows none`` skips them).

Figures are printed as articles/s, words/s, peak RSS, and the ratio build/spacy, which is
what to compare across machines (absolute speeds are not). On a shared machine, whose speed
drifts from minute to minute, ``--rounds N`` runs the two phases N times each, alternating,
and compares each phase's fastest run.

    python -m graphbuilder.bench CORPUS.jsonl [--limit N] [--batch-size 32] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    """CPU seconds of this process (every thread) and of its children that ended."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _load_articles(corpus: str, limit: int | None) -> list:
    from graphbuilder.ingest import read_inputs
    from graphbuilder.report import RunReport

    report = RunReport()
    articles = []
    for article in read_inputs([corpus], report):
        articles.append(article)
        if limit and len(articles) >= limit:
            break
    return articles


def _stock_spacy() -> Any:
    """The model package graphbuilder uses, exactly as ``spacy.load`` gives it: the baseline is
    plain spaCy, so graphbuilder's own pipeline components count as the build's work."""
    from graphbuilder.errors import ModelError
    from graphbuilder.nlp import load_model

    try:
        return load_model(None)
    except ModelError as err:
        sys.exit(f"bench: {err}")


def _build_pipeline() -> Any:
    """The pipeline loaded exactly as ``api.build`` loads it (``load_pipeline(model)``, model
    None): lru_cache keys ``()`` and ``(None,)`` apart, so ``load_pipeline()`` here would leave
    the build phase holding two copies of the model. With it, what the build loads once before
    its first batch (the build's modules, the stages' tables: ``engine.local.prepare_stages``), as the
    baseline loads its model and imports spaCy before the clock: the build still loads them
    once per process, only not on the clock."""
    import graphbuilder.buildfolder  # noqa: F401
    from graphbuilder.engine.local import prepare_stages
    from graphbuilder.nlp import load_pipeline
    from graphbuilder.pipeline import Pipeline

    nlp = load_pipeline(None)
    prepare_stages(Pipeline())
    return nlp


def _phase(name: str, corpus: str, limit: int | None, batch_size: int) -> dict:
    # Load the model before the clock starts.
    nlp = _stock_spacy() if name == "spacy" else _build_pipeline()
    articles = _load_articles(corpus, limit)
    words = sum(len(a.text.split()) for a in articles)
    # The clock stops when the build returns: removing the folder it wrote (a user keeps it)
    # is the bench's tidying up, not the build's work (as in bench_build's rows).
    with tempfile.TemporaryDirectory(prefix="graphbuilder-bench-") as out:
        cpu_start = _cpu_seconds()
        start = time.perf_counter()
        if name == "spacy":
            for _doc in nlp.pipe((a.text for a in articles), batch_size=batch_size):
                pass
            extra: dict = {}
        else:
            from graphbuilder.buildfolder import build
            from graphbuilder.pipeline import Pipeline

            extra = build(articles, out, pipeline=Pipeline(batch_size=batch_size), processes=1).counts
        seconds = time.perf_counter() - start
        cpu_seconds = _cpu_seconds() - cpu_start
    return {
        "phase": name,
        "articles": len(articles),
        "words": words,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "peak_rss_mib": _peak_rss_mib(),
        **extra,
    }


def _run_child(name: str, args: argparse.Namespace) -> dict:
    cmd = [
        sys.executable,
        "-m",
        "graphbuilder.bench",
        args.corpus,
        "--phase",
        name,
        "--batch-size",
        str(args.batch_size),
    ] + (["--limit", str(args.limit)] if args.limit else [])
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.exit(f"bench: phase {name} failed:\n{proc.stderr.strip()}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="graphbuilder.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="articles to build (JSONL, text or a directory)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--batch-size", type=int, default=32, help="spaCy batch size for both phases")
    parser.add_argument("--phase", choices=["spacy", "build"], help=argparse.SUPPRESS)
    parser.add_argument("--scale-rows", default="processes,dask,memory",
                        help="build scale rows to measure (processes, dask, memory; none: skip)")
    parser.add_argument("--scale-limit", type=int, default=300, help="articles for the processes, Dask rows")
    parser.add_argument("--rss", default="1000,10000", help="article counts for the memory row")
    parser.add_argument("--store-rows", default="ladybug,endpoint,neo4j",
                        help="store rows on a build of the corpus (ladybug, endpoint, neo4j; none: skip)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="throughput row: run the baseline and the build this many times, alternating, "
                        "and compare each phase's fastest run (for a noisy machine)")
    parser.add_argument("--no-throughput", action="store_true",
                        help="skip the build / spaCy throughput row")
    parser.add_argument("--build", default=None,
                        help="measure the store rows on this existing build folder instead of a new build")
    args = parser.parse_args(argv)
    if not Path(args.corpus).exists():
        sys.exit(f"bench: {args.corpus}: no such file (pass the corpus path, e.g. ../shared/data/corpus/...)")
    if args.rounds < 1:
        sys.exit(f"bench: --rounds {args.rounds}: give 1 or more")
    if args.phase:
        print(json.dumps(_phase(args.phase, args.corpus, args.limit, args.batch_size)))
        return

    if args.scale_rows != "none":
        from graphbuilder import bench_build

        bench_build.main([args.corpus, "--limit", str(args.scale_limit), "--rss", args.rss,
                          "--rows", args.scale_rows])
    if not args.no_throughput:
        _throughput_row(args)
    if args.store_rows != "none":
        _store_rows(args.corpus, args.limit, set(args.store_rows.split(",")), args.build)


def _throughput_row(args: argparse.Namespace) -> None:
    print(f"graphbuilder bench: {args.corpus}" + (f" (first {args.limit} articles)" if args.limit else ""))
    rounds = [(_run_child("spacy", args), _run_child("build", args)) for _ in range(args.rounds)]
    # A shared or throttled machine slows whole minutes at a time: with several rounds, each
    # phase is taken at its fastest (as timeit does), the baseline and the build alternating.
    base = min((b for b, _ in rounds), key=lambda r: r["seconds"])
    full = min((f for _, f in rounds), key=lambda r: r["seconds"])
    for r in (base, full):
        label = (
            "stock spaCy nlp.pipe (baseline)" if r["phase"] == "spacy" else "graphbuilder build (end to end)"
        )
        print(
            f"  {label:<34} {r['articles'] / r['seconds']:7.1f} articles/s  "
            f"{r['words'] / r['seconds']:9.0f} words/s  "
            f"peak {r['peak_rss_mib']:6.0f} MiB  ({r['seconds']:.1f} s, {r['cpu_seconds']:.1f} s CPU)"
        )
    print(
        f"  built: {full['articles']} articles, {full['words']} words -> {full['entities']} entities, "
        f"{full['statements']} statements, {full['evidence']} evidence"
    )
    best = " (each phase's fastest of the rounds)" if len(rounds) > 1 else ""
    print(
        f"  throughput ratio end-to-end / spaCy parsing: {base['seconds'] / full['seconds']:.2f}  "
        f"(1.00 would mean extraction, resolution and writing cost nothing){best}"
    )
    print(
        f"  CPU ratio spaCy parsing / end-to-end: {base['cpu_seconds'] / full['cpu_seconds']:.2f}  "
        f"(the same, counted in CPU seconds: threads that overlap do not count as saved)"
    )
    print(f"  memory ratio end-to-end / spaCy parsing: {full['peak_rss_mib'] / base['peak_rss_mib']:.2f}")
    if len(rounds) > 1:
        each = ", ".join(f"{b['seconds'] / f['seconds']:.2f}" for b, f in rounds)
        print(f"  throughput ratio of each round: {each}")


def _store_rows(corpus: str, limit: int | None, rows: set[str], build: str | None = None) -> None:
    """Load rates and query latency on one build folder of the corpus (built here, then
    removed), or on ``build``, an existing build folder (left as it is)."""
    import itertools
    import shutil
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="graphbuilder-bench-"))
    try:
        if build:
            folder = Path(build)
            print(f"\nstores and queries on the build folder {folder}")
        else:
            source = Path(corpus)
            if limit and source.suffix == ".jsonl":  # the first N articles, for the build alone
                part = work / "corpus.jsonl"
                with source.open(encoding="utf-8") as fh, part.open("w", encoding="utf-8") as out:
                    out.writelines(itertools.islice(fh, limit))
                source = part
            folder = work / "build"
            command = [sys.executable, "-m", "graphbuilder", "build", "-q", str(source), "--out", str(folder)]
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            shown = f" (first {limit} articles)" if limit else ""
            print(f"\nstores and queries on a build of {corpus}{shown}")
        print_rdf_size(folder)
        if "ladybug" in rows:
            print_ladybug_bench(ladybug_bench(folder))
        if "endpoint" in rows:
            print_endpoint_bench(endpoint_bench(folder, queries=Path(__file__).resolve().parent / "queries"))
        if "neo4j" in rows:
            try:
                print_neo4j_bench(neo4j_bench(folder))
            except Exception as err:  # no Java or no local Neo4j built: say so, keep the other rows
                print(f"  Neo4j load: not measured ({type(err).__name__}: {err}); run make neo4j-setup first")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def rdf_size(folder: str | Path) -> dict[str, float]:
    """Quads in the build's Oxigraph store, per article (one named graph per article, besides
    the connection counts' graphs), and the sizes on disk of the store and graph.trig."""
    import pyoxigraph as ox

    from graphbuilder.sinks.connections import graph_iris
    from graphbuilder.sinks.rdf import Iris

    path = Path(folder)
    store = ox.Store.read_only(str(path / "store"))
    quads = len(store)
    counts = set(graph_iris(Iris()))  # the connection counts' graphs: no article's
    articles = sum(1 for g in store.named_graphs() if g.value not in counts)
    store_bytes = sum(f.stat().st_size for f in (path / "store").rglob("*") if f.is_file())
    trig = path / "graph.trig"
    return {
        "quads": quads,
        "articles": articles,
        "quads_per_article": quads / articles if articles else 0.0,
        "store_mb": store_bytes / 1e6,
        "trig_mb": trig.stat().st_size / 1e6 if trig.is_file() else 0.0,
    }


def print_rdf_size(folder: str | Path) -> None:
    r = rdf_size(folder)
    print(
        f"  RDF: {r['quads']:.0f} quads for {r['articles']:.0f} articles = {r['quads_per_article']:.0f} "
        f"quads/article; store {r['store_mb']:.0f} MB, graph.trig {r['trig_mb']:.0f} MB"
    )


# --- LadybugDB: bulk load and the Cypher library ------------------------------------------


def _ladybug_load_child(build: str, db: str) -> dict:
    """Runs in a child process: read the build, load it into a new store; figures as a dict."""
    from graphbuilder.sinks.propertygraph import ladybug_store
    from graphbuilder.sinks.snapshot import read_graph

    kg = read_graph(build)
    start, cpu = time.perf_counter(), time.process_time()
    summary = ladybug_store.load(kg, db)
    seconds = time.perf_counter() - start
    return {
        "rows": summary["rows"],
        "nodes": summary["nodes"],
        "relationships": summary["relationships"],
        "bulk": summary["bulk"],
        "seconds": seconds,
        "cpu_seconds": time.process_time() - cpu,
        "rows_per_s": summary["rows"] / seconds if seconds else 0.0,
        "peak_rss_mib": _peak_rss_mib(),
    }


def ladybug_bench(
    build: str | Path,
    repeats: int = 5,
    queries: str | Path | None = None,
    params: dict[str, dict] | None = None,
) -> dict:
    """LadybugDB figures for a build folder: a bulk load into a new store, then query latency.

    The load runs in its own child process (so ``peak_rss_mib`` is the load's: reading the
    build and writing the store, with the default buffer pool); then every
    ``queries/*.cypher`` runs ``repeats`` times with its default parameters on one open
    read-only connection (warm, as a Browser session would be). Returns
    ``{"load": {...rows, seconds, rows_per_s, peak_rss_mib...}, "queries": {stem: {"rows",
    "p50_ms", "p95_ms", "max_ms"}}}``; a query that fails reports its error instead.
    ``params`` overrides a query's defaults (by file stem); unless given, ``shortest_path``
    runs between the most connected actor and the 50th (the defaults may name actors the
    corpus does not have), and those names are reported with its figures.
    """
    from graphbuilder.sinks.propertygraph import ladybug_store
    from graphbuilder.sinks.propertygraph.library import parse_query

    folder = Path(queries) if queries else Path(__file__).resolve().parent / "queries"
    with tempfile.TemporaryDirectory(prefix="graphbuilder-bench-") as tmp:
        db = Path(tmp) / "ladybug.db"
        code = (
            "import json, sys; from graphbuilder.bench import _ladybug_load_child; "
            "print(json.dumps(_ladybug_load_child(sys.argv[1], sys.argv[2])))"
        )
        proc = subprocess.run(
            [sys.executable, "-c", code, str(build), str(db)], capture_output=True, text=True, check=False
        )
        if proc.returncode != 0:
            raise RuntimeError(f"LadybugDB load failed: {proc.stderr.strip().splitlines()[-1:]}")
        load = json.loads(proc.stdout.strip().splitlines()[-1])
        results: dict[str, dict] = {}
        database, connection = ladybug_store.connect(db, read_only=True)
        try:
            given = dict(params or {})
            ranking = folder / "most_connected_actors.cypher"
            if "shortest_path" not in given and ranking.is_file():
                ranked = ladybug_store.query_connection(
                    connection, ranking.read_text(encoding="utf-8"), {"limit": 50}
                )
                if len(ranked) >= 2:
                    given["shortest_path"] = {"from": ranked[0]["actor"], "to": ranked[-1]["actor"]}
            for path in sorted(folder.glob("*.cypher")):
                text = path.read_text(encoding="utf-8")
                values = {**parse_query(text).defaults, **given.get(path.stem, {})}
                times, rows = [], 0
                try:
                    for _ in range(repeats):
                        start = time.perf_counter()
                        rows = len(ladybug_store.query_connection(connection, text, values))
                        times.append((time.perf_counter() - start) * 1000)
                except Exception as err:  # a failing query is a figure too
                    results[path.stem] = {"error": str(err).splitlines()[0]}
                    continue
                times.sort()
                results[path.stem] = {
                    "params": given.get(path.stem, {}),
                    "rows": rows,
                    "p50_ms": times[len(times) // 2],
                    "p95_ms": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))],
                    "max_ms": times[-1],
                }
        finally:
            connection.close()
            database.close()
    return {"load": load, "queries": results}


def print_ladybug_bench(figures: dict) -> None:
    """The figures of :func:`ladybug_bench` as lines for ``make bench``."""
    load = figures["load"]
    print(
        f"  LadybugDB load ({'COPY' if load['bulk'] else 'MERGE'}): {load['rows']} rows "
        f"in {load['seconds']:.1f} s ({load.get('cpu_seconds', float('nan')):.1f} s CPU) "
        f"= {load['rows_per_s']:.0f} rows/s, peak {load['peak_rss_mib']:.0f} MiB"
    )
    for stem, q in figures["queries"].items():
        if "error" in q:
            print(f"    {stem:<32} error: {q['error']}")
        else:
            print(
                f"    {stem:<32} p50 {q['p50_ms']:8.1f} ms  p95 {q['p95_ms']:8.1f} ms  "
                f"max {q['max_ms']:8.1f} ms  ({q['rows']} rows)"
            )


# --- Neo4j: `load neo4j` rows/s against a live server ---------------------------------------


_EMPTY_NEO4J = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS"


def _process_cpu(pid: int) -> float:
    """CPU seconds (user + system, all threads) a process has used: /proc/PID/stat."""
    import os

    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def neo4j_bench(
    build: str | Path,
    batch_sizes: tuple[int, ...] = (1000, 5000, 20000),
    server: object | None = None,
) -> dict:
    """rows/s of ``graphbuilder load neo4j`` of a build folder, per UNWIND batch size.

    The first load runs at the loader's default batch size right after the server started
    (a cold JVM: Neo4j's code is still being compiled); then one load per batch size. Each
    load goes into an emptied database (so it CREATEs, see ``neo4j_writer.fresh_plan``),
    then runs again over itself (every row is matched by MERGE: the rerun cost). Wall time
    is the whole ``neo4j_writer.load`` call (rows built from the graph, schema, batches);
    beside it the CPU seconds of the client (this process) and, for the local server, of
    the server's JVM: on a busy machine the wall time is mostly waiting for a core, and
    rows / (server + client CPU) is the rate an otherwise idle machine would reach with
    one batch in flight. The server is the local one of tools/neo4j, started here and
    stopped after, or ``server`` (anything with ``bolt_uri``, ``user`` and ``password``):
    a scratch server, as every node in its database is deleted. Returns ``{"rows",
    "server", "runs": [{"batch_size", "cold", "seconds", "rows_per_s", "server_cpu",
    "client_cpu", "reload_seconds", "reload_rows_per_s", "reload_server_cpu",
    "reload_client_cpu"}]}`` (CPU None where the server's process is not known).
    """
    import neo4j

    from graphbuilder.sinks.propertygraph import local_neo4j, neo4j_writer
    from graphbuilder.sinks.snapshot import read_graph

    kg = read_graph(build)
    started = None
    if server is None:
        server = started = local_neo4j.start()
    uri, user, password = server.bolt_uri, server.user, server.password  # type: ignore[attr-defined]
    pid = started.process.pid if started is not None else None
    database = None
    runs = []
    rows = 0

    def timed_load(batch_size: int) -> tuple[int, float, float | None, float]:
        server_before = _process_cpu(pid) if pid else 0.0
        client_before = _own_cpu()
        start = time.perf_counter()
        summary = neo4j_writer.load(
            kg, uri, user, password, database=database, batch_size=batch_size, progress=False
        )
        seconds = time.perf_counter() - start
        server_cpu = _process_cpu(pid) - server_before if pid else None
        return summary["rows"], seconds, server_cpu, _own_cpu() - client_before

    try:
        with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
            plan = [(neo4j_writer.BATCH_SIZE, True)] + [(size, False) for size in batch_sizes]
            for batch_size, cold in plan:
                with driver.session(database=database) as session:
                    session.run(_EMPTY_NEO4J).consume()
                rows, seconds, server_cpu, client_cpu = timed_load(batch_size)  # into an empty database
                _, again, again_server, again_client = timed_load(batch_size)  # again over itself
                runs.append(
                    {
                        "batch_size": batch_size,
                        "cold": cold,
                        "seconds": seconds,
                        "rows_per_s": rows / seconds,
                        "server_cpu": server_cpu,
                        "client_cpu": client_cpu,
                        "reload_seconds": again,
                        "reload_rows_per_s": rows / again,
                        "reload_server_cpu": again_server,
                        "reload_client_cpu": again_client,
                    }
                )
    finally:
        if started is not None:
            started.stop()
    return {"rows": rows, "server": neo4j_writer.redact(uri), "runs": runs}


def _cpu_note(rows: int, server_cpu: float | None, client_cpu: float) -> str:
    if server_cpu is None:
        return f"client CPU {client_cpu:.1f} s"
    bound = rows / (server_cpu + client_cpu)
    return f"CPU server {server_cpu:.1f} s + client {client_cpu:.1f} s = {bound:,.0f} rows/s of CPU"


def print_neo4j_bench(figures: dict) -> None:
    """The figures of :func:`neo4j_bench` as lines for ``make bench``."""
    rows = figures["rows"]
    print(f"  Neo4j load (graphbuilder load neo4j, UNWIND batches, {rows:,} rows, {figures['server']}):")
    for run in figures["runs"]:
        when = "first load, cold JVM" if run["cold"] else "warm"
        print(
            f"    batch {run['batch_size']:>5} ({when}): into an empty database "
            f"{run['rows_per_s']:8,.0f} rows/s "
            f"({run['seconds']:.1f} s wall; {_cpu_note(rows, run['server_cpu'], run['client_cpu'])})"
        )
        print(
            f"    {'':>5}  loading it again (all matched) {run['reload_rows_per_s']:8,.0f} rows/s "
            f"({run['reload_seconds']:.1f} s wall; "
            f"{_cpu_note(rows, run['reload_server_cpu'], run['reload_client_cpu'])})"
        )


def endpoint_bench(
    folder: str | Path,
    queries: str | Path = "queries",
    runs: int = 10,
    clients: int = 50,
    seconds: float = 20.0,
) -> dict:
    """SPARQL endpoint figures on a build folder (issue 13's latency table, issue 12's load test).

    Serves ``folder`` (`graphbuilder serve`, supervised workers) on a free port, then: every
    ``queries/*.rq`` with its defaults, ``runs`` times after a warm-up (p50/p95/max ms), and
    ``clients`` concurrent clients running ``who_did_what_to_whom.rq`` for ``seconds``
    (p50/p99 ms, requests/s, errors). Print with :func:`print_endpoint_bench`.
    """
    from graphbuilder.query.latency import endpoint_figures

    return endpoint_figures(folder, queries, runs=runs, clients=clients, seconds=seconds)


def print_endpoint_bench(figures: dict) -> None:
    """The figures of :func:`endpoint_bench` as lines for ``make bench``."""
    from graphbuilder.query.latency import format_figures

    print("  SPARQL endpoint (HTTP, warm):")
    for line in format_figures(figures).splitlines():
        print("    " + line)


if __name__ == "__main__":
    main()

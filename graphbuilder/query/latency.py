"""Query latency and throughput against a running SPARQL endpoint (for `make bench`).

* :func:`library_latency`: every ``queries/*.rq`` with its header defaults, run ``runs`` times
  after one warm-up, one at a time, each run for real (``no-cache``): p50 / p95 / max in
  milliseconds and the row count; then the p50 of the answer the endpoint keeps.
* :func:`load_test`: ``clients`` threads sending one query back to back for ``seconds``:
  p50 / p99 latency, requests per second and errors; once as clients normally ask (the
  endpoint gives a kept answer again) and once with ``Cache-Control: no-cache`` (every
  request runs the query).
* :func:`endpoint_figures`: both, on a build folder served for the purpose.

Each request is a SPARQL Protocol POST whose whole answer (SPARQL JSON) is read, so the time
is what a client waits for, transfer included. Parameters are bound as in
``sparql_client`` (a VALUES block), never spliced.
"""

from __future__ import annotations

import http.client
import json
import statistics
import threading
import time
import urllib.parse
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from graphbuilder.query.library import Language, read_query
from graphbuilder.query.sparql import bind_values, check_params

_HEADERS = {"Accept": "application/sparql-results+json",
            "Content-Type": "application/x-www-form-urlencoded"}
#: Asks the endpoint to run the query again rather than give its kept answer.
_FRESH = {**_HEADERS, "Cache-Control": "no-cache"}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def _bound_text(path: Path) -> str:
    query = read_query(path, Language.SPARQL)
    return bind_values(query.text, check_params(query.text, query.defaults))


def _post(connection: http.client.HTTPConnection, body: bytes, fresh: bool = True) -> tuple[int, bytes]:
    connection.request("POST", "/query", body=body, headers=_FRESH if fresh else _HEADERS)
    response = connection.getresponse()
    return response.status, response.read()


def _body(text: str) -> bytes:
    return urllib.parse.urlencode({"query": text}).encode("utf-8")


def library_latency(url: str, paths: Iterable[Path], runs: int = 10) -> list[dict[str, Any]]:
    """One row per query: name, rows, p50_ms, p95_ms, max_ms, kept_p50_ms (or error)."""
    parts = urllib.parse.urlsplit(url)

    def connect() -> http.client.HTTPConnection:
        return http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=900)

    def timed(connection: http.client.HTTPConnection, body: bytes, fresh: bool) -> tuple[float, int, bytes]:
        start = time.perf_counter()
        try:
            status, payload = _post(connection, body, fresh)
        except (OSError, http.client.HTTPException) as err:
            connection.close()  # reconnects on the next request
            status, payload = 0, str(err).encode()
        return (time.perf_counter() - start) * 1000, status, payload

    results = []
    for path in sorted(paths):
        body = _body(_bound_text(path))
        connection = connect()
        row: dict[str, Any] = {"query": path.name}
        _, status, payload = timed(connection, body, True)  # warm-up
        if status != 200:
            row["error"] = f"HTTP {status}: {payload[:200].decode('utf-8', 'replace').strip()}"
            results.append(row)
            connection.close()
            continue
        row["rows"] = len(json.loads(payload).get("results", {}).get("bindings", []))
        fresh = [timed(connection, body, True) for _ in range(runs)]
        kept = [timed(connection, body, False) for _ in range(runs)]
        connection.close()
        times = [ms for ms, status, _ in fresh if status == 200]
        row["errors"] = runs - len(times)
        if times:
            row.update(p50_ms=statistics.median(times), p95_ms=_percentile(times, 0.95), max_ms=max(times))
        kept_times = [ms for ms, status, _ in kept if status == 200]
        if kept_times:
            row["kept_p50_ms"] = statistics.median(kept_times)
        results.append(row)
    return results


def load_test(url: str, path: Path, clients: int = 50, seconds: float = 20.0,
              fresh: bool = False) -> dict[str, Any]:
    """``clients`` threads each sending the query back to back for ``seconds``; ``fresh``:
    each request asks for the query to be run again (no kept answer)."""
    parts = urllib.parse.urlsplit(url)
    body = _body(_bound_text(path))
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client() -> None:
        connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80,
                                                timeout=seconds + 120)
        while time.perf_counter() < deadline:
            start = time.perf_counter()
            try:
                status, _ = _post(connection, body, fresh)
                ok = status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                connection.close()
                connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80,
                                                        timeout=seconds + 120)
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                if ok:
                    latencies.append(elapsed)
                else:
                    errors[0] += 1
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    return {
        "query": path.name, "clients": clients, "fresh": fresh, "seconds": round(wall, 1),
        "requests": len(latencies),
        "errors": errors[0], "requests_per_s": len(latencies) / wall,
        "p50_ms": statistics.median(latencies) if latencies else float("nan"),
        "p99_ms": _percentile(latencies, 0.99),
    }


def endpoint_figures(folder: str | Path, queries: str | Path, runs: int = 10, clients: int = 50,
                     seconds: float = 20.0, load_query: str = "who_did_what_to_whom.rq",
                     timeout: int = 120) -> dict[str, Any]:
    """Serve ``folder`` on a free port and measure the library and the load test against it."""
    import socket

    from graphbuilder.query.endpoint import start_endpoint

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    queries = Path(queries)
    with start_endpoint(folder, port=port, timeout=timeout) as ep:
        latency = library_latency(ep.url, queries.glob("*.rq"), runs=runs)
        loads = [load_test(ep.url, queries / load_query, clients=clients, seconds=seconds, fresh=fresh)
                 for fresh in (False, True)]
    return {"latency": latency, "load": loads}


def format_figures(figures: dict[str, Any]) -> str:
    """The figures as the lines `make bench` prints."""
    lines = [f"{'query':34} {'rows':>6} {'p50 ms':>9} {'p95 ms':>9} {'max ms':>9} {'kept p50':>9}"]
    for row in figures["latency"]:
        if "error" in row:
            lines.append(f"{row['query']:34} error: {row['error']}")
            continue
        nan = float("nan")
        lines.append(f"{row['query']:34} {row['rows']:>6} {row.get('p50_ms', nan):>9.1f} "
                     f"{row.get('p95_ms', nan):>9.1f} {row.get('max_ms', nan):>9.1f} "
                     f"{row.get('kept_p50_ms', nan):>9.1f}"
                     + (f"  ({row['errors']} of the runs failed)" if row["errors"] else ""))
    p50s = [row["p50_ms"] for row in figures["latency"] if "p50_ms" in row]
    if p50s:
        slow = sum(1 for row in figures["latency"] if row.get("p50_ms", float("inf")) > 1000)
        lines.append(f"library: median p50 {statistics.median(p50s):.0f} ms over {len(p50s)} queries; "
                     f"{slow} of {len(figures['latency'])} with p50 over 1 s (or failed)")
    for load in figures["load"]:
        how = "each run again (no-cache)" if load["fresh"] else "answers kept by the endpoint"
        lines.append(
            f"{load['clients']} clients x {load['seconds']} s on {load['query']}, {how}: "
            f"p50 {load['p50_ms']:.0f} ms, p99 {load['p99_ms']:.0f} ms, "
            f"{load['requests_per_s']:.1f} requests/s, {load['errors']} errors"
        )
    return "\n".join(lines)

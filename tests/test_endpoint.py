"""The SPARQL endpoint (Oxigraph's server over a build folder): protocol, safety, limits, shutdown.

Every server here is started on a free localhost port by the test and stopped by it.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from graphbuilder.errors import QueryError, StoreError
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.query import endpoint, sparql_client
from graphbuilder.sinks.folder import write_folder

ROOT = Path(__file__).resolve().parent.parent
WHO = ROOT / "queries" / "who_did_what_to_whom.rq"
TIMEOUT_S = 1
# every pair of quads compared by a regular expression: minutes of work, far past the timeout
SLOW = (
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } "
    "FILTER (REGEX(STR(?c), STR(?f))) }"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory, example_kg: KnowledgeGraph) -> Path:
    folder = tmp_path_factory.mktemp("endpoint-build")
    write_folder(example_kg, folder)
    return folder


@pytest.fixture(scope="module")
def server(build_dir: Path) -> Iterator[endpoint.Endpoint]:
    with endpoint.start_endpoint(build_dir, port=free_port(), timeout=TIMEOUT_S) as ep:
        yield ep
    assert ep.process.poll() is not None


def http(
    url: str, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None
) -> tuple[int, str, str]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read().decode("utf-8")


def test_listens_on_localhost_read_only_with_a_timeout_by_default(build_dir: Path) -> None:
    options = endpoint.ServeOptions()
    assert (options.host, options.port, options.timeout) == ("127.0.0.1", 7878, endpoint.DEFAULT_TIMEOUT)
    assert not options.allow_updates and options.worker_count() >= 2
    assert endpoint.ServeOptions(allow_updates=True, workers=4).worker_count() == 1  # one writer
    argv = endpoint.worker_command(build_dir, 4321, timeout=5)
    assert argv[1] == "serve-read-only" and argv[argv.index("--bind") + 1] == "127.0.0.1:4321"
    assert int(argv[argv.index("--timeout-s") + 1]) > 5  # a backstop: the front stops queries first
    assert endpoint.worker_command(build_dir, 1, allow_updates=True)[1] == "serve"


def test_a_folder_without_a_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no Oxigraph store"):
        endpoint.worker_command(tmp_path, 1)


def test_query_page(server: endpoint.Endpoint) -> None:
    status, content_type, body = http(server.url + "/")
    assert status == 200 and content_type.startswith("text/html") and "yasgui" in body.lower()


@pytest.mark.parametrize(
    "accept,content_type,marker",
    [
        ("application/sparql-results+json", "application/sparql-results+json", '"bindings"'),
        ("application/sparql-results+xml", "application/sparql-results+xml", "<sparql"),
        ("text/csv", "text/csv", "subject,predicate"),
        ("text/tab-separated-values", "text/tab-separated-values", "?subject\t?predicate"),
    ],
)
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_content_negotiation_over_get_and_post(
    server: endpoint.Endpoint, accept: str, content_type: str, marker: str, method: str
) -> None:
    query = WHO.read_text(encoding="utf-8")
    if method == "GET":
        status, got_type, body = http(
            server.query_url + "?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept}
        )
    else:
        status, got_type, body = http(
            server.query_url,
            data=query.encode("utf-8"),
            headers={"Accept": accept, "Content-Type": "application/sparql-query"},
        )
    assert status == 200 and got_type.startswith(content_type)
    assert marker in body
    assert "Vladimir Putin" in body or "Donald Trump" in body


def test_updates_are_refused(server: endpoint.Endpoint) -> None:
    before = sparql_client.query(server.url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"
    status, _, body = http(
        server.url + "/update", data=update.encode(), headers={"Content-Type": "application/sparql-update"}
    )
    assert status == 403 and "read-only" in body
    status, _, _ = http(
        server.url + "/store?default",
        data=b"<urn:x:a> <urn:x:b> <urn:x:c> .",
        headers={"Content-Type": "application/n-triples"},
        method="POST",
    )
    assert status == 403
    assert sparql_client.query(server.url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == before


def test_malformed_query_is_a_400_with_the_parser_message(server: endpoint.Endpoint) -> None:
    status, _, body = http(server.query_url + "?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE {"}))
    assert status == 400 and "error at" in body
    with pytest.raises(QueryError, match="HTTP 400"):
        sparql_client.query(server.url, "SELEC ?x")


def test_timeout_cancels_a_long_query_and_the_server_keeps_answering(server: endpoint.Endpoint) -> None:
    started = time.monotonic()
    with pytest.raises(QueryError, match="cancelled"):
        sparql_client.query(server.url, SLOW, timeout=60)
    assert time.monotonic() - started < 15
    assert sparql_client.query(server.url, "ASK { ?s ?p ?o }") == [{"result": True}]


def test_fifty_concurrent_queries_all_answer_correctly(server: endpoint.Endpoint, build_dir: Path) -> None:
    expected = sparql_client.query(str(build_dir), WHO)
    assert expected
    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(lambda _: sparql_client.query(server.url, WHO), range(50)))
    assert len(results) == 50 and all(r == expected for r in results)


def test_endpoint_stops_cleanly_and_frees_its_port(build_dir: Path) -> None:
    port = free_port()
    ep = endpoint.start_endpoint(build_dir, port=port)
    assert port_open(port)
    assert sparql_client.query(ep.url, "ASK { ?s ?p ?o }") == [{"result": True}]
    ep.stop()
    assert ep.process.poll() is not None
    assert not port_open(port)


def test_a_second_server_on_a_busy_port_fails_with_a_message(
    server: endpoint.Endpoint, build_dir: Path
) -> None:
    with pytest.raises(StoreError, match="already in use"):
        endpoint.start_endpoint(build_dir, port=server.port)


def test_serve_command_runs_the_server_until_terminated(build_dir: Path) -> None:
    port = free_port()
    script = Path(sys.executable).parent / "graphbuilder"
    cli = [str(script), "serve", str(build_dir), "--port", str(port), "--timeout", "5"]
    process = subprocess.Popen(cli, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not port_open(port):
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            assert time.monotonic() < deadline, "graphbuilder serve did not start"
            time.sleep(0.1)
        rows = sparql_client.query(f"http://127.0.0.1:{port}", WHO)
        assert rows == sparql_client.query(str(build_dir), WHO)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    assert process.returncode is not None
    assert not port_open(port)
    err = process.stderr.read().decode() if process.stderr else ""
    assert "read-only" in err and f"127.0.0.1:{port}" in err
    for stream in (process.stdout, process.stderr):
        if stream:
            stream.close()


def test_allow_updates_accepts_updates(tmp_path: Path, example_kg: KnowledgeGraph) -> None:
    write_folder(example_kg, tmp_path)
    with endpoint.start_endpoint(tmp_path, port=free_port(), allow_updates=True) as ep:
        status, _, _ = http(
            ep.url + "/update",
            data=b"INSERT DATA { <urn:x:a> <urn:x:b> 'c' }",
            headers={"Content-Type": "application/sparql-update"},
        )
        assert status == 204
        rows = sparql_client.query(ep.url, "SELECT ?o WHERE { <urn:x:a> <urn:x:b> ?o }")
        assert rows == [{"o": "c"}]


def test_json_results_are_standard_sparql_json(server: endpoint.Endpoint) -> None:
    status, _, body = http(
        server.query_url + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}),
        headers={"Accept": "application/sparql-results+json"},
    )
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}


def test_serve_command_errors_are_one_line_without_traceback(
    server: endpoint.Endpoint, build_dir: Path, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from graphbuilder.cli import main

    broken = tmp_path / "broken"
    (broken / "store").mkdir(parents=True)
    (broken / "store" / "junk").write_text("not a store", encoding="utf-8")
    cases = [
        ([str(tmp_path / "missing")], "no Oxigraph store here"),
        ([str(tmp_path)], "no Oxigraph store here"),
        ([str(broken)], "not a readable Oxigraph store"),
        ([str(build_dir), "--port", str(server.port)], f"127.0.0.1:{server.port} is already in use"),
        ([str(build_dir), "--host", "192.0.2.1", "--port", str(free_port())],
         "192.0.2.1 is not an address of this machine"),
        ([str(build_dir), "--host", "no-such-host.invalid"], "unknown host"),
    ]
    for args, message in cases:
        result = CliRunner().invoke(main, ["serve", *args])
        assert result.exit_code == 1, (args, result.output)
        errors = [line for line in result.output.splitlines() if line.startswith("error:")]
        assert len(errors) == 1 and message in errors[0], (args, result.output)
        assert "Traceback" not in result.output and "backtrace" not in result.output.lower()
        assert "SPARQL endpoint for" not in result.output  # no banner for a server that never started


def test_a_broken_store_is_reported_before_the_server_starts(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "junk").write_text("not a store", encoding="utf-8")
    with pytest.raises(StoreError, match="not a readable Oxigraph store"):
        endpoint.start_endpoint(tmp_path, port=free_port())


def test_the_server_runs_without_rust_backtraces() -> None:
    env = endpoint.server_environment()
    assert env["RUST_BACKTRACE"] == "0" and env["RUST_LIB_BACKTRACE"] == "0"


def test_a_served_folder_refuses_a_build_until_the_server_stops(tmp_path: Path) -> None:
    from graphbuilder.api import build_folder
    from graphbuilder.errors import StoreError

    folder = tmp_path / "served"
    build_folder(["Putin met Orban in Moscow."], folder)
    article = tmp_path / "more.txt"
    article.write_text("Trump met Erdogan in Ankara.", encoding="utf-8")
    with endpoint.start_endpoint(folder, port=free_port()) as ep:
        assert endpoint.serving_process(folder) == ep.process.pid
        with pytest.raises(StoreError, match=r"being served by a SPARQL server \(pid \d+\)"):
            build_folder([str(article)], folder)
        cli = subprocess.run(
            [sys.executable, "-m", "graphbuilder", "build", str(article), "--out", str(folder), "-q"],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert cli.returncode == 1 and "Traceback" not in cli.stderr
        assert cli.stderr.strip().splitlines()[-1].startswith(f"error: {folder} is being served")
    assert endpoint.serving_process(folder) is None
    assert not (folder / endpoint.SERVING_FILE).exists()
    kg = build_folder([str(article)], folder)  # now it goes through
    assert len(kg.articles) == 2


def test_a_stale_serving_mark_is_ignored(tmp_path: Path) -> None:
    (tmp_path / endpoint.SERVING_FILE).write_text("999999999\n", encoding="ascii")  # no such process
    assert endpoint.serving_process(tmp_path) is None
    endpoint.check_not_served(tmp_path)


# --- the supervisor: heavy queries stop at the timeout, on disconnect and at the memory limit ---

# Shapes Oxigraph's own timeout does not stop: an aggregate over a three-way cross join and a
# sort over a two-way one (each runs for minutes on the example store and grows its memory).
CROSS_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CROSS_SORT = "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?f ?c"
#: Every triple with every pair of triples, sorted: past any memory limit, however small the graph.
CROSS_SORT_3 = "SELECT ?a ?d ?g WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?f ?c ?i"


def workers_of(pid: int) -> set[int]:
    """The pids of the Oxigraph workers the server ``pid`` runs."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def wait_until(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.fixture(scope="module")
def strict_server(build_dir: Path) -> Iterator[endpoint.Endpoint]:
    with endpoint.start_endpoint(build_dir, port=free_port(), timeout=2, workers=2) as ep:
        yield ep


@pytest.mark.parametrize("query", [CROSS_COUNT, CROSS_SORT], ids=["count-cross-join", "order-by-cross-join"])
def test_a_heavy_query_stops_at_the_timeout_and_its_worker_is_killed(
    strict_server: endpoint.Endpoint, query: str
) -> None:
    # both workers are up (the endpoint answers once one is; the other may still be starting)
    assert wait_until(lambda: len(workers_of(strict_server.process.pid)) == 2, 20)
    before = workers_of(strict_server.process.pid)
    started = time.monotonic()
    with pytest.raises(QueryError, match="cancelled: it ran past the 2 s timeout"):
        sparql_client.query(strict_server.url, query, timeout=60)
    assert time.monotonic() - started < 6  # 2 s; the watchdog looks every 50 ms (slack for a busy machine)
    # the answer may go out while the killed worker is still dying or not yet reaped (a busy machine)
    def gone() -> set[int]:
        return {pid for pid in before if not alive(pid)}

    assert wait_until(lambda: bool(gone()), 10)
    killed = gone()
    assert len(killed) == 1  # its memory is the kernel's again
    assert wait_until(lambda: len(workers_of(strict_server.process.pid)) == 2, 20)  # replaced
    assert sparql_client.query(strict_server.url, "ASK { ?s ?p ?o }") == [{"result": True}]
    assert "cancelled a request" in strict_server.log_text()


def test_a_client_that_disconnects_stops_its_query(build_dir: Path) -> None:
    with endpoint.start_endpoint(build_dir, port=free_port(), timeout=60, workers=2) as ep:
        before = workers_of(ep.process.pid)
        client = subprocess.Popen(
            ["curl", "-s", "--max-time", "60", ep.query_url, "--data-urlencode", f"query={CROSS_SORT}"],
            stdout=subprocess.DEVNULL,
        )
        busy: set[int] = set()

        def some_worker_is_busy() -> bool:
            busy.update(pid for pid in before if _cpu_ticks(pid) > 20)
            return bool(busy)

        assert wait_until(some_worker_is_busy, 20)
        client.send_signal(signal.SIGKILL)  # the client goes away mid-query
        client.wait()
        gone = time.monotonic()
        assert wait_until(lambda: not any(alive(pid) for pid in busy), 5)
        assert time.monotonic() - gone < 3
        assert wait_until(lambda: "the client disconnected" in ep.log_text(), 5)
        assert sparql_client.query(ep.url, "ASK { ?s ?p ?o }") == [{"result": True}]


def _cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0
    return int(fields[11]) + int(fields[12])  # utime + stime


def test_a_query_past_the_memory_limit_is_stopped(build_dir: Path) -> None:
    with endpoint.start_endpoint(build_dir, port=free_port(), timeout=120, workers=1,
                                 memory_limit_mb=150) as ep:
        started = time.monotonic()
        with pytest.raises(QueryError, match="cancelled: it used more than 150 MiB"):
            sparql_client.query(ep.url, CROSS_SORT_3, timeout=120)
        assert time.monotonic() - started < 60
        assert sparql_client.query(ep.url, "ASK { ?s ?p ?o }") == [{"result": True}]


def test_workers_die_with_a_killed_server(build_dir: Path) -> None:
    ep = endpoint.start_endpoint(build_dir, port=free_port(), workers=2)
    assert wait_until(lambda: len(workers_of(ep.process.pid)) == 2, 10)
    workers = workers_of(ep.process.pid)
    ep.process.send_signal(signal.SIGKILL)  # no chance to clean up: the kernel must
    ep.stop()
    assert wait_until(lambda: not any(alive(pid) for pid in workers), 10)


def test_project_prefixes_need_no_declaration_and_others_are_named(server: endpoint.Endpoint) -> None:
    rows = sparql_client.query(server.url, "SELECT ?n WHERE { ?e a gb:Entity ; schema:name ?n } LIMIT 1")
    assert len(rows) == 1
    status, _, body = http(server.query_url + "?" + urllib.parse.urlencode(
        {"query": "SELECT ?n WHERE { ?e foaf:name ?n }"}))
    assert status == 400
    assert body.startswith("the prefix foaf: is not declared; add PREFIX foaf: <IRI>")
    # a parse error keeps the column the user wrote, whatever was declared in front of it
    status, _, body = http(server.query_url, data=b"SELECT ?n WHERE { ?e schema:name ?n",
                           headers={"Content-Type": "application/sparql-query"})
    assert status == 400 and body.startswith("error at 1:36:")


def test_sparql_command_refuses_updates_on_a_folder_and_an_endpoint(
    server: endpoint.Endpoint, build_dir: Path
) -> None:
    from click.testing import CliRunner

    from graphbuilder.cli import main

    for target in (str(build_dir), server.url):
        result = CliRunner().invoke(main, ["sparql", target, "INSERT DATA { <urn:x:a> <urn:x:b> 'c' }"])
        assert result.exit_code == 1
        assert result.output.startswith("error: SPARQL updates (INSERT) are not allowed here")
        assert "malformed" not in result.output


def test_answers_are_kept_and_identical_requests_run_once(build_dir: Path) -> None:
    with endpoint.start_endpoint(build_dir, port=free_port(), timeout=30, workers=2) as ep:
        expected = sparql_client.query(str(build_dir), WHO)
        assert sparql_client.query(ep.url, WHO) == expected
        before = workers_of(ep.process.pid)
        ticks = {pid: _cpu_ticks(pid) for pid in before}
        with ThreadPoolExecutor(max_workers=20) as pool:
            results = list(pool.map(lambda _: sparql_client.query(ep.url, WHO), range(40)))
        assert all(r == expected for r in results)
        assert {pid: _cpu_ticks(pid) for pid in before} == ticks  # no worker ran the query again
        fresh = {"Content-Type": "application/sparql-query", "Cache-Control": "no-cache",
                 "Accept": "text/csv"}
        status, _, body = http(ep.query_url, data=WHO.read_bytes(), headers=fresh)
        assert status == 200 and "subject,predicate" in body


def test_library_latency_runs_each_query_for_real_and_reads_its_answer(server: endpoint.Endpoint) -> None:
    from graphbuilder.query.latency import format_figures, library_latency

    queries = Path(__file__).resolve().parent.parent / "queries"
    paths = [queries / "statements_about_actor.rq", queries / "who_did_what_to_whom.rq"]
    rows = library_latency(server.url, paths, runs=2)
    assert [r["query"] for r in rows] == ["statements_about_actor.rq", "who_did_what_to_whom.rq"]
    for row in rows:
        assert row["errors"] == 0 and row["rows"] > 0
        assert 0 < row["p50_ms"] <= row["max_ms"] and row["kept_p50_ms"] > 0
    text = format_figures({"latency": rows, "load": []})
    assert "statements_about_actor.rq" in text
    assert "library: median p50" in text and "0 of 2 with p50 over 1 s" in text

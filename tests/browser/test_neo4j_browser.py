"""Neo4j Browser, for real: the Browser the local Neo4j serves, driven in headless Chromium.

The test server (``neo4j_server``, tools/neo4j) serves Neo4j Browser at /browser/ from the
Maven artifact ``org.neo4j.client:neo4j-browser``. The test loads the example articles,
connects Browser to the server with the password, sets parameters with ``:param`` and
pastes ``queries/most_connected_actors.cypher`` and ``queries/actor_network.cypher`` as a
user would; the result frames must show the actors and relationships the driver reads from
the same database. Screenshots of the table and graph views go to build/test-artifacts/.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from graphbuilder.sinks.propertygraph import neo4j_writer
from graphbuilder.sinks.propertygraph.library import read_query

ROOT = Path(__file__).resolve().parents[2]
QUERIES = ROOT / "queries"
EXAMPLES = ROOT / "graphbuilder" / "data" / "examples" / "articles.jsonl"
ARTIFACTS = ROOT / "build" / "test-artifacts"
NEWEST = "article[data-testid=frame] >> nth=0"  # Browser puts the newest frame on top


def _run(browser: Any, command: str) -> None:
    """Type a command or query into Browser's editor and run it."""
    browser.fill("textarea.inputarea", command)
    browser.click("[data-testid=editor-Run]")


def _run_query(browser: Any, query: str, rows: int) -> None:
    """Run a Cypher query and wait until its frame has streamed ``rows`` records."""
    before = browser.count("[data-testid=frameStatusbar] >> text=/Started streaming/")
    _run(browser, query)
    deadline = time.monotonic() + 60
    while browser.count("[data-testid=frameStatusbar] >> text=/Started streaming/") == before:
        assert time.monotonic() < deadline, "no result frame after 60 s"
        time.sleep(0.3)
    status = browser.text(f"{NEWEST} >> [data-testid=frameStatusbar]")
    assert f"Started streaming {rows} record" in status, status


def _set_param(browser: Any, name: str, value: str) -> None:
    before = browser.count("text=Successfully set your parameter")
    _run(browser, f":param {name} => {value}")
    deadline = time.monotonic() + 30
    while browser.count("text=Successfully set your parameter") == before:
        assert time.monotonic() < deadline, f":param {name} was not set"
        time.sleep(0.3)


def test_neo4j_browser_shows_the_library_queries(browser: Any, neo4j_server: Any, tmp_path: Path) -> None:
    if not getattr(neo4j_server, "browser_url", None):
        pytest.skip("Neo4j Browser is served by the local test server (not by the one NEO4J_URI names)")
    import neo4j

    from graphbuilder.sinks.snapshot import read_graph

    built = subprocess.run(  # the example articles, built by the command line as a user would
        [sys.executable, "-m", "graphbuilder", "build", "-q", str(EXAMPLES), "-o", str(tmp_path / "example")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
    )
    assert built.returncode == 0, built.stderr
    example = read_graph(tmp_path / "example")
    most_connected = read_query(QUERIES / "most_connected_actors.cypher")
    most_connected_params = {**most_connected.defaults, "limit": 3}
    actor_network = read_query(QUERIES / "actor_network.cypher")
    actor_network_params = {**actor_network.defaults, "min_evidence": 1}
    with neo4j.GraphDatabase.driver(
        neo4j_server.bolt_uri, auth=(neo4j_server.user, neo4j_server.password)
    ) as d:
        d.execute_query("MATCH (n) DETACH DELETE n")
        neo4j_writer.write_graph(example, d)
        top = [r["actor"] for r in d.execute_query(most_connected.text, most_connected_params).records]
        network = [dict(r) for r in d.execute_query(actor_network.text, actor_network_params).records]
    assert len(top) == 3 and network
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    browser.goto(neo4j_server.browser_url, timeout=120000)
    browser.wait_for("[data-testid=connect]", timeout=120000)
    port = neo4j_server.bolt_uri.rsplit(":", 1)[1]
    browser.fill("#url-input", f"localhost:{port}")  # neo4j://, as Browser proposes
    browser.fill("[data-testid=username]", neo4j_server.user)
    browser.fill("[data-testid=password]", neo4j_server.password)
    browser.click("[data-testid=connect]")
    browser.wait_for("text=Connected to Neo4j", timeout=60000)

    # the most connected actors, as a table
    for name, value in most_connected_params.items():
        _set_param(browser, name, json.dumps(value))
    _run_query(browser, (QUERIES / "most_connected_actors.cypher").read_text(encoding="utf-8"), 3)
    cells = browser.texts(f"{NEWEST} >> td[role=cell]")
    shown = [c.strip('"') for c in cells if c.strip('"') in top]
    assert shown == top, cells
    browser.screenshot(ARTIFACTS / "neo4j-browser-most-connected-actors.png")

    # the actor network, as a table: every relationship with its ends
    for name, value in actor_network_params.items():
        _set_param(browser, name, json.dumps(value))
    _run_query(browser, (QUERIES / "actor_network.cypher").read_text(encoding="utf-8"), len(network))
    table = browser.text(f"{NEWEST} >> [data-testid=frameContents]")
    for row in network:
        for column in ("subject", "relationship", "object"):
            assert f'"{row[column]}"' in table, (column, row)
    browser.screenshot(ARTIFACTS / "neo4j-browser-actor-network-table.png")

    # the same network drawn as a graph: its MATCH and WHERE, returning the pattern
    text = (QUERIES / "actor_network.cypher").read_text(encoding="utf-8")
    frames = browser.count("article[data-testid=frame]")
    _run(browser, text[: text.index("RETURN")] + "RETURN a, r, b LIMIT $limit")  # as the README says
    deadline = time.monotonic() + 60
    while browser.count("article[data-testid=frame]") == frames:
        assert time.monotonic() < deadline, "no graph frame after 60 s"
        time.sleep(0.3)
    browser.wait_for(f"{NEWEST} >> svg >> g.node", timeout=60000)
    labels = set(
        browser.evaluate(  # SVG text has no innerText
            "() => [...document.querySelector('article[data-testid=frame]')"
            ".querySelectorAll('svg g.relationship text')].map((t) => t.textContent.trim())"
        )
    )
    assert {row["relationship"] for row in network} <= labels, labels
    overview = browser.text(f"{NEWEST} >> [data-testid=vizInspector]")
    nodes = {row["subject"] for row in network} | {row["object"] for row in network}
    assert f"Displaying {len(nodes)} nodes, {len(network)} relationships" in overview, overview
    assert browser.count(f"{NEWEST} >> svg >> g.node") == len(nodes)
    time.sleep(2)  # let the force layout settle before the picture
    browser.screenshot(ARTIFACTS / "neo4j-browser-actor-network-graph.png")

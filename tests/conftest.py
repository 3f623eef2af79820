"""Shared fixtures: the spaCy model is loaded once per session; fixture articles are ours."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "graphbuilder" / "data" / "examples" / "articles.jsonl"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    from graphbuilder.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def examples_path() -> Path:
    """The bundled example articles (JSONL, written by the project)."""
    return EXAMPLES


@pytest.fixture(scope="session")
def example_kg(nlp):
    """KnowledgeGraph built from the bundled example articles (do not mutate)."""
    import graphbuilder

    return graphbuilder.build([EXAMPLES])


# --- Neo4j: one local server for the whole run (tools/neo4j, built by `make neo4j-setup`) ---


@pytest.fixture(scope="session")
def neo4j_server():
    """A live Neo4j with authentication on: ``bolt_uri``, ``browser_url``, ``user``, ``password``.

    NEO4J_URI (with NEO4J_PASSWORD, optionally NEO4J_USER) names a scratch server to use
    instead; tests delete the graph's nodes there. Otherwise the local server of tools/neo4j
    starts once and stops after the run. It must be built, or (outside CI) the tests skip.
    """
    import os
    import types

    from graphbuilder.sinks.propertygraph import local_neo4j

    if os.environ.get("NEO4J_URI") and os.environ.get("NEO4J_PASSWORD"):
        yield types.SimpleNamespace(
            bolt_uri=os.environ["NEO4J_URI"],
            browser_url=None,
            user=os.environ.get("NEO4J_USER", "neo4j"),
            password=os.environ["NEO4J_PASSWORD"],
        )
        return
    if not local_neo4j.is_built():
        message = "the local Neo4j is not built: run `make neo4j-setup` (Java 21+ and Maven)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    artifacts = ROOT / "build" / "test-artifacts"
    artifacts.mkdir(parents=True, exist_ok=True)
    server = local_neo4j.start(log=artifacts / "neo4j-server.log")
    try:
        yield server
    finally:
        server.stop()

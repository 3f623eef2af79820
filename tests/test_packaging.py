"""The query library ships inside the package, so `graphbuilder demo` works from a wheel."""

from __future__ import annotations

import tomllib
from pathlib import Path

import graphbuilder
from graphbuilder.commands.demo import CYPHER_DEMO, QUERIES, SPARQL_DEMO

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(graphbuilder.__file__).resolve().parent


def test_query_library_is_package_data() -> None:
    assert QUERIES.resolve().is_relative_to(PACKAGE)
    for name, _ in (SPARQL_DEMO, *CYPHER_DEMO):
        assert (QUERIES / name).is_file()
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "queries/*" in data["tool"]["setuptools"]["package-data"]["graphbuilder"]


def test_checkout_keeps_queries_at_the_top() -> None:
    top = ROOT / "queries"
    assert top.is_dir() and top.resolve() == (PACKAGE / "queries").resolve()
    assert sorted(p.name for p in top.glob("*.rq")) == sorted(p.name for p in QUERIES.glob("*.rq"))

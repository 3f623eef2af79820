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

"""Every notebook in notebooks/ executes top to bottom, and its cells show what they promise.

Code cells carry tags saying what they must output: ``table`` (an HTML table with rows),
``image`` (a PNG), ``widget`` (a Jupyter widget), ``nonempty`` (a result that is not empty),
``stream`` (printed text) and ``summary`` (a graph with statements). A cell that silently
returns ``[]`` (as a SPARQL query with a wrong prefix does) fails its test.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
WIDGET = "application/vnd.jupyter.widget-view+json"


def test_there_are_notebooks() -> None:
    assert {p.name for p in NOTEBOOKS} >= {"explore.ipynb", "conflict_monitor.ipynb"}


def _data(outputs: list[Any], mime: str) -> list[Any]:
    return [o["data"][mime] for o in outputs if o.get("output_type") in ("execute_result", "display_data")
            and mime in o.get("data", {})]


def check_cell(tag: str, outputs: list[Any]) -> str | None:
    """What is wrong with a cell's outputs for ``tag`` (None when it shows what it should)."""
    if tag == "table":
        tables = [t for t in _data(outputs, "text/html") if "<table" in t]
        rows = [len(re.findall(r"<tr", t.split("<tbody>", 1)[-1])) for t in tables]
        return None if rows and max(rows) > 0 else "no table with rows"
    if tag == "image":
        return None if _data(outputs, "image/png") else "no PNG image"
    if tag == "widget":
        return None if _data(outputs, WIDGET) else "no widget"
    if tag == "nonempty":
        texts = _data(outputs, "text/plain")
        empty = not texts or texts[-1].strip() in ("[]", "{}", "", "None")
        return f"empty result {texts}" if empty else None
    if tag == "stream":
        text = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
        return None if text.strip() else "printed nothing"
    if tag == "summary":
        texts = _data(outputs, "text/plain")
        m = re.search(r"'statements': (\d+)", texts[-1] if texts else "")
        return None if m and int(m.group(1)) > 0 else "no statements built"
    return f"unknown tag {tag}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_and_shows(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    errors = [
        o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"
    ]
    assert not errors, [f"{e['ename']}: {e['evalue']}" for e in errors]
    problems = []
    tags_seen: set[str] = set()
    for index, cell in enumerate(nb.cells):
        for tag in cell.get("metadata", {}).get("tags", []):
            tags_seen.add(tag)
            problem = check_cell(tag, cell.get("outputs", []))
            if problem:
                problems.append(f"cell {index} ({tag}): {problem}")
    assert not problems
    assert {"table", "image", "widget"} <= tags_seen  # each notebook shows tables, plots and the network

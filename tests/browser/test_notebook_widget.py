"""kg.show() in a real JupyterLab: the ipysigma network renders, and picking an actor in it runs the
Python callback that lists the actor's statements below (browser -> kernel -> browser)."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

pytest.importorskip("jupyterlab", reason="needs the notebooks extra: pip install 'graphbuilder[notebooks]'")

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "graphbuilder" / "data" / "examples" / "articles.jsonl"
CELL = f"""import graphbuilder as gb
from pathlib import Path
kg = gb.build([Path({str(EXAMPLES)!r})])
kg.show()"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def jupyterlab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A JupyterLab server on 127.0.0.1 serving a notebook that calls kg.show(); yields its URL."""
    root = tmp_path_factory.mktemp("lab")
    nb = new_notebook(cells=[new_code_cell(CELL)], metadata={
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}})
    nbformat.write(nb, root / "show.ipynb")
    port, token = _free_port(), secrets.token_hex(16)
    lab = Path(sys.executable).parent / "jupyter-lab"
    args = [str(lab), "--no-browser", "--ip=127.0.0.1", f"--port={port}", f"--ServerApp.root_dir={root}",
            f"--IdentityProvider.token={token}", "--LabApp.extension_manager=readonly"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--allow-root")
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(root / ".config"),
           "JUPYTER_RUNTIME_DIR": str(root / ".run")}
    log = (root / "lab.log").open("w")
    server = subprocess.Popen(args, cwd=root, stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("JupyterLab did not start:\n" + (root / "lab.log").read_text()[-3000:])
                time.sleep(0.5)
        yield f"{base}/lab/tree/show.ipynb?token={token}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def test_show_renders_and_lists_the_picked_actors_statements(browser: Any, jupyterlab: str,
                                                             tmp_path: Path) -> None:
    browser.goto(jupyterlab, timeout=90000)
    browser.wait_for(".jp-StatusBar-Widget:has-text('Idle')", timeout=90000)  # the kernel is up
    for _ in range(3):  # a key press can land before the notebook listens; then press again
        browser.click(".jp-Cell .jp-InputArea-editor")
        browser.press(".jp-Cell .jp-InputArea-editor", "Shift+Enter")
        try:
            browser.wait_for(".jp-InputPrompt:has-text('[*]'), .jp-InputPrompt:has-text('[1]')", timeout=5000)
            break
        except AssertionError:
            continue
    browser.wait_for(".ipysigma-widget canvas", timeout=120000)
    assert "Click an actor" in browser.text(".widget-html-content")

    # pick Sergey Lavrov with the widget's own search list: ipysigma sends the selection to the
    # kernel, whose callback rewrites the panel below the graph
    browser.click(".ipysigma-widget .choices")
    browser.click('.ipysigma-widget .choices__item--choice[data-value="sergey-lavrov"]')
    browser.wait_for(".widget-html-content h3.gb-actor", timeout=30000)
    assert browser.text(".widget-html-content h3.gb-actor") == "Sergey Lavrov"
    panel = browser.text(".widget-html-content")
    assert "Lavrov accused the European Union" in panel and "DISAPPROVE" in panel
    assert {u.split("/")[2] for u in browser.requests() if "://" in u} == {jupyterlab.split("/")[2]}
    browser.screenshot(tmp_path / "lab.png")

"""The network page in headless Chromium: loads from a file with no network, draws the graph on a
canvas, and a click on an actor lists its statements with their sentences and article links."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from graphbuilder.graph import KnowledgeGraph

pytest.importorskip("ipysigma", reason="needs the notebooks extra: pip install 'graphbuilder[notebooks]'")

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "graphbuilder" / "data" / "examples" / "articles.jsonl"
#: Set GRAPHBUILDER_SCREENSHOT=docs/network-view.png to refresh the README's picture.
SCREENSHOT = os.environ.get("GRAPHBUILDER_SCREENSHOT")

#: Where node ``id`` is drawn, after the camera is centred on it: the layout may put a node under
#: ipysigma's own left panel, where a click reaches the panel, as it would a user's.
NODE_POSITION = """(id) => {
  const renderer = window.graphbuilderView.view.renderer;
  const data = renderer.getNodeDisplayData(id);
  renderer.getCamera().setState({x: data.x, y: data.y});
  renderer.refresh();
  const p = renderer.framedGraphToViewport(data);
  const box = document.querySelector('#gb-graph .ipysigma-container').getBoundingClientRect();
  return {x: box.left + p.x, y: box.top + p.y};
}"""


@pytest.fixture(scope="module")
def example_graph() -> KnowledgeGraph:
    import graphbuilder as gb

    return gb.build([EXAMPLES])


def test_click_an_actor_lists_its_statements(browser: Any, example_graph: KnowledgeGraph,
                                             tmp_path: Path) -> None:
    from graphbuilder.view.page import write_network_html

    page = write_network_html(example_graph, tmp_path / "graph.html")
    browser.goto(page.as_uri())
    browser.wait_for("#gb-graph canvas")
    browser.wait_for("body[data-ready=true]", state="attached")
    assert "Click an actor" in browser.text("#gb-panel")

    putin = example_graph.find_entities("Vladimir Putin")[0]
    at = browser.evaluate(NODE_POSITION, putin.id)
    browser.click_at(at["x"], at["y"])
    browser.wait_for("#gb-panel li.gb-statement")

    assert browser.text("#gb-panel h2") == "Vladimir Putin"
    shown = browser.texts("#gb-panel li.gb-statement")
    expected = [  # the page shows what is asserted as fact by default
        st
        for st in example_graph.statements.values()
        if putin.id in (st.subject_id, st.object_id) and st.asserted
    ]
    assert len(shown) == len(expected) >= 3
    sentences = browser.texts("#gb-panel blockquote.gb-sentence")
    assert any("appeal" in s and "Putin" in s for s in sentences)
    every_sentence = {ev.sentence.text for st in expected for ev in st.evidence}
    assert set(sentences) <= every_sentence
    links = browser.evaluate("() => [...document.querySelectorAll('#gb-panel .gb-source a')]"
                             ".map(a => a.href)")
    assert links and all(link.startswith("https://news.example.org/") for link in links)

    # offline: the page fetched nothing but itself (and blob: workers it made)
    assert {u.split(":", 1)[0] for u in browser.requests()} <= {"file", "blob", "data"}
    assert not [line for line in browser.console() if line.startswith("pageerror")]

    shot = browser.screenshot(Path(SCREENSHOT) if SCREENSHOT else tmp_path / "network.png")
    assert shot.stat().st_size > 10_000


def test_clicking_the_background_clears_the_panel(browser: Any, example_graph: KnowledgeGraph,
                                                  tmp_path: Path) -> None:
    from graphbuilder.view.page import write_network_html
    from graphbuilder.view.select import selection

    page = write_network_html(example_graph, tmp_path / "graph.html", selection(actor="Lavrov"))
    browser.goto(page.as_uri())
    browser.wait_for("body[data-ready=true]", state="attached")
    lavrov = example_graph.find_entities("Sergey Lavrov")[0]
    at = browser.evaluate(NODE_POSITION, lavrov.id)
    browser.click_at(at["x"], at["y"])
    browser.wait_for("#gb-panel li.gb-statement")
    assert browser.text("#gb-panel h2") == "Sergey Lavrov"
    time.sleep(0.5)  # sigma counts two clicks within 300 ms as one double click
    browser.click_at(20, 780)  # empty canvas, bottom left
    browser.wait_for("#gb-panel .gb-hint")
    assert browser.count("#gb-panel li.gb-statement") == 0

"""The network page as written: self-contained, data escaped, filters applied; write_views."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.view import selection, write_views
from graphbuilder.view.network import actor_network, layout
from graphbuilder.view.page import network_html


def _json_block(page: str, element_id: str) -> dict:
    m = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', page, re.S)
    assert m
    return json.loads(m.group(1))


def test_page_is_self_contained(small: KnowledgeGraph) -> None:
    page = network_html(small)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # no script, style or font from a CDN
    assert "SigmaView" in page and page.count("<script") == 6
    state = _json_block(page, "gb-widget-state")
    assert {n["key"] for n in state["data"]["nodes"]} == set(actor_network(small).nodes)
    cards = _json_block(page, "gb-statements")
    # every asserted statement with Putin, literal ones too ("did not meet" is not asserted)
    assert len(cards["statements"]["vladimir-putin"]) == 5
    every = _json_block(network_html(small, selection(modality="all")), "gb-statements")
    assert len(every["statements"]["vladimir-putin"]) == 6


def test_article_text_cannot_break_out_of_the_page(small: KnowledgeGraph) -> None:
    st = next(s for s in small.statements.values() if s.predicate == "sanctioned")
    ev = st.evidence[0]
    hostile = "</script><script>alert(1)</script>"
    sentence = replace(ev.sentence, text=hostile)
    small.statements[st.id] = replace(st, evidence=(replace(ev, sentence=sentence),))
    article = small.articles[ev.article_id]
    small.articles[ev.article_id] = replace(article, url="javascript:alert(2)")
    page = network_html(small)
    assert hostile not in page and "alert(1)" in page
    cards = _json_block(page, "gb-statements")
    card = next(c for c in cards["statements"]["european-union"] if c["predicate"] == "sanctioned")
    assert card["evidence"][0]["sentence"] == hostile and card["evidence"][0]["url"] is None


def test_filters_reach_the_page(small: KnowledgeGraph) -> None:
    page = network_html(small, selection(actor="Zelensky", min_evidence=1))
    nodes = {n["key"] for n in _json_block(page, "gb-widget-state")["data"]["nodes"]}
    assert nodes == {"volodymyr-zelensky", "vladimir-putin", "european-union"}
    assert "actor Zelensky" in page


def test_layout_is_deterministic(example_graph: KnowledgeGraph) -> None:
    g = actor_network(example_graph)
    assert layout(g) == layout(actor_network(example_graph))
    assert set(layout(g)) == set(g.nodes)


def test_write_views_from_a_build_folder(example_build: Path, tmp_path: Path) -> None:
    page, picture = write_views(example_build, tmp_path / "views")
    assert page.name == "graph.html" and "Vladimir Putin" in page.read_text(encoding="utf-8")
    assert picture.name == "timeline.png" and picture.read_bytes()[:4] == b"\x89PNG"


def test_colour_by_country_keys_match_the_graph(example_graph: KnowledgeGraph) -> None:
    page = network_html(example_graph, color_by="country")
    palette = dict(_json_block(page, "gb-widget-state")["visual_variables"]["nodeColor"]["palette"])
    countries = {d["country"] for _, d in actor_network(example_graph).nodes(data=True)}
    assert set(palette) == countries and "RUS" in countries
    assert palette.get("unknown", "#bbbbbb") == "#bbbbbb"
    assert len({c for k, c in palette.items() if k != "unknown"}) == len(countries - {"unknown"})
    for country, colour in palette.items():
        assert f"background:{colour}\"></span>{country} " in page  # the page's legend shows the same key

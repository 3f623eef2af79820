"""One self-contained HTML page of the actor network: works from a file, offline, no CDN.

ipysigma's own ``write_html`` goes through ipywidgets' embedding, which loads require.js, the
widget manager and ipysigma's bundle from a CDN. This page instead inlines the bundle the
installed ipysigma package ships (``ipysigma/nbextension/index.js``: sigma.js, graphology and
the widget) and hosts it with ``assets/host.js``, which also lists the clicked actor's
statements with their sentences and article links. Data goes in as JSON script blocks.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from importlib import resources
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphbuilder.view._extras import require
from graphbuilder.view.network import actor_network, node_palette, sigma_widget, statements_by_actor
from graphbuilder.view.quad import event_color, quad_class
from graphbuilder.view.select import Selection, select_statements

if TYPE_CHECKING:
    from graphbuilder.graph import KnowledgeGraph

ASSETS = Path(__file__).resolve().parent / "assets"
HINT = '<p class="gb-hint">Click an actor to list its statements, each with its source sentences.</p>'
EMPTY = '<p class="gb-hint">No statement between two actors matches these filters.</p>'


def _json_block(element_id: str, data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="{element_id}">{text}</script>'


def _sigma_bundle() -> str:
    require("ipysigma")
    bundle = resources.files("ipysigma").joinpath("nbextension/index.js").read_text(encoding="utf-8")
    return bundle.replace("</script", "<\\/script")


# inline styles: the legend also shows in a notebook's HTML widget, outside the page's CSS
SWATCH = "display:inline-block;width:10px;height:10px;margin-right:6px;border-radius:2px;"
LIST = 'style="list-style:none;padding:0;margin:0"'
ITEM = 'style="margin:2px 0"'


def legend(graph: Any, color_by: str) -> str:
    """The colour keys of the page (edges by PLOVER type, nodes by entity type), as HTML."""
    edge_types = Counter(d["event_type"] for _, _, d in graph.edges(data=True))
    items = [f'<li {ITEM}><span class="gb-swatch" style="{SWATCH}background:{event_color(t)}"></span>'
             f'{html.escape(t)}'
             f'{" (" + html.escape(q) + ")" if (q := quad_class(t)) else ""} \u00b7 {n}</li>'
             for t, n in sorted(edge_types.items(), key=lambda kv: (-kv[1], kv[0]))]
    parts = ['<div class="gb-legend"><h3>Edges: PLOVER event type</h3>', f"<ul {LIST}>", *items, "</ul>"]
    palette = node_palette(graph, color_by)
    values = Counter(d[color_by] for _, d in graph.nodes(data=True))
    parts.append(f"<h3>Nodes: {'entity type' if color_by == 'type' else 'country'}</h3><ul {LIST}>")
    parts += [f'<li {ITEM}><span class="gb-swatch" style="{SWATCH}background:{palette[v]}"></span>'
              f"{html.escape(v)} \u00b7 {n}</li>" for v, n in values.most_common()]
    parts.append("</ul>")
    return "".join(parts) + "</div>"


def describe(sel: Selection | None) -> str:
    """The filters in words, for the page header."""
    if sel is None:
        return "all statements"
    parts = []
    if sel.actor:
        parts.append(f"actor {sel.actor}")
    if sel.event_type:
        parts.append(f"event type {sel.event_type}")
    if sel.since:
        parts.append(f"since {sel.since.isoformat()}")
    if sel.min_evidence > 1:
        parts.append(f"at least {sel.min_evidence} sentences each")
    parts.append(f"{sel.modality} statements" if sel.modality else "statements of every modality")
    return ", ".join(parts)


def network_html(kg: KnowledgeGraph, sel: Selection | None = None, color_by: str = "type",
                 title: str = "graphbuilder: actor network") -> str:
    """The page as a string (see :func:`write_network_html`)."""
    graph = actor_network(kg, sel)
    widget = sigma_widget(kg, sel, color_by=color_by, graph=graph, height="calc(100vh - 70px)",
                          hide_info_panel=True)
    state = widget.get_state()
    state["snapshot"] = None
    statements = select_statements(kg, sel)
    nodes = set(graph.nodes)
    cards = {
        "actors": {n: {"label": d["label"], "type": d["type"], "country": d["country"]}
                   for n, d in graph.nodes(data=True)},
        "statements": statements_by_actor(kg, statements, nodes),
    }
    summary = (f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} statements between actors "
               f"({len(statements)} in all); {describe(sel)}; node colour: {color_by}, size: statements; "
               f"edge colour: PLOVER event type, width: evidence.")
    hint = HINT if graph.number_of_nodes() else EMPTY
    css = (ASSETS / "page.css").read_text(encoding="utf-8")
    host = (ASSETS / "host.js").read_text(encoding="utf-8")
    return "\n".join([
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="graphbuilder with ipysigma {version("ipysigma")}">',
        f"<title>{html.escape(title)}</title>",
        f"<style>{css}</style></head><body>",
        f"<header><h1>{html.escape(title)}</h1><p id=\"gb-summary\">{html.escape(summary)}</p></header>",
        f'<main><div id="gb-graph"></div><aside id="gb-panel">{hint}{legend(graph, color_by)}</aside></main>',
        _json_block("gb-widget-state", state),
        _json_block("gb-statements", cards),
        "<script>window.define = function (deps, factory) {"
        " if (Array.isArray(deps) && deps[0] === '@jupyter-widgets/base')"
        " window.__graphbuilderSigmaFactory = factory; }; window.define.amd = {};</script>",
        f"<script>{_sigma_bundle()}</script>",
        "<script>delete window.define;</script>",
        f"<script>{host}</script>",
        "</body></html>",
    ])


def write_network_html(kg: KnowledgeGraph, out: str | Path, sel: Selection | None = None,
                       color_by: str = "type", title: str = "graphbuilder: actor network") -> Path:
    """Write the self-contained network page to ``out``; returns its path."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(network_html(kg, sel, color_by=color_by, title=title), encoding="utf-8")
    return out

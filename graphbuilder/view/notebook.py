"""The actor network in Jupyter: ipysigma's widget above a panel listing the clicked actor's statements."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from graphbuilder.view._extras import require
from graphbuilder.view.network import actor_network, sigma_widget, statement_card
from graphbuilder.view.page import legend
from graphbuilder.view.select import Selection, select_statements

if TYPE_CHECKING:
    from graphbuilder.graph import KnowledgeGraph

QUOTE_STYLE = "margin:2px 0 2px 8px;padding-left:6px;border-left:3px solid #ccc"
HINT = "<p><i>Click an actor to list its statements with their source sentences.</i></p>"


def statements_html(kg: KnowledgeGraph, actor_id: str | None, sel: Selection | None = None,
                    hint: str = HINT) -> str:
    """The panel's HTML for one actor (escaped text; links only to http(s) article URLs)."""
    if not actor_id or actor_id not in kg.entities:
        return hint
    entity = kg.entities[actor_id]
    kept = [st for st in select_statements(kg, sel) if actor_id in (st.subject_id, st.object_id)]
    kept.sort(key=lambda s: (-len(s.evidence), s.id))
    esc = html.escape
    parts = [f"<h3 class='gb-actor' style='margin:4px 0'>{esc(entity.name)}</h3>",
             f"<p style='color:#666;margin:0 0 6px 0'>{esc(entity.type)}"
             f"{' · ' + esc(entity.country) if entity.country else ''} · {len(kept)} statements</p><ol>"]
    for st in kept:
        card = statement_card(kg, st)
        tag = (f" <span style='background:{card['color']};color:#fff;padding:0 3px;border-radius:3px;"
               f"font-size:85%'>{esc(card['event_type'])}</span>") if card["event_type"] else ""
        parts.append(f"<li><b>{esc(card['subject'])}</b> <i>{'not ' if card['negated'] else ''}"
                     f"{esc(card['predicate'])}</i> <b>{esc(card['object'])}</b>{tag}")
        for ev in card["evidence"]:
            title = esc(ev["title"])
            source = f"<a href='{esc(ev['url'])}' target='_blank'>{title}</a>" if ev["url"] else title
            parts.append(f"<blockquote style='{QUOTE_STYLE}'>"
                         f"{esc(ev['sentence'])}</blockquote><div style='color:#666;font-size:90%'>{source}"
                         f"{' · ' + ev['date'] if ev['date'] else ''}</div>")
        parts.append("</li>")
    return "".join(parts) + "</ol>"


def show(kg: KnowledgeGraph, sel: Selection | None = None, color_by: str = "type", height: int = 560) -> Any:
    """An ipywidgets box: the network (ipysigma), and below it the statements of the actor clicked."""
    widgets = require("ipywidgets")
    graph = actor_network(kg, sel)
    sigma = sigma_widget(kg, sel, color_by=color_by, height=height, graph=graph, hide_info_panel=True)
    hint = HINT + legend(graph, color_by)
    panel = widgets.HTML(value=hint, layout=widgets.Layout(max_height="420px", overflow_y="auto",
                                                           padding="0 8px"))

    def on_select(change: dict[str, Any]) -> None:
        panel.value = statements_html(kg, change["new"], sel, hint)

    sigma.observe(on_select, names="selected_node")
    box = widgets.VBox([sigma, panel], layout=widgets.Layout(width="100%"))  # ipysigma's view is 100% wide
    box.sigma, box.panel = sigma, panel  # for code that wants to select a node or read the panel
    return box

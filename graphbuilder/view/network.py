"""The actor network: entities as nodes, typed statements between them as edges, drawn by ipysigma.

Nodes are the entities a kept statement links to another entity (plus the actor a view is
centred on), sized by their statements and coloured by type or country. Edges are those
statements (one per statement), coloured by PLOVER type and as wide as their evidence.
Statements whose object is a literal ("said the plan was dead") draw no edge but are listed
with their actor. The layout is computed here (networkx, fixed seed) so a page looks the
same every time it is written.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from graphbuilder.view._extras import require
from graphbuilder.view.quad import EVENT_COLORS, UNTYPED, UNTYPED_COLOR, quad_class
from graphbuilder.view.select import Selection, ViewError, actor_ids, evidence_day, select_statements

if TYPE_CHECKING:
    from graphbuilder.graph import KnowledgeGraph
    from graphbuilder.model import Statement

COLOR_BY = ("type", "country")
#: colours for the most frequent countries (the rest and "unknown" are grey)
COUNTRY_PALETTE = ("#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948",
                   "#ff9da7", "#9c755f", "#1b9e77", "#7570b3")
OTHER_COUNTRY = "#bbbbbb"
TYPE_COLORS = {"Person": "#4e79a7", "Organization": "#f28e2b", "Place": "#59a14f", "Group": "#b07aa1",
               "Event": "#edc948", "Other": "#9c9c9c"}


def actor_network(kg: KnowledgeGraph, sel: Selection | None = None) -> Any:
    """A networkx MultiDiGraph for drawing: node and edge attributes are plain strings and numbers."""
    nx = require("networkx")
    statements = select_statements(kg, sel)
    g = nx.MultiDiGraph()
    involved: Counter[str] = Counter()
    for st in statements:
        involved[st.subject_id] += 1
        if st.object_id and st.object_id != st.subject_id:
            involved[st.object_id] += 1
    linked = {n for st in statements if st.object_id and st.object_id != st.subject_id
              for n in (st.subject_id, st.object_id)}
    if sel is not None and sel.actor:
        linked |= {a for a in actor_ids(kg, sel.actor) if involved[a]}
    for node in sorted(linked):
        e = kg.entities.get(node)
        g.add_node(node, label=e.name if e else node, type=e.type if e else "Other",
                   country=(e.country if e and e.country else "unknown"), statements=involved[node])
    for st in statements:
        if st.object_id and st.object_id != st.subject_id:
            g.add_edge(st.subject_id, st.object_id, key=st.id, label=st.predicate.replace("_", " "),
                       predicate=st.predicate, event_type=st.event_type or UNTYPED,
                       evidence=len(st.evidence), negated=st.negated)
    return g


def layout(g: Any, seed: int = 7) -> dict[str, dict[str, float]]:
    """Node positions: each connected part laid out alone (spring layout, fixed seed), then the
    parts packed in rows, largest first, so small parts do not drift off to the edges."""
    nx = require("networkx")
    simple = nx.Graph(g.to_undirected())
    parts = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    placed: dict[str, dict[str, float]] = {}
    row_width = max(2.0, 2.2 * len(simple) ** 0.5)
    x = y = row_height = 0.0
    for part in parts:
        radius = 0.5 * len(part) ** 0.5 if len(part) > 1 else 0.2
        if len(part) == 1:
            pos = {part[0]: (0.0, 0.0)}
        else:
            sub = simple.subgraph(part)
            pos = nx.spring_layout(sub, seed=seed, k=1.5 / len(part) ** 0.5, iterations=80, scale=radius)
        if x > 0 and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y - row_height - 0.3, 0.0
        for node, (px, py) in pos.items():
            placed[str(node)] = {"x": round((x + radius + float(px)) * 100, 2),
                                 "y": round((y - radius + float(py)) * 100, 2)}
        x += 2 * radius + 0.3
        row_height = max(row_height, 2 * radius)
    return placed


def node_palette(g: Any, color_by: str) -> dict[str, str]:
    """Node colour for each value of ``color_by`` (entity type, or country by frequency)."""
    values = Counter(d[color_by] for _, d in g.nodes(data=True))
    if color_by == "type":
        return {t: TYPE_COLORS.get(t, OTHER_COUNTRY) for t in values}
    ranked = [c for c, _ in values.most_common() if c != "unknown"]
    palette = dict(zip(ranked, COUNTRY_PALETTE, strict=False))
    return {c: palette.get(c, OTHER_COUNTRY) for c in values}


def sigma_widget(kg: KnowledgeGraph, sel: Selection | None = None, color_by: str = "type",
                 height: int | str = 640, graph: Any = None,
                 hide_info_panel: bool = False) -> Any:
    """The ipysigma widget for the actor network (``graph`` reuses an :func:`actor_network`)."""
    if color_by not in COLOR_BY:
        raise ViewError(f"colour by {color_by!r}: choose {' or '.join(COLOR_BY)}")
    ipysigma = require("ipysigma")
    g = actor_network(kg, sel) if graph is None else graph
    edge_types = sorted({d["event_type"] for _, _, d in g.edges(data=True)})
    palette = {t: EVENT_COLORS.get(t, UNTYPED_COLOR) for t in edge_types}
    options: dict[str, Any] = {}
    options["node_color_palette"] = node_palette(g, color_by)
    if isinstance(height, str):
        options.update(height=None, raw_height=height)
    else:
        options["height"] = height
    return ipysigma.Sigma(
        g,
        layout=layout(g),
        node_color=color_by,
        node_size="statements",
        node_size_range=(4, 18),
        node_label="label",
        edge_color="event_type",
        edge_color_palette=palette,
        edge_size="evidence",
        edge_size_range=(1, 6),
        edge_label="label",
        default_edge_type="arrow",
        max_categorical_colors=20,
        show_all_labels=g.number_of_nodes() <= 40,
        hide_info_panel=hide_info_panel,
        camera_state={"ratio": 1.15, "x": 0.5, "y": 0.5, "angle": 0},
        **options,
    )


def statements_by_actor(kg: KnowledgeGraph, statements: list[Statement], nodes: set[str]) -> dict[str, Any]:
    """For each node, its statements (most evidence first) with every source sentence and article."""
    out: dict[str, list[dict[str, Any]]] = {n: [] for n in nodes}
    for st in sorted(statements, key=lambda s: (-len(s.evidence), s.id)):
        record = statement_card(kg, st)
        for node in {st.subject_id, st.object_id}:
            if node in out:
                out[node].append(record)
    return out


def statement_card(kg: KnowledgeGraph, st: Statement) -> dict[str, Any]:
    """What the panel shows of one statement: the triple, its type, and each sentence with its article."""
    subject = kg.entities.get(st.subject_id)
    obj = kg.entities.get(st.object_id) if st.object_id else None
    evidence = []
    for ev in st.evidence:
        article = kg.articles.get(ev.article_id)
        url = article.url if article and article.url else None
        if url and not url.startswith(("http://", "https://")):
            url = None
        day = evidence_day(kg, ev)
        evidence.append({
            "sentence": ev.sentence.text,
            "article_id": ev.article_id,
            "title": (article.title if article and article.title else ev.article_id),
            "url": url,
            "date": day.isoformat() if day else None,
            "speaker": ev.attributed_to.name if ev.attributed_to else None,
        })
    return {
        "id": st.id,
        "subject": subject.name if subject else st.subject_id,
        "subject_id": st.subject_id,
        "predicate": st.predicate.replace("_", " "),
        "object": obj.name if obj else (st.object_literal or ""),
        "object_id": st.object_id,
        "event_type": st.event_type,
        "quad_class": quad_class(st.event_type),
        "color": EVENT_COLORS.get(st.event_type or "", UNTYPED_COLOR),
        "negated": st.negated,
        "evidence": evidence,
    }

"""Dyads: who acts on whom, how often, split into cooperation and conflict by PLOVER quad class.

A dyad is an ordered pair of entities (source acts on target). Its events are the sentences
reporting typed, non-negated statements between them; ``statements`` counts every reported
statement between them, typed or not.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from graphbuilder.view._extras import pyplot, require
from graphbuilder.view.quad import QUAD_CLASSES, is_cooperative, quad_class
from graphbuilder.view.select import Selection, select_statements

if TYPE_CHECKING:
    from graphbuilder.graph import KnowledgeGraph

DYAD_COLUMNS = ("source", "target", "events", "cooperative", "conflictual",
                *(q.replace(" ", "_") for q in QUAD_CLASSES), "event_types", "statements",
                "source_id", "target_id")


def dyads(kg: KnowledgeGraph, sel: Selection | None = None, top: int | None = None) -> Any:
    """A DataFrame of dyads, most events first (then most statements); ``top`` keeps the first rows."""
    pd = require("pandas")
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    types: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for st in select_statements(kg, sel):
        if st.object_id is None or st.object_id == st.subject_id:
            continue
        pair = (st.subject_id, st.object_id)
        n = len(st.evidence)
        counts[pair]["statements"] += n
        if st.event_type is None or st.negated:
            continue
        counts[pair]["events"] += n
        counts[pair]["cooperative" if is_cooperative(st.event_type) else "conflictual"] += n
        counts[pair][(quad_class(st.event_type) or "").replace(" ", "_")] += n
        types[pair][st.event_type] += n
    rows = []
    for (src, tgt), c in counts.items():
        rows.append({
            "source": _name(kg, src), "target": _name(kg, tgt),
            **{col: c[col] for col in DYAD_COLUMNS[2:9]},
            "event_types": ", ".join(f"{t} {k}" for t, k in types[(src, tgt)].most_common()),
            "statements": c["statements"], "source_id": src, "target_id": tgt,
        })
    frame = pd.DataFrame(rows, columns=list(DYAD_COLUMNS))
    frame = frame.sort_values(["events", "statements", "source", "target"],
                              ascending=[False, False, True, True], kind="stable", ignore_index=True)
    return frame.head(top) if top else frame


def _name(kg: KnowledgeGraph, entity_id: str) -> str:
    e = kg.entities.get(entity_id)
    return e.name if e else entity_id


def plot_dyads(frame: Any, top: int = 12, ax: Any = None, title: str | None = None) -> Any:
    """Horizontal bars of the busiest dyads, cooperation and conflict stacked; returns the Axes."""
    plt = pyplot()
    shown = frame[frame["events"] > 0].head(top).iloc[::-1]
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.45 * max(len(shown), 2) + 1.2), layout="constrained")
    if shown.empty:
        ax.text(0.5, 0.5, "no typed events between actors", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    labels = [f"{s} \u2192 {t}" for s, t in zip(shown["source"], shown["target"], strict=True)]
    y = range(len(shown))
    ax.barh(y, shown["cooperative"], color="#1b9e77", label="cooperative")
    ax.barh(y, shown["conflictual"], left=shown["cooperative"], color="#d95f02", label="conflictual")
    ax.set_yticks(list(y), labels)
    ax.set_xlabel("events (sentences)")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(loc="lower right", fontsize="small")
    ax.spines[["top", "right"]].set_visible(False)
    if title:
        ax.set_title(title)
    return ax

"""Files a build gets for looking at: the network page and a timeline picture."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from graphbuilder.errors import StoreError

if TYPE_CHECKING:
    from graphbuilder.graph import KnowledgeGraph

NETWORK_PAGE = "graph.html"
TIMELINE_PNG = "timeline.png"


def load_graph(kg_or_dir: KnowledgeGraph | str | Path) -> KnowledgeGraph:
    """The graph itself, or the one a build left in a folder (StoreError when there is none)."""
    from graphbuilder.graph import KnowledgeGraph
    from graphbuilder.sinks.snapshot import read_graph, snapshot_path

    if isinstance(kg_or_dir, KnowledgeGraph):
        return kg_or_dir
    folder = Path(kg_or_dir)
    if not snapshot_path(folder).is_file():
        raise StoreError(f"{folder}: not a build folder (no {snapshot_path(folder).name}); "
                         "run `graphbuilder build ... --out DIR` first")
    return read_graph(folder)


def write_timeline_png(kg: KnowledgeGraph, out: str | Path, actor: str | None = None,
                       by: str = "event_type", freq: str = "W", title: str | None = None) -> Path:
    """Draw :func:`~graphbuilder.view.timeline.timeline` for ``actor`` (or everyone) into a PNG."""
    from graphbuilder.view._extras import pyplot
    from graphbuilder.view.select import selection
    from graphbuilder.view.timeline import plot_timeline, timeline

    frame = timeline(kg, selection(actor=actor), by=by, freq=freq)
    plt = pyplot()
    unit = {"W": "week", "M": "month", "Y": "year", "D": "day"}[freq[0].upper()]
    who = f" involving {actor}" if actor else ""
    ax = plot_timeline(frame, title=title or f"Events per {unit}{who}, by PLOVER type")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    ax.figure.savefig(out, dpi=110)
    plt.close(ax.figure)
    return out


def write_views(kg_or_dir: KnowledgeGraph | str | Path, out_dir: str | Path) -> list[Path]:
    """Write ``graph.html`` (the network page) and ``timeline.png`` into ``out_dir``; returns both paths."""
    from graphbuilder.view.page import write_network_html

    kg = load_graph(kg_or_dir)
    out = Path(out_dir)
    return [write_network_html(kg, out / NETWORK_PAGE), write_timeline_png(kg, out / TIMELINE_PNG)]

"""Events over time: reports per week (or month, year) by PLOVER type, and a stacked bar chart.

An event is one sentence reporting a typed statement that is not negated ("did not meet" is
no meeting); its date comes from ``view.select.evidence_period``: the day the sentence
gives, else the article's publication day; a month counts in monthly and yearly timelines,
a bare year in yearly ones. Reports without such a date are left out and counted in
``frame.attrs["undated"]``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graphbuilder.events.taxonomy import PLOVER_CATEGORIES
from graphbuilder.view._extras import pyplot, require
from graphbuilder.view.quad import QUAD_CLASSES, UNTYPED_COLOR, event_color, quad_class
from graphbuilder.view.select import Selection, ViewError, evidence_period, select_statements

if TYPE_CHECKING:
    from graphbuilder.graph import KnowledgeGraph

#: accepted ``freq`` values -> pandas period codes
FREQUENCIES = {"W": "W-SUN", "week": "W-SUN", "M": "M", "month": "M", "Y": "Y", "year": "Y",
               "D": "D", "day": "D"}
GROUPINGS = ("event_type", "quad_class", "predicate")
QUAD_COLORS = {"verbal cooperation": "#66c2a5", "material cooperation": "#1b9e77",
               "verbal conflict": "#fc8d62", "material conflict": "#cb181d"}


def timeline(kg: KnowledgeGraph, sel: Selection | None = None, by: str = "event_type",
             freq: str = "W") -> Any:
    """A DataFrame: one row per period (its first day), one column per group, event counts.

    ``by`` is ``event_type`` (PLOVER categories, in PLOVER order), ``quad_class`` or
    ``predicate``; ``freq`` is ``W`` (weeks starting Monday), ``M``, ``Y`` or ``D``.
    Periods between the first and last event with no events are rows of zeros.
    """
    pd = require("pandas")
    if by not in GROUPINGS:
        raise ViewError(f"by={by!r}: choose one of {', '.join(GROUPINGS)}")
    if freq not in FREQUENCIES:
        raise ViewError(f"freq={freq!r}: choose W (week), M (month), Y (year) or D (day)")
    rows: list[tuple[Any, str]] = []
    undated = 0
    for st in select_statements(kg, sel):
        if st.event_type is None or st.negated:
            continue
        group = {"event_type": st.event_type, "quad_class": quad_class(st.event_type),
                 "predicate": st.predicate}[by] or st.event_type
        for ev in st.evidence:
            day = evidence_period(kg, ev, FREQUENCIES[freq][0])
            if day is None:
                undated += 1
            else:
                rows.append((day, group))
    frame = pd.DataFrame(rows, columns=["date", by])
    if frame.empty:
        out = pd.DataFrame(index=pd.DatetimeIndex([], name="period"))
    else:
        period = pd.to_datetime(frame["date"]).dt.to_period(FREQUENCIES[freq])
        frame["period"] = period.dt.start_time
        out = frame.groupby(["period", by]).size().unstack(fill_value=0)
        start, end = out.index.min(), out.index.max()
        full = pd.period_range(start, end, freq=FREQUENCIES[freq]).start_time
        out = out.reindex(full, fill_value=0)
        out.index.name = "period"
        order = {"event_type": PLOVER_CATEGORIES, "quad_class": QUAD_CLASSES}.get(by)
        columns = [c for c in order if c in out.columns] if order else sorted(out.columns)
        out = out[columns]
        out.columns.name = by
    out.attrs["undated"] = undated
    out.attrs["freq"] = freq
    return out


def plot_timeline(frame: Any, ax: Any = None, title: str | None = None) -> Any:
    """Stacked bars of a :func:`timeline` frame, coloured by PLOVER type; returns the Axes."""
    plt = pyplot()
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 4.5), layout="constrained")
    if frame.empty or not len(frame.columns):
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    freq = frame.attrs.get("freq", "W")
    fmt = {"W": "%d %b %Y", "week": "%d %b %Y", "D": "%d %b %Y", "day": "%d %b %Y", "Y": "%Y",
           "year": "%Y"}.get(freq, "%b %Y")
    labels = [d.strftime(fmt) for d in frame.index]
    bottom = [0] * len(frame)
    for column in frame.columns:
        values = frame[column].tolist()
        color = QUAD_COLORS.get(column) or (event_color(column) if column in PLOVER_CATEGORIES else None)
        ax.bar(range(len(frame)), values, bottom=bottom, label=column, color=color or UNTYPED_COLOR,
               edgecolor="white", linewidth=0.5)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    step = max(1, len(labels) // 12)
    ax.set_xticks(range(0, len(labels), step), labels[::step], rotation=30, ha="right")
    unit = {"W": "week", "M": "month", "Y": "year", "D": "day"}.get(freq, freq)
    ax.set_ylabel(f"events per {unit}")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(title=frame.columns.name, bbox_to_anchor=(1.01, 1), loc="upper left", fontsize="small")
    ax.spines[["top", "right"]].set_visible(False)
    if title:
        ax.set_title(title)
    return ax

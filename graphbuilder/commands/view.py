"""`graphbuilder view`, `plot timeline|dyads` and `export graphml|gexf`: seeing a build folder."""

from __future__ import annotations

from pathlib import Path

import click

from graphbuilder.commands.common import user_errors, warn

_DIR = click.Path(file_okay=False, path_type=Path)


def _filters(func: click.decorators.FC) -> click.decorators.FC:
    """The filters every view shares (see graphbuilder.view.select)."""
    for option in reversed((
        click.option("--actor", metavar="NAME", help="Only statements with this actor (name, alias or id)."),
        click.option("--event-type", metavar="T", help="Only this PLOVER event type (e.g. REQUEST)."),
        click.option("--since", metavar="DATE", help="Only events on or after this day (YYYY-MM-DD)."),
        click.option("--min-evidence", default=1, show_default=True, type=click.IntRange(1), metavar="N",
                     help="Only statements supported by at least N sentences."),
        click.option("--modality", default="asserted", show_default=True, metavar="M",
                     help="Only sentences that state it so: asserted (as fact), negated, possible, "
                     "conditional, intended, reported, question, or all."),
    )):
        func = option(func)
    return func


@click.command("view")
@click.argument("folder", metavar="DIR", type=_DIR)
@_filters
@click.option("--color-by", type=click.Choice(["type", "country"]), default="type", show_default=True,
              help="Colour actors by entity type or by country.")
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="HTML file to write [default: DIR/graph.html].")
@user_errors
def view(folder: Path, actor: str | None, event_type: str | None, since: str | None, min_evidence: int,
         modality: str, color_by: str, out: Path | None) -> None:
    """Write the actor network of the build DIR as one HTML page that works offline.

    Actors are nodes (size: statements, colour: type or country); statements between
    actors are edges (colour: PLOVER event type, width: supporting sentences). Click an
    actor to list its statements with their source sentences and article links.
    """
    from graphbuilder.view import load_graph, selection
    from graphbuilder.view.network import actor_network
    from graphbuilder.view.page import describe, write_network_html

    sel = selection(actor, event_type, since, min_evidence, modality)
    kg = load_graph(folder)
    path = write_network_html(kg, out or folder / "graph.html", sel, color_by=color_by)
    click.echo(f"wrote {path} ({describe(sel)}); open it in a browser")
    if actor_network(kg, sel).number_of_nodes() == 0:
        warn(f"no statement between two actors matches {describe(sel)}: the page has no network")


@click.group("plot")
def plot() -> None:
    """Draw charts of a build folder as PNG (or SVG, PDF) files."""


@plot.command("timeline")
@click.argument("folder", metavar="DIR", type=_DIR)
@_filters
@click.option("--by", type=click.Choice(["event_type", "quad_class", "predicate"]), default="event_type",
              show_default=True, help="What the bars are split by.")
@click.option("--per", "freq", type=click.Choice(["week", "month", "year", "day"]), default="week",
              show_default=True, help="Length of one bar.")
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Image to write (.png, .svg or .pdf).")
@user_errors
def plot_timeline(folder: Path, actor: str | None, event_type: str | None, since: str | None,
                  min_evidence: int, modality: str, by: str, freq: str, out: Path) -> None:
    """Events per week (or month, year) by PLOVER type, as stacked bars.

    An event is a sentence reporting a typed statement that is not negated; it is dated by
    the date the sentence gives, else by the article's publication date. Undated events
    are counted and left out.
    """
    from graphbuilder.view import load_graph, selection
    from graphbuilder.view._extras import pyplot
    from graphbuilder.view.timeline import plot_timeline as draw
    from graphbuilder.view.timeline import timeline

    sel = selection(actor, event_type, since, min_evidence, modality)
    frame = timeline(load_graph(folder), sel, by=by, freq=freq)
    who = f" involving {actor}" if actor else ""
    ax = draw(frame, title=f"Events per {freq}{who}, by {by.replace('_', ' ')}")
    out.parent.mkdir(parents=True, exist_ok=True)
    ax.figure.savefig(out, dpi=110)
    pyplot().close(ax.figure)
    events = int(frame.to_numpy().sum()) if not frame.empty else 0
    undated = frame.attrs.get("undated", 0)
    click.echo(f"wrote {out}: {events} events in {len(frame)} {freq}{'' if len(frame) == 1 else 's'}"
               + (f"; {undated} undated events left out" if undated else ""))


@plot.command("dyads")
@click.argument("folder", metavar="DIR", type=_DIR)
@_filters
@click.option("--top", default=12, show_default=True, type=click.IntRange(1), help="How many dyads to draw.")
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Image to write (.png, .svg or .pdf).")
@user_errors
def plot_dyads(folder: Path, actor: str | None, event_type: str | None, since: str | None,
               min_evidence: int, modality: str, top: int, out: Path) -> None:
    """Who acts on whom most, cooperation and conflict stacked (by PLOVER quad class)."""
    from graphbuilder.view import load_graph, selection
    from graphbuilder.view._extras import pyplot
    from graphbuilder.view.dyads import dyads
    from graphbuilder.view.dyads import plot_dyads as draw

    frame = dyads(load_graph(folder), selection(actor, event_type, since, min_evidence, modality))
    ax = draw(frame, top=top, title="Most active dyads" + (f" of {actor}" if actor else ""))
    out.parent.mkdir(parents=True, exist_ok=True)
    ax.figure.savefig(out, dpi=110)
    pyplot().close(ax.figure)
    click.echo(f"wrote {out}: {min(top, int((frame['events'] > 0).sum()))} dyads drawn")


def _export(fmt: str) -> click.Command:
    @click.command(fmt)
    @click.argument("folder", metavar="DIR", type=_DIR)
    @click.argument("out", metavar="FILE", type=click.Path(dir_okay=False, path_type=Path))
    @user_errors
    def export_network(folder: Path, out: Path) -> None:
        from graphbuilder.sinks.networkx import write_network
        from graphbuilder.view import load_graph

        g = write_network(load_graph(folder), out, fmt)
        click.echo(f"wrote {out}: {g.number_of_nodes()} actors, {g.number_of_edges()} actor pairs")

    export_network.__doc__ = (
        f"Export the actor network of the build DIR as {fmt.upper()} (Gephi, Cytoscape, networkx).\n\n"
        "One node per actor (label, type, country, actor_code, mentions, statements), one edge per\n"
        "ordered pair of actors a statement links (weight = supporting sentences; statements,\n"
        "events, cooperative, conflictual, event_types, main_event_type, predicates)."
    )
    export_network.help = export_network.__doc__
    return export_network


commands = [view, plot]
export_commands = [_export("graphml"), _export("gexf")]

"""The `make run` walkthrough: build the bundled examples, then show statements and query results.

Everything shown is computed in this run: the build, a SPARQL query on the Oxigraph store
and Cypher queries on an embedded LadybugDB store built from the same graph.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import click

from graphbuilder import api
from graphbuilder.commands.common import print_report, print_summary, user_errors
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.report import RunReport

#: The query library, shipped inside the package (``queries/`` at the top of a checkout links here).
QUERIES = Path(__file__).resolve().parent.parent / "queries"
ENDPOINT = "http://127.0.0.1:7878"

#: (query file, parameters) shown by `make run`
SPARQL_DEMO: tuple[str, dict[str, Any]] = ("who_did_what_to_whom.rq", {})
CYPHER_DEMO: tuple[tuple[str, dict[str, Any]], ...] = (
    ("most_connected_actors.cypher", {}),
    ("statements_about_actor.cypher", {"actor": "Vladimir Putin"}),
)


EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "examples" / "articles.jsonl"


@click.command()
@click.option(
    "--out",
    "-o",
    default="build/example",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Build folder for the example graph.",
)
@user_errors
def demo(out: Path) -> None:
    """Build the bundled example articles and show what was built, with query results."""
    run_demo(EXAMPLES, out)


commands = [demo]


def run_demo(examples: Path, out: Path, rows: int = 8) -> KnowledgeGraph:
    if (out / "graph.jsonl").exists() or (out / "graph.db").exists():
        shutil.rmtree(out)  # the demo always starts fresh so its figures are reproducible
    report = RunReport()
    click.secho(f"== Building the bundled example articles ({examples.name}) into {out}", bold=True)
    kg = api.build_folder([examples], out, report=report)
    print_report(report)
    print_summary(kg, report, out)

    click.secho("\n== Entities with most mentions", bold=True)
    counts: dict[str, int] = {}
    for m in kg.mentions.values():
        counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
    for eid, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:rows]:
        e = kg.entities[eid]
        code = f" [{e.actor_code}]" if e.actor_code else ""
        click.echo(f"  {e.name:<28} {e.type:<12}{code:<10} {n} mentions  id={e.id}")

    click.secho("\n== Statements (subject -predicate-> object, with the source sentence)", bold=True)
    for record in list(kg.records())[: rows * 2]:
        obj = record["object"]["name"] or record["object"]["text"]
        flags = " ".join(
            f for f in (
                f"[{record['event_type']}]" if record["event_type"] else "",
                "NOT" if record["negated"] else "",
                f"({record['modality']})" if record["modality"] else "",
            ) if f
        )
        click.echo(f"  {record['subject']['name'] or record['subject']['text']} -{record['predicate']}-> "
                   f"{_short(obj)} {flags}")
        click.echo(f"      \u21b3 {record['article_id']} s{record['sentence']['index']}: "
                   f"\"{_short(record['sentence']['text'], 90)}\"")

    _sparql_demo(out)
    _cypher_demo(kg, out)
    _views_demo(kg, out)
    click.secho("\n== Next", bold=True)
    click.echo(f"  Cypher query:     .venv/bin/graphbuilder cypher {out}/ladybug.db "
               "queries/most_connected_actors.cypher")
    click.echo("  Into Neo4j:       export NEO4J_PASSWORD=...; make neo4j   "
               "(in a second terminal; or: docker compose up -d)")
    click.echo(f"                    then .venv/bin/graphbuilder load neo4j {out} "
               "--uri bolt://localhost:7687 --user neo4j")
    click.echo(f"  SPARQL query:     .venv/bin/graphbuilder sparql {out} queries/statements_about_actor.rq "
               "--param actor=Putin")
    try_query = "queries/who_did_what_to_whom.rq"
    click.echo(f"  SPARQL endpoint:  .venv/bin/graphbuilder serve {out}   (Ctrl-C stops it)")
    click.echo(f"                    then open {ENDPOINT}/ and run the query in {try_query},")
    curl = f"curl -H 'Accept: text/csv' --data-urlencode query@{try_query} {ENDPOINT}/query"
    click.echo(f"                    or: {curl}")
    return kg


def _views_demo(kg: KnowledgeGraph, out: Path) -> None:
    from graphbuilder.view import write_views

    page, picture = write_views(kg, out)
    click.secho("\n== Seeing the graph", bold=True)
    click.echo(f"  Network page: {page}  (open it in a browser, click an actor)")
    click.echo(f"  Timeline:     {picture}")


def _sparql_demo(out: Path) -> None:
    from graphbuilder.sinks.oxigraph_store import query_store

    name, params = SPARQL_DEMO
    path = QUERIES / name
    if not path.exists():
        return
    click.secho(f"\n== SPARQL on the Oxigraph store: queries/{name}", bold=True)
    _print_rows(query_store(out, path.read_text(encoding="utf-8"), params))


def _cypher_demo(kg: KnowledgeGraph, out: Path) -> None:
    from graphbuilder.query.cypher import run_query as run_ladybug_query
    from graphbuilder.sinks.propertygraph import ladybug_store

    db = out / "ladybug.db"
    counts = ladybug_store.load(kg, db)
    click.secho(f"\n== Embedded Cypher store (LadybugDB) at {db}: {_counts(counts)}", bold=True)
    for name, params in CYPHER_DEMO:
        path = QUERIES / name
        if not path.exists():
            continue
        shown = ", ".join(f"{k}={v!r}" for k, v in params.items())
        click.secho(f"\n-- queries/{name}" + (f"  ({shown})" if shown else ""), bold=True)
        _print_rows(run_ladybug_query(db, path.read_text(encoding="utf-8"), params))


def _counts(counts: Any) -> str:
    if isinstance(counts, dict):
        return ", ".join(f"{k} {v}" for k, v in counts.items())
    return str(counts)


def _print_rows(rows: list[dict[str, Any]], limit: int = 8) -> None:
    from graphbuilder.query.table import format_table

    if not rows:
        click.echo("  (no rows)")
        return
    for line in format_table(rows[:limit], width=40).splitlines():
        click.echo("  " + line)
    if len(rows) > limit:
        click.echo(f"  ... {len(rows) - limit} more rows")


def _short(text: str, n: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "\u2026"

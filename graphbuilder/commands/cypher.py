"""`graphbuilder load neo4j|ladybug`, `cypher`, `export neo4j-csv` and `export cypher`: the property graph.

Each command reads a build folder (``graph.db``, written by `graphbuilder build`), makes
one call into ``graphbuilder.sinks.propertygraph`` and prints a short summary. Loads and
exports read graph.db itself (the exports a chunk of keys at a time), not a graph in memory.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import click

from graphbuilder.commands.common import user_errors
from graphbuilder.errors import StoreError
from graphbuilder.query.cli import emit, output_options, param_option

DEFAULT_URI = "bolt://localhost:7687"
LADYBUG_FILE = "ladybug.db"  # the store `load ladybug` and `demo` make in a build folder


def _read_build(folder: Path) -> Any:
    from graphbuilder.sinks.snapshot import read_graph

    return read_graph(folder)


def _is_build(source: str) -> bool:
    from graphbuilder.sinks.snapshot import snapshot_path

    return Path(source).is_dir() and snapshot_path(source).is_file()


def _has_database(source: str) -> bool:
    """A build folder with graph.db (not one of an older graphbuilder, with graph.jsonl only)."""
    from graphbuilder.sinks.snapshot import SNAPSHOT_NAME

    return (Path(source) / SNAPSHOT_NAME).is_file()


def _graph_from(source: str, quiet: bool) -> Any:
    """The graph of a build folder, or one built now (in memory) from articles: a file, folder or -."""
    if _is_build(source):
        return _read_build(Path(source))
    if source != "-" and not Path(source).exists():
        raise StoreError(f"{source}: no such build folder or input")
    if Path(source).is_dir():
        from graphbuilder.sinks.snapshot import LEGACY_NAME, SNAPSHOT_NAME

        inner = next((p for name in (SNAPSHOT_NAME, LEGACY_NAME) for p in Path(source).rglob(name)), None)
        if inner is not None:  # a build's own files are no articles
            raise StoreError(
                f"{source}: not a graphbuilder build folder (no {SNAPSHOT_NAME}) but it holds one: "
                f"give {inner.parent}"
            )
    from graphbuilder import api
    from graphbuilder.commands.common import print_report
    from graphbuilder.report import RunReport

    report = RunReport()
    kg = api.build([Path(source)], report=report)
    print_report(report)
    if not report.usable:
        raise StoreError(f"{source}: neither a build folder (no graph.db) nor readable articles")
    if not quiet:
        s = kg.summary()
        click.echo(
            f"built from {source}: {s['articles']} articles, {s['entities']} entities, "
            f"{s['statements']} statements",
            err=True,
        )
    return kg


def _print_load_summary(where: str, summary: dict[str, Any]) -> None:
    s = summary
    click.echo(
        f"loaded into {where}: {s['nodes_created']} nodes created, {s['nodes_matched']} matched; "
        f"{s['relationships_created']} relationships created, {s['relationships_matched']} matched "
        f"({s['batches']} batches)"
    )
    if "increment" in s:
        if s["increment"]:
            changed = s["changed"]
            click.echo(
                f"only what changed since the last load: {changed['articles']} articles, "
                f"{changed['entities']} entities, {changed['statements']} statements "
                f"({s['rows_read']} rows of graph.db read)"
            )
        else:
            click.echo(f"the whole build ({s['rows_read']} rows of graph.db read)")


full_option = click.option(
    "--full",
    is_flag=True,
    help="Load the whole build even when the store holds an earlier load of this folder "
    "(which otherwise gets only what changed since).",
)


build_folder = click.argument(
    "folder", metavar="DIR", type=click.Path(exists=True, file_okay=False, path_type=Path)
)
build_or_input = click.argument("source", metavar="DIR_OR_INPUT")
batch_size_option = click.option(
    "--batch-size",
    default=500,
    show_default=True,
    type=click.IntRange(1),
    help="Rows per batch; each batch is one transaction.",
)
neo4j_batch_size_option = click.option(
    "--batch-size",
    default=5000,  # neo4j_writer.BATCH_SIZE
    show_default=True,
    type=click.IntRange(1),
    help="Rows per batch; each batch is one transaction and one round trip.",
)


@click.group("load")
def load_group() -> None:
    """Load a build folder into a property-graph database (Neo4j or LadybugDB)."""


@load_group.command("neo4j")
@build_or_input
@click.option(
    "--uri",
    default=lambda: os.environ.get("NEO4J_URI", DEFAULT_URI),
    show_default="$NEO4J_URI or " + DEFAULT_URI,
    help="Bolt or neo4j:// URI of the server.",
)
@click.option(
    "--user",
    default=lambda: os.environ.get("NEO4J_USER", "neo4j"),
    show_default="$NEO4J_USER or neo4j",
    help="User name; the password is read from $NEO4J_PASSWORD.",
)
@click.option(
    "--database",
    default=lambda: os.environ.get("NEO4J_DATABASE"),
    show_default="$NEO4J_DATABASE or the server's default",
    help="Database to load into.",
)
@neo4j_batch_size_option
@full_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@user_errors
def load_neo4j(
    source: str, uri: str, user: str, database: str | None, batch_size: int, full: bool, quiet: bool
) -> None:
    """Merge a graph into Neo4j (password from $NEO4J_PASSWORD, never on the command line).

    DIR_OR_INPUT is a build folder (from `graphbuilder build`) or articles (a text, HTML or
    JSONL file, a folder of them, or - for standard input), built in memory first.
    Creates uniqueness constraints and indexes first, then merges in batches, one
    transaction each. Needs no APOC.

    A build folder is loaded whole the first time; the database is marked with the build
    it holds (a LoadedBuild node), and loading the folder again after later builds reads
    and writes only what they changed: new and changed articles, entities and statements
    merged, removed ones deleted, so the database equals a fresh load of the folder.
    Loading the same build twice changes nothing. Articles (not a build folder) are merged
    into whatever the database holds.
    """
    from graphbuilder.sinks.propertygraph import neo4j_writer

    password = os.environ.get("NEO4J_PASSWORD")
    if not password:
        raise StoreError("set NEO4J_PASSWORD to the Neo4j password (it is never taken on the command line)")
    if _is_build(source) and _has_database(source):
        summary = neo4j_writer.load_folder(
            source, uri, user, password, database=database, batch_size=batch_size, progress=not quiet,
            full=full,
        )
    else:
        kg = _graph_from(source, quiet)
        summary = neo4j_writer.load(
            kg, uri, user, password, database=database, batch_size=batch_size, progress=not quiet
        )
    where = f"Neo4j at {neo4j_writer.redact(uri)}" + (f" (database {database})" if database else "")
    _print_load_summary(where, summary)


@load_group.command("ladybug")
@build_or_input
@click.option(
    "--db",
    "db_path",
    default=None,
    type=click.Path(dir_okay=False, path_type=Path),
    help="LadybugDB database file, created when missing.  [default: DIR/ladybug.db for a build folder]",
)
@batch_size_option
@full_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@user_errors
def load_ladybug(source: str, db_path: Path | None, batch_size: int, full: bool, quiet: bool) -> None:
    """Merge a graph into the embedded LadybugDB store at --db (created when missing).

    DIR_OR_INPUT is a build folder (the store defaults to DIR/ladybug.db) or articles built
    in memory first (then --db is required). A new store is bulk-loaded (COPY); the direct
    facts of every predicate share one table, FACT (queries name their types as on Neo4j).
    Query the store with `graphbuilder cypher DB QUERY`.

    The store is marked with the build it holds (a LoadedBuild node): loading the folder
    again after later builds reads and writes only what they changed (new and changed
    articles, entities and statements merged in batches, removed ones deleted), so the
    store equals a fresh load of the folder; loading twice changes nothing. A store that
    holds something else gets the whole build merged in.
    """
    from graphbuilder.sinks.propertygraph import ladybug_store

    if db_path is None:
        if not _is_build(source):
            raise StoreError(f"{source}: not a build folder, so give the store's path with --db PATH")
        db_path = Path(source) / LADYBUG_FILE
    if _is_build(source) and _has_database(source):
        summary = ladybug_store.load_folder(source, db_path, batch_size=batch_size, progress=not quiet,
                                            full=full)
    else:
        kg = _graph_from(source, quiet)
        summary = ladybug_store.load(kg, db_path, batch_size=batch_size, progress=not quiet)
    _print_load_summary(str(db_path), summary)
    if "nodes" in summary:  # an increment does not count the whole store
        nodes, relationships = summary["nodes"], summary["relationships"]
        click.echo(f"{db_path} now holds {nodes} nodes and {relationships} relationships")


@click.command("cypher")
@click.argument("db", metavar="DB", type=click.Path(path_type=Path))
@click.argument("query", metavar="QUERY_OR_FILE")
@param_option
@output_options
@click.option("--json", "as_json", is_flag=True, help="One JSON object per row (the same as -f jsonl).")
@user_errors
def cypher(db: Path, query: str, params: tuple[str, ...], fmt: str, width: int, as_json: bool) -> None:
    """Run a Cypher query on a LadybugDB store and print the rows as a table.

    DB is the store's file (or a build folder holding ladybug.db). QUERY_OR_FILE is Cypher
    text or a file such as queries/actor_timeline.cypher (its header lists parameters and
    their defaults). Queries written for Neo4j run as they are: the few dialect
    differences (shortestPath, type(r)) are rewritten.
    """
    from graphbuilder.query import cypher as cypher_runner
    from graphbuilder.query import library

    if db.is_dir():
        if not (db / LADYBUG_FILE).is_file():
            raise StoreError(f"{db}: a folder without {LADYBUG_FILE}; give the LadybugDB store's file")
        db = db / LADYBUG_FILE
    qf = library.load(query, library.Language.CYPHER)
    rows = cypher_runner.run_query(db, qf.text, qf.values(library.parse_params(params, qf)))
    emit(rows, "jsonl" if as_json else fmt, width)


@click.command("neo4j-csv")
@build_folder
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@user_errors
def export_neo4j_csv(folder: Path, out: Path) -> None:
    """Write the graph built in DIR as CSV files for `neo4j-admin database import` into OUT.

    OUT gets one file per label and relationship type (typed headers, :ID/:START_ID/
    :END_ID/:LABEL/:TYPE columns) and import.sh with the matching neo4j-admin command.
    """
    from graphbuilder.sinks.propertygraph.csv_export import export_csv, export_folder_csv

    if _has_database(str(folder)):  # streamed from graph.db
        files = export_folder_csv(folder, out)
    else:
        files = export_csv(_read_build(folder), out)
    click.echo(f"wrote {len(files)} files to {out}; import with: sh {out / 'import.sh'} [DATABASE]")


@click.command("cypher")
@build_folder
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@batch_size_option
@user_errors
def export_cypher(folder: Path, out: Path, batch_size: int) -> None:
    """Write the graph built in DIR as a parameter-free Cypher script OUT for `cypher-shell -f`.

    The script merges, like `graphbuilder load neo4j`, so running it twice changes nothing.
    """
    from graphbuilder.sinks.propertygraph.script_export import write_folder_script, write_script

    if _has_database(str(folder)):  # streamed from graph.db
        count = write_folder_script(folder, out, batch_size=batch_size)
    else:
        count = write_script(_read_build(folder), out, batch_size=batch_size)
    click.echo(f"wrote {count} Cypher statements (batched writes) to {out}; run with: cypher-shell -f {out}")


commands = [load_group, cypher]
export_commands = [export_neo4j_csv, export_cypher]

"""`graphbuilder sparql`, `serve` and `export rdf`: the RDF side of a build folder."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from graphbuilder.commands.common import user_errors, warn
from graphbuilder.errors import QueryError
from graphbuilder.query.cli import emit, output_options, param_option

_FORMAT_BY_SUFFIX = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nquads": "nquads",
                     ".jsonld": "jsonld", ".json": "jsonld"}


@click.command()
@click.argument("target", metavar="DIR_OR_URL")
@click.argument("query", metavar="QUERY_OR_FILE")
@param_option
@output_options
@user_errors
def sparql(target: str, query: str, params: tuple[str, ...], fmt: str, width: int) -> None:
    """Run a SPARQL query on a build folder (or an endpoint URL) and print the rows.

    QUERY_OR_FILE is a query or a .rq file such as queries/statements_about_actor.rq;
    parameters the file declares in its header get their defaults unless given with
    --param. Values are bound as RDF terms, never pasted into the query; write an IRI as
    <https://...>. The prefixes gb:, rel:, ent:, schema:, prov:, nif:, itsrdf:, rdf:,
    rdfs:, xsd: are predeclared. Only queries: updates are refused.
    """
    from graphbuilder.query import library, sparql_client
    from graphbuilder.query.sparql import iri_or_text

    qf = library.load(query, library.Language.SPARQL)
    given = {name: iri_or_text(v) for name, v in library.parse_params(params, qf).items()}
    emit(sparql_client.query(target, qf.text, qf.values(given)), fmt, width)


@click.command()
@click.argument("folder", metavar="DIR", type=click.Path(file_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; only this machine can connect unless you change it.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535), help="TCP port.")
@click.option("--timeout", default=30, show_default=True, type=click.IntRange(1),
              help="Stop any request running longer than this many seconds (its worker is killed).")
@click.option("--workers", default=0, show_default="one per core, at least 2",
              type=click.IntRange(0), help="Queries answered at the same time; more wait their turn.")
@click.option("--memory-limit", "memory_limit", default=2048, show_default=True, type=click.IntRange(0),
              metavar="MIB", help="Stop a query whose worker holds more memory than this (0: no limit).")
@click.option("--cache-mb", default=256, show_default=True, type=click.IntRange(0), metavar="MIB",
              help="Memory for whole answers, given again to the same query (0: none). Read-only only.")
@click.option("--allow-updates", is_flag=True,
              help="Accept SPARQL updates (one read-write worker); changes are lost at the next build.")
@user_errors
def serve(folder: Path, host: str, port: int, timeout: int, workers: int, memory_limit: int, cache_mb: int,
          allow_updates: bool) -> None:
    """Serve the build folder DIR as a SPARQL 1.1 endpoint (Oxigraph's server, supervised).

    Open http://HOST:PORT/ for the query page; send queries to http://HOST:PORT/query (GET
    or POST; JSON, XML, CSV or TSV results by the Accept header). The prefixes gb:, schema:,
    rdf: ... need no declaration. Each request runs in a worker process that is killed when
    the request passes --timeout or --memory-limit or its client disconnects. Read-only
    unless --allow-updates. Stop with Ctrl-C.
    """
    from graphbuilder.query import endpoint

    options = endpoint.ServeOptions(host, port, timeout, allow_updates, workers, memory_limit, cache_mb)
    endpoint.preflight(folder, options)  # store and address, before the banner
    if not endpoint.is_loopback(host):
        warn(f"listening on {host}: other machines can query this endpoint")
    if allow_updates:
        warn("updates are accepted; they change the store only, and the next build overwrites them")
    shown = f"[{host}]" if ":" in host else host
    mode = "read-write" if allow_updates else "read-only"
    url = f"http://{shown}:{port}"

    def banner() -> None:
        click.echo(f"SPARQL endpoint for {folder}: {url}/  (queries: {url}/query; {mode}, "
                   f"{options.worker_count()} workers, timeout {timeout}s; Ctrl-C stops)", err=True)

    sys.exit(endpoint.serve(folder, options, ready=banner))


@click.command("rdf")
@click.argument("folder", metavar="DIR", type=click.Path(file_okay=False, path_type=Path))
@click.argument("out", metavar="OUT", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "-f", "fmt", default=None,
              type=click.Choice(["turtle", "trig", "nquads", "jsonld"]),
              help="RDF format (default: from OUT's extension: .ttl .trig .nq .jsonld).")
@user_errors
def export_rdf(folder: Path, out: Path, fmt: str | None) -> None:
    """Export the build DIR's RDF store to OUT as Turtle, TriG, N-Quads or JSON-LD.

    TriG, N-Quads and JSON-LD keep the named graph of each article; Turtle has no graphs
    and gets each triple once. JSON-LD is compacted with ontologies/graphbuilder.context.jsonld.
    """
    from graphbuilder.sinks.oxigraph_store import export_store

    if fmt is None:
        fmt = _FORMAT_BY_SUFFIX.get(out.suffix.lower())
        if fmt is None:
            raise QueryError(f"{out}: cannot tell the RDF format from the extension; pass --format")
    n = export_store(folder, out, fmt)
    unit = "triples (the union of the graphs)" if fmt == "turtle" else "quads"
    click.echo(f"exported {n} {unit} from {folder} to {out} ({fmt})")


commands = [sparql, serve]
export_commands = [export_rdf]

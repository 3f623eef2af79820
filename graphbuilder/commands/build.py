"""`graphbuilder build` and `extract`: articles in, a graph (or statement lines) out."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from graphbuilder.api import extract as extract_records
from graphbuilder.commands.common import print_report, print_summary, user_errors
from graphbuilder.engine import ENGINES
from graphbuilder.model import Article
from graphbuilder.report import RunReport


def pipeline_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by every command that runs the NLP pipeline."""
    func = click.option(
        "--model",
        default=None,
        metavar="NAME",
        help="spaCy model package or path (default: the pinned en_core_web_sm).",
    )(func)
    func = click.option(
        "--batch-size",
        default=16,
        show_default=True,
        type=click.IntRange(1),
        help="Articles per spaCy batch.",
    )(func)
    func = click.option(
        "--processes",
        "n_process",
        default=None,
        type=click.IntRange(1),
        help="Worker processes for the per-article work (default: build uses every available "
        "core, extract one).",
    )(func)
    func = click.option(
        "--min-confidence",
        default=None,
        type=click.FloatRange(0, 1),
        metavar="FLOAT",
        help="Leave out statements (evidence) whose learned confidence is below this; 0 keeps all "
        "[default: 0.25; judges found 17 of 131 statements below it fully correct]. A build does "
        "not rebuild articles OUT already holds: give a new OUT to change it.",
    )(func)
    func = click.option(
        "--check-types/--no-check-types",
        default=None,
        help="Check every event type with the model learned from news judges' verdicts (by default "
        "only types in quoted speech, with a pronoun end, a fronted object or a negation): fewer "
        "types, more often right on news, but intended acts ('will visit') lose theirs. "
        "--no-check-types keeps every type the rules give.",
    )(func)
    return func


def _progress(quiet: bool) -> tuple[Any, Callable[[Article], None]]:
    from tqdm import tqdm

    bar = tqdm(unit=" articles", desc="building", disable=True if quiet else None, file=sys.stderr)
    return bar, lambda _article: bar.update(1)


def _exit_status(report: RunReport) -> None:
    if not report.usable:
        click.echo("error: no usable article was read", err=True)
        sys.exit(2)


@click.command()
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option(
    "--out",
    "-o",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Build folder; an existing build there is extended, never duplicated.",
)
@click.option("--no-store", is_flag=True, help="Skip the RDF outputs (graph.trig and the Oxigraph store).")
@click.option(
    "--no-exports",
    is_flag=True,
    help="Do not rewrite statements.jsonl and graph.trig (for big folders: their cost grows with the "
    "folder, not with what is added); they are removed rather than left stale.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default="local",
    show_default=True,
    help="Where the per-article work runs: worker processes here, or a Dask cluster.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Dask scheduler to use (tcp://host:8786); without it --engine dask starts a local cluster "
    "of --processes workers.",
)
@click.option("--wait", is_flag=True, help="Wait for another build writing OUT to finish (default: stop).")
@click.option(
    "--keep-changes",
    type=click.IntRange(1),
    default=None,
    metavar="N",
    help="Builds whose changes graph.db logs for `graphbuilder load`: a LadybugDB or Neo4j store "
    "loaded from OUT at most N builds ago gets only what changed since, an older one a whole load "
    "(default: $GRAPHBUILDER_KEEP_CHANGES, else 100).",
)
@pipeline_options
@user_errors
def build(
    inputs: tuple[str, ...],
    out: Path,
    no_store: bool,
    no_exports: bool,
    quiet: bool,
    engine: str,
    scheduler: str | None,
    wait: bool,
    keep_changes: int | None,
    model: str | None,
    batch_size: int,
    n_process: int | None,
    min_confidence: float | None,
    check_types: bool | None,
) -> None:
    """Build a knowledge graph from articles into the folder OUT.

    INPUT is a text, HTML or JSONL file, a directory (read recursively) or - for standard
    input (with --engine dask: files and directories, or paths Dask can read such as
    s3://...). OUT receives graph.db (the graph: what each article contributed),
    statements.jsonl (one line per evidence), graph.trig (RDF, a named graph per article)
    and store/ (Oxigraph, for `graphbuilder sparql` and `graphbuilder serve`). Articles OUT
    already holds unchanged are not built again, so an interrupted build resumes where it
    stopped; with no INPUT, the build only brings OUT's outputs up to date. Unreadable
    inputs are reported and skipped; the exit status is non-zero only when nothing usable
    was read.
    """
    from graphbuilder.buildfolder import build as build_folder
    from graphbuilder.buildfolder.database import database_path
    from graphbuilder.engine import available_cores
    from graphbuilder.pipeline import Pipeline

    if not inputs and not database_path(out).exists() and not (out / "graph.jsonl").exists():
        raise click.UsageError(f"give INPUT files to build: {out} holds no build yet")
    report = RunReport()
    bar, tick = _progress(quiet)
    try:
        result = build_folder(
            [i if engine == "dask" and "://" in i else Path(i) for i in inputs],
            out,
            report=report,
            pipeline=Pipeline(
                model=model, batch_size=batch_size, min_confidence=min_confidence, check_types=check_types
            ),
            processes=n_process or available_cores(),
            engine=engine,
            scheduler=scheduler,
            store=not no_store,
            exports=not no_exports,
            wait=wait,
            on_article=tick,
            keep_changes=keep_changes,  # a bad value stops the build before it reads anything
        )
    finally:
        bar.close()
    print_report(report)
    print_summary(result, report, out)
    if result.unchanged:
        click.echo(f"  {result.unchanged} articles already in {out} unchanged (not built again)")
    if inputs and result.unchanged == 0:
        _exit_status(report)


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@pipeline_options
@user_errors
def extract(
    inputs: tuple[str, ...],
    model: str | None,
    batch_size: int,
    n_process: int | None,
    min_confidence: float | None,
    check_types: bool | None,
) -> None:
    """Stream statements as JSON lines to standard output (no store is built).

    One line per evidence: article_id, statement_id, sentence, subject, predicate,
    relation_text, object, event_type (PLOVER), cameo_code, negated, modality (asserted,
    negated, possible, conditional, intended, reported, question), attributed_to,
    reported_by, date, setting (the phrases on the verb that set the act's circumstances, mostly
    time and place: "in Leeds", "last month"), confidence. Offsets are character offsets into
    the ingested article text.
    """
    from graphbuilder.pipeline import Pipeline
    from graphbuilder.sinks.jsonl import dump_record

    report = RunReport()
    out = sys.stdout
    pipeline = Pipeline(
        model=model,
        batch_size=batch_size,
        n_process=n_process or 1,
        min_confidence=min_confidence,
        check_types=check_types,
    )
    records = extract_records([Path(i) for i in inputs], report=report, pipeline=pipeline)
    for record in records:
        out.write(dump_record(record) + "\n")
    out.flush()
    print_report(report)
    click.echo(f"extracted from {report.articles} articles, {len(report.skipped)} inputs skipped", err=True)
    _exit_status(report)


commands = [build, extract]

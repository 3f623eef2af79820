"""`graphbuilder build` and `extract`: articles in, a graph (or statement lines) out."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from graphbuilder import api
from graphbuilder.api import extract as extract_records
from graphbuilder.commands.common import print_report, print_summary, user_errors
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
        default=1,
        show_default=True,
        type=click.IntRange(1),
        help="Worker processes for parsing.",
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
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "--out",
    "-o",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Build folder; an existing build there is extended, never duplicated.",
)
@click.option("--no-store", is_flag=True, help="Skip the RDF outputs (graph.trig and the Oxigraph store).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@pipeline_options
@user_errors
def build(
    inputs: tuple[str, ...],
    out: Path,
    no_store: bool,
    quiet: bool,
    model: str | None,
    batch_size: int,
    n_process: int,
) -> None:
    """Build a knowledge graph from articles into the folder OUT.

    INPUT is a text, HTML or JSONL file, a directory (read recursively) or - for standard
    input. OUT receives graph.jsonl (the whole graph), statements.jsonl (one line per
    evidence), graph.trig (RDF, a named graph per article) and store/ (Oxigraph, for
    `graphbuilder sparql` and `graphbuilder serve`). Unreadable inputs are reported and
    skipped; the exit status is non-zero only when nothing usable was read.
    """
    report = RunReport()
    bar, tick = _progress(quiet)
    try:
        kg = api.build_folder(
            [Path(i) for i in inputs],
            out,
            report=report,
            model=model,
            batch_size=batch_size,
            n_process=n_process,
            on_article=tick,
            store=not no_store,
        )
    finally:
        bar.close()
    print_report(report)
    print_summary(kg, report, out)
    _exit_status(report)


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@pipeline_options
@user_errors
def extract(inputs: tuple[str, ...], model: str | None, batch_size: int, n_process: int) -> None:
    """Stream statements as JSON lines to standard output (no store is built).

    One line per evidence: article_id, statement_id, sentence, subject, predicate,
    relation_text, object, event_type, negated, modality, attributed_to, reported_by,
    date, confidence. Offsets are character offsets into the ingested article text.
    """
    from graphbuilder.sinks.jsonl import dump_record

    report = RunReport()
    out = sys.stdout
    records = extract_records(
        [Path(i) for i in inputs], report=report, model=model, batch_size=batch_size, n_process=n_process
    )
    for record in records:
        out.write(dump_record(record) + "\n")
    out.flush()
    print_report(report)
    click.echo(f"extracted from {report.articles} articles, {len(report.skipped)} inputs skipped", err=True)
    _exit_status(report)


commands = [build, extract]

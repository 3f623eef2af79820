"""``graphbuilder eval``: measure extraction accuracy on gold data (PLOVER, CaRB, CoNLL04).

Each subcommand runs the real pipeline on the gold sentences, prints precision, recall and
F1 (as ``../shared/data/README.md`` defines them) with a per-type table, and writes the
misses to a JSON lines file for inspection.
"""

from __future__ import annotations

from pathlib import Path

import click

from graphbuilder.commands.common import user_errors, warn
from graphbuilder.evaluate.metrics import Scores
from graphbuilder.report import RunReport

MISSES_DIR = Path("build") / "eval"

_model_option = click.option(
    "--model",
    default=None,
    metavar="NAME",
    help="spaCy model package or path (default: the pinned English model).",
)


def _misses_option(name: str):  # type: ignore[no-untyped-def]
    return click.option(
        "--misses",
        type=click.Path(dir_okay=False, path_type=Path),
        default=MISSES_DIR / f"{name}-misses.jsonl",
        show_default=True,
        help="Write the misses (gold not found, wrong predictions) to this JSON lines file.",
    )


def _gold_argument():  # type: ignore[no-untyped-def]
    return click.argument("gold", type=click.Path(path_type=Path))


def _row(label: str, s: Scores, extra: str = "") -> str:
    return (
        f"{label:<14} {s.gold:>6} {s.predictions:>6} {s.matched_gold:>7g} "
        f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}{extra}"
    )


def _warn_skipped(report: RunReport) -> None:
    if report.skipped:
        warn(
            f"{len(report.skipped)} gold sentence(s) failed in the pipeline and score as empty "
            f"(first: {report.skipped[0][0]}: {report.skipped[0][1]})"
        )


@click.group(name="eval")
def eval_group() -> None:
    """Measure accuracy on gold data: PLOVER events, CaRB Open IE, CoNLL04 relations."""


@eval_group.command(name="plover")
@_gold_argument()
@_misses_option("plover")
@_model_option
@user_errors
def eval_plover(gold: Path, misses: Path, model: str | None) -> None:
    """Event type accuracy and event P/R/F1 (type plus actors) on PLOVER gold records (JSONL)."""
    from graphbuilder.evaluate.runners import run_plover

    report = RunReport()
    result = run_plover(gold, misses, model=model, report=report)
    _warn_skipped(report)
    o = result.overall
    click.echo(f"PLOVER events: {result.sentences} sentences, {o.predictions} typed statements")
    click.echo(f"type accuracy  {result.type_accuracy:.3f}")
    click.echo(f"event          precision {o.precision:.3f}  recall {o.recall:.3f}  F1 {o.f1:.3f}")
    click.echo("")
    click.echo(
        f"{'type':<14} {'gold':>6} {'pred':>6} {'match':>7} {'P':>6} {'R':>6} {'F1':>6} {'type-acc':>9}"
    )
    for event_type, (scores, accuracy) in result.per_type.items():
        click.echo(_row(event_type, scores, f" {accuracy:>9.3f}" if scores.gold else f" {'-':>9}"))
    click.echo(f"misses: {misses}")


@eval_group.command(name="carb")
@_gold_argument()
@_misses_option("carb")
@_model_option
@user_errors
def eval_carb(gold: Path, misses: Path, model: str | None) -> None:
    """CaRB Open IE: best F1 over confidence thresholds and PR AUC (gold TSV)."""
    from graphbuilder.evaluate.runners import run_carb

    report = RunReport()
    r = run_carb(gold, misses, model=model, report=report)
    _warn_skipped(report)
    click.echo(f"CaRB: {r.gold} gold tuples, {r.predictions} extractions")
    threshold = "-" if r.threshold is None else f"{r.threshold:g}"
    click.echo(
        f"best F1 {r.f1:.3f}  (precision {r.precision:.3f}  recall {r.recall:.3f}  "
        f"at confidence >= {threshold})  AUC {r.auc:.3f}"
    )
    click.echo(f"misses: {misses}")


@eval_group.command(name="conll04")
@_gold_argument()
@_misses_option("conll04")
@_model_option
@user_errors
def eval_conll04(gold: Path, misses: Path, model: str | None) -> None:
    """CoNLL04 relations: P/R/F1 for Kill and Work_For after mapping predicates (JSONL)."""
    from graphbuilder.evaluate.runners import run_conll04

    report = RunReport()
    result = run_conll04(gold, misses, model=model, report=report)
    _warn_skipped(report)
    click.echo("CoNLL04 relations (relaxed argument match)")
    click.echo(f"{'relation':<14} {'gold':>6} {'pred':>6} {'match':>7} {'P':>6} {'R':>6} {'F1':>6}")
    for relation, scores in result.items():
        click.echo(_row(relation, scores))
    click.echo(f"misses: {misses}")


commands = [eval_group]
export_commands: list[click.Command] = []

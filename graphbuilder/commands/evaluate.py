"""``graphbuilder eval``: measure extraction accuracy on gold data (news, PLOVER, CaRB, CoNLL04).

Each subcommand runs the real pipeline on the gold sentences, prints precision, recall and
F1 (as ``../shared/data/README.md`` defines them) with a per-type table, and writes the
misses to a JSON lines file for inspection.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from graphbuilder.commands.common import user_errors, warn
from graphbuilder.evaluate.metrics import Scores
from graphbuilder.evaluate.news import NewsResult
from graphbuilder.report import RunReport

MISSES_DIR = Path("build") / "eval"

_model_option = click.option(
    "--model",
    default=None,
    metavar="NAME",
    help="spaCy model package or path (default: the pinned English model).",
)


def _floor_option(default: float | None = None):  # type: ignore[no-untyped-def]
    shown = "the default graph's floor, 0.25" if default is None else f"{default:g}"
    return click.option(
        "--min-confidence",
        type=click.FloatRange(0, 1),
        default=default,
        help=f"Leave out evidence below this learned confidence, as a build does [default: {shown}].",
    )


def _misses_option(name: str):  # type: ignore[no-untyped-def]
    return click.option(
        "--misses",
        type=click.Path(dir_okay=False, path_type=Path),
        default=MISSES_DIR / f"{name}-misses.jsonl",
        show_default=True,
        help="Write the misses (gold not found, wrong predictions) to this JSON lines file.",
    )


def _half_option(items: str, key: str):  # type: ignore[no-untyped-def]
    return click.option(
        "--half",
        type=click.Choice(["a", "b", "all"]),
        default="all",
        show_default=True,
        help=f"Score half a or b of the {items} (split by a hash of the {key}), or all "
        "(then each half is also reported).",
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
@_half_option("records", "record id")
@_model_option
@_floor_option()
@user_errors
def eval_plover(gold: Path, misses: Path, half: str, model: str | None, min_confidence: float | None) -> None:
    """Event type accuracy and event P/R/F1 (type plus actors) on PLOVER gold records (JSONL)."""
    from graphbuilder.evaluate.runners import run_plover

    report = RunReport()
    result = run_plover(gold, misses, model=model, report=report, half=half, min_confidence=min_confidence)
    _warn_skipped(report)
    o = result.overall
    which = "" if half == "all" else f" (half {half})"
    click.echo(f"PLOVER events{which}: {result.sentences} sentences, {o.predictions} typed statements")
    click.echo(f"type accuracy  {result.type_accuracy:.3f}")
    click.echo(f"event          precision {o.precision:.3f}  recall {o.recall:.3f}  F1 {o.f1:.3f}")
    for name, h in result.halves.items():
        click.echo(
            f"half {name:<9} {h.sentences:>3} sentences  type accuracy {h.type_accuracy:.3f}  "
            f"event P {h.overall.precision:.3f}  R {h.overall.recall:.3f}  F1 {h.overall.f1:.3f}"
        )
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
@_half_option("sentences", "sentence text")
@_model_option
@_floor_option(0.0)
@user_errors
def eval_carb(gold: Path, misses: Path, half: str, model: str | None, min_confidence: float) -> None:
    """CaRB Open IE: best F1 over confidence thresholds and PR AUC (gold TSV)."""
    from graphbuilder.evaluate.runners import run_carb

    report = RunReport()
    r = run_carb(gold, misses, model=model, report=report, half=half, min_confidence=min_confidence)
    _warn_skipped(report)
    which = "" if half == "all" else f" (half {half})"
    click.echo(f"CaRB{which}: {r.gold} gold tuples, {r.predictions} extractions")
    threshold = "-" if r.threshold is None else f"{r.threshold:g}"
    click.echo(
        f"best F1 {r.f1:.3f}  (precision {r.precision:.3f}  recall {r.recall:.3f}  "
        f"at confidence >= {threshold})  AUC {r.auc:.3f}"
    )
    for name, h in r.halves.items():
        click.echo(
            f"half {name}: {h.gold:>5} gold tuples  best F1 {h.f1:.3f}  (precision {h.precision:.3f}  "
            f"recall {h.recall:.3f})  AUC {h.auc:.3f}"
        )
    click.echo(f"misses: {misses}")


@eval_group.command(name="conll04")
@_gold_argument()
@_misses_option("conll04")
@_model_option
@_floor_option()
@user_errors
def eval_conll04(gold: Path, misses: Path, model: str | None, min_confidence: float | None) -> None:
    """CoNLL04 relations: P/R/F1 for Kill and Work_For after mapping predicates (JSONL)."""
    from graphbuilder.evaluate.runners import run_conll04

    report = RunReport()
    result = run_conll04(gold, misses, model=model, report=report, min_confidence=min_confidence)
    _warn_skipped(report)
    click.echo("CoNLL04 relations (relaxed argument match)")
    click.echo(f"{'relation':<14} {'gold':>6} {'pred':>6} {'match':>7} {'P':>6} {'R':>6} {'F1':>6}")
    for relation, scores in result.items():
        click.echo(_row(relation, scores))
    click.echo(f"misses: {misses}")


_PART_CHOICE = click.Choice(["dev", "heldback", "all"])


@eval_group.command(name="news")
@_gold_argument()
@click.option(
    "--corpus",
    "corpus",
    type=click.Path(path_type=Path),
    required=True,
    help="The BBC corpus JSON lines file the gold sentences were drawn from (texts are read from it).",
)
@click.option(
    "--part",
    type=_PART_CHOICE,
    default="all",
    show_default=True,
    help="Score the dev part, the held-back part, or both (each reported separately).",
)
@click.option(
    "--misses",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Misses JSON lines file [default: build/eval/news-misses.jsonl; dev part only unless "
    "--part heldback].",
)
@click.option(
    "--calibration",
    is_flag=True,
    help="Also print precision by confidence threshold (statements with confidence >= t).",
)
@_model_option
@_floor_option()
@user_errors
def eval_news(
    gold: Path,
    corpus: Path,
    part: str,
    misses: Path | None,
    calibration: bool,
    model: str | None,
    min_confidence: float | None,
) -> None:
    """Statement precision/recall, resolved pronouns, modality, attribution and event types
    on the project's news gold set (GOLD: its folder, or one of its JSONL files)."""
    from graphbuilder.evaluate.news import calibration as calibrate
    from graphbuilder.evaluate.news import lowest_threshold
    from graphbuilder.evaluate.runners import _write_misses, news_misses, run_news

    report = RunReport()
    run = run_news(gold, corpus, model=model, report=report, min_confidence=min_confidence)
    _warn_skipped(report)
    if run.not_found:
        warn(
            f"{len(run.not_found)} gold sentence(s) not found in the ingested article text "
            f"and scored as missed (first: {run.not_found[0]})"
        )
    parts = [p for p in ("dev", "heldback") if part in (p, "all") and run.part(p)]
    if part == "all" and len(parts) > 1:
        parts.append("all")
    scores = {p: run.scores(p) for p in parts}
    click.echo(f"News gold set {gold}: statements (subject, predicate lemma, object after resolution)")
    click.echo(
        f"{'part':<9} {'sents':>5} {'gold':>5} {'pred':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6}"
        f"   {'P(s+p)':>6} {'R(s+p)':>6}"
    )
    for p, s in scores.items():
        click.echo(
            f"{p:<9} {s.sentences:>5} {s.gold:>5} {s.predictions:>5} {s.matched:>5} "
            f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}   "
            f"{s.loose_precision:>6.3f} {s.loose_recall:>6.3f}"
        )
    click.echo("")

    def line(label: str, value: Callable[[NewsResult], str]) -> None:
        click.echo(f"{label:<34}" + "   ".join(f"{p} {value(s)}" for p, s in scores.items()))

    line(
        "resolved-pronoun precision",
        lambda s: (
            f"{s.pronoun_precision:.3f} ({s.pronouns_right}/{s.pronouns_judged}, "
            f"{s.pronouns_unjudged} unjudged)"
        ),
    )
    line(
        "modality accuracy (matched)", lambda s: f"{s.modality_accuracy:.3f} ({s.modality_right}/{s.matched})"
    )
    line(
        "attribution accuracy (matched)",
        lambda s: f"{s.attribution_accuracy:.3f} ({s.attribution_right}/{s.matched})",
    )
    line("event-type precision (typed)", lambda s: f"{s.event_precision:.3f} ({s.typed_right}/{s.typed})")
    line(
        "event-type recall (gold typed)",
        lambda s: f"{s.event_recall:.3f} ({s.gold_typed_found}/{s.gold_typed})",
    )
    if calibration:
        click.echo("")
        click.echo("calibration: precision of statements with confidence >= t")
        buckets = {p: calibrate(run.part(p)) for p in parts}
        click.echo(f"{'t':>5}  " + "  ".join(f"{p + ' P (n)':>18}" for p in parts))
        for i, b in enumerate(buckets[parts[0]]):
            cells = "  ".join(
                f"{buckets[p][i].precision:>8.3f} ({buckets[p][i].statements:>4})".rjust(18) for p in parts
            )
            click.echo(f"{b.threshold:>5.2f}  {cells}")
        for p in parts:
            t = lowest_threshold(buckets[p], 0.8)
            click.echo(f"{p}: lowest threshold with precision >= 0.80: {'none' if t is None else f'{t:.2f}'}")
    misses_part = "heldback" if part == "heldback" else "dev"
    if misses_part in parts:
        path = misses if misses is not None else MISSES_DIR / "news-misses.jsonl"
        _write_misses(path, news_misses(run, corpus, misses_part))
        click.echo(f"misses ({misses_part} part): {path}")


commands = [eval_group]
export_commands: list[click.Command] = []

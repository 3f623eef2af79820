"""What every command shares: library errors as one clean line and an exit code, run summaries."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

import click

from graphbuilder.errors import GraphBuilderError
from graphbuilder.report import RunReport

F = TypeVar("F", bound=Callable[..., Any])


def user_errors(func: F) -> F:
    """Report GraphBuilderError as ``error: message`` on stderr, exit status 1, no traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except GraphBuilderError as err:
            click.echo(f"error: {err}", err=True)
            sys.exit(1)
        except BrokenPipeError:
            sys.exit(0)

    return wrapper  # type: ignore[return-value]


def warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


def print_report(report: RunReport) -> None:
    for source, reason in report.skipped:
        click.echo(f"skipped: {source}: {reason}", err=True)


class Summarised(Protocol):
    """A graph or a build result: anything with KnowledgeGraph's ``summary()`` counts."""

    def summary(self) -> dict[str, int]: ...


def print_summary(kg: Summarised, report: RunReport, out: Path | None = None) -> None:
    s = kg.summary()
    where = f" in {out}" if out else ""
    click.echo(
        f"built{where}: {report.articles} articles read, {s['articles']} in graph, "
        f"{s['sentences']} sentences, "
        f"{s['entities']} entities, {s['statements']} statements ({s['asserted']} asserted as fact, "
        f"{s['evidence']} evidence), "
        f"{len(report.skipped)} inputs skipped"
    )
    if report.skipped:
        reasons: dict[str, int] = {}
        for _, reason in report.skipped:
            key = reason.split(" (")[0]
            reasons[key] = reasons.get(key, 0) + 1
        for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1]):
            click.echo(f"  skipped {n}: {reason}")

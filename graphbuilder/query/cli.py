"""Command-line options the `sparql` and `cypher` commands share: parameters and output."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from graphbuilder.query.table import DEFAULT_WIDTH, FORMATS, render

F = TypeVar("F", bound=Callable[..., Any])

param_option = click.option(
    "--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
    help='Query parameter; VALUE is read as JSON when it parses (5, true, ["a"]), else as text '
    "(always text for a parameter whose default is text). Repeatable. A library file's "
    "defaults apply to parameters not given.",
)


def output_options(func: F) -> F:
    """``--format/-f`` and ``--width``."""
    func = click.option(
        "--width", default=DEFAULT_WIDTH, show_default=True, type=click.IntRange(0),
        help="Longest cell shown in the table; longer ones are cut with '…' (0: whole cells). "
        "JSON and CSV always carry whole values.",
    )(func)
    return click.option(  # type: ignore[no-any-return]
        "--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
        help="Output: an aligned table, a JSON array, JSON lines (one object a row) or CSV.",
    )(func)


def emit(rows: list[dict[str, Any]], fmt: str, width: int) -> None:
    click.echo(render(rows, fmt, width), nl=False)

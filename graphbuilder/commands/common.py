"""What every command shares: turning library errors into one clean line and an exit code."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from graphbuilder.errors import GraphBuilderError

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

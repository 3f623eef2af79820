"""The optional libraries views need (pandas, matplotlib, ipysigma): import with a clear message."""

from __future__ import annotations

import importlib
from typing import Any

from graphbuilder.errors import GraphBuilderError

INSTALL_HINT = "pip install 'graphbuilder[notebooks]'"


def require(module: str) -> Any:
    """Import ``module`` or raise GraphBuilderError saying how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise GraphBuilderError(f"{module} is needed for this view: {INSTALL_HINT}") from err


def pyplot() -> Any:
    """matplotlib's pyplot; the Agg backend when no display backend was chosen (command line)."""
    matplotlib = require("matplotlib")
    import sys

    if "matplotlib.pyplot" not in sys.modules and "ipykernel" not in sys.modules:
        matplotlib.use("Agg")
    return importlib.import_module("matplotlib.pyplot")

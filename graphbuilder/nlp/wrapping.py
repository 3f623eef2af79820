"""Swapping a stock spaCy component for graphbuilder's wrapper of it, under the same name and
place in the pipeline (the column attribute ruler and lemmatizer, :mod:`.rules`; the parser and
entity recognizer decoding with the lock held, :mod:`.transitions`).

spaCy builds a component from a registered factory; the factory is handed the stock component
through :data:`_STOCK` while :func:`swap_in` replaces it, so the wrapper holds the stock one
with its model and tables. A pipeline saved with a wrapper cannot be loaded again by itself:
the factory then has no stock component and says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language

from graphbuilder.errors import ModelError

#: The stock component being replaced, by the id of its pipeline, while :func:`swap_in` runs.
_STOCK: dict[int, Any] = {}


def register_wrapper(factory: str, assigns: list[str], wrap: Callable[[Any], Any]) -> None:
    """Register the spaCy factory ``factory`` that wraps the stock component with ``wrap``."""
    if factory in Language.factories:
        return

    def make(nlp: Language, name: str) -> Any:
        stock = _STOCK.pop(id(nlp), None)
        if stock is None:  # a pipeline saved with this component, loaded again
            raise ModelError(
                f"the pipeline's {name!r} was saved by graphbuilder; give --model the spaCy model it was "
                "made from (graphbuilder adds its own components when it loads one)"
            )
        return wrap(stock)

    Language.factory(factory, assigns=assigns, func=make)


def swap_in(nlp: Language, name: str, kind: type, factory: str) -> None:
    """Replace the pipeline's component ``name``, when it has one of the stock ``kind``, by the
    wrapper the registered ``factory`` makes of it."""
    if name not in nlp.pipe_names or not isinstance(nlp.get_pipe(name), kind):
        return
    _STOCK[id(nlp)] = nlp.get_pipe(name)
    try:
        nlp.replace_pipe(name, factory)
    finally:
        _STOCK.pop(id(nlp), None)

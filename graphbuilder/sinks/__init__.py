"""Sinks: where a KnowledgeGraph goes. One protocol, one registry.

A sink is anything with ``write(graph, target, **options)``: ``target`` is a path, a URI
or a connection, whatever the sink writes to; options are the sink's own (``base=``,
``batch_size=`` …); the return value is the sink's summary (a path, a count, a dict).

    >>> from graphbuilder import sinks
    >>> sinks.write("jsonl", kg, "statements.jsonl")          # doctest: +SKIP
    >>> sinks.write("ladybug", kg, "graph.lbug", batch_size=1000)  # doctest: +SKIP

Built-in sinks are imported only when used, so a JSONL user never loads a database
driver. A new target is one class with a ``write`` method and one :func:`register` call::

    class ParquetSink:
        def write(self, graph, target, **options): ...

    sinks.register("parquet", ParquetSink())
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from graphbuilder.graph import KnowledgeGraph

__all__ = ["Sink", "get", "names", "register", "write"]


class Sink(Protocol):
    def write(self, graph: KnowledgeGraph, target: Any, **options: Any) -> Any:
        """Write ``graph`` to ``target``; returns the sink's summary."""
        ...


class _FunctionSink:
    """A sink made of a function ``f(graph, target, **options)``, imported on first use."""

    def __init__(self, spec: str) -> None:
        self.spec = spec
        self._function: Callable[..., Any] | None = None

    def write(self, graph: KnowledgeGraph, target: Any, **options: Any) -> Any:
        if self._function is None:
            module, name = self.spec.split(":")
            self._function = getattr(importlib.import_module(module), name)
        return self._function(graph, target, **options)

    def __repr__(self) -> str:
        return f"<sink {self.spec}>"


#: name -> "module:function" with the signature ``f(graph, target, **options)``.
_BUILTIN = {
    "folder": "graphbuilder.sinks.folder:write_folder",
    "jsonl": "graphbuilder.sinks.jsonl:write_statements",
    "trig": "graphbuilder.sinks.oxigraph_store:write_trig",
    "oxigraph": "graphbuilder.sinks.oxigraph_store:write_store",
    "ladybug": "graphbuilder.sinks.propertygraph.ladybug_store:load",
    "neo4j": "graphbuilder.sinks.propertygraph.neo4j_writer:write_graph",
    "cypher": "graphbuilder.sinks.propertygraph.script_export:write_script",
    "neo4j-csv": "graphbuilder.sinks.propertygraph.csv_export:export_csv",
}


class _NetworkxSink:
    """The graph as a networkx MultiDiGraph: the result is the graph itself (no target)."""

    def write(self, graph: KnowledgeGraph, target: Any = None, **options: Any) -> Any:
        from graphbuilder.sinks.networkx import to_networkx

        return to_networkx(graph)


_REGISTRY: dict[str, Sink] = {name: _FunctionSink(spec) for name, spec in _BUILTIN.items()}
_REGISTRY["networkx"] = _NetworkxSink()


def register(name: str, sink: Sink) -> None:
    """Make ``sink`` available as ``name`` (replacing a sink of that name)."""
    if not callable(getattr(sink, "write", None)):
        raise TypeError(f"sink {name!r} has no write(graph, target, **options) method")
    _REGISTRY[name] = sink


def get(name: str) -> Sink:
    """The sink called ``name``; KeyError names the known sinks."""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"no sink called {name!r}; known sinks: {', '.join(names())}") from None


def names() -> list[str]:
    return sorted(_REGISTRY)


def write(name: str, graph: KnowledgeGraph, target: Any = None, **options: Any) -> Any:
    """Write ``graph`` with the sink called ``name``; returns its summary."""
    return get(name).write(graph, target, **options)

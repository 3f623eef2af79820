"""Moved to :mod:`graphbuilder.query.library` (one header grammar for ``.cypher`` and ``.rq``);
these names stay for the property-graph tests and ``ladybug_store`` until they import from there."""

from graphbuilder.query.library import QueryFile as LibraryQuery
from graphbuilder.query.library import parse_param, parse_query, read_query

__all__ = ["LibraryQuery", "parse_param", "parse_query", "read_query"]

"""The query library (``queries/*.rq`` and ``queries/*.cypher``): one header grammar, one
parameter parser, for SPARQL and Cypher alike.

A library file starts with comment lines (``#`` in SPARQL, ``//`` in Cypher)::

    # Question: What is an actor's timeline? Statements with the actor as subject or object,
    #   in date order.
    # param: actor = "Vladimir Putin" -- name or alias of the actor, case-insensitive
    # param: speaker = null -- only this speaker; every speaker when not given

* ``Question:`` starts the question; comment lines indented by two or more spaces continue it.
* ``param: NAME = DEFAULT -- what it means``: ``DEFAULT`` is JSON (``"text"``, ``10``,
  ``["A", "B"]``, ``true``); ``null`` means no default (SPARQL leaves the variable unbound,
  Cypher gets ``null``).
* ``Parameters: none.`` documents a query without parameters; other comment lines
  (``Dialect: ...``, notes) are free text. The header ends at the first line of query.

Command-line values (``--param NAME=VALUE``) go through :func:`parse_params`: ``VALUE`` is
read as JSON when it parses (``5``, ``true``, ``["a"]``), else as text; for a parameter whose
default is text, ``VALUE`` is always text (an article id ``2024`` stays the string "2024").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from graphbuilder.errors import QueryError


class Language(StrEnum):
    SPARQL = "sparql"
    CYPHER = "cypher"

    @property
    def comment(self) -> str:
        return "#" if self is Language.SPARQL else "//"


SUFFIXES = {".rq": Language.SPARQL, ".sparql": Language.SPARQL, ".cypher": Language.CYPHER}

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PARAM = re.compile(r"param:\s*(?P<name>\w+)\s*=\s*(?P<default>.+?)\s+--\s+(?P<doc>.*)")
_QUESTION = re.compile(r"Question:\s*(?P<text>.*)")
_NO_PARAMETERS = re.compile(r"Parameters:\s*none\.?\s*", re.IGNORECASE)

#: What every ``param:`` line must look like (said in the error for one that does not).
PARAM_SYNTAX = "param: NAME = JSON_DEFAULT -- description"


@dataclass(frozen=True)
class Parameter:
    name: str
    default: Any = None  # a JSON value; None: no default
    description: str = ""


@dataclass(frozen=True)
class QueryFile:
    """A library query: its text, the question it answers and the parameters it declares."""

    text: str
    language: Language
    question: str = ""
    parameters: tuple[Parameter, ...] = field(default=())
    path: Path | None = None

    @property
    def name(self) -> str:
        return self.path.stem if self.path is not None else "<query>"

    @property
    def defaults(self) -> dict[str, Any]:
        """Every declared parameter and its default (None where it has none)."""
        return {p.name: p.default for p in self.parameters}

    @property
    def descriptions(self) -> dict[str, str]:
        return {p.name: p.description for p in self.parameters}

    def values(self, given: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The defaults overridden by ``given``."""
        return {**self.defaults, **(given or {})}


def language_of(path: str | Path) -> Language | None:
    return SUFFIXES.get(Path(path).suffix.lower())


def read_query(path: str | Path, language: Language | None = None) -> QueryFile:
    """The query in ``path`` with its header; QueryError naming the file (and line)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise QueryError(f"{path}: cannot read the query ({err})") from None
    return parse_query(text, path, language or language_of(path))


def parse_query(text: str, path: Path | None = None, language: Language | None = None) -> QueryFile:
    """A query text and its header. The language is guessed from the first comment when
    not given (``//`` Cypher, else SPARQL)."""
    language = language or _guess_language(text)
    marker = language.comment
    where = str(path) if path is not None else "<query>"
    question: list[str] = []
    params: list[Parameter] = []
    in_question = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped.startswith(marker):
            if stripped:
                break
            continue
        body = stripped[len(marker):]
        content = body.strip()
        if m := _QUESTION.fullmatch(content):
            question, in_question = [m["text"].strip()], True
        elif content.startswith("param:"):
            params.append(_parameter(content, f"{where}:{lineno}"))
            in_question = False
        elif in_question and content and body.startswith("  "):
            question.append(content)
        else:
            in_question = False
    return QueryFile(text, language, " ".join(q for q in question if q), tuple(params), path)


def _guess_language(text: str) -> Language:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped:
            return Language.CYPHER if stripped.startswith("//") else Language.SPARQL
    return Language.SPARQL


def _parameter(content: str, where: str) -> Parameter:
    m = _PARAM.fullmatch(content)
    if m is None:
        raise QueryError(f"{where}: a parameter line must read '{PARAM_SYNTAX}'")
    name = m["name"]
    try:
        default = json.loads(m["default"])
    except json.JSONDecodeError:
        raise QueryError(f"{where}: the default of parameter {name!r} is not JSON "
                         f"(write text in double quotes, null for none)") from None
    return Parameter(name, default, m["doc"].strip())


def documents_no_parameters(query: QueryFile) -> bool:
    """True when the header says ``Parameters: none.``"""
    marker = query.language.comment
    for line in query.text.splitlines():
        stripped = line.strip()
        if not stripped.startswith(marker):
            if stripped:
                return False
            continue
        if _NO_PARAMETERS.fullmatch(stripped[len(marker):].strip()):
            return True
    return False


# --- parameters from the command line ---------------------------------------------------


def _split(assignment: str) -> tuple[str, str]:
    name, sep, value = assignment.partition("=")
    name = name.strip()
    if not sep or not _NAME.fullmatch(name):
        raise QueryError(f"--param {assignment!r}: expected NAME=VALUE")
    return name, value


def _json_or_text(value: str) -> Any:
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return value


def parse_param(assignment: str) -> tuple[str, Any]:
    """``NAME=VALUE``: ``VALUE`` as JSON when it parses (numbers, lists, true), else text."""
    name, value = _split(assignment)
    return name, _json_or_text(value)


def parse_params(assignments: Iterable[str], query: QueryFile | None = None) -> dict[str, Any]:
    """``--param`` values by name; a parameter ``query`` declares with a text default
    keeps its value as text."""
    defaults = query.defaults if query is not None else {}
    values: dict[str, Any] = {}
    for assignment in assignments:
        name, value = _split(assignment)
        values[name] = value if isinstance(defaults.get(name), str) else _json_or_text(value)
    return values


def load(query_or_file: str | Path, language: Language) -> QueryFile:
    """A query given on the command line: a library file (by suffix or because it exists)
    or the query text itself; QueryError for a library file that cannot be read."""
    text = str(query_or_file)
    if "\n" not in text:
        path = Path(text)
        if path.suffix.lower() in SUFFIXES:
            return read_query(path, language)
        try:
            is_file = path.is_file()
        except OSError:  # a query text too long to be a file name
            is_file = False
        if is_file:
            return read_query(path, language)
    return parse_query(text, None, language)

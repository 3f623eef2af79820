"""The Cypher query library (``queries/*.cypher``): reading a query file's question and parameters.

A library file starts with comment lines::

    // Question: What is an actor's timeline? ...
    // param: actor = "Vladimir Putin" -- name or alias of the actor, case-insensitive
    // Dialect: ... (only when Neo4j and LadybugDB differ; see cypher.to_ladybug)

Each ``param`` line gives the parameter's name, a JSON default and what it means; the CLI
fills in defaults for parameters not given with ``--param``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphbuilder.errors import QueryError

_PARAM = re.compile(r"^//\s*param:\s*(\w+)\s*=\s*(.+?)\s+--\s+(.*)$")
_QUESTION = re.compile(r"^//\s*Question:\s*(.*)$")


@dataclass(frozen=True)
class LibraryQuery:
    path: Path
    text: str
    question: str
    defaults: dict[str, Any] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.stem


def read_query(path: str | Path) -> LibraryQuery:
    """The query in ``path`` with its header; QueryError naming the file and line when malformed."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise QueryError(f"{path}: cannot read the query ({err})") from None
    return parse_query(text, path)


def parse_query(text: str, path: Path = Path("<query>")) -> LibraryQuery:
    question_lines: list[str] = []
    defaults: dict[str, Any] = {}
    descriptions: dict[str, str] = {}
    in_question = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped.startswith("//"):
            if stripped:
                break
            continue
        if m := _QUESTION.match(stripped):
            question_lines = [m.group(1)]
            in_question = True
        elif m := _PARAM.match(stripped):
            in_question = False
            name, default, meaning = m.groups()
            try:
                defaults[name] = json.loads(default)
            except json.JSONDecodeError:
                raise QueryError(f"{path}:{lineno}: the default of parameter {name!r} is not JSON") from None
            descriptions[name] = meaning
        elif in_question and stripped.startswith("//   "):
            question_lines.append(stripped[2:].strip())
        else:
            in_question = False
    return LibraryQuery(path, text, " ".join(question_lines), defaults, descriptions)


def parse_param(assignment: str) -> tuple[str, Any]:
    """``k=v`` from the command line: ``v`` as JSON when it parses (numbers, lists), else text."""
    name, sep, value = assignment.partition("=")
    name = name.strip()
    if not sep or not re.fullmatch(r"[A-Za-z_]\w*", name):
        raise QueryError(f"--param {assignment!r}: expected NAME=VALUE")
    try:
        return name, json.loads(value)
    except json.JSONDecodeError:
        return name, value

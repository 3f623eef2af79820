"""SPARQL from Python: run a query (with parameters) on a build folder or an endpoint.

    >>> from graphbuilder import sparql_client as sc
    >>> rows = sc.query("build/example", "queries/statements_about_actor.rq", {"actor": "Putin"})
    >>> rows = sc.query("http://127.0.0.1:7878", open("queries/who_did_what_to_whom.rq").read())
    >>> sc.to_dataframe(rows)

Parameters are RDF terms, never text pasted into a query: they become a ``VALUES`` block at
the start of the query's WHERE group, each value written by Oxigraph's own term serialiser,
so quotes, braces or newlines in a value stay inside its literal. The same binding is used
on a build folder and over HTTP (the SPARQL protocol has no parameters), so both give the
same rows.

Query files in ``queries/`` start with a header comment: ``# Question: ...`` and one line
per parameter, ``# param: NAME (default: VALUE) -- description`` or
``# param: NAME (optional) -- description`` (unbound when not given).
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphbuilder.errors import QueryError

DEFAULT_TIMEOUT = 60.0
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"

_TOKENS = re.compile(
    r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00b7\u00c0-\uffff]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_-]*)
  | (?P<brace>[{}])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_PARAM_LINE = re.compile(
    r"^#\s*param:\s*(?P<name>\w+)\s*(?:\((?:default:\s*(?P<default>[^)]*)|optional)\))?"
    r"\s*(?:--\s*(?P<doc>.*))?$"
)
_QUESTION_LINE = re.compile(r"^#\s*Question:\s*(?P<text>.*)$")


@dataclass(frozen=True)
class Parameter:
    name: str
    default: str | None = None
    description: str = ""


@dataclass(frozen=True)
class QueryFile:
    """A SPARQL query with the question and parameters its header comment declares."""

    text: str
    question: str = ""
    parameters: tuple[Parameter, ...] = field(default=())
    path: Path | None = None

    def defaults(self) -> dict[str, str]:
        return {p.name: p.default for p in self.parameters if p.default is not None}


def read_query(path: str | Path) -> QueryFile:
    """Read a ``.rq`` file and its header; QueryError when it cannot be read."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise QueryError(f"{path}: cannot read query ({err})") from None
    return parse_header(text, path)


def parse_header(text: str, path: Path | None = None) -> QueryFile:
    question: list[str] = []
    params: list[Parameter] = []
    in_question = False
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        if m := _QUESTION_LINE.match(line):
            question, in_question = [m["text"].strip()], True
        elif m := _PARAM_LINE.match(line):
            default = (m["default"] or "").strip() or None
            params.append(Parameter(m["name"], default, (m["doc"] or "").strip()))
            in_question = False
        elif in_question and line[1:].strip() and not line[1:].strip().lower().startswith("parameters"):
            question.append(line[1:].strip())
        else:
            in_question = False
    return QueryFile(text, " ".join(question), tuple(params), path)


def query_variables(query: str) -> set[str]:
    """Names of the variables a query mentions (comments, strings and IRIs skipped)."""
    return {m["var"][1:] for m in _TOKENS.finditer(query) if m.lastgroup == "var"}


def check_params(query: str, params: Mapping[str, Any] | None) -> dict[str, Any]:
    """The parameters with a value; QueryError for a name the query does not use."""
    given = {k: v for k, v in (params or {}).items() if v is not None}
    unknown = sorted(set(given) - query_variables(query))
    if unknown:
        raise QueryError(f"parameter {', '.join(unknown)} is not a variable of this query")
    for name in given:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"parameter name {name!r} is not a SPARQL variable name")
    return given


def bind_values(query: str, params: Mapping[str, Any]) -> str:
    """``query`` with a VALUES block binding ``params`` at the start of its WHERE group."""
    given = check_params(query, params)
    if not given:
        return query
    from graphbuilder.sinks.oxigraph_store import to_term

    names = sorted(given)
    row = " ".join(str(to_term(given[n])) for n in names)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }} "
    at = _where_group_start(query)
    return query[:at] + block + query[at:]


def _where_group_start(query: str) -> int:
    """Offset just after the ``{`` opening the query's (outermost) WHERE group."""
    tokens = [m for m in _TOKENS.finditer(query) if m.lastgroup != "comment" and not m.group().isspace()]
    form = None
    for i, tok in enumerate(tokens):
        word = tok.group().upper() if tok.lastgroup == "word" else None
        if form is None and word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            form = word
            rest = tokens[i + 1:]
            if form == "CONSTRUCT" and rest and rest[0].group() == "{":
                depth = 0
                for j, t in enumerate(rest):
                    if t.group() == "{":
                        depth += 1
                    elif t.group() == "}":
                        depth -= 1
                        if depth == 0:
                            rest = rest[j + 1:]
                            break
            for t in rest:
                if t.lastgroup == "brace" and t.group() == "{":
                    return t.end()
            break
    raise QueryError("cannot bind parameters: the query has no WHERE group")


# --- running ----------------------------------------------------------------------------


def is_endpoint(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(("http://", "https://"))


def query(target: str | Path, query: str | Path, params: Mapping[str, Any] | None = None,
          timeout: float = DEFAULT_TIMEOUT) -> list[dict[str, Any]]:
    """Rows of a SPARQL query on a build folder or a SPARQL endpoint URL.

    ``query`` is the query text or a path to a ``.rq`` file (whose header defaults fill
    parameters not given). Rows are dicts of plain Python values (IRIs and strings as str,
    numbers, booleans; None when unbound). Raises QueryError (bad query, endpoint error,
    timeout) or StoreError (no store in the folder).
    """
    from graphbuilder.sinks.oxigraph_store import query_store

    text, params = _resolve_query(query, params)
    given = check_params(text, params)
    if is_endpoint(str(target)):
        return query_endpoint(str(target), text, given, timeout=timeout)
    return query_store(target, text, given)


def _resolve_query(query: str | Path, params: Mapping[str, Any] | None) -> tuple[str, dict[str, Any]]:
    merged = dict(params or {})
    if isinstance(query, Path) or (isinstance(query, str) and "\n" not in query and query.endswith(".rq")):
        qf = read_query(query)
        return qf.text, {**qf.defaults(), **merged}
    return str(query), merged


def endpoint_query_url(url: str) -> str:
    """The query URL of an endpoint: ``http://host:port`` means Oxigraph's ``/query``."""
    parts = urllib.parse.urlsplit(url)
    if parts.path in ("", "/"):
        parts = parts._replace(path="/query")
    return urllib.parse.urlunsplit(parts)


def query_endpoint(url: str, query: str, params: Mapping[str, Any] | None = None,
                   timeout: float = DEFAULT_TIMEOUT) -> list[dict[str, Any]]:
    """Run a query over the SPARQL 1.1 Protocol (POST); rows as in :func:`query`."""
    body = urllib.parse.urlencode({"query": bind_values(query, params or {})}).encode("utf-8")
    request = urllib.request.Request(
        endpoint_query_url(url), data=body, method="POST",
        headers={"Accept": _ACCEPT, "Content-Type": "application/x-www-form-urlencoded"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type", "")
            payload = response.read()
    except urllib.error.HTTPError as err:
        message = err.read().decode("utf-8", "replace").strip()
        raise QueryError(f"{url}: the endpoint refused the query (HTTP {err.code}): {message}") from None
    except (urllib.error.URLError, TimeoutError, ConnectionError) as err:
        reason = getattr(err, "reason", err)
        raise QueryError(f"{url}: cannot reach the SPARQL endpoint ({reason})") from None
    return _rows_from_response(url, content_type, payload)


def _rows_from_response(url: str, content_type: str, payload: bytes) -> list[dict[str, Any]]:
    from graphbuilder.sinks.oxigraph_store import python_value

    text = payload.decode("utf-8", "replace")
    if "n-triples" in content_type:
        import pyoxigraph as ox

        return [
            {"subject": python_value(t.subject), "predicate": python_value(t.predicate),
             "object": python_value(t.object)}
            for t in ox.parse(payload, format=ox.RdfFormat.N_TRIPLES)
        ]
    try:
        data = json.loads(text)
    except ValueError:
        # Oxigraph streams results: a query cancelled by the server's timeout ends the
        # body with the reason after the status line was already sent.
        tail = re.split(r"[\[{,:]", text[-300:])[-1].strip() or text[-300:]
        raise QueryError(f"{url}: the query failed while results were streamed: {tail}") from None
    if "boolean" in data:
        return [{"result": bool(data["boolean"])}]
    names = data["head"].get("vars", [])
    return [{n: _json_value(b.get(n)) for n in names} for b in data["results"]["bindings"]]


def _json_value(cell: dict[str, Any] | None) -> Any:
    from graphbuilder.sinks.oxigraph_store import typed_value

    if cell is None:
        return None
    if cell["type"] == "uri":
        return cell["value"]
    if cell["type"] == "bnode":
        return f"_:{cell['value']}"
    if cell["type"] in ("literal", "typed-literal"):
        return typed_value(cell["value"], cell.get("datatype"))
    return str(cell.get("value"))


def to_dataframe(rows: list[dict[str, Any]]) -> Any:
    """A pandas DataFrame of the rows (pandas is an optional dependency)."""
    try:
        import pandas as pd
    except ImportError:
        raise QueryError("to_dataframe needs pandas: pip install pandas") from None
    return pd.DataFrame.from_records(rows)

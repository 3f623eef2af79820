"""SPARQL from Python: run a query (with parameters) on a build folder or an endpoint.

    >>> from graphbuilder.query import sparql_client as sc
    >>> rows = sc.query("build/example", "queries/statements_about_actor.rq", {"actor": "Putin"})
    >>> rows = sc.query("http://127.0.0.1:7878", open("queries/who_did_what_to_whom.rq").read())
    >>> sc.to_dataframe(rows)

A ``.rq`` file's header defaults (see ``query.library``) fill parameters not given. The
parameters are bound as RDF terms (``query.sparql.bind_values``) both on a folder and over
HTTP, so both give the same rows. Updates are refused before anything is sent.
"""

from __future__ import annotations

import http.client
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from graphbuilder.errors import QueryError
from graphbuilder.query.library import Language, read_query
from graphbuilder.query.sparql import (
    bind_values,
    check_params,
    query_store,
    refuse_updates,
    triple_row,
    typed_value,
)

DEFAULT_TIMEOUT = 60.0
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"


def is_endpoint(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(("http://", "https://"))


def query(target: str | Path, query: str | Path, params: Mapping[str, Any] | None = None,
          timeout: float = DEFAULT_TIMEOUT) -> list[dict[str, Any]]:
    """Rows of a SPARQL query on a build folder or a SPARQL endpoint URL.

    ``query`` is the query text or a path to a ``.rq`` file (whose header defaults fill
    parameters not given). Rows are dicts of plain Python values (IRIs and strings as str,
    numbers, booleans; None when unbound). Raises QueryError (bad query, update, endpoint
    error, timeout) or StoreError (no store in the folder).
    """
    text, values = _resolve_query(query, params)
    refuse_updates(text)
    given = check_params(text, values)
    if is_endpoint(str(target)):
        return query_endpoint(str(target), text, given, timeout=timeout)
    return query_store(target, text, given)


def _resolve_query(query: str | Path, params: Mapping[str, Any] | None) -> tuple[str, dict[str, Any]]:
    if isinstance(query, Path) or (isinstance(query, str) and "\n" not in query and query.endswith(".rq")):
        qf = read_query(query, Language.SPARQL)
        return qf.text, qf.values(params)
    return str(query), dict(params or {})


def endpoint_query_url(url: str) -> str:
    """The query URL of an endpoint: ``http://host:port`` means ``/query``."""
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
    except http.client.HTTPException as err:
        raise QueryError(f"{url}: the answer broke off ({type(err).__name__}): the server stopped the "
                         "query (its timeout or memory limit) or went away") from None
    return _rows_from_response(url, content_type, payload)


def _rows_from_response(url: str, content_type: str, payload: bytes) -> list[dict[str, Any]]:
    text = payload.decode("utf-8", "replace")
    if "n-triples" in content_type:
        import pyoxigraph as ox

        return [triple_row(t.subject, t.predicate, t.object)
                for t in ox.parse(payload, format=ox.RdfFormat.N_TRIPLES)]
    try:
        data = json.loads(text)
    except ValueError:
        # A server that streams results may end the body with an error after the status
        # line was already sent (Oxigraph's own server does so on a timeout).
        tail = re.split(r"[\[{,:]", text[-300:])[-1].strip() or text[-300:]
        raise QueryError(f"{url}: the query failed while results were streamed: {tail}") from None
    if "boolean" in data:
        return [{"result": bool(data["boolean"])}]
    names = data["head"].get("vars", [])
    return [{n: _json_value(b.get(n)) for n in names} for b in data["results"]["bindings"]]


def _json_value(cell: dict[str, Any] | None) -> Any:
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

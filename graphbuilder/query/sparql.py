"""SPARQL on an Oxigraph store: parameters bound as RDF terms, results as plain Python rows.

Parameters are RDF terms, never text pasted into a query: they become a ``VALUES`` block at
the start of the query's WHERE group, each value written by Oxigraph's own term
serialiser, so quotes, braces or newlines in a value stay inside its literal. The same
bound text goes to a build folder's store and over HTTP (the SPARQL protocol has no
parameters), so both give the same rows.

Rows are dicts of plain Python values: IRIs and strings as str, numbers, booleans, None
when unbound. ASK gives ``[{"result": bool}]``; CONSTRUCT and DESCRIBE give
``{"subject", "predicate", "object"}`` rows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
import rdflib

from graphbuilder.errors import QueryError, StoreError
from graphbuilder.sinks.oxigraph_store import from_rdflib, memory_store, open_store
from graphbuilder.sinks.rdf import DEFAULT_BASE, name_key, prefixes

if TYPE_CHECKING:
    from graphbuilder.graph import KnowledgeGraph

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {
    _XSD + t
    for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
              "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort",
              "unsignedByte")
}
_FLOAT_TYPES = {_XSD + "decimal", _XSD + "double", _XSD + "float"}
_BOOLEAN = _XSD + "boolean"

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
_QUERY_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
_UPDATE_FORMS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE",
                           "COPY", "WITH"})


def _significant(query: str) -> list[re.Match[str]]:
    return [m for m in _TOKENS.finditer(query) if m.lastgroup != "comment" and not m.group().isspace()]


def query_variables(query: str) -> set[str]:
    """Names of the variables a query mentions (comments, strings and IRIs skipped)."""
    return {m["var"][1:] for m in _TOKENS.finditer(query) if m.lastgroup == "var"}


def operation_keyword(query: str) -> str | None:
    """The keyword that starts the operation after the prologue (SELECT, INSERT ...), upper-case."""
    tokens = _significant(query)
    i = 0
    while i < len(tokens):
        word = tokens[i].group().upper() if tokens[i].lastgroup == "word" else None
        if word in ("BASE", "PREFIX"):
            while i < len(tokens) and tokens[i].lastgroup != "iri":
                i += 1
            i += 1
            continue
        return word
    return None


def is_update(query: str) -> bool:
    """True for a SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP ...), not a query."""
    return operation_keyword(query) in _UPDATE_FORMS


def refuse_updates(query: str) -> None:
    """QueryError when ``query`` is an update: graphbuilder reads stores, a build writes them."""
    if is_update(query):
        raise QueryError(
            f"SPARQL updates ({operation_keyword(query)}) are not allowed here: the store is "
            "read-only; change the articles and rebuild instead"
        )


def prefix_use(query: str) -> tuple[set[str], list[str]]:
    """(prefixes the query declares, prefixes it uses in prefixed names, in order of use)."""
    tokens = _significant(query)
    declared: set[str] = set()
    used: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.lastgroup == "word" and tok.group().upper() == "PREFIX":
            j = i + 1
            name = ""
            if j < len(tokens) and tokens[j].lastgroup == "word":
                name, j = tokens[j].group(), j + 1
            declared.add(name)
            i = j + 1  # past the ':'
            continue
        if tok.group() == ":":
            prev = tokens[i - 1] if i else None
            attached = prev is not None and prev.lastgroup == "word" and prev.end() == tok.start()
            name = prev.group() if attached and prev is not None else ""
            if name != "_" and name not in used:
                used.append(name)
        i += 1
    return declared, used


def undeclared_prefixes(query: str, predeclared: Mapping[str, str]) -> list[str]:
    """Prefixes ``query`` uses but neither declares nor finds in ``predeclared``."""
    declared, used = prefix_use(query)
    return [name for name in used if name not in declared and name not in predeclared]


def check_prefixes(query: str, predeclared: Mapping[str, str]) -> None:
    """QueryError naming the first prefix ``query`` uses without declaring it."""
    missing = undeclared_prefixes(query, predeclared)
    if missing:
        known = ", ".join(f"{name}:" for name in predeclared)
        raise QueryError(
            f"the prefix {missing[0]}: is not declared; add PREFIX {missing[0]}: <IRI> to the "
            f"query (predeclared here: {known})"
        )


def declare_prefixes(query: str, predeclared: Mapping[str, str]) -> str:
    """``query`` with a ``PREFIX`` declaration for each of ``predeclared`` it uses without
    declaring, put before it on its first line (line numbers stay); QueryError naming any
    other undeclared prefix."""
    check_prefixes(query, predeclared)
    declared, used = prefix_use(query)
    needed = [name for name in used if name not in declared]
    return "".join(f"PREFIX {name}: <{predeclared[name]}> " for name in needed) + query


#: A query may use ``?NAME_key`` for a text parameter NAME: it is bound to the value's look-up
#: key (``gb:key``, the lower-cased text), so that a name given in any case is an exact,
#: indexed look-up (``?actor_node gb:key ?actor_key``) rather than a scan comparing LCASE.
KEY_SUFFIX = "_key"


#: The parameter that sets how many rows a query returns: the number of the query's final
#: ``LIMIT`` clause (SPARQL has no variables there), written from a checked whole number.
LIMIT_PARAM = "limit"


def check_params(query: str, params: Mapping[str, Any] | None) -> dict[str, Any]:
    """The parameters with a value; QueryError for a name the query does not use (as
    ``?NAME`` or ``?NAME_key``, or ``limit`` for a query ending in a ``LIMIT`` clause)."""
    given = {k: v for k, v in (params or {}).items() if v is not None}
    for name in given:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"parameter name {name!r} is not a SPARQL variable name")
    variables = query_variables(query)
    if LIMIT_PARAM in given and LIMIT_PARAM not in variables:
        _limit_value(given[LIMIT_PARAM])
        if _final_limit(query) is None:
            raise QueryError("parameter limit: this query has no LIMIT clause to set")
    unknown = sorted(n for n in given if n not in variables and n + KEY_SUFFIX not in variables
                     and n != LIMIT_PARAM)
    if unknown:
        raise QueryError(f"parameter {', '.join(unknown)} is not a variable of this query")
    return given


def _limit_value(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise QueryError(f"parameter limit must be a whole number of rows (0 or more), got {value!r}")
    return value


def _limits(query: str) -> list[tuple[int, re.Match[str]]]:
    """(group depth, number token) of every ``LIMIT n`` of the query."""
    tokens = _significant(query)
    depth = 0
    found: list[tuple[int, re.Match[str]]] = []
    for i, tok in enumerate(tokens):
        if tok.group() == "{":
            depth += 1
        elif tok.group() == "}":
            depth -= 1
        elif tok.lastgroup == "word" and tok.group().upper() == "LIMIT" and i + 1 < len(tokens):
            number = _INTEGER.match(query, tokens[i + 1].start())
            if number is not None:
                found.append((depth, number))
    return found


def final_limit(query: str) -> int | None:
    """The number of the query's final ``LIMIT`` (outside every group), if it has one."""
    number = _final_limit(query)
    return int(number.group()) if number is not None else None


def _final_limit(query: str) -> re.Match[str] | None:
    """The number token of the query's final ``LIMIT n`` (outside every group), if any."""
    outer = [number for depth, number in _limits(query) if depth == 0]
    return outer[-1] if outer else None


_INTEGER = re.compile(r"\d+")


def set_limit(query: str, params: Mapping[str, Any]) -> str:
    """``query`` with its final ``LIMIT`` set to the ``limit`` parameter, when given (and
    the query has no variable ``?limit`` of its own), and every inner ``LIMIT`` written with
    the same number too: a subquery that picks the rows to describe before the final sort
    (so that only those are described and sorted) picks as many as the query returns."""
    value = params.get(LIMIT_PARAM)
    if value is None or LIMIT_PARAM in query_variables(query):
        return query
    final = _final_limit(query)
    if final is None:
        raise QueryError("parameter limit: this query has no LIMIT clause to set")
    text = str(_limit_value(value))
    for _, number in reversed(_limits(query)):
        if number.group() == final.group():
            query = query[:number.start()] + text + query[number.end():]
    return query


def bindings(query: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """The variables to bind for ``params``: each parameter the query uses, and the look-up
    key ``?NAME_key`` of each text parameter whose key the query uses."""
    given = check_params(query, params)
    variables = query_variables(query)
    bound = {n: v for n, v in given.items() if n in variables}
    for name, value in given.items():
        key = name + KEY_SUFFIX
        if key in variables and key not in given and isinstance(value, str):
            bound[key] = name_key(value)
    return bound


def bind_values(query: str, params: Mapping[str, Any]) -> str:
    """``query`` with a VALUES block binding ``params`` (see :func:`bindings`) at the start
    of its WHERE group: the first thing evaluated, so the optimiser looks the values up; a
    ``limit`` parameter sets the final ``LIMIT`` (:func:`set_limit`)."""
    bound = bindings(query, params)
    query = set_limit(query, params)
    if not bound:
        return query
    at = _where_group_start(query)
    inserts = [(at, sorted(bound))]
    # a subquery sees no variable of the query around it: it gets the values it uses too
    for start, end in _subquery_groups(query):
        used = query_variables(query[start:end])
        names = sorted(n for n in bound if n in used)
        if names:
            inserts.append((start, names))
    for offset, names in sorted(inserts, reverse=True):
        row = " ".join(str(to_term(bound[n])) for n in names)
        block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }} "
        query = query[:offset] + block + query[offset:]
    return query


def _subquery_groups(query: str) -> list[tuple[int, int]]:
    """(offset after its ``{``, offset of its ``}``) of each subquery's WHERE group."""
    tokens = _significant(query)
    forms = [i for i, t in enumerate(tokens) if t.lastgroup == "word" and t.group().upper() == "SELECT"]
    groups = []
    for i in forms[1:] if forms and forms[0] == _first_form(tokens) else forms:
        rest = tokens[i + 1:]
        opening = next((j for j, t in enumerate(rest) if t.group() == "{"), None)
        if opening is None:
            continue
        depth = 0
        for t in rest[opening:]:
            if t.group() == "{":
                depth += 1
            elif t.group() == "}":
                depth -= 1
                if depth == 0:
                    groups.append((rest[opening].end(), t.start()))
                    break
    return groups


def _first_form(tokens: list[re.Match[str]]) -> int | None:
    forms = (i for i, t in enumerate(tokens) if t.lastgroup == "word" and t.group().upper() in _QUERY_FORMS)
    return next(forms, None)


def _skip_group(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """The tokens after the ``{ ... }`` group ``tokens`` starts with."""
    depth = 0
    for j, t in enumerate(tokens):
        if t.group() == "{":
            depth += 1
        elif t.group() == "}":
            depth -= 1
            if depth == 0:
                return tokens[j + 1:]
    return []


def _where_group_start(query: str) -> int:
    """Offset just after the ``{`` opening the query's (outermost) WHERE group."""
    tokens = _significant(query)
    for i, tok in enumerate(tokens):
        if tok.lastgroup == "word" and tok.group().upper() in _QUERY_FORMS:
            rest = tokens[i + 1:]
            if tok.group().upper() == "CONSTRUCT" and rest and rest[0].group() == "{":
                rest = _skip_group(rest)
            for t in rest:
                if t.lastgroup == "brace" and t.group() == "{":
                    return t.end()
            break
    raise QueryError("cannot bind parameters: the query has no WHERE group")


# --- terms ----------------------------------------------------------------------------------


def to_term(value: Any) -> Term:
    """An RDF term for a parameter: str -> xsd:string literal, int/float/bool typed literals,
    rdflib and Oxigraph terms as they are. Use ``rdflib.URIRef`` for an IRI."""
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple)):
        return value
    if isinstance(value, rdflib.term.Node):
        term = from_rdflib(value)
        assert isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal))
        return term
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_BOOLEAN))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(_XSD + "double"))
    if isinstance(value, str):
        return ox.Literal(value)
    raise QueryError(f"cannot use a {type(value).__name__} as a SPARQL parameter value")


def iri_or_text(value: Any) -> Any:
    """A command-line value: text written ``<scheme:...>`` is an IRI, anything else stays."""
    if isinstance(value, str) and len(value) > 2 and value[0] == "<" and value[-1] == ">":
        return rdflib.URIRef(value[1:-1])
    return value


def python_value(term: Any) -> Any:
    """A plain Python value for a result cell: IRIs and strings as str, numbers, booleans."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return typed_value(term.value, term.datatype.value)
    return str(term)


def typed_value(lexical: str, datatype: str | None) -> Any:
    """Python value of a literal from its lexical form and datatype IRI."""
    try:
        if datatype in _INTEGER_TYPES:
            return int(lexical)
        if datatype in _FLOAT_TYPES:
            return float(lexical)
    except ValueError:
        return lexical
    if datatype == _BOOLEAN:
        return lexical.strip() in ("true", "1")
    return lexical


def triple_row(subject: Any, predicate: Any, obj: Any) -> dict[str, Any]:
    return {"subject": python_value(subject), "predicate": python_value(predicate),
            "object": python_value(obj)}


# --- running on a store -----------------------------------------------------------------------


def run_query(store: ox.Store, query: str, params: Mapping[str, Any] | None = None,
              base: str = DEFAULT_BASE) -> list[dict[str, Any]]:
    """Rows of a SELECT / ASK / CONSTRUCT / DESCRIBE query on ``store``.

    The project's prefixes (gb:, schema:, nif:, prov: ...) are predeclared. Raises
    QueryError for a malformed query or an update.
    """
    refuse_updates(query)
    known = prefixes(base)
    check_prefixes(query, known)
    bound = bind_values(query, params or {})
    try:
        result = store.query(bound, prefixes=known)
        if isinstance(result, ox.QueryBoolean):
            return [{"result": bool(result)}]
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            return [{n: python_value(solution[n]) for n in names} for solution in result]
        return [triple_row(t.subject, t.predicate, t.object) for t in result]
    except SyntaxError as err:
        raise QueryError(f"malformed SPARQL query: {err}") from None
    except RuntimeError as err:
        raise QueryError(f"SPARQL query failed: {err}") from None
    except OSError as err:
        raise StoreError(f"SPARQL query failed: {err}") from None


def query_store(folder_or_store: str | Path | ox.Store, query: str,
                params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Rows of ``query`` on a build folder's store (opened read-only)."""
    return run_query(open_store(folder_or_store), query, params)


def query_graph(kg: KnowledgeGraph, query: str, **params: Any) -> list[dict[str, Any]]:
    """Rows of ``query`` over ``kg`` in an in-memory store (``KnowledgeGraph.sparql``); a
    library query's header defaults fill the parameters not given."""
    from graphbuilder.query.library import Language, parse_query

    defaults = parse_query(query, language=Language.SPARQL).defaults
    return run_query(memory_store(kg), query, {**defaults, **params})

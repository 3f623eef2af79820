"""TriG text of plain terms (``sinks.rdf``), byte for byte what Oxigraph's serializer writes.

Making an Oxigraph ``Quad`` of every triple only for ``pyoxigraph.serialize`` to turn it
into text again was most of the cost of writing graph.trig and a new store. This module
writes the same text from the plain terms directly, with the rules of Oxigraph's TriG
serializer (``oxttl``): quads of one subject joined by ``;``, objects of one predicate by
``,``, ``a`` for ``rdf:type``, an IRI under a prefix written ``prefix:local`` when its
local part is a valid (escaped) local name, else ``<IRI>``; literals quoted as
``oxrdf`` quotes them, ``xsd:boolean``/``integer``/``decimal``/``double`` bare when their
lexical form is Turtle's own. Each IRI is checked by Oxigraph once (ValueError when
it is not one), so the store's bulk loader may skip checking them again. The prefix lines
(and the order in which prefixes are tried) come from the serializer itself
(:func:`header`), so a new pyoxigraph that changed them changes both alike.
``tests/sinks/test_trig.py`` compares the two on awkward terms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import pyoxigraph as ox

from .rdf import DEFAULT_BASE, Term, Triple, _rdf, prefixes

__all__ = ["TrigText", "header"]

_RDF_TYPE = _rdf.type
_XSD = "http://www.w3.org/2001/XMLSchema#"

# Turtle's PN_CHARS_BASE, PN_CHARS_U and PN_CHARS (as character-class bodies)
_BASE = ("A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
         "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff")
_CHARS_U = _BASE + "_"
_CHARS = _CHARS_U + r"\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
#: A local name that needs no escape: the usual case, checked in one call.
_PLAIN_LOCAL = re.compile(f"[{_CHARS_U}:0-9](?:[{_CHARS}:.]*[{_CHARS}:])?")
_FIRST = re.compile(f"[{_CHARS_U}:0-9]")
_NEXT = re.compile(f"[{_CHARS}:]")
_ESCAPABLE = frozenset("_~.-!$&'()*+,;=/?#@%")

# oxrdf's print_quoted_str: these characters are escaped, every other one written as is
_QUOTE = {c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)}
_QUOTE.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})
_NEEDS_QUOTING = re.compile("[\x00-\x1f\x7f\ufffe\uffff\"\\\\]")

_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+")
_DOUBLE = re.compile(r"[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+")
#: Datatypes the serializer writes bare when the lexical form is Turtle's own.
_BARE = {
    _XSD + "boolean": re.compile("true|false"),
    _XSD + "integer": _INTEGER,
    _XSD + "decimal": _DECIMAL,
    _XSD + "double": _DOUBLE,
}


@lru_cache(maxsize=4)
def header(base: str = DEFAULT_BASE) -> bytes:
    """The prefix lines the serializer writes before the first quad."""
    probe = "urn:graphbuilder:probe"
    node = ox.NamedNode(probe)
    text = ox.serialize([ox.Quad(node, node, node)], format=ox.RdfFormat.TRIG, prefixes=prefixes(base)) or b""
    return text[:text.index(f"<{probe}>".encode())]


_PREFIX_LINE = re.compile(r"@prefix ([^:\s]*): <([^>]*)> \.")


def _prefix_order(base: str) -> tuple[tuple[str, str], ...]:
    """(name, namespace) in the order the serializer tries them: the order of its prefix lines."""
    found = tuple((m[1], m[2]) for m in _PREFIX_LINE.finditer(header(base).decode("utf-8")))
    if len(found) != len(prefixes(base)):
        raise AssertionError("the TriG serializer wrote prefix lines this module cannot read")
    return found


def _local_name(local: str) -> str | None:
    """``local`` as a Turtle local name (escaped where it may be), or None when it cannot be one."""
    if _PLAIN_LOCAL.fullmatch(local):
        return local
    out = []
    last = len(local) - 1
    for i, c in enumerate(local):
        if (_FIRST if i == 0 else _NEXT).fullmatch(c) or (i and c == "." and i < last):
            out.append(c)
        elif c in _ESCAPABLE:
            out.append("\\" + c)
        else:
            return None
    return "".join(out)


def quoted(text: str) -> str:
    """A string literal as oxrdf writes it."""
    if _NEEDS_QUOTING.search(text) is None:
        return f'"{text}"'
    return '"' + text.translate(_QUOTE) + '"'


class TrigText:
    """Writes quads of plain terms as TriG text (see the module doc); keeps the text of
    terms already written, so each distinct IRI or literal is formatted once (emptied when
    it grows past ``limit``: memory stays flat on any corpus)."""

    def __init__(self, base: str = DEFAULT_BASE, limit: int = 50_000) -> None:
        self._prefixes = _prefix_order(base)
        self._namespaces = tuple(ns for _, ns in self._prefixes)
        self._text: dict[Term, str] = {}
        self._limit = limit

    def iri(self, iri: str) -> str:
        if iri.startswith(self._namespaces):
            for name, ns in self._prefixes:
                if iri.startswith(ns):
                    local = iri[len(ns):]
                    if not local:
                        return name + ":"
                    escaped = _local_name(local)
                    if escaped is not None:
                        return f"{name}:{escaped}"
        return f"<{iri}>"

    def term(self, term: Term) -> str:
        text = self._text.get(term)
        if text is None:
            if len(self._text) > self._limit:
                self._text.clear()
            if isinstance(term, str):
                ox.NamedNode(term)  # ValueError for an invalid IRI, as making the Quad raised
                text = self.iri(term)
            else:
                lexical, datatype = term
                if datatype is None or datatype == _XSD + "string":
                    text = quoted(lexical)
                elif (bare := _BARE.get(datatype)) is not None and bare.fullmatch(lexical):
                    text = lexical
                else:
                    text = f"{quoted(lexical)}^^{self.iri(datatype)}"
            self._text[term] = text
        return text

    def predicate(self, iri: str) -> str:
        return "a" if iri == _RDF_TYPE else self.term(iri)

    def graphs(self, graphs: Iterable[tuple[str | None, Iterable[Triple]]]) -> str:
        """The TriG (without prefix lines) of the distinct quads of each (graph IRI or None
        for the default graph, triples) in turn, as one ``pyoxigraph.serialize`` call over
        them writes it; empty when there are none."""
        out: list[str] = []
        add = out.append
        term, known = self.term, self._text.get
        predicates: dict[str, str] = {}  # few: their text without a call
        graph: str | None = None  # the serializer starts in the default graph
        subject: str | None = None
        pred: str | None = None
        first_indent, next_indent = "", "\t"
        for name, triples in graphs:
            for s, p, o in dict.fromkeys(triples):
                obj = known(o) or term(o)
                if name == graph and subject is not None:
                    if s == subject:
                        if p == pred:
                            add(" , " + obj)
                        else:
                            verb = predicates.get(p) or self._predicate(predicates, p)
                            add(f" ;\n{next_indent}{verb} {obj}")
                    else:
                        verb = predicates.get(p) or self._predicate(predicates, p)
                        add(f" .\n{first_indent}{known(s) or term(s)} {verb} {obj}")
                else:
                    verb = predicates.get(p) or self._predicate(predicates, p)
                    first = f"{known(s) or term(s)} {verb} {obj}"
                    if name == graph:  # the first quad, in the default graph
                        add(first)
                    else:
                        if subject is not None:
                            add(" .\n")
                        if graph is not None:
                            add("}\n")
                        graph = name
                        if name is None:
                            first_indent, next_indent = "", "\t"
                            add(first)
                        else:
                            first_indent, next_indent = "\t", "\t\t"
                            add(f"{known(name) or term(name)} {{\n\t{first}")
                subject, pred = s, p
        if subject is not None:
            add(" .\n")
        if graph is not None:
            add("}\n")
        return "".join(out)

    def _predicate(self, predicates: dict[str, str], iri: str) -> str:
        text = predicates[iri] = self.predicate(iri)
        return text

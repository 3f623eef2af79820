"""The TriG text ``sinks.trig`` writes from plain terms is byte for byte what Oxigraph's
serializer writes for the same quads, on awkward IRIs, local names and literals."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest

from graphbuilder.sinks.oxigraph_store import ox_term
from graphbuilder.sinks.rdf import DEFAULT_BASE, Iris, Triple, prefixes
from graphbuilder.sinks.trig import TrigText, header, quoted

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
GB = "https://graphbuilder.example.org/ontology#"
ENT = "https://graphbuilder.example.org/entity/"


def oxigraph_text(parts: list[tuple[str | None, list[Triple]]], base: str = DEFAULT_BASE) -> bytes:
    quads: list[ox.Quad] = []
    for graph, triples in parts:
        name = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
        quads.extend(dict.fromkeys(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), ox_term(o), name)
                                   for s, p, o in triples))
    text = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes(base)) or b""
    head = header(base)
    assert not text or text.startswith(head)
    return text[len(head):]


LOCAL_NAMES = [
    "vladimir-putin", "a", "9ins", "8.1bn", "x.", "x..y", ".x", "-x", "_x", "x_", ":x", "x:y", "%2Fa",
    "politics%2Fa.txt", "a~b", "a!b$c&d'e(f)g*h+i,j;k=l/m?n#o@p", "é-ü", "日本", "x\u00b7y",
    "\u00b7x", "x\u0301", "a-", "a.b.c.", "0", "0.5", "x%41", "\U0001f600", "x%5By%5D", "%C3%A9",
]

LITERALS: list[tuple[str, str | None]] = [
    ("", None), ("plain", None), ('say "no"', None), ("back\\slash", None), ("line\nbreak\r\ttab", None),
    ("\b\f\x00\x01\x1f\x7f", None), ("\ufffe\uffff\ufffd", None), ("émoji \U0001f600 日本", None),
    ("'single'", None), ("a\u2028b", None),
    ("0", XSD + "nonNegativeInteger"), ("12", XSD + "integer"), ("-3", XSD + "integer"),
    ("+3", XSD + "integer"),
    ("1.5", XSD + "decimal"), ("0.347", XSD + "decimal"), ("1", XSD + "decimal"), (".5", XSD + "decimal"),
    ("5.", XSD + "decimal"), ("-0.0", XSD + "decimal"), ("true", XSD + "boolean"), ("1", XSD + "boolean"),
    ("1e5", XSD + "double"), ("1.E-5", XSD + "double"), (".5e5", XSD + "double"), (".e5", XSD + "double"),
    ("NaN", XSD + "double"), ("2024-03-01", XSD + "date"), ("2024-03-01T10:00:00+00:00", XSD + "dateTime"),
    ("2024", XSD + "gYear"), ("x", XSD + "string"), ("x", "https://example.org/my%20type"),
    ("x", GB + "odd.type."),
]


def test_local_names_and_iris_as_oxigraph_writes_them() -> None:
    iris = [ENT + n for n in LOCAL_NAMES] + [GB + "relatedTo", GB, "https://schema.org/name",
                                             "https://graphbuilder.example.org/article/a%2Fb.txt#char=1,2",
                                             "urn:x:y", "http://example.org/"]
    parts: list[tuple[str | None, list[Triple]]] = [
        (None, [(iri, GB + "p", iri) for iri in iris]),
        (None, [(ENT + "s", iri, ("o", None)) for iri in iris]),
    ]
    assert TrigText().graphs(parts).encode() == oxigraph_text(parts)


def test_literals_as_oxigraph_writes_them() -> None:
    parts: list[tuple[str | None, list[Triple]]] = [(None, [(ENT + "s", GB + "p", lit) for lit in LITERALS])]
    assert TrigText().graphs(parts).encode() == oxigraph_text(parts)
    for text, _ in LITERALS:
        line = ox.serialize([ox.Triple(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal(text))],
                            format=ox.RdfFormat.N_TRIPLES) or b""
        assert quoted(text).encode() == line.split(b" ", 2)[2][:-3]


@pytest.mark.parametrize("seed", range(5))
def test_graphs_subjects_predicates_and_repeats_as_oxigraph_writes_them(seed: int) -> None:
    """Random runs of graphs, subjects and predicates (repeated triples within a graph's
    part, the same graph in two parts in a row, the default graph after a named one)."""
    rng = random.Random(seed)
    subjects = [ENT + n for n in ("a", "b", "x.", "%2F")] + ["https://graphbuilder.example.org/article/q#context"]
    predicates = [RDF_TYPE, GB + "p", GB + "q", "https://schema.org/name"]
    objects: list[str | tuple[str, str | None]] = [
        ENT + "a", GB + "Entity", ("o", None), ("1", XSD + "integer"), ("2", XSD + "nonNegativeInteger"),
        ('"', None)]
    graphs = [None, Iris().article("a/b.txt"), Iris().article("c"), "https://graphbuilder.example.org/entity/g"]
    parts: list[tuple[str | None, list[Triple]]] = []
    for _ in range(30):
        triples = [(rng.choice(subjects), rng.choice(predicates), rng.choice(objects))
                   for _ in range(rng.randint(1, 12))]
        parts.append((rng.choice(graphs), triples))
    writer = TrigText(limit=5)  # the term cache is emptied many times on the way
    assert writer.graphs(parts).encode() == oxigraph_text(parts)
    assert writer.graphs([]) == "" == writer.graphs([(None, [])])


def test_another_base_and_its_prefixes() -> None:
    base = "http://example.org/news#"
    iris = Iris(base)
    parts: list[tuple[str | None, list[Triple]]] = [
        (iris.article("a"), [(iris.entity("x.y"), iris.relation("met"), iris.entity("-z"))]),
    ]
    assert TrigText(base).graphs(parts).encode() == oxigraph_text(parts, base)


@pytest.mark.parametrize("iri", ["http://example.org/100%", "http://example.org/a b", "no-scheme"])
def test_an_invalid_iri_is_refused_as_oxigraph_refuses_it(iri: str) -> None:
    """The store's bulk loader trusts the IRIs of this text (it loads it leniently)."""
    for triple in ((iri, GB + "p", ("o", None)), (ENT + "s", GB + "p", iri)):
        with pytest.raises(ValueError):
            ox.NamedNode(iri)
        with pytest.raises(ValueError):
            TrigText().graphs([(None, [triple])])
    with pytest.raises(ValueError):
        TrigText().graphs([(iri, [(ENT + "s", GB + "p", ENT + "o")])])

"""RDF mapping, vocabulary, SHACL validity, the Oxigraph store's merge rules and exports."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, SDO

from graphbuilder.errors import StoreError
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.model import Article
from graphbuilder.sinks import oxigraph_store
from graphbuilder.sinks.folder import write_folder
from graphbuilder.sinks.rdf import GB, NIF, VOCABULARY_IRI, Iris, to_dataset

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGIES = ROOT / "ontologies"


def _load_sample():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "gb_sparql_sample", ROOT / "tests" / "test_sparql_sample.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sample = _load_sample()
ENT = "https://graphbuilder.example.org/entity/"
REL = "https://graphbuilder.example.org/rel/"
A1 = URIRef("https://graphbuilder.example.org/article/a1-kursk")
A2 = URIRef("https://graphbuilder.example.org/article/a2-reply")


@pytest.fixture()
def kg() -> KnowledgeGraph:
    return sample.sample_kg()


def _union(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads():
        g.add((s, p, o))
    return g


def _validate(ds: Dataset) -> tuple[bool, str]:
    import pyshacl

    conforms, _, text = pyshacl.validate(
        _union(ds),
        shacl_graph=Graph().parse(ONTOLOGIES / "shapes.ttl"),
        ont_graph=Graph().parse(ONTOLOGIES / "graphbuilder.ttl"),
        inference="none",
    )
    return conforms, text


# --- vocabulary ---------------------------------------------------------------------------


def test_every_vocabulary_term_is_declared_in_the_ontology_and_back() -> None:
    onto = Graph().parse(ONTOLOGIES / "graphbuilder.ttl")
    declared = {str(s)[len(VOCABULARY_IRI) :] for s in onto.subjects() if str(s).startswith(VOCABULARY_IRI)}
    in_code = {name for name in GB.__annotations__}
    assert declared == in_code


def test_a_misspelt_vocabulary_term_is_an_error() -> None:
    with pytest.raises(AttributeError):
        GB.hasEvidense  # noqa: B018


def test_jsonld_context_file_matches_the_exported_context() -> None:
    shipped = json.loads((ONTOLOGIES / "graphbuilder.context.jsonld").read_text(encoding="utf-8"))
    assert shipped == oxigraph_store.jsonld_context()


# --- mapping ------------------------------------------------------------------------------


def test_one_named_graph_per_article_with_its_direct_triples(kg: KnowledgeGraph) -> None:
    ds = to_dataset(kg)
    names = {g.identifier for g in ds.graphs() if g.identifier != ds.default_graph.identifier}
    # besides the articles: the connection counts, a graph per modality (sinks.connections)
    counts = {URIRef(f"https://graphbuilder.example.org/connections/{m}")
              for m in ("all", "asserted", "negated")}
    assert names == {A1, A2} | counts
    appeal = (URIRef(ENT + "donald-trump"), URIRef(REL + "appealed_to"), URIRef(ENT + "vladimir-putin"))
    assert appeal in ds.graph(A1) and appeal in ds.graph(A2)  # supported by both articles
    assert (URIRef(ENT + "vladimir-putin"), URIRef(REL + "proposed"), Literal("surrender")) in ds.graph(A1)
    # a denied fact has no direct triple anywhere; it lives only as a negated statement node
    attack = (URIRef(ENT + "vladimir-putin"), URIRef(REL + "attack"), URIRef(ENT + "ukrainian-soldiers"))
    assert not any(attack in g for g in ds.graphs())
    assert (None, GB.modality, Literal("negated")) in ds.default_graph


def test_statement_nodes_carry_identity_aggregates_and_article_provenance(kg: KnowledgeGraph) -> None:
    ds = to_dataset(kg)
    st_id = next(s.id for s in kg.statements.values() if s.predicate == "appealed_to" and not s.negated)
    node = URIRef(f"https://graphbuilder.example.org/statement/{st_id}")
    d = ds.default_graph
    assert (node, RDF.type, GB.Statement) in d  # an rdf:Statement by gb:Statement's class
    assert d.value(node, RDF.subject) == URIRef(ENT + "donald-trump")
    assert d.value(node, GB.eventType) == Literal("REQUEST")
    assert int(d.value(node, GB.evidenceCount)) == 2
    assert float(d.value(node, GB.confidence)) == pytest.approx(1 - 0.2 * 0.5)
    assert d.value(node, GB.modality) == Literal("asserted")  # model.Statement.modality
    # the articles it comes from: the graphs holding its evidence links (not stated again)
    assert {g.identifier for g in ds.graphs() if (node, GB.hasEvidence, None) in g} == {A1, A2}
    assert (node, PROV.wasDerivedFrom, None) not in d
    assert len(list(ds.graph(A1).objects(node, GB.hasEvidence))) == 1
    # the predicate's name is on the relation, once
    assert d.value(d.value(node, RDF.predicate), GB.predicate) == Literal("appealed_to")
    assert (node, GB.predicate, None) not in d


def test_each_statement_states_its_modality_as_the_model_computes_it(kg: KnowledgeGraph) -> None:
    d = to_dataset(kg).default_graph
    for st in kg.statements.values():
        node = URIRef(f"https://graphbuilder.example.org/statement/{st.id}")
        assert list(d.objects(node, GB.modality)) == [Literal(st.modality)]
        assert (st.modality == "negated") == st.negated


def test_entities_local_to_one_article_are_typed_so() -> None:
    from graphbuilder.sinks.rdf import LocalEntities

    local = LocalEntities(["2025-03-14-kursk-appeal", "politics/brown-comes-out.txt"])
    assert local("2025-03-14-kursk-appeal-he-120") and local("politics-brown-comes-out-txt-the-spokesman")
    assert not local("vladimir-putin") and not local("2025-03-14-kursk") and not local("politics-brown")


def test_every_span_clicks_through_to_the_article_text(kg: KnowledgeGraph) -> None:
    ds = to_dataset(kg)
    checked = 0
    for name, text in ((A1, sample.A1_TEXT), (A2, sample.A2_TEXT)):
        g = ds.graph(name)
        ctx = g.value(name, GB.context)
        assert str(g.value(ctx, NIF.isString)) == text
        for span in g.subjects(NIF.beginIndex, None):  # sentences and mentions
            if span == ctx:
                continue
            start, anchor = int(g.value(span, NIF.beginIndex)), str(g.value(span, NIF.anchorOf))
            end = int(g.value(span, NIF.endIndex) or start + len(anchor))  # a mention ends after its words
            assert text[start:end] == anchor
            assert str(span).endswith(f"#char={start},{end}")
            checked += 1
        for evidence in g.objects(None, GB.hasEvidence):  # evidence states the relation's offsets
            start, end = int(g.value(evidence, GB.relationStart)), int(g.value(evidence, GB.relationEnd))
            assert text[start:end] == str(g.value(evidence, GB.relationText))
            checked += 1
    assert checked > 20


def test_entities_articles_and_evidence_use_schema_org_and_prov(kg: KnowledgeGraph) -> None:
    ds = to_dataset(kg)
    d = ds.default_graph
    putin = URIRef(ENT + "vladimir-putin")
    assert (putin, RDF.type, SDO.Person) in d and (putin, GB.actorCode, Literal("RUSGOV")) in d
    assert (putin, SDO.alternateName, Literal("Putin")) in d
    assert (URIRef(ENT + "ukrainian-soldiers"), RDF.type, GB.Group) in d
    a1 = ds.graph(A1)
    assert (A1, RDF.type, SDO.NewsArticle) in a1
    assert a1.value(A1, SDO.url) == URIRef("https://news.example.org/a1")
    assert str(a1.value(a1.value(A1, SDO.publisher), SDO.name)) == "Example Wire"
    speakers = {str(o) for o in a1.objects(None, GB.attributedTo)}
    assert speakers == {ENT + "vladimir-putin"}
    assert {str(o) for o in a1.objects(None, GB.reportedBy)} == {ENT + "tass"}


def test_base_iri_is_configurable_and_the_vocabulary_is_not(kg: KnowledgeGraph) -> None:
    ds = to_dataset(kg, base="http://example.com/kg")
    subjects = {str(s) for s in ds.default_graph.subjects(RDF.type, GB.Entity)}
    assert "http://example.com/kg/entity/vladimir-putin" in subjects
    assert not any(s.startswith("https://graphbuilder.example.org/") for s in subjects)
    with pytest.raises(ValueError):
        Iris("not a base")


def test_ids_with_reserved_characters_become_valid_iris() -> None:
    kg = KnowledgeGraph()
    kg.add_article(Article("odd id/with space#and?query", "Some text."))
    ds = to_dataset(kg)
    names = [str(g.identifier) for g in ds.graphs() if g.identifier != ds.default_graph.identifier]
    assert names == ["https://graphbuilder.example.org/article/odd%20id%2Fwith%20space%23and%3Fquery"]
    ox.NamedNode(names[0])  # a valid IRI for Oxigraph as well


# --- SHACL ----------------------------------------------------------------------------------


def test_sample_graph_conforms_to_the_shapes(kg: KnowledgeGraph) -> None:
    conforms, report = _validate(to_dataset(kg))
    assert conforms, report


def test_example_build_conforms_to_the_shapes(example_kg: KnowledgeGraph) -> None:
    ds = to_dataset(example_kg)
    assert len(list(ds.graphs())) > 1
    conforms, report = _validate(ds)
    assert conforms, report


def test_shapes_catch_a_broken_graph(kg: KnowledgeGraph) -> None:
    ds = to_dataset(kg)
    evidence = next(ds.graph(A1).objects(None, GB.hasEvidence))
    ds.graph(A1).remove((evidence, GB.sentence, None))
    statement = next(ds.default_graph.subjects(RDF.type, GB.Statement))
    ds.default_graph.set((statement, GB.confidence, Literal(1.5)))
    conforms, report = _validate(ds)
    assert not conforms
    assert "gb:sentence" in report or "ontology#sentence" in report
    assert "confidence" in report


# --- the Oxigraph store ----------------------------------------------------------------------


def _quads(folder: Path) -> set[str]:
    store = oxigraph_store.open_store(folder)
    return {str(q) for q in store.quads_for_pattern(None, None, None, None)}


def test_building_twice_leaves_the_store_unchanged(kg: KnowledgeGraph, tmp_path: Path) -> None:
    oxigraph_store.write_store(kg, tmp_path)
    first = _quads(tmp_path)
    assert len(first) == len(set(to_dataset(kg).quads()))
    oxigraph_store.write_store(kg, tmp_path)
    assert _quads(tmp_path) == first
    assert oxigraph_store.count_quads(tmp_path) == len(first)


def test_rebuilding_an_article_replaces_its_named_graph(kg: KnowledgeGraph, tmp_path: Path) -> None:
    oxigraph_store.write_store(kg, tmp_path / "incremental")
    old = kg.articles["a1-kursk"]
    new_text = "Putin proposed a ceasefire.\n"
    rebuilt = replace(old, text=new_text, title="Putin proposes a ceasefire")
    kg.add_article(rebuilt, [sample.Sentence("a1-kursk", 0, 0, len(new_text) - 1, new_text.strip())])
    oxigraph_store.write_store(kg, tmp_path / "incremental")
    oxigraph_store.write_store(kg, tmp_path / "fresh")
    assert _quads(tmp_path / "incremental") == _quads(tmp_path / "fresh")
    rows = oxigraph_store.query_store(
        tmp_path / "incremental",
        "SELECT ?text WHERE { GRAPH ?a { ?a gb:articleId 'a1-kursk' . "
        "?s gb:sentenceIndex ?i ; nif:anchorOf ?text } }",
    )
    assert rows == [{"text": "Putin proposed a ceasefire."}]
    # the statements only a1 supported are gone; the shared appeal keeps a2's evidence only
    counts = oxigraph_store.query_store(
        tmp_path / "incremental",
        """
        SELECT ?p ?n WHERE { ?st rdf:predicate/gb:predicate ?p ; gb:modality "asserted" ;
                             gb:evidenceCount ?n }
        ORDER BY ?p""",
    )
    assert counts == [{"p": "appealed_to", "n": 1}, {"p": "rejected", "n": 1}]


def test_dropping_an_article_drops_its_graph(kg: KnowledgeGraph, tmp_path: Path) -> None:
    oxigraph_store.write_store(kg, tmp_path)
    kg.remove_article("a2-reply")
    oxigraph_store.write_store(kg, tmp_path)
    graphs = oxigraph_store.query_store(tmp_path, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                                       "FILTER (!CONTAINS(STR(?g), '/connections/')) }")  # articles
    assert graphs == [{"g": str(A1)}]


def test_large_additions_go_through_the_bulk_loader(
    kg: KnowledgeGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = sample.sample_kg()
    one.remove_article("a2-reply")
    oxigraph_store.write_store(one, tmp_path / "bulk")
    calls: list[int] = []
    real = oxigraph_store._bulk_extend

    def spy(store: ox.Store, quads: list[ox.Quad]) -> None:
        quads = list(quads)
        calls.append(len(quads))
        real(store, quads)

    monkeypatch.setattr(oxigraph_store, "_bulk_extend", spy)
    monkeypatch.setattr(oxigraph_store, "BULK_THRESHOLD", 10)
    oxigraph_store.write_store(kg, tmp_path / "bulk")
    monkeypatch.undo()
    assert calls and calls[0] > 10
    oxigraph_store.write_store(kg, tmp_path / "fresh")
    assert _quads(tmp_path / "bulk") == _quads(tmp_path / "fresh")


def test_querying_a_folder_without_a_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no Oxigraph store"):
        oxigraph_store.query_store(tmp_path, "ASK {}")


def test_trig_holds_the_same_quads_as_the_store(kg: KnowledgeGraph, tmp_path: Path) -> None:
    paths = write_folder(kg, tmp_path)
    ds = Dataset()
    ds.parse(paths["trig"], format="trig")
    assert len(set(ds.quads())) == oxigraph_store.count_quads(tmp_path)
    assert (
        URIRef(ENT + "donald-trump"),
        URIRef(REL + "appealed_to"),
        URIRef(ENT + "vladimir-putin"),
        A2,
    ) in set((s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in ds.quads())


def test_store_loaded_from_trig_equals_store_loaded_from_the_graph(
    kg: KnowledgeGraph, tmp_path: Path
) -> None:
    write_folder(kg, tmp_path / "build")  # a fresh store: bulk loaded from graph.trig
    oxigraph_store.write_store(kg, tmp_path / "direct")  # from the graph's quads

    def quads(folder: Path) -> set:
        store = oxigraph_store.open_store(folder)
        return set(store.quads_for_pattern(None, None, None, None))

    assert quads(tmp_path / "build") == quads(tmp_path / "direct")
    assert len(quads(tmp_path / "direct")) > 100


@pytest.mark.parametrize("fmt,rdflib_format", [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_exports_keep_every_quad(kg: KnowledgeGraph, tmp_path: Path, fmt: str, rdflib_format: str) -> None:
    oxigraph_store.write_store(kg, tmp_path)
    out = tmp_path / f"export.{fmt}"
    n = oxigraph_store.export_store(tmp_path, out, fmt)
    ds = Dataset()
    ds.parse(out, format=rdflib_format)
    assert n == oxigraph_store.count_quads(tmp_path)
    assert len(set(ds.quads())) == n
    graphs = {str(g.identifier) for g in ds.graphs()}
    assert {str(A1), str(A2)} <= graphs


def test_turtle_export_is_the_union_of_the_graphs(kg: KnowledgeGraph, tmp_path: Path) -> None:
    oxigraph_store.write_store(kg, tmp_path)
    oxigraph_store.export_store(tmp_path, tmp_path / "all.ttl", "turtle")
    g = Graph().parse(tmp_path / "all.ttl", format="turtle")
    assert len(g) == len(_union(to_dataset(kg)))
    assert (URIRef(ENT + "donald-trump"), URIRef(REL + "appealed_to"), URIRef(ENT + "vladimir-putin")) in g


# --- one mapping, two edges -------------------------------------------------------------------


def _dataset_as_oxigraph(ds: Dataset) -> set[ox.Quad]:
    default = ds.default_graph.identifier
    return {
        ox.Quad(
            oxigraph_store._ox_term(s),
            oxigraph_store._ox_term(p),
            oxigraph_store._ox_term(o),
            ox.DefaultGraph() if g == default else oxigraph_store._ox_term(g),
        )
        for s, p, o, g in ds.quads()
    }


def _with_awkward_literals(kg: KnowledgeGraph) -> KnowledgeGraph:
    """Values whose lexical form rdflib canonicalises (a dateTime's Z, decimals), an id that
    needs percent-encoding, text with quotes, newlines and non-ASCII."""
    a1 = kg.articles["a1-kursk"]
    kg.articles["a1-kursk"] = replace(a1, published="2025-03-01T10:00Z", title='He said "no"\nà Kyiv')
    st = next(s for s in kg.statements.values() if s.evidence)
    ev = replace(st.evidence[0], confidence=0.123456, date="2025-03")
    kg.statements[st.id] = replace(st, evidence=(ev, *st.evidence[1:]))
    kg.add_article(Article("odd id/with space#x", "Text.", published="2025-W12"))
    return kg


def test_rdflib_dataset_and_oxigraph_quads_are_the_same(kg: KnowledgeGraph) -> None:
    """to_dataset (rdflib) and the TriG/store path (Oxigraph terms made directly from the same
    plain triples) hold exactly the same quads."""
    kg = _with_awkward_literals(kg)
    ox_quads = set(oxigraph_store.all_quads(kg))
    assert _dataset_as_oxigraph(to_dataset(kg)) == ox_quads
    assert ox.Literal("2025-03-01T10:00:00+00:00", datatype=ox.NamedNode(str(XSD.dateTime))) in {
        q.object for q in ox_quads
    }
    assert len(ox_quads) == sum(len(quads) for _, quads in oxigraph_store.graph_quads(kg))


def test_rdflib_dataset_and_oxigraph_quads_are_the_same_for_a_real_build(example_kg: KnowledgeGraph) -> None:
    assert _dataset_as_oxigraph(to_dataset(example_kg)) == set(oxigraph_store.all_quads(example_kg))


def test_plain_literals_are_already_in_rdflib_canonical_form(kg: KnowledgeGraph) -> None:
    from graphbuilder.sinks.rdf import iter_graphs

    for _, triples in iter_graphs(_with_awkward_literals(kg)):
        for _, _, o in triples:
            if isinstance(o, tuple) and o[1] is not None:
                assert str(Literal(o[0], datatype=URIRef(o[1]))) == o[0]


def test_trig_and_store_hold_the_dataset_quads(kg: KnowledgeGraph, tmp_path: Path) -> None:
    kg = _with_awkward_literals(kg)
    paths = write_folder(kg, tmp_path)
    expected = _dataset_as_oxigraph(to_dataset(kg))
    assert set(ox.parse(path=str(paths["trig"]), format=ox.RdfFormat.TRIG)) == expected
    in_memory = ox.Store()  # Oxigraph stores xsd:nonNegativeInteger values as xsd:integer
    in_memory.extend(expected)
    assert set(oxigraph_store.open_store(tmp_path)) == set(in_memory)


def test_a_big_load_goes_in_chunks(
    kg: KnowledgeGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes: list[int] = []
    real = ox.Store.bulk_extend

    class Spy:
        def __init__(self, store: ox.Store) -> None:
            self.store = store

        def bulk_extend(self, quads: list[ox.Quad]) -> None:
            sizes.append(len(quads))
            real(self.store, quads)

    monkeypatch.setattr(oxigraph_store, "BULK_CHUNK", 50)
    store = ox.Store(str(tmp_path / "s"))
    quads = list(oxigraph_store.all_quads(kg))
    oxigraph_store._bulk_extend(Spy(store), quads)  # type: ignore[arg-type]
    assert max(sizes) == 50 and sum(sizes) == len(quads) and len(sizes) > 1
    in_memory = ox.Store()
    in_memory.extend(quads)
    assert set(store) == set(in_memory)


def test_a_folder_rebuilt_in_place_equals_a_fresh_one(kg: KnowledgeGraph, tmp_path: Path) -> None:
    """write_folder fills the store from the TriG pass: bulk loaded when new, updated after."""
    write_folder(kg, tmp_path / "again")
    kg.remove_article("a2-reply")
    again = write_folder(kg, tmp_path / "again")
    fresh = write_folder(kg, tmp_path / "fresh")
    assert _quads(tmp_path / "again") == _quads(tmp_path / "fresh")
    assert again["trig"].read_bytes() == fresh["trig"].read_bytes()


def test_a_store_failure_while_writing_the_trig_is_a_store_error(
    kg: KnowledgeGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graphbuilder.buildfolder import pieces

    class FullDisk:  # a store whose every bulk load fails, as on a full disk
        def bulk_extend(self, chunk: list[ox.Quad]) -> None:
            raise OSError("disk full")

        def bulk_load(self, *args: object, **kwargs: object) -> None:
            raise OSError("disk full")

        def flush(self) -> None:
            pass

    def full_disk(path: Path) -> FullDisk:
        path.mkdir(parents=True, exist_ok=True)
        return FullDisk()

    # the one opener of a store for writing, wherever a writer took it from
    monkeypatch.setattr(oxigraph_store, "open_writable", full_disk)
    monkeypatch.setattr(pieces, "open_writable", full_disk)
    with pytest.raises(StoreError, match="writing the Oxigraph store failed.*disk full"):
        write_folder(kg, tmp_path)
    assert not (tmp_path / "store").exists()  # the half-written store stayed aside
    with pytest.raises(StoreError, match="disk full"):  # the "oxigraph" sink
        oxigraph_store.write_store(kg, tmp_path / "sink")


def test_relation_iri_never_carries_a_line_break() -> None:
    from graphbuilder.sinks.rdf import Iris

    iris = Iris("https://graphbuilder.example.org/")
    assert iris.relation("appealed_to") == iris.rel + "appealed_to"
    assert "\n" not in iris.relation("appealed_to\n")
    with pytest.raises(ValueError, match="base IRI"):
        Iris("https://graphbuilder.example.org/\n")

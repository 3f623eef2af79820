"""GraphML and GEXF: the actor network and the full networkx view write and read back unchanged."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from graphbuilder.errors import StoreError
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.sinks.networkx import actor_network, to_networkx, write_network


def test_actor_network_aggregates_pairs(small: KnowledgeGraph) -> None:
    g = actor_network(small)
    assert set(g.nodes) == {"donald-trump", "vladimir-putin", "volodymyr-zelensky", "european-union"}
    edge = g.edges["donald-trump", "vladimir-putin"]
    assert (edge["weight"], edge["statements"], edge["events"], edge["cooperative"]) == (2, 1, 2, 2)
    assert edge["main_event_type"] == "REQUEST" and edge["predicates"] == "appealed_to"
    negated = g.edges["volodymyr-zelensky", "vladimir-putin"]
    assert negated["events"] == 0 and "main_event_type" not in negated
    assert g.nodes["vladimir-putin"]["label"] == "Vladimir Putin"
    assert "country" not in g.nodes["european-union"]


@pytest.mark.parametrize("suffix", ["graphml", "gexf"])
def test_actor_network_round_trip(small: KnowledgeGraph, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"actors.{suffix}"
    written = write_network(small, path)
    back = nx.read_graphml(path) if suffix == "graphml" else nx.read_gexf(path)
    assert back.is_directed() and set(back.nodes) == set(written.nodes)
    assert set(back.edges) == set(written.edges)
    for node, data in written.nodes(data=True):
        assert back.nodes[node] == data
    for u, v, data in written.edges(data=True):
        got = dict(back.edges[u, v])
        got.pop("id", None)  # GEXF keeps an edge id
        assert got == data


def test_real_build_round_trip(example_graph: KnowledgeGraph, tmp_path: Path) -> None:
    for suffix in ("graphml", "gexf"):
        written = write_network(example_graph, tmp_path / f"a.{suffix}")
        reader = nx.read_graphml if suffix == "graphml" else nx.read_gexf
        back = reader(tmp_path / f"a.{suffix}")
        assert back.number_of_nodes() == written.number_of_nodes() > 5
        assert back.number_of_edges() == written.number_of_edges() > 3


def test_the_full_view_writes_as_is(small: KnowledgeGraph, tmp_path: Path) -> None:
    """networkx.write_graphml(kg.to_networkx()) used to fail on list and None attributes."""
    g = to_networkx(small)
    nx.write_graphml(g, tmp_path / "all.graphml")
    nx.write_gexf(g, tmp_path / "all.gexf")
    back = nx.read_graphml(tmp_path / "all.graphml", force_multigraph=True)
    assert back.number_of_edges() == g.number_of_edges() == len(small.statements)
    key = next(iter(small.statements))
    (u, v, data), = [(u, v, d) for u, v, k, d in back.edges(keys=True, data=True) if k == key]
    st = small.statements[key]
    assert data["predicate"] == st.predicate
    assert data["sentences"].split("|") == [e.sentence.id for e in st.evidence]
    assert back.nodes["vladimir-putin"]["aliases"] == "Putin"
    assert nx.read_gexf(tmp_path / "all.gexf").number_of_nodes() == g.number_of_nodes()


def test_unknown_format_is_one_clear_error(small: KnowledgeGraph, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"\.graphml or \.gexf"):
        write_network(small, tmp_path / "actors.txt")

"""networkx views of a graph, and the actor network as GraphML or GEXF for Gephi and friends.

:func:`to_networkx` is the whole graph: entities as nodes, one edge per statement (literal
objects as their own nodes). :func:`actor_network` is what Gephi users want: entities only,
one weighted edge per ordered pair of actors. Both carry only strings, numbers and booleans
(absent values are left out, lists are joined with ``|``), so networkx's GraphML and GEXF
writers take them as they are and read them back equal.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from graphbuilder.errors import StoreError
from graphbuilder.graph import KnowledgeGraph

#: joins list values (aliases, sentence ids) into one attribute string
LIST_SEPARATOR = "|"
FORMATS = ("graphml", "gexf")


def _attrs(**values: Any) -> dict[str, Any]:
    """Attributes GraphML and GEXF can hold: None left out, lists and tuples joined."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple, set)):
            value = LIST_SEPARATOR.join(str(v) for v in value)
        out[key] = value
    return out


def to_networkx(kg: KnowledgeGraph) -> Any:
    """A ``networkx.MultiDiGraph``: node ids are entity ids (or ``literal:…``), edge keys statement ids.

    Nodes carry name, type, aliases, actor_code and country; edges carry predicate,
    event_type, negated, confidence, evidence_count and the supporting sentence ids
    (``sentences``, joined with ``|``). Attributes without a value are absent.
    """
    import networkx as nx

    g = nx.MultiDiGraph()
    for e in kg.entities.values():
        g.add_node(e.id, **_attrs(name=e.name, type=e.type, aliases=list(e.aliases) or None,
                                  actor_code=e.actor_code, country=e.country, kind="entity"))
    for st in kg.statements.values():
        target = st.object_id if st.object_id is not None else f"literal:{st.object_literal}"
        if st.object_id is None:
            g.add_node(target, **_attrs(name=st.object_literal, kind="literal"))
        for node in (st.subject_id, target):
            if node not in g:
                g.add_node(node, name=node, kind="entity")
        g.add_edge(
            st.subject_id,
            target,
            key=st.id,
            **_attrs(predicate=st.predicate, event_type=st.event_type, cameo_code=st.cameo_code,
                     negated=st.negated, confidence=st.confidence, evidence_count=len(st.evidence),
                     sentences=[e.sentence.id for e in st.evidence]),
        )
    return g


def actor_network(kg: KnowledgeGraph) -> Any:
    """A ``networkx.DiGraph`` of actors: an edge per ordered pair that a statement links.

    Nodes (entities in at least one such statement): label, type, country, actor_code,
    mentions, statements. Edges: weight (supporting sentences), statements, events (typed,
    not negated), cooperative and conflictual (by PLOVER quad class), event_types (most
    frequent first, ``|``-joined), main_event_type and predicates.
    """
    import networkx as nx

    from graphbuilder.view.quad import is_cooperative

    pairs: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    types: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    predicates: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    involved: Counter[str] = Counter()
    for st in kg.statements.values():
        if st.object_id is None or st.object_id == st.subject_id:
            continue
        pair = (st.subject_id, st.object_id)
        n = len(st.evidence)
        pairs[pair]["weight"] += n
        pairs[pair]["statements"] += 1
        predicates[pair][st.predicate] += n
        involved[st.subject_id] += 1
        involved[st.object_id] += 1
        if st.event_type and not st.negated:
            pairs[pair]["events"] += n
            pairs[pair]["cooperative" if is_cooperative(st.event_type) else "conflictual"] += n
            types[pair][st.event_type] += n
    mentions = Counter(m.entity_id for m in kg.mentions.values())
    g = nx.DiGraph()
    for node in sorted(involved):
        e = kg.entities.get(node)
        g.add_node(node, **_attrs(label=e.name if e else node, type=e.type if e else None,
                                  country=e.country if e else None, actor_code=e.actor_code if e else None,
                                  mentions=mentions[node], statements=involved[node]))
    for (src, tgt), c in sorted(pairs.items()):
        ranked = [t for t, _ in types[(src, tgt)].most_common()]
        g.add_edge(src, tgt, **_attrs(
            weight=c["weight"], statements=c["statements"], events=c["events"],
            cooperative=c["cooperative"], conflictual=c["conflictual"],
            event_types=ranked or None, main_event_type=ranked[0] if ranked else None,
            predicates=[p for p, _ in predicates[(src, tgt)].most_common()],
        ))
    return g


def write_network(kg: KnowledgeGraph, out: str | Path, fmt: str | None = None) -> Any:
    """Write :func:`actor_network` to ``out`` as GraphML or GEXF (from the suffix unless ``fmt``)."""
    import networkx as nx

    out = Path(out)
    fmt = fmt or out.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise StoreError(f"{out}: cannot tell the format; use a .graphml or .gexf file name")
    g = actor_network(kg)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        if fmt == "graphml":
            nx.write_graphml(g, out)
        else:
            nx.write_gexf(g, out)
    except OSError as err:
        raise StoreError(f"{out}: cannot write ({err.strerror or err})") from err
    return g

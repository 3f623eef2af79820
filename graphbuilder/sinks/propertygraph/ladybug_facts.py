"""The direct fact relationships in LadybugDB: one ``FACT`` table, typed by a property.

Neo4j gets one relationship type per predicate (``(:Entity)-[:APPEALED_TO]->(:Entity)``).
LadybugDB 0.22 pays for every relationship table that holds data, whatever its size: about
10 ms of CPU at each checkpoint and 4 ms per COPY (its adjacency index spans a whole node
group of 131,072 rows), so a thousand predicates made a 900-article load spend four fifths
of its time on a few thousand fact rows. LadybugDB therefore keeps all of them in one table,

    (:Entity)-[:FACT {relationship_type, statement_id, predicate, event_type, negated,
                      evidence_count, confidence, first_seen, last_seen}]->(:Entity)

and queries still speak Neo4j's schema: :func:`rewrite` (applied to every query graphbuilder
runs on the store, after :func:`cypher.to_ladybug`) turns a single-type pattern
``[r:APPEALED_TO]`` into ``[r:FACT {relationship_type: 'APPEALED_TO'}]``, and ``type(r)`` of a
relationship that may be a fact into its ``relationship_type``, so a query answers the same on
both stores. Not rewritten: several fact types in one pattern (``[r:A|B]``): write
``[r:FACT] ... WHERE r.relationship_type IN [...]``.
"""

from __future__ import annotations

import re

from graphbuilder.sinks.propertygraph import cypher
from graphbuilder.sinks.propertygraph.cypher import FACT_PROPERTIES, ROWS, Dialect

TABLE = "FACT"
TYPE_PROPERTY = "relationship_type"
PROPERTIES: tuple[cypher.Prop, ...] = ((TYPE_PROPERTY, cypher.STRING), *FACT_PROPERTIES)


def schema_statement() -> str:
    columns = ", ".join(f"`{name}` {kind}" for name, kind in PROPERTIES)
    return f"CREATE REL TABLE IF NOT EXISTS `{TABLE}`(FROM `Entity` TO `Entity`, {columns})"


def merge_facts(rows: str = ROWS) -> str:
    """MERGE each row's fact (``start_id``, ``end_id``, ``statement_id``, ``relationship_type``),
    its other properties copied from the Statement, as ``cypher.merge_facts`` on Neo4j."""
    return cypher.merge_facts(TABLE, Dialect.LADYBUG, rows, type_property=TYPE_PROPERTY)


def delete_changed_facts(rows: str = ROWS) -> str:
    """Delete the batch's facts whose copy of the Statement is stale (or whose type changed),
    so :func:`merge_facts` creates them afresh: LadybugDB never updates one in place (see
    ``cypher.delete_changed_relationships``)."""
    return cypher.delete_changed_facts(TABLE, rows, type_property=TYPE_PROPERTY)


# --- queries in Neo4j's schema --------------------------------------------------------------

# -[var:TYPE]- or -[var:TYPE {props}]- with one type (optionally backticked), no length
_TYPED = re.compile(r"(?<=-)\[\s*(\w*)\s*:\s*`?([A-Z][A-Z0-9_]*)`?\s*(?:\{([^{}]*)\})?\s*\]")
# every relationship pattern's variable and types: -[var]-, -[var:A|B ...]-, -[var:A*1..3]-
# (a list comprehension's [x IN ...] has no dash before it)
_REL = re.compile(r"(?<=-)\[\s*(\w+)\s*(?::\s*([^\]\s*{]*))?")
_LABEL_OF = re.compile(r"\blabel\(\s*(\w+)\s*\)")


def rewrite(query: str) -> str:
    """A query in Neo4j's schema (after ``cypher.to_ladybug``), for the one FACT table."""

    def typed(m: re.Match[str]) -> str:
        var, rel_type, props = m.groups()
        if rel_type in cypher.REL_TABLES:
            return m.group(0)
        extra = f", {props.strip()}" if props and props.strip() else ""
        return f"[{var}:{TABLE} {{{TYPE_PROPERTY}: '{cypher.check_name(rel_type)}'{extra}}}]"

    query = _TYPED.sub(typed, query)
    maybe_fact: set[str] = set()
    for var, types in _REL.findall(query):
        names = {t.strip("` ") for t in types.split("|")} if types else set()
        if not names or TABLE in names or not names <= set(cypher.REL_TABLES):
            maybe_fact.add(var)

    def label(m: re.Match[str]) -> str:
        var = m.group(1)
        if var not in maybe_fact:
            return m.group(0)
        return f"CASE label({var}) WHEN '{TABLE}' THEN {var}.{TYPE_PROPERTY} ELSE label({var}) END"

    return _LABEL_OF.sub(label, query)

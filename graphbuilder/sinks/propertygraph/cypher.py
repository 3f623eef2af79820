"""Every piece of Cypher graphbuilder sends anywhere, and the Neo4j/LadybugDB dialect split.

The property-graph shape (DESIGN.md) is declared once here as a schema: node tables with
typed properties, structural relationship types with their endpoints, and the properties of
the direct per-predicate "fact" relationships between entities. From that schema this
module builds the uniqueness constraints (Neo4j), the node and relationship tables
(LadybugDB, which needs a schema), and the batched ``UNWIND $rows AS row MERGE ...``
statements both targets run.

Safety: article text only ever travels as parameter values (``$rows``). The only names
spliced into a statement are labels and relationship types, and each passes
:func:`check_name` (upper snake case or a fixed label, bounded length) first; predicates
become relationship types through :func:`relationship_type`.

Dialect differences, all of them here:

* schema: Neo4j gets uniqueness constraints and indexes; LadybugDB gets ``CREATE NODE
  TABLE`` / ``CREATE REL TABLE`` (the loader adds the one ``FACT`` table of
  :mod:`ladybug_facts` for the direct facts of every predicate). LadybugDB
  table names are case-insensitive, so a predicate whose type would equal a label or a
  structural type (``ENTITY``, ``REPORTED_BY`` ...) gets the prefix ``REL_``.
* list functions: alias union and the noisy-or confidence use list comprehension /
  ``reduce`` on Neo4j, ``list_concat``/``list_distinct``/``list_reduce`` on LadybugDB.
* ``index``, ``start`` and ``end`` are keywords to LadybugDB: properties of those names are
  always written with backticks, and row keys never use them.
* query library (``queries/*.cypher``, written for Neo4j): :func:`to_ladybug` rewrites
  ``shortestPath((a)-[*..N]-(b))`` to ``(a)-[* SHORTEST 1..N]-(b)``,
  ``[x IN nodes(p) | x.prop]`` to ``properties(nodes(p), 'prop')`` and
  ``[x IN nodes(p) WHERE x:Label | x.prop]`` to ``list_transform(list_filter(...))``; both ask for
  ``label(r)`` where Neo4j says ``type(r)``. Parameters inside list predicates
  (``any(x IN l WHERE x = $p)``) fail on LadybugDB, so library queries bind them with
  ``WITH $p AS p`` first, and ``WITH ... ORDER BY`` is always followed by ``LIMIT``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from graphbuilder.errors import QueryError


class Dialect(StrEnum):
    NEO4J = "neo4j"
    LADYBUG = "ladybug"


# --- the schema -------------------------------------------------------------------------

STRING, INT, FLOAT, BOOL, STRINGS = "STRING", "INT64", "DOUBLE", "BOOLEAN", "STRING[]"

Prop = tuple[str, str]  # (property name, LadybugDB type)

NODE_TABLES: dict[str, tuple[Prop, ...]] = {
    "Article": (
        ("id", STRING),
        ("url", STRING),
        ("title", STRING),
        ("published", STRING),
        ("publisher", STRING),
        ("source", STRING),
    ),
    "Sentence": (
        ("id", STRING),
        ("article_id", STRING),
        ("index", INT),
        ("start", INT),
        ("end", INT),
        ("text", STRING),
    ),
    "Entity": (
        ("id", STRING),
        ("name", STRING),
        ("type", STRING),
        ("aliases", STRINGS),
        ("actor_code", STRING),
        ("country", STRING),
        ("gazetteer_id", STRING),
        # the article an article-local entity belongs to (an unresolved pronoun, "the
        # spokesman": one node per article); NULL for an entity articles share
        ("local_to", STRING),
    ),
    "Statement": (
        ("id", STRING),
        ("predicate", STRING),
        ("relationship_type", STRING),
        ("event_type", STRING),
        ("cameo_code", STRING),
        ("negated", BOOL),
        # model.Statement.modality: asserted when some sentence states it as fact (the
        # library's default filter), else negated / possible / conditional / ...
        ("modality", STRING),
        ("object_literal", STRING),
        ("date", STRING),
        ("confidence", FLOAT),
        ("evidence_count", INT),
        ("first_seen", STRING),
        ("last_seen", STRING),
    ),
    # The look-up key of a name or alias (lower-cased, as rdf.name_key), one node per key:
    # (:Name {id: 'putin'})-[:NAMES]->(:Entity). Its id is the table's primary key, so a
    # name look-up is an index look-up on both targets, not a scan lower-casing every name.
    "Name": (("id", STRING),),
}


@dataclass(frozen=True)
class RelTable:
    start: str
    end: str
    properties: tuple[Prop, ...] = ()
    key: tuple[str, ...] = ()  # properties that identify one relationship between two nodes


REL_TABLES: dict[str, RelTable] = {
    "HAS_SENTENCE": RelTable("Article", "Sentence"),
    "MENTIONS": RelTable(
        "Sentence", "Entity", (("start", INT), ("end", INT), ("text", STRING)), key=("start", "end")
    ),
    "SUBJECT": RelTable("Statement", "Entity"),
    "OBJECT": RelTable("Statement", "Entity"),
    "EVIDENCE": RelTable(
        "Statement",
        "Sentence",
        (
            ("id", STRING),
            ("article_id", STRING),
            ("relation_text", STRING),
            ("relation_start", INT),
            ("relation_end", INT),
            ("subject_text", STRING),
            ("subject_start", INT),
            ("subject_end", INT),
            ("object_text", STRING),
            ("object_start", INT),
            ("object_end", INT),
            ("negated", BOOL),
            ("modality", STRING),
            ("attributed_to", STRING),
            ("reported_by", STRING),
            ("date", STRING),
            # the phrases on the verb that set the act's circumstances (mostly time and place),
            # as written, in text order (model.Evidence.setting)
            ("setting", STRINGS),
            ("seen", STRING),
            ("confidence", FLOAT),
            ("extractor", STRING),
        ),
        key=("id",),
    ),
    "ATTRIBUTED_TO": RelTable("Statement", "Entity"),
    "REPORTED_BY": RelTable("Statement", "Entity"),
    "NAMES": RelTable("Name", "Entity"),
}

#: Node properties added after the first release, added to older LadybugDB stores on load.
_ADDED_COLUMNS: tuple[tuple[str, Prop], ...] = (
    ("Entity", ("local_to", STRING)),
    ("Statement", ("modality", STRING)),
)
#: Relationship properties added since, added to older LadybugDB stores on load.
_ADDED_REL_COLUMNS: tuple[tuple[str, Prop], ...] = (("EVIDENCE", ("setting", STRINGS)),)

#: Properties of the direct Entity-[:PREDICATE]->Entity relationships (one per statement).
FACT_PROPERTIES: tuple[Prop, ...] = (
    ("statement_id", STRING),
    ("predicate", STRING),
    ("event_type", STRING),
    ("negated", BOOL),
    ("evidence_count", INT),
    ("confidence", FLOAT),
    ("first_seen", STRING),
    ("last_seen", STRING),
)

#: The Statement properties a direct fact copies (after its statement id).
FACT_COPIES = tuple(name for name, _ in FACT_PROPERTIES[1:])

#: Property names LadybugDB reads as keywords; always backticked, never used as row keys.
_KEYWORD_PROPERTIES = frozenset({"index", "start", "end"})

# --- names ------------------------------------------------------------------------------

_NAME = re.compile(r"^[A-Z][A-Z0-9_]{0,63}$")
_LABEL = re.compile(r"^[A-Z][A-Za-z]{0,63}$")
MAX_TYPE_LENGTH = 64
FALLBACK_TYPE = "RELATED_TO"
_RESERVED_TYPES = frozenset(REL_TABLES) | {label.upper() for label in NODE_TABLES}


def relationship_type(predicate: str) -> str:
    """The relationship type for a predicate: ``appealed_to`` -> ``APPEALED_TO``.

    Normalised to ASCII upper snake case and bounded to 64 characters; a type that would
    clash with a structural type or a label (case-insensitively) gets the prefix ``REL_``,
    one starting with a digit too, and a predicate with no letters or digits maps to
    ``RELATED_TO``. The Statement node keeps the exact predicate either way.
    """
    ascii_text = unicodedata.normalize("NFKD", predicate).encode("ascii", "ignore").decode()
    name = re.sub(r"[^A-Za-z0-9]+", "_", ascii_text).strip("_").upper()
    if not name:
        return FALLBACK_TYPE
    if name[0].isdigit() or name in _RESERVED_TYPES:
        name = "REL_" + name
    name = name[:MAX_TYPE_LENGTH].rstrip("_")
    return check_name(name)


def check_name(name: str) -> str:
    """``name`` if it may be spliced into Cypher as a relationship type or label, else QueryError."""
    strict = isinstance(name, str) and (
        _NAME.fullmatch(name) or (name in NODE_TABLES and _LABEL.fullmatch(name))
    )
    if not strict:
        raise QueryError(f"refusing to use {name!r} as a Cypher label or relationship type")
    return name


def check_label(label: str) -> str:
    """``label`` if it is one of the node labels, else QueryError."""
    if label not in NODE_TABLES:
        raise QueryError(f"unknown node label {label!r}")
    return label


def _name(name: str) -> str:
    return f"`{check_name(name)}`"


def prop(variable: str, name: str) -> str:
    """``variable.name``, backticked where LadybugDB would read the name as a keyword."""
    return f"{variable}.`{name}`" if name in _KEYWORD_PROPERTIES else f"{variable}.{name}"


def row_key(name: str) -> str:
    """The key a property travels under in ``$rows`` (never a LadybugDB keyword)."""
    return f"{name}_" if name in _KEYWORD_PROPERTIES else name


# --- schema statements --------------------------------------------------------------------


def schema_statements(dialect: Dialect, fact_types: Iterable[str] = ()) -> list[str]:
    """Statements that prepare a store: constraints and indexes, or tables. Idempotent."""
    if dialect is Dialect.NEO4J:
        out = [
            f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS "
            f"FOR (n:{_name(label)}) REQUIRE n.id IS UNIQUE"
            for label in NODE_TABLES
        ]
        out += [
            "CREATE INDEX entity_name IF NOT EXISTS FOR (n:`Entity`) ON (n.name)",
            "CREATE INDEX statement_predicate IF NOT EXISTS FOR (n:`Statement`) ON (n.predicate)",
            "CREATE INDEX evidence_id IF NOT EXISTS FOR ()-[r:`EVIDENCE`]-() ON (r.id)",
        ]
        return out
    out = [
        f"CREATE NODE TABLE IF NOT EXISTS {_name(label)}({_columns(props)}, PRIMARY KEY(id))"
        for label, props in NODE_TABLES.items()
    ]
    # columns added since a store was made (a table that exists keeps its old columns)
    out += [f"ALTER TABLE {_name(label)} ADD IF NOT EXISTS {_columns([p])}" for label, p in _ADDED_COLUMNS]
    for rel_type, table in REL_TABLES.items():
        out.append(_rel_table(rel_type, table.start, table.end, table.properties))
    out += [f"ALTER TABLE {_name(rel)} ADD IF NOT EXISTS {_columns([p])}" for rel, p in _ADDED_REL_COLUMNS]
    out += [_rel_table(t, "Entity", "Entity", FACT_PROPERTIES) for t in sorted(set(fact_types))]
    return out


def _columns(props: Sequence[Prop]) -> str:
    return ", ".join(f"`{name}` {kind}" for name, kind in props)


def _rel_table(rel_type: str, start: str, end: str, props: Sequence[Prop]) -> str:
    columns = f", {_columns(props)}" if props else ""
    return f"CREATE REL TABLE IF NOT EXISTS {_name(rel_type)}(FROM {_name(start)} TO {_name(end)}{columns})"


# --- write statements ---------------------------------------------------------------------

ROWS = "$rows"


def merge_nodes(label: str, dialect: Dialect, rows: str = ROWS, exact: bool = False) -> str:
    """MERGE one ``label`` node per row by ``id`` and set its other properties.

    By default a second load adds to what a node holds (aliases accumulate, an event type
    is kept when the row has none) and a Statement's evidence totals are left to
    :func:`aggregate_statements`; ``exact`` sets every property to the row's, totals too
    (rows of a build folder, which hold every evidence of their statements)."""
    sets = [
        f"{prop('n', name)} = row.{row_key(name)}" if exact else _set("n", name, label, dialect)
        for name, _ in NODE_TABLES[label]
        if name != "id" and (exact or name not in _AGGREGATED)
    ]
    text = f"UNWIND {rows} AS row\nMERGE (n:{_name(label)} {{id: row.id}})"
    return text + ("\nSET " + ", ".join(sets) if sets else "")


# Statement properties computed from all EVIDENCE in the store (see aggregate_statements).
_AGGREGATED = frozenset({"date", "confidence", "evidence_count", "first_seen", "last_seen"})


def _set(var: str, name: str, label: str, dialect: Dialect) -> str:
    target, value = prop(var, name), f"row.{row_key(name)}"
    if label == "Entity" and name == "aliases":
        return f"{target} = {alias_union(target, value, dialect)}"
    if label == "Statement" and name in ("event_type", "cameo_code"):
        return f"{target} = coalesce({value}, {target})"
    return f"{target} = {value}"


def alias_union(current: str, new: str, dialect: Dialect) -> str:
    """Aliases already stored plus new ones, each once (a second build only adds)."""
    if dialect is Dialect.NEO4J:
        return f"coalesce({current}, []) + [a IN {new} WHERE NOT a IN coalesce({current}, [])]"
    return f"list_sort(list_distinct(list_concat(coalesce({current}, []), {new})))"


def noisy_or(values: str, dialect: Dialect) -> str:
    """Confidence from independent evidence: 1 - prod(1 - c), rounded to 4 places."""
    if dialect is Dialect.NEO4J:
        return f"round(1.0 - reduce(miss = 1.0, c IN {values} | miss * (1.0 - c)), 4)"
    return f"round(1.0 - list_reduce(list_transform({values}, c -> 1.0 - c), (x, y) -> x * y), 4)"


def merge_relationships(rel_type: str, dialect: Dialect, rows: str = ROWS) -> str:
    """MERGE one structural relationship per row between nodes matched by id.

    Rows carry ``start_id``, ``end_id`` and the relationship's properties; the table's key
    properties take part in the MERGE pattern, so one pair can have several (MENTIONS).
    On LadybugDB the properties are set only on creation (``ON CREATE SET``): an existing
    relationship is never updated in place (see :func:`delete_changed_relationships`).
    """
    table = REL_TABLES[rel_type]
    key = ", ".join(f"`{k}`: row.{row_key(k)}" for k in table.key)
    pattern = f"[r:{_name(rel_type)}" + (f" {{{key}}}]" if key else "]")
    sets = [
        f"{prop('r', name)} = row.{row_key(name)}" for name, _ in table.properties if name not in table.key
    ]
    text = (
        f"UNWIND {rows} AS row\n"
        f"MATCH (a:{_name(table.start)} {{id: row.start_id}})\n"
        f"MATCH (b:{_name(table.end)} {{id: row.end_id}})\n"
        f"MERGE (a)-{pattern}->(b)"
    )
    return text + (f"\n{_set_clause(dialect)} " + ", ".join(sets) if sets else "")


def _set_clause(dialect: Dialect) -> str:
    return "SET" if dialect is Dialect.NEO4J else "ON CREATE SET"


def _differs(current: str, wanted: str) -> str:
    """Null-safe ``current <> wanted``: true when exactly one is null or both differ."""
    return f"({current} IS NULL) <> ({wanted} IS NULL) OR {current} <> {wanted}"


def delete_changed_relationships(rel_type: str, rows: str = ROWS) -> str | None:
    """LadybugDB: delete the batch's relationships whose properties differ from the rows'.

    LadybugDB 0.22 can corrupt a relationship table when a relationship's properties are
    updated in place (SET on an existing relationship; seen on sparse Entity-to-Entity
    tables after the checkpoint: properties and endpoints moved to other relationships).
    So a load never updates a relationship: one whose properties changed is deleted here
    and created again by the MERGE that follows, in the same transaction. None for a type
    without properties beyond its key (nothing can change).
    """
    table = REL_TABLES[rel_type]
    others = [name for name, _ in table.properties if name not in table.key]
    if not others:
        return None
    key = ", ".join(f"`{k}`: row.{row_key(k)}" for k in table.key)
    pattern = f"[r:{_name(rel_type)}" + (f" {{{key}}}]" if key else "]")
    changed = " OR ".join(_differs(prop("r", name), f"row.{row_key(name)}") for name in others)
    return (
        f"UNWIND {rows} AS row\n"
        f"MATCH (a:{_name(table.start)} {{id: row.start_id}})-{pattern}->"
        f"(b:{_name(table.end)} {{id: row.end_id}})\n"
        f"WHERE {changed}\n"
        "DELETE r"
    )


def aggregate_statements(dialect: Dialect, rows: str = ROWS) -> str:
    """Recompute each statement's evidence count, dates and confidence from the store.

    Computed from every EVIDENCE relationship present, so a second build's evidence
    accumulates and a repeated load changes nothing.
    """
    return (
        f"UNWIND {rows} AS row\n"
        "MATCH (s:`Statement` {id: row.id})-[e:`EVIDENCE`]->(:`Sentence`)\n"
        "WITH s, count(e) AS n, min(e.seen) AS first_seen, max(e.seen) AS last_seen, min(e.date) AS date, "
        "collect(e.confidence) AS confidences\n"
        "SET s.evidence_count = n, s.first_seen = first_seen, s.last_seen = last_seen, s.date = date, "
        f"s.confidence = {noisy_or('confidences', dialect)}"
    )


def _fact_copies(type_property: str | None) -> list[str]:
    """A fact's SET items: its type from the row (when the table holds several types), then
    every Statement property it copies."""
    typed = [f"r.{type_property} = row.{type_property}"] if type_property else []
    return typed + [f"r.{name} = s.{name}" for name, _ in FACT_PROPERTIES if name != "statement_id"]


def merge_facts(rel_type: str, dialect: Dialect, rows: str = ROWS, type_property: str | None = None) -> str:
    """MERGE the direct Entity-[:REL_TYPE {statement_id}]->Entity relationship per statement.

    Its counts and dates are copied from the Statement node, so run it after
    :func:`aggregate_statements` (on LadybugDB, after :func:`delete_changed_facts`).
    ``type_property``: a table holding facts of several types (LadybugDB's ``FACT``) also
    sets that property from the row.
    """
    copied = ", ".join(_fact_copies(type_property))
    return (
        f"UNWIND {rows} AS row\n"
        "MATCH (s:`Statement` {id: row.statement_id})\n"
        "MATCH (a:`Entity` {id: row.start_id})\n"
        "MATCH (b:`Entity` {id: row.end_id})\n"
        f"MERGE (a)-[r:{_name(rel_type)} {{statement_id: row.statement_id}}]->(b)\n"
        f"{_set_clause(dialect)} {copied}"
    )


def delete_changed_facts(rel_type: str, rows: str = ROWS, type_property: str | None = None) -> str:
    """LadybugDB: delete the batch's fact relationships whose copy of the Statement is stale
    (or, with ``type_property``, whose type differs from the row's).

    The MERGE of :func:`merge_facts` then creates them afresh (see
    :func:`delete_changed_relationships` for why nothing is updated in place).
    """
    pairs = [(f"r.{name}", f"s.{name}") for name, _ in FACT_PROPERTIES if name != "statement_id"]
    if type_property:
        pairs.append((f"r.{type_property}", f"row.{type_property}"))
    changed = " OR ".join(_differs(current, wanted) for current, wanted in pairs)
    return (
        f"UNWIND {rows} AS row\n"
        "MATCH (s:`Statement` {id: row.statement_id})\n"
        f"MATCH (a:`Entity` {{id: row.start_id}})-[r:{_name(rel_type)} {{statement_id: row.statement_id}}]->"
        "(b:`Entity` {id: row.end_id})\n"
        f"WHERE {changed}\n"
        "DELETE r"
    )


# --- increments of a build folder ------------------------------------------------------------

#: The node that says which build a store holds (one, ``{id: 'build'}``): the folder's
#: generation and history (``buildfolder.changelog``), so a later load merges only what changed.
MARK_LABEL = "LoadedBuild"
MARK_ID = "build"


def mark_schema() -> str:
    """LadybugDB: the table of the :data:`MARK_LABEL` node (Neo4j needs none)."""
    return (f"CREATE NODE TABLE IF NOT EXISTS `{MARK_LABEL}`"
            "(id STRING, generation INT64, history STRING, PRIMARY KEY(id))")


def read_mark() -> str:
    return (f"MATCH (m:`{MARK_LABEL}` {{id: $id}}) "
            "RETURN m.generation AS generation, m.history AS history")


def write_mark() -> str:
    return f"MERGE (m:`{MARK_LABEL}` {{id: $id}}) SET m.generation = $generation, m.history = $history"


def drop_mark() -> str:
    return f"MATCH (m:`{MARK_LABEL}`) DELETE m"


def delete_statement_facts(dialect: Dialect, rows: str = ROWS, fact_table: str | None = None) -> str:
    """Delete the direct fact relationship of each row's statement (``id``), found from its
    object (the store's OBJECT link: only a statement with an entity object has a fact, and
    an object has fewer facts than a subject to look through): on LadybugDB in
    ``fact_table``, on Neo4j whatever its type."""
    rel = f"r:{_name(fact_table or 'FACT')}" if dialect is Dialect.LADYBUG else "r"
    return (
        f"UNWIND {rows} AS row\n"
        f"MATCH (:`Statement` {{id: row.id}})-[:`OBJECT`]->(:`Entity`)<-[{rel}]-(:`Entity`)\n"
        "WHERE r.statement_id = row.id\n"
        "DELETE r"
    )


def delete_nodes(label: str, rows: str = ROWS) -> str:
    """Delete each row's ``label`` node (``id``) with every relationship it has."""
    return f"UNWIND {rows} AS row\nMATCH (n:{_name(check_label(label))} {{id: row.id}})\nDETACH DELETE n"


def delete_sentences(rows: str = ROWS) -> str:
    """Delete the sentences of each row's article (``id``) with their mentions and evidence."""
    return (f"UNWIND {rows} AS row\nMATCH (:`Article` {{id: row.id}})-[:`HAS_SENTENCE`]->(s:`Sentence`)\n"
            "DETACH DELETE s")


def delete_names_only_of(rows: str = ROWS) -> str:
    """Delete (with their links) the Name nodes linked to none but the batch's entities
    (``id``): run before :func:`delete_names_links` on the same batch, it removes the names
    that would be left unused, and a rerun finds the same ones (their links still exist)."""
    return (
        f"UNWIND {rows} AS row\n"
        "MATCH (n:`Name`)-[:`NAMES`]->(:`Entity` {id: row.id})\n"
        "WITH n, count(*) AS here\n"
        "MATCH (n)-[a:`NAMES`]->(:`Entity`)\n"
        "WITH n, here, count(a) AS links\n"
        "WHERE links = here\n"
        "DETACH DELETE n"
    )


def delete_names_links(rows: str = ROWS) -> str:
    """Delete the NAMES links of each row's entity (``id``); the MERGE of its current names follows."""
    return f"UNWIND {rows} AS row\nMATCH (:`Name`)-[r:`NAMES`]->(:`Entity` {{id: row.id}})\nDELETE r"


# --- reading back -------------------------------------------------------------------------


def count_nodes(label: str) -> str:
    return f"MATCH (n:{_name(label)}) RETURN count(n) AS n"


def count_relationships(rel_type: str) -> str:
    return f"MATCH ()-[r:{_name(rel_type)}]->() RETURN count(r) AS n"


def count_batch(label: str, rows: str = ROWS) -> str:
    """How many distinct ``label`` nodes the batch's rows (``id``) name already: primary-key
    look-ups, so counting costs the batch, not the table."""
    node = f"(n:{_name(check_label(label))} {{id: row.id}})"
    return f"UNWIND {rows} AS row\nMATCH {node}\nRETURN count(DISTINCT n) AS n"


# --- the query library on LadybugDB ---------------------------------------------------------

_SHORTEST = re.compile(
    r"shortestPath\(\s*(\([^()]*\))\s*(<?-)\[\s*(\w*)\s*(:[^\]*]*)?\*\s*(\d*)\s*\.\.\s*(\d+)\s*\](->?)\s*(\([^()]*\))\s*\)"
)
_NODES_PROJECTION = re.compile(r"\[\s*(\w+)\s+IN\s+(nodes|relationships|rels)\((\w+)\)\s*\|\s*\1\.(\w+)\s*\]")
_LABELLED_PROJECTION = re.compile(
    r"\[\s*(\w+)\s+IN\s+nodes\((\w+)\)\s+WHERE\s+\1\s*:\s*(\w+)\s*\|\s*\1\.(\w+)\s*\]"
)
_TYPE_FUNCTION = re.compile(r"\btype\(")


def to_ladybug(query: str) -> str:
    """A query written for Neo4j, in the LadybugDB dialect (see the module docstring)."""

    def shortest(m: re.Match[str]) -> str:
        start, left, var, types, low, high, right, end = m.groups()
        return f"{start}{left}[{var or ''}{types or ''}* SHORTEST {low or 1}..{high}]{right}{end}"

    def projection(m: re.Match[str]) -> str:
        _, kind, path, name = m.groups()
        return f"properties({'nodes' if kind == 'nodes' else 'rels'}({path}), '{name}')"

    def labelled(m: re.Match[str]) -> str:
        var, path, label, name = m.groups()
        return (
            f"list_transform(list_filter(nodes({path}), {var} -> label({var}) = '{check_label(label)}'), "
            f"{var} -> {var}.{name})"
        )

    query = _SHORTEST.sub(shortest, query)
    query = _LABELLED_PROJECTION.sub(labelled, query)
    query = _NODES_PROJECTION.sub(projection, query)
    return _TYPE_FUNCTION.sub("label(", query)


_KEY_LOOKUP = re.compile(r"\{\s*id\s*:\s*(?:toLower|lower)\(\s*\$([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*\}")
KEY_SUFFIX = "__key"


def bind_keys(query: str, params: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """``{id: toLower($p)}`` as ``{id: $p__key}`` with ``p__key`` the lower-cased value.

    LadybugDB plans a primary-key look-up only for a bare parameter; for an expression
    such as ``toLower($p)`` it scans the table. The library's name look-ups
    (``(:Name {id: toLower($actor)})``) stay index look-ups this way; Neo4j needs no help.
    """
    values = dict(params)

    def key(m: re.Match[str]) -> str:
        name = m.group(1)
        value = values.get(name)
        if not isinstance(value, str):
            return m.group(0)
        values[name + KEY_SUFFIX] = value.lower()
        return "{id: $" + name + KEY_SUFFIX + "}"

    return _KEY_LOOKUP.sub(key, query), values


# A parameter, or text where a ``$`` is no parameter: strings (with backslash escapes), quoted
# names and comments. Scanned left to right, so whichever starts first wins.
_TOKENS = re.compile(
    r"""\$(?:([A-Za-z_][A-Za-z0-9_]*)|`([^`]+)`)"""
    r"""|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|//[^\n]*|/\*.*?\*/""",
    re.S,
)


def parameter_names(query: str) -> set[str]:
    """The ``$parameters`` a query uses (outside strings, quoted names and comments)."""
    return {m.group(1) or m.group(2) for m in _TOKENS.finditer(query) if m.group(1) or m.group(2)}


# --- literals for parameter-free scripts ----------------------------------------------------

# Backslash escapes for quote and backslash: Neo4j's parser reads a \u0027 escape as the end
# of the string (its front end rejects 'it\u0027s'), so \u escapes are kept for characters
# that cannot end a literal: control characters and line separators.
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def literal(value: Any) -> str:
    """``value`` as a Cypher literal that reads back as exactly ``value``.

    Strings are single-quoted with backslash escapes (control characters as ``\\uXXXX``),
    so quotes, backticks, braces, ``//``, ``*/`` and text like ``\\u0027`` stay data.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise QueryError(f"cannot write {value!r} as a Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return "'" + "".join(_escape(ch) for ch in value) + "'"
    if isinstance(value, Mapping):
        items = []
        for key, item in value.items():
            if not isinstance(key, str) or not _IDENTIFIER.fullmatch(key):
                raise QueryError(f"cannot write map key {key!r} in a Cypher literal")
            items.append(f"{key}: {literal(item)}")
        return "{" + ", ".join(items) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    raise QueryError(f"cannot write a {type(value).__name__} as a Cypher literal")


def _escape(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp"):
        return f"\\u{ord(ch):04x}"
    return ch

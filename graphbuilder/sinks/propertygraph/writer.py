"""The write layer both property-graph targets share: the load plan and the batch loop.

A load is a fixed sequence of steps (nodes, then structural relationships, then the
statement aggregates, then the direct fact relationships); each step sends its rows in
batches, one transaction per batch, through a :class:`Target` (Neo4j or LadybugDB). A
failed batch stops the load with a StoreError naming it; batches already committed stay,
and rerunning the load completes it without duplicates because every write is a MERGE.
On LadybugDB no relationship is ever updated in place (its engine can corrupt a
relationship table that way): a step deletes the relationships whose properties changed and
the MERGE creates them again, both in the batch's transaction (:attr:`LoadStep.delete_changed`);
and the direct facts of every predicate go to its one ``FACT`` table (:mod:`ladybug_facts`).
An increment of a build folder (:mod:`increment`) runs :func:`removal_steps` first, then an
``exact`` plan.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol

from graphbuilder.errors import StoreError
from graphbuilder.sinks.propertygraph import cypher, ladybug_facts
from graphbuilder.sinks.propertygraph.cypher import Dialect
from graphbuilder.sinks.propertygraph.rows import GraphRows, Row, batches

if TYPE_CHECKING:
    from graphbuilder.buildfolder.changelog import Changes

StepKind = Literal["node", "relationship", "update", "delete"]  # update, delete: nothing counted


@dataclass(frozen=True)
class LoadStep:
    name: str
    kind: StepKind
    table: str  # the label or relationship type the step writes
    statement: str  # Cypher reading its batch from $rows
    rows: list[Row]
    # run on the batch just before ``statement``, on either store (LadybugDB in the batch's
    # transaction, Neo4j as a transaction of its own): a step with one ends the same when it
    # stops between the two and is run again (an increment's names, see removal_steps)
    before: str | None = None
    # LadybugDB only, in the batch's transaction before ``statement``: deletes the batch's
    # relationships whose properties differ from the rows', so the MERGE creates them again
    # instead of updating them in place (cypher.delete_changed_relationships); never on Neo4j
    delete_changed: str | None = None
    # False: every row is new (an increment deleted what it replaces), so the batch created
    # one node or relationship per row and nothing needs counting or replacing
    counted: bool = True


@dataclass(frozen=True)
class BatchCounts:
    created: int = 0  # nodes or relationships the batch created


@dataclass
class LoadSummary:
    nodes_created: int = 0
    nodes_matched: int = 0
    relationships_created: int = 0
    relationships_matched: int = 0
    batches: int = 0
    rows: int = 0

    def add(self, step: LoadStep, batch_rows: int, counts: BatchCounts) -> None:
        self.batches += 1
        self.rows += batch_rows
        if step.kind == "node":
            self.nodes_created += counts.created
            self.nodes_matched += batch_rows - counts.created
        elif step.kind == "relationship":
            self.relationships_created += counts.created
            self.relationships_matched += batch_rows - counts.created

    def as_dict(self) -> dict[str, Any]:
        return {
            "nodes_created": self.nodes_created,
            "nodes_matched": self.nodes_matched,
            "relationships_created": self.relationships_created,
            "relationships_matched": self.relationships_matched,
            "batches": self.batches,
            "rows": self.rows,
        }


class Target(Protocol):
    """Where a load goes: runs one batch as one transaction and says what it created."""

    name: str

    def run(self, step: LoadStep, batch: list[Row]) -> BatchCounts: ...


def load_plan(
    rows: GraphRows, dialect: Dialect, source: str = cypher.ROWS, exact: bool = False, new_links: bool = False
) -> list[LoadStep]:
    """The steps of a load, in dependency order (endpoints exist before relationships);
    ``exact``: nodes get the rows' properties, not a union with what they held, and
    Statement rows carry their evidence totals (:func:`rows.add_totals`), which the store
    then does not compute (:func:`cypher.merge_nodes`). ``new_links``: no relationship of the
    rows exists yet (an increment deleted them first), so their steps neither count nor
    replace (LadybugDB, where both look the rows' relationships up)."""
    ladybug = dialect is Dialect.LADYBUG
    steps = [
        LoadStep(
            f"{label} nodes", "node", label, cypher.merge_nodes(label, dialect, source, exact=exact),
            node_rows,
        )
        for label, node_rows in rows.nodes.items()
    ]
    steps += [
        LoadStep(
            f"{rel_type} relationships",
            "relationship",
            rel_type,
            cypher.merge_relationships(rel_type, dialect, source),
            rel_rows,
            delete_changed=(
                cypher.delete_changed_relationships(rel_type, source) if ladybug and not new_links else None
            ),
            counted=not new_links,
        )
        for rel_type, rel_rows in rows.relationships.items()
    ]
    if not exact:  # exact rows carry the totals (rows.add_totals)
        steps.append(
            LoadStep(
                "statement evidence totals",
                "update",
                "Statement",
                cypher.aggregate_statements(dialect, source),
                list(rows.statement_ids),
            )
        )
    if ladybug:  # one FACT table, typed by a property (see ladybug_facts)
        typed = [
            {**row, ladybug_facts.TYPE_PROPERTY: rel_type}
            for rel_type, fact_rows in rows.facts.items()
            for row in fact_rows
        ]
        if typed:
            steps.append(
                LoadStep(
                    "facts",
                    "relationship",
                    ladybug_facts.TABLE,
                    ladybug_facts.merge_facts(source),
                    typed,
                    delete_changed=None if new_links else ladybug_facts.delete_changed_facts(source),
                    counted=not new_links,
                )
            )
        return steps
    steps += [
        LoadStep(
            f"{rel_type} facts",
            "relationship",
            rel_type,
            cypher.merge_facts(rel_type, dialect, source),
            list(fact_rows),
        )
        for rel_type, fact_rows in rows.facts.items()
    ]
    return steps


def removal_steps(changed: Changes, gone: Changes, dialect: Dialect) -> list[LoadStep]:
    """What an increment deletes before it merges the changed keys' rows again: the facts
    and nodes of the changed statements, the sentences (with their mentions and evidence)
    and nodes of the changed articles, the name links of the changed entities (and the names
    no other entity has), and the entities the folder no longer holds. Statements and
    articles are made again whole by the plan that follows; an entity still held keeps its
    node (and the links of articles that did not change) and gets its properties set."""

    def ids(keys: set[str]) -> list[Row]:
        return [{"id": key} for key in sorted(keys)]

    statements, articles, entities = ids(changed.statements), ids(changed.articles), ids(changed.entities)
    return [
        LoadStep("facts of changed statements", "delete", ladybug_facts.TABLE,
                 cypher.delete_statement_facts(dialect, fact_table=ladybug_facts.TABLE), statements),
        LoadStep("changed statements", "delete", "Statement", cypher.delete_nodes("Statement"), statements),
        LoadStep("sentences of changed articles", "delete", "Sentence", cypher.delete_sentences(), articles),
        LoadStep("changed articles", "delete", "Article", cypher.delete_nodes("Article"), articles),
        # one batch's two statements in turn: a name only this batch's entities have goes with
        # their links (a rerun finds it again), then the batch's links go
        LoadStep("names of changed entities", "delete", "NAMES", cypher.delete_names_links(), entities,
                 before=cypher.delete_names_only_of()),
        LoadStep("removed entities", "delete", "Entity", cypher.delete_nodes("Entity"), ids(gone.entities)),
    ]


def plan_batches(plan: list[LoadStep], batch_size: int) -> Iterator[tuple[LoadStep, list[Row]]]:
    for step in plan:
        for batch in batches(step.rows, batch_size):
            yield step, batch


def write(plan: list[LoadStep], target: Target, batch_size: int = 500, progress: bool = False) -> LoadSummary:
    """Run every step's batches on ``target``; StoreError (naming the batch) when one fails."""
    from tqdm import tqdm

    if batch_size < 1:
        raise StoreError(f"batch size must be at least 1, not {batch_size}")
    total = sum(-(-len(step.rows) // batch_size) for step in plan)
    summary = LoadSummary()
    with tqdm(
        total=total, unit=" batches", desc=f"loading {target.name}", disable=not progress, file=sys.stderr
    ) as bar:
        for step, batch in plan_batches(plan, batch_size):
            try:
                counts = target.run(step, batch)
            except StoreError:
                raise
            except Exception as err:  # the driver's or the engine's own error types
                raise StoreError(
                    f"{target.name}: a batch of {step.name} failed after {summary.batches} committed batches "
                    f"({type(err).__name__}: {first_line(err)}); rerun the load to complete it "
                    "(it merges, so nothing is duplicated)"
                ) from err
            summary.add(step, len(batch), counts)
            bar.update(1)
    return summary


def first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else ""

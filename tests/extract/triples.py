"""(subject text, predicate, object text) of candidates: what the extraction tests compare."""

from __future__ import annotations

from graphbuilder.extract import Candidate


def triples_of(cands: list[Candidate]) -> set[tuple[str, str, str | None]]:
    return {(c.subject.text, c.predicate, c.object.text if c.object is not None else None) for c in cands}

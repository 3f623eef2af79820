"""Helpers for extraction tests: run the extractor over one text with the session model."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from graphbuilder.extract import Candidate, extract_candidates


@pytest.fixture(scope="session")
def candidates(nlp) -> Callable[..., list[Candidate]]:
    """``candidates(text, reference_date=None)`` -> every candidate the extractor yields."""

    def run(text: str, reference_date: str | None = None) -> list[Candidate]:
        return list(extract_candidates(nlp(text), reference_date))

    return run


_ANY = object()


def find_candidate(cands: list[Candidate], subject: str, predicate: str, obj: object = _ANY) -> Candidate:
    """The first candidate with this subject text, predicate (and object text, when given).

    Fails saying which candidates were found instead.
    """
    hits = [
        c
        for c in cands
        if c.subject.text == subject
        and c.predicate == predicate
        and (obj is _ANY or (c.object.text if c.object is not None else None) == obj)
    ]
    found = [(c.subject.text, c.predicate, c.object.text if c.object is not None else None) for c in cands]
    assert hits, f"no ({subject!r}, {predicate!r}, {obj!r}) among {found}"
    return hits[0]


@pytest.fixture(scope="session")
def find() -> Callable[..., Candidate]:
    """``find(cands, subject, predicate)``: see :func:`find_candidate`."""
    return find_candidate

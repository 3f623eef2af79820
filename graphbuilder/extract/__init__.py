"""Extraction: pure functions over a spaCy Doc yielding statement candidates (token spans).

``extract_candidates(doc, reference_date)`` is the one entry point the pipeline calls.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from graphbuilder.extract.candidate import Candidate

__all__ = ["Candidate", "extract_candidates"]


def extract_candidates(doc: Doc, reference_date: str | None = None) -> Iterator[Candidate]:
    """Every statement candidate in ``doc``; dates are resolved against ``reference_date``."""
    from graphbuilder.extract.frames import extract_frames

    yield from extract_frames(doc, reference_date)

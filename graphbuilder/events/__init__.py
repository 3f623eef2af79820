"""Event typing: predicate -> PLOVER event type (with CAMEO code where known).

Placeholder: returns no type until the derived verb table lands.
"""

from __future__ import annotations

from graphbuilder.extract.candidate import Candidate


def classify(candidate: Candidate) -> tuple[str | None, str | None]:
    """(PLOVER event type, CAMEO code) for a candidate, or (None, None)."""
    return None, None

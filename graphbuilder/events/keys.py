"""The kind of key an event code rests on, noted while a frame is typed.

A code rests on a *specific* key (a verb with its object noun or particle, "sign_agreement",
"call_for"; an event noun; a rule of construction) or on the *bare* verb ("rejected",
"pressed"). The rules note which (:func:`note`) while :func:`recording` collects the notes
for one frame; :mod:`graphbuilder.events.evidence` then judges a type that rests on bare
verbs only.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

#: Kinds of key a rule notes: a specific key or pattern, or the verb alone.
SPECIFIC, BARE = "specific", "bare"

_NOTES: ContextVar[list[str] | None] = ContextVar("event_keys", default=None)


def note(kind: str) -> None:
    """Record the kind of key a rule matched (a no-op outside :func:`recording`)."""
    notes = _NOTES.get()
    if notes is not None:
        notes.append(kind)


@contextmanager
def recording() -> Iterator[list[str]]:
    """The kinds of key noted while the block types one frame."""
    notes: list[str] = []
    token = _NOTES.set(notes)
    try:
        yield notes
    finally:
        _NOTES.reset(token)

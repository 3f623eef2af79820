"""The garbage collector while a build runs: what lives long set aside, outputs included.

A build allocates millions of short-lived objects, nearly all freed by reference counting
(an article's rows, terms, tuples), beside a few million that live as long as the process
(the spaCy model, the dictionaries the stages load). The collector's full passes only find
cyclic garbage, and walked the long-lived objects again and again.
:func:`long_lived_set_aside` freezes what lives long for the length of a build, its
outputs included (a full pass while the outputs were written, after the model was handed
back, cost 0.11-0.15 s of CPU on 300 articles).

Raising the collector's thresholds as well (10,000/20/10 instead of 700/10/10) cut the time
the collector itself took from 0.77 to 0.38 s on 300 articles, yet the whole build took
0.5-1.3 s more CPU in paired runs (probably: garbage freed later is memory not reused
while it is warm). The thresholds are left as they are.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_set_aside = False  # whether a block froze what lives long and will hand it back


def is_set_aside() -> bool:
    """Whether a :func:`long_lived_set_aside` block is in charge of the collector now (what
    the first batch loads for good may then be frozen too: it is handed back with the rest)."""
    return _set_aside


@contextmanager
def long_lived_set_aside() -> Iterator[None]:
    """While articles are processed, what lives long (the model; the dictionaries and tables
    the stages load with the first batch, frozen after it, see :func:`is_set_aside`) is set
    aside from the collector (``gc.freeze``), so that its full passes, which otherwise walk
    all of it again and again, see only the articles' objects: about 1 % of a build's CPU.
    Frozen once, after a full collection, not after every batch: what is frozen stays until
    the block ends, and is then handed back to the collector.

    A block entered while something is frozen already (the calling program froze objects of
    its own, or another block is in charge) leaves the collector alone: unfreezing would hand
    back what it did not freeze. Only a plain function's ``with`` should enter the block (a
    generator left paused inside it would keep the collector's state until it is closed)."""
    global _set_aside
    if _set_aside or gc.get_freeze_count() > 0:
        yield
        return
    _set_aside = True
    gc.freeze()
    try:
        yield
    finally:
        _set_aside = False
        gc.unfreeze()

"""The garbage collector while a build runs: what lives long set aside, and fewer passes.

A build allocates millions of short-lived objects, nearly all freed by reference counting
(an article's rows, terms, tuples), beside a few million that live as long as the process
(the spaCy model, the dictionaries the stages load). The collector's passes only find
cyclic garbage, and with Python's defaults they ran often and walked the long-lived
objects again and again. :func:`long_lived_set_aside` freezes what lives long and runs the
collector less often for the length of a build.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: The collector's thresholds while a build runs (Python's defaults: 700, 10, 10). A build
#: allocates millions of short-lived objects, nearly all freed by reference counting; with
#: the defaults the collector still ran a young pass every 700 of them, and a full pass
#: whenever enough had survived two, walking everything a batch holds (about 0.8 s of CPU
#: per 300 articles, 0.3 s with these). Cyclic garbage waits at most 10,000 allocations.
BUILD_THRESHOLDS = (10_000, 20, 10)
_set_aside = 0  # depth of long_lived_set_aside blocks: only the outermost acts


@contextmanager
def long_lived_set_aside() -> Iterator[None]:
    """While articles are processed, what lives long (the model; the dictionaries and tables
    the stages load with the first batch, frozen after it) is set aside from the collector
    (``gc.freeze``), so that its full passes, which otherwise walk all of it again and
    again, see only the articles' objects: about 1 % of a build's CPU. Frozen once, after
    a full collection, not after every batch: what is frozen stays until the block ends.
    The collector runs less often meanwhile (:data:`BUILD_THRESHOLDS`). Everything is
    handed back to the collector, and its thresholds restored, when the outermost block
    ends (a block inside another freezes what lives now, and leaves the rest to it)."""
    global _set_aside
    if _set_aside:
        _set_aside += 1
        gc.freeze()
        try:
            yield
        finally:
            _set_aside = max(0, _set_aside - 1)
        return
    thresholds = gc.get_threshold()
    _set_aside = 1
    gc.freeze()
    gc.set_threshold(*BUILD_THRESHOLDS)
    try:
        yield
    finally:
        _set_aside = 0
        gc.set_threshold(*thresholds)
        gc.unfreeze()

"""Where the per-article work runs: this machine's cores, or a Dask cluster.

Both engines give the build folder the same thing, database rows of built articles
(:class:`graphbuilder.buildfolder.rows.ArticleRows`) in input order, and take the same
:class:`graphbuilder.pipeline.Pipeline`:

* ``local`` (:mod:`graphbuilder.engine.local`): worker processes on this machine,
  ``--processes N`` (default: the cores available);
* ``dask`` (:mod:`graphbuilder.engine.dask`): partitions of the inputs mapped to the
  workers of a Dask cluster (``--scheduler tcp://host:8786``, or a local cluster).

The reduce step (merge by key, write the outputs) is the build folder's
(:mod:`graphbuilder.buildfolder`).
"""

from __future__ import annotations

import os

ENGINES = ("local", "dask")


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity, else the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


__all__ = ["ENGINES", "available_cores"]

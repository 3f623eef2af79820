"""Seeing a graph: the actor network page, timelines, dyads and DataFrames.

Everything here needs the ``notebooks`` extra (pandas, matplotlib, ipysigma):
``pip install 'graphbuilder[notebooks]'``. The same four filters (actor, event type,
since, minimum evidence; see :mod:`graphbuilder.view.select`) apply to every view.

    >>> from graphbuilder.view import write_views
    >>> write_views("build/example", "build/example")   # graph.html and timeline.png
"""

from __future__ import annotations

from graphbuilder.view.outputs import load_graph, write_views
from graphbuilder.view.select import Selection, ViewError, selection

__all__ = ["Selection", "ViewError", "load_graph", "selection", "write_views"]
# the modules KnowledgeGraph's view methods call: dyads, frames, notebook, page, timeline

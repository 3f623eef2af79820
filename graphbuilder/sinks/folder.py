"""A build folder from an in-memory KnowledgeGraph, and back (small graphs: tests, notebooks).

The folder's layout and the streaming build are ``graphbuilder.buildfolder``'s; this sink
writes a whole KnowledgeGraph into a folder (replacing the graph there) and reads one back.
"""

from __future__ import annotations

from pathlib import Path

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.sinks.snapshot import read_graph, snapshot_path


def read_folder(folder: str | Path) -> KnowledgeGraph:
    """The graph a previous build left in ``folder``, or an empty one for a new folder."""
    return read_graph(folder) if snapshot_path(folder).exists() else KnowledgeGraph()


def write_folder(kg: KnowledgeGraph, folder: str | Path, *, rdf: bool = True) -> dict[str, Path]:
    """Make ``folder`` hold exactly ``kg`` (graph.db, statements.jsonl, and with ``rdf`` graph.trig
    and the store); returns the paths written. A bad $GRAPHBUILDER_KEEP_CHANGES stops it
    (StoreError) before the folder is touched."""
    from graphbuilder.buildfolder import changelog, open_database, write_outputs
    from graphbuilder.buildfolder.database import database_path
    from graphbuilder.buildfolder.lock import folder_lock
    from graphbuilder.buildfolder.outputs import STATEMENTS_NAME, STORE_NAME, TRIG_NAME
    from graphbuilder.buildfolder.rows import article_rows
    from graphbuilder.buildfolder.split import article_graphs

    keep = changelog.keep_generations()
    folder = Path(folder)
    with folder_lock(folder):
        db = open_database(folder)
        try:
            db.begin()
            for article_id in set(db.article_ids()) - set(kg.articles):
                db.remove(article_id)
            for ag in article_graphs(kg):
                db.add(article_rows(ag))
            db.commit()
            write_outputs(db, folder, store=rdf, keep_changes=keep)
        finally:
            db.close()
    paths = {"graph": database_path(folder), "statements": folder / STATEMENTS_NAME}
    if rdf:
        paths["trig"], paths["store"] = folder / TRIG_NAME, folder / STORE_NAME
    return paths

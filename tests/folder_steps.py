"""Build folders made step by step in tests: article graphs merged into graph.db, outputs after each step."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import graphbuilder as gb
from graphbuilder.buildfolder import open_database, write_outputs
from graphbuilder.buildfolder.rows import article_rows
from graphbuilder.resolve import ArticleGraph


def build_in_steps(folder: Path, steps: list[list[ArticleGraph]], removed: Iterable[str] = ()) -> None:
    """A new build folder at ``folder``: each step's article graphs merged and the outputs
    written, then the ``removed`` articles taken out and the outputs written again."""
    folder.mkdir()
    db = open_database(folder)
    try:
        for step in steps:
            db.begin()
            for ag in step:
                db.add(article_rows(ag))
            db.commit()
            write_outputs(db, folder)
        removed = list(removed)
        if removed:
            db.begin()
            for article_id in removed:
                db.remove(article_id)
            db.commit()
            write_outputs(db, folder)
    finally:
        db.close()


def examples_database(out: Path, examples: Path) -> Path:
    """graph.db at ``out`` holding the article graphs of ``examples``, no outputs written."""
    db = open_database(out)
    try:
        db.begin()
        for ag in gb.iter_article_graphs([examples]):
            db.add(article_rows(ag))
        db.commit()
    finally:
        db.close()
    return out

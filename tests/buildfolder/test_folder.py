"""graph.db and the outputs written from it: the same files and store whether articles arrive
one build at a time, all at once, or through a rebuild; a build folder of an older version
is imported; loads and exports still read a folder as a KnowledgeGraph."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from folder_steps import build_in_steps

import graphbuilder as gb
from graphbuilder.buildfolder import open_database, write_outputs
from graphbuilder.buildfolder.database import database_path
from graphbuilder.buildfolder.outputs import check_store
from graphbuilder.buildfolder.rows import article_rows
from graphbuilder.errors import StoreError
from graphbuilder.sinks import oxigraph_store
from graphbuilder.sinks.folder import read_folder
from graphbuilder.sinks.jsonl import write_statements
from graphbuilder.sinks.snapshot import write_graph

OUTPUTS = ("statements.jsonl", "graph.trig")


def store_quads(folder: Path) -> set[ox.Quad]:
    store = ox.Store.read_only(str(folder / "store"))
    return set(store.quads_for_pattern(None, None, None, None))


def assert_same_build(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert store_quads(a) == store_quads(b)


@pytest.fixture(scope="module")
def graphs(nlp, examples_path: Path) -> list:
    return list(gb.iter_article_graphs([examples_path]))


@pytest.fixture(scope="module")
def edited(nlp, graphs: list) -> object:
    """The first example article rebuilt from a shorter text (its last paragraph dropped)."""
    article = graphs[0].article
    text = article.text.rsplit("\n\n", 1)[0]
    (ag,) = gb.iter_article_graphs([replace(article, text=text)])
    return ag


def test_outputs_equal_the_in_memory_graph(tmp_path: Path, graphs: list) -> None:
    kg = gb.KnowledgeGraph()
    for ag in graphs:
        kg.add(ag)
    build_in_steps(tmp_path / "folder", [graphs])
    ref = tmp_path / "ref"
    oxigraph_store.write_trig(kg, ref / "graph.trig")
    write_statements(kg, ref / "statements.jsonl")
    for name in OUTPUTS:
        assert (tmp_path / "folder" / name).read_bytes() == (ref / name).read_bytes(), name
    assert store_quads(tmp_path / "folder") == set(oxigraph_store.memory_store(kg))


def test_one_article_per_build_equals_one_build(tmp_path: Path, graphs: list) -> None:
    build_in_steps(tmp_path / "incremental", [[ag] for ag in reversed(graphs)])
    build_in_steps(tmp_path / "clean", [graphs])
    assert_same_build(tmp_path / "incremental", tmp_path / "clean")


def test_a_rebuilt_article_leaves_the_folder_a_clean_build_would(tmp_path: Path, graphs: list,
                                                                 edited: object) -> None:
    build_in_steps(tmp_path / "rebuilt", [graphs, [edited]])
    build_in_steps(tmp_path / "clean", [[edited, *graphs[1:]]])
    assert_same_build(tmp_path / "rebuilt", tmp_path / "clean")


def test_nothing_changed_rewrites_nothing(tmp_path: Path, graphs: list) -> None:
    folder = tmp_path / "f"
    build_in_steps(folder, [graphs])
    db = open_database(folder)
    assert write_outputs(db, folder) == []
    db.close()


def test_a_stale_store_is_refused_with_one_line_and_repaired_by_a_build(tmp_path: Path, graphs: list,
                                                                        edited: object) -> None:
    folder = tmp_path / "f"
    build_in_steps(folder, [graphs])
    db = open_database(folder)
    db.begin()
    db.add(article_rows(edited))
    db.commit()
    write_outputs(db, folder, store=False)  # as `build --no-store` leaves it: the store is behind
    with pytest.raises(StoreError, match=r"generation .*run `graphbuilder build --out") as err:
        check_store(folder)
    assert "\n" not in str(err.value)
    with pytest.raises(StoreError):
        oxigraph_store.open_store(folder)
    write_outputs(db, folder)
    db.close()
    check_store(folder)
    build_in_steps(tmp_path / "clean", [[edited, *graphs[1:]]])
    assert_same_build(folder, tmp_path / "clean")


def test_read_folder_gives_the_graph_back(tmp_path: Path, graphs: list) -> None:
    folder = tmp_path / "f"
    build_in_steps(folder, [graphs])
    kg = read_folder(folder)
    clean = gb.KnowledgeGraph()
    for ag in graphs:
        clean.add(ag)
    assert list(kg.records()) == list(clean.records())
    assert kg.entities == clean.entities and kg.summary() == clean.summary()


def test_a_folder_of_an_older_version_is_imported(tmp_path: Path, graphs: list) -> None:
    kg = gb.KnowledgeGraph()
    for ag in graphs:
        kg.add(ag)
    old = tmp_path / "old"
    write_graph(kg, old)  # graph.jsonl, as builds wrote it before graph.db
    db = open_database(old)
    write_outputs(db, old)
    db.close()
    assert database_path(old).exists() and not (old / "graph.jsonl").exists()
    build_in_steps(tmp_path / "clean", [graphs])
    assert_same_build(old, tmp_path / "clean")
    lines = (old / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == kg.summary()["evidence"] and all(json.loads(line) for line in lines)


def test_without_exports_the_stale_files_go_and_come_back_with_the_next_build(
    tmp_path: Path, graphs: list, edited: object
) -> None:
    folder = tmp_path / "f"
    build_in_steps(folder, [graphs[1:]])
    db = open_database(folder)
    db.begin()
    db.add(article_rows(graphs[0]))
    db.commit()
    assert write_outputs(db, folder, exports=False) == ["store"]
    assert not (folder / "statements.jsonl").exists() and not (folder / "graph.trig").exists()
    check_store(folder)  # the store is current
    assert write_outputs(db, folder) == ["trig", "statements"]
    db.close()
    build_in_steps(tmp_path / "clean", [graphs])
    assert_same_build(folder, tmp_path / "clean")

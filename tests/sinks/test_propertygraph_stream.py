"""`export neo4j-csv` and `export cypher` of a build folder, streamed from its graph.db.

The streamed files are those of the folder's graph in memory, byte for byte, whatever the
chunk of keys read at a time (but for ``local_to`` of an article-local entity seen only as
attribution target, which the stream gives as a load does); and what an export holds at
once does not grow with the folder: the same biggest article alone and among many more
gives the same most rows held (the export's own count) and about the same Python memory
peak (tracemalloc), where the export of the graph in memory grows with the folder.
"""

from __future__ import annotations

import sqlite3
import tempfile
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import graphbuilder as gb
from graphbuilder.buildfolder import open_database, write_outputs
from graphbuilder.buildfolder.rows import article_rows
from graphbuilder.cli import main
from graphbuilder.model import Article
from graphbuilder.sinks.propertygraph import folder_stream
from graphbuilder.sinks.propertygraph.csv_export import export_csv, export_folder_csv
from graphbuilder.sinks.propertygraph.folder_rows import folder_snapshot
from graphbuilder.sinks.propertygraph.script_export import write_folder_script, write_script
from graphbuilder.sinks.snapshot import read_graph

#: twelve more articles, each with people and bodies of its own (no statement that every
#: article supports, whose evidence would grow with the folder: a statement is read whole)
PEOPLE = ["Ada Quorn", "Bel Varda", "Cal Mellis", "Dora Tarrow", "Eli Ostin", "Fay Pellam", "Gus Brandt",
          "Hal Corvin", "Ida Dunmore", "Jon Elwyn", "Kit Farrel", "Lou Gorse"]
PLACES = ["Vellmark", "Ostria", "Pellow", "Quarn", "Rhenn", "Sollis", "Tavern", "Umbra", "Varne", "Wexley",
          "Yarrow", "Zell"]
EXTRA = [
    Article(
        f"extra-{i}",
        f"Governor {person} of {place} met the {place} Council on Monday. {person.split()[1]} accused the "
        f"council of interference, and the {place} Council rejected the criticism.",
        title=f"{place} row",
        published=f"2025-03-{i + 1:02d}",
    )
    for i, (person, place) in enumerate(zip(PEOPLE, PLACES, strict=True))
]


@pytest.fixture(scope="module")
def folders(nlp: Any, examples_path: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``small``: the biggest example article and two more; ``big``: every example and
    twelve more (over three times the rows; the biggest article the same)."""
    graphs = list(gb.iter_article_graphs([examples_path])) + list(gb.iter_article_graphs(EXTRA))
    biggest = max(graphs, key=lambda ag: len(ag.article.text))
    small = [biggest, *[ag for ag in graphs if ag is not biggest][-2:]]
    out = {}
    for name, articles in (("small", small), ("big", graphs)):
        folder = tmp_path_factory.mktemp(name) / "build"
        folder.mkdir()
        db = open_database(folder)
        try:
            db.begin()
            for ag in articles:
                db.add(article_rows(ag))
            db.commit()
            write_outputs(db, folder, store=False, exports=False)
        finally:
            db.close()
        out[name] = folder
    return out


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("chunk", [1, 3, folder_stream.CHUNK])
def test_the_streamed_exports_are_those_of_the_graph_in_memory(
    folders: dict[str, Path], tmp_path: Path, chunk: int
) -> None:
    folder = folders["big"]
    kg = read_graph(folder)
    export_csv(kg, tmp_path / "memory")
    export_folder_csv(folder, tmp_path / "streamed", chunk=chunk)
    assert files(tmp_path / "streamed") == files(tmp_path / "memory")
    facts = files(tmp_path / "memory")["rels_facts.csv"].decode().splitlines()[1:]
    assert len({line.split(",")[2] for line in facts}) >= 3  # facts of several types, grouped
    count = write_script(kg, tmp_path / "memory.cypher", batch_size=7)
    assert write_folder_script(folder, tmp_path / "streamed.cypher", batch_size=7, chunk=chunk) == count
    assert (tmp_path / "streamed.cypher").read_bytes() == (tmp_path / "memory.cypher").read_bytes()


def _peak(work: Callable[[], Any]) -> int:
    """The Python heap's peak (bytes) while ``work`` runs."""
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_what_an_export_holds_does_not_grow_with_the_folder(folders: dict[str, Path], tmp_path: Path) -> None:
    small, big = folders["small"], folders["big"]
    held, total = {}, {}
    for name, folder in folders.items():
        with folder_snapshot(folder) as (db, _):
            (tmp_path / name).mkdir()
            spill = folder_stream.spill_rows(db, tmp_path / name, chunk=1)
            held[name] = spill.peak_rows
            total[name] = sum(1 for path in (tmp_path / name).glob("*.jsonl") for _ in path.open())
    assert total["big"] > 3 * total["small"]  # the big folder holds many more rows
    assert held["big"] == held["small"], held  # the most held at once: one chunk, the biggest article's

    def streamed(folder: Path, out: Path) -> Callable[[], Any]:
        return lambda: (export_folder_csv(folder, out / "csv", chunk=1),
                        write_folder_script(folder, out / "script.cypher", batch_size=7, chunk=1))

    def in_memory(folder: Path, out: Path) -> Callable[[], Any]:
        def work() -> None:
            kg = read_graph(folder)
            export_csv(kg, out / "csv")
            write_script(kg, out / "script.cypher", batch_size=7)
        return work

    peaks = {
        (way.__name__, name): _peak(way(folder, tmp_path / f"{way.__name__}-{name}"))
        for way in (streamed, in_memory)
        for name, folder in (("small", small), ("big", big))
    }
    # the graph in memory grows with the folder (so this measure can tell); the stream does not
    # (it holds a chunk of keys' rows, a batch of the script and its files' write buffers)
    assert peaks["in_memory", "big"] > 2 * peaks["in_memory", "small"], peaks
    assert peaks["streamed", "big"] < 1.35 * peaks["streamed", "small"], peaks



def _no_room(folder: Path, out: Path) -> None:
    """What a spill that cannot be written ends with: the sort table's SQLite error (a full
    $TMPDIR)."""
    raise sqlite3.OperationalError("database or disk is full")


@pytest.mark.parametrize("export", ["neo4j-csv", "cypher"])
@pytest.mark.parametrize("failure", ["tmpdir-not-a-folder", "tmpdir-full"])
def test_a_spill_that_cannot_be_written_is_one_line(
    folders: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, export: str, failure: str
) -> None:
    """$TMPDIR a file (a real failure), or the sort table's SQLite error a full $TMPDIR gives:
    one line naming the build folder and $TMPDIR, no traceback, no temporary folder left."""
    folder = folders["small"]
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    if failure == "tmpdir-not-a-folder":
        tmpdir = tmp_path / "a-file"
        tmpdir.write_text("", encoding="utf-8")
        reason = "Not a directory"
    else:
        tmpdir = scratch
        reason = "database or disk is full"
        monkeypatch.setattr(folder_stream, "_sort_facts", _no_room)
    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))
    out = tmp_path / ("csv" if export == "neo4j-csv" else "script.cypher")
    result = CliRunner().invoke(main, ["export", export, str(folder), str(out)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert result.stderr.strip().splitlines() == [
        f"error: {folder}: cannot write the export's temporary files in {tmpdir} ({reason}); "
        "set TMPDIR to a folder with room"
    ]
    assert "Traceback" not in result.output
    assert list(scratch.iterdir()) == []


def test_an_attribution_only_local_entity_gets_local_to_in_the_streamed_export(tmp_path: Path) -> None:
    """The one difference from the export of the graph in memory: an entity local to its
    article (its id made from the article's) that appears only as whom a statement is
    attributed to gets ``local_to`` in the streamed files, as a load of the folder writes it;
    every other file is the same."""
    from graphbuilder.graph import KnowledgeGraph
    from graphbuilder.model import (
        Argument,
        Entity,
        EntityRef,
        Evidence,
        Mention,
        Sentence,
        Statement,
        slugify,
    )
    from graphbuilder.sinks.folder import write_folder

    text = "Ada Quorn accused Bel Varda, the spokesman said."
    article = Article("row-1", text, title="Row", published="2025-01-02")
    sentence = Sentence("row-1", 0, 0, len(text), text)
    ada, bel = Entity("ada-quorn", "Ada Quorn", "Person"), Entity("bel-varda", "Bel Varda", "Person")
    spokesman = EntityRef(f"{slugify('row-1')}-the-spokesman", "the spokesman")
    subject = Argument("Ada Quorn", 0, 9, ada.id, ada.name, ada.type)
    target = Argument("Bel Varda", 18, 27, bel.id, bel.name, bel.type)
    evidence = Evidence("row-1", sentence, subject, "accused", 10, 17, target, attributed_to=spokesman)
    mentions = [Mention("row-1", 0, 0, 9, "Ada Quorn", ada.id),
                Mention("row-1", 0, 18, 27, "Bel Varda", bel.id)]
    kg = KnowledgeGraph()
    kg.add_article(article, [sentence], [ada, bel], mentions,
                   [Statement(ada.id, "accused", bel.id, event_type="DISAPPROVE", evidence=(evidence,))])
    folder = tmp_path / "build"
    write_folder(kg, folder, rdf=False)
    export_csv(kg, tmp_path / "memory")
    export_folder_csv(folder, tmp_path / "streamed")
    memory, streamed = files(tmp_path / "memory"), files(tmp_path / "streamed")
    assert {name for name in memory if memory[name] != streamed[name]} == {"nodes_Entity.csv"}
    changed = set(streamed["nodes_Entity.csv"].decode().splitlines()) - set(
        memory["nodes_Entity.csv"].decode().splitlines())
    assert len(changed) == 1
    (line,) = changed
    assert line.startswith(f'"{spokesman.entity_id}",') and '"row-1"' in line

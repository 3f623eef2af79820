"""`graphbuilder build --keep-changes N`: the builds whose changes graph.db's change log keeps.

Real builds through the command line (in this process, the spaCy model loaded once) and
real LadybugDB loads: a store loaded more than N builds ago gets a whole load, one loaded
within N builds only the change; a bad value stops the build before it reads an article or
writes anything.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from graphbuilder.buildfolder import changelog
from graphbuilder.buildfolder.database import GraphDatabase, database_path
from graphbuilder.cli import main
from graphbuilder.errors import StoreError
from graphbuilder.sinks.propertygraph import ladybug_store

TEXTS = {
    "a.txt": "Vladimir Putin met Viktor Orban in Budapest on Monday.",
    "b.txt": "The Zembla Council criticised Governor Ada Quorn of Vellmark on Tuesday.",
    "c.txt": "Ada Quorn rejected the criticism and accused the Zembla Council of interference.",
}


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [folder / name for name in TEXTS]


def build(out: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(
        main,
        ["build", *args, "--out", str(out), "-q", "--processes", "1", "--no-store", "--no-exports"],
        env={changelog.KEEP_ENV: None, **(env or {})},  # None: not set
    )


def logged(folder: Path) -> tuple[list[int], list[int]]:
    """The generations whose history the log holds, and those whose keys it holds."""
    db = GraphDatabase(database_path(folder), readonly=True)
    try:
        histories = db.db.execute("SELECT generation FROM change_generations ORDER BY 1").fetchall()
        keys = db.db.execute("SELECT DISTINCT generation FROM changes ORDER BY 1").fetchall()
    finally:
        db.close()
    return [g for (g,) in histories], [g for (g,) in keys]


def three_builds(out: Path, articles: list[Path], *options: str, env: dict[str, str] | None = None,
                 stores: tuple[Path, Path] | None = None) -> None:
    """One article per build; ``stores`` (older, recent) are loaded after the first and second."""
    for step, article in enumerate(articles):
        result = build(out, str(article), *options, env=env)
        assert result.exit_code == 0, result.output
        if stores is not None and step < 2:
            ladybug_store.load_folder(out, stores[step])


def test_keep_changes_reaches_the_change_log(tmp_path: Path, articles: list[Path], nlp: Any) -> None:
    """--keep-changes 1: a store two builds behind gets a whole load, one build behind the
    change; by default (100) both get the change."""
    pruned, kept = tmp_path / "pruned", tmp_path / "kept"
    pruned_stores = (tmp_path / "pruned-old.lbug", tmp_path / "pruned-recent.lbug")
    kept_stores = (tmp_path / "kept-old.lbug", tmp_path / "kept-recent.lbug")
    three_builds(pruned, articles, "--keep-changes", "1", stores=pruned_stores)
    three_builds(kept, articles, stores=kept_stores)
    assert logged(pruned) == ([2, 3], [3])
    assert logged(kept) == ([1, 2, 3], [2, 3])
    behind = ladybug_store.load_folder(pruned, pruned_stores[0])
    assert not behind["increment"] and not behind["bulk"]  # a whole load, merged into the store
    assert ladybug_store.load_folder(pruned, pruned_stores[1])["increment"]
    assert ladybug_store.load_folder(kept, kept_stores[0])["increment"]
    assert ladybug_store.load_folder(kept, kept_stores[1])["increment"]


def test_the_variable_is_the_fallback_and_the_option_wins(
    tmp_path: Path, articles: list[Path], nlp: Any
) -> None:
    env = {changelog.KEEP_ENV: "1"}
    three_builds(tmp_path / "variable", articles, env=env)
    three_builds(tmp_path / "option", articles, "--keep-changes", "2", env=env)
    assert logged(tmp_path / "variable") == ([2, 3], [3])
    assert logged(tmp_path / "option") == ([1, 2, 3], [2, 3])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, articles: list[Path], nlp: Any) -> Path:
    out = tmp_path_factory.mktemp("built") / "out"
    assert build(out, str(articles[0])).exit_code == 0
    return out


def files(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        str(path.relative_to(folder)): (hashlib.sha1(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


INVALID = "Error: Invalid value for '--keep-changes':"  # click's own message


@pytest.mark.parametrize(
    "options,env,message",
    [
        (("--keep-changes", "0"), {}, f"{INVALID} 0 is not in the range x>=1."),
        (("--keep-changes", "many"), {}, f"{INVALID} 'many' is not a valid integer range."),
        ((), {changelog.KEEP_ENV: "none"},
         "error: GRAPHBUILDER_KEEP_CHANGES='none': give a whole number of generations, at least 1"),
    ],
    ids=["zero", "not-a-number", "bad-variable"],
)
def test_a_bad_value_stops_the_build_before_it_reads_or_writes(
    tmp_path: Path, articles: list[Path], built: Path, options: tuple[str, ...], env: dict[str, str],
    message: str,
) -> None:
    """The message is the last line of standard error (click's usage text may come before);
    no article is read (a missing input would be reported), no folder made, none changed."""
    missing = tmp_path / "nope.txt"
    before = files(built)
    for out in (tmp_path / "fresh", built):
        result = build(out, str(articles[1]), str(missing), *options, env=env)
        assert result.exit_code in (1, 2) and isinstance(result.exception, SystemExit)
        assert result.stderr.strip().splitlines()[-1] == message
        assert "Traceback" not in result.output and str(missing) not in result.output
    assert not (tmp_path / "fresh").exists()
    assert files(built) == before


def test_help_explains_the_option() -> None:
    result = CliRunner().invoke(main, ["build", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "--keep-changes N Builds whose changes graph.db logs for `graphbuilder load`" in text
    assert "an older one a whole load (default: $GRAPHBUILDER_KEEP_CHANGES, else 100)" in text


@pytest.mark.parametrize("value", ["²", "0", "-1", "1.5", "١٢"])
def test_the_variable_takes_ascii_digits_only(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(changelog.KEEP_ENV, value)
    with pytest.raises(StoreError, match="give a whole number of generations, at least 1"):
        changelog.keep_generations()


def test_a_keep_below_one_is_the_projects_error() -> None:
    with pytest.raises(StoreError, match="keep at least one generation's changes, not 0"):
        changelog.keep_generations(0)


def test_a_bad_variable_stops_write_folder_before_graph_db_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """sinks.folder.write_folder reads the variable before it takes the folder: graph.db and
    the outputs stay as the previous write left them."""
    from sample_graph import sample_graph

    from graphbuilder.graph import KnowledgeGraph
    from graphbuilder.sinks.folder import write_folder

    folder = tmp_path / "out"
    monkeypatch.delenv(changelog.KEEP_ENV, raising=False)
    write_folder(sample_graph(), folder, rdf=False)
    before = files(folder)
    monkeypatch.setenv(changelog.KEEP_ENV, "none")
    with pytest.raises(StoreError, match="GRAPHBUILDER_KEEP_CHANGES='none'"):
        write_folder(KnowledgeGraph(), folder, rdf=False)
    assert files(folder) == before

"""`graphbuilder view`, `plot timeline|dyads`, `export graphml|gexf` on a build folder."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from click.testing import CliRunner

from graphbuilder.cli import main


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_view_writes_the_page(example_build: Path, tmp_path: Path) -> None:
    out = tmp_path / "putin.html"
    code, stdout, _ = run("view", str(example_build), "--actor", "Putin", "--min-evidence", "1",
                          "--out", str(out))
    assert code == 0 and f"wrote {out}" in stdout
    assert "Vladimir Putin" in out.read_text(encoding="utf-8")
    code, _, _ = run("view", str(example_build))
    assert code == 0 and (example_build / "graph.html").is_file()


def test_plot_timeline_and_dyads(example_build: Path, tmp_path: Path) -> None:
    code, stdout, _ = run("plot", "timeline", str(example_build), "--actor", "Putin", "--out",
                          str(tmp_path / "t.png"))
    assert code == 0 and "events in" in stdout
    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"
    code, stdout, _ = run("plot", "dyads", str(example_build), "--out", str(tmp_path / "d.png"))
    assert code == 0 and (tmp_path / "d.png").stat().st_size > 1000


def test_export_graphml_and_gexf(example_build: Path, tmp_path: Path) -> None:
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"actors.{fmt}"
        code, stdout, _ = run("export", fmt, str(example_build), str(out))
        assert code == 0 and "actors" in stdout
        assert reader(out).number_of_nodes() > 5


def test_user_mistakes_are_one_line(example_build: Path, tmp_path: Path) -> None:
    cases = [
        (["view", str(example_build), "--actor", "Nobody"], "no actor named 'Nobody'"),
        (["view", str(example_build), "--event-type", "MEET"], "unknown event type 'MEET'"),
        (["view", str(example_build), "--since", "yesterday"], "YYYY-MM-DD"),
        (["view", str(tmp_path / "missing")], "not a build folder"),
        (["plot", "timeline", str(tmp_path), "--out", str(tmp_path / "t.png")], "not a build folder"),
        (["export", "gexf", str(tmp_path), str(tmp_path / "a.gexf")], "not a build folder"),
    ]
    for args, message in cases:
        code, _, stderr = run(*args)
        assert code == 1, args
        assert stderr.startswith("error: ") and message in stderr and stderr.count("\n") == 1


def test_a_filter_that_keeps_nothing_warns(example_build: Path, tmp_path: Path) -> None:
    code, stdout, stderr = run("view", str(example_build), "--since", "2099-01-01", "--out",
                               str(tmp_path / "none.html"))
    assert code == 0 and "wrote" in stdout
    assert stderr.startswith("warning: no statement between two actors matches since 2099-01-01")
    assert "No statement between two actors matches" in (tmp_path / "none.html").read_text(encoding="utf-8")

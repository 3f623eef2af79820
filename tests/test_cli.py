"""The command line: build/extract end to end, reruns, bad input, help for every command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from graphbuilder.cli import main

GRAPHBUILDER = [sys.executable, "-m", "graphbuilder"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*GRAPHBUILDER, *args],
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        timeout=600,
    )


def all_commands(
    group: click.Group, prefix: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], click.Command]]:
    found = []
    for name, cmd in group.commands.items():
        found.append(((*prefix, name), cmd))
        if isinstance(cmd, click.Group):
            found.extend(all_commands(cmd, (*prefix, name)))
    return found


@pytest.mark.parametrize(
    "path,command", all_commands(main), ids=lambda v: " ".join(v) if isinstance(v, tuple) else ""
)
def test_every_command_has_help(path: tuple[str, ...], command: click.Command) -> None:
    assert command.help and len(command.help.split()) >= 5, f"{' '.join(path)} needs a real --help text"
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden and param.name != "help":
            assert param.help, f"option {param.opts} of {' '.join(path)} has no help"


def test_build_twice_gives_identical_output(tmp_path: Path, examples_path: Path, nlp) -> None:
    out = tmp_path / "out"
    first = run("build", str(examples_path), "--out", str(out), "-q")
    assert first.returncode == 0, first.stderr
    assert "3 articles read" in first.stdout and "0 inputs skipped" in first.stdout
    snapshot = (out / "graph.trig").read_bytes()
    statements = (out / "statements.jsonl").read_bytes()
    second = run("build", str(examples_path), "--out", str(out), "-q")
    assert second.returncode == 0, second.stderr
    assert (out / "graph.trig").read_bytes() == snapshot
    assert (out / "statements.jsonl").read_bytes() == statements


def test_fresh_builds_agree_whatever_the_hash_seed(tmp_path: Path, examples_path: Path) -> None:
    import os

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [*GRAPHBUILDER, "build", str(examples_path), "--out", str(out), "-q"],
            capture_output=True,
            text=True,
            timeout=600,
            env=env,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(
            [(out / name).read_bytes() for name in ("statements.jsonl", "graph.trig")]
        )
    assert outputs[0] == outputs[1]


def test_build_into_existing_folder_adds_without_duplicating(tmp_path: Path, nlp) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Donald Trump appealed to Vladimir Putin on Friday.", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Earlier, Donald Trump appealed to Vladimir Putin.", encoding="utf-8")
    out = tmp_path / "out"
    assert run("build", str(a), "--out", str(out), "-q", "--no-store").returncode == 0
    first = [json.loads(line) for line in (out / "statements.jsonl").read_text().splitlines()]
    assert run("build", str(b), "--out", str(out), "-q", "--no-store").returncode == 0
    both = [json.loads(line) for line in (out / "statements.jsonl").read_text().splitlines()]
    appeal = [r for r in both if r["predicate"] == "appealed_to"]
    assert len({r["statement_id"] for r in appeal}) == 1, "same triple from two articles is one statement"
    assert sorted({r["article_id"] for r in appeal}) == sorted({r["article_id"] for r in both})
    assert len(both) > len(first)


def test_extract_streams_statement_json(tmp_path: Path, nlp) -> None:
    text = "Donald Trump appealed to Vladimir Putin to spare the soldiers."
    result = run("extract", "-", stdin=text.encode())
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records, "expected at least one statement"
    for r in records:
        for key in ("subject", "object"):
            span = r[key]
            assert text[span["start"] : span["end"]] == span["text"]
        assert text[r["sentence"]["start"] : r["sentence"]["end"]] == r["sentence"]["text"]


def test_extract_leaves_out_what_the_floor_does_unless_told(tmp_path: Path, nlp) -> None:
    text = "Jorvin Halde met the Varnish envoy in Tallor on Monday. He later promised more aid."
    default = run("extract", "-", stdin=text.encode())
    everything = run("extract", "--min-confidence", "0", "-", stdin=text.encode())
    assert default.returncode == everything.returncode == 0, default.stderr + everything.stderr
    floored = [json.loads(line) for line in default.stdout.splitlines()]
    kept = [json.loads(line) for line in everything.stdout.splitlines()]
    assert floored and all(r["confidence"] >= 0.25 for r in floored)
    assert any(r["subject"]["text"] == "He" and r["confidence"] < 0.25 for r in kept)  # an unresolved "He"
    assert len(kept) > len(floored)


def test_extract_type_check_in_scope_by_default_everywhere_or_nowhere_when_told(nlp) -> None:
    # a negated offer is in the check's narrow scope, a planned visit out of it
    text = "The Varnish ministry did not offer Tallor any help. The Varnish president will visit Tallor soon."

    def types(*options: str) -> dict[str, str | None]:
        result = run("extract", "--min-confidence", "0", *options, "-", stdin=text.encode())
        assert result.returncode == 0, result.stderr
        return {r["predicate"]: r["event_type"] for r in map(json.loads, result.stdout.splitlines())}

    assert types("--no-check-types") == {"offered": "REJECT", "visited": "AGREE"}
    assert types() == {"offered": None, "visited": "AGREE"}
    assert types("--check-types") == {"offered": None, "visited": None}


def test_bad_inputs_are_reported_and_the_rest_goes_through(tmp_path: Path, nlp) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Donald Trump appealed to Vladimir Putin.", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Putin met Orban."}\n{"text": \n', encoding="utf-8")
    out = tmp_path / "out"
    result = run(
        "build", str(good), str(bad), str(tmp_path / "nope.txt"), "--out", str(out), "-q", "--no-store"
    )
    assert result.returncode == 0, result.stderr
    assert f"skipped: {bad}:2: malformed JSON" in result.stderr
    assert f"skipped: {tmp_path / 'nope.txt'}: no such file or directory" in result.stderr
    assert "Traceback" not in result.stderr
    assert "2 articles read" in result.stdout and "2 inputs skipped" in result.stdout


def test_nothing_usable_exits_non_zero_without_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run("build", str(empty), "--out", str(tmp_path / "out"), "-q", "--no-store")
    assert result.returncode == 2
    assert f"skipped: {empty}: file is empty" in result.stderr
    assert "no usable article" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_damaged_build_folder_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "graph.jsonl").write_text('{"kind": "article", "id": \n', encoding="utf-8")
    good = tmp_path / "a.txt"
    good.write_text("Putin met Orban.", encoding="utf-8")
    result = run("build", str(good), "--out", str(tmp_path), "-q", "--no-store")
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error: ") and "graph.jsonl:1" in result.stderr
    assert "Traceback" not in result.stderr

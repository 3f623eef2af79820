"""``graphbuilder eval`` end to end: the real pipeline on a tiny gold file written for the test."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner
from spacy.language import Language

from graphbuilder.cli import main

TINY = Path(__file__).parent / "data" / "plover-tiny.jsonl"


def test_eval_plover_prints_scores_and_writes_misses(nlp: Language, tmp_path: Path) -> None:
    misses = tmp_path / "out" / "misses.jsonl"
    result = CliRunner().invoke(main, ["eval", "plover", str(TINY), "--misses", str(misses)])
    assert result.exit_code == 0, result.output
    accuracy = float(re.search(r"type accuracy\s+([0-9.]+)", result.output).group(1))
    f1 = float(re.search(r"F1 ([0-9.]+)", result.output).group(1))
    # three plain sentences whose event verb is in the table: the types must be found
    assert accuracy >= 2 / 3
    assert 0.0 <= f1 <= 1.0
    assert re.search(r"^THREATEN\s+1\s", result.output, re.M)
    assert misses.exists()
    for line in misses.read_text().splitlines():
        miss = json.loads(line)
        assert miss["gold"]["event"] in {"THREATEN", "REJECT", "PROTEST"} and miss["reason"]


def test_eval_missing_gold_is_one_clean_line(tmp_path: Path) -> None:
    for kind in ("plover", "carb", "conll04"):
        result = CliRunner().invoke(
            main, ["eval", kind, str(tmp_path / "absent.jsonl"), "--misses", str(tmp_path / "m.jsonl")]
        )
        assert result.exit_code == 1
        assert result.output.strip().count("\n") == 0
        assert "gold file not found" in result.output and "Traceback" not in result.output


def test_eval_carb_and_conll04_on_tiny_gold(nlp: Language, tmp_path: Path) -> None:
    carb = tmp_path / "carb.tsv"
    carb.write_text("Putin met Trump in Helsinki .\tmet\tPutin\tTrump\tin Helsinki\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "carb", str(carb), "--misses", str(tmp_path / "c.jsonl")])
    assert result.exit_code == 0, result.output
    assert re.search(r"best F1 [0-9.]+ .* AUC [0-9.]+", result.output)

    conll = tmp_path / "conll.jsonl"
    conll.write_text(
        json.dumps(
            {
                "doc_id": "1",
                "text": "Lee Harvey Oswald killed John F. Kennedy .",
                "relations": [{"head": "Lee Harvey Oswald", "relation": "Kill", "tail": "John F. Kennedy"}],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["eval", "conll04", str(conll), "--misses", str(tmp_path / "k.jsonl")])
    assert result.exit_code == 0, result.output
    assert re.search(r"^Kill\s+1\s+1\s+1\s", result.output, re.M), result.output


def test_eval_plover_halves_split_the_records(nlp: Language, tmp_path: Path) -> None:
    from graphbuilder.evaluate.runners import plover_half

    halves = {plover_half(f"tiny-{i}") for i in range(1, 4)}
    assert halves <= {"a", "b"} and plover_half("tiny-1") == plover_half("tiny-1")
    counts = {}
    for half in ("a", "b"):
        wanted = [i for i in range(1, 4) if plover_half(f"tiny-{i}") == half]
        result = CliRunner().invoke(
            main, ["eval", "plover", str(TINY), "--half", half, "--misses", str(tmp_path / f"{half}.jsonl")]
        )
        if not wanted:
            assert result.exit_code == 1 and "no gold record in half" in result.output
            continue
        assert result.exit_code == 0, result.output
        counts[half] = int(re.search(rf"\(half {half}\): (\d+) sentences", result.output).group(1))
        assert counts[half] == len(wanted)
    result = CliRunner().invoke(main, ["eval", "plover", str(TINY), "--misses", str(tmp_path / "all.jsonl")])
    reported = {
        m.group(1): int(m.group(2))
        for m in re.finditer(r"^half (a|b)\s+(\d+) sentences", result.output, re.M)
    }
    assert sum(reported.values()) == 3
    assert {h: n for h, n in reported.items() if n} == counts


def test_eval_carb_halves_split_the_sentences(nlp: Language, tmp_path: Path) -> None:
    from graphbuilder.evaluate.runners import half_of

    sentences = [
        "Putin met Trump in Helsinki .",
        "The minister signed the treaty .",
        "Rebels attacked the town .",
        "The bank raised its rates .",
    ]
    carb = tmp_path / "carb.tsv"
    carb.write_text(
        "".join(f"{s}\t{s.split()[1]}\t{s.split()[0]}\t{' '.join(s.split()[2:-1])}\n" for s in sentences),
        encoding="utf-8",
    )
    tuples = {}
    for half in ("a", "b"):
        wanted = [s for s in sentences if half_of(s) == half]
        misses = tmp_path / f"{half}.jsonl"
        result = CliRunner().invoke(
            main, ["eval", "carb", str(carb), "--half", half, "--misses", str(misses)]
        )
        if not wanted:
            assert result.exit_code == 1 and "no gold sentence in half" in result.output
            continue
        assert result.exit_code == 0, result.output
        tuples[half] = int(re.search(rf"CaRB \(half {half}\): (\d+) gold tuples", result.output).group(1))
        assert tuples[half] == len(wanted)
        assert all(json.loads(line)["half"] == half for line in misses.read_text().splitlines())
    result = CliRunner().invoke(main, ["eval", "carb", str(carb), "--misses", str(tmp_path / "all.jsonl")])
    assert result.exit_code == 0, result.output
    reported = {
        m.group(1): int(m.group(2)) for m in re.finditer(r"^half (a|b):\s+(\d+) gold", result.output, re.M)
    }
    assert sum(reported.values()) == len(sentences)
    assert {h: n for h, n in reported.items() if n} == tuples

"""Gold files: what they hold, and one clean error naming file and line when they are bad."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuilder.errors import EvaluationError
from graphbuilder.evaluate.gold import CarbTuple, read_carb_gold, read_conll04_gold, read_plover_gold
from graphbuilder.evaluate.metrics import Extraction, score_carb

TINY = Path(__file__).parent / "data" / "plover-tiny.jsonl"


def test_plover_records() -> None:
    events = read_plover_gold(TINY)
    assert [e.event for e in events] == ["THREATEN", "REJECT", "PROTEST"]
    assert events[0].sources[0].code == "IRN" and events[2].targets == ()


def test_carb_tuples_grouped_by_sentence(tmp_path: Path) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text("A met B .\tmet\tA\tB\nA met B .\tis\tA\tsomeone\tin 2020\nC left .\tleft\tC\n")
    gold = read_carb_gold(path)
    assert list(gold) == ["A met B .", "C left ."]
    assert gold["A met B ."][1].args == ("A", "someone", "in 2020")


def test_carb_gold_read_as_carb_reads_it(tmp_path: Path) -> None:
    # made-up lines in the shapes of the official test gold: an empty relation, context arguments
    path = tmp_path / "gold.tsv"
    path.write_text(
        "Ann said Bob left early .\tleft\tBob\tearly\tC: Ann said\n"
        "Ann said Bob left early .\t\tBob\tthe leaver\n"
        " The talks , in May , failed . \tfailed\tThe talks\tL: in May\n",
        encoding="utf-8",
    )
    gold = read_carb_gold(path)
    assert list(gold) == ["Ann said Bob left early .", "The talks , in May , failed ."]
    left, empty = gold["Ann said Bob left early ."]
    assert left.args == ("Bob", "early")  # the context argument is dropped
    assert empty.relation == "" and empty.args == ("Bob", "the leaver")  # kept: counts for recall
    assert gold["The talks , in May , failed ."][0].args == ("The talks", "L: in May")


def test_carb_empty_relation_tuple_is_never_matched_but_counts() -> None:
    gold = {"Bob left .": [CarbTuple("left", ("Bob",)), CarbTuple("", ("Bob", "the leaver"))]}
    result = score_carb(gold, {"Bob left .": [Extraction("left", ("Bob",), 0.9)]})
    assert result.gold == 2 and result.recall == 0.5 and result.precision == 1.0


def test_conll04_relations(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        '{"doc_id": "7", "text": "Oswald killed Kennedy .", '
        '"relations": [{"head": "Oswald", "relation": "Kill", "tail": "Kennedy"}]}\n'
    )
    [sentence] = read_conll04_gold(path)
    assert sentence.relations[0].relation == "Kill"


@pytest.mark.parametrize(
    ("reader", "content", "message"),
    [
        (
            read_plover_gold,
            '{"id": "x", "text": "t", "event": "AGREE"}\n{not json\n',
            r"gold.txt:2: not a JSON",
        ),
        (read_plover_gold, '{"id": "x", "text": "t"}\n', r"gold.txt:1: .*'event'"),
        (read_plover_gold, '{"text": "t", "event": "AGREE", "source": "Iran"}\n', r"gold.txt:1: 'source'"),
        (read_carb_gold, "a sentence without tabs\n", r"gold.txt:1: expected 'sentence<TAB>"),
        (read_conll04_gold, '{"text": "t", "relations": [{"head": "a"}]}\n', r"gold.txt:1: a relation needs"),
        (read_plover_gold, "\n\n", r"gold.txt: gold file is empty"),
    ],
)
def test_malformed_gold_is_one_line_naming_file_and_line(
    tmp_path: Path, reader, content: str, message: str
) -> None:
    path = tmp_path / "gold.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=message) as info:
        reader(path)
    assert "\n" not in str(info.value)


def test_missing_and_binary_gold(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="gold file not found"):
        read_plover_gold(tmp_path / "absent.jsonl")
    binary = tmp_path / "gold.jsonl"
    binary.write_bytes(b"\xff\xfe\x00junk")
    with pytest.raises(EvaluationError, match="not UTF-8"):
        read_plover_gold(binary)

"""The pipeline's joints: a custom extractor, classifier, reader and sink plug in without
editing the package, and the default pipeline is what ``graphbuilder.build`` runs."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import graphbuilder as gb
from graphbuilder import sinks
from graphbuilder.extract.candidate import Candidate, TextCandidate
from graphbuilder.model import Article
from graphbuilder.pipeline import Pipeline, SkippedInputWarning


class MetExtractor:
    """A tiny extractor that knows no spaCy: "<Name> met <Name>" by regular expression."""

    PATTERN = re.compile(r"(?P<s>[A-Z][a-z]+) (?P<v>met) (?P<o>[A-Z][a-z]+)")

    def __call__(self, doc: Any, article: Article) -> Iterator[TextCandidate]:
        for m in self.PATTERN.finditer(article.text):
            yield TextCandidate(
                subject=m.span("s"), predicate="met", object=m.span("o"), relation=m.span("v"), confidence=0.9
            )


class AlwaysConsult:
    def classify(self, candidates: list[Candidate]) -> list[tuple[str | None, str | None]]:
        return [("CONSULT", "040")] * len(candidates)

    def for_subject(self, code: tuple[str | None, str | None], subject: Any, doc: Any) -> Any:
        return code


TEXT = "Putin met Orban in Budapest on Tuesday. Orban praised the talks."


def test_custom_extractor_plugs_in_without_spacy_tokens() -> None:
    kg = gb.build([TEXT], pipeline=Pipeline(extractor=MetExtractor()))
    (record,) = list(kg.records())
    assert (record["subject"]["name"], record["predicate"], record["object"]["name"]) == (
        "Vladimir Putin",  # resolution and the gazetteer still run on the plug-in's spans
        "met",
        "Viktor Orban",
    )
    assert record["relation_text"] == "met"
    assert TEXT[record["subject"]["start"] : record["subject"]["end"]] == "Putin"
    assert record["confidence"] == 0.9


def test_custom_classifier_types_every_statement() -> None:
    kg = gb.build([TEXT], pipeline=Pipeline(classifier=AlwaysConsult()))
    assert kg.statements
    assert {s.event_type for s in kg.statements.values()} == {"CONSULT"}


def test_default_pipeline_is_what_build_runs() -> None:
    default = gb.build([TEXT])
    explicit = gb.build([TEXT], pipeline=Pipeline())
    assert list(default.records()) == list(explicit.records())
    assert any(s.event_type == "CONSULT" and s.predicate == "met" for s in default.statements.values())


def test_custom_sink_is_one_class_and_one_register_call(tmp_path: Path) -> None:
    class TsvSink:
        def write(self, graph: gb.KnowledgeGraph, target: Path, **options: Any) -> int:
            lines = [
                f"{s.subject_id}\t{s.predicate}\t{s.object_id or s.object_literal}"
                for s in graph.statements.values()
            ]
            target.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
            return len(lines)

    sinks.register("tsv", TsvSink())
    kg = gb.build([TEXT])
    n = sinks.write("tsv", kg, tmp_path / "facts.tsv")
    rows = (tmp_path / "facts.tsv").read_text(encoding="utf-8").splitlines()
    assert n == len(rows) == len(kg.statements)
    assert "vladimir-putin\tmet\tviktor-orban" in rows
    assert "tsv" in sinks.names()


def test_built_in_sinks_share_the_protocol(tmp_path: Path) -> None:
    kg = gb.build([TEXT])
    assert sinks.write("jsonl", kg, tmp_path / "s.jsonl") == len(list(kg.records()))
    graph = sinks.write("networkx", kg)
    assert graph.number_of_edges() >= len(kg.statements) - sum(
        1 for s in kg.statements.values() if s.object_id is None
    )
    sinks.write("trig", kg, tmp_path / "g.trig")
    assert "rel:met" in (tmp_path / "g.trig").read_text(encoding="utf-8")
    with pytest.raises(KeyError, match="known sinks"):
        sinks.get("nope")
    with pytest.raises(TypeError):
        sinks.register("broken", object())  # type: ignore[arg-type]


def test_custom_reader_plugs_in() -> None:
    def one_per_line(inputs: Any, report: gb.RunReport) -> Iterator[Article]:
        from graphbuilder.ingest import article_from_text

        for block in inputs:
            for line in str(block).splitlines():
                report.articles += 1
                yield article_from_text(line)

    report = gb.RunReport()
    kg = gb.build(
        ["Putin met Orban.\nMacron met Scholz."], report=report, pipeline=Pipeline(reader=one_per_line)
    )
    assert report.articles == 2 and len(kg.articles) == 2


def test_a_string_is_text_never_a_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "putin.txt").write_text("Putin met Orban.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    kg = gb.build(["putin.txt"])  # the text "putin.txt", not the file
    assert "Orban" not in " ".join(e.name for e in kg.entities.values())
    kg = gb.build([Path("putin.txt")])  # the file
    assert any(e.name == "Viktor Orban" for e in kg.entities.values())


def test_skipped_inputs_warn_without_a_report(tmp_path: Path) -> None:
    with pytest.warns(SkippedInputWarning, match="no such file"):
        kg = gb.build([tmp_path / "missing"])
    assert len(kg) == 0
    report = gb.RunReport()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # with a report: recorded, not warned
        gb.build([tmp_path / "missing"], report=report)
    assert report.skipped and "no such file" in report.skipped[0][1]


def test_extraction_failure_is_reported_not_swallowed() -> None:
    def broken(doc: Any, article: Article) -> Iterator[TextCandidate]:
        raise RuntimeError("boom")
        yield  # pragma: no cover

    with pytest.warns(SkippedInputWarning, match="extraction failed.*boom"):
        gb.build(["Putin met Orban."], pipeline=Pipeline(extractor=broken))


def test_text_over_the_parser_limit_is_skipped_and_the_run_goes_on(tmp_path: Path) -> None:
    from graphbuilder.nlp import load_pipeline

    limit = load_pipeline().max_length
    huge = tmp_path / "huge.txt"
    huge.write_text(("Putin met Orban. " * (limit // 17 + 2)), encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Macron met Scholz in Berlin.", encoding="utf-8")
    report = gb.RunReport()
    kg = gb.build([huge, good], report=report)
    assert len(kg.articles) == 1 and report.articles == 1
    ((source, reason),) = report.skipped
    assert source == str(huge) and "over the parser's limit" in reason


def test_fifo_is_refused_with_one_line(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    report = gb.RunReport()
    gb.build([fifo, tmp_path / "nothing.txt"], report=report)  # returns: never blocks on the FIFO
    reasons = dict(report.skipped)
    assert "not a regular file" in reasons[str(fifo)]

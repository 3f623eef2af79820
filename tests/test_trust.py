"""The learned statement confidence (graphbuilder.trust): made-up sentences, real parses, the
shipped weights, and the fitting tool on a small made-up verdict file."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from graphbuilder.model import Argument, Article, Evidence, Sentence
from graphbuilder.pipeline import Pipeline, spacy_extractor
from graphbuilder.resolve import ArticleGraph
from graphbuilder.trust import FLOOR, TRUST_PATH, above, default_model, open_pronoun, signals

ROOT = Path(__file__).resolve().parent.parent
TEXT = (
    "Jorvin Halde met the Varnish envoy in Tallor on Monday. "
    "He later said the talks had gone well, and he promised more aid."
)


def _evidence(subject: Argument, confidence: float = 0.8) -> Evidence:
    sentence = Sentence("a1", 0, 0, 40, "Jorvin Halde met the envoy on Monday.")
    return Evidence(
        article_id="a1",
        sentence=sentence,
        subject=subject,
        relation_text="met",
        relation_start=13,
        relation_end=16,
        object=Argument("the envoy", 17, 26, "envoy", "envoy", "Person"),
        confidence=confidence,
    )


def _records(pipeline: Pipeline) -> list:
    return [
        (st, ev)
        for ag in pipeline.run([Article(id="a1", text=TEXT)])
        for st in ag.statements
        for ev in st.evidence
    ]


def _plain_extractor(doc, article) -> Iterator:
    """The default extractor under another name: a plug-in, so its confidences stay as made."""
    yield from spacy_extractor(doc, article)


def test_the_default_pipeline_replaces_the_rule_confidence_by_the_models() -> None:
    rule = _records(Pipeline(extractor=_plain_extractor))
    learned = _records(Pipeline(min_confidence=0))
    assert [st.key for st, _ in rule] == [st.key for st, _ in learned] and rule
    model = default_model()
    for (st, before), (_, after) in zip(rule, learned, strict=True):
        assert after.confidence == model.confidence(before, st.predicate)
    assert any(b.confidence != a.confidence for (_, b), (_, a) in zip(rule, learned, strict=True))


def test_the_default_graph_leaves_out_what_the_model_scores_below_the_floor() -> None:
    everything = _records(Pipeline(min_confidence=0))
    default = _records(Pipeline())
    low = [(st.key, ev.confidence) for st, ev in everything if ev.confidence < FLOOR]
    assert low and len(low) < len(everything)  # "he promised more aid": an unresolved "he"
    assert [st.key for st, _ in default] == [st.key for st, ev in everything if ev.confidence >= FLOOR]
    assert all(ev.confidence >= FLOOR for _, ev in default)


def test_an_entity_only_left_out_evidence_named_goes_with_it() -> None:
    (everything,) = Pipeline(min_confidence=0).run([Article(id="a1", text=TEXT)])
    (default,) = Pipeline().run([Article(id="a1", text=TEXT)])
    gone = {e.id for e in everything.entities} - {e.id for e in default.entities}
    assert gone == {"a1-he-56", "a1-he-99"}  # the two unresolved "he": facts about no one
    assert {m.entity_id for m in default.mentions} <= {e.id for e in default.entities}


def test_a_plug_in_extractor_keeps_its_low_confidences_unless_asked() -> None:
    plug_in = _records(Pipeline(extractor=_plain_extractor))
    assert len(plug_in) > len(_records(Pipeline()))  # the same statements; the default graph floors them
    floored = _records(Pipeline(extractor=_plain_extractor, min_confidence=0.9))
    assert len(floored) < len(plug_in) and all(ev.confidence >= 0.9 for _, ev in floored)


def test_above_drops_evidence_below_the_floor_and_statements_left_with_none() -> None:
    subject = Argument("Jorvin Halde", 0, 12, "jorvin-halde", "Jorvin Halde", "Person")
    ag = next(iter(Pipeline(min_confidence=0).run([Article(id="a1", text=TEXT)])))
    st = ag.statements[0]
    two = replace(st, evidence=(_evidence(subject, 0.1), _evidence(subject, 0.6)))
    one = replace(st, evidence=(_evidence(subject, 0.1),))
    graph = ag._replace(statements=(two, one))
    kept = above(graph, 0.25)
    assert isinstance(kept, ArticleGraph) and kept.entities == graph.entities
    assert [[e.confidence for e in s.evidence] for s in kept.statements] == [[0.6]]
    assert above(graph, 0) is graph


def test_an_unresolved_pronoun_subject_lowers_the_confidence() -> None:
    model = default_model()
    named = _evidence(Argument("He", 0, 2, "jorvin-halde", "Jorvin Halde", "Person"))
    unresolved = _evidence(Argument("He", 0, 2, "a1-he-0", "He", "Other"))
    assert open_pronoun(unresolved.subject) and not open_pronoun(named.subject)
    assert model.confidence(unresolved, "met") < 0.5 < model.confidence(named, "met")


def test_the_confidence_rises_with_the_rule_confidence() -> None:
    model = default_model()
    subject = Argument("Jorvin Halde", 0, 12, "jorvin-halde", "Jorvin Halde", "Person")
    assert model.confidence(_evidence(subject, 0.3), "met") < model.confidence(
        _evidence(subject, 0.85), "met"
    )


def test_every_weight_names_a_signal_and_the_file_records_its_held_out_check() -> None:
    data = json.loads(TRUST_PATH.read_text(encoding="utf-8"))
    subject = Argument("Jorvin Halde", 0, 12, "jorvin-halde", "Jorvin Halde", "Person")
    assert set(data["weights"]) == set(signals(_evidence(subject), "met"))
    held = data["held_out_first"]
    assert held["auc"] > held["auc_rule_confidence"]
    assert not set(held["judges"]) & {"J18", "J19"} and not {"J18", "J19"} & set(data["fitted_on"]["judges"])


def _write_build(folder: Path, rows: list[tuple[Evidence, str]]) -> None:
    folder.mkdir(parents=True)
    with (folder / "statements.jsonl").open("w", encoding="utf-8") as out:
        for i, (ev, _) in enumerate(rows):
            record = {
                "article_id": ev.article_id,
                "statement_id": f"st-{i:016x}",
                "sentence": {"index": 0, "start": 0, "end": 40, "text": ev.sentence.text},
                "subject": ev.subject.to_dict(),
                "predicate": "met",
                "relation_text": "met",
                "object": ev.object.to_dict(),
                "confidence": ev.confidence,
            }
            out.write(json.dumps(record) + "\n")


def test_the_fitting_tool_learns_that_unresolved_subjects_are_seldom_right(tmp_path, capsys) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import fit_trust
    finally:
        sys.path.remove(str(ROOT / "tools"))
    named = Argument("Halde", 0, 5, "jorvin-halde", "Jorvin Halde", "Person")
    unresolved = Argument("He", 0, 2, "a1-he-0", "He", "Other")
    rows = [(_evidence(named, 0.5 + i / 100), "F" if i % 4 else "P") for i in range(40)]
    rows += [(_evidence(unresolved, 0.5 + i / 100), "P" if i % 4 else "F") for i in range(40)]
    _write_build(tmp_path / "J1" / "after", rows)
    verdicts = tmp_path / "J1-verdicts"
    verdicts.mkdir()
    lines = ["key\tsentence\tstatement\tverdict"] + [
        f"a1|s0|st-{i:016x}\t.\t.\t{v}" for i, (_, v) in enumerate(rows)
    ]
    (verdicts / "after-d3-one-per-article.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "trust.json"
    assert fit_trust.main(["--verdicts", str(verdicts), "--builds", str(tmp_path), "--out", str(out)]) == 0
    weights = json.loads(out.read_text(encoding="utf-8"))["weights"]
    # the two signals are exclusive here: together they carry the log odds ratio (ln 9 = 2.2, less the ridge)
    assert weights["subject_person"] - weights["subject_open_pronoun"] > 1.5
    assert weights["subject_open_pronoun"] < 0
    assert "80 judged statements, 40 fully correct" in capsys.readouterr().out


@pytest.mark.parametrize("text", ["he", "They", "it"])
def test_a_pronoun_resolved_to_a_name_is_not_open(text: str) -> None:
    resolved = Argument(text, 0, len(text), "x", "Jorvin Halde", "Person")
    assert not open_pronoun(resolved)
    assert open_pronoun(replace(resolved, name=text, entity_id="a1-x"))


def _tool():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import fit_trust
    finally:
        sys.path.remove(str(ROOT / "tools"))
    return fit_trust


def test_the_tool_recovers_the_rule_confidence_behind_a_learned_one() -> None:
    fit_trust = _tool()
    model = fit_trust.load_model(TRUST_PATH)
    shipped = default_model()
    unresolved = Argument("He", 0, 2, "a1-he-0", "He", "Other")
    for rule in (0.2, 0.45, 0.7, 0.9):
        ev = _evidence(unresolved, rule)
        record = {
            "article_id": "a1",
            "sentence": {"index": 0, "start": 0, "end": 40, "text": ev.sentence.text},
            "subject": ev.subject.to_dict(),
            "predicate": "met",
            "relation_text": "met",
            "object": ev.object.to_dict(),
            "confidence": shipped.confidence(ev, "met"),
        }
        assert fit_trust.rule_confidence(record, model) == pytest.approx(rule, abs=0.01)


def test_a_build_that_wrote_the_learned_confidence_is_fitted_on_the_rule_one(tmp_path, capsys) -> None:
    """Verdicts that follow the rule confidence alone: once the learned confidence a build
    wrote is turned back into the rule confidence, an unresolved subject (which the writing
    model scored far lower) earns no weight of its own; read as written, it would."""
    fit_trust = _tool()
    shipped = default_model()
    named = Argument("Halde", 0, 5, "jorvin-halde", "Jorvin Halde", "Person")
    unresolved = Argument("He", 0, 2, "a1-he-0", "He", "Other")
    rows = []
    for i in range(80):
        rule = 0.3 + (i % 40) / 60
        ev = _evidence(named if i < 40 else unresolved, rule)
        rows.append((replace(ev, confidence=shipped.confidence(ev, "met")), "F" if rule >= 0.6 else "P"))
    _write_build(tmp_path / "J30" / "after", rows)
    verdicts = tmp_path / "J30-verdicts"
    verdicts.mkdir()
    lines = ["key\tsentence\tstatement\tverdict"] + [
        f"a1|s0|st-{i:016x}\t.\t.\t{v}" for i, (_, v) in enumerate(rows)
    ]
    (verdicts / "after-d3-one-per-article.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    base = ["--verdicts", str(verdicts), "--builds", str(tmp_path)]
    recovered, as_written = tmp_path / "recovered.json", tmp_path / "written.json"
    assert (
        fit_trust.main([*base, "--rescored", "J30", "--written-by", str(TRUST_PATH), "--out", str(recovered)])
        == 0
    )
    assert fit_trust.main([*base, "--out", str(as_written)]) == 0
    weight = {
        p: json.loads(p.read_text(encoding="utf-8"))["weights"]["subject_open_pronoun"]
        for p in (recovered, as_written)
    }
    assert abs(weight[recovered]) < 0.5 < weight[as_written]
    with pytest.raises(SystemExit):
        fit_trust.main([*base, "--rescored", "J30"])
    capsys.readouterr()

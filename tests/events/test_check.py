"""The learned check on event types (graphbuilder.events.check): made-up sentences, real
parses, the shipped weights, and the fitting tool on a small made-up verdict file."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from unittest.mock import patch

import pytest

from graphbuilder.events.check import CHECK_PATH, SCOPE, TypeCheck, checked, default_check, in_scope, signals
from graphbuilder.model import Argument, Article, Evidence, Sentence, Statement
from graphbuilder.pipeline import Pipeline
from graphbuilder.resolve import ArticleGraph
from graphbuilder.trust import default_model
from graphbuilder.trust import signals as trust_signals

ROOT = Path(__file__).resolve().parents[2]


def _graph(text: str) -> ArticleGraph:
    """The article's graph before any type check (whatever the pipeline's default)."""
    with patch("graphbuilder.events.check.checked", lambda graph, everywhere=True: graph):
        graphs = list(Pipeline().run([Article(id="a1", text=text)]))
    assert len(graphs) == 1
    return graphs[0]


def _typed(graph: ArticleGraph) -> dict[str, str | None]:
    return {st.predicate: st.event_type for st in graph.statements}


def test_a_planned_visit_loses_its_agree_type_but_the_statement_stays() -> None:
    # judges found a future visit typed AGREE (CAMEO 036) mostly wrong: no agreement was told
    graph = _graph("The Varnish president will visit Tallor next month.")
    assert _typed(graph).get("visited") == "AGREE"  # fails if the classifier no longer types it
    after = checked(graph)
    assert _typed(after) == {"visited": None}
    (st,) = [s for s in after.statements if s.predicate == "visited"]
    assert st.cameo_code is None and st.evidence  # the statement and its evidence stay
    assert [s.key for s in after.statements] == [s.key for s in graph.statements]


def test_the_pipeline_checks_a_plain_sentence_only_when_asked() -> None:
    # out of the narrow scope: kept by default, dropped with check_types (everywhere)
    text = [Article(id="a1", text="The Varnish president will visit Tallor next month.")]
    (default,) = Pipeline().run(text)
    (asked,) = Pipeline(check_types=True).run(text)
    assert _typed(default).get("visited") == "AGREE" and _typed(asked) == {"visited": None}


def test_the_default_pipeline_checks_in_the_narrow_scope() -> None:
    # a negated statement is in scope: the default build drops the doubtful type, keeps the statement
    text = [Article(id="a1", text="The Varnish ministry did not offer Tallor any help.")]
    (unchecked,) = Pipeline(min_confidence=0, check_types=False).run(text)
    assert _typed(unchecked).get("offered") == "REJECT"  # typed when the check is off
    (default,) = Pipeline(min_confidence=0).run(text)
    assert _typed(default).get("offered", "gone") is None


def test_in_scope_only_a_plain_sentence_keeps_the_type_the_check_doubts() -> None:
    # no quotation, pronoun, fronted object or negation: out of the narrow scope, where event
    # codebooks count a planned visit as AGREE; checked everywhere it loses the type
    graph = _graph("The Varnish president will visit Tallor next month.")
    assert _typed(checked(graph, everywhere=False)).get("visited") == "AGREE"
    assert _typed(checked(graph, everywhere=True)).get("visited") is None


def test_in_scope_a_negated_offer_loses_its_reject_type() -> None:
    # "did not offer help" tells no rejection; a negated statement is in the narrow scope
    graph = _graph("The Varnish ministry did not offer Tallor any help.")
    assert _typed(graph).get("offered") == "REJECT"  # fails if the classifier no longer types it
    after = checked(graph, everywhere=False)
    assert _typed(after).get("offered") is None
    assert [s.key for s in after.statements] == [s.key for s in graph.statements]


def test_in_scope_a_quoted_arrest_keeps_its_type() -> None:
    graph = _graph('"The police arrested three Varnish reporters," Halde said.')
    (st,) = [s for s in graph.statements if s.predicate == "arrested"]
    assert in_scope(signals(st.event_type or "", st.predicate, st.evidence[0], st.cameo_code))
    assert _typed(checked(graph, everywhere=False)).get("arrested") == "COERCE"


def test_the_scope_is_quotation_pronouns_fronted_objects_and_negation() -> None:
    plain = _evidence(
        "Halde met the envoy.",
        Argument("Halde", 0, 5, "halde", "Halde", "Person"),
        Argument("the envoy", 10, 19),
    )
    assert not in_scope(signals("CONSULT", "met", plain))
    quoted = _evidence(
        '"Halde met the envoy," she said.', Argument("Halde", 1, 6), Argument("the envoy", 11, 20)
    )
    assert in_scope(signals("CONSULT", "met", quoted))
    negated = _evidence(
        "Halde did not meet the envoy.", Argument("Halde", 0, 5), Argument("the envoy", 19, 28), "negated"
    )
    assert in_scope(signals("CONSULT", "met", negated))
    assert set(SCOPE) <= set(signals("CONSULT", "met", plain))  # every scope signal is a signal


def test_a_killing_between_armed_actors_keeps_its_type() -> None:
    graph = _graph("The Tallor army killed twelve Varnish soldiers near the border on Monday.")
    assert _typed(checked(graph)).get("killed") == "FIGHT"


def test_a_call_on_a_country_keeps_its_type() -> None:
    graph = _graph("Jorvin Halde, the Tallor foreign minister, urged Varnia to free the reporters.")
    assert _typed(graph).get("urged") == "REQUEST"
    assert _typed(checked(graph)).get("urged") == "REQUEST"


def _evidence(sentence: str, subject: Argument, obj: Argument, modality: str = "asserted") -> Evidence:
    return Evidence(
        article_id="a1",
        sentence=Sentence("a1", 0, 0, len(sentence), sentence),
        subject=subject,
        relation_text="met",
        relation_start=0,
        relation_end=0,
        object=obj,
        modality=modality,
        confidence=0.6,
    )


def test_signals_see_a_quoted_first_person_subject() -> None:
    text = '"We will meet the envoy," the minister said.'
    ev = _evidence(text, Argument("We", 1, 3, "we", "We", "Other"), Argument("the envoy", 13, 22), "intended")
    x = signals("CONSULT", "met", ev, "036")
    assert x["subject_first_person"] == 1.0 and x["subject_quoted"] == 1.0 and x["sentence_quotes"] == 1.0
    assert x["modality_intended"] == 1.0 and x["type_modality:CONSULT|intended"] == 1.0
    assert x["object_literal"] == 1.0 and x["type:CONSULT"] == 1.0 and x["predicate:met"] == 1.0
    plain = _evidence(
        "Halde met the envoy.",
        Argument("Halde", 0, 5, "halde", "Halde", "Person"),
        Argument("the envoy", 10, 19),
    )
    y = signals("CONSULT", "met", plain, "040")
    assert (
        y["subject_quoted"] == 0.0
        and y["subject_person"] == 1.0
        and "type_modality:CONSULT|asserted" not in y
    )


def test_the_threshold_decides_and_untyped_statements_are_left_alone() -> None:
    ev = _evidence(
        "Halde met the envoy.",
        Argument("Halde", 0, 5, "halde", "Halde", "Person"),
        Argument("the envoy", 10, 19),
    )
    st = Statement(
        "halde", "met", object_literal="envoy", event_type="CONSULT", cameo_code="040", evidence=(ev,)
    )
    untyped = Statement("halde", "saw", object_literal="envoy", evidence=(ev,))
    doubting = TypeCheck(bias=-5.0, weights={}, threshold=0.5)
    trusting = TypeCheck(bias=5.0, weights={}, threshold=0.5)
    assert not doubting.keeps(st) and trusting.keeps(st) and doubting.keeps(untyped)
    assert TypeCheck(bias=0.0, weights={"type:CONSULT": -1.0}, threshold=0.5).keeps(st) is False
    assert TypeCheck(bias=0.0, weights={"type:AGREE": -1.0}, threshold=0.5).keeps(st) is True


def test_the_shipped_file_records_its_fit_and_held_out_figures() -> None:
    data = json.loads(CHECK_PATH.read_text(encoding="utf-8"))
    held = data["held_out_first"]
    assert held["judges"] == ["J18", "J19"] and held["auc"] > 0.65
    assert data["never_fitted"]["judges"] == ["J22"] and "J22" not in data["fitted_on"]["judges"]
    assert data["scope"] == list(SCOPE)
    assert data["threshold"] == default_check().threshold == 0.5
    assert not any(name.startswith("predicate:") and " " in name for name in data["weights"])


def _record(sid: str, event_type: str, modality: str) -> dict:
    text = "Halde met the envoy."
    return {
        "article_id": "a1",
        "statement_id": sid,
        "sentence": {"index": 0, "start": 0, "end": len(text), "text": text},
        "subject": {
            "text": "Halde",
            "start": 0,
            "end": 5,
            "entity_id": "halde",
            "name": "Halde",
            "type": "Person",
            "actor_code": None,
            "country": None,
        },
        "predicate": "met",
        "relation_text": "met",
        "object": {
            "text": "the envoy",
            "start": 10,
            "end": 19,
            "entity_id": None,
            "name": None,
            "type": None,
            "actor_code": None,
            "country": None,
        },
        "event_type": event_type,
        "cameo_code": "040",
        "modality": modality,
        "confidence": 0.6,
    }


def test_the_fitting_tool_learns_from_a_made_up_verdict_file(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import fit_type_check  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    rows, records = ["key\tsentence\tstatement\tverdict\tclass\tnote"], []
    for i in range(40):
        sid = f"st-{i:016x}"
        intended = i % 2 == 0
        records.append(
            _record(sid, "AGREE" if intended else "CONSULT", "intended" if intended else "asserted")
        )
        verdict = "W" if intended and i % 10 else "R"
        rows.append(f"a1|s0|{sid}\tx\tx\t{verdict}\tno event\tx")
    for judge in ("J1", "J2", "J3", "J4"):
        folder = tmp_path / f"{judge}-verdicts"
        folder.mkdir()
        (folder / "before-typed.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        build = tmp_path / judge / "before"
        build.mkdir(parents=True)
        (build / "statements.jsonl").write_text(
            "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
        )
    out = tmp_path / "check.json"
    code = fit_type_check.main(
        [
            "--verdicts",
            *(str(tmp_path / f"J{n}-verdicts") for n in (1, 2, 3, 4)),
            "--builds",
            str(tmp_path),
            "--hold",
            "J2",
            "--leave-out",
            "J4",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["fitted_on"]["typed_statements"] == 120 and model["threshold"] == 0.5
    assert model["weights"]["modality_intended"] < 0 < model["bias"]
    assert model["held_out_first"]["dropped"] > 0
    assert model["never_fitted"]["judges"] == ["J4"] and model["never_fitted"]["typed"] == 40
    assert model["never_fitted"]["in_scope"]["typed"] == 0  # no quotation, pronoun, negation


@pytest.mark.parametrize("name", ["confidence", "object_words", "sentence_words", "relation_words"])
def test_scaled_signals_stay_small(name: str) -> None:
    ev = _evidence("x " * 200, Argument("Halde", 0, 5), Argument("y " * 100, 10, 210))
    assert abs(signals("CONSULT", "met", ev)[name]) <= 5


def test_the_fitting_tool_gives_a_rescored_build_the_shipped_trust_models_confidence() -> None:
    """A build made under an older trust model wrote that model's confidence; given the older
    model, the tool recovers the rule confidence and scores it with the shipped trust model,
    the confidence the check sees at build time."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import fit_type_check  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    record = _record("st-0000000000000001", "CONSULT", "asserted")
    rule = record["confidence"]
    # a made-up older trust model: only the rule confidence, odds = rule confidence
    older = (0.0, {name: 0.0 for name in trust_signals(fit_type_check._evidence(record, True), "met")})
    older[1]["rule_confidence"] = 1.0
    written = {**record, "confidence": round(rule / (1 + rule), 3)}
    as_written = fit_type_check._evidence(written, True)
    recovered = fit_type_check._evidence(written, True, older)
    expected = default_model().confidence(fit_type_check._evidence(record, True), "met")
    assert as_written.confidence == written["confidence"]
    assert recovered.confidence == pytest.approx(expected, abs=0.002)
    assert abs(expected - written["confidence"]) > 0.05

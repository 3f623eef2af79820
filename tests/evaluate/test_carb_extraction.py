"""How the CaRB runner turns the pipeline's statement records into Open IE tuples, on made-up
sentences run through the real pipeline."""

from __future__ import annotations

from spacy.language import Language

from graphbuilder.evaluate.runners import extraction, records_per_article
from graphbuilder.model import Article


def _tuples(text: str) -> list[tuple[str, tuple[str, ...]]]:
    records = records_per_article([Article(id="t", text=text, source="test")])["t"]
    return [(e.relation, e.args) for e in map(extraction, records)]


def test_passive_with_agent_reads_in_sentence_order(nlp: Language) -> None:
    # stored as the agent's act (subject "the rebels"); Open IE writes the patient first, then
    # the record's setting
    tuples = _tuples("The old fortress was captured by the rebels last spring.")
    assert ("was captured by", ("The old fortress", "the rebels", "last spring")) in tuples
    assert not any(args[:1] == ("the rebels",) for _, args in tuples)


def test_active_clause_and_by_phrase_after_the_object_keep_their_order(nlp: Language) -> None:
    tuples = _tuples("The mayor opened the bridge by the harbour.")
    assert ("opened", ("The mayor", "the bridge")) in tuples, tuples
    assert all(args[0] == "The mayor" for _, args in tuples), tuples
    # a relation ending in "by" with its subject first: the swap must not fire
    tuples = _tuples("The old mayor stood by his decision.")
    assert ("stood by", ("The old mayor", "his decision")) in tuples, tuples
    assert all(args[0] == "The old mayor" for _, args in tuples), tuples


def test_swap_needs_the_agent_after_the_patient() -> None:
    record = {
        "relation_text": "was founded by",
        "subject": {"text": "two brothers", "start": 30, "end": 42},
        "object": {"text": "The shop", "start": 0, "end": 8},
        "confidence": 0.5,
    }
    assert extraction(record).args == ("The shop", "two brothers")
    before = {
        **record,
        "subject": {"text": "two brothers", "start": 0, "end": 12},
        "object": {"text": "The shop", "start": 30, "end": 38},
    }
    assert extraction(before).args == ("two brothers", "The shop")
    active = {**record, "relation_text": "founded"}
    assert extraction(active).args == ("two brothers", "The shop")


def test_setting_phrases_become_further_arguments(nlp: Language, tmp_path) -> None:
    from graphbuilder.evaluate.runners import run_carb

    record = {
        "relation_text": "approved",
        "subject": {"text": "the council", "start": 9, "end": 20},
        "object": {"text": "the budget", "start": 30, "end": 40},
        "confidence": 0.5,
    }
    assert extraction({**record, "setting": ["In 2019"]}).args == ("the council", "the budget", "In 2019")
    gold = tmp_path / "carb.tsv"
    gold.write_text(
        "In 2019 , the council approved the budget at its annual meeting .\tapproved\tthe council\t"
        "the budget\tIn 2019\tat its annual meeting\n",
        encoding="utf-8",
    )
    result = run_carb(gold)
    assert result.recall == 1.0 and result.precision == 1.0

"""The metric code on small hand-made cases whose answers are worked out by hand."""

from __future__ import annotations

import pytest

from graphbuilder.evaluate.gold import Actor, CarbTuple, GoldEvent, GoldRelation
from graphbuilder.evaluate.metrics import (
    Extraction,
    PredictedRelation,
    argument_matches,
    carb_match,
    content_words,
    event_matches,
    mention_in,
    score_carb,
    score_events,
    score_relations,
)
from graphbuilder.evaluate.relations import relation_type

GOLD = GoldEvent(
    "g1",
    "Senior Hungarian officials threatened Romania.",
    "THREATEN",
    (Actor("Hungarian", "HUN"),),
    (Actor("Romania", "ROU"),),
)


def rec(
    event_type: str | None,
    subject: str,
    obj: str | None = None,
    *,
    s_country: str | None = None,
    o_country: str | None = None,
) -> dict:
    return {
        "event_type": event_type,
        "subject": {"text": subject, "country": s_country},
        "object": None if obj is None else {"text": obj, "country": o_country},
    }


def test_content_words_drop_stop_words_and_punctuation() -> None:
    assert content_words("The officials of the U.N., and their allies!") == {"officials", "un", "allies"}
    assert content_words(None) == set()


def test_us_in_capitals_is_a_content_word_and_matches_an_actor() -> None:
    # "us" is a spaCy stop word: the pronoun is dropped, the country written "US" or "U.S." is not
    assert content_words("US forces") == {"us", "forces"} == content_words("U.S. forces")
    assert content_words("they told us") == {"told"}
    gold = GoldEvent("u", "The US warned Iran.", "THREATEN", (Actor("US"),), (Actor("Iran"),))
    hit = {"event_type": "THREATEN", "subject": {"text": "the U.S."}, "object": {"text": "Iran"}}
    assert event_matches(hit, gold)
    assert not event_matches({**hit, "subject": {"text": "us"}}, gold)


def test_actor_matches_by_shared_word_or_country_code() -> None:
    assert argument_matches({"text": "Senior Hungarian officials"}, GOLD.sources)
    assert argument_matches({"text": "Budapest", "country": "hun"}, GOLD.sources)
    assert not argument_matches({"text": "Budapest", "country": "AUT"}, GOLD.sources)
    assert not argument_matches({"text": "the officials"}, GOLD.sources)  # "officials" not in "Hungarian"


def test_event_scores_one_match_per_sentence_and_precision_over_typed() -> None:
    pairs = [
        # two correct predictions, one untyped: only one can match; precision counts both typed
        (
            GOLD,
            [
                rec("THREATEN", "Hungarian officials", "Romania"),
                rec("THREATEN", "Hungary", "Romania", s_country="HUN"),
                rec(None, "x", "y"),
            ],
        ),
        # right type, wrong target: type accuracy yes, match no
        (
            GoldEvent("g2", "t", "FIGHT", (Actor("Serb forces"),), (Actor("Albanians"),)),
            [rec("FIGHT", "Serb forces", "the police")],
        ),
        # no gold target: any object will do
        (
            GoldEvent("g3", "t", "PROTEST", (Actor("students"),), ()),
            [rec("PROTEST", "Thousands of students")],
        ),
        # nothing predicted
        (GoldEvent("g4", "t", "AGREE", (Actor("Jordan"),), ()), []),
    ]
    result = score_events(pairs)
    assert result.overall.matched_gold == 2 and result.overall.gold == 4
    assert result.overall.predictions == 4
    assert result.overall.precision == pytest.approx(2 / 4)
    assert result.overall.recall == pytest.approx(2 / 4)
    assert result.overall.f1 == pytest.approx(0.5)
    assert result.type_accuracy == pytest.approx(3 / 4)
    fight, fight_accuracy = result.per_type["FIGHT"]
    assert (fight.matched_gold, fight.predictions, fight_accuracy) == (0, 1, 1.0)
    assert result.per_type["AGREE"][0].recall == 0.0


def test_carb_match_partial_credit() -> None:
    gold = CarbTuple("made a final offer on", ("President Bush", "the minimum wage"))
    ex = Extraction("made offer on", ("Bush", "minimum wage"), 0.9)
    precision, recall = carb_match(gold, ex)
    # relation 3/3 predicted words found, 3/5 gold; args 1/1 + 2/2 predicted, 1/2 + 2/3 gold
    assert precision == pytest.approx(6 / 6)
    assert recall == pytest.approx(6 / 10)


def test_carb_match_needs_a_relation_word_and_both_arguments() -> None:
    gold = CarbTuple("visited", ("Putin", "Paris"))
    assert carb_match(gold, Extraction("met", ("Putin", "Paris"), 1)) == (0.0, 0.0)
    assert carb_match(gold, Extraction("visited", ("Putin",), 1)) == (0.0, 0.0)


def test_carb_match_said_relations_may_be_reversed() -> None:
    gold = CarbTuple("said", ("the minister", "taxes will rise"))
    assert carb_match(gold, Extraction("said", ("taxes will rise", "the minister"), 1)) == (1.0, 1.0)


def test_carb_best_f1_over_thresholds_and_auc() -> None:
    gold = {"s1": [CarbTuple("met", ("Putin", "Trump"))], "s2": [CarbTuple("visited", ("Macron", "Kyiv"))]}
    predicted = {
        "s1": [Extraction("met", ("Putin", "Trump"), 0.9)],
        "s2": [Extraction("left", ("Macron", "Paris"), 0.5)],
    }
    result = score_carb(gold, predicted)
    # threshold 0.5: P = 1/2, R = 1/2; threshold 0.9: P = 1/1, R = 1/2 -> best F1 2/3 at 0.9
    assert (result.precision, result.recall, result.threshold) == (1.0, 0.5, 0.9)
    assert result.f1 == pytest.approx(2 / 3)
    # PR curve (R, P): (0.5, 0.5), (0.5, 1.0), then (0, 1): area 0.5
    assert result.auc == pytest.approx(0.5)


def test_carb_without_predictions_scores_zero() -> None:
    result = score_carb({"s": [CarbTuple("met", ("a", "b"))]}, {})
    assert (result.f1, result.auc) == (0.0, 0.0)


def test_mention_in_is_token_aligned() -> None:
    assert mention_in("Associated Press", "Middle East correspondent for The Associated Press")
    assert not mention_in("Press", "Pressed hard")


def test_relation_scores_per_type() -> None:
    gold = [
        GoldRelation("Kill", "Oswald", "Kennedy"),
        GoldRelation("Work_For", "Anderson", "Associated Press"),
    ]
    predicted = [
        PredictedRelation("Kill", "Lee Harvey Oswald", "President John F. Kennedy"),
        PredictedRelation("Kill", "Lee Harvey Oswald", "Kennedy"),  # a duplicate cannot match twice
        PredictedRelation("Work_For", "Anderson", "Reuters"),
    ]
    scores = score_relations([(gold, predicted)], ["Kill", "Work_For"])
    assert (scores["Kill"].precision, scores["Kill"].recall) == (0.5, 1.0)
    assert (scores["Work_For"].precision, scores["Work_For"].recall) == (0.0, 0.0)


@pytest.mark.parametrize(
    ("record", "relation"),
    [
        ({"predicate": "killed", "relation_text": "killed"}, "Kill"),
        ({"predicate": "shot", "relation_text": "shot dead"}, "Kill"),
        ({"predicate": "works_for", "relation_text": "works for"}, "Work_For"),
        (
            {
                "predicate": "is",
                "relation_text": "is",
                "object": {"text": "Middle East correspondent for AP"},
            },
            "Work_For",
        ),
        ({"predicate": "is", "relation_text": "is", "object": {"text": "a small town"}}, None),
        ({"predicate": "called_for", "relation_text": "called for"}, None),
        ({"predicate": "assassinated_at", "relation_text": "was assassinated at"}, None),  # victim only
        ({"predicate": "killed", "relation_text": "was killed by"}, "Kill"),
        (
            {"predicate": "is", "relation_text": "is", "object": {"text": "the accused assassin of Kennedy"}},
            "Kill",
        ),
        (
            {
                "predicate": "is",
                "relation_text": "is",
                "object": {"text": "the man convicted of killing him"},
            },
            "Kill",
        ),
        ({"predicate": "is", "relation_text": "is", "object": {"text": "a son of the slain leader"}}, None),
    ],
)
def test_conll04_predicate_mapping(record: dict, relation: str | None) -> None:
    assert relation_type(record) == relation


def test_carb_match_be_matches_its_forms() -> None:
    gold = CarbTuple("is", ("Putin", "president"))
    assert carb_match(gold, Extraction("be", ("Putin", "president"), 1)) == (1.0, 1.0)


def test_carb_precision_matches_one_gold_tuple_per_extraction() -> None:
    # two extractions, one gold tuple: only one extraction can take its precision credit
    gold = {"s": [CarbTuple("met", ("Putin", "Trump"))]}
    predicted = {
        "s": [Extraction("met", ("Putin", "Trump"), 0.9), Extraction("met", ("Putin", "Trump"), 0.8)]
    }
    result = score_carb(gold, predicted)
    # at 0.8: P = 1/2, R = 1; at 0.9: P = 1, R = 1 -> best at 0.9
    assert (result.precision, result.recall, result.threshold) == (1.0, 1.0, 0.9)
    # PR points (R, P): (1, 0.5), (1, 1), then (0, 1): area 1.0
    assert result.auc == pytest.approx(1.0)


def test_event_with_empty_sources_never_matches() -> None:
    gold = GoldEvent("g", "t", "FIGHT", (), ())
    result = score_events([(gold, [rec("FIGHT", "rebels")])])
    assert (result.overall.matched_gold, result.type_accuracy) == (0, 1.0)

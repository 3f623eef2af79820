"""The news gold set: its committed files, the matching rules, and ``eval news`` end to end.

Every sentence and article here is made up for the test; the BBC corpus is never copied.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from graphbuilder.cli import main
from graphbuilder.errors import EvaluationError
from graphbuilder.evaluate.news import (
    Bucket,
    GoldArgument,
    GoldSentence,
    GoldStatement,
    argument_matches,
    calibration,
    lowest_threshold,
    match_sentence,
    part_of,
    predicate_head,
    predicate_matches,
    predicted_modality,
    read_news_gold,
    score_news,
)

GOLD_DIR = Path(__file__).parents[2] / "eval" / "news"


def same(word: str) -> str:
    return word


# --- the committed gold set -------------------------------------------------------------


def test_committed_gold_set_has_both_parts_and_no_text() -> None:
    gold = read_news_gold(GOLD_DIR)
    parts = {p: [g for g in gold if g.part == p] for p in ("dev", "heldback")}
    assert len(gold) >= 120
    assert 0.25 <= len(parts["heldback"]) / len(gold) <= 0.40
    assert sum(len(g.statements) for g in gold) > len(gold)  # several statements per sentence
    assert any(not g.statements for g in gold)  # and sentences with none, for precision
    for p, file in (("dev", "dev.jsonl"), ("heldback", "heldback.jsonl")):
        for line in (GOLD_DIR / file).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            assert record["part"] == p and "text" not in record


def test_sampler_and_reader_agree_on_parts() -> None:
    spec = importlib.util.spec_from_file_location("news_sample", GOLD_DIR / "sample.py")
    assert spec and spec.loader
    sample = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sample)
    for article, start in (("politics/a.txt", 0), ("business/b.txt", 117), ("x", 5)):
        assert sample.part(article, start) == part_of(article, start)
    text = 'Mr. Smith went to Paris. He met the minister! "Fine," he said.\nA new paragraph here.'
    spans = list(sample.sentences(text))
    assert [text[s:e] for s, e in spans] == [
        "Mr. Smith went to Paris.",
        "He met the minister!",
        '"Fine," he said.',
        "A new paragraph here.",
    ]


# --- reading ----------------------------------------------------------------------------


def _line(**fields: object) -> str:
    base: dict[str, object] = {"id": "t-1", "article": "politics/x.txt", "start": 0, "end": 20}
    base["part"] = part_of("politics/x.txt", 0)
    base.update(fields)
    return json.dumps(base)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "not a JSON object"),
        (_line(start=30), "0 <= start < end"),
        (_line(part="wrong"), "its hash puts it in"),
        (_line(statements=[{"predicate": "say"}]), "needs a subject"),
        (
            _line(statements=[{"subject": {"names": ["A"]}, "predicate": "say", "modality": "sure"}]),
            "modality",
        ),
    ],
)
def test_bad_gold_line_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(_line(id="t-0") + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match=re.escape(f"{path}:2: ") + ".*" + re.escape(message)):
        read_news_gold(path)


# --- matching rules ---------------------------------------------------------------------

BLAIR = GoldArgument(names=("Tony Blair", "Blair"))


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        ({"text": "he", "name": "Tony Blair"}, True),  # resolved pronoun, by canonical name
        ({"text": "Mr Blair", "name": None}, True),  # ends in the alias "Blair" after a title
        ({"text": "Prime Minister Tony Blair", "name": None}, True),  # modifiers before the name
        ({"text": "a letter by Tony Blair", "name": None}, False),  # a preposition before it: another phrase
        ({"text": "he", "name": "Michael Howard"}, False),
        ({"text": "TONY BLAIR", "name": None}, True),  # case-insensitive
    ],
)
def test_entity_arguments(argument: dict[str, object], expected: bool) -> None:
    assert argument_matches(BLAIR, argument) is expected


def test_literal_arguments_share_half_the_content_words() -> None:
    gold = GoldArgument(literals=("plans to build 100,000 new homes",))
    assert argument_matches(gold, {"text": "plans to build homes"})
    assert argument_matches(gold, {"text": "plans"})  # the head kept, modifiers cut: half of the smaller
    assert not argument_matches(gold, {"text": "a briefing on Monday"})


def test_a_literal_never_rescues_a_wrong_resolution() -> None:
    gold = GoldArgument(names=("Bank of England",), literals=("the central bank",))
    assert argument_matches(gold, {"text": "the central bank", "name": "central bank"})
    assert not argument_matches(gold, {"text": "the central bank", "name": "Barclays"})


def test_unresolved_pronoun_and_missing_object() -> None:
    unresolved = GoldArgument(pronoun="we", unresolved=True)
    assert argument_matches(unresolved, {"text": "We", "name": "We"})
    assert not argument_matches(unresolved, {"text": "We", "name": "Labour"})
    assert argument_matches(None, None)
    assert not argument_matches(None, {"text": "the talks"})
    assert argument_matches(None, {"text": "crime"}, prepositional=True)
    assert argument_matches(GoldArgument(literals=("x",), optional=True), None)


@pytest.mark.parametrize(
    ("predicate", "head"),
    [
        ("appealed_to", "appealed"),
        ("was_implicated_in", "implicated"),
        ("is_in", "is"),
        ("will_not_tolerate", "tolerate"),
    ],
)
def test_predicate_head(predicate: str, head: str) -> None:
    assert predicate_head(predicate) == head


def test_predicates_match_by_lemma_ignoring_particles() -> None:
    assert predicate_matches(["appeal_to"], "appealed_to", same)
    assert predicate_matches(["stand_down"], "stood_down_at", lambda w: {"stood": "stand"}.get(w, w))
    assert predicate_matches(["say"], "said", same)
    assert predicate_matches(["be"], "is_against", same)
    assert predicate_matches(["stop"], "stopped", same)
    assert not predicate_matches(["hope"], "hopped", same)
    assert not predicate_matches(["say"], "told", same)


def test_modality_reads_the_new_field_and_falls_back_on_negated() -> None:
    assert predicted_modality({"modality": "conditional", "negated": False}) == "conditional"
    assert predicted_modality({"modality": "will", "negated": True}) == "negated"
    assert predicted_modality({"modality": "could", "negated": False}) == "asserted"
    assert predicted_modality({}) == "asserted"


# --- scores -----------------------------------------------------------------------------


def _sentence() -> GoldSentence:
    return GoldSentence(
        "t-1",
        "politics/x.txt",
        0,
        80,
        "dev",
        (
            GoldStatement(
                GoldArgument(("Tony Blair",), pronoun="he"),
                ("reject",),
                GoldArgument(literals=("the plan",)),
                "negated",
                ("Tony Blair",),
                "REJECT",
            ),
            GoldStatement(
                GoldArgument(("Tony Blair",)),
                ("say",),
                GoldArgument(literals=("he would not reject the plan",)),
            ),
        ),
    )


def _record(subject: dict[str, object], predicate: str, obj: str, **more: object) -> dict[str, object]:
    return {"subject": subject, "predicate": predicate, "object": {"text": obj}, "negated": False, **more}


def test_scores_precision_recall_pronouns_modality_and_types() -> None:
    records = [
        _record(
            {"text": "he", "name": "Tony Blair"},
            "rejected",
            "the plan",
            negated=True,
            attributed_to={"name": "Tony Blair"},
            event_type="REJECT",
            confidence=0.9,
        ),
        _record({"text": "Tony Blair"}, "said", "he would not reject the plan", confidence=0.6),
        _record(
            {"text": "he", "name": "Gordon Brown"},
            "rejected",
            "the plan",
            event_type="REJECT",
            confidence=0.5,
        ),
        _record({"text": "the plan"}, "is_in", "trouble", confidence=0.3),
    ]
    result = match_sentence(_sentence(), records, same)
    s = score_news([result], same)
    assert (s.gold, s.predictions, s.matched) == (2, 4, 2)
    assert (s.precision, s.recall) == (0.5, 1.0)
    assert (s.pronouns_judged, s.pronouns_right) == (2, 1)  # Blair right, Brown wrong
    assert (s.modality_right, s.attribution_right) == (2, 2)
    assert (s.typed, s.typed_right, s.gold_typed, s.gold_typed_found) == (2, 1, 1, 1)
    buckets = calibration([result], (0.0, 0.55, 0.8))
    assert [(b.statements, b.right) for b in buckets] == [(4, 2), (2, 2), (1, 1)]
    assert lowest_threshold(buckets, 0.8) == 0.55


def test_lowest_threshold_needs_every_higher_bucket() -> None:
    buckets = [Bucket(0.5, 10, 9), Bucket(0.7, 5, 3), Bucket(0.9, 2, 2)]
    assert lowest_threshold(buckets, 0.8) == 0.9
    assert lowest_threshold([Bucket(0.5, 4, 1)], 0.8) is None


# --- end to end ---------------------------------------------------------------------------

ARTICLE = (
    "Prime Minister Tony Blair rejected the Conservative plan on Monday. "
    "He said the plan would cost too much.\n\n"
    "The weather in London was fine."
)


def _corpus_and_gold(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "politics/made-up.txt", "category": "politics", "title": "t", "text": ARTICLE})
        + "\n",
        encoding="utf-8",
    )
    first = ARTICLE.index("Prime")
    second = ARTICLE.index("He said")
    rows = [
        {
            "id": "t-1",
            "article": "politics/made-up.txt",
            "start": first,
            "end": ARTICLE.index(" He said"),
            "statements": [
                {
                    "subject": {"names": ["Tony Blair"]},
                    "predicate": "reject",
                    "object": {"literals": ["Conservative plan"]},
                    "modality": "asserted",
                    "event_type": "REJECT",
                },
                {
                    "subject": {"names": ["Tony Blair"]},
                    "predicate": "be",
                    "object": {"literals": ["Prime Minister"]},
                },
            ],
        },
        {
            "id": "t-2",
            "article": "politics/made-up.txt",
            "start": second,
            "end": ARTICLE.index("\n\n"),
            "statements": [
                {
                    "subject": {"names": ["Tony Blair"], "pronoun": "he"},
                    "predicate": "say",
                    "object": {"literals": ["the plan would cost too much"]},
                },
            ],
        },
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "".join(
            json.dumps({**r, "part": part_of(str(r["article"]), int(str(r["start"])))}) + "\n" for r in rows
        ),
        encoding="utf-8",
    )
    return corpus, gold


def test_eval_news_end_to_end(nlp: Language, tmp_path: Path) -> None:
    corpus, gold = _corpus_and_gold(tmp_path)
    misses = tmp_path / "misses.jsonl"
    result = CliRunner().invoke(
        main,
        [
            "eval",
            "news",
            str(gold),
            "--corpus",
            str(corpus),
            "--part",
            "all",
            "--misses",
            str(misses),
            "--calibration",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = {
        m.group(1): m
        for m in re.finditer(r"^(dev|heldback|all)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", result.output, re.M)
    }
    total = rows.get("all") or next(iter(rows.values()))
    assert sum(int(rows[p].group(2)) for p in ("dev", "heldback") if p in rows) == 2
    assert int(total.group(3)) == 3 and int(total.group(5)) >= 2  # Blair rejected, Blair is PM at least
    assert "resolved-pronoun precision" in result.output and "calibration" in result.output
    assert "lowest threshold with precision >= 0.80" in result.output
    written = [json.loads(line) for line in misses.read_text(encoding="utf-8").splitlines()]
    parts = {part_of("politics/made-up.txt", ARTICLE.index(x)) for x in ("Prime", "He said")}
    if "dev" in parts:  # the misses file holds the dev part only, unless --part heldback
        assert all(m["part"] == "dev" and m["kind"] for m in written)
        # the weather sentence is in no gold sentence: nothing from it is scored
        assert not any("weather" in json.dumps(m) for m in written)


def test_records_outside_the_gold_sentence_are_not_scored() -> None:
    from graphbuilder.evaluate.runners import _in_sentence

    text = "Blair met Brown. Brown left."  # the system joined both into one sentence
    joined = {"start": 0, "end": len(text)}
    gold_start, gold_end = text.index("Brown left"), len(text)

    def record(subject_start: int) -> dict[str, object]:
        return {"sentence": joined, "subject": {"start": subject_start}, "object": {}}

    assert _in_sentence(record(text.index("Brown left")), gold_start, gold_end)
    assert not _in_sentence(record(0), gold_start, gold_end)
    alone = {"sentence": {"start": gold_start, "end": gold_end}, "subject": {"start": 0}}
    assert _in_sentence(alone, gold_start, gold_end)  # a sentence inside the span is in it


def test_eval_news_missing_corpus_is_one_clean_line(tmp_path: Path) -> None:
    _, gold = _corpus_and_gold(tmp_path)
    result = CliRunner().invoke(main, ["eval", "news", str(gold), "--corpus", str(tmp_path / "absent.jsonl")])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0
    assert "corpus file not found" in result.output and "Traceback" not in result.output

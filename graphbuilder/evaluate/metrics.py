"""The accuracy metrics, exactly as ``../shared/data/README.md`` defines them.

Pure functions over gold records and predicted statement records (the statement JSON
format, :func:`graphbuilder.model.statement_record`): no pipeline, no I/O.

* PLOVER events: a prediction matches the gold event when its type is the gold type, its
  subject shares a content word with a gold source (or both resolve to the same country
  code) and, when the gold has targets, its object likewise matches a target. At most one
  prediction per sentence matches. Also type accuracy: any predicted type equals the gold.
* CaRB: token-level partial matching of relation and arguments (CaRB's
  ``binary_linient_tuple_match``), the optimised global match per confidence threshold,
  best F1 over thresholds and the area under the precision-recall curve.
* Relations (CoNLL04): per-relation precision, recall and F1, with relaxed argument
  matching (the gold entity occurs, at token boundaries, in the predicted argument).
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from graphbuilder.evaluate.gold import Actor, CarbTuple, GoldEvent, GoldRelation

Record = Mapping[str, Any]  # one statement JSON record


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F1 with the counts behind them."""

    matched_predictions: float
    predictions: int
    matched_gold: float
    gold: int

    @property
    def precision(self) -> float:
        return self.matched_predictions / self.predictions if self.predictions else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# --- PLOVER events --------------------------------------------------------------------

_WORD = re.compile(r"\w[\w.'-]*")
#: An initialism written in capitals, with or without dots: "US", "U.S.", "UN", "U.K", "NATO".
_INITIALISM = re.compile(r"(?:[A-Z]\.){1,4}[A-Z]?\.?|[A-Z]{2,4}")


def content_words(text: str | None) -> set[str]:
    """Lower-case words of ``text`` without stop words and punctuation.

    An initialism in capitals is a content word written without its dots, even when the
    lower-case word is a stop word: "US" and "U.S." are both "us", the pronoun "us" is dropped.

    >>> sorted(content_words("The Hungarian officials, and their country's U.N. envoy"))
    ['country', 'envoy', 'hungarian', 'officials', 'un']
    >>> sorted(content_words("US troops told us")), sorted(content_words("the U.S.'s envoy"))
    (['told', 'troops', 'us'], ['envoy', 'us'])
    """
    if not text:
        return set()
    words = set()
    for raw in _WORD.findall(text):
        bare = re.sub(r"'s$", "", raw).strip("'-")
        if _INITIALISM.fullmatch(bare) and len(bare.replace(".", "")) >= 2:
            words.add(bare.replace(".", "").lower())
            continue
        w = re.sub(r"'s$", "", raw.strip(".'-").lower())
        if w and w not in _stop_words() and w not in {"'s", "s"}:
            words.add(w)
    return words


@cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, imported on first use (importing spaCy takes seconds, and
    every CLI command imports this module through its eval commands)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def argument_matches(argument: Mapping[str, Any] | None, actors: Sequence[Actor]) -> bool:
    """An argument (``subject``/``object`` of a record) matches one of the gold actors:
    a shared content word, or the same country code."""
    if not argument:
        return False
    words = content_words(argument.get("text"))
    country = (argument.get("country") or "").upper()
    for actor in actors:
        if words & content_words(actor.text):
            return True
        if country and actor.code and country == actor.code.upper():
            return True
    return False


def event_matches(record: Record, gold: GoldEvent) -> bool:
    if record.get("event_type") != gold.event:
        return False
    if not argument_matches(record.get("subject"), gold.sources):
        return False
    return not gold.targets or argument_matches(record.get("object"), gold.targets)


@dataclass
class EventResult:
    """PLOVER scores overall and per gold event type."""

    overall: Scores
    type_accuracy: float
    per_type: dict[str, tuple[Scores, float]] = field(default_factory=dict)  # type -> (scores, type accuracy)
    sentences: int = 0
    halves: dict[str, EventResult] = field(default_factory=dict)  # "a"/"b" -> scores of that half


def score_events(pairs: Iterable[tuple[GoldEvent, Sequence[Record]]]) -> EventResult:
    """Event precision/recall/F1 and type accuracy over (gold event, that sentence's records).

    >>> g = GoldEvent("1", "Iran threatened Iraq.", "THREATEN", (Actor("Iran", "IRN"),), (Actor("Iraq"),))
    >>> hit = {"event_type": "THREATEN", "subject": {"text": "Tehran", "country": "IRN"},
    ...        "object": {"text": "Iraq"}}
    >>> r = score_events([(g, [hit, {"event_type": "FIGHT", "subject": {"text": "Iran"}}])])
    >>> (r.overall.precision, r.overall.recall, r.type_accuracy)
    (0.5, 1.0, 1.0)
    """
    counts: dict[str, list[int]] = {}  # type -> [matched, typed predictions, gold, type hits]
    total = [0, 0, 0, 0]
    for gold, records in pairs:
        typed = [r for r in records if r.get("event_type")]
        matched = 1 if any(event_matches(r, gold) for r in typed) else 0
        type_hit = 1 if any(r.get("event_type") == gold.event for r in typed) else 0
        row = counts.setdefault(gold.event, [0, 0, 0, 0])
        for vec in (row, total):
            vec[0] += matched
            vec[2] += 1
            vec[3] += type_hit
        total[1] += len(typed)
        for r in typed:
            counts.setdefault(r["event_type"], [0, 0, 0, 0])[1] += 1
    per_type = {t: (Scores(m, p, m, g), (h / g if g else 0.0)) for t, (m, p, g, h) in sorted(counts.items())}
    m, p, g, h = total
    return EventResult(Scores(m, p, m, g), h / g if g else 0.0, per_type, g)


# --- CaRB -----------------------------------------------------------------------------

_FORMS_OF_BE = ("be", "is", "am", "are", "was", "were", "been", "being")
_SAID_RELATIONS = ("said", "told", "added", "adds", "says")


@dataclass(frozen=True)
class Extraction:
    """A predicted Open IE tuple: relation, arguments, confidence."""

    relation: str
    args: tuple[str, ...]
    confidence: float


def _overlap(gold_words: list[str], predicted_words: list[str]) -> int:
    remaining = list(predicted_words)
    matching = 0
    for w in gold_words:
        if w in remaining:
            matching += 1
            remaining.remove(w)
    return matching


def _lenient_match(ref: CarbTuple, ex: CarbTuple) -> tuple[float, float]:
    """CaRB's ``linient_tuple_match``: (precision, recall) of words, relation first."""
    predicted = ex.relation.split()
    gold_words = ref.relation.split()
    precision = [0, len(predicted)]
    recall = [0, len(gold_words)]
    matching = 0
    for w in gold_words:
        if w in predicted:
            matching += 1
            predicted.remove(w)
    if "be" in predicted:
        for form in _FORMS_OF_BE:
            if form in gold_words:
                matching += 1
                predicted.remove("be")
                break
    if matching == 0:
        return (0.0, 0.0)
    precision[0] += matching
    recall[0] += matching
    for i, arg in enumerate(ref.args):
        gold_words = arg.split()
        recall[1] += len(gold_words)
        if len(ex.args) <= i:
            if i < 2:
                return (0.0, 0.0)
            continue
        predicted = ex.args[i].split()
        precision[1] += len(predicted)
        matching = _overlap(gold_words, predicted)
        precision[0] += matching
        recall[0] += matching
    return (precision[0] / precision[1] if precision[1] else 0.0, recall[0] / recall[1] if recall[1] else 0.0)


def _binary(t: CarbTuple | Extraction) -> CarbTuple:
    args = t.args if len(t.args) < 2 else (t.args[0], " ".join(t.args[1:]))
    return CarbTuple(t.relation, args)


def carb_match(ref: CarbTuple, ex: Extraction) -> tuple[float, float]:
    """CaRB's default matcher (``binary_linient_tuple_match``): (precision, recall).

    >>> gold = CarbTuple("met", ("the US president", "Putin"))
    >>> carb_match(gold, Extraction("met", ("the US president", "Putin"), 1))
    (1.0, 1.0)
    >>> carb_match(gold, Extraction("met", ("president", "Putin"), 1))
    (1.0, 0.6)
    """
    r, e = _binary(ref), _binary(ex)
    straight = _lenient_match(r, e)
    if not any(verb in ref.relation for verb in _SAID_RELATIONS):
        return straight
    reverse = CarbTuple(e.relation, (" ".join(ex.args[1:]), ex.args[0])) if len(ex.args) >= 2 else e
    return max(straight, _lenient_match(r, reverse))


@dataclass
class CarbResult:
    precision: float
    recall: float
    f1: float
    auc: float
    threshold: float | None
    gold: int = 0
    predictions: int = 0
    halves: dict[str, CarbResult] = field(default_factory=dict)  # "a"/"b" -> scores of that half


def score_carb(
    gold: Mapping[str, Sequence[CarbTuple]], predicted: Mapping[str, Sequence[Extraction]]
) -> CarbResult:
    """CaRB's ``Benchmark.compare``: best (P, R, F1) over confidence thresholds and PR AUC.

    >>> gold = {"s": [CarbTuple("met", ("Putin", "Trump"))]}
    >>> r = score_carb(gold, {"s": [Extraction("met", ("Putin", "Trump"), 0.9)]})
    >>> (r.precision, r.recall, r.f1, r.auc)
    (1.0, 1.0, 1.0, 1.0)
    """
    thresholds = sorted({ex.confidence for exs in predicted.values() for ex in exs})
    index = {c: i for i, c in enumerate(thresholds)}
    n = len(thresholds)
    p, pl, r, rl = [0.0] * n, [0] * n, [0.0] * n, [0] * n
    for sent, gold_tuples in gold.items():
        exs = list(predicted.get(sent, ()))
        scores = [[carb_match(g, e) for e in exs] for g in gold_tuples]
        prev = 0
        for conf in sorted(e.confidence for e in exs):
            c = index[conf]
            chosen = [j for j, e in enumerate(exs) if e.confidence >= conf]
            recall_num = sum(max((row[j][1] for j in chosen), default=0.0) for row in scores)
            precision_num = 0.0
            rows: set[int] = set()
            cols: set[int] = set()
            for _ in range(min(len(scores), len(chosen))):
                best, bi, bj = -1.0, -1, -1
                for i in range(len(scores)):
                    if i in rows:
                        continue
                    for j in chosen:
                        if j not in cols and scores[i][j][0] > best:
                            best, bi, bj = scores[i][j][0], i, j
                rows.add(bi)
                cols.add(bj)
                precision_num += scores[bi][bj][0]
            for k in range(prev, c + 1):
                p[k] += precision_num
                pl[k] += len(chosen)
                r[k] += recall_num
                rl[k] += len(scores)
            prev = c + 1
        for k in range(prev, n):
            rl[k] += len(scores)
    precisions = [a / b if b > 0 else 1.0 for a, b in zip(p, pl, strict=True)]
    recalls = [a / b if b > 0 else 0.0 for a, b in zip(r, rl, strict=True)]
    total_gold = sum(len(v) for v in gold.values())
    total_pred = sum(len(v) for v in predicted.values())
    if not thresholds:
        return CarbResult(0.0, 0.0, 0.0, 0.0, None, total_gold, total_pred)
    f1s = [f1(a, b) for a, b in zip(precisions, recalls, strict=True)]
    best = max(range(n), key=lambda k: (f1s[k], -k))
    xs, ys = recalls + [0.0], precisions + [1.0]
    area = abs(sum((xs[k + 1] - xs[k]) * (ys[k] + ys[k + 1]) / 2 for k in range(len(xs) - 1)))
    return CarbResult(
        precisions[best], recalls[best], f1s[best], area, thresholds[best], total_gold, total_pred
    )


# --- relations (CoNLL04) --------------------------------------------------------------

_PUNCT = set(string.punctuation)


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in re.findall(r"\w+|[^\w\s]", text)]


def mention_in(gold_mention: str, argument: str | None) -> bool:
    """The gold entity occurs in the argument at token boundaries (case-insensitive).

    >>> mention_in("Associated Press", "correspondent for The Associated Press")
    True
    >>> mention_in("Press", "Pressed")
    False
    """
    if not argument:
        return False
    g, a = _tokens(gold_mention), _tokens(argument)
    return bool(g) and any(a[i : i + len(g)] == g for i in range(len(a) - len(g) + 1))


@dataclass(frozen=True)
class PredictedRelation:
    relation: str
    head: str
    tail: str
    head_name: str | None = None
    tail_name: str | None = None


def _relation_matches(pred: PredictedRelation, gold: GoldRelation) -> bool:
    if pred.relation != gold.relation:
        return False
    head_ok = mention_in(gold.head, pred.head) or (
        pred.head_name is not None and mention_in(gold.head, pred.head_name)
    )
    tail_ok = mention_in(gold.tail, pred.tail) or (
        pred.tail_name is not None and mention_in(gold.tail, pred.tail_name)
    )
    return head_ok and tail_ok


def score_relations(
    pairs: Iterable[tuple[Sequence[GoldRelation], Sequence[PredictedRelation]]], relations: Sequence[str]
) -> dict[str, Scores]:
    """Per-relation scores over (gold relations, predicted relations) per sentence; a gold
    relation and a prediction are each matched at most once.

    >>> gold = [GoldRelation("Kill", "Oswald", "Kennedy")]
    >>> pred = [PredictedRelation("Kill", "Lee Harvey Oswald", "President Kennedy"),
    ...         PredictedRelation("Kill", "police", "Oswald")]
    >>> s = score_relations([(gold, pred)], ["Kill"])["Kill"]
    >>> (s.precision, s.recall)
    (0.5, 1.0)
    """
    tally: dict[str, Counter[str]] = {rel: Counter() for rel in relations}
    for gold, predicted in pairs:
        used: set[int] = set()
        for rel in relations:
            preds = [(j, p) for j, p in enumerate(predicted) if p.relation == rel]
            golds = [g for g in gold if g.relation == rel]
            tally[rel]["predictions"] += len(preds)
            tally[rel]["gold"] += len(golds)
            for g in golds:
                hit = next((j for j, p in preds if j not in used and _relation_matches(p, g)), None)
                if hit is not None:
                    used.add(hit)
                    tally[rel]["matched"] += 1
    return {rel: Scores(t["matched"], t["predictions"], t["matched"], t["gold"]) for rel, t in tally.items()}

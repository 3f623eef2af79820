"""Running the real pipeline over gold sentences and scoring the result.

Each gold sentence becomes its own :class:`Article` (the gold text verbatim), all of them
go through ``nlp.pipe`` in batches via :func:`graphbuilder.api.iter_article_graphs`, and
the statement records per sentence are scored with :mod:`graphbuilder.evaluate.metrics`.
Misses (gold items not found, and wrong predictions) go to a JSON lines file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from graphbuilder.errors import EvaluationError
from graphbuilder.evaluate.gold import read_carb_gold, read_conll04_gold, read_plover_gold
from graphbuilder.evaluate.metrics import (
    CarbResult,
    EventResult,
    Extraction,
    Scores,
    carb_match,
    event_matches,
    score_carb,
    score_events,
    score_relations,
)
from graphbuilder.evaluate.news import (
    Lemmatizer,
    NewsResult,
    SentenceResult,
    attribution_matches,
    match_sentence,
    predicted_modality,
    pronoun_verdict,
    read_news_gold,
    score_news,
)
from graphbuilder.evaluate.relations import CONLL04_RELATIONS, predicted_relations
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.model import Article
from graphbuilder.report import RunReport

Record = dict[str, Any]
BATCH_SIZE = 64


def records_per_article(
    articles: list[Article],
    model: str | None = None,
    report: RunReport | None = None,
    min_confidence: float | None = None,
) -> dict[str, list[Record]]:
    """Statement records of each article, keyed by article id (an article with none: []).

    Sentences the pipeline fails on are recorded in ``report`` and score as empty.
    ``min_confidence`` is the pipeline's (None: the default graph's floor).
    """
    from graphbuilder.api import iter_article_graphs
    from graphbuilder.pipeline import Pipeline

    out: dict[str, list[Record]] = {a.id: [] for a in articles}
    report = report if report is not None else RunReport()
    pipeline = Pipeline(model=model, batch_size=BATCH_SIZE, min_confidence=min_confidence)
    for ag in iter_article_graphs(articles, report=report, pipeline=pipeline):
        kg = KnowledgeGraph()
        kg.add_article(ag.article, ag.sentences, ag.entities, ag.mentions, ag.statements)
        out[ag.article.id] = list(kg.records())
    return out


def _write_misses(path: str | Path | None, misses: Iterable[dict[str, Any]]) -> int:
    if path is None:
        return sum(1 for _ in misses)
    p = Path(path)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        n = 0
        with p.open("w", encoding="utf-8") as f:
            for miss in misses:
                f.write(json.dumps(miss, ensure_ascii=False) + "\n")
                n += 1
    except OSError as err:
        raise EvaluationError(f"{p}: cannot write the misses file ({err.strerror})") from err
    return n


def _brief(record: Mapping[str, Any]) -> dict[str, Any]:
    subject, obj = record.get("subject") or {}, record.get("object") or {}
    return {
        "subject": subject.get("text"),
        "subject_name": subject.get("name"),
        "subject_country": subject.get("country"),
        "relation": record.get("relation_text"),
        "predicate": record.get("predicate"),
        "object": obj.get("text"),
        "object_name": obj.get("name"),
        "object_country": obj.get("country"),
        "negated": record.get("negated"),
        "modality": record.get("modality"),
        "attributed_to": (record.get("attributed_to") or {}).get("name"),
        "event_type": record.get("event_type"),
        "cameo_code": record.get("cameo_code"),
        "confidence": record.get("confidence"),
    }


# --- PLOVER ---------------------------------------------------------------------------


def half_of(key: str) -> str:
    """Half ``a`` or ``b`` of a development set, by a hash of ``key`` (a PLOVER record id, a
    CaRB sentence's text).

    Rule writers look at one half (its misses); a change that moves only that half is
    over-fitting.
    """
    return "a" if int(hashlib.sha256(key.encode()).hexdigest(), 16) % 2 == 0 else "b"


def plover_half(record_id: str) -> str:
    """Half ``a`` or ``b`` of the PLOVER development records, by a hash of the record id."""
    return half_of(record_id)


def run_plover(
    gold_path: str | Path,
    misses_path: str | Path | None = None,
    model: str | None = None,
    report: RunReport | None = None,
    half: str = "all",
    min_confidence: float | None = None,
) -> EventResult:
    """Run the pipeline on the PLOVER gold sentences (``half`` ``a``, ``b`` or ``all``); event
    scores, with each half's in ``halves`` when both are run; misses to ``misses_path``."""
    gold = [g for g in read_plover_gold(gold_path) if half == "all" or plover_half(g.id) == half]
    if not gold:
        raise EvaluationError(f"{gold_path}: no gold record in half {half!r}")
    articles = [
        Article(id=f"plover-{i}", text=g.text, source=f"{gold_path}:{g.id}") for i, g in enumerate(gold)
    ]
    records = records_per_article(articles, model, report, min_confidence)
    pairs = [(g, records[a.id]) for g, a in zip(gold, articles, strict=True)]
    result = score_events(pairs)
    if half == "all":
        result.halves = {h: score_events([p for p in pairs if plover_half(p[0].id) == h]) for h in ("a", "b")}

    def misses() -> Iterator[dict[str, Any]]:
        for g, recs in pairs:
            if any(event_matches(r, g) for r in recs):
                continue
            typed = [r for r in recs if r.get("event_type")]
            yield {
                "id": g.id,
                "text": g.text,
                "gold": {
                    "event": g.event,
                    "trigger": g.trigger,
                    "source": [asdict(a) for a in g.sources],
                    "target": [asdict(a) for a in g.targets],
                },
                "reason": _plover_reason(g.event, recs),
                "typed": [_brief(r) for r in typed],
                "untyped": [_brief(r) for r in recs if not r.get("event_type")],
            }

    _write_misses(misses_path, misses())
    return result


def _plover_reason(event: str, records: list[Record]) -> str:
    if not records:
        return "no statements"
    typed = [r for r in records if r.get("event_type")]
    if not typed:
        return "no typed statement"
    if all(r.get("event_type") != event for r in typed):
        return "wrong type"
    return "actors do not match"


# --- CaRB -----------------------------------------------------------------------------


def extraction(record: Record) -> Extraction:
    """A statement record as a CaRB extraction: (relation text, subject text, object text,
    then the record's ``setting``, the phrases on its verb that set the act's circumstances, as
    CaRB's n-ary tuples list them).

    A passive with its agent ("the town was captured by rebels") is stored as the agent
    doing the act (subject "rebels", relation "was captured by", object "the town"); Open IE
    writes it in the sentence's order, the patient first, so the two arguments swap back
    when the agent comes after the patient in the text and the relation ends in "by".
    """
    subject, obj = record.get("subject") or {}, record.get("object") or {}
    relation = record.get("relation_text") or ""
    first, second = subject, obj
    if _passive_agent_after(relation, subject, obj):
        first, second = obj, subject
    args = tuple(a for a in (first.get("text") or "", second.get("text")) if a is not None)
    args += tuple(record.get("setting") or ())
    return Extraction(relation, args, float(record.get("confidence") or 0.0))


def _passive_agent_after(relation: str, subject: Mapping[str, Any], obj: Mapping[str, Any]) -> bool:
    words = relation.split()
    starts = subject.get("start"), obj.get("start")
    return (
        len(words) > 1
        and words[-1].lower() == "by"
        and isinstance(starts[0], int)
        and isinstance(starts[1], int)
        and starts[1] < starts[0]
    )


def run_carb(
    gold_path: str | Path,
    misses_path: str | Path | None = None,
    model: str | None = None,
    report: RunReport | None = None,
    half: str = "all",
    min_confidence: float | None = 0.0,
) -> CarbResult:
    """Run the pipeline on the CaRB gold sentences (verbatim; ``half`` ``a``, ``b`` or ``all``
    of them, split by a hash of the sentence text); CaRB best F1 and AUC, with each half's in
    ``halves`` when both are run. Each miss names its half. CaRB's scorer sweeps every
    confidence threshold itself, so by default it sees every extraction (``min_confidence`` 0)."""
    gold = {s: t for s, t in read_carb_gold(gold_path).items() if half == "all" or half_of(s) == half}
    if not gold:
        raise EvaluationError(f"{gold_path}: no gold sentence in half {half!r}")
    sentences = list(gold)
    articles = [Article(id=f"carb-{i}", text=s, source=f"{gold_path}:{i}") for i, s in enumerate(sentences)]
    records = records_per_article(articles, model, report, min_confidence)
    predicted = {s: [extraction(r) for r in records[a.id]] for s, a in zip(sentences, articles, strict=True)}
    result = score_carb(gold, predicted)
    if half == "all":
        result.halves = {
            h: score_carb(
                {s: t for s, t in gold.items() if half_of(s) == h},
                {s: e for s, e in predicted.items() if half_of(s) == h},
            )
            for h in ("a", "b")
        }

    def misses() -> Iterator[dict[str, Any]]:
        for s in sentences:
            exs = predicted[s]
            for g in gold[s]:
                best = max(((carb_match(g, e), e) for e in exs), key=lambda x: x[0][1], default=None)
                if best is None or best[0][1] < 0.5:
                    yield {
                        "half": half_of(s),
                        "sentence": s,
                        "gold": {"relation": g.relation, "args": list(g.args)},
                        "best": None
                        if best is None
                        else {
                            "relation": best[1].relation,
                            "args": list(best[1].args),
                            "precision": round(best[0][0], 3),
                            "recall": round(best[0][1], 3),
                        },
                        "predicted": len(exs),
                    }

    _write_misses(misses_path, misses())
    return result


# --- CoNLL04 --------------------------------------------------------------------------


def run_conll04(
    gold_path: str | Path,
    misses_path: str | Path | None = None,
    model: str | None = None,
    report: RunReport | None = None,
    min_confidence: float | None = None,
) -> dict[str, Scores]:
    """Run the pipeline on the CoNLL04 sentences; per-relation scores for Kill and Work_For."""
    gold = read_conll04_gold(gold_path)
    articles = [
        Article(id=f"conll04-{i}", text=g.text, source=f"{gold_path}:{g.id}") for i, g in enumerate(gold)
    ]
    records = records_per_article(articles, model, report, min_confidence)
    pairs = []
    for g, a in zip(gold, articles, strict=True):
        relevant = tuple(r for r in g.relations if r.relation in CONLL04_RELATIONS)
        pairs.append((g, relevant, predicted_relations(records[a.id]), records[a.id]))
    result = score_relations(((rel, pred) for _, rel, pred, _ in pairs), CONLL04_RELATIONS)

    def misses() -> Iterator[dict[str, Any]]:
        for g, relevant, pred, recs in pairs:
            per_sentence = score_relations([(relevant, pred)], CONLL04_RELATIONS)
            if all(
                s.matched_gold == s.gold and s.matched_predictions == s.predictions
                for s in per_sentence.values()
            ):
                continue
            yield {
                "id": g.id,
                "text": g.text,
                "gold": [asdict(r) for r in relevant],
                "predicted": [asdict(p) for p in pred],
                "statements": [_brief(r) for r in recs],
            }

    _write_misses(misses_path, misses())
    return result


# --- news gold set --------------------------------------------------------------------


@dataclass
class NewsRun:
    """Per-sentence matchings of one run over the news gold set, and what went wrong."""

    results: list[SentenceResult]
    lemma: Lemmatizer
    not_found: list[str]  # gold sentence ids whose text is not in the ingested article

    def part(self, name: str) -> list[SentenceResult]:
        return [r for r in self.results if name == "all" or r.gold.part == name]

    def scores(self, name: str) -> NewsResult:
        return score_news(self.part(name), self.lemma)


def read_corpus_articles(corpus_path: str | Path, ids: set[str]) -> dict[str, tuple[str, Article]]:
    """Corpus id -> (raw text, ingested Article) for the wanted ids of a JSON lines corpus."""
    from graphbuilder.ingest.jsonl import article_from_record

    p = Path(corpus_path)
    if not p.is_file():
        raise EvaluationError(
            f"{p}: corpus file not found (give the BBC corpus JSON lines file with --corpus)"
        )
    found: dict[str, tuple[str, Article]] = {}
    try:
        with p.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    raise EvaluationError(f"{p}:{number}: not a JSON object ({err.msg})") from err
                if not isinstance(record, dict) or str(record.get("id")) not in ids:
                    continue
                raw = str(record.get("text") or "").replace("\r\n", "\n")
                found[str(record["id"])] = (raw, article_from_record(record, f"{p}:{number}"))
    except (OSError, UnicodeDecodeError) as err:
        raise EvaluationError(f"{p}: cannot read the corpus ({err})") from err
    missing = sorted(ids - set(found))
    if missing:
        raise EvaluationError(
            f"{p}: {len(missing)} gold article(s) not in this corpus (first: {missing[0]}); "
            "is it the BBC corpus the gold set was drawn from?"
        )
    return found


def locate(sentence: str, text: str, near: int) -> tuple[int, int] | None:
    """Offsets of ``sentence`` in the ingested ``text``: the occurrence nearest ``near``."""
    hits = []
    at = text.find(sentence)
    while at != -1:
        hits.append(at)
        at = text.find(sentence, at + 1)
    if not hits:
        return None
    start = min(hits, key=lambda h: abs(h - near))
    return start, start + len(sentence)


def _in_sentence(record: Record, start: int, end: int) -> bool:
    """The record comes from the gold sentence: its sentence overlaps the gold span by half
    (segmentations differ), and, when the system joined the gold sentence with a neighbour,
    its subject or object lies inside the span."""
    s = record.get("sentence") or {}
    a, b = int(s.get("start", -1)), int(s.get("end", -1))
    overlap = min(b, end) - max(a, start)
    if overlap <= 0 or 2 * overlap < min(b - a, end - start):
        return False
    if a >= start and b <= end:
        return True
    spans = [record.get(k) or {} for k in ("subject", "object")]
    starts = [int(x["start"]) for x in spans if isinstance(x.get("start"), int)]
    return not starts or any(start <= x < end for x in starts)


def spacy_lemmatizer(model: str | None = None) -> Lemmatizer:
    """Verb lemma of one word by the pinned spaCy pipeline (cached); the word itself on failure."""
    from spacy.tokens import Doc

    from graphbuilder.nlp import load_pipeline
    from graphbuilder.nlp.lemmas import verb_lemma

    nlp = load_pipeline(model)
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    cache: dict[str, str] = {}

    def lemma(word: str) -> str:
        if word not in cache:
            result = word
            if lemmatizer is not None and word:
                doc = Doc(nlp.vocab, words=[word])
                doc[0].pos_ = "VERB"
                try:
                    forms = lemmatizer.rule_lemmatize(doc[0])  # type: ignore[attr-defined]
                    result = verb_lemma(word, forms[0]) if forms else word
                except (AttributeError, KeyError, ValueError):
                    result = word
            cache[word] = result.lower()
        return cache[word]

    return lemma


def run_news(
    gold_path: str | Path,
    corpus_path: str | Path,
    model: str | None = None,
    report: RunReport | None = None,
    min_confidence: float | None = None,
) -> NewsRun:
    """Run the pipeline on the gold sentences' whole articles (pronouns need their context)
    and match each gold sentence's statements against the records from that sentence."""
    gold = read_news_gold(gold_path)
    corpus = read_corpus_articles(corpus_path, {g.article for g in gold})
    articles = list({a.id: a for _, a in corpus.values()}.values())
    records = records_per_article(articles, model, report, min_confidence)
    lemma = spacy_lemmatizer(model)
    results, not_found = [], []
    for g in gold:
        raw, article = corpus[g.article]
        span = locate(raw[g.start : g.end], article.text, g.start)
        if span is None:
            not_found.append(g.id)
            in_sentence: list[Record] = []
        else:
            in_sentence = [r for r in records[article.id] if _in_sentence(r, *span)]
        results.append(match_sentence(g, in_sentence, lemma))
    return NewsRun(results, lemma, not_found)


def news_misses(run: NewsRun, corpus_path: str | Path, part: str) -> Iterator[dict[str, Any]]:
    """Misses of one part: gold not found, predictions matching nothing, and matched
    statements with the wrong modality, attribution or event type."""
    for r in run.part(part):
        g = r.gold
        where = {"id": g.id, "part": g.part, "article": g.article, "start": g.start, "end": g.end}
        sentence = (r.records[0].get("sentence") or {}).get("text") if r.records else None
        if sentence:
            where["sentence"] = sentence
        if g.id in run.not_found:
            yield {**where, "kind": "sentence not found in the ingested article"}
        matched_records = set(r.matches.values())
        for i, st in enumerate(g.statements):
            p = r.matches.get(i)
            if p is None:
                loose = r.loose.get(i)
                yield {
                    **where,
                    "kind": "missed",
                    "gold": st.brief(),
                    "subject and predicate found, object differs": None
                    if loose is None
                    else _brief(r.records[loose]),
                }
                continue
            record = r.records[p]
            wrong = []
            if predicted_modality(record) != st.modality:
                wrong.append(f"modality {predicted_modality(record)} (gold {st.modality})")
            if not attribution_matches(st.attributed_to, record):
                wrong.append("attribution")
            if (record.get("event_type") or None) != st.event_type:
                wrong.append(f"event type {record.get('event_type')} (gold {st.event_type})")
            if wrong:
                yield {
                    **where,
                    "kind": "wrong " + ", ".join(wrong),
                    "gold": st.brief(),
                    "predicted": _brief(record),
                }
        for i, record in enumerate(r.records):
            if i not in matched_records:
                verdict = pronoun_verdict(r, i, run.lemma)
                yield {
                    **where,
                    "kind": "spurious" if verdict is not False else "spurious (pronoun resolved wrong)",
                    "predicted": _brief(record),
                }

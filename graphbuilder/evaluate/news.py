"""The news gold set: reading its annotations and scoring statements against them.

The gold files (``eval/news/dev.jsonl`` and ``eval/news/heldback.jsonl``) hold, per sentence,
the article id, the sentence's character offsets in the corpus text and the statements a
careful reader takes from it; never the text itself. The README's "Accuracy" section gives
the annotation guidelines; the matching rules are here, in pure functions over gold
sentences and predicted statement records (:func:`graphbuilder.model.statement_record`).

A predicted statement **matches** a gold statement when all three agree:

* **subject and object** (:func:`argument_matches`): a gold name or alias equals the
  predicted entity's canonical name or its surface text, or ends that text at a word
  boundary ("Lib Dem leader Charles Kennedy"), case-insensitive, punctuation and leading
  articles ignored; a gold literal matches when the predicted text covers at least half of
  its content words; a gold pronoun left unresolved ("we=>?") matches only the same pronoun
  left unresolved; no gold object matches only no predicted object (or when marked optional).
* **predicate** (:func:`predicate_matches`): the lemma of the predicted predicate's head
  (first word after auxiliaries and modals: "was_implicated_in" -> "implicate") equals the
  lemma of the gold predicate's first word ("appeal_to" -> "appeal"); the particles and
  prepositions after it are ignored.

Pairs are matched one to one per sentence (maximum matching). Precision is matched
predictions over predictions in the gold sentences, recall matched gold over gold.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphbuilder.errors import EvaluationError
from graphbuilder.evaluate.metrics import content_words

Record = Mapping[str, Any]
Lemmatizer = Callable[[str], str]

PARTS = ("dev", "heldback")
MODALITIES = ("asserted", "negated", "possible", "conditional", "intended", "reported", "question")
PRONOUNS = frozenset(
    "i me we us you he him she her it they them this that these those his its their our my".split()
)
PREPOSITIONS = frozenset(
    "about above across after against along amid among around as at before behind below beneath "
    "beside between beyond by down during for from in inside into like near of off on onto out "
    "outside over past since through throughout to toward towards under until up upon via with "
    "within without".split()
)
_AUXILIARIES = frozenset(
    "be is am are was were been being has have had having do does did will would shall should "
    "can could may might must to not n't".split()
)


def part_of(article_id: str, start: int) -> str:
    """The part a sentence belongs to: ``heldback`` for a third, by a hash of id and offset."""
    digest = hashlib.sha256(f"{article_id}:{start}".encode()).hexdigest()
    return "heldback" if int(digest, 16) % 3 == 0 else "dev"


# --- gold -------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldArgument:
    """Subject or object of a gold statement: names (entity, with aliases) and/or literals."""

    names: tuple[str, ...] = ()
    literals: tuple[str, ...] = ()
    pronoun: str | None = None  # the mention was this pronoun
    unresolved: bool = False  # the text does not make its referent clear
    optional: bool = False  # an object that may also be absent


@dataclass(frozen=True)
class GoldStatement:
    subject: GoldArgument
    predicates: tuple[str, ...]
    object: GoldArgument | None
    modality: str = "asserted"
    attributed_to: tuple[str, ...] | None = None
    event_type: str | None = None

    def brief(self) -> dict[str, Any]:
        def arg(a: GoldArgument | None) -> Any:
            if a is None:
                return None
            shown = " | ".join(list(a.names) + [f'"{x}"' for x in a.literals]) or "?"
            return f"{a.pronoun}=>{shown}" if a.pronoun else shown

        return {
            "subject": arg(self.subject),
            "predicate": "|".join(self.predicates),
            "object": arg(self.object),
            "modality": self.modality,
            "attributed_to": list(self.attributed_to) if self.attributed_to else None,
            "event_type": self.event_type,
        }


@dataclass(frozen=True)
class GoldSentence:
    id: str
    article: str
    start: int
    end: int
    part: str
    statements: tuple[GoldStatement, ...]


def _argument(value: Any, where: str) -> GoldArgument | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise EvaluationError(f"{where}: an argument must be an object or null")
    names, literals = value.get("names", []), value.get("literals", [])
    if not all(isinstance(x, str) for x in [*names, *literals]):
        raise EvaluationError(f"{where}: 'names' and 'literals' must be lists of strings")
    arg = GoldArgument(
        tuple(names),
        tuple(literals),
        value.get("pronoun"),
        bool(value.get("unresolved")),
        bool(value.get("optional")),
    )
    if not (arg.names or arg.literals or arg.unresolved):
        raise EvaluationError(f"{where}: an argument needs names, literals or 'unresolved'")
    return arg


def _statement(value: Any, where: str) -> GoldStatement:
    if not isinstance(value, dict):
        raise EvaluationError(f"{where}: a statement must be a JSON object")
    subject = _argument(value.get("subject"), where)
    if subject is None:
        raise EvaluationError(f"{where}: a statement needs a subject")
    predicates = value.get("predicate")
    if isinstance(predicates, str):
        predicates = [predicates]
    if not predicates or not all(isinstance(p, str) and p for p in predicates):
        raise EvaluationError(f"{where}: 'predicate' must be a lemma or a list of lemmas")
    modality = value.get("modality", "asserted")
    if modality not in MODALITIES:
        raise EvaluationError(f"{where}: modality {modality!r} is not one of {', '.join(MODALITIES)}")
    attributed = value.get("attributed_to")
    return GoldStatement(
        subject,
        tuple(predicates),
        _argument(value.get("object"), where),
        modality,
        tuple(attributed) if attributed else None,
        value.get("event_type") or None,
    )


def _gold_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = [path / f"{p}.jsonl" for p in PARTS if (path / f"{p}.jsonl").is_file()]
        if not files:
            raise EvaluationError(f"{path}: no dev.jsonl or heldback.jsonl in this folder")
        return files
    if not path.is_file():
        raise EvaluationError(f"{path}: gold file not found")
    return [path]


def read_news_gold(path: str | Path) -> list[GoldSentence]:
    """The gold sentences of a gold file, or of ``dev.jsonl`` and ``heldback.jsonl`` in a folder."""
    sentences: list[GoldSentence] = []
    seen: set[str] = set()
    for file in _gold_files(Path(path)):
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as err:
            raise EvaluationError(f"{file}: cannot read the gold file ({err})") from err
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{file}:{number}"
            try:
                r = json.loads(line)
            except json.JSONDecodeError as err:
                raise EvaluationError(f"{where}: not a JSON object ({err.msg})") from err
            if not isinstance(r, dict):
                raise EvaluationError(f"{where}: not a JSON object")
            try:
                sid, article, start, end = str(r["id"]), str(r["article"]), int(r["start"]), int(r["end"])
            except (KeyError, TypeError, ValueError) as err:
                raise EvaluationError(f"{where}: a gold sentence needs id, article, start and end") from err
            if not 0 <= start < end:
                raise EvaluationError(f"{where}: start and end must satisfy 0 <= start < end")
            part = part_of(article, start)
            if r.get("part", part) != part:
                raise EvaluationError(f"{where}: marked {r.get('part')!r} but its hash puts it in {part!r}")
            if sid in seen:
                raise EvaluationError(f"{where}: duplicate sentence id {sid!r}")
            seen.add(sid)
            statements = r.get("statements", [])
            if not isinstance(statements, list):
                raise EvaluationError(f"{where}: 'statements' must be a list")
            sentences.append(
                GoldSentence(sid, article, start, end, part, tuple(_statement(s, where) for s in statements))
            )
    if not sentences:
        raise EvaluationError(f"{path}: the gold file is empty")
    return sentences


# --- matching -------------------------------------------------------------------------

_PUNCT = re.compile(r"[^\w\s&'-]+")
_LEADING = re.compile(r"^(the|a|an)\s+")


def normalise_name(text: str | None) -> str:
    """Lower case, punctuation and leading articles dropped: "the U.S." -> "us"."""
    if not text:
        return ""
    t = _PUNCT.sub("", text.lower().replace("\u2019", "'"))
    t = " ".join(t.split())
    return _LEADING.sub("", t)


def is_pronoun(text: str | None) -> bool:
    return normalise_name(text) in PRONOUNS


def resolved_pronoun(argument: Mapping[str, Any] | None) -> str | None:
    """The pronoun of a predicted argument that the system resolved to something else."""
    if not argument or not is_pronoun(argument.get("text")):
        return None
    name = normalise_name(argument.get("name"))
    text = normalise_name(argument.get("text"))
    return text if name and name != text and name not in PRONOUNS else None


def literal_matches(gold: str, predicted_text: str) -> bool:
    """The gold literal and the predicted text share content words: at least half of the
    smaller of the two sets ("pupils" for "pupils who commit violence"; a clause object
    that contains the gold literal)."""
    words, predicted = content_words(gold), content_words(predicted_text)
    if not words or not predicted:
        return normalise_name(gold) == normalise_name(predicted_text)
    return 2 * len(words & predicted) >= min(len(words), len(predicted))


def name_matches(gold: str, argument: Mapping[str, Any]) -> bool:
    """The gold name is the predicted name or text, or ends the text after modifiers
    without a preposition ("Lib Dem leader Charles Kennedy", not "a misjudgement by the Tories")."""
    g = normalise_name(gold)
    if not g:
        return False
    name, text = normalise_name(argument.get("name")), normalise_name(argument.get("text"))
    if g in (name, text):
        return True
    for whole in (text, name):
        if whole.endswith(" " + g) and not set(whole[: -len(g)].split()) & PREPOSITIONS:
            return True
    return False


def _resolved_elsewhere(gold: GoldArgument, argument: Mapping[str, Any]) -> bool:
    """The prediction names an entity other than its surface text, and no gold name is it."""
    name = normalise_name(argument.get("name"))
    return bool(gold.names and name and name != normalise_name(argument.get("text")))


def argument_matches(
    gold: GoldArgument | None, argument: Mapping[str, Any] | None, *, prepositional: bool = False
) -> bool:
    """A predicted subject/object (a record's ``subject``/``object``) against a gold argument.

    ``prepositional``: the predicate ends in a preposition, so its object is a prepositional
    complement, which a gold statement without object ("Labour cannot be trusted") accepts.
    """
    present = bool(argument and (argument.get("text") or argument.get("name")))
    if gold is None:
        return not present or prepositional
    if not present or argument is None:
        return gold.optional
    if gold.unresolved:
        return (
            normalise_name(argument.get("text")) == (gold.pronoun or "")
            and resolved_pronoun(argument) is None
        )
    if any(name_matches(n, argument) for n in gold.names):
        return True
    if _resolved_elsewhere(gold, argument):
        predicted = argument.get("name") or ""  # resolved to someone the gold does not name
    else:
        predicted = " ".join(x for x in (argument.get("text"), argument.get("name")) if x)
    return any(literal_matches(lit, predicted) for lit in gold.literals)


def predicate_words(predicate: str) -> list[str]:
    return [w for w in re.split(r"[_\s]+", predicate.lower()) if w]


def predicate_head(predicate: str) -> str:
    """The head word of a snake-case predicate: auxiliaries and modals before it dropped,
    unless a preposition follows ("was_implicated_in" -> "implicated", "is_in" -> "is")."""
    words = predicate_words(predicate)
    while len(words) > 1 and words[0] in _AUXILIARIES and words[1] not in PREPOSITIONS:
        words = words[1:]
    return words[0] if words else ""


def ends_in_preposition(predicate: str | None) -> bool:
    words = predicate_words(predicate or "")
    return len(words) > 1 and words[-1] in PREPOSITIONS


_IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "met": "meet",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "made": "make",
    "won": "win",
    "lost": "lose",
    "led": "lead",
    "left": "leave",
    "held": "hold",
    "sent": "send",
    "spent": "spend",
    "brought": "bring",
    "bought": "buy",
    "thought": "think",
    "sought": "seek",
    "found": "find",
    "came": "come",
    "went": "go",
    "gone": "go",
    "saw": "see",
    "seen": "see",
    "knew": "know",
    "known": "know",
    "rose": "rise",
    "risen": "rise",
    "fell": "fall",
    "fallen": "fall",
    "hit": "hit",
    "put": "put",
    "set": "set",
    "cut": "cut",
    "struck": "strike",
    "stood": "stand",
    "began": "begin",
    "begun": "begin",
    "became": "become",
    "kept": "keep",
    "felt": "feel",
    "paid": "pay",
    "built": "build",
    "drew": "draw",
    "drawn": "draw",
    "ran": "run",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
    "chose": "choose",
    "chosen": "choose",
    "is": "be",
    "was": "be",
    "were": "be",
    "are": "be",
    "am": "be",
    "been": "be",
    "has": "have",
    "had": "have",
    "did": "do",
    "done": "do",
    "does": "do",
    "shown": "show",
    "forced": "force",
}


def verb_forms(word: str) -> set[str]:
    """Stems a verb form may come from, by English inflection rules (no dictionary needed).

    >>> sorted(verb_forms("appealed")) == sorted({"appealed", "appeale", "appeal"})
    True
    >>> "stop" in verb_forms("stopped"), "hope" in verb_forms("hoped"), "say" in verb_forms("said")
    (True, True, True)
    """
    w = word.lower()
    forms = {w}
    if w in _IRREGULAR:
        forms.add(_IRREGULAR[w])
    for suffix in ("ing", "ed", "es", "s", "d"):
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            stem = w[: -len(suffix)]
            forms.add(stem)
            if suffix in ("ing", "ed"):
                forms.add(stem + "e")
                if len(stem) > 2 and stem[-1] == stem[-2]:
                    forms.add(stem[:-1])
    if w.endswith("ied"):
        forms.add(w[:-3] + "y")
    if w.endswith("ies"):
        forms.add(w[:-3] + "y")
    return forms


def predicate_matches(gold: Sequence[str], predicted: str | None, lemma: Lemmatizer) -> bool:
    """The predicted predicate's head is a form of one of the gold lemmas' first word."""
    if not predicted:
        return False
    head = predicate_head(predicted)
    stems = verb_forms(head) | {lemma(head)}
    return any(predicate_head(g) in stems or lemma(predicate_head(g)) in stems for g in gold)


def statement_matches(
    gold: GoldStatement, record: Record, lemma: Lemmatizer, *, check_object: bool = True
) -> bool:
    return (
        predicate_matches(gold.predicates, record.get("predicate"), lemma)
        and argument_matches(gold.subject, record.get("subject"))
        and (
            not check_object
            or argument_matches(
                gold.object, record.get("object"), prepositional=ends_in_preposition(record.get("predicate"))
            )
        )
    )


def predicted_modality(record: Record) -> str:
    """The record's modality as one of :data:`MODALITIES`.

    A ``modality`` that is already one of them is taken as it is; otherwise (the older
    records carry the modal word, "will", "could") negated -> "negated", else "asserted".
    """
    value = record.get("modality")
    if isinstance(value, str) and value.lower() in MODALITIES:
        return value.lower()
    return "negated" if record.get("negated") else "asserted"


def attribution_matches(gold: tuple[str, ...] | None, record: Record) -> bool:
    who = record.get("attributed_to") or None
    if not gold:
        return who is None
    if who is None:
        return False
    arg = {"text": who.get("name"), "name": who.get("name")}
    return any(name_matches(g, arg) or literal_matches(g, who.get("name") or "") for g in gold)


def one_to_one(n_gold: int, n_pred: int, ok: Callable[[int, int], bool]) -> dict[int, int]:
    """Maximum matching gold index -> prediction index (augmenting paths; sizes are small)."""
    edges = {g: [p for p in range(n_pred) if ok(g, p)] for g in range(n_gold)}
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(n_gold):
        augment(g, set())
    return {g: p for p, g in owner.items()}


# --- scores ---------------------------------------------------------------------------


@dataclass
class SentenceResult:
    """One gold sentence with its predictions and the matching between them."""

    gold: GoldSentence
    records: list[Record]
    matches: dict[int, int]  # gold statement index -> record index
    loose: dict[int, int]  # the same, ignoring the object


@dataclass
class NewsResult:
    """Scores of one part of the gold set."""

    sentences: int = 0
    gold: int = 0
    predictions: int = 0
    matched: int = 0
    loose_matched: int = 0
    pronouns_judged: int = 0
    pronouns_right: int = 0
    pronouns_unjudged: int = 0
    modality_right: int = 0
    modality_confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    attribution_right: int = 0
    typed: int = 0
    typed_right: int = 0
    gold_typed: int = 0
    gold_typed_found: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predictions if self.predictions else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def loose_precision(self) -> float:
        return self.loose_matched / self.predictions if self.predictions else 0.0

    @property
    def loose_recall(self) -> float:
        return self.loose_matched / self.gold if self.gold else 0.0

    @property
    def pronoun_precision(self) -> float:
        return self.pronouns_right / self.pronouns_judged if self.pronouns_judged else 0.0

    @property
    def modality_accuracy(self) -> float:
        return self.modality_right / self.matched if self.matched else 0.0

    @property
    def attribution_accuracy(self) -> float:
        return self.attribution_right / self.matched if self.matched else 0.0

    @property
    def event_precision(self) -> float:
        return self.typed_right / self.typed if self.typed else 0.0

    @property
    def event_recall(self) -> float:
        return self.gold_typed_found / self.gold_typed if self.gold_typed else 0.0


def match_sentence(gold: GoldSentence, records: Sequence[Record], lemma: Lemmatizer) -> SentenceResult:
    st, recs = gold.statements, list(records)
    strict = one_to_one(len(st), len(recs), lambda g, p: statement_matches(st[g], recs[p], lemma))
    loose = one_to_one(
        len(st), len(recs), lambda g, p: statement_matches(st[g], recs[p], lemma, check_object=False)
    )
    return SentenceResult(gold, recs, strict, loose)


def pronoun_verdict(result: SentenceResult, index: int, lemma: Lemmatizer) -> bool | None:
    """Is the pronoun subject of prediction ``index`` resolved right? None: not judgeable.

    Judged against the gold statements whose subject mention is the same pronoun, those with
    the same predicate first; when they disagree on the referent, it is not judgeable.
    """
    record = result.records[index]
    pronoun = resolved_pronoun(record.get("subject"))
    if pronoun is None:
        return None
    same = [s for s in result.gold.statements if (s.subject.pronoun or "").lower() == pronoun]
    with_predicate = [s for s in same if predicate_matches(s.predicates, record.get("predicate"), lemma)]
    candidates = with_predicate or same
    if not candidates:
        return None
    referents = {(s.subject.names, s.subject.literals, s.subject.unresolved) for s in candidates}
    if len(referents) > 1:
        return None
    return argument_matches(candidates[0].subject, record.get("subject"))


def score_news(results: Iterable[SentenceResult], lemma: Lemmatizer) -> NewsResult:
    out = NewsResult()
    for r in results:
        out.sentences += 1
        out.gold += len(r.gold.statements)
        out.predictions += len(r.records)
        out.matched += len(r.matches)
        out.loose_matched += len(r.loose)
        by_record = {p: g for g, p in r.matches.items()}
        for g, p in r.matches.items():
            gold, record = r.gold.statements[g], r.records[p]
            mode = predicted_modality(record)
            out.modality_confusion[(gold.modality, mode)] += 1
            out.modality_right += mode == gold.modality
            out.attribution_right += attribution_matches(gold.attributed_to, record)
        for i, record in enumerate(r.records):
            verdict = pronoun_verdict(r, i, lemma)
            if verdict is None and resolved_pronoun(record.get("subject")):
                out.pronouns_unjudged += 1
            elif verdict is not None:
                out.pronouns_judged += 1
                out.pronouns_right += verdict
            if record.get("event_type"):
                out.typed += 1
                found = by_record.get(i)
                out.typed_right += (
                    found is not None and r.gold.statements[found].event_type == record["event_type"]
                )
        for g, gold in enumerate(r.gold.statements):
            if gold.event_type:
                out.gold_typed += 1
                hit = r.matches.get(g)
                out.gold_typed_found += (
                    hit is not None and r.records[hit].get("event_type") == gold.event_type
                )
    return out


def is_right(result: SentenceResult, index: int) -> bool:
    """Prediction ``index`` matched a gold statement."""
    return index in result.matches.values()


@dataclass(frozen=True)
class Bucket:
    threshold: float
    statements: int
    right: int

    @property
    def precision(self) -> float:
        return self.right / self.statements if self.statements else 0.0


CALIBRATION_THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def calibration(
    results: Iterable[SentenceResult], thresholds: Sequence[float] = CALIBRATION_THRESHOLDS
) -> list[Bucket]:
    """Precision of the predictions with confidence >= t, for each threshold t.

    >>> g = GoldSentence("s", "a", 0, 9, "dev", (GoldStatement(GoldArgument(("Iran",)), ("threaten",),
    ...     GoldArgument(("Iraq",))),))
    >>> recs = [{"subject": {"text": "Iran"}, "predicate": "threatened", "object": {"text": "Iraq"},
    ...          "confidence": 0.9}, {"subject": {"text": "it"}, "predicate": "is", "confidence": 0.4}]
    >>> buckets = calibration([match_sentence(g, recs, str)], (0.0, 0.5))
    >>> [(b.threshold, b.statements, b.right) for b in buckets]
    [(0.0, 2, 1), (0.5, 1, 1)]
    """
    scored = [
        (float(r.records[i].get("confidence") or 0.0), is_right(r, i))
        for r in results
        for i in range(len(r.records))
    ]
    return [
        Bucket(t, sum(1 for c, _ in scored if c >= t), sum(1 for c, ok in scored if c >= t and ok))
        for t in thresholds
    ]


def lowest_threshold(buckets: Sequence[Bucket], precision: float) -> float | None:
    """The lowest threshold from which on every bucket reaches ``precision`` (None: none does)."""
    best = None
    for b in sorted(buckets, key=lambda b: b.threshold, reverse=True):
        if b.statements and b.precision >= precision:
            best = b.threshold
        elif b.statements:
            break
    return best

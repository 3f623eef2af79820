"""Reading the gold files the evaluation commands score against.

Three formats (see ``../shared/data/README.md``): PLOVER gold-standard records (JSON lines,
one sentence and one event each), CaRB (``sentence \\t relation \\t arg1 \\t arg2 ...``) and
CoNLL04 (JSON lines with entities and relations). A missing or malformed file raises
:class:`EvaluationError` with one line naming the file and line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphbuilder.errors import EvaluationError


@dataclass(frozen=True)
class Actor:
    text: str
    code: str | None = None  # country or CAMEO actor code, e.g. "HUN"


@dataclass(frozen=True)
class GoldEvent:
    """One PLOVER gold record: a sentence with one coded event."""

    id: str
    text: str
    event: str
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    trigger: str = ""


@dataclass(frozen=True)
class CarbTuple:
    """One CaRB gold extraction: relation phrase and arguments, as whitespace-tokenised text."""

    relation: str
    args: tuple[str, ...]


@dataclass(frozen=True)
class GoldRelation:
    relation: str  # "Kill", "Work_For", ...
    head: str
    tail: str


@dataclass(frozen=True)
class RelationSentence:
    """One CoNLL04 sentence with its gold relations."""

    id: str
    text: str
    relations: tuple[GoldRelation, ...]


def _lines(path: str | Path) -> list[str]:
    p = Path(path)
    if p.is_dir():
        raise EvaluationError(f"{p}: is a directory, not a gold file")
    if not p.is_file():
        raise EvaluationError(f"{p}: gold file not found")
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise EvaluationError(f"{p}: not UTF-8 text (byte {err.start})") from err
    except OSError as err:
        raise EvaluationError(f"{p}: cannot read gold file ({err.strerror})") from err
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise EvaluationError(f"{p}: gold file is empty")
    return lines


def _json_records(path: str | Path) -> list[tuple[int, dict[str, Any]]]:
    records = []
    for number, line in enumerate(_lines(path), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise EvaluationError(f"{path}:{number}: not a JSON object ({err.msg})") from err
        if not isinstance(record, dict):
            raise EvaluationError(f"{path}:{number}: not a JSON object")
        records.append((number, record))
    return records


def _actors(value: Any, path: str | Path, number: int, field: str) -> tuple[Actor, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(
        isinstance(a, dict) and isinstance(a.get("text"), str) for a in value
    ):
        raise EvaluationError(f'{path}:{number}: \'{field}\' must be a list of {{"text": ..., "code": ...}}')
    return tuple(Actor(a["text"], a.get("code") or None) for a in value)


def read_plover_gold(path: str | Path) -> list[GoldEvent]:
    """PLOVER gold records: ``{"id", "text", "event", "source": [...], "target": [...]}`` per line."""
    events = []
    for number, r in _json_records(path):
        if not isinstance(r.get("text"), str) or not isinstance(r.get("event"), str):
            raise EvaluationError(f"{path}:{number}: a PLOVER record needs string fields 'text' and 'event'")
        events.append(
            GoldEvent(
                id=str(r.get("id") or f"line-{number}"),
                text=r["text"],
                event=r["event"].upper(),
                sources=_actors(r.get("source"), path, number, "source"),
                targets=_actors(r.get("target"), path, number, "target"),
                trigger=str(r.get("eventText") or ""),
            )
        )
    return events


#: CaRB marks a context argument ("C: People familiar with Nekoosa said") with this prefix.
CARB_CONTEXT = "C: "


def read_carb_gold(path: str | Path) -> dict[str, list[CarbTuple]]:
    """CaRB gold: sentence -> its gold tuples, sentences in file order.

    Read as CaRB's own gold reader reads it: the line stripped, then split at tabs; the
    sentence and the relation are the first two fields (the relation may be empty: such a
    tuple counts for recall and can never be matched); every other field is an argument,
    except context arguments (containing ``C: ``), which are dropped.
    """
    gold: dict[str, list[CarbTuple]] = {}
    for number, line in enumerate(_lines(path), 1):
        if not line.strip():
            continue
        fields = line.strip().split("\t")
        if len(fields) < 2 or not fields[0].strip():
            raise EvaluationError(f"{path}:{number}: expected 'sentence<TAB>relation[<TAB>arg1...]'")
        args = tuple(a.strip() for a in fields[2:] if CARB_CONTEXT not in a)
        gold.setdefault(fields[0].strip(), []).append(CarbTuple(fields[1].strip(), args))
    return gold


def read_conll04_gold(path: str | Path) -> list[RelationSentence]:
    """CoNLL04 sentences: ``{"doc_id", "text", "relations": [{"head","relation","tail"}]}`` per line."""
    sentences = []
    for number, r in _json_records(path):
        rels = r.get("relations", [])
        if not isinstance(r.get("text"), str) or not isinstance(rels, list):
            raise EvaluationError(f"{path}:{number}: a CoNLL04 record needs 'text' and a 'relations' list")
        try:
            relations = tuple(GoldRelation(str(x["relation"]), str(x["head"]), str(x["tail"])) for x in rels)
        except (KeyError, TypeError) as err:
            raise EvaluationError(f"{path}:{number}: a relation needs 'head', 'relation' and 'tail'") from err
        sentences.append(RelationSentence(str(r.get("doc_id") or f"line-{number}"), r["text"], relations))
    return sentences

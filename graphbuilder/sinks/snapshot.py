"""Reading a build folder's graph, and the graph.jsonl snapshot format.

A build folder's source of truth is ``DIR/graph.db`` (``graphbuilder.buildfolder``):
:func:`read_graph` gives its whole graph as a KnowledgeGraph (fine for small builds; loads
of big ones read the database as a stream). Folders written by older versions hold
``graph.jsonl``, one JSON record per article, sentence, entity, mention and statement;
:func:`read_graph` still reads them, and the next build imports them into graph.db.
:func:`write_graph` writes that format (a portable dump of a KnowledgeGraph).
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

from graphbuilder.errors import StoreError
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.model import (
    Argument,
    Article,
    Entity,
    EntityRef,
    Evidence,
    Mention,
    Sentence,
    Statement,
)

#: The file that makes a folder a build folder (the graph database).
SNAPSHOT_NAME = "graph.db"
#: The snapshot of older build folders (and of :func:`write_graph`).
LEGACY_NAME = "graph.jsonl"
FORMAT_VERSION = 1


def snapshot_path(folder: str | Path) -> Path:
    """The file that holds ``folder``'s graph: graph.db, or an older folder's graph.jsonl."""
    db = Path(folder) / SNAPSHOT_NAME
    legacy = Path(folder) / LEGACY_NAME
    return legacy if legacy.exists() and not db.exists() else db


def write_graph(kg: KnowledgeGraph, folder: str | Path) -> Path:
    """Write ``kg`` to ``folder/graph.jsonl`` atomically (a crash never leaves half a file)."""
    path = Path(folder) / LEGACY_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".jsonl.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for record in _records(kg):
            fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    os.replace(tmp, path)
    return path


def read_graph(folder: str | Path) -> KnowledgeGraph:
    """The KnowledgeGraph of a build folder; StoreError when it is not one."""
    path = snapshot_path(folder)
    if not path.exists():
        raise StoreError(
            f"{folder}: not a graphbuilder build folder (no {SNAPSHOT_NAME}); run `graphbuilder build` first"
        )
    if path.name == SNAPSHOT_NAME:
        from graphbuilder.buildfolder.database import GraphDatabase

        db = GraphDatabase(path, readonly=True)
        try:
            return db.to_graph()
        finally:
            db.close()
    return read_legacy(folder)


def read_legacy(folder: str | Path) -> KnowledgeGraph:
    """The KnowledgeGraph of a graph.jsonl snapshot; StoreError naming the line of a damaged one."""
    path = Path(folder) / LEGACY_NAME
    kg = KnowledgeGraph()
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                _load_record(kg, json.loads(line))
            except (ValueError, KeyError, TypeError) as err:
                raise StoreError(f"{path}:{lineno}: damaged record ({err})") from None
    return kg


def _records(kg: KnowledgeGraph) -> Iterator[dict[str, Any]]:
    yield {"kind": "format", "version": FORMAT_VERSION}
    for a in sorted(kg.articles.values(), key=lambda a: a.id):
        yield {"kind": "article", **_plain(a, _ARTICLE)}
    for s in sorted(kg.sentences.values(), key=lambda s: (s.article_id, s.index)):
        yield {"kind": "sentence", **_plain(s, _SENTENCE)}
    for e in sorted(kg.entities.values(), key=lambda e: e.id):
        yield {"kind": "entity", **_plain(e, _ENTITY)}
    for m in sorted(kg.mentions.values(), key=lambda m: (m.article_id, m.start, m.end)):
        yield {"kind": "mention", **_plain(m, _MENTION)}
    for st in sorted(kg.statements.values(), key=lambda s: s.id):
        yield {"kind": "statement", **_statement_dict(st)}


# ``dataclasses.asdict`` without its generic recursion and deep copies (it was most of the
# time spent writing graph.jsonl): the same dicts, built from each class's field names.
# Fields of these classes hold plain values (str, int, float, bool, None, tuples of str);
# Evidence's nested dataclasses are spelled out below. tests/test_graph.py pins the output
# to ``asdict``'s.


def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


_ARTICLE = _names(Article)
_SENTENCE = _names(Sentence)
_ENTITY = _names(Entity)
_MENTION = _names(Mention)
_ARGUMENT = _names(Argument)
_ENTITY_REF = _names(EntityRef)
_EVIDENCE_NESTED = {"sentence", "subject", "object", "attributed_to", "reported_by"}
_EVIDENCE_PLAIN = tuple(n for n in _names(Evidence) if n not in _EVIDENCE_NESTED)
_STATEMENT_PLAIN = tuple(n for n in _names(Statement) if n != "evidence")


def _plain(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {n: getattr(obj, n) for n in names}


_FIELDS: dict[type, tuple[str, ...]] = {}


def plain_record(obj: Any) -> dict[str, Any]:
    """A flat dataclass (Article, Sentence, Entity, Mention) as a dict of its fields."""
    names = _FIELDS.get(type(obj))
    if names is None:
        names = _FIELDS[type(obj)] = _names(type(obj))
    return _plain(obj, names)


def evidence_dict(ev: Evidence) -> dict[str, Any]:
    """An Evidence as the dict graph.jsonl holds (nested records for its parts)."""
    return _evidence_dict(ev)


def evidence_from_dict(r: dict[str, Any], sentences: dict[str, Sentence] | None = None) -> Evidence:
    """The Evidence of :func:`evidence_dict`; ``sentences`` lets equal sentences share one object."""
    return _evidence(r, sentences or {})


def _evidence_dict(ev: Evidence) -> dict[str, Any]:
    d = _plain(ev, _EVIDENCE_PLAIN)
    d["sentence"] = _plain(ev.sentence, _SENTENCE)
    d["subject"] = _plain(ev.subject, _ARGUMENT)
    d["object"] = _plain(ev.object, _ARGUMENT)
    d["attributed_to"] = _plain(ev.attributed_to, _ENTITY_REF) if ev.attributed_to is not None else None
    d["reported_by"] = _plain(ev.reported_by, _ENTITY_REF) if ev.reported_by is not None else None
    return d


def _statement_dict(st: Statement) -> dict[str, Any]:
    d = _plain(st, _STATEMENT_PLAIN)
    d["evidence"] = [_evidence_dict(ev) for ev in st.evidence]
    return d


def _load_record(kg: KnowledgeGraph, r: dict[str, Any]) -> None:
    kind = r.pop("kind")
    if kind == "format":
        if r["version"] != FORMAT_VERSION:
            raise ValueError(f"unsupported snapshot version {r['version']}")
    elif kind == "article":
        kg.articles[r["id"]] = Article(**r)
    elif kind == "sentence":
        s = Sentence(**r)
        kg.sentences[s.id] = s
    elif kind == "entity":
        kg.entities[r["id"]] = Entity(**{**r, "aliases": tuple(r["aliases"])})
    elif kind == "mention":
        m = Mention(**r)
        kg.mentions[(m.article_id, m.start, m.end)] = m
    elif kind == "statement":
        evidence = tuple(_evidence(e, kg.sentences) for e in r.pop("evidence"))
        st = Statement(**r, evidence=evidence)
        kg.statements[st.id] = st
    else:
        raise ValueError(f"unknown record kind {kind!r}")


def _evidence(r: dict[str, Any], sentences: dict[str, Sentence]) -> Evidence:
    sentence = Sentence(**r["sentence"])
    known = sentences.get(sentence.id)
    if known is not None and known == sentence:  # one object (one copy of its text), not two
        sentence = known
    return Evidence(
        **{
            **r,
            "sentence": sentence,
            "subject": Argument(**r["subject"]),
            "object": Argument(**r["object"]),
            "attributed_to": EntityRef(**r["attributed_to"]) if r.get("attributed_to") else None,
            "reported_by": EntityRef(**r["reported_by"]) if r.get("reported_by") else None,
            "setting": tuple(r.get("setting") or ()),  # absent from records written before it
        }
    )

"""Statement JSON lines: one evidence per line, in the public statement format."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from graphbuilder.graph import KnowledgeGraph

#: ``json.dumps(record, ensure_ascii=False)``, its encoder made once (not once a line).
_encode = json.JSONEncoder(ensure_ascii=False).encode


def dump_record(record: dict[str, Any]) -> str:
    return _encode(record)


def write_records(records: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    """Write records one per line; returns how many were written."""
    n = 0
    for record in records:
        fh.write(dump_record(record) + "\n")
        n += 1
    return n


def write_statements(kg: KnowledgeGraph, path: str | Path) -> int:
    """Write ``kg``'s statements to ``path`` atomically; returns the number of lines."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        n = write_records(kg.records(), fh)
    os.replace(tmp, path)
    return n

"""Printing query rows (SPARQL or Cypher alike): an aligned table, JSON, JSON lines or CSV.

The table shows each cell on one line (white space folded) cut at ``width`` characters
with ``…`` (``width`` 0 shows whole cells); JSON, JSON lines and CSV always carry whole,
unchanged values. Lists and maps are shown as JSON, None as an empty cell.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

FORMATS = ("table", "json", "jsonl", "csv")
DEFAULT_WIDTH = 60


def cell_text(value: Any) -> str:
    """A value as one cell's text: None empty, lists and maps as JSON, the rest as str."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if width <= 0 or len(text) <= width else text[: width - 1] + "\u2026"


def format_table(rows: Sequence[dict[str, Any]], width: int = DEFAULT_WIDTH) -> str:
    """Rows as an aligned text table (header, rule, one line a row); "" for no rows."""
    if not rows:
        return ""
    columns = list(rows[0])
    cells = [[_fit(cell_text(row.get(c)), width) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = [
        " | ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
        "-+-".join("-" * w for w in widths),
    ]
    lines += [" | ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)


def row_count(n: int) -> str:
    return f"({n} row{'s' if n != 1 else ''})"


def render(rows: Sequence[dict[str, Any]], fmt: str = "table", width: int = DEFAULT_WIDTH) -> str:
    """The rows in ``fmt`` (one of FORMATS) as text ending with a newline (or empty)."""
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2, default=str) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)
    if fmt == "csv":
        if not rows:
            return ""
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: cell_text(v) for k, v in r.items()} for r in rows)
        return out.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown row format {fmt!r}")
    table = format_table(rows, width)
    return (table + "\n" if table else "") + row_count(len(rows)) + "\n"

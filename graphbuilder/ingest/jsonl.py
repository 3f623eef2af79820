"""JSONL -> Articles: ``{"id", "text" | "html", "title", "url", "published", "publisher"}``.

All fields but the text (or html) are optional. A malformed line is reported with its line
number and skipped; the lines after it are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from graphbuilder.errors import InputError
from graphbuilder.ingest.html import article_from_html
from graphbuilder.model import Article
from graphbuilder.report import RunReport


def articles_from_jsonl(fh: IO[bytes], source: str, report: RunReport) -> Iterator[Article]:
    any_line = False
    for lineno, raw in enumerate(fh, start=1):
        if not raw.strip():
            continue
        any_line = True
        where = f"{source}:{lineno}"
        try:
            yield article_from_record(_parse_line(raw, where), where)
        except InputError as err:
            report.skip(err.source, err.reason)
    if not any_line:
        report.skip(source, "file is empty")


def _parse_line(raw: bytes, where: str) -> dict:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(where, "invalid UTF-8") from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(where, f"malformed JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(record, dict):
        raise InputError(where, f"expected a JSON object, got {type(record).__name__}")
    return record


def article_from_record(record: dict, where: str) -> Article:
    """An Article from one JSONL record; InputError when it has no usable text."""
    from graphbuilder.ingest import article_from_text

    meta = {k: _opt_str(record.get(k)) for k in ("id", "title", "url", "published", "publisher")}
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        article = article_from_text(text.replace("\r\n", "\n"), source=where, **meta)
        if not article.text.strip():
            raise InputError(where, "no article text left after removing site boilerplate")
        return article
    if isinstance(html, str) and html.strip():
        return article_from_html(html, source=where, **meta)
    raise InputError(where, 'record has no "text" or "html" field with content')


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    return str(value).strip() or None

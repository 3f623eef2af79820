"""Ingest: text, HTML, JSONL files, directories and stdin -> Articles with stable ids.

Every unreadable input (missing path, empty, binary, invalid UTF-8, malformed JSONL line,
HTML with no article, oversized file) becomes one line in the RunReport naming the file
(and line) and is skipped; the rest goes through.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from html import unescape as decode_character_references
from pathlib import Path

from graphbuilder.errors import InputError
from graphbuilder.ingest.boilerplate import strip_boilerplate
from graphbuilder.ingest.html import article_from_html
from graphbuilder.ingest.identity import article_id
from graphbuilder.ingest.jsonl import articles_from_jsonl
from graphbuilder.model import Article
from graphbuilder.report import RunReport

__all__ = ["article_from_text", "article_id", "read_inputs", "strip_boilerplate"]

#: Larger single files are refused: split them or use JSONL (read line by line).
MAX_FILE_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
#: Character references left in scraped text ("communiqu&#233;", "AT&amp;T").
_CHAR_REFERENCE = re.compile(r"&(#[0-9]{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")


def article_from_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    publisher: str | None = None,
    source: str | None = None,
) -> Article:
    """An Article from plain text; character references are decoded, boilerplate lines removed."""
    if _CHAR_REFERENCE.search(text):
        text = decode_character_references(text)
    clean = strip_boilerplate(text)
    return Article(
        id=article_id(clean, id=id, url=url),
        text=clean,
        title=title,
        url=url,
        published=published,
        publisher=publisher,
        source=source,
    )


def read_inputs(paths: Iterable[str], report: RunReport) -> Iterator[Article]:
    """Articles from each path (``-`` is stdin; directories are read recursively)."""
    for p in paths:
        if p == "-":
            yield from _read_stream(sys.stdin.buffer.read(), "<stdin>", report, suffix=None)
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and not f.name.startswith("."))
            if not files:
                report.skip(p, "directory has no files")
            for f in files:
                yield from _read_file(f, report)
        elif path.exists():
            yield from _read_file(path, report)
        else:
            report.skip(p, "no such file or directory")


def _read_file(path: Path, report: RunReport) -> Iterator[Article]:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES and path.suffix.lower() not in JSONL_SUFFIXES:
            raise InputError(
                source, f"file is {size // 1024 // 1024} MiB, over the 20 MiB limit for one article"
            )
        if path.suffix.lower() in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                yield from _count(articles_from_jsonl(fh, source, report), report)
            return
        data = path.read_bytes()
    except InputError as err:
        report.skip(err.source, err.reason)
        return
    except OSError as err:
        report.skip(source, f"cannot read: {err.strerror or err}")
        return
    yield from _read_stream(data, source, report, suffix=path.suffix.lower())


def _read_stream(data: bytes, source: str, report: RunReport, suffix: str | None) -> Iterator[Article]:
    try:
        if suffix in JSONL_SUFFIXES or (suffix is None and data.lstrip()[:1] == b"{"):
            import io

            yield from _count(articles_from_jsonl(io.BytesIO(data), source, report), report)
            return
        text = decode_text(data, source)
        if (
            suffix in HTML_SUFFIXES
            or (suffix not in TEXT_SUFFIXES and _looks_like_html(text))
            or (suffix is None and _looks_like_html(text))
        ):
            article = article_from_html(text, source=source)
        else:
            article = article_from_text(text, source=source)
            if not article.text.strip():
                raise InputError(source, "no article text left after removing site boilerplate")
    except InputError as err:
        report.skip(err.source, err.reason)
        return
    report.articles += 1
    yield article


def _count(articles: Iterator[Article], report: RunReport) -> Iterator[Article]:
    for a in articles:
        report.articles += 1
        yield a


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 text of a file, or InputError for empty, binary or non-UTF-8 content."""
    if not data.strip():
        raise InputError(source, "file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputError(
            f"{source}:{line}", f"invalid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)

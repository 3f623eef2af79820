"""Ingest: text, HTML, JSONL files, directories and stdin -> Articles with stable ids.

Every unreadable input (missing path, empty, binary, invalid UTF-8, malformed JSONL line,
HTML with no article, oversized file) becomes one line in the RunReport naming the file
(and line) and is skipped; the rest goes through.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from html import unescape as decode_character_references
from pathlib import Path
from typing import IO

from graphbuilder.errors import InputError
from graphbuilder.ingest.boilerplate import strip_boilerplate
from graphbuilder.ingest.html import article_from_html
from graphbuilder.ingest.identity import article_id
from graphbuilder.ingest.jsonl import articles_from_jsonl
from graphbuilder.ingest.wire import strip_wire_furniture
from graphbuilder.model import Article
from graphbuilder.report import RunReport

__all__ = [
    "FORMATS",
    "Format",
    "Input",
    "article_from_text",
    "article_id",
    "iter_articles",
    "read_inputs",
    "register_format",
    "strip_boilerplate",
]

#: Larger single files are refused: split them or use JSONL (read line by line).
MAX_FILE_BYTES = 20 * 1024 * 1024
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
    """An Article from plain text; character references are decoded, boilerplate lines and
    wire-service furniture (dateline, byline, agency tag, correction notes) removed. The
    dateline's agency becomes the publisher when none is given."""
    if _CHAR_REFERENCE.search(text):
        text = decode_character_references(text)
    wire = strip_wire_furniture(strip_boilerplate(text))
    return Article(
        id=article_id(wire.text, id=id, url=url),
        text=wire.text,
        title=title,
        url=url,
        published=published,
        publisher=publisher or wire.agency,
        source=source,
        dateline=wire.place,
    )


#: What the API accepts as one input: a ``Path`` (file, directory, or ``Path("-")`` for
#: stdin), a ``str`` (always the text of one article, never guessed to be a path) or an Article.
Input = str | Path | Article


def iter_articles(inputs: Iterable[Input], report: RunReport) -> Iterator[Article]:
    """Articles from Paths, texts and Article objects; unreadable inputs go to ``report``.

    The rule is by type, never by content: a ``str`` is article text, a ``Path`` is read
    from disk. Raises TypeError for anything else.
    """
    for item in inputs:
        if isinstance(item, Article):
            report.articles += 1
            yield item
        elif isinstance(item, Path):
            yield from read_inputs([str(item)], report)
        elif isinstance(item, str):
            report.articles += 1
            yield article_from_text(item)
        else:
            raise TypeError(f"cannot read {type(item).__name__} as an article: pass a str (text) or a Path")


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
        elif path.is_file():
            yield from _read_file(path, report)
        elif path.exists():
            report.skip(p, "not a regular file (a FIFO, device or socket); give a file, a directory or -")
        else:
            report.skip(p, "no such file or directory")


def _read_file(path: Path, report: RunReport) -> Iterator[Article]:
    source = str(path)
    fmt = format_for(path.suffix)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES and not fmt.streams:
            raise InputError(
                source, f"file is {size // 1024 // 1024} MiB, over the 20 MiB limit for one article"
            )
        if fmt.streams:
            with path.open("rb") as fh:
                yield from _count(fmt.read(fh, source, report), report)
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
    """Articles from the bytes of one file (or stdin, ``suffix=None``: the format is sniffed)."""
    fmt = format_for(suffix) if suffix is not None else sniff_format(data)
    if suffix is not None and fmt is TEXT and _looks_like_html(data[:2048].decode("utf-8", "replace")):
        fmt = TEXT if suffix in TEXT.suffixes else HTML  # "page.php": HTML by its content
    try:
        yield from _count(fmt.read(io.BytesIO(data), source, report), report)
    except InputError as err:
        report.skip(err.source, err.reason)


def _count(articles: Iterator[Article], report: RunReport) -> Iterator[Article]:
    for a in articles:
        report.articles += 1
        yield a


# --- formats: a new input format is one new Format and a call to register_format ---------


@dataclass(frozen=True)
class Format:
    """An input format: the file suffixes it owns and how to read Articles from bytes.

    ``read(fh, source, report)`` yields Articles; it raises InputError for a file it cannot
    read at all, or records bad records in ``report`` and goes on (``streams=True``: read
    line by line, so it has no size limit). ``sniff`` recognises the format from the first
    bytes when the suffix says nothing (stdin).
    """

    name: str
    suffixes: frozenset[str]
    read: Callable[[IO[bytes], str, RunReport], Iterator[Article]]
    sniff: Callable[[bytes], bool] = lambda head: False
    streams: bool = False


def _read_text(fh: IO[bytes], source: str, report: RunReport) -> Iterator[Article]:
    article = article_from_text(decode_text(fh.read(), source), source=source)
    if not article.text.strip():
        raise InputError(source, "no article text left after removing site boilerplate")
    yield article


def _read_html(fh: IO[bytes], source: str, report: RunReport) -> Iterator[Article]:
    yield article_from_html(decode_text(fh.read(), source), source=source)


JSONL = Format(
    "jsonl",
    frozenset({".jsonl", ".ndjson"}),
    articles_from_jsonl,
    sniff=lambda head: head.lstrip()[:1] == b"{",
    streams=True,
)
HTML = Format(
    "html",
    frozenset({".html", ".htm", ".xhtml"}),
    _read_html,
    sniff=lambda head: _looks_like_html(head[:2048].decode("utf-8", "replace")),
)
TEXT = Format("text", frozenset({".txt", ".text", ".md", ""}), _read_text)

#: Registered formats in sniffing order; TEXT is the fallback for unknown suffixes.
FORMATS: list[Format] = [JSONL, HTML, TEXT]


def register_format(fmt: Format) -> None:
    """Add an input format (its suffixes win over the built-in ones)."""
    FORMATS.insert(0, fmt)


def format_for(suffix: str) -> Format:
    suffix = suffix.lower()
    return next((f for f in FORMATS if suffix in f.suffixes), TEXT)


def sniff_format(data: bytes) -> Format:
    head = data[:4096]
    return next((f for f in FORMATS if f.sniff(head)), TEXT)


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

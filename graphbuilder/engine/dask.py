"""Beyond one machine: the per-article work on a Dask cluster (``--engine dask``).

Map: the inputs are cut into partitions (a JSONL file into runs of ``PARTITION_LINES``
lines, any other file whole; directories are read recursively; paths with a scheme, such as
``s3://bucket/news.jsonl``, are opened on the workers with fsspec, one partition per file),
and each partition goes to a worker, which reads it, parses it with spaCy, runs the
pipeline and returns the database rows of its articles (``buildfolder.rows``): compact
strings, no shared file system needed between the workers and the client.

Reduce: the client takes the partitions back in input order (at most two per worker in
flight, so memory stays flat) and the build folder merges the rows by key into graph.db,
then bulk loads the store (``buildfolder``). A finished partition is recorded in graph.db
with its rows, so a build that was interrupted does not redo it.

Without ``scheduler`` a local cluster of ``workers`` processes is started (and stopped).
"""

from __future__ import annotations

import io
import json
import logging
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphbuilder.buildfolder import PartitionDone
from graphbuilder.buildfolder.database import GraphDatabase
from graphbuilder.buildfolder.rows import ArticleRows
from graphbuilder.errors import GraphBuilderError, InputError
from graphbuilder.ingest import Input, format_for, read_inputs
from graphbuilder.ingest.jsonl import article_from_record
from graphbuilder.model import Article
from graphbuilder.pipeline import Pipeline
from graphbuilder.report import RunReport

#: Lines of a JSONL file per partition.
PARTITION_LINES = 64
_JSONL = (".jsonl", ".ndjson")
#: A path with a scheme that fsspec opens on the workers (s3://, gs://, https://, file://).
_URL = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://\S+")


class EngineError(GraphBuilderError):
    """The Dask engine cannot run (no dask installed, no scheduler at the address)."""


@dataclass(frozen=True)
class Partition:
    """A piece of the input a worker reads: a whole file, or lines [start, stop) of a JSONL file."""

    path: str
    start: int | None = None
    stop: int | None = None
    key: str = ""  # what makes it the same partition next time (path, lines, size, mtime)


def plan(inputs: Iterable[Input], report: RunReport, lines: int = PARTITION_LINES) -> list[Partition]:
    """The partitions of the inputs, in input order; what cannot be read is reported.

    Inputs are ``Path`` objects, or URLs given as ``str`` (``s3://bucket/news.jsonl``).
    """
    out: list[Partition] = []
    for item in inputs:
        if isinstance(item, str) and _URL.fullmatch(item):
            out.append(Partition(item, key=item))
            continue
        if not isinstance(item, Path):
            report.skip("<text>", "the Dask engine reads files: give paths (or URLs), not texts or articles")
            continue
        p = str(item)
        if p == "-":
            report.skip("-", "the Dask engine cannot share standard input with its workers; give files")
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and not f.name.startswith("."))
            if not files:
                report.skip(p, "directory has no files")
            for f in files:
                out.extend(_file_partitions(f, lines))
        elif path.is_file():
            out.extend(_file_partitions(path, lines))
        elif path.exists():
            report.skip(p, "not a regular file (a FIFO, device or socket); give a file or a directory")
        else:
            report.skip(p, "no such file or directory")
    return out


def _file_partitions(path: Path, lines: int) -> list[Partition]:
    stat = path.stat()
    stamp = f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"
    if path.suffix.lower() not in _JSONL:
        return [Partition(str(path), key=stamp)]
    with path.open("rb") as fh:
        n = sum(1 for _ in fh)
    return [Partition(str(path), start, min(start + lines, n), f"{stamp}:{start}")
            for start in range(0, max(n, 1), lines)]


def read_partition(part: Partition, report: RunReport) -> list[Article]:
    """The articles of one partition (on a worker); bad records go to ``report``."""
    if part.start is None and "://" not in part.path:
        return list(read_inputs([part.path], report))
    try:
        data = _read_bytes(part.path)
    except OSError as err:
        report.skip(part.path, f"cannot read: {err}")
        return []
    suffix = Path(part.path.split("?")[0]).suffix.lower()
    if suffix not in _JSONL:
        fmt = format_for(suffix)
        try:
            articles = list(fmt.read(io.BytesIO(data), part.path, report))
        except InputError as err:
            report.skip(err.source, err.reason)
            return []
        report.articles += len(articles)
        return articles
    start = part.start or 0
    stop = part.stop if part.stop is not None else None
    articles = []
    for lineno, raw in enumerate(data.splitlines(), start=1):
        if lineno <= start or (stop is not None and lineno > stop) or not raw.strip():
            continue
        where = f"{part.path}:{lineno}"
        try:
            record = json.loads(raw)
            if not isinstance(record, dict):
                raise InputError(where, f"expected a JSON object, got {type(record).__name__}")
            articles.append(article_from_record(record, where))
        except UnicodeDecodeError:
            report.skip(where, "invalid UTF-8")
        except json.JSONDecodeError as err:
            report.skip(where, f"malformed JSON ({err.msg} at column {err.colno})")
        except InputError as err:
            report.skip(err.source, err.reason)
    report.articles += len(articles)
    return articles


def _read_bytes(path: str) -> bytes:
    if "://" not in path:
        return Path(path).read_bytes()
    import fsspec

    with fsspec.open(path, "rb") as fh:
        return bytes(fh.read())


def build_partition(part: Partition, pipeline: Pipeline) -> tuple[list[ArticleRows], RunReport]:
    """The map step, on a worker: a partition in, its articles' rows and its report out."""
    from graphbuilder.engine.local import process_batch
    from graphbuilder.nlp import load_pipeline
    from graphbuilder.pipeline import within_limit

    report = RunReport()
    articles = within_limit(read_partition(part, report), load_pipeline(pipeline.model).max_length, report)
    built, failed = process_batch(pipeline, list(articles))
    for source, reason in failed:
        report.skip(source, reason)
    return built, report


def _client(scheduler: str | None, workers: int) -> tuple[Any, Callable[[], None]]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise EngineError(
            "the Dask engine needs dask and distributed: pip install 'graphbuilder[dask]'"
        ) from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as err:
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler} ({err})") from None
        return client, client.close
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, host="127.0.0.1", silence_logs=logging.ERROR)
    client = Client(cluster)

    def close() -> None:
        client.close()
        cluster.close()

    return client, close


def dask_rows(
    inputs: Iterable[Input],
    db: GraphDatabase,
    pipeline: Pipeline,
    report: RunReport,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    on_article: Callable[[Article], None] | None = None,
) -> Iterator[ArticleRows | PartitionDone]:
    """Rows of every article of the inputs, partition by partition in input order, built on
    the cluster; partitions the folder already finished are skipped."""
    todo = [p for p in plan(inputs, report) if not db.partition_done(p.key)]
    if not todo:
        return
    client, close = _client(scheduler, workers)
    try:
        window = 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        queue = iter(todo)
        pending: deque[tuple[Partition, Any]] = deque()
        for part in queue:
            pending.append((part, client.submit(build_partition, part, pipeline, pure=False)))
            if len(pending) >= window:
                done, future = pending.popleft()
                yield from _collect(done, future, report, on_article)
        while pending:
            done, future = pending.popleft()
            yield from _collect(done, future, report, on_article)
    finally:
        close()


def _collect(part: Partition, future: Any, report: RunReport,
             on_article: Callable[[Article], None] | None) -> Iterator[ArticleRows | PartitionDone]:
    built, part_report = future.result()
    report.articles += part_report.articles
    report.skipped.extend(part_report.skipped)
    for rows in built:
        yield rows
        if on_article is not None:
            on_article(Article(**json.loads(rows.article)))
    yield PartitionDone(part.key)

"""The endpoint's supervisor: an HTTP front that runs every request in a worker it can kill.

Oxigraph's server checks its timeout only while it joins and filters: a ``COUNT`` over a
cross join or an ``ORDER BY`` over one runs on (minutes, gigabytes) after the timeout and
after the client has gone. So ``graphbuilder serve`` puts this front on the public address
and keeps a pool of Oxigraph servers (``oxigraph serve-read-only``, one query at a time
each) on private localhost ports behind it:

* each request waits for an idle worker, is forwarded to it, and its answer is streamed
  back (chunked);
* a watchdog thread looks at every running request 20 times a second and **kills its
  worker (SIGKILL)** when the request passes the timeout (counted from its arrival), when
  the worker's resident memory passes the memory limit, or when the client has
  disconnected. The kernel frees the worker's memory at once; a fresh worker takes its
  place (the workers are started by one long-lived thread, with ``PR_SET_PDEATHSIG``, so
  they also die with the front, even on SIGKILL);
* the client gets ``504`` (timeout) or ``503`` (memory) with a one-line reason, or, when
  the answer had started, a chunked body that never completes (every HTTP client then
  reports an error, a truncated answer is never taken for a whole one);
* answers are kept (``--cache-mb``, least recently used out first) and an identical request
  is answered from them: the store cannot change while it is served. A request with
  ``Cache-Control: no-cache`` is run again;
* queries may use the project's prefixes (gb:, schema:, ...) without declaring them; a
  query using any other undeclared prefix gets ``400`` naming the prefix.

Everything else (content negotiation, the query page, ``/store``, refusing updates on a
read-only store) is Oxigraph's own answer, passed through.
"""

from __future__ import annotations

import ctypes
import http.client
import os
import queue
import re
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import IO, Any

from graphbuilder.errors import QueryError, StoreError
from graphbuilder.query.sparql import declare_prefixes

#: How often the watchdog looks at the running requests (seconds).
WATCH_INTERVAL = 0.05
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "upgrade", "trailer",
               "proxy-authorization", "proxy-authenticate", "host", "content-length"}
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_ERROR_AT_LINE_1 = re.compile(r"^error at 1:(\d+)")


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Ask Linux to SIGKILL this process when the thread that started it exits."""
    try:
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Worker:
    """One Oxigraph server on a private localhost port, answering one request at a time."""

    def __init__(self, argv: Callable[[int], list[str]], env: dict[str, str]) -> None:
        self.port = _free_port()
        self.log: IO[bytes] = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            argv(self.port), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.log,
            env=env, preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )

    def wait_ready(self, seconds: float = 20.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.seek(0)
                reason = self.log.read().decode("utf-8", "replace").strip()
                raise StoreError(f"a SPARQL worker exited at start ({reason or self.process.returncode})")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.02)
        self.kill()
        raise StoreError(f"a SPARQL worker did not start within {seconds:.0f}s")

    def rss(self) -> int:
        """Resident memory in bytes (0 when unknown)."""
        try:
            with open(f"/proc/{self.process.pid}/statm", encoding="ascii") as f:
                return int(f.read().split()[1]) * _PAGE_SIZE
        except (OSError, ValueError, IndexError):
            return 0

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.log.close()


class WorkerPool:
    """``size`` workers; a killed one is replaced. Workers are started only by the pool's own
    thread (the parent-death signal follows the thread that forked)."""

    def __init__(self, argv: Callable[[int], list[str]], size: int, env: dict[str, str]) -> None:
        self._argv, self._env, self.size = argv, env, size
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._orders: queue.Queue[int | None] = queue.Queue()
        self._all: set[Worker] = set()
        self._lock = threading.Lock()
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="sparql-workers", daemon=True)
        self._thread.start()
        for _ in range(size):
            self._orders.put(1)

    def _run(self) -> None:
        while (order := self._orders.get()) is not None:
            try:
                worker = Worker(self._argv, self._env)
                with self._lock:
                    self._all.add(worker)
                worker.wait_ready()
            except (OSError, StoreError) as err:
                self._failure = err
                time.sleep(1.0)
                self._orders.put(order)  # try again: a pool never shrinks
                continue
            self._idle.put(worker)
        with self._lock:
            for worker in list(self._all):
                worker.kill()
            self._all.clear()

    def wait_ready(self, seconds: float = 30.0) -> None:
        """Block until every worker has started; StoreError when they cannot."""
        deadline = time.monotonic() + seconds
        while self._idle.qsize() < self.size:
            if time.monotonic() > deadline:
                raise StoreError(f"the SPARQL workers did not start ({self._failure or 'timed out'})")
            time.sleep(0.02)

    def acquire(self, deadline: float) -> Worker | None:
        try:
            return self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            return None

    def release(self, worker: Worker) -> None:
        self._idle.put(worker)

    def replace(self, worker: Worker) -> None:
        """Kill ``worker`` (if it still runs) and have a fresh one started in its place."""
        worker.kill()
        with self._lock:
            self._all.discard(worker)
        self._orders.put(1)

    def close(self) -> None:
        self._orders.put(None)
        self._thread.join(10)


@dataclass(eq=False)
class Job:
    """A request being answered by a worker, watched by the watchdog."""

    worker: Worker
    client: socket.socket
    deadline: float
    reason: str | None = None  # why its worker was killed
    done: threading.Event = field(default_factory=threading.Event)


class Watchdog:
    """Kills the worker of a request that runs out of time or memory or whose client left."""

    def __init__(self, timeout: float, memory_limit: int, log: Callable[[str], None]) -> None:
        self.timeout, self.memory_limit, self._log = timeout, memory_limit, log
        self._jobs: set[Job] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sparql-watchdog", daemon=True)
        self._thread.start()

    def watch(self, job: Job) -> None:
        with self._lock:
            self._jobs.add(job)

    def forget(self, job: Job) -> None:
        with self._lock:
            self._jobs.discard(job)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        while not self._stop.wait(WATCH_INTERVAL):
            with self._lock:
                jobs = [j for j in self._jobs if j.reason is None]
            if not jobs:
                continue
            gone = _disconnected([j.client for j in jobs])
            now = time.monotonic()
            for job in jobs:
                if now >= job.deadline:
                    reason = f"it ran past the {self.timeout:g} s timeout (--timeout)"
                elif job.client in gone:
                    reason = "the client disconnected"
                elif self.memory_limit and job.worker.rss() > self.memory_limit:
                    reason = f"it used more than {self.memory_limit // 2**20} MiB (--memory-limit)"
                else:
                    continue
                self.cancel(job, reason)

    def cancel(self, job: Job, reason: str) -> None:
        """Stop a request: note why, log it, then kill its worker."""
        job.reason = reason
        # logged before the kill, so whoever sees the worker gone also finds the line
        self._log(f"cancelled a request (worker pid {job.worker.process.pid} killed): {reason}")
        if job.worker.process.poll() is None:
            job.worker.process.kill()


def _disconnected(clients: list[socket.socket]) -> set[socket.socket]:
    """The client sockets whose peer has closed the connection."""
    try:
        readable, _, broken = select.select(clients, [], clients, 0)
    except (OSError, ValueError):
        return set()
    gone = set(broken)
    for sock in readable:
        try:
            if sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b"":
                gone.add(sock)
        except BlockingIOError:
            continue
        except OSError:
            gone.add(sock)
    return gone


@dataclass(frozen=True)
class Answer:
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes


class AnswerCache:
    """Whole answers of a read-only store, by request, least recently used out first.

    The store cannot change while it is served (a build into a served folder is refused),
    so an answer stays right. Identical requests arriving together are computed once: the
    others wait for the first (``claim`` / ``settle``).
    """

    def __init__(self, budget: int) -> None:
        self.budget, self.used = budget, 0
        self._answers: OrderedDict[tuple[Any, ...], Answer] = OrderedDict()
        self._pending: dict[tuple[Any, ...], threading.Event] = {}
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...]) -> Answer | None:
        with self._lock:
            answer = self._answers.get(key)
            if answer is not None:
                self._answers.move_to_end(key)
            return answer

    def claim(self, key: tuple[Any, ...], deadline: float) -> Answer | None:
        """The cached answer (waiting for an identical request in flight), else None: then
        the caller computes it and must call :meth:`settle`."""
        while True:
            with self._lock:
                answer = self._answers.get(key)
                if answer is not None:
                    self._answers.move_to_end(key)
                    return answer
                pending = self._pending.get(key)
                if pending is None:
                    self._pending[key] = threading.Event()
                    return None
            if not pending.wait(max(0.0, deadline - time.monotonic())):
                return None  # compute it ourselves (the first one is slow or stuck)

    def settle(self, key: tuple[Any, ...], answer: Answer | None) -> None:
        with self._lock:
            if answer is not None and len(answer.body) <= self.budget // 4 and key not in self._answers:
                self._answers[key] = answer
                self.used += len(answer.body)
                while self.used > self.budget:
                    _, old = self._answers.popitem(last=False)
                    self.used -= len(old.body)
            event = self._pending.pop(key, None)
        if event is not None:
            event.set()


class Gateway(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], pool: WorkerPool, watchdog: Watchdog,
                 prefixes: dict[str, str], timeout: float, family: int = socket.AF_INET,
                 cache: AnswerCache | None = None) -> None:
        self.address_family = family
        self.pool, self.watchdog, self.prefixes, self.query_timeout = pool, watchdog, prefixes, timeout
        self.cache = cache
        super().__init__(address, GatewayHandler)


class GatewayHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    #: Each write goes out at once: with Nagle's algorithm on, the answer's body waited for
    #: the client's delayed ACK of the headers (40 ms on every request, even a kept answer).
    disable_nagle_algorithm = True
    server: Gateway

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass  # one line per cancelled request is logged; ordinary requests are not

    def do_GET(self) -> None:
        self._forward()

    def do_POST(self) -> None:
        self._forward()

    def do_HEAD(self) -> None:
        self._forward()

    def do_PUT(self) -> None:
        self._forward()

    def do_DELETE(self) -> None:
        self._forward()

    # --- one request ------------------------------------------------------------------

    def _forward(self) -> None:
        arrived = time.monotonic()
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self._reply(411, "send the request body with a Content-Length")
            return
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            path, body, shift = self._with_prefixes(self.path, body)
        except QueryError as err:
            self._reply(400, str(err))
            return
        deadline = arrived + self.server.query_timeout
        cache, key = self.server.cache, self._cache_key(path, body)
        if cache is None or key is None:
            self._run(path, body, shift, deadline)
            return
        if "no-cache" not in self.headers.get("Cache-Control", "").lower():
            answer = cache.claim(key, deadline)
            if answer is not None:
                self._send(answer)
                return
        kept: list[Answer] = []
        try:
            self._run(path, body, shift, deadline, kept)
        finally:
            cache.settle(key, kept[0] if kept else None)

    def _cache_key(self, path: str, body: bytes) -> tuple[Any, ...] | None:
        """What makes two requests the same question, for a request that only reads."""
        if self.command not in ("GET", "POST") or urllib.parse.urlsplit(path).path != "/query":
            return None  # only queries: an update (refused here anyway) is never answered twice
        headers = self.headers
        return (self.command, path, body, headers.get("Content-Type", ""), headers.get("Accept", ""))

    def _run(
        self, path: str, body: bytes, shift: int, deadline: float, kept: list[Answer] | None = None
    ) -> None:
        worker = self.server.pool.acquire(deadline)
        if worker is None:
            wait = self.server.query_timeout
            self._reply(503, f"every query worker stayed busy for the {wait:g} s timeout; try again later")
            return
        job = Job(worker, self.connection, deadline)
        try:
            self.server.watchdog.watch(job)
            self._relay(job, path, body, shift, kept)
        finally:
            self.server.watchdog.forget(job)
            if job.reason is not None or worker.process.poll() is not None:
                self.server.pool.replace(worker)
            else:
                self.server.pool.release(worker)

    def _send(self, answer: Answer) -> None:
        self.send_response(answer.status)
        for key, value in answer.headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)

    def _with_prefixes(self, path: str, body: bytes) -> tuple[str, bytes, int]:
        """The request with the project's prefixes declared in its query (if it has one), and
        how many characters that put in front of the query's first line."""
        known = self.server.prefixes
        parts = urllib.parse.urlsplit(path)
        content_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if self.command == "POST" and content_type == "application/sparql-query":
            query = body.decode("utf-8", "replace")
            declared = declare_prefixes(query, known)
            return path, declared.encode("utf-8"), len(declared) - len(query)
        if self.command == "POST" and content_type == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
            form, shift = _declare_in(form, known)
            return path, urllib.parse.urlencode(form).encode("utf-8"), shift
        if self.command in ("GET", "HEAD") and parts.query:
            params = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
            params, shift = _declare_in(params, known)
            return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(params))), body, shift
        return path, body, 0

    def _relay(self, job: Job, path: str, body: bytes, shift: int, kept: list[Answer] | None = None) -> None:
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        backend = http.client.HTTPConnection("127.0.0.1", job.worker.port)
        started = False
        try:
            backend.request(self.command, path, body=body if body or self.command == "POST" else None,
                            headers=headers)
            response = backend.getresponse()
            if response.status == 400 and shift:
                self._reply(400, _shift_position(response.read().decode("utf-8", "replace"), shift))
                return
            answer_headers = tuple((k, v) for k, v in response.getheaders() if k.lower() not in _HOP_BY_HOP)
            self.send_response(response.status)
            for key, value in answer_headers:
                self.send_header(key, value)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            started = True
            chunks: list[bytes] | None = [] if kept is not None and response.status == 200 else None
            room = self.server.cache.budget // 4 if self.server.cache is not None else 0
            if self.command != "HEAD":
                while chunk := response.read1(65536):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    if chunks is not None:
                        chunks.append(chunk)
                        room -= len(chunk)
                        if room < 0:  # too big to keep: pass the rest on only
                            chunks = None
            if job.reason is None:
                self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()
                if chunks is not None and kept is not None:
                    kept.append(Answer(response.status, answer_headers, b"".join(chunks)))
                return
        except (OSError, http.client.HTTPException):
            if job.reason is None and job.worker.process.poll() is None:  # a failed write to the client
                self.server.watchdog.cancel(job, "the client disconnected")
        finally:
            backend.close()
        self._fail(job, started)

    def _fail(self, job: Job, started: bool) -> None:
        """Tell the client why its request was stopped, or break off a started answer."""
        reason = job.reason or "the query worker stopped"
        self.close_connection = True
        if started or reason == "the client disconnected":
            return  # no terminating chunk: the client sees an incomplete answer
        status = 504 if "timeout" in reason else 503
        try:
            self._reply(status, f"the query was cancelled: {reason}")
        except OSError:
            pass

    def _reply(self, status: int, message: str) -> None:
        data = (message.rstrip("\n") + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def _declare_in(pairs: list[tuple[str, str]], known: dict[str, str]) -> tuple[list[tuple[str, str]], int]:
    out, shift = [], 0
    for key, value in pairs:
        if key == "query":
            declared = declare_prefixes(value, known)
            shift = len(declared) - len(value)
            value = declared
        out.append((key, value))
    return out, shift


def _shift_position(message: str, shift: int) -> str:
    """A parser message about line 1, with the column as the user wrote it."""
    m = _ERROR_AT_LINE_1.match(message)
    if m is None:
        return message
    column = max(1, int(m.group(1)) - shift)
    return f"error at 1:{column}" + message[m.end():]

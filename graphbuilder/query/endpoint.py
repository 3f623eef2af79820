"""The SPARQL endpoint over a build's Oxigraph store: `graphbuilder serve`.

The SPARQL 1.1 Protocol is Oxigraph's own server (``oxigraph serve-read-only``, installed
with graphbuilder): GET and POST queries at ``/query``, results as SPARQL JSON, XML, CSV or
TSV by content negotiation, and a browser query page (YASGUI, served offline) at ``/``. It
refuses updates (403 "The server is read-only") and answers a malformed query with 400 and
the parser's message.

Oxigraph's own timeout does not stop every query (a sort or a COUNT over a cross join runs
on, and keeps its memory, after the timeout and after the client left), so the server
never faces clients directly: ``query.gateway`` listens on the address, runs each request
in one of a pool of Oxigraph workers and kills the worker of a request that passes the
timeout or the memory limit or whose client disconnects (see that module).
``allow_updates`` runs a single read-write worker (``oxigraph serve``) behind the same
front; updates made that way are not in ``graph.db`` and are lost at the next build.

Before anything starts, ``preflight`` checks that the store opens and the address is free,
so those failures are one clear line rather than the server's Rust error; the workers run
without Rust backtraces.
"""

from __future__ import annotations

import errno
import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

import pyoxigraph as ox

from graphbuilder.errors import StoreError
from graphbuilder.sinks.oxigraph_store import store_path

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30
#: Resident memory a worker may use for one query before it is killed (MiB).
DEFAULT_MEMORY_LIMIT_MB = 2048
#: Memory for whole answers kept by the front (MiB).
DEFAULT_CACHE_MB = 256


def server_binary() -> Path:
    """The ``oxigraph`` executable: next to this Python first, else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.exists():
        return beside
    found = shutil.which("oxigraph")
    if found is None:
        raise StoreError("the Oxigraph server is not installed: pip install oxigraph==0.5.13")
    return Path(found)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind_address(host: str, port: int) -> str:
    return f"[{host.strip('[]')}]:{port}" if ":" in host.strip("[]") else f"{host}:{port}"


def check_address(host: str, port: int) -> None:
    """StoreError with a one-line reason unless the server can listen on ``host:port``.

    Binds a probe socket the way the server will (``SO_REUSEADDR``, as Rust's listener
    does, so connections of a server stopped a moment ago do not count as "in use").
    """
    shown = bind_address(host, port)
    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)
    except socket.gaierror as err:
        raise StoreError(f"cannot listen on {shown}: unknown host ({err.strerror})") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                raise StoreError(f"{shown} is already in use; choose another --port") from None
            if err.errno == errno.EADDRNOTAVAIL:
                reason = f"{host} is not an address of this machine"
                raise StoreError(f"cannot listen on {shown}: {reason}") from None
            if err.errno == errno.EACCES:
                raise StoreError(f"cannot listen on {shown}: permission denied (ports below 1024 "
                                 "need privileges)") from None
            raise StoreError(f"cannot listen on {shown}: {err.strerror or err}") from None


def check_store(folder: str | Path) -> Path:
    """The store directory of the build ``folder``; StoreError when it is missing or unreadable."""
    store = store_path(folder)
    if not store.is_dir() or not any(store.iterdir()):
        raise StoreError(f"{folder}: no Oxigraph store here; run `graphbuilder build INPUT --out {folder}`")
    from graphbuilder.buildfolder.outputs import check_store as check_generations

    check_generations(folder)  # outputs of one build, not a mix of an interrupted one's
    try:
        opened = ox.Store.read_only(str(store))
    except OSError as err:
        raise StoreError(f"{store}: not a readable Oxigraph store ({err}); rebuild it with "
                         f"`graphbuilder build INPUT --out {folder}`") from None
    del opened
    return store


def worker_command(folder: str | Path, port: int, timeout: int = DEFAULT_TIMEOUT,
                   allow_updates: bool = False) -> list[str]:
    """The argv of one Oxigraph worker serving ``folder``'s store on a private localhost port.

    Its own timeout is a backstop a little after the front's, which stops queries first.
    """
    store = store_path(folder)
    if not store.is_dir() or not any(store.iterdir()):
        raise StoreError(f"{folder}: no Oxigraph store here; run `graphbuilder build INPUT --out {folder}`")
    return [
        str(server_binary()),
        "serve" if allow_updates else "serve-read-only",
        "--location", str(store),
        "--bind", bind_address("127.0.0.1", port),
        "--timeout-s", str(int(timeout) + 5),
    ]


@dataclass(frozen=True)
class ServeOptions:
    """What `graphbuilder serve` was asked for."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    timeout: int = DEFAULT_TIMEOUT
    allow_updates: bool = False
    workers: int = 0  # 0: one per core (always 1 with allow_updates: one writer)
    memory_limit_mb: int = DEFAULT_MEMORY_LIMIT_MB
    cache_mb: int = DEFAULT_CACHE_MB  # answers kept (read-only only: a store that can change is not cached)

    def worker_count(self) -> int:
        if self.allow_updates:
            return 1
        return self.workers or max(2, os.cpu_count() or 2)

    def argv(self, folder: str | Path) -> list[str]:
        """The `graphbuilder serve` command line for these options."""
        argv = [sys.executable, "-m", "graphbuilder", "serve", str(folder), "--host", self.host,
                "--port", str(self.port), "--timeout", str(self.timeout),
                "--workers", str(self.workers), "--memory-limit", str(self.memory_limit_mb),
                "--cache-mb", str(self.cache_mb)]
        return argv + (["--allow-updates"] if self.allow_updates else [])


def preflight(folder: str | Path, options: ServeOptions = ServeOptions()) -> None:
    """Everything that can be checked before starting; StoreError with one line otherwise.

    The store must open, the address must be free, the timeout must be whole seconds: the
    server itself would report these as a Rust error, not as one clear line.
    """
    if options.timeout < 1:
        raise StoreError("the query timeout must be at least 1 second")
    worker_command(folder, 0, options.timeout, options.allow_updates)
    server_binary()
    check_store(folder)
    check_address(options.host, options.port)


#: File in a build folder naming the process that serves its store (removed when it stops).
SERVING_FILE = "serving.pid"


def mark_served(folder: str | Path, pid: int) -> Path | None:
    """Record that process ``pid`` serves ``folder``, so that a build into it is refused.

    None when the folder is not writable (then nothing can build into it either).
    """
    marker = Path(folder) / SERVING_FILE
    try:
        marker.write_text(f"{pid}\n", encoding="ascii")
    except OSError:
        return None
    return marker


def serving_process(folder: str | Path) -> int | None:
    """The pid of a live SPARQL server on ``folder``'s store, else None (stale marks are ignored)."""
    marker = Path(folder) / SERVING_FILE
    try:
        pid = int(marker.read_text(encoding="ascii").strip())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists() and not any(name in cmdline.read_bytes() for name in (b"graphbuilder", b"oxigraph")):
        return None  # the pid was reused by another program
    return pid


def check_not_served(folder: str | Path) -> None:
    """StoreError when a SPARQL server is serving ``folder``: its store must not change under it."""
    pid = serving_process(folder)
    if pid is not None:
        raise StoreError(
            f"{folder} is being served by a SPARQL server (pid {pid}); stop it (Ctrl-C or "
            f"`kill {pid}`) before building into this folder"
        )


def server_environment() -> dict[str, str]:
    """The workers' environment: ours, without Rust backtraces in their error messages."""
    return {**os.environ, "RUST_BACKTRACE": "0", "RUST_LIB_BACKTRACE": "0"}


@dataclass
class Endpoint:
    """A running `graphbuilder serve` process; use as a context manager or call ``stop()``."""

    process: subprocess.Popen[bytes]
    host: str
    port: int
    log: IO[bytes] | None = None  # the server's stderr (a file: a pipe could fill and block it)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    def wait_ready(self, seconds: float = 30.0) -> None:
        """Block until the server answers a query; StoreError if it exits or never answers."""
        deadline = time.monotonic() + seconds
        probe = self.query_url + "?query=ASK%7B%7D"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.log_text()
                self.stop()
                lines = err.strip().splitlines()
                reason = lines[-1] if lines else f"exit status {self.process.returncode}"
                raise StoreError(f"the SPARQL server exited at start ({reason})")
            try:
                with urllib.request.urlopen(probe, timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.05)
        self.stop()
        raise StoreError(f"the SPARQL server did not answer on {self.url} within {seconds:.0f}s")

    def stop(self, grace: float = 10.0) -> int:
        """Terminate the server (SIGTERM, then SIGKILL after ``grace`` seconds); its exit code."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(grace)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.log is not None:
            self.log.close()
            self.log = None
        return self.process.returncode

    def log_text(self) -> str:
        if self.log is None:
            return ""
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")

    def __enter__(self) -> Endpoint:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


def start_endpoint(folder: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                   timeout: int = DEFAULT_TIMEOUT, allow_updates: bool = False,
                   ready_within: float = 30.0, workers: int = 0,
                   memory_limit_mb: int = DEFAULT_MEMORY_LIMIT_MB,
                   cache_mb: int = DEFAULT_CACHE_MB) -> Endpoint:
    """Run `graphbuilder serve` in the background and wait until it answers (tests, notebooks)."""
    options = ServeOptions(host, port, timeout, allow_updates, workers, memory_limit_mb, cache_mb)
    preflight(folder, options)
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(options.argv(folder), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=log)
    endpoint = Endpoint(process, host, port, log)
    endpoint.wait_ready(ready_within)
    return endpoint


def serve(folder: str | Path, options: ServeOptions = ServeOptions(),
          ready: Callable[[], None] | None = None) -> int:
    """Serve ``folder`` in the foreground until SIGINT or SIGTERM; returns 0.

    Starts the workers, then the front on ``options.host:options.port``; ``ready`` is
    called once both answer. Marks the folder as served (``serving.pid``) meanwhile.
    """
    from graphbuilder.query.gateway import AnswerCache, Gateway, Watchdog, WorkerPool
    from graphbuilder.sinks.rdf import prefixes

    preflight(folder, options)
    pool = WorkerPool(lambda p: worker_command(folder, p, options.timeout, options.allow_updates),
                      options.worker_count(), server_environment())
    watchdog = Watchdog(options.timeout, options.memory_limit_mb * 2**20,
                        lambda line: print(line, file=sys.stderr, flush=True))
    marker = None
    try:
        pool.wait_ready()
        family = socket.AF_INET6 if ":" in options.host.strip("[]") else socket.AF_INET
        try:
            cached = options.cache_mb and not options.allow_updates  # a store that can change is not
            cache = AnswerCache(options.cache_mb * 2**20) if cached else None
            gateway = Gateway((options.host.strip("[]"), options.port), pool, watchdog, prefixes(),
                              options.timeout, family, cache)
        except OSError as err:
            raise StoreError(f"cannot listen on {bind_address(options.host, options.port)}: "
                             f"{err.strerror or err}") from None
        marker = mark_served(folder, os.getpid())
        stop = threading.Event()

        def _stop(signum: int, frame: object) -> None:
            if not stop.is_set():
                stop.set()
                threading.Thread(target=gateway.shutdown, daemon=True).start()

        previous = {sig: signal.signal(sig, _stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            if ready is not None:
                ready()
            gateway.serve_forever(poll_interval=0.2)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            gateway.server_close()
        return 0
    finally:
        watchdog.close()
        pool.close()
        if marker is not None:
            marker.unlink(missing_ok=True)

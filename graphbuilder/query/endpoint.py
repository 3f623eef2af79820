"""The SPARQL endpoint over a build's Oxigraph store: Oxigraph's own HTTP server.

``oxigraph serve-read-only`` (from the ``oxigraph`` package, installed with graphbuilder)
implements the SPARQL 1.1 Protocol: GET and POST queries at ``/query``, results as SPARQL
JSON, XML, CSV or TSV by content negotiation, and a browser query page (YASGUI) at ``/``.
It refuses updates (403 "The server is read-only"), answers a malformed query with 400 and
the parser's message, and cancels a query that runs past ``--timeout-s`` (the status line
is already sent by then, so the body ends with "The SPARQL operation has been cancelled").
Oxigraph checks for cancellation while it joins and filters; a single huge sort (ORDER BY
over a cross product) is only stopped when it finishes, so clients keep their own timeout.
``allow_updates`` runs ``oxigraph serve`` (read-write) instead; updates made that way are
not in ``graph.jsonl`` and are lost at the next build.

This module only builds the command line and manages the process; it never speaks HTTP
itself except to wait until the server answers. Before starting the server it checks
(``preflight``) that the store opens and the address is free, so those failures are one
clear line rather than the server's Rust error; the server runs without Rust backtraces.
"""

from __future__ import annotations

import errno
import ipaddress
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
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
    try:
        opened = ox.Store.read_only(str(store))
    except OSError as err:
        raise StoreError(f"{store}: not a readable Oxigraph store ({err}); rebuild it with "
                         f"`graphbuilder build INPUT --out {folder}`") from None
    del opened
    return store


def server_command(folder: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                   timeout: int = DEFAULT_TIMEOUT, allow_updates: bool = False) -> list[str]:
    """The argv that serves ``folder``'s store; StoreError when there is no store."""
    store = store_path(folder)
    if not store.is_dir() or not any(store.iterdir()):
        raise StoreError(f"{folder}: no Oxigraph store here; run `graphbuilder build INPUT --out {folder}`")
    if timeout < 1:
        raise StoreError("the query timeout must be at least 1 second (the server counts whole seconds)")
    return [
        str(server_binary()),
        "serve" if allow_updates else "serve-read-only",
        "--location", str(store),
        "--bind", bind_address(host, port),
        "--timeout-s", str(int(timeout)),
    ]


def preflight(folder: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
              timeout: int = DEFAULT_TIMEOUT, allow_updates: bool = False) -> list[str]:
    """Everything that can be checked before starting the server; its argv, else StoreError.

    The store must open, the address must be free: the server itself would report these
    as a Rust error (with a backtrace when RUST_BACKTRACE is set), not as one clear line.
    """
    argv = server_command(folder, host, port, timeout, allow_updates)
    check_store(folder)
    check_address(host, port)
    return argv


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
    if cmdline.exists() and b"oxigraph" not in cmdline.read_bytes():
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
    """The server's environment: ours, without Rust backtraces in its error messages."""
    return {**os.environ, "RUST_BACKTRACE": "0", "RUST_LIB_BACKTRACE": "0"}


@dataclass
class Endpoint:
    """A running Oxigraph server process; use as a context manager or call ``stop()``."""

    process: subprocess.Popen[bytes]
    host: str
    port: int
    log: IO[bytes] | None = None  # the server's stderr (a file: a pipe could fill and block it)
    marker: Path | None = None  # the build folder's serving mark, removed on stop

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    def wait_ready(self, seconds: float = 20.0) -> None:
        """Block until the server answers a query; StoreError if it exits or never answers."""
        deadline = time.monotonic() + seconds
        probe = self.query_url + "?query=ASK%7B%7D"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self._log_text()
                self.stop()
                reason = err.strip() or f"exit status {self.process.returncode}"
                raise StoreError(f"the SPARQL server exited at start ({reason})")
            try:
                with urllib.request.urlopen(probe, timeout=1) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.05)
        self.stop()
        raise StoreError(f"the SPARQL server did not answer on {self.url} within {seconds:.0f}s")

    def stop(self, grace: float = 5.0) -> int:
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
        if self.marker is not None:
            self.marker.unlink(missing_ok=True)
            self.marker = None
        return self.process.returncode

    def _log_text(self) -> str:
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
                   ready_within: float = 20.0) -> Endpoint:
    """Start the server in the background and wait until it answers (for tests, notebooks)."""
    argv = preflight(folder, host, port, timeout, allow_updates)
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
                               env=server_environment())
    endpoint = Endpoint(process, host, port, log, mark_served(folder, process.pid))
    endpoint.wait_ready(ready_within)
    return endpoint


def serve(folder: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          timeout: int = DEFAULT_TIMEOUT, allow_updates: bool = False) -> int:
    """Run the server in the foreground until interrupted; returns its exit code.

    On POSIX the server replaces this process (``exec``), so Ctrl-C and ``kill`` reach it
    directly and no orphan can be left behind; elsewhere it runs as a child.
    """
    argv = preflight(folder, host, port, timeout, allow_updates)
    sys.stdout.flush()
    sys.stderr.flush()
    if os.name == "posix":
        mark_served(folder, os.getpid())  # the server keeps this pid; a later mark is stale
        os.execve(argv[0], argv, server_environment())
    process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, env=server_environment())
    marker = mark_served(folder, process.pid)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        try:
            return process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            return process.wait()
    finally:
        if marker is not None:
            marker.unlink(missing_ok=True)

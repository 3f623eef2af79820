"""The local Neo4j server of ``tools/neo4j`` (built by ``make neo4j-setup``), run from Python.

The server is Neo4j Community's test harness with Neo4j Browser, started in a JVM of its
own on free localhost ports with authentication on; :func:`start` returns once Bolt
answers. The test suite and ``graphbuilder.bench`` use it; users run ``make neo4j``.
:func:`neo4j_admin_home` makes a scratch NEO4J_HOME whose ``bin/neo4j-admin`` runs Neo4j's
own admin tool from the same artifacts, so the ``import.sh`` of ``export neo4j-csv`` runs
as written. Nothing here downloads anything: without the build it says how to make it.
"""

from __future__ import annotations

import os
import secrets
import shlex
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from graphbuilder.errors import StoreError

TOOLS = Path(__file__).resolve().parents[3] / "tools" / "neo4j"
USER = "neo4j"
START_TIMEOUT = 300.0  # seconds; a cold JVM on a busy two-core machine needs about a minute
STOP_TIMEOUT = 60.0
# A fixed 2 GiB heap and the throughput collector: a load's transactions churn the young
# generation, and on a 1 GiB G1 heap the collector took about a third of the server's CPU
# on the 897-article load (tools/neo4j/jvm-options.sh passes the same to `make neo4j`).
MEMORY = ("-Xms2g", "-Xmx2g", "-XX:+UseParallelGC")
MAIN_CLASS = "graphbuilder.neo4j.LocalServer"
ADMIN_CLASS = "org.neo4j.cli.AdminTool"


def tools_dir() -> Path:
    return Path(os.environ.get("GRAPHBUILDER_NEO4J_TOOLS", TOOLS))


def is_built() -> bool:
    """Whether ``make neo4j-setup`` has built the server (its Java and class path are known)."""
    target = tools_dir() / "target"
    return (target / "java.txt").is_file() and (target / "jvm.args").is_file()


def _java_command(main_class: str) -> list[str]:
    if not is_built():
        raise StoreError("the local Neo4j is not built: run `make neo4j-setup` (needs Java 21+ and Maven)")
    target = tools_dir() / "target"
    java = (target / "java.txt").read_text(encoding="utf-8").strip()
    return [java, *MEMORY, f"@{target / 'jvm.args'}", main_class]


@dataclass
class LocalNeo4j:
    """A running local server: its Bolt URI, Browser URL and the credentials it was given."""

    bolt_uri: str
    browser_url: str
    password: str = field(repr=False)
    process: subprocess.Popen[str] = field(repr=False)
    user: str = USER

    @property
    def auth(self) -> tuple[str, str]:
        return (self.user, self.password)

    def stop(self) -> None:
        """Stop the server (it deletes its scratch data) and wait for its JVM to end."""
        if self.process.poll() is not None:
            return
        if self.process.stdin:
            self.process.stdin.close()  # the launcher stops when its standard input closes
        try:
            self.process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.terminate()
            try:
                self.process.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> LocalNeo4j:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()


def start(
    password: str | None = None,
    copy_from: Path | None = None,
    log: Path | None = None,
    timeout: float = START_TIMEOUT,
) -> LocalNeo4j:
    """Start a server on free ports; returns when Bolt answers.

    ``password`` (default: a new random one) is handed over in the environment, never on a
    command line. ``copy_from`` is a NEO4J_HOME-like folder whose ``data/`` the server starts
    from (see :func:`neo4j_admin_home`). The server's standard error goes to ``log``.
    """
    password = password or secrets.token_urlsafe(18)
    command = _java_command(MAIN_CLASS) + ["--stdin"]
    if copy_from is not None:
        command += ["--copy-from", str(copy_from)]
    env = {**os.environ, "NEO4J_PASSWORD": password}
    errors = open(log, "w", encoding="utf-8") if log else subprocess.DEVNULL  # noqa: SIM115
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            env=env,
            text=True,
            cwd=tools_dir(),
        )
    finally:
        if log:
            errors.close()  # type: ignore[union-attr]
    try:
        addresses = _read_addresses(process, timeout)
    except BaseException:
        process.kill()
        process.wait()
        raise
    server = LocalNeo4j(addresses["bolt"], addresses["browser"], password, process)
    _wait_for_bolt(server, deadline=time.monotonic() + timeout)
    return server


def _read_addresses(process: subprocess.Popen[str], timeout: float) -> dict[str, str]:
    """The addresses the launcher prints, up to its ``ready`` line; kills it after ``timeout``."""
    assert process.stdout is not None
    addresses: dict[str, str] = {}
    watchdog = threading.Timer(timeout, process.kill)
    watchdog.start()
    try:
        for line in process.stdout:
            key, _, value = line.strip().partition(": ")
            if key == "ready":
                return addresses
            if key in ("bolt", "browser"):
                addresses[key] = value.rstrip("/") if key == "bolt" else value
    finally:
        watchdog.cancel()
    code = process.wait()
    if code == -signal.SIGKILL:
        raise StoreError(f"the local Neo4j did not start within {timeout:.0f} s")
    raise StoreError(f"the local Neo4j stopped while starting (exit code {code})")


def _wait_for_bolt(server: LocalNeo4j, deadline: float) -> None:
    import neo4j

    with neo4j.GraphDatabase.driver(server.bolt_uri, auth=server.auth) as driver:
        while True:
            try:
                driver.verify_connectivity()
                return
            except neo4j.exceptions.ServiceUnavailable:
                if time.monotonic() > deadline:
                    raise StoreError(f"the local Neo4j at {server.bolt_uri} does not answer") from None
                time.sleep(0.5)


def neo4j_admin_home(home: Path) -> Path:
    """Make ``home`` a scratch NEO4J_HOME: ``bin/neo4j-admin`` runs Neo4j's admin tool.

    ``NEO4J_HOME=home sh import.sh`` (from ``export neo4j-csv``) then imports into
    ``home/data``, and :func:`start` with ``copy_from=home`` serves the imported database.
    """
    (home / "bin").mkdir(parents=True, exist_ok=True)
    (home / "conf").mkdir(exist_ok=True)
    script = home / "bin" / "neo4j-admin"
    command = " ".join(shlex.quote(part) for part in _java_command(ADMIN_CLASS))
    script.write_text(
        "#!/bin/sh\n"
        "# neo4j-admin from the Maven artifacts of tools/neo4j\n"
        f"NEO4J_HOME={shlex.quote(str(home))} NEO4J_CONF={shlex.quote(str(home / 'conf'))} "
        f'exec {command} "$@"\n',
        encoding="utf-8",
    )
    script.chmod(0o755)
    return home

"""The ``browser`` fixture: Debian's headless Chromium, driven through playwright-core.

``tests/browser/driver.mjs`` (npm ``playwright-core``, pinned in this folder's lock file and
installed by ``make setup``) launches ``/usr/bin/chromium`` (``make setup`` apt-installs
Debian's ``chromium`` when it is missing) and answers one JSON command a line. Tests get a
:class:`Browser` with one fresh page::

    def test_page(browser, tmp_path):
        browser.goto(page_path.as_uri())
        browser.wait_for("canvas")
        browser.click("#button")
        assert "Putin" in browser.text("#panel")
        browser.screenshot(tmp_path / "page.png")

A command that fails raises :class:`BrowserError` with Playwright's message (the page's
console lines are appended, which is where a broken script shows).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
DRIVER = HERE / "driver.mjs"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


class BrowserError(AssertionError):
    """A browser command failed (timeout, missing selector, script error)."""


class Browser:
    """One headless Chromium page; each method is one driver command."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self._process = process
        self._next_id = 0

    def command(self, op: str, **args: Any) -> Any:
        self._next_id += 1
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps({"id": self._next_id, "op": op, **args}) + "\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        if not line:
            stderr = self._process.stderr.read() if self._process.stderr else ""
            raise BrowserError(f"the browser driver exited during {op}: {stderr.strip()[-2000:]}")
        reply = json.loads(line)
        if not reply["ok"]:
            console = "" if op == "console" else "\n".join(self.console()[-20:])
            raise BrowserError(f"{op} {args}: {reply['error']}\npage console:\n{console}")
        return reply["value"]

    # --- the commands -------------------------------------------------------------------

    def goto(self, url: str, wait_until: str = "load", timeout: int = 30000) -> str:
        return str(self.command("goto", url=url, wait_until=wait_until, timeout=timeout))

    def wait_for(self, selector: str, state: str = "visible", timeout: int = 30000) -> None:
        self.command("wait_for", selector=selector, state=state, timeout=timeout)

    def click(self, selector: str, timeout: int = 30000) -> None:
        self.command("click", selector=selector, timeout=timeout)

    def click_at(self, x: float, y: float) -> None:
        """A mouse click at page coordinates (for canvases)."""
        self.command("click_at", x=x, y=y)

    def fill(self, selector: str, value: str) -> None:
        self.command("fill", selector=selector, value=value)

    def press(self, selector: str, key: str) -> None:
        self.command("press", selector=selector, key=key)

    def text(self, selector: str, timeout: int = 30000) -> str:
        return str(self.command("text", selector=selector, timeout=timeout))

    def texts(self, selector: str) -> list[str]:
        return list(self.command("texts", selector=selector))

    def count(self, selector: str) -> int:
        return int(self.command("count", selector=selector))

    def evaluate(self, expression: str, arg: Any = None) -> Any:
        """Run ``expression``, a JavaScript function source such as ``"() => document.title"``."""
        return self.command("evaluate", expression=expression, arg=arg)

    def screenshot(self, path: Path, full_page: bool = False) -> Path:
        path = Path(path).resolve()  # the driver runs in tests/browser
        self.command("screenshot", path=str(path), full_page=full_page)
        return path

    def console(self) -> list[str]:
        """The page's console messages and uncaught errors so far."""
        return list(self.command("console"))

    def requests(self) -> list[str]:
        """Every URL the page requested so far (to check a page stays offline)."""
        return list(self.command("requests"))

    def close(self) -> None:
        try:
            self.command("close")
        except (BrowserError, BrokenPipeError, ValueError):
            pass
        if self._process.stdin is not None:
            self._process.stdin.close()


@pytest.fixture
def browser() -> Iterator[Browser]:
    """A fresh headless Chromium page (closed after the test)."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: the browser tests need Node.js")
    if not (HERE / "node_modules" / "playwright-core").is_dir():
        pytest.fail("playwright-core is not installed: run `make setup` (npm ci in tests/browser)")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make setup` (installs Debian's chromium package)")
    process = subprocess.Popen(
        [node, str(DRIVER)], cwd=HERE, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env={**os.environ, "CHROMIUM": CHROMIUM},
    )
    page = Browser(process)
    try:
        yield page
    finally:
        page.close()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

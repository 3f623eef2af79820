"""The browser fixture itself: Debian's Chromium loads a local page, clicks, reads, screenshots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

PAGE = """<!doctype html><html><body>
<p id="status">waiting</p><canvas id="c" width="120" height="60"></canvas>
<button id="go" onclick="document.getElementById('status').textContent = 'clicked'">go</button>
<script>console.log('page ready')</script>
</body></html>"""


def test_loads_a_file_clicks_and_reads(browser: Any, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    browser.goto(page.as_uri())
    browser.wait_for("canvas")
    assert browser.text("#status") == "waiting"
    browser.click("#go")
    assert browser.text("#status") == "clicked"
    assert browser.evaluate("() => !!document.createElement('canvas').getContext('webgl2')")
    assert "log: page ready" in browser.console()
    shot = browser.screenshot(tmp_path / "page.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_failing_command_raises_with_playwright_message(browser: Any, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    browser.goto(page.as_uri())
    with pytest.raises(AssertionError, match="#absent"):
        browser.wait_for("#absent", timeout=500)
    assert browser.text("#status") == "waiting"  # the driver goes on after an error

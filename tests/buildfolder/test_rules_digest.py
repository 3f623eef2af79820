"""A build folder builds an article again when the rules that build it change, not only when
its text or the version string does (``rows.rules_digest``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graphbuilder.buildfolder import build, rows
from graphbuilder.model import Article

ARTICLE = Article(id="a-1", text="Prime Minister Theresa May met Angela Merkel in Berlin on Tuesday.")


def test_the_same_rules_leave_an_unchanged_article_alone(tmp_path: Path) -> None:
    first = build([ARTICLE], tmp_path / "out", store=False)
    again = build([ARTICLE], tmp_path / "out", store=False)
    assert (first.built, first.unchanged) == (1, 0)
    assert (again.built, again.unchanged) == (0, 1)


def test_new_rules_build_an_unchanged_article_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build([ARTICLE], tmp_path / "out", store=False)
    monkeypatch.setattr(rows, "rules_digest", lambda: "rules of a later graphbuilder")
    again = build([ARTICLE], tmp_path / "out", store=False)
    assert (again.built, again.unchanged) == (1, 0)


def test_the_digest_follows_the_bytes_of_a_rule_table_and_nothing_else(tmp_path: Path) -> None:
    package = tmp_path / "graphbuilder"
    shutil.copytree(Path(rows.__file__).resolve().parents[1] / "events", package / "events")
    (package / "model.py").write_text("EXTRACTOR_VERSION = 'x'\n", encoding="utf-8")
    (package / "view").mkdir()
    before = rows.rules_digest(package)
    rows.rules_digest.cache_clear()
    (package / "view" / "page.html").write_text("<p>not a rule</p>", encoding="utf-8")
    (package / "events" / "__pycache__").mkdir(exist_ok=True)
    (package / "events" / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"compiled")
    assert rows.rules_digest(package) == before
    rows.rules_digest.cache_clear()
    table = package / "events" / "lexicon.py"
    table.write_text(table.read_text(encoding="utf-8") + "\n# one more rule\n", encoding="utf-8")
    assert rows.rules_digest(package) != before
    rows.rules_digest.cache_clear()

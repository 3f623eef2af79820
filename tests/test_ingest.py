"""Ingest: every input kind, stable ids, boilerplate, and every bad-input case."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from graphbuilder.ingest import article_from_text, article_id, read_inputs, strip_boilerplate
from graphbuilder.report import RunReport

TEXT = "Russian President Vladimir Putin reviewed the appeal.\nTrump appealed to Putin.\n"
HTML = """<!DOCTYPE html><html><head><title>Putin reviews appeal</title>
<meta property="og:site_name" content="Example Wire"><meta name="date" content="2025-03-14"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<script>var tracking = "Trump threatened Putin";</script>
<article><h1>Putin reviews appeal</h1>
<p>Russian President Vladimir Putin has reviewed US President Donald Trump's appeal to spare the lives
of Ukrainian soldiers encircled in the Kursk region. The Russian leader discussed the matter on Friday.</p>
<p>Putin proposed that the Ukrainian authorities order their troops to lay down their arms.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>"""


def read(*paths: str | Path) -> tuple[list, RunReport]:
    report = RunReport()
    return list(read_inputs([str(p) for p in paths], report)), report


def test_plain_text_file(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    (article,), report = read(f)
    assert article.text == TEXT.strip("\n")
    assert article.source == str(f)
    assert report.articles == 1 and report.skipped == []


def test_html_file_keeps_article_drops_navigation_and_scripts(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(HTML, encoding="utf-8")
    (article,), report = read(f)
    assert "Putin proposed that the Ukrainian authorities" in article.text
    assert "tracking" not in article.text and "Home" not in article.text
    assert "Subscribe" not in article.text
    assert article.title == "Putin reviews appeal"
    assert article.published == "2025-03-14"
    assert article.publisher == "Example Wire"


def test_jsonl_fields_and_id(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    rows = [
        {
            "id": "wire/42",
            "text": TEXT,
            "title": "T",
            "url": "https://x.example/a",
            "published": "2025-03-14",
            "publisher": "Wire",
        },
        {"html": HTML, "url": "https://x.example/b"},
        {"text": "Putin met Trump."},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    articles, report = read(f)
    assert [a.id for a in articles][0] == "wire/42"  # a given id is kept as written when it is safe
    assert articles[0].published == "2025-03-14" and articles[0].publisher == "Wire"
    assert articles[1].url == "https://x.example/b" and "lay down their arms" in articles[1].text
    assert articles[2].id.startswith("art-")
    assert report.articles == 3


def test_directory_is_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Putin met Trump.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Orban criticized the decision.", encoding="utf-8")
    articles, report = read(tmp_path)
    assert sorted(a.text for a in articles) == ["Orban criticized the decision.", "Putin met Trump."]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Putin met Trump in Helsinki.\n")))
    (article,), _ = read("-")
    assert article.text == "Putin met Trump in Helsinki."
    assert article.source == "<stdin>"


def test_ids_are_stable_and_follow_url_then_text() -> None:
    assert article_id("x", url="https://a.example/n/1") == article_id("y", url="https://a.example/n/1/")
    assert article_id("Putin  met\nTrump.") == article_id("Putin met Trump.")
    assert article_id("Putin met Trump.") != article_id("Trump met Putin.")
    assert article_id("ignored", id="politics/blair-speech.txt") == "politics/blair-speech.txt"
    assert article_id("ignored", id="PLOVER 1").startswith("PLOVER-1-")


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to Pravda.Ru Telegram channel, Facebook, RSS!",
        "Error page url:",
        "Text containing error:",
        "Your comment:",
        "Share this article on Facebook",
        "Follow us on Twitter",
    ],
)
def test_boilerplate_lines_are_removed(line: str) -> None:
    assert strip_boilerplate(f"Putin met Trump.\n{line}\n") == "Putin met Trump."


def test_a_run_together_article_that_starts_like_a_prompt_is_kept() -> None:
    # Texts stored as one paragraph keep the page's share prompt in front of the news.
    text = (
        "Share this with Email Facebook Messenger Twitter. The foreign minister of Ruritania met "
        "her Freedonian counterpart on Monday and said the two governments would reopen the border "
        "crossing. Officials on both sides said talks on the trade agreement would resume next month."
    )
    assert strip_boilerplate(text) == text
    assert "foreign minister" in article_from_text(text, source="one-paragraph.txt").text


def test_news_lines_are_not_boilerplate() -> None:
    text = "Putin said he would subscribe to the plan.\nThe comment from Kyiv came later."
    assert strip_boilerplate(text) == text


def test_article_from_text_offsets_are_into_cleaned_text() -> None:
    a = article_from_text("Your comment:\nPutin met Trump.")
    assert a.text == "Putin met Trump."


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("The communiqu&#233; congratulated Bush.", "The communiqué congratulated Bush."),
        ("AT&amp;T and Procter &amp; Gamble agreed.", "AT&T and Procter & Gamble agreed."),
        ("Tom &amp Jerry met R&D staff.", "Tom &amp Jerry met R&D staff."),  # no reference: left alone
    ],
)
def test_character_references_in_scraped_text_are_decoded(raw: str, text: str) -> None:
    assert article_from_text(raw).text == text


# --- bad input: one clear line naming the file (and line), skipped, the rest goes through ---


def test_bad_inputs_are_skipped_with_reasons(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Putin met Trump.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\n")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Putin met Trump.\nOrb\xe1n objected.".encode("latin-1"))
    no_article = tmp_path / "nav.html"
    no_article.write_text("<html><body><nav>Home</nav><script>x()</script></body></html>", encoding="utf-8")
    only_boilerplate = tmp_path / "footer.txt"
    only_boilerplate.write_text("Subscribe to our channel!\nYour comment:\n", encoding="utf-8")
    jsonl = tmp_path / "mixed.jsonl"
    jsonl.write_bytes(
        b'{"id": "ok", "text": "Putin met Trump."}\n'
        b'{"id": "cut", "text": "Putin me\n'
        b'["not", "an", "object"]\n'
        b'{"id": "no-text", "title": "x"}\n'
        b'{"id": "ok2", "text": "Trump met Putin."}\n'
    )
    missing = tmp_path / "missing.txt"
    articles, report = read(good, empty, blank, binary, latin, no_article, only_boilerplate, jsonl, missing)

    assert sorted(a.id for a in articles if not a.id.startswith("art-")) == ["ok", "ok2"]
    assert len(articles) == 3
    skipped = dict(report.skipped)
    assert skipped[str(empty)] == "file is empty"
    assert skipped[str(blank)] == "file is empty"
    assert "binary" in skipped[str(binary)]
    assert skipped[f"{latin}:2"].startswith("invalid UTF-8")
    assert skipped[str(no_article)] == "HTML page has no article text"
    assert "boilerplate" in skipped[str(only_boilerplate)]
    assert skipped[f"{jsonl}:2"].startswith("malformed JSON")
    assert skipped[f"{jsonl}:3"] == "expected a JSON object, got list"
    assert 'no "text" or "html"' in skipped[f"{jsonl}:4"]
    assert skipped[str(missing)] == "no such file or directory"
    assert len(report.skipped) == 10
    assert all("\n" not in reason for _, reason in report.skipped)


def test_huge_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import graphbuilder.ingest as ingest

    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 100)
    big = tmp_path / "big.txt"
    big.write_text("Putin met Trump. " * 20, encoding="utf-8")
    articles, report = read(big)
    assert articles == []
    assert "over the 20 MiB limit" in report.skipped[0][1]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("a/b", "a-b"),
        ("a b", "a-b"),
        ("a b", "a_b"),
        ("x" * 130 + "1", "x" * 130 + "2"),  # over the length limit with a shared prefix
        ("\u00e9t\u00e9", "-t-"),
    ],
)
def test_different_given_ids_stay_different(first: str, second: str) -> None:
    a, b = article_id("", id=first), article_id("", id=second)
    assert a != b
    assert len(a) <= 120 and len(b) <= 120


def test_colliding_ids_are_two_articles_in_the_graph() -> None:
    import graphbuilder as gb
    from graphbuilder.model import Article

    ids = ["a/b", "a-b", "a b", "y" * 125 + "1", "y" * 125 + "2"]
    articles = [article_from_text(f"Putin met Orban on day {i}.", id=i_d) for i, i_d in enumerate(ids)]
    assert all(isinstance(a, Article) for a in articles)
    kg = gb.build(articles)
    assert len(kg.articles) == len(ids)

"""Any text goes through ``gb.build`` and ``gb.extract`` without an exception, and every
offset in the output points at the text it claims (fixed seed, 2,000 texts each).

Strings are article texts, never paths: one-line texts of 256 bytes to 4 KB used to raise
``OSError: File name too long`` because the API tested whether a string was a file.
"""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import graphbuilder as gb

WORDS = ["Putin", "met", "Trump", "in", "Kyiv", ".", "He", "said", "the", "EU", "would", "not", "/", "\n"]

texts = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=string.printable, min_size=256, max_size=4096).map(lambda s: s.replace("\n", " ")),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.text(alphabet="/.-_~abc", min_size=1, max_size=300),  # path-like strings
)

FUZZ = settings(
    max_examples=2000, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck), database=None
)


@FUZZ
@given(text=texts)
def test_build_takes_any_text(text: str) -> None:
    report = gb.RunReport()
    kg = gb.build([text], report=report)
    assert report.articles == 1 and not report.skipped
    for record in kg.records():
        article_text = kg.articles[record["article_id"]].text
        sentence = record["sentence"]
        assert article_text[sentence["start"] : sentence["end"]] == sentence["text"]
        for role in ("subject", "object"):
            arg = record[role]
            assert article_text[arg["start"] : arg["end"]] == arg["text"]


@FUZZ
@given(text=texts)
def test_extract_takes_any_text(text: str) -> None:
    report = gb.RunReport()
    records = list(gb.extract([text], report=report))
    assert report.articles == 1 and not report.skipped
    assert all(r["statement_id"] and r["sentence"]["text"] for r in records)

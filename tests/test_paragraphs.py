"""No sentence runs across a paragraph; hard-wrapped text keeps its sentences whole."""

from __future__ import annotations

import pytest

from graphbuilder.ingest.html import article_from_html
from graphbuilder.nlp import load_pipeline
from graphbuilder.nlp.paragraphs import is_hard_wrapped

WRAPPED = (
    "Russian President Vladimir Putin has reviewed the appeal from US President\n"
    "Donald Trump to spare the lives of Ukrainian soldiers who were encircled in\n"
    "the Kursk region of Russia, the Kremlin press service said on Friday evening\n"
    "after a meeting of the Security Council held in Moscow earlier that day."
)


@pytest.mark.parametrize(
    ("text", "first_sentence"),
    [
        (
            "Putin meets Orban in Moscow\nRussian President Vladimir Putin met Viktor Orban.",
            "Putin meets Orban in Moscow",
        ),
        ("Talks end\n\nThe talks ended without a deal on Friday.", "Talks end"),
        (WRAPPED, WRAPPED),
    ],
)
def test_paragraph_boundaries(text: str, first_sentence: str) -> None:
    sentences = [s.text.strip() for s in load_pipeline()(text).sents]
    assert sentences[0] == first_sentence


def test_hard_wrap_detection() -> None:
    assert is_hard_wrapped(WRAPPED)
    assert not is_hard_wrapped("Headline\nA first paragraph that ends.\nAnother one that ends too.")


def test_html_headline_is_its_own_sentence() -> None:
    page = (
        "<html><body><article><h1>Putin meets Orban in Moscow</h1><p>Russian President Vladimir Putin met "
        "Hungarian Prime Minister Viktor Orban in Moscow on Tuesday.</p></article></body></html>"
    )
    article = article_from_html(page, source="page.html")
    sentences = [s.text.strip() for s in load_pipeline()(article.text).sents]
    assert sentences[0] == "Putin meets Orban in Moscow"


@pytest.mark.parametrize(
    "text",
    [
        "The firm was founded by Henry Ford Sr. His son ran it later.",
        "The prize went to John Smith Jr. The ceremony was held in Leeds.",
    ],
)
def test_a_sentence_may_start_after_a_name_suffix(text: str) -> None:
    sentences = [s.text.strip() for s in load_pipeline()(text).sents]
    assert len(sentences) == 2 and sentences[1].split()[0] in ("His", "The"), sentences

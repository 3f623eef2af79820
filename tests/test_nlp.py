"""The pinned pipeline: loaded from an installed package only, with the verb-lemma fix."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import graphbuilder
from graphbuilder.errors import ModelError
from graphbuilder.model import Article
from graphbuilder.nlp import MAX_RUN_CHARS, VERB_LEMMAS, load_pipeline


def test_pipeline_has_the_verb_lemma_component_after_the_lemmatizer(nlp) -> None:
    names = nlp.pipe_names
    assert names.index(VERB_LEMMAS) == names.index("lemmatizer") + 1


@pytest.mark.parametrize(
    ("text", "verb", "lemma"),
    [
        ("Students staged a rally.", "staged", "stage"),
        ("The rebels waged war.", "waged", "wage"),
        ("She hoped for peace.", "hoped", "hope"),
        ("He hopped over the fence.", "hopped", "hop"),
        ("Putin visited Beijing.", "visited", "visit"),
    ],
)
def test_verb_lemmas_in_e_are_restored(nlp, text: str, verb: str, lemma: str) -> None:
    token = next(t for t in nlp(text) if t.text == verb)
    assert token.lemma_ == lemma


def test_a_model_that_is_not_installed_is_a_clear_error() -> None:
    with pytest.raises(ModelError, match="no spaCy English model found"):
        load_pipeline("en_core_web_nonexistent")


def test_the_pipeline_is_loaded_once_however_it_is_asked_for() -> None:
    assert load_pipeline() is load_pipeline(None) is load_pipeline("")


# --- pathological input: every stage near-linear -------------------------------------------

RUN_CHARS = 50_000


def _normal_text(length: int) -> str:
    """News text of about ``length`` characters: the example articles, repeated."""
    path = Path(__file__).resolve().parents[1] / "graphbuilder" / "data" / "examples" / "articles.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    text = "\n\n".join(texts)
    return (text + "\n\n") * (length // (len(text) + 2)) + text[: length % (len(text) + 2)]


PATHOLOGICAL = {
    "symbols": "".join("#$%&*+=@^~|<>§"[i % 14] for i in range(RUN_CHARS)),
    "one repeated token": ("word " * (RUN_CHARS // 5))[:RUN_CHARS],
    "capitalised words": " ".join(
        ["Alpha", "Bravo", "Charlie", "Delta", "Echo"][i % 5] for i in range(RUN_CHARS)
    )[:RUN_CHARS],
    "one emoji, no spaces": "\N{GRINNING FACE}" * RUN_CHARS,
}


def _build_seconds(text: str) -> float:
    started = time.perf_counter()
    graphbuilder.build([Article(id="timed", text=text)])
    return time.perf_counter() - started


@pytest.fixture(scope="module")
def normal_seconds() -> float:
    graphbuilder.build([Article(id="warm", text="Putin met Orban in Moscow.")])
    return _build_seconds(_normal_text(RUN_CHARS))


@pytest.mark.slow
@pytest.mark.parametrize("kind", list(PATHOLOGICAL))
def test_pathological_text_builds_about_as_fast_as_news(kind: str, normal_seconds: float) -> None:
    """50,000 characters of symbols, of one token, of capitalised words or of one emoji build
    within ten times a news text of the same length (plus a minute): nothing quadratic."""
    text = PATHOLOGICAL[kind]
    assert len(text) == RUN_CHARS
    assert _build_seconds(text) <= 10 * normal_seconds + 60


def test_a_long_run_without_spaces_is_tokenized_in_pieces_with_its_text_intact(nlp) -> None:
    text = "Putin said " + "\N{GRINNING FACE}" * (3 * MAX_RUN_CHARS + 7) + " on Monday."
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)
    assert [t.text for t in doc][:2] == ["Putin", "said"] and doc[-1].text == "."


def test_text_without_long_runs_is_tokenized_as_spacy_does(nlp) -> None:
    text = _normal_text(5000) + " https://example.org/" + "a" * 900
    inner = nlp.tokenizer.tokenizer
    assert [(t.text, t.whitespace_) for t in nlp.make_doc(text)] == [
        (t.text, t.whitespace_) for t in inner(text)
    ]

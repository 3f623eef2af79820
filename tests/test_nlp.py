"""The pinned pipeline: loaded from an installed package only, with the verb-lemma fix."""

from __future__ import annotations

import pytest

from graphbuilder.errors import ModelError
from graphbuilder.nlp import VERB_LEMMAS, load_pipeline


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

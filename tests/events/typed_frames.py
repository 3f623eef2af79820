"""The typed frames of a made-up sentence, run through the real extractor and classifier."""

from __future__ import annotations

from spacy.language import Language

from graphbuilder.events import classify_all
from graphbuilder.extract import extract_candidates


def typed(nlp: Language, text: str) -> list[tuple[str, str, str | None, str]]:
    """(subject, predicate, object, PLOVER type) of every typed frame of ``text``."""
    cands = list(extract_candidates(nlp(text)))
    return [
        (c.subject.text, c.predicate, c.object.text if c.object is not None else None, t[0])
        for c, t in zip(cands, classify_all(cands), strict=True)
        if t[0] is not None
    ]


def types(nlp: Language, text: str) -> set[str]:
    """The PLOVER types of the typed frames of ``text``."""
    return {t for *_, t in typed(nlp, text)}


def frame_types(nlp: Language, text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(subject, predicate, object, PLOVER type) of every frame of ``text``, each typed on its
    own (:func:`graphbuilder.events.classify_frame`, before one frame per event is chosen)."""
    from graphbuilder.events import classify_frame

    return [
        (c.subject.text, c.predicate, c.object.text if c.object is not None else None, classify_frame(c)[0])
        for c in extract_candidates(nlp(text))
    ]

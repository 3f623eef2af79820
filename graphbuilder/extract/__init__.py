"""Extraction: pure functions over a spaCy Doc yielding statement candidates (token spans).

``extract_candidates(doc, reference_date)`` is the one entry point the pipeline calls. It
runs one pass per sentence: verb frames (:mod:`.frames`), nominal events and appositions
(:mod:`.nominal`), then attaches the speaker and reporter (:mod:`.attribution`) and the
date (:mod:`.dates`) of each candidate, and lowers its confidence for what its arguments
show (:func:`.confidence.argument_confidence`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from spacy.tokens import Doc, Span

from graphbuilder.extract.attribution import attribute
from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.confidence import argument_confidence
from graphbuilder.extract.dates import DateContext, date_for, sentence_dates
from graphbuilder.extract.frames import verb_frames
from graphbuilder.extract.nominal import apposition_frames, nominal_frames
from graphbuilder.extract.spans import ents_within
from graphbuilder.nlp.tables import doc_tables, forget_tables

__all__ = ["Candidate", "extract_candidates"]


def extract_candidates(doc: Doc, reference_date: str | None = None) -> Iterator[Candidate]:
    """Every statement candidate in ``doc``, sentence by sentence, in text order.

    ``reference_date`` (the article's ISO publication date or None) anchors relative
    dates such as "on Thursday" or "last week".
    """
    forget_tables(doc)  # the Doc may have changed since its tables (and noun phrases) were made
    attribution = attribute(doc)
    date_context = DateContext.for_reference(reference_date)
    doc_ents = doc.ents
    for sent in doc.sents:
        if is_wire_slug(sent):
            continue
        ents = ents_within(sent, doc_ents)
        dates = sentence_dates(sent, date_context, ents)
        seen: set[tuple[int, int, str, int, int]] = set()
        frames = chain(verb_frames(sent), nominal_frames(sent), apposition_frames(sent, ents))
        for cand in sorted(frames, key=_order):
            key = _key(cand)
            if key in seen:
                continue
            seen.add(key)
            speaker = attribution.speaker_of(cand.verb)
            if speaker is not None and speaker.start <= cand.subject.start < speaker.end:
                speaker = None
            if (
                speaker is not None
                and cand.construct == "apposition"
                and cand.verb.i not in attribution.quoted
            ):
                speaker = None  # "he said Liberal Democrat leader X ...": the title is the writer's
            cand = cand._replace(
                speaker=speaker,
                reporter=attribution.reporter_of(cand.verb),
                date=date_for(cand.verb, dates),
            )
            yield cand._replace(confidence=argument_confidence(cand))


#: A wire service's document number ("NC1901223094", "JN3003215794"): the line is a slug.
_DOCUMENT_NUMBER = re.compile(r"[A-Z]{2}\d{8,}")


def is_wire_slug(sent: Span) -> bool:
    """A wire service's header line ("Excess Lira Causes Crisis NC1901223094 London Kanal-6
    Television in Turkish 1700 GMT 19 Jan 94"): a document number in it, no statement."""
    words = doc_tables(sent.doc).text[sent.start : sent.end]
    if not words or max(map(len, words)) < 10:
        return False  # a document number has 10 characters at least
    return any(_DOCUMENT_NUMBER.fullmatch(word) for word in words)


def _key(cand: Candidate) -> tuple[int, int, str, int, int]:
    obj = cand.object
    return (
        cand.subject.start,
        cand.subject.end,
        cand.predicate,
        obj.start if obj else -1,
        obj.end if obj else -1,
    )


def _order(cand: Candidate) -> tuple[int, int, int]:
    return (cand.verb.i, cand.subject.start, cand.object.start if cand.object is not None else -1)

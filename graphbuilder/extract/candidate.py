"""The candidate interface between extraction and resolution.

Extractors are pure functions ``Doc -> Iterator[Candidate]``. A candidate holds spaCy
spans, not strings, so character offsets survive to the very end; strings are made only
when resolution turns candidates into :class:`graphbuilder.model.Evidence`.

Extractors that do not work on tokens return :class:`TextCandidate` (character offsets);
:func:`align` turns them into Candidates over the parsed Doc.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span, Token


class Candidate(NamedTuple):
    sentence: Span
    subject: Span  # the subject phrase (for passives: the agent, "by X")
    relation: tuple[Token, ...]  # verb, particles, preposition: "appealed to", "lay down"
    predicate: str  # normalised snake case: "appealed_to", "proposed", "lay_down"
    object: Span | None  # object phrase or clause; None when the verb has no object
    verb: Token  # the head of the relation (verb, or event noun for nominal events)
    construct: str  # "svo", "prep", "passive", "ccomp", "xcomp", "nominal", "copula", ...
    negated: bool = False
    modality: str | None = None
    speaker: Span | None = None  # who said it ("Putin emphasized", "Zelensky said")
    reporter: Span | None = None  # who reported it ("TASS reports", "as quoted by Strana")
    date: str | None = None  # ISO date, resolved against the article's date
    confidence: float = 0.5
    # Surface relation when it is implied, not written: "is" for "US President Donald Trump"
    # and appositions. None means: join the ``relation`` tokens.
    relation_text: str | None = None


class TextCandidate(NamedTuple):
    """A statement candidate by character offsets: what a plug-in extractor returns.

    An extractor that does not work on spaCy tokens (a transformer, an LLM, a rule set over
    plain strings) yields these; the pipeline aligns them to the parsed Doc with
    :func:`align`, so resolution, event typing and provenance work unchanged. Offsets are
    ``(start, end)`` character offsets into ``Article.text``; spans are widened to whole
    tokens. ``relation`` defaults to the gap between subject and object.
    """

    subject: tuple[int, int]
    predicate: str  # snake case: "appealed_to"
    object: tuple[int, int] | None
    relation: tuple[int, int] | None = None
    negated: bool = False
    modality: str | None = None
    speaker: tuple[int, int] | None = None
    reporter: tuple[int, int] | None = None
    date: str | None = None
    confidence: float = 0.5
    construct: str = "external"


class AlignmentError(ValueError):
    """A TextCandidate's offsets do not fall on the Doc's text."""


def align(doc: Doc, candidate: Candidate | TextCandidate) -> Candidate:
    """A spaCy :class:`Candidate` for either kind of candidate (Candidates pass through)."""
    if isinstance(candidate, Candidate):
        return candidate
    subject = _span(doc, candidate.subject, "subject")
    obj = _span(doc, candidate.object, "object") if candidate.object is not None else None
    if candidate.relation is not None:
        relation_span = _span(doc, candidate.relation, "relation")
    else:
        gap_end = obj.start if obj is not None and obj.start > subject.end else subject.end + 1
        relation_span = doc[subject.end : min(max(gap_end, subject.end + 1), len(doc))]
    verb = relation_span.root
    return Candidate(
        sentence=verb.sent,
        subject=subject,
        relation=tuple(relation_span),
        predicate=candidate.predicate,
        object=obj,
        verb=verb,
        construct=candidate.construct,
        negated=candidate.negated,
        modality=candidate.modality,
        speaker=_span(doc, candidate.speaker, "speaker") if candidate.speaker else None,
        reporter=_span(doc, candidate.reporter, "reporter") if candidate.reporter else None,
        date=candidate.date,
        confidence=candidate.confidence,
    )


def _span(doc: Doc, offsets: tuple[int, int], role: str) -> Span:
    start, end = offsets
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        raise AlignmentError(f"{role} offsets {start}:{end} fall outside the text")
    return span

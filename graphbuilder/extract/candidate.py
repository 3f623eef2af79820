"""The candidate interface between extraction and resolution.

Extractors are pure functions ``Doc -> Iterator[Candidate]``. A candidate holds spaCy
spans, not strings, so character offsets survive to the very end; strings are made only
when resolution turns candidates into :class:`graphbuilder.model.Evidence`.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token


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

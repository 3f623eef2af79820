"""Who speaks a quotation: the speaker a "he" or "she" inside it cannot be.

A speaker refers to themself as "I"; a third-person pronoun in their quotation is someone
else (Mr Croucher told BBC News: "*He* appears to have said these things" is not about Mr
Croucher). :func:`quote_speakers` finds the quoted stretches of a Doc and, for each, the
head token of its speaker: the subject of the reporting verb the quotation hangs on
('"...," Mr Croucher said'), or of the one that introduces it ('Mr Croucher told BBC News:
"..."'). A quotation that continues a paragraph later (an opening mark while one is open,
the wire-style continuation) keeps the speaker of the one before; a paragraph break ends
an unclosed quotation.

Opening and closing marks are told apart by their spacing (an opening mark is followed by
a word, a closing one follows one), not by counting, so one unpaired mark does not turn
every later quotation inside out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuilder.extract.labels import NOMINAL_SUBJ_DEPS, QUOTE_MARKS
from graphbuilder.lexicon import REPORTING_VERBS
from graphbuilder.nlp.tables import doc_tables

#: Marks that only ever open or only ever close a quotation.
_OPENING = frozenset({"“", "``", "„", "«"})
_CLOSING = frozenset({"”", "''", "»"})
#: How many tokens before a quotation its introducing verb may stand ('told BBC News: "').
_INTRO_REACH = 4


def _opens(token: Token) -> bool:
    if token.text in _OPENING:
        return True
    if token.text in _CLOSING:
        return False
    before = token.nbor(-1) if token.i > 0 else None
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    before_word = after is not None and not token.whitespace_ and not (after.is_space or after.is_punct)
    return before_word and (before is None or bool(before.whitespace_) or before.is_space or before.is_punct)


def quotations(doc: Doc) -> list[tuple[int, int, bool]]:
    """(first, last, continued) of the quoted stretches, marks excluded; ``continued``: it
    continues an unclosed quotation just before it."""
    spans: list[tuple[int, int, bool]] = []
    start: int | None = None
    continued = False
    broken_off = -2  # the paragraph break that ended an unclosed quotation
    for token in doc_tables(doc).tokens:
        if token.is_space and "\n" in token.text and start is not None:
            if token.i - 1 >= start:
                spans.append((start, token.i - 1, continued))  # a paragraph ends it
            start, broken_off = None, token.i
            continue
        if token.text not in QUOTE_MARKS:
            continue
        if _opens(token):
            opened_before = start is not None or broken_off == token.i - 1
            if start is not None and token.i - 1 >= start:
                spans.append((start, token.i - 1, continued))  # the open one ends here
            start, continued = token.i + 1, opened_before
        elif start is not None:
            if token.i - 1 >= start:
                spans.append((start, token.i - 1, continued))
            start, continued = None, False
    if start is not None and len(doc) - 1 >= start:
        spans.append((start, len(doc) - 1, continued))
    return spans


def _subject_of(verb: Token) -> int | None:
    return next((c.i for c in verb.children if c.dep_ in NOMINAL_SUBJ_DEPS), None)


def _reports(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING_VERBS


def _speaker(doc: Doc, first: int, last: int) -> int | None:
    """The speaker's head token of the quotation ``first..last`` (None: not found)."""
    for token in doc[first : last + 1]:
        head = token.head
        if not first <= head.i <= last and _reports(head):
            return _subject_of(head)  # '"...," Mr Croucher said'
    for token in reversed(doc[max(0, first - _INTRO_REACH) : first]):
        for candidate in (token, token.head):
            if not first <= candidate.i <= last and _reports(candidate):
                return _subject_of(candidate)  # 'Mr Croucher told BBC News: "...'
    return None


def quote_speakers(doc: Doc) -> dict[int, int]:
    """Token index inside a quotation -> head token index of its speaker."""
    out: dict[int, int] = {}
    previous: int | None = None
    for first, last, continued in quotations(doc):
        speaker = _speaker(doc, first, last)
        if speaker is None and continued:
            speaker = previous  # a continued quotation keeps its speaker
        if speaker is not None:
            out.update((i, speaker) for i in range(first, last + 1))
        previous = speaker
    return out

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

from spacy.tokens import Doc

from graphbuilder.extract.labels import NOMINAL_SUBJ_DEPS, QUOTE_MARKS
from graphbuilder.lexicon import REPORTING_VERBS
from graphbuilder.nlp.tables import DocTables, doc_tables

#: Marks that only ever open or only ever close a quotation.
_OPENING = frozenset({"“", "``", "„", "«"})
_CLOSING = frozenset({"”", "''", "»"})
#: How many tokens before a quotation its introducing verb may stand ('told BBC News: "').
_INTRO_REACH = 4


def _opens(t: DocTables, i: int) -> bool:
    """Does the quotation mark ``i`` open a quotation (a word follows it, none precedes it)?"""
    if t.text[i] in _OPENING:
        return True
    if t.text[i] in _CLOSING:
        return False
    after = i + 1
    if after >= len(t.text) or t.space_after[i] or t.is_space[after] or t.is_punct[after]:
        return False
    before = i - 1
    return before < 0 or t.space_after[before] or t.is_space[before] or t.is_punct[before]


def quotations(doc: Doc) -> list[tuple[int, int, bool]]:
    """(first, last, continued) of the quoted stretches, marks excluded; ``continued``: it
    continues an unclosed quotation just before it."""
    return quotation_spans(doc_tables(doc))


def quoted_tokens(t: DocTables) -> frozenset[int]:
    """The tokens inside a quotation (marks excluded), whoever speaks it."""
    return frozenset(i for first, last, _ in quotation_spans(t) for i in range(first, last + 1))


def quotation_spans(t: DocTables) -> list[tuple[int, int, bool]]:
    """:func:`quotations` over the Doc's tables."""
    spans: list[tuple[int, int, bool]] = []
    start: int | None = None
    continued = False
    broken_off = -2  # the paragraph break that ended an unclosed quotation
    is_space = t.is_space
    for i, text in enumerate(t.text):
        if is_space[i] and "\n" in text and start is not None:
            if i - 1 >= start:
                spans.append((start, i - 1, continued))  # a paragraph ends it
            start, broken_off = None, i
            continue
        if text not in QUOTE_MARKS:
            continue
        if _opens(t, i):
            opened_before = start is not None or broken_off == i - 1
            if start is not None and i - 1 >= start:
                spans.append((start, i - 1, continued))  # the open one ends here
            start, continued = i + 1, opened_before
        elif start is not None:
            if i - 1 >= start:
                spans.append((start, i - 1, continued))
            start, continued = None, False
    if start is not None and len(t.text) - 1 >= start:
        spans.append((start, len(t.text) - 1, continued))
    return spans


#: Single quotation marks, which open or close a quotation inside a quotation ("... she said,
#: 'Grandma, I love you,'" Roe said).
_SINGLE_OPENING = frozenset({"'", "‘"})
_SINGLE_CLOSING = frozenset({"'", "’"})


def inner_quoted_tokens(t: DocTables) -> frozenset[int]:
    """The tokens of a quotation inside a quotation, between single marks in double-quoted
    words ('"... and she said, *'Grandma, I love you,'*" Roe said'): someone the outer
    speaker quotes speaks them, so their "I" and "we" are not the outer speaker's (unless
    the outer speaker quotes themself, :func:`_said_by_another`). A single
    mark opens when a word follows it at once and none precedes it, like a double one; an
    inner quotation left open ends with the outer."""
    inner: set[int] = set()
    for first, last, _ in quotation_spans(t):
        start: int | None = None
        for i in range(first, last + 1):
            if t.text[i] in _SINGLE_OPENING and start is None and _opens_single(t, i, last):
                start = i + 1
            elif t.text[i] in _SINGLE_CLOSING and start is not None:
                inner.update(_said_by_another(t, start, i - 1, first))
                start = None
        if start is not None:
            inner.update(_said_by_another(t, start, last, first))
    return frozenset(inner)


def _said_by_another(t: DocTables, first: int, last: int, outer: int) -> range:
    """The inner quotation's tokens, unless the speaker quotes themself: the subject of the
    verb that reports it, or a subject just before it, is "I" or "we" ("whilst I'm saying that
    'yes, I am different'", "I'd ask him, 'Why ...'"), or that subject stands outside the
    outer quotation marks (he "should have said, 'but I did'": the outer words are only a
    fragment of what he said)."""
    speaker = _speaker(t, first, last)
    if speaker is not None and (t.lower[speaker] in _SELF or speaker < outer):
        return range(0)
    before = range(max(outer, first - _SELF_REACH), first)
    if any(t.lower[k] in _SELF and t.dep[k] in NOMINAL_SUBJ_DEPS for k in before):
        return range(0)
    return range(first, last + 1)


#: How many tokens before an inner quotation a speaker's own "I" may introduce it ("I'd ask
#: him, '...").
_SELF_REACH = 7


#: Subjects by which a speaker reports their own words.
_SELF = frozenset({"i", "we"})


def _opens_single(t: DocTables, i: int, last: int) -> bool:
    """Does the single mark ``i`` open an inner quotation: a word right after it, and space or
    punctuation before it ("said, 'I ...", not the "'" of "the workers' union")?"""
    after = i + 1
    if after > last or t.space_after[i] or t.is_space[after] or t.is_punct[after]:
        return False
    return t.text[i] == "‘" or i == 0 or t.space_after[i - 1] or t.is_punct[i - 1]


def _subject_of(t: DocTables, verb: int) -> int | None:
    return next((c for c in t.kids[verb] if t.dep[c] in NOMINAL_SUBJ_DEPS), None)


def _reports(t: DocTables, i: int) -> bool:
    return t.pos[i] in ("VERB", "AUX") and t.lemma_lower[i] in REPORTING_VERBS


def _speaker(t: DocTables, first: int, last: int) -> int | None:
    """The speaker's head token of the quotation ``first..last`` (None: not found)."""
    heads = t.heads
    for i in range(first, min(last + 1, len(heads))):
        head = heads[i]
        if not first <= head <= last and _reports(t, head):
            return _subject_of(t, head)  # '"...," Mr Croucher said'
    for i in reversed(range(max(0, first - _INTRO_REACH), min(first, len(heads)))):
        for candidate in (i, heads[i]):
            if not first <= candidate <= last and _reports(t, candidate):
                return _subject_of(t, candidate)  # 'Mr Croucher told BBC News: "...'
    return None


def quote_speakers(doc: Doc) -> dict[int, int]:
    """Token index inside a quotation -> head token index of its speaker."""
    return speakers_of_quoted(doc_tables(doc))


def speakers_of_quoted(t: DocTables) -> dict[int, int]:
    """:func:`quote_speakers` over the Doc's tables."""
    out: dict[int, int] = {}
    previous: int | None = None
    for first, last, continued in quotation_spans(t):
        speaker = _speaker(t, first, last)
        if speaker is None and continued:
            speaker = previous  # a continued quotation keeps its speaker
        if speaker is not None:
            out.update((i, speaker) for i in range(first, last + 1))
        previous = speaker
    return out

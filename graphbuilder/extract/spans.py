"""Argument spans: the contiguous noun phrase or clause a head token stands for.

Conjuncts, relative clauses and appositions are cut from a noun phrase, because each is
a statement (or argument) of its own; a clause drops its complementizer ("that").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from graphbuilder.extract.labels import (
    CLAUSE_CUT_DEPS,
    CONJ_DEPS,
    DEMONSTRATIVES,
    NP_CUT_DEPS,
    NP_INNER_CUT_DEPS,
    WH_TAGS,
)
from graphbuilder.nlp.tables import doc_tables


def _kept_tokens(head: Token, cut: frozenset[str], inner_cut: frozenset[str]) -> set[int]:
    kept: set[int] = {head.i}
    stack = [c for c in head.children if (c.dep_ not in cut and not _set_off(c)) or is_place_qualifier(c)]
    while stack:
        tok = stack.pop()
        kept.add(tok.i)
        stack.extend(c for c in tok.children if c.dep_ not in inner_cut)
    return kept


def is_place_qualifier(child: Token) -> bool:
    """True for the state or country after a place name: "Montgomery County, Pennsylvania"."""
    return child.dep_ == "appos" and child.ent_type_ == "GPE" and child.head.ent_type_ == "GPE"


def _set_off(child: Token) -> bool:
    """True for a parenthetical modifier: "(born 1952)", ", led by Trump,"."""
    if child.i < child.head.i:
        return False
    before = child.left_edge.i - 1
    return before > child.head.i and child.doc[before].text in ("(", ",", "[", "—", "–")


def _is_punct(tok: Token) -> bool:
    """Punctuation, but not "%" (a noun in "8 %")."""
    return tok.is_punct and tok.pos_ == "PUNCT"


def _run_around(head: Token, kept: set[int]) -> Span:
    doc = head.doc
    tokens = doc_tables(doc).tokens
    start = end = head.i
    while start - 1 in kept:
        start -= 1
    while end + 1 in kept:
        end += 1
    # edge punctuation and dangling coordinators never belong to an argument
    while start < end and _is_edge(tokens[start], ("cc", "mark", "case")):
        start += 1
    while end > start and _is_edge(tokens[end], ("cc", "case", "prep")):
        end -= 1
    span = doc[start : end + 1]
    texts = [t.text for t in tokens[start : end + 1]]
    for opening, closing in (("(", ")"), ("[", "]")):
        if texts.count(opening) > texts.count(closing):
            cut = start + len(texts) - 1 - texts[::-1].index(opening)
            if cut > head.i:
                span = doc[start:cut]
                texts = texts[: cut - start]
    return span


def _is_edge(tok: Token, dangling: tuple[str, ...]) -> bool:
    return _is_punct(tok) or tok.is_space or tok.dep_ in dangling


def noun_phrase(head: Token) -> Span:
    """The noun phrase headed by ``head`` without conjuncts, relative clauses or appositions.

    Made once per head and Doc (the frames of one article ask for the same ones many times).
    """
    made = _NOUN_PHRASES.get(head.doc)
    if made is None:
        made = _NOUN_PHRASES[head.doc] = {}
    span = made.get(head.i)
    if span is None:
        span = made[head.i] = _run_around(head, _kept_tokens(head, NP_CUT_DEPS, NP_INNER_CUT_DEPS))
    return span


def forget_phrases(doc: Doc) -> None:
    """Drop the noun phrases made for ``doc`` (call before reading a Doc that may have changed)."""
    _NOUN_PHRASES.pop(doc, None)


#: Noun phrases made so far, per Doc and head index; an entry goes with its Doc.
_NOUN_PHRASES: WeakKeyDictionary[Doc, dict[int, Span]] = WeakKeyDictionary()


def clause(head: Token, cut_first: frozenset[str] = CLAUSE_CUT_DEPS) -> Span:
    """The clause headed by ``head`` (its whole subtree) without its complementizer."""
    kept = {t.i for t in head.subtree}
    for child in head.children:
        if child.dep_ in cut_first and (child.i < head.i):
            kept.discard(child.i)
    for tok in head.subtree:
        if tok.dep_ == "aux" and tok.lower_ == "to" and tok.head.i == head.i:
            kept.discard(tok.i)
    return _run_around(head, kept) if kept else head.doc[head.i : head.i + 1]


def argument(head: Token) -> Span:
    """A noun phrase, or the clause of a gerund or verb ("charged with reviewing the plans")."""
    return clause(head) if head.pos_ in ("VERB", "AUX") else noun_phrase(head)


def conjuncts(head: Token) -> Iterator[Token]:
    """``head`` and every token coordinated with it ("Jordan and Britain" -> both)."""
    yield head
    stack = [c for c in head.children if c.dep_ in CONJ_DEPS]
    while stack:
        tok = stack.pop(0)
        yield tok
        stack.extend(c for c in tok.children if c.dep_ in CONJ_DEPS)


def is_junk_argument(span: Span) -> bool:
    """True for empty spans, bare wh-words, bare articles and expletive "there"."""
    words = [t for t in doc_tables(span.doc).tokens[span.start : span.end] if not t.is_punct]
    if not words:
        return True
    if len(words) == 1:
        tok = words[0]
        if tok.tag_ in WH_TAGS or tok.tag_ == "EX":
            return True
        if tok.pos_ == "DET" and tok.lower_ not in DEMONSTRATIVES:
            return True
    return False


def ents_within(sent: Span, ents: Sequence[Span]) -> list[Span]:
    """``sent.ents`` from the Doc's entities read once (``doc.ents`` rebuilds them each call)."""
    out: list[Span] = []
    for ent in ents:
        if ent.start >= sent.start:
            if ent.end <= sent.end:
                out.append(ent)
            else:
                break
    return out

"""Argument spans: the contiguous noun phrase or clause a head token stands for.

Conjuncts, relative clauses and appositions are cut from a noun phrase, because each is
a statement (or argument) of its own; a clause drops its complementizer ("that").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from graphbuilder.extract.labels import (
    CLAUSE_CUT_DEPS,
    CONJ_DEPS,
    DEMONSTRATIVES,
    NP_CUT_DEPS,
    NP_INNER_CUT_DEPS,
    WH_TAGS,
)
from graphbuilder.nlp.tables import DocTables, doc_tables, tables_of


def _kept_tokens(head: Token, cut: frozenset[str], inner_cut: frozenset[str]) -> set[int]:
    t = tables_of(head)
    dep, kids = t.dep, t.kids
    kept: set[int] = {head.i}
    stack = [
        c for c in kids[head.i] if (dep[c] not in cut and not _set_off(t, c)) or _is_place_qualifier(t, c)
    ]
    while stack:
        tok = stack.pop()
        kept.add(tok)
        stack.extend(c for c in kids[tok] if dep[c] not in inner_cut)
    return kept


def is_place_qualifier(child: Token) -> bool:
    """True for the state or country after a place name: "Montgomery County, Pennsylvania"."""
    return _is_place_qualifier(tables_of(child), child.i)


def _is_place_qualifier(t: DocTables, i: int) -> bool:
    return t.dep[i] == "appos" and t.ent_type[i] == "GPE" and t.ent_type[t.heads[i]] == "GPE"


def _set_off(t: DocTables, i: int) -> bool:
    """True for a parenthetical modifier: "(born 1952)", ", led by Trump,"."""
    head = t.heads[i]
    if i < head:
        return False
    before = t.left_edge(i) - 1
    return before > head and t.text[before] in ("(", ",", "[", "—", "–")


def _is_punct(t: DocTables, i: int) -> bool:
    """Punctuation, but not "%" (a noun in "8 %")."""
    return t.is_punct[i] and t.pos[i] == "PUNCT"


def _run_around(head: Token, kept: set[int]) -> Span:
    doc = head.doc
    t = doc_tables(doc)
    start = end = head.i
    while start - 1 in kept:
        start -= 1
    while end + 1 in kept:
        end += 1
    # edge punctuation and dangling coordinators never belong to an argument
    while start < end and _is_edge(t, start, ("cc", "mark", "case")):
        start += 1
    while end > start and _is_edge(t, end, ("cc", "case", "prep")):
        end -= 1
    span = doc[start : end + 1]
    texts = t.text[start : end + 1]
    for opening, closing in (("(", ")"), ("[", "]")):
        if texts.count(opening) > texts.count(closing):
            cut = start + len(texts) - 1 - texts[::-1].index(opening)
            if cut > head.i:
                span = doc[start:cut]
                texts = texts[: cut - start]
    return span


def _is_edge(t: DocTables, i: int, dangling: tuple[str, ...]) -> bool:
    return _is_punct(t, i) or t.is_space[i] or t.dep[i] in dangling


def noun_phrase(head: Token) -> Span:
    """The noun phrase headed by ``head`` without conjuncts, relative clauses or appositions.

    Made once per head and Doc (the frames of one article ask for the same ones many times).
    """
    made = tables_of(head).phrases
    span = made.get(head.i)
    if span is None:
        span = made[head.i] = _run_around(head, _kept_tokens(head, NP_CUT_DEPS, NP_INNER_CUT_DEPS))
    return span


def clause(head: Token, cut_first: frozenset[str] = CLAUSE_CUT_DEPS) -> Span:
    """The clause headed by ``head`` (its whole subtree) without its complementizer."""
    t = tables_of(head)
    h, dep = head.i, t.dep
    kept = set(t.subtree(h))
    for c in t.kids[h]:
        if dep[c] in cut_first and c < h:
            kept.discard(c)
    for c in t.kids[h]:
        if dep[c] == "aux" and t.lower[c] == "to":
            kept.discard(c)
    return _run_around(head, kept) if kept else head.doc[h : h + 1]


def argument(head: Token) -> Span:
    """A noun phrase, or the clause of a gerund or verb ("charged with reviewing the plans")."""
    return clause(head) if tables_of(head).pos[head.i] in ("VERB", "AUX") else noun_phrase(head)


def conjuncts(head: Token) -> Iterator[Token]:
    """``head`` and every token coordinated with it ("Jordan and Britain" -> both)."""
    yield head
    t = tables_of(head)
    dep, kids = t.dep, t.kids
    stack = [c for c in kids[head.i] if dep[c] in CONJ_DEPS]
    while stack:
        i = stack.pop(0)
        yield t.tokens[i]
        stack.extend(c for c in kids[i] if dep[c] in CONJ_DEPS)


def is_junk_argument(span: Span) -> bool:
    """True for empty spans, bare wh-words, bare articles and expletive "there"."""
    t = doc_tables(span.doc)
    is_punct = t.is_punct
    words = [i for i in range(span.start, span.end) if not is_punct[i]]
    if not words:
        return True
    if len(words) == 1:
        i = words[0]
        if t.tag[i] in WH_TAGS or t.tag[i] == "EX":
            return True
        if t.pos[i] == "DET" and t.lower[i] not in DEMONSTRATIVES:
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

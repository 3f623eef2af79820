"""The tokens of a parsed Doc as plain lists, made once and shared by the stages that read it.

``doc[i]``, ``for t in doc``, ``t.head`` and ``t.children`` make a new Token object on
every call, and each string attribute (``t.dep_``, ``t.lower_``, ...) is looked up in the
string store on every read; the extraction and resolution passes ask for the same tokens
and attributes many times over. :func:`doc_tables` reads them once per Doc into lists
indexed by token position: the Token objects, the head and children of each token, the
edges of its subtree and its string attributes. Only the few Docs read last keep their
tables (:data:`RECENT_DOCS`); a caller that changes a Doc after reading it calls
:func:`forget_tables`.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from typing import Any

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS, SPACY, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

#: Columns read with ``Doc.to_array`` and turned into strings (the ``*_`` attributes).
_STRING_ATTRS = (ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE)
#: Strings by their hash, for every Doc: a hash names the same string in any StringStore, so
#: a word is looked up in spaCy's store once rather than once per Doc it is in. Emptied when
#: it passes :data:`KNOWN_STRINGS_LIMIT` entries, so it does not grow with the corpus.
_KNOWN_STRINGS: dict[int, str] = {}
KNOWN_STRINGS_LIMIT = 200_000


def _names(values: list[int], strings: StringStore) -> list[str]:
    """The strings of the hashes ``values`` (0, no value: the empty string)."""
    if len(_KNOWN_STRINGS) > KNOWN_STRINGS_LIMIT:
        _KNOWN_STRINGS.clear()
    known = _KNOWN_STRINGS
    names = []
    for value in values:
        name = known.get(value)
        if name is None:
            name = known[value] = strings[value] if value else ""
        names.append(name)
    return names


class DocTables:
    """Every token of a Doc in order, with what the passes read of each, by token index.

    ``text``, ``lower``, ``lemma``, ``pos``, ``tag``, ``dep`` and ``ent_type`` hold the
    values of the Token attributes of the same names (``lemma`` is ``lemma_`` and so on),
    ``lemma_lower`` the lemma in lower case (``lemma_.lower()``), ``space_after`` whether a
    space follows the token (``whitespace_``);
    ``kids[i]`` are the indexes of the children of token ``i`` in text order (what
    ``Token.children`` yields); ``sents`` the (start, end) of every sentence
    (``Doc.sents``), ``sent_start[i]`` the index
    of the first token of its sentence and ``sent_number[i]`` the number of that sentence.
    """

    __slots__ = (
        "dep",
        "ent_type",
        "heads",
        "idx",
        "is_punct",
        "is_space",
        "kids",
        "phrases",
        "_left_edge",
        "lemma",
        "lemma_lower",
        "lower",
        "memo",
        "pos",
        "_right_edge",
        "_roots",
        "doc_text",
        "sent_number",
        "sent_start",
        "sents",
        "space_after",
        "tag",
        "text",
        "tokens",
    )

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        self.tokens: list[Token] = list(doc)
        offsets = doc.to_array(HEAD).astype("int64") if n else numpy.zeros(0, "int64")
        self.heads: list[int] = (offsets + numpy.arange(n)).tolist()
        array = doc.to_array(list(_STRING_ATTRS)) if n else numpy.zeros((0, len(_STRING_ATTRS)), "uint64")
        # each distinct value of all the columns turned into a string once, then spread over them
        values, positions = numpy.unique(array, return_inverse=True)
        names = numpy.array(_names(values.tolist(), doc.vocab.strings), dtype=object)
        columns: list[list[str]] = names[positions.reshape(n, len(_STRING_ATTRS))].T.tolist()
        self.text, self.lower, self.lemma, self.pos, self.tag, self.dep, self.ent_type = columns
        lowered: dict[str, str] = {}
        self.lemma_lower: list[str] = [
            lowered[lemma] if lemma in lowered else lowered.setdefault(lemma, lemma.lower())
            for lemma in self.lemma
        ]
        self.is_punct: list[bool] = doc.to_array(IS_PUNCT).astype(bool).tolist() if n else []
        self.is_space: list[bool] = doc.to_array(IS_SPACE).astype(bool).tolist() if n else []
        self.idx: list[int] = doc.to_array(IDX).tolist() if n else []
        self.space_after: list[bool] = doc.to_array(SPACY).astype(bool).tolist() if n else []
        #: ``Doc.text``: every token's text and its trailing space
        spaced = zip(self.text, self.space_after, strict=True)
        self.doc_text = "".join([w + " " if sp else w for w, sp in spaced])
        # a leaf (about half the tokens) shares one empty tuple: fewer objects to allocate
        kids: list[Sequence[int]] = [()] * n
        for i, head in enumerate(self.heads):
            if head != i:
                known = kids[head]
                if known:
                    known.append(i)  # type: ignore[attr-defined]
                else:
                    kids[head] = [i]
        self.kids = kids
        #: noun phrases made so far, by head index (see ``extract.spans.noun_phrase``)
        self.phrases: dict[int, Span] = {}
        self._left_edge = [-1] * n
        self._right_edge = [-1] * n
        self._roots: dict[int, int] = {}  # span_root by start * (len(doc) + 1) + end
        #: results of pure functions of this Doc's parse, by (function, arguments): asked again
        #: by the passes over the Doc, they are worked out once (and go with the tables)
        self.memo: dict[Hashable, Any] = {}
        self.sent_start = [0] * n
        self.sent_number = [0] * n
        self.sents: list[tuple[int, int]] = []
        for number, sent in enumerate(doc.sents):
            start, end = sent.start, sent.end
            self.sents.append((start, end))
            self.sent_start[start:end] = [start] * (end - start)
            self.sent_number[start:end] = [number] * (end - start)

    def char_start(self, start: int) -> int:
        """``Span.start_char`` of ``doc[start:end]``."""
        return self.idx[start] if start < len(self.idx) else len(self.doc_text)

    def char_end(self, start: int, end: int) -> int:
        """``Span.end_char`` of ``doc[start:end]``."""
        if start >= end:
            return self.char_start(start)
        return self.idx[end - 1] + len(self.text[end - 1])

    def span_text(self, start: int, end: int) -> str:
        """``Span.text`` of ``doc[start:end]`` (``0 <= start <= end <= len(doc)``)."""
        if start >= end:
            return ""
        return self.doc_text[self.idx[start] : self.idx[end - 1] + len(self.text[end - 1])]

    def span_root(self, start: int, end: int) -> int:
        """``Span.root.i`` of ``doc[start:end]`` (``start < end``), chosen as spaCy does: a
        sentence root in the span, else the token nearest the root of those whose head is
        outside it (the first of equals; a punctuation or space token without children
        counts as farthest). Worked out once per span: the passes ask for the same ones."""
        key = start * (len(self.heads) + 1) + end  # (an int key: no tuple kept per span)
        root = self._roots.get(key)
        if root is None:
            root = self._roots[key] = self._span_root(start, end)
        return root

    def _span_root(self, start: int, end: int) -> int:
        heads = self.heads
        for i in range(start, end):
            if heads[i] == i:
                return i
        n = len(heads)
        best, root = n, -1
        for i in range(start, end):
            if start <= heads[i] < end:
                continue
            steps = (
                self._steps_to_root(i)
                if self.kids[i] or not (self.is_space[i] or self.is_punct[i])
                else n - 1
            )
            if steps < best:
                best, root = steps, i
        return start if root == -1 else root

    def _steps_to_root(self, i: int) -> int:
        heads = self.heads
        steps = 0
        while heads[i] != i:
            i = heads[i]
            steps += 1
        return steps

    def is_below(self, i: int, k: int) -> bool:
        """Does token ``k`` stand above token ``i`` in the parse (``k`` an ancestor of ``i``)?"""
        heads = self.heads
        while heads[i] != i:
            i = heads[i]
            if i == k:
                return True
        return False

    def left_edge(self, i: int) -> int:
        """``Token.left_edge.i`` of token ``i``. Read from spaCy (once per token): on a
        non-projective parse spaCy's edges are not always the ends of the subtree."""
        edge = self._left_edge[i]
        if edge < 0:
            edge = self._left_edge[i] = self.tokens[i].left_edge.i
        return edge

    def right_edge(self, i: int) -> int:
        """``Token.right_edge.i`` of token ``i`` (read from spaCy, see :meth:`left_edge`)."""
        edge = self._right_edge[i]
        if edge < 0:
            edge = self._right_edge[i] = self.tokens[i].right_edge.i
        return edge

    def descendants(self, i: int) -> list[int]:
        """The indexes of ``Token.subtree`` of token ``i`` (``i`` first, the rest in no
        particular order): for a set or a test of each, cheaper than :meth:`subtree`."""
        kids = self.kids
        found = [i]
        for node in found:  # the list grows as it is read: every node's children join it
            found.extend(kids[node])
        return found

    def subtree(self, i: int) -> Iterator[int]:
        """The indexes of ``Token.subtree`` of token ``i``, in the same order."""
        kids = self.kids
        stack: list[tuple[int, bool]] = [(i, False)]
        while stack:
            node, expanded = stack.pop()
            if expanded:
                yield node
                continue
            # lefts' subtrees, the token, rights' subtrees: pushed in reverse
            for k in reversed(kids[node]):
                if k > node:
                    stack.append((k, False))
            stack.append((node, True))
            for k in reversed(kids[node]):
                if k < node:
                    stack.append((k, False))


def doc_tables(doc: Doc) -> DocTables:
    """The tables of ``doc``, made on first use."""
    last_doc, last_tables = _LAST[0]
    if doc is last_doc:
        return last_tables  # type: ignore[return-value]
    for k, (known, tables) in enumerate(_RECENT):
        if known is doc:
            _RECENT.append(_RECENT.pop(k))
            _LAST[0] = (doc, tables)
            return tables
    tables = DocTables(doc)
    _RECENT.append((doc, tables))
    if len(_RECENT) > RECENT_DOCS:
        del _RECENT[0]
    _LAST[0] = (doc, tables)
    return tables


def tables_of(token: Token) -> DocTables:
    """The tables of the Doc of ``token``."""
    doc = token.doc
    last_doc, last_tables = _LAST[0]
    if doc is last_doc:
        return last_tables  # type: ignore[return-value]
    return doc_tables(doc)


def forget_tables(doc: Doc) -> None:
    """Drop the tables made for ``doc`` (before reading a Doc that may have changed)."""
    _RECENT[:] = [entry for entry in _RECENT if entry[0] is not doc]
    if _LAST[0][0] is doc:
        _LAST[0] = (None, None)


#: How many Docs keep their tables. The tables hold the Doc's Tokens, and so the Doc itself:
#: only the most recently read Docs keep theirs (the passes over one article read one Doc),
#: so memory does not grow with the number of articles.
RECENT_DOCS = 4
#: (Doc, tables), the most recently read last.
_RECENT: list[tuple[Doc, DocTables]] = []
#: The Doc read last and its tables (the last entry of :data:`_RECENT`): most look-ups are for it.
#: One (Doc, tables) pair, replaced whole, so no reader pairs a Doc with another Doc's tables.
_LAST: list[tuple[Doc | None, DocTables | None]] = [(None, None)]


def span_text(span: Span) -> str:
    """``span.text``, cut from the Doc's text (``Span.text`` joins a new Token per word)."""
    return doc_tables(span.doc).span_text(span.start, span.end)

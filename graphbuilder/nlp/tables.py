"""The tokens and heads of a parsed Doc, made once and shared by the stages that read it.

``doc[i]``, ``for t in doc`` and ``t.head`` make a new Token object on every call; the
extraction and resolution passes ask for the same tokens many times over, so they read
them from :func:`doc_tables` instead. The tables of a Doc go away with it; a caller that
changes a Doc after reading it calls :func:`forget_tables`.
"""

from __future__ import annotations

from typing import NamedTuple
from weakref import WeakKeyDictionary

from spacy.attrs import HEAD
from spacy.tokens import Doc, Token


class DocTables(NamedTuple):
    """Every token of a Doc in order, and the index of each token's head."""

    tokens: list[Token]
    heads: list[int]


def doc_tables(doc: Doc) -> DocTables:
    """The tables of ``doc``, made on first use."""
    tables = _TABLES.get(doc)
    if tables is None:
        offsets = doc.to_array(HEAD).astype("int64").tolist() if len(doc) else []
        tables = _TABLES[doc] = DocTables(list(doc), [i + off for i, off in enumerate(offsets)])
    return tables


def forget_tables(doc: Doc) -> None:
    """Drop the tables made for ``doc`` (before reading a Doc that may have changed)."""
    _TABLES.pop(doc, None)


_TABLES: WeakKeyDictionary[Doc, DocTables] = WeakKeyDictionary()

"""Results worked out once per Doc (DocTables.memo, span roots) belong to their own Doc only.

Two hand-built parses put the same (verb, clause) token pair and the same spans in different
places: asked in either order, and again after the other Doc, each gives its own answer.
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphbuilder.extract.frames import saying_time
from graphbuilder.nlp.tables import doc_tables

# "said *on Monday* it would close shops": the time is the saying's (the parser hung it on the clause)
ON_MONDAY = (
    ["He", "said", "on", "Monday", "it", "would", "close", "shops", "."],
    [1, 1, 6, 2, 6, 6, 1, 6, 1],
    ["nsubj", "ROOT", "prep", "pobj", "nsubj", "aux", "ccomp", "dobj", "punct"],
    ["O", "O", "O", "B-DATE", "O", "O", "O", "O", "O"],
)
# "said that Smith and Jones would close shops": no time at all, other words at tokens 2-6
THAT_CLAUSE = (
    ["He", "said", "that", "Smith", "and", "Jones", "would", "close", "shops", "."],
    [1, 1, 7, 7, 3, 3, 7, 1, 7, 1],
    ["nsubj", "ROOT", "mark", "nsubj", "cc", "conj", "aux", "ccomp", "dobj", "punct"],
    ["O"] * 10,
)


def _doc(nlp, parse) -> Doc:
    words, heads, deps, ents = parse
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)


def test_saying_time_is_each_docs_own_in_either_order(nlp) -> None:
    # (1, 6) is "said" and its clause's verb in one, "said" and an auxiliary in the other
    for first, second in ((ON_MONDAY, THAT_CLAUSE), (THAT_CLAUSE, ON_MONDAY)):
        docs = {id(parse): _doc(nlp, parse) for parse in (first, second)}
        expected = {id(ON_MONDAY): 2, id(THAT_CLAUSE): None}
        for parse in (first, second, first, second):
            assert saying_time(doc_tables(docs[id(parse)]), 1, 6) == expected[id(parse)]


def test_span_roots_are_each_docs_own(nlp) -> None:
    monday, that = _doc(nlp, ON_MONDAY), _doc(nlp, THAT_CLAUSE)
    for doc in (monday, that, monday, that):
        t = doc_tables(doc)
        for start in range(len(doc)):
            for end in range(start + 1, len(doc) + 1):
                assert t.span_root(start, end) == doc[start:end].root.i
    # one span, two roots: "Monday it" (it: the clause's subject) and "Smith and" (Smith)
    assert doc_tables(monday).span_root(3, 5) == 4
    assert doc_tables(that).span_root(3, 5) == 3

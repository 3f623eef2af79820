"""Verb lemmas with one systematic error of spaCy's English lemmatizer undone.

``en_core_web_sm``'s rule lemmatizer strips ``-ed`` / ``-ing`` / ``-es`` before it tries
``-e`` / ``-s``, and keeps the first form that is in its verb index. When both forms are verbs
there, a verb in ``-e`` gets the wrong lemma: "staged" -> "stag", "raged" -> "rag", "waged"
-> "wag", "hoped" -> "hop", "fined" -> "fin", "raping" -> "rap", and in the third person
"hopes" -> "hop", "hates" -> "hat", "stages" -> "stag".

English spelling settles it: a one-syllable stem ending in a single vowel and a single
consonant doubles that consonant before ``-ed`` / ``-ing`` ("stag" -> "stagged", "hop" ->
"hopped"). A surface form that did *not* double it ("staged", "hoped") comes from the stem
in ``-e``. In the third person such a stem takes a bare ``-s`` ("hops", "stags"), unless it
ends in ``s`` or ``z`` ("gases", "quizzes"), so "hopes" is "hope" + ``-s``. ``lemma`` applies
these rules to verbs and leaves everything else as spaCy has it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from graphbuilder.nlp.tables import DocTables, tables_of

#: A one-syllable stem that ends in one vowel and one consonant (w, x and y never double).
_DOUBLING_STEM = re.compile(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]")
_SUFFIXES = ("ed", "ing")
#: A stem in -s or -z takes -es in the third person itself ("gases"), so "-es" tells nothing.
_ES_STEM = re.compile(r".*[^sz]")
_VERB_POS = frozenset({"VERB", "AUX"})


def verb_lemma(surface: str, lemma: str) -> str:
    """The lemma of a verb form, given spaCy's lemma for it.

    >>> verb_lemma("staged", "stag"), verb_lemma("raging", "rag"), verb_lemma("hopped", "hop")
    ('stage', 'rage', 'hop')
    >>> verb_lemma("visited", "visit"), verb_lemma("aimed", "aim"), verb_lemma("stated", "state")
    ('visit', 'aim', 'state')
    >>> verb_lemma("hopes", "hop"), verb_lemma("hops", "hop"), verb_lemma("gases", "gas")
    ('hope', 'hop', 'gas')
    """
    surface, lemma = surface.lower(), lemma.lower()
    if not _DOUBLING_STEM.fullmatch(lemma):
        return lemma
    if any(surface == lemma + suffix for suffix in _SUFFIXES):
        return lemma + "e"
    if surface == lemma + "es" and _ES_STEM.fullmatch(lemma):
        return lemma + "e"
    return lemma


def lemma(token: Token) -> str:
    """Lower-case lemma of a token; for verbs, with the ``-e`` stem restored (see module)."""
    return lemma_at(tables_of(token), token.i)


def lemma_at(t: DocTables, i: int) -> str:
    """:func:`lemma` of the token at index ``i`` of the Doc the tables ``t`` were made of."""
    if t.pos[i] in _VERB_POS or t.tag[i].startswith("VB"):
        return verb_lemma(t.text[i], t.lemma[i])
    return t.lemma_lower[i]


def restore_verb_lemmas(doc: Doc) -> Doc:
    """Pipeline component body: rewrite ``token.lemma_`` of verbs by :func:`verb_lemma`."""
    for token in doc:
        if token.pos_ in _VERB_POS or token.tag_.startswith("VB"):
            fixed = verb_lemma(token.text, token.lemma_)
            if fixed != token.lemma_.lower():
                token.lemma_ = fixed
    return doc

"""A print feature's deck run into its first sentence, and its photo captions.

A weekly's feature (its text ends with the print citation "(Northtown Weekly 01/06/2017
page7)", which :mod:`graphbuilder.ingest.trailer` cuts) opens with a deck, a summary line in
lower case with no full stop; texts that lost their line breaks run it into the story's first
sentence: "Film star in a new role for his latest big-screen offering Jo Roe is taking his
act abroad." Read as one sentence the deck became the subject ("[Film star ...] took [his act]").

The deck ends where a word in lower case that ends no phrase (not "of", "the", "in": "offering",
"penalty") is followed by the story's subject: a closed-class opener ("He", "The"), a quotation
('... to health "See? It stopped."'), or a name of at most three capitalised words and a verb
("Jo Roe is", "Ruritania has", "Northtown opened"). Only in the first sentence of the first
line, after at least :data:`DECK_WORDS` words and before any comma (a deck has none: "Jo Roe, a
linguist who wrote standard Chinese, died" is a sentence). A nationality's or a language's
word after an adjective is the sentence's own ("covering traditional Chinese medicine was
passed"): no boundary before it. Nothing is dropped: a paragraph break goes at the boundary, so
the deck stays, as its own sentence.

The feature's photo captions stand each as a paragraph opened by a dash after the line break or
the spaces a lost one left ("...  - A woman takes a picture in the smog.  ", "- Above: The team
in 1986. Below: ..."), their credit cut before (:mod:`graphbuilder.ingest.inline`). Read as
sentences they made the picture's people the story's actors ("[A woman] took [a picture]"): they
go, to the paragraph's end (a line break or two spaces). A dash in a sentence has one space
before it, or a word in lower case after it ("seriously  - we can be grateful"), and stays.
"""

from __future__ import annotations

import re

from graphbuilder.ingest.headings import OPENERS
from graphbuilder.lexicon import COMMUNICATION_VERBS

#: A deck has at least this many words, and the boundary stands within :data:`DECK_REACH` words.
DECK_WORDS = 5
DECK_REACH = 30
#: Words a phrase goes on after: a capital after them is the phrase's own ("growth in Ruritania"),
#: and subordinators, a clause's subject after them ("... closed last year because Northtown Mills
#: had lost ...", "... grew when Jo Roe was arrested").
_LINK_WORDS = frozenset(
    """the a an of in on at to for from with by and or but as than that which who whose into onto
    over under about after before between through during since until per via like its their his
    her our your my this these those
    when whenever where while whilst whereas because although though if unless whether once so nor
    yet till lest"""
    .split()
)
#: A capitalised word that may be a nationality's, a language's or a people's after an adjective.
_DEMONYM = re.compile(r"(?:ese|ish|ian|ean|an|ic|i)['’]?s?$")
#: Verbs the story's first sentence goes on with after its subject's name.
_VERBS = frozenset("is was are were has have had will would can could says said tells told".split())
_LOWER = re.compile(r"[a-z][a-z\-]*")
_TOKEN = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s|$)|\n")
_NAME_WORD = re.compile(r"[A-Z][\w'’\-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
_ENDINGS = ("s", "es", "ed", "d")


_CAPTION = re.compile(r"(?:^|(?<=\n)|(?<=[ ]{2}))-[ ]+[A-Z\"“][^\n]*?(?=[ ]{2}|\n|$)")


#: A dash paragraph that is a line of dialogue, not a caption: a question or an exclamation, a
#: quotation, a verb of saying, or a speaker's first or second person ("- Are you coming? she asked.",
#: "- I never saw him again, he says."). A caption tells what the picture shows in the third person.
_DIALOGUE = re.compile(
    r"[?!]|\b(?:I|I'm|I’m|I've|I’ve|me|my|we|us|our|you|your)\b"
    r"|\b(?:said|says|asked|asks|replied|replies|told|tells|added|adds)\b",
    re.IGNORECASE,
)


def strip_captions(text: str) -> str:
    """``text`` without the photo captions of a print feature (a paragraph break in their place);
    the lines of a dialogue opened by dashes stay (:data:`_DIALOGUE`)."""
    if "- " not in text:
        return text
    return _CAPTION.sub(lambda m: m.group(0) if _DIALOGUE.search(m.group(0)) else "\n\n", text).strip()


def split_deck(text: str) -> str:
    """``text`` with a paragraph break after the deck its first sentence opens with, if any."""
    end = _SENTENCE_END.search(text)
    tokens = [t.group() for t in _TOKEN.finditer(text, 0, end.end() if end else len(text))]
    for i in range(1, min(len(tokens), DECK_REACH)):
        if "," in tokens[i - 1]:
            return text
        if not _is_transition(tokens[i - 1], tokens[i]):
            continue
        if i < DECK_WORDS or not _deck_ends(tokens[:i], tokens[i : i + 4]):
            return text  # the first word in lower case before a capital decides
        spans = list(_TOKEN.finditer(text))
        return text[: spans[i - 1].end()] + "\n\n" + text[spans[i].start() :]
    return text


def _is_transition(last: str, first: str) -> bool:
    """Is ``last`` a word in lower case that ends no phrase, before a capital or a quotation?"""
    if not _LOWER.fullmatch(last) or last in _LINK_WORDS:
        return False
    if first[:1] in "\"“":
        return first[1:2].isupper()
    return bool(_NAME_WORD.match(first)) and not _DEMONYM.search(first.rstrip(",;:"))


def _deck_ends(before: list[str], after: list[str]) -> bool:
    """Does the deck end with ``before``, the story's first sentence starting with ``after``?"""
    if _is_speech(before[-1]) or _describes_a_name(before):
        return False
    first = after[0]
    if _POSSESSIVE.search(first):
        return False  # "... to survive Roe's threatened cuts": the possessive's noun follows
    if first[:1] in "\"“" or first in OPENERS:
        return True
    for word in after[1:]:
        if word in _VERBS or _is_speech(word) or (_LOWER.fullmatch(word) and word.endswith("ed")):
            return True
        if not _NAME_WORD.fullmatch(word) or _POSSESSIVE.search(word):
            return False
    return False


def _is_speech(word: str) -> bool:
    """Is ``word`` a verb of saying or thinking in the third person or the past ("believes",
    "warned")? A capital after it opens the clause it governs."""
    return any(word.endswith(e) and word[: len(word) - len(e)] in COMMUNICATION_VERBS for e in _ENDINGS)


def _describes_a_name(before: list[str]) -> bool:
    """Do the words in lower case before the capital follow a possessive or a capitalised word,
    a description of the name after them ("Ruritania's largest glass-maker Northglass is", "Chinese
    conductor Jo Roe had")?"""
    for word in reversed(before):
        if not _LOWER.fullmatch(word) or word in _LINK_WORDS:
            return word not in _LINK_WORDS and not word.endswith((".", "?", "!"))
    return False

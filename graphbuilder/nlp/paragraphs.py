"""Paragraph boundaries: no sentence runs across a paragraph.

spaCy's parser sometimes glues a headline without a full stop to the first sentence below
it ("Putin meets Orban in Moscow\\nRussian President Vladimir Putin met ..."), or a paragraph
to the next. A component before the parser marks the first word after a blank line as a
sentence start, and the first word after a single line break too, unless the text is hard
wrapped (most lines of similar, typewriter length, broken mid-sentence), where a line break
is no paragraph. No sentence starts after an abbreviated title ("Capt. Hugh Madlock").
"""

from __future__ import annotations

from spacy.tokens import Doc

#: Abbreviated titles before a name that spaCy's English tokenizer splits from their full stop
#: ("Capt" "."), and after which the parser may end the sentence: "said Fire Department Capt.
#: Hugh Madlock" gave the speaker "Fire Department Capt". The pipeline makes each one token
#: (like "Gen." and "Sen."), and no sentence starts right after one. Not "Sr." or "Jr.": a
#: suffix ends a name and may end a sentence ("founded by Henry Ford Sr. His son ...").
TITLE_ABBREVIATIONS = frozenset(
    "Capt. Lt. Sgt. Maj. Col. Cmdr. Cpl. Pvt. Insp. Supt. Det. Atty. Brig. Msgr. Amb. Hon. "
    "Gen. Gov. Sen. Rep. Adm. Dr. Prof. Rev. Mr. Mrs. Ms.".split()
)

#: Lines of a hard-wrapped text: this long, ending without sentence punctuation.
WRAP_WIDTH = range(50, 100)
_SENTENCE_END = tuple(".!?:;\"'\u201d\u2019)")


def is_hard_wrapped(text: str) -> bool:
    """Most non-empty lines are of typewriter length and end mid-sentence."""
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    if len(lines) < 3:
        return False
    wrapped = sum(1 for line in lines if len(line) in WRAP_WIDTH and not line.endswith(_SENTENCE_END))
    return wrapped * 2 > len(lines)


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first word of every paragraph (see the module docstring)."""
    single_breaks = not is_hard_wrapped(doc.text)
    after_break = False
    for token in doc:
        if token.is_space or not token.text.strip():
            breaks = token.text.count("\n") + token.whitespace_.count("\n")
            if breaks >= 2 or (breaks == 1 and single_breaks):
                after_break = True
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        elif token.i > 0 and doc[token.i - 1].text in TITLE_ABBREVIATIONS:
            token.is_sent_start = False  # "said Capt. Hugh Madlock": the name goes on
        after_break = False
        if token.whitespace_ and "\n" in token.whitespace_:
            after_break = True
    return doc

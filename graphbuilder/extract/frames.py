"""Minimal verb frames (placeholder to be replaced by the full extractor)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from graphbuilder.extract.candidate import Candidate


def extract_frames(doc: Doc, reference_date: str | None = None) -> Iterator[Candidate]:
    for sent in doc.sents:
        for tok in sent:
            if tok.pos_ != "VERB":
                continue
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            obj = [c for c in tok.children if c.dep_ == "dobj"]
            if subj and obj:
                s = doc[subj[0].left_edge.i : subj[0].right_edge.i + 1]
                o = doc[obj[0].left_edge.i : obj[0].right_edge.i + 1]
                yield Candidate(sent, s, (tok,), tok.lemma_, o, tok, "svo")

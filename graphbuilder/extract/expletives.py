"""A placeholder "it": the subject that stands for a clause coming later ("it is possible
that ...", "it was reported that ..."), which mentions nothing. Resolution leaves it out of
the mentions; modality reads the clause it stands for from its predicate."""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs whose subject "it" stands for a clause that follows ("it seems that", "it is
#: possible that", "it remains unclear whether").
EXTRAPOSING_VERBS = frozenset({"be", "seem", "appear", "remain", "become"})
#: Adjectives that take an extraposed infinitive after "it is" ("it is important to note");
#: not those whose subject acts ("it is ready to sign", "it is likely to raise rates").
EXTRAPOSING_ADJECTIVES = frozenset(
    "important difficult hard easy possible impossible necessary unnecessary vital essential "
    "crucial clear unclear right wrong fair unfair wise sensible time".split()
)
#: Dependencies of a finite clause or clausal subject.
CLAUSE_COMPLEMENTS = frozenset({"ccomp", "csubj"})


def is_expletive(it: Token) -> bool:
    """Is this "it" a placeholder for a clause, no mention of anything? "It is possible
    that ...", "it seems that ...", "it was reported that ...", "it is important to note ..."
    (a finite clause after it under a copula or a passive, or an infinitive after an
    extraposing adjective). "It is expected to raise rates" refers: the company is."""
    if it.dep_ == "expl":
        return True
    head = it.head
    if it.dep_ not in ("nsubj", "nsubjpass") or head.i == it.i:
        return False
    clause_after = any(c.dep_ in CLAUSE_COMPLEMENTS and c.i > it.i for c in head.children)
    if it.dep_ == "nsubjpass":
        return clause_after  # "it was reported that", "it is not known whether"
    if head.lemma_.lower() not in EXTRAPOSING_VERBS:
        return False
    if clause_after:
        return True  # "it is possible that", "it seems that", "it is the case that"
    adjective = any(c.dep_ == "acomp" and c.lemma_.lower() in EXTRAPOSING_ADJECTIVES for c in head.children)
    return adjective and any(c.dep_ == "xcomp" and c.i > it.i for c in head.children)

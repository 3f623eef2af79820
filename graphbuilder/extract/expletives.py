"""A placeholder "it": the subject that stands for a clause coming later ("it is possible
that ...", "it was reported that ...", "it emerged that ...", "it was a mistake to ...",
"it makes sense to ..."), which mentions nothing. Resolution leaves it out of
the mentions; modality reads the clause it stands for from its predicate."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuilder.nlp.tables import DocTables

#: Verbs whose subject "it" stands for a clause that follows ("it seems that", "it is
#: possible that", "it remains unclear whether").
EXTRAPOSING_VERBS = frozenset({"be", "seem", "appear", "remain", "become"})
#: Verbs whose subject "it" stands for a finite clause that follows, and only then ("it
#: emerged that", "it turned out that", "it follows that"; "it emerged from bankruptcy" refers).
CLAUSE_VERBS = frozenset({"emerge", "transpire", "follow", "happen", "turn"})
#: Nouns that take an extraposed clause or infinitive after "it is" ("it was a mistake to
#: sell", "it is a shame that the talks failed", "it is time to act").
EXTRAPOSING_NOUNS = frozenset(
    "mistake shame pity surprise time scandal disgrace tragedy relief wonder miracle "
    "coincidence honour honor privilege pleasure".split()
)
#: Nouns of time that make an "it is" ambient ("it has been a strange week for M&S").
AMBIENT_NOUNS = frozenset("day week month year decade night morning afternoon evening weekend season".split())
#: Objects of "make"/"take" with an infinitive after them whose "it" stands for that
#: infinitive ("it makes sense to cut costs", "it took two years to build").
EXTRAPOSING_OBJECTS: dict[str, frozenset[str]] = {
    "make": frozenset({"sense"}),
    "take": frozenset("time year month week day hour minute decade".split()),
}
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
    lemma = head.lemma_.lower()
    if lemma in CLAUSE_VERBS:
        return clause_after  # "it emerged that", "it turned out that"
    if lemma in EXTRAPOSING_OBJECTS:
        return _object_before_infinitive(head, it, EXTRAPOSING_OBJECTS[lemma])
    if lemma not in EXTRAPOSING_VERBS:
        return False
    if clause_after or _remains_to_be_seen(head, it):
        return True  # "it is possible that", "it seems that", "it remains to be seen whether"
    attrs = [c for c in head.children if c.dep_ == "attr"]
    if any(_extraposing_noun(c) or c.lemma_.lower() in AMBIENT_NOUNS for c in attrs):
        return True  # "it was a mistake to sell", "it is a shame that", "it has been a long week"
    adjective = any(c.dep_ == "acomp" and c.lemma_.lower() in EXTRAPOSING_ADJECTIVES for c in head.children)
    return adjective and any(c.dep_ == "xcomp" and c.i > it.i for c in head.children)


def is_expletive_at(t: DocTables, it: int) -> bool:
    """:func:`is_expletive` of the token at index ``it`` of the Doc of the tables ``t``."""
    return is_expletive(t.tokens[it])


def _infinitive_or_content_clause(clause: Token) -> bool:
    """A clause opened by "to" or by "that"/"whether" (not a relative clause: "a mistake
    that cost the company millions" has a relative pronoun as its subject, no marker)."""
    return any(
        (c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ in ("that", "whether", "if"))
        for c in clause.children
    )


def _extraposing_noun(attr: Token) -> bool:
    """An extraposing noun after "it is" with its clause or infinitive after it."""
    if attr.lemma_.lower() not in EXTRAPOSING_NOUNS:
        return False
    clauses = [c for c in attr.children if c.dep_ in ("relcl", "acl", "ccomp") and c.i > attr.i]
    clauses += [c for c in attr.head.children if c.dep_ in ("xcomp", "ccomp") and c.i > attr.i]
    return any(_infinitive_or_content_clause(c) for c in clauses)


def _remains_to_be_seen(head: Token, it: Token) -> bool:
    """ "it remains to be seen whether": a passive infinitive with a clause of its own."""
    return any(
        c.dep_ == "xcomp"
        and c.i > it.i
        and any(a.dep_ == "auxpass" for a in c.children)
        and any(g.dep_ in CLAUSE_COMPLEMENTS for g in c.children)
        for c in head.children
    )


def _object_before_infinitive(head: Token, it: Token, objects: frozenset[str]) -> bool:
    """ "it makes sense to ...", "it took two years to ...": one of ``objects`` as the
    verb's object and an infinitive after it."""
    has_object = any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in head.children)
    return has_object and any(
        c.dep_ == "xcomp" and c.i > it.i and _infinitive_or_content_clause(c) for c in head.children
    )

"""The modality of a statement: is it stated as a fact, or as something else?

Every statement carries one of :data:`MODALITIES`. Only ``asserted`` statements are facts
the article stands behind; the others are kept (they are news too: a threat, a plan, a
denial) but the default views leave them out:

=============  ==========================================================================
asserted       "Putin met Orban."  "Howard was forced to deny it."
negated        "Iran is not named in the report."  "Hungary refused to sign."
               "No politician should make the mistake."  "He was not planning to use it."
possible       "Russia could block the units."  "The deal may collapse."
conditional    "If the tariffs take effect, exports will fall."  "The plan would benefit them."
               (a "would" in a reported clause is a plan: "they said they would back it")
intended       "The EU will impose sanctions."  "Orban plans to veto the package."
               "The broadcasters should decide."  "China is looking to invest."
question       "Will the ceasefire hold?"  "He was asked if the plans would cut migration."
reported       "Labour's shot backfired, the Tories said." (the claim, not the saying)
               "He is understood to have criticised them."  "TCI claims to represent them."
=============  ==========================================================================

The first that applies wins, in the order negated, question, conditional, possible,
intended, reported: "the Tories said Labour would not win" is negated (and attributed).
A hedge word on the verb ("nearly destroyed", "allegedly took") makes a fact possible, and so
does a hedging verb or adjective it is the complement of ("appeared to back", "is likely to
win"); "claims to represent" is the subject's claim (reported), "would have to be rushed" and
"is set to rise" are not facts yet (intended).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.expletives import is_expletive
from graphbuilder.extract.labels import (
    ACL_DEPS,
    ADVCL_DEPS,
    ADVMOD_DEPS,
    AUX_DEPS,
    CLAUSE_DEPS,
    CONJ_DEPS,
    CONTROL_DEPS,
    DET_DEPS,
    MARK_DEPS,
    NEG_DEPS,
    NOMINAL_SUBJ_DEPS,
)
from graphbuilder.extract.polarity import NON_ASSERTIVE_VERBS
from graphbuilder.model import MODALITIES
from graphbuilder.nlp.tables import doc_tables

__all__ = ["MODALITIES", "modality_of"]


#: Modal words, from the candidate's ``modality``, as the news gold set's guidelines read them:
#: ability and possibility; obligation and the future still a plan; "would", a consequence.
POSSIBLE_MODALS = frozenset({"can", "could", "may", "might"})
INTENDED_MODALS = frozenset({"will", "shall", "should", "ought", "must"})
CONDITIONAL_MODALS = frozenset({"would"})
#: Subordinators that make a clause a condition.
CONDITION_MARKERS = frozenset({"if", "unless", "whether", "provided", "providing", "assuming"})
#: Subordinators of an embedded question when the clause is a complement ("asked if the
#: plans would reduce migration", "it is unclear whether ministers would act").
QUESTION_MARKERS = frozenset({"if", "whether"})
#: Verbs after which an "if" clause is a question: "was asked if", "wondered if".
ASKING_VERBS = frozenset({"ask", "wonder", "question", "inquire", "enquire", "doubt", "check"})
#: Subjects that deny the clause: "No politician should make the mistake", "nobody came".
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither", "no-one"})
#: Directive verbs that, in the passive, say the act happened ("was forced to deny").
IMPLICATIVE_PASSIVES = frozenset({"force", "compel", "oblige"})
#: Adverbs that stop a verb from stating a fact ("nearly destroyed", "allegedly took").
HEDGE_ADVERBS = frozenset(
    "nearly almost reportedly allegedly apparently possibly probably perhaps maybe supposedly "
    "purportedly seemingly likely".split()
)
#: Verbs and adjectives that take the verb as their complement and keep it from being a fact:
#: "appeared to back", "is likely to win" (possible), "claims to represent" (reported: the
#: subject's own claim), "would have to be rushed", "is set to rise", "is looking to invest"
#: (intended: an obligation or a plan).
GOVERNOR_MODALITY: dict[str, str] = {
    **dict.fromkeys(("appear", "seem", "likely", "unlikely"), "possible"),
    **dict.fromkeys(("claim", "allege", "purport", "profess", "pretend"), "reported"),
    **dict.fromkeys(("have", "get", "set", "due", "poised", "bound", "look"), "intended"),
}
#: Verbs whose passive reports hearsay: "is understood to have criticised", "are believed to
#: be underway", "is said to favour" (reported).
HEARSAY_PASSIVES = frozenset({"understand", "believe", "think", "say", "report", "rumour", "rumor", "allege"})
#: Nouns whose content clause is not asserted: "its claims that the put is valid", "fear that
#: the government was dragging its feet" (reported: someone's claim, belief or fear); "the
#: hope that talks will resume" (intended).
CONTENT_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "claim allegation accusation suggestion report rumour rumor speculation belief view fear "
        "concern assertion notion impression perception suspicion charge".split(),
        "reported",
    ),
    **dict.fromkeys("hope expectation promise pledge plan proposal".split(), "intended"),
}
#: Predicates of an extraposed clause under a placeholder "it": "it seems that" (possible),
#: "it is likely that" (possible), "it is hoped that" (intended); a passive verb of hearsay
#: ("it was reported that", "it is understood that") makes the clause reported.
EXTRAPOSING_MODALITY: dict[str, str] = {
    **dict.fromkeys(("appear", "seem", "likely", "unlikely", "possible", "probable"), "possible"),
    **dict.fromkeys(("hope", "plan", "intend"), "intended"),
}
#: How many control ("to"-infinitive) links up the governors are looked for.
GOVERNOR_REACH = 3


def modality_of(candidate: Candidate) -> str:
    """One of :data:`MODALITIES` for a candidate (see the module docstring)."""
    if candidate.negated:
        return "negated"
    mode = (candidate.modality or "").lower()
    if mode in MODALITIES:  # a plug-in extractor that gives the modality itself
        return mode
    governors = _governors(candidate.verb)
    return _clause_modality(candidate, mode, governors) or _governed_modality(candidate, mode, governors)


def _clause_modality(candidate: Candidate, mode: str, governors: list[Token]) -> str | None:
    """Negated, question or conditional: what the clause around the verb makes of it."""
    verb = candidate.verb
    if _negative_subject(candidate.subject) or (
        mode in NON_ASSERTIVE_VERBS and any(_negated(g) for g in governors[:1])
    ):
        return "negated"  # "No politician should ...", "was not planning to use"
    if _in_question(verb, candidate.sentence) or _in_embedded_question(verb):
        return "question"
    if _in_condition(verb):
        return "conditional"
    return None


def _governed_modality(candidate: Candidate, mode: str, governors: list[Token]) -> str:
    """Possible, intended, reported or asserted: what the modal, the governing verbs and the
    noun whose content the clause is make of it."""
    verb = candidate.verb
    governed = next((_governor_modality(g) for g in governors if _governs(g)), None) or _extraposed(verb)
    if mode in POSSIBLE_MODALS or _hedged(verb) or governed == "possible":
        return "possible"
    if mode in CONDITIONAL_MODALS:
        # "they announced they would back the plans": the future of a reported clause is a plan;
        # "the plan would benefit households": a consequence
        return "intended" if candidate.speaker is not None or _reported_clause(verb) else "conditional"
    # a governing verb of plan, wish or demand ("urged X to accept"): the act has not happened
    directed = mode in NON_ASSERTIVE_VERBS and not _implicative(mode, governors)
    if mode in INTENDED_MODALS or directed or governed == "intended" or _purpose(verb):
        return "intended"
    content = _content_clause_of(verb)
    if content == "intended":
        return "intended"
    if candidate.speaker is not None or governed == "reported" or content == "reported":
        return "reported"
    return "asserted"


def _extraposed(verb: Token) -> str | None:
    """The modality the predicate of a placeholder "it" gives the clause it stands for: "it
    seems that BP lost money" (possible), "it was reported that Shell met BP" (reported)."""
    clause = _clause_head(verb)
    head = clause.head
    if clause.dep_ not in ("ccomp", "csubj") or head.i == clause.i:
        return None
    if not any(c.lower_ == "it" and c.i < clause.i and is_expletive(c) for c in head.children):
        return None
    if _hearsay(head):
        return "reported"
    lemma = head.lemma_.lower()
    if lemma in EXTRAPOSING_MODALITY and (lemma not in ("hope", "plan", "intend") or _passive(head)):
        return EXTRAPOSING_MODALITY[lemma]
    if lemma == "be":
        for c in head.children:
            if c.dep_ == "acomp" and c.lemma_.lower() in EXTRAPOSING_MODALITY:
                return EXTRAPOSING_MODALITY[c.lemma_.lower()]
    return None


def _passive(tok: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in tok.children)


def _content_clause_of(verb: Token) -> str | None:
    """The modality a noun of claim, belief or plan gives the clause that spells out its
    content ("its claims that the put is valid"; not a relative clause: "claims that were made")."""
    tok = _clause_head(verb)
    noun = tok.head
    if tok.dep_ not in {"acl", "relcl", "ccomp"} or noun.i == tok.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    found = CONTENT_NOUNS.get(noun.lemma_.lower())
    if found is None:
        return None
    marked = any(c.dep_ in MARK_DEPS and c.lower_ == "that" for c in tok.children)
    has_subject = any(c.dep_ in NOMINAL_SUBJ_DEPS for c in tok.children)
    # a relative pronoun as one of its arguments ("claims that were made", "claims that the
    # firm published") makes it a relative clause, not the noun's content
    relative = any(
        c.tag_ in ("WDT", "WP") or (c.lower_ == "that" and c.dep_ not in MARK_DEPS) for c in tok.children
    )
    return found if (marked or has_subject) and not relative else None


def _governors(verb: Token) -> list[Token]:
    """The verbs and adjectives ``verb`` is the "to"-complement of, nearest first, up a chain
    of control links and conjuncts (at most :data:`GOVERNOR_REACH`)."""
    out: list[Token] = []
    tok = verb
    for _ in range(GOVERNOR_REACH):
        tok = _clause_head(tok)  # "appeared to back X and (to) reject Y"
        if tok.dep_ not in CONTROL_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
        out.append(tok)
    return out


def _governor_modality(tok: Token) -> str:
    return "reported" if _hearsay(tok) else GOVERNOR_MODALITY[tok.lemma_.lower()]


def _hearsay(tok: Token) -> bool:
    return tok.lemma_.lower() in HEARSAY_PASSIVES and _passive(tok)


def _governs(tok: Token) -> bool:
    """Does this governor impose a modality (:data:`GOVERNOR_MODALITY`)? "set" only as "is set
    to", "get" only as "have got to"."""
    lemma = tok.lemma_.lower()
    if _hearsay(tok):
        return True
    if lemma == "set":
        return tok.tag_ == "VBN"
    if lemma == "get":  # "have got to look at": an obligation; "got to meet him": it happened
        return any(c.dep_ in AUX_DEPS and c.lemma_.lower() == "have" for c in tok.children)
    return lemma in GOVERNOR_MODALITY


def _negated(tok: Token) -> bool:
    return any(c.dep_ in NEG_DEPS for c in tok.children)


def _negative_subject(subject: Span) -> bool:
    root = subject.root
    if root.lower_ in NEGATIVE_SUBJECTS:
        return True
    return any(c.dep_ in DET_DEPS and c.lower_ == "no" for c in root.children)


def _implicative(mode: str, governors: list[Token]) -> bool:
    """ "was forced to deny": a passive directive of force says the act happened."""
    nearest = governors[:1]
    return mode in IMPLICATIVE_PASSIVES and any(
        g.lemma_.lower() == mode and _passive(g) for g in nearest
    )


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose or of a noun's aim ("used force *to detain* suspects", "powers
    *to close* pubs"): what it names is aimed at, not done."""
    if verb.dep_ not in ADVCL_DEPS | ACL_DEPS or verb.tag_ != "VB":
        return False
    return any(c.dep_ in AUX_DEPS and c.lower_ == "to" for c in verb.children)


def _clause_head(verb: Token) -> Token:
    tok = verb
    while tok.dep_ in CONJ_DEPS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _reported_clause(verb: Token) -> bool:
    """The verb heads (or is conjoined to) the complement clause of a verb ("said", "hoped")."""
    return _clause_head(verb).dep_ in CLAUSE_DEPS


def _in_embedded_question(verb: Token) -> bool:
    """The verb heads (or is conjoined to) an embedded question: a clause opened by "whether",
    or by "if" as a verb's complement or after a verb of asking ("was asked if ...")."""
    tok = _clause_head(verb)
    marks = {c.lower_ for c in tok.children if c.dep_ in MARK_DEPS}
    if "whether" in marks and tok.dep_ not in ADVCL_DEPS:
        return True
    if not marks & QUESTION_MARKERS or tok.head.i == tok.i:
        return False
    return tok.dep_ in CLAUSE_DEPS or tok.head.lemma_.lower() in ASKING_VERBS


def _is_condition(clause: Token) -> bool:
    return any(c.dep_ in MARK_DEPS and c.lower_ in CONDITION_MARKERS for c in clause.children)


def _in_condition(verb: Token) -> bool:
    """The verb is in a clause introduced by "if"/"unless", or has such a clause ("If the
    tariffs take effect, China will retaliate": both clauses are conditional)."""
    tok = verb
    for _ in range(12):
        if _is_condition(tok) or any(c.dep_ in ADVCL_DEPS and _is_condition(c) for c in tok.children):
            return True
        if tok.dep_ in ADVCL_DEPS or tok.head.i == tok.i:
            return False
        if tok.dep_ not in CONJ_DEPS and tok.dep_ not in {"xcomp", "ccomp", "aux"}:
            return False
        tok = tok.head
    return False


def _in_question(verb: Token, sentence: Span) -> bool:
    """A direct question: the sentence (or the quote holding the verb) ends in "?"."""
    tokens = doc_tables(sentence.doc).tokens
    end = sentence.end
    offset = verb.i - sentence.start  # negative (a verb before the sentence): counted from its end
    first = sentence.start + (offset if offset >= 0 else max(0, len(sentence) + offset))
    for tok in tokens[first : sentence.end]:
        if tok.text in {'"', "\u201d"} and tok.i > verb.i:
            end = tok.i
            break
    last = next((t for t in reversed(tokens[verb.i : end]) if not t.is_space), None)
    return last is not None and last.text == "?"


def _hedged(verb: Token) -> bool:
    return any(c.dep_ in ADVMOD_DEPS and c.lower_ in HEDGE_ADVERBS for c in verb.children)

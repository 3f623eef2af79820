"""The modality of a statement: is it stated as a fact, or as something else?

Every statement carries one of :data:`MODALITIES`. Only ``asserted`` statements are facts
the article stands behind; the others are kept (they are news too: a threat, a plan, a
denial) but the default views leave them out:

=============  ==========================================================================
asserted       "Putin met Orban."
negated        "Iran is not named in the report."  "Hungary refused to sign."
possible       "Russia could block the units."  "The deal may collapse."
conditional    "If the tariffs take effect, exports will fall."
intended       "The EU will impose sanctions."  "Orban plans to veto the package."
question       "Will the ceasefire hold?"
reported       "Labour's shot backfired, the Tories said." (the claim, not the saying)
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
from graphbuilder.extract.labels import (
    ACL_DEPS,
    ADVCL_DEPS,
    ADVMOD_DEPS,
    AUX_DEPS,
    CONJ_DEPS,
    CONTROL_DEPS,
    MARK_DEPS,
)
from graphbuilder.extract.polarity import NON_ASSERTIVE_VERBS
from graphbuilder.model import MODALITIES
from graphbuilder.nlp.tables import doc_tables

__all__ = ["MODALITIES", "modality_of"]


#: Modal words of possibility, necessity and future, from the candidate's ``modality``.
POSSIBLE_MODALS = frozenset({"can", "could", "may", "might", "should", "ought", "must"})
INTENDED_MODALS = frozenset({"will", "would", "shall"})
#: Subordinators that make a clause a condition.
CONDITION_MARKERS = frozenset({"if", "unless", "whether", "provided", "providing", "assuming"})
#: Adverbs that stop a verb from stating a fact ("nearly destroyed", "allegedly took").
HEDGE_ADVERBS = frozenset(
    "nearly almost reportedly allegedly apparently possibly probably perhaps maybe supposedly "
    "purportedly seemingly likely".split()
)


#: Verbs and adjectives that take the verb as their complement and keep it from being a fact:
#: "appeared to back", "is likely to win" (possible), "claims to represent" (reported: the
#: subject's own claim), "would have to be rushed", "is set to rise" (intended: an
#: obligation or a plan).
GOVERNOR_MODALITY: dict[str, str] = {
    **dict.fromkeys(("appear", "seem", "likely", "unlikely"), "possible"),
    **dict.fromkeys(("claim", "allege", "purport", "profess", "pretend"), "reported"),
    **dict.fromkeys(("have", "set", "due", "poised", "bound"), "intended"),
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
    verb = candidate.verb
    if _in_question(verb, candidate.sentence):
        return "question"
    if _in_condition(verb):
        return "conditional"
    governed = _governor_modality(verb)
    if mode in POSSIBLE_MODALS or _hedged(verb) or governed == "possible":
        return "possible"
    # a governing verb of plan, wish or demand ("urged X to accept"): the act has not happened
    if mode in INTENDED_MODALS or mode in NON_ASSERTIVE_VERBS or governed == "intended" or _purpose(verb):
        return "intended"
    if candidate.speaker is not None or governed == "reported":
        return "reported"
    return "asserted"


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose or of a noun's aim ("used force *to detain* suspects", "powers
    *to close* pubs"): what it names is aimed at, not done."""
    if verb.dep_ not in ADVCL_DEPS | ACL_DEPS or verb.tag_ != "VB":
        return False
    return any(c.dep_ in AUX_DEPS and c.lower_ == "to" for c in verb.children)


def _governor_modality(verb: Token) -> str | None:
    """The modality a verb or adjective governing ``verb`` through "to" imposes on it
    (:data:`GOVERNOR_MODALITY`), looking up a chain of control links and conjuncts."""
    tok = verb
    for _ in range(GOVERNOR_REACH):
        while tok.dep_ in CONJ_DEPS and tok.head.i != tok.i:
            tok = tok.head  # "appeared to back X and (to) reject Y"
        if tok.dep_ not in CONTROL_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
        found = GOVERNOR_MODALITY.get(tok.lemma_.lower())
        if found is not None and (tok.pos_ != "VERB" or tok.lemma_.lower() != "set" or tok.tag_ == "VBN"):
            return found
    return None


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

"""Senses of event verbs and nouns that are no event in news prose.

The CAMEO tables give a verb its diplomatic sense; news uses many of the same words in an
everyday or economic sense, and then the statement stays untyped (precision first):

* **denying a claim** is no refusal: "denied (that) he was gloating", "denied wanting to be
  leader", "denied the allegations", "rejected claims that ..." (CAMEO codes a denial as a
  public statement, not as REJECT). Refusing someone something stays REJECT: "denied him a
  visa", "denied bail";
* **meeting a need** is no meeting: "met global demand", "met the needs of the country",
  "met its targets". One meets *someone* ("met Putin", "met the delegation") or concedes
  demands ("met the demands of the miners");
* **market demand** is no demand: "demand" as a mass noun without a determiner ("growing
  demand for oil", "met demand"), unlike an actor's "demands" or "the demand";
* **market transactions** are no cooperation: agreeing, promising or needing to buy, pay,
  sell, invest or expand is a deal or a business plan ("agreed to buy Chalone for $260m").

:func:`sense_reason` returns the reason (a short phrase) or None.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.labels import CLAUSE_DEPS, CONTROL_DEPS, DET_DEPS, POSS_DEPS, VERB_POS
from graphbuilder.nlp.lemmas import lemma as lemma_of

#: Verbs of denying: with a clause or a claim as object they deny a claim.
DENYING_VERBS = frozenset({"deny", "refute", "rebut"})
#: Verbs of rejecting: they deny only a claim noun ("rejected the allegations").
DISMISSING_VERBS = frozenset({"reject", "dismiss"})
#: Nouns of what is said or alleged: denying or dismissing one is no refusal.
CLAIM_NOUNS = frozenset(
    "claim allegation accusation charge suggestion report rumour rumor story speculation "
    "assertion insinuation notion idea criticism".split()
)
#: Verbs of meeting someone (CAMEO 04), which mean "satisfy" with a non-actor object.
MEETING_VERBS = frozenset({"meet"})
#: What is met when one concedes: an actor's demands, conditions, terms.
CONCEDED_NOUNS = frozenset({"demand", "condition", "term"})
#: Nouns of demand in the market sense when used as a mass noun ("growing demand").
MARKET_DEMAND_NOUNS = frozenset({"demand"})
#: Market transactions and business plans (the hand table marks the bare verbs as no event;
#: here: no intent, promise or need to do them is an event either).
MARKET_VERBS = frozenset(
    "buy purchase acquire sell pay spend invest fund finance borrow lend earn trade export "
    "import merge expand produce manufacture".split()
)


def sense_reason(candidate: Candidate, code: str) -> str | None:
    """Why the verb or noun of ``candidate`` (typed CAMEO ``code``) is used in a sense that
    is no event, or None (see the module docstring)."""
    verb = candidate.verb
    if candidate.construct == "nominal" or verb.pos_ not in VERB_POS:
        return "market demand" if market_demand(verb) else None
    lemma = lemma_of(verb)
    obj = candidate.object
    if lemma in DENYING_VERBS and (_clause_object(verb, obj) or _claim(obj)):
        return "a denied claim"
    if lemma in DISMISSING_VERBS and _claim(obj):
        return "a denied claim"
    if lemma in MEETING_VERBS and code.startswith("0") and obj is not None and _need_met(obj.root):
        return "a need met"
    if obj is not None and market_demand(obj.root):
        return "market demand"
    if market_complement(verb) is not None:
        return "a market transaction"
    return None


def market_demand(token: Token) -> bool:
    """ "demand" as a mass noun: singular, without determiner or possessor ("global demand")."""
    if token.lemma_.lower() not in MARKET_DEMAND_NOUNS or token.tag_ != "NN":
        return False
    return not any(c.dep_ in DET_DEPS | POSS_DEPS for c in token.children)


def market_complement(verb: Token) -> Token | None:
    """The market verb ``verb`` governs, directly or through open complements ("agreed
    [to buy]", "need [to expand]"), or ``verb`` itself when it is one under a governor."""
    from graphbuilder.events.rules import complement_of

    token: Token | None = verb
    for _ in range(6):
        if token is None:
            return None
        if lemma_of(token) in MARKET_VERBS and (token is not verb or verb.dep_ in CONTROL_DEPS):
            return token
        token = complement_of(token)
    return None


def _clause_object(verb: Token, obj: Span | None) -> bool:
    """The object is a clause or a gerund: "denied (that) he was ...", "denied wanting to"."""
    if any(c.dep_ in CLAUSE_DEPS for c in verb.children):
        return True
    return obj is not None and (obj.root.pos_ in VERB_POS or obj.root.tag_ == "VBG")


def _claim(obj: Span | None) -> bool:
    return obj is not None and obj.root.lemma_.lower() in CLAIM_NOUNS


def _need_met(head: Token) -> bool:
    """What is met is no actor: a need, a target, demand ("met the needs of the country")."""
    from graphbuilder.events.targets import is_actor

    if head.pos_ not in ("NOUN", "PROPN"):
        return head.pos_ != "PRON"
    if head.lemma_.lower() in CONCEDED_NOUNS and not market_demand(head):
        return False  # "met the demands of the miners" concedes them
    return head.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and not is_actor(head)

"""Negation and modality of a verb frame: "did not support", "could soon be blocked".

Also the verb classes that change whether an embedded event is asserted: directive and
intention verbs ("urged X to accept", "proposed that Y issue") make the inner event a
possibility, recorded as its modality; aspectual verbs ("began pulling") keep it asserted.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuilder.extract.labels import AUX_DEPS, CONJ_DEPS, DET_DEPS, NEG_DEPS
from graphbuilder.lexicon import NEGATING_ADVERBS
from graphbuilder.nlp.tables import DocTables, tables_of

#: Modal auxiliaries (surface form, lower case) -> the modality recorded.
MODALS: dict[str, str] = {
    "can": "can",
    "ca": "can",
    "could": "could",
    "may": "may",
    "might": "might",
    "must": "must",
    "shall": "shall",
    "should": "should",
    "will": "will",
    "wo": "will",
    "'ll": "will",
    "would": "would",
    "'d": "would",
    "ought": "should",
}

#: Verbs of causing, helping and perceiving, which take a bare infinitive with its own subject
#: (the tagger may read "see X *overtake* Y" as a present tense).
SMALL_CLAUSE_GOVERNORS = frozenset({"see", "watch", "hear", "let", "make", "help", "have", "feel", "notice"})
#: Verbs whose object the parser may make the subject of a "to"-infinitive they govern ("helped
#: Ferrovia *to repay*", "got the index *to climb*"): the infinitive is what was brought about,
#: no aim. Not "make" or "have", which take a bare infinitive: "make the greatest savings *to
#: fund* their policies", "have funds *to invest*" name an aim.
CAUSING_TO_GOVERNORS = (SMALL_CLAUSE_GOVERNORS - {"make", "have"}) | {"cause", "get", "enable", "allow"}

#: Verbs after which an embedded event is not asserted; the lemma becomes its modality.
NON_ASSERTIVE_VERBS = frozenset(
    "agree aim ask attempt beg call demand decide desire encourage expect hope intend invite "
    "need offer order pledge plan plead appeal prefer prepare promise propose push recommend "
    "refuse request require seek suggest threaten try urge vow want wish warn advise allow "
    "authorize permit press persuade convince instruct tell force compel".split()
    # "resolved to outperform his rival", "strove to win": a resolution or an effort, no deed yet
    + "resolve strive endeavour endeavor undertake".split()
    # "are racing to catch up", "struggled to contain the fire", "battling to save it": an
    # effort under way, what it is for not yet done
    + "race scramble struggle battle fight vie compete".split()
)

#: Verbs that only add aspect: the embedded event stays asserted, no outer statement.
ASPECTUAL_VERBS = frozenset("begin start continue keep stop cease resume go finish".split())

#: Verbs whose embedded event is negated ("refused to sign" -> not signed).
NEGATING_VERBS = frozenset({"refuse", "fail", "decline", "deny", "reject"})


def is_negated(verb: Token) -> bool:
    """True when ``verb`` (or its copula/auxiliary) carries a negator."""
    t = tables_of(verb)
    dep, lower = t.dep, t.lower
    for c in t.kids[verb.i]:
        if dep[c] in NEG_DEPS or (dep[c] == "advmod" and lower[c] in NEGATING_ADVERBS | HARDLY):
            return True
        if lower[c] == "neither" and c < verb.i:
            return True  # "*neither* admits nor denies"
        if dep[c] == "advmod" and lower[c] == "longer" and any(lower[n] == "no" for n in t.kids[c]):
            return True  # "*no longer* chairs the board": it did, it does not now
    head = t.heads[verb.i]
    if dep[verb.i] in CONJ_DEPS and head != verb.i:
        # "neither admits *nor denies*": the "nor" before a conjunct negates it
        if any(lower[c] == "nor" and head < c < verb.i for c in t.kids[head]):
            return True
        return _negated_disjunct(t, head, verb.i)
    return False


#: Adverbs that deny what they qualify: "is *hardly* the only one" (not "barely", which grants
#: it: "barely won" is won).
HARDLY = frozenset({"hardly", "scarcely"})


#: Tags of a verb that can share the auxiliary of the verb before it ("has not edited or
#: *confirmed*"; the tagger may read the participle as a past tense).
_SHARING_TAGS = frozenset({"VBN", "VB", "VBD"})


def _negated_disjunct(t: DocTables, head: int, v: int) -> bool:
    """A verb joined by "or" to a negated verb, sharing its auxiliary: the negation covers both
    ("has not edited the text *or confirmed* it": not confirmed either)."""
    dep, lower = t.dep, t.lower
    if t.tag[v] not in _SHARING_TAGS or any(dep[c] in AUX_DEPS or dep[c] in NEG_DEPS for c in t.kids[v]):
        return False  # (an own auxiliary or subject starts a clause of its own)
    if not any(dep[c] in AUX_DEPS for c in t.kids[head]):
        return False  # "never met him or called": without an auxiliary to share, a past of its own
    if any(dep[c] in ("nsubj", "nsubjpass") for c in t.kids[v]):
        return False
    ors = [c for c in t.kids[head] if dep[c] == "cc" and head < c < v]
    if not ors or lower[ors[-1]] != "or":
        return False
    return any(dep[c] in NEG_DEPS and t.heads[c] == head for c in t.kids[head])


def modality(verb: Token) -> str | None:
    """The modal auxiliary of ``verb`` ("could", "must", ...), inherited along a conjunction."""
    t = tables_of(verb)
    dep, lower = t.dep, t.lower
    i: int | None = verb.i
    while i is not None:
        for c in t.kids[i]:
            if dep[c] in AUX_DEPS and t.tag[c] == "MD":
                return MODALS.get(lower[c], lower[c])
            if dep[c] in AUX_DEPS and lower[c] == "going" and t.tag[i] == "VB":
                return "will"
        # "must issue an order and lay down arms": the second verb shares the modal
        i = t.heads[i] if dep[i] in CONJ_DEPS and t.heads[i] != i else None
    return None


#: Words that make a noun phrase deny what is said of it, as its head ("nobody came", "said
#: nothing") or its determiner ("*No* politician should", "issued *no* instructions").
NEGATIVE_WORDS = frozenset({"no", "nothing", "none", "nobody", "neither", "no-one"})


def denies_itself(t: DocTables, head: int) -> bool:
    """The noun phrase on ``head`` is a negative one: "no instructions", "nothing", "nobody"."""
    if t.lower[head] in NEGATIVE_WORDS:
        return True
    for c in t.kids[head]:  # a loop, not any(): called for every statement
        if t.dep[c] in DET_DEPS and t.lower[c] in NEGATIVE_WORDS:
            return True
    return False

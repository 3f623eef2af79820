"""Campaign talk: what parties and candidates offer voters is no event between actors.

An election campaign uses the words of diplomacy for winning votes: a party "pledges to
boost pensions", "makes promises on the police", a leader "will offer voters an honest
choice", "visited marginal constituencies", a group "will ask Muslims to vote". PLOVER's
AGREE, CONSULT, REQUEST and AID are acts aimed at another actor; the electorate is the
audience of a campaign, not a party to an event. Recognised by general evidence:

* **the audience**: everyone the frame is aimed at (object, indirect object, the objects of
  "to"/"with") is the electorate or the general public ("voters", "the electorate",
  "marginal constituencies", "supporters");
* **asking people to vote**: what is asked is to vote or to go to the polls, of anyone but
  a legislature ("will ask Muslims to vote on these issues");
* **a party's pledge**: a political party (its name or the noun "party") promises,
  pledges or vows, or makes promises, and no foreign state is named ("the Tories have
  pledged to boost pensions"); a pledge to a state ("pledged aid to Sudan") stays AGREE.

:func:`campaign_reason` returns the reason or None.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuilder.extract.candidate import Candidate
from graphbuilder.nlp.lemmas import lemma as lemma_of

#: Categories a campaign borrows: promises, visits and meetings, appeals, offers.
CAMPAIGN_CATEGORIES = frozenset({"AGREE", "CONSULT", "REQUEST", "AID", "SUPPORT", "COOPERATE"})
#: The electorate and the general public, as a campaign's audience.
AUDIENCE_NOUNS = frozenset(
    "voter elector electorate constituency constituent marginal seat supporter activist "
    "public audience taxpayer pensioner".split()
)
#: Words of voting: asking someone to do them is campaigning (of a legislature, it is not).
VOTING_LEMMAS = frozenset({"vote", "poll", "polls", "ballot"})
#: Names of political parties the actor gazetteer lacks, and the nouns for one.
PARTY_NAMES = frozenset(
    "labour tories tory conservatives lib dems democrats republicans ukip snp plaid bnp "
    "greens veritas sinn fein dup uup sdlp".split()
)
PARTY_NOUNS = frozenset({"party", "parties"})
#: Verbs of pledging, and the nouns of a pledge a party makes ("made promises").
PLEDGE_VERBS = frozenset({"promise", "pledge", "vow", "guarantee", "commit", "undertake"})
PLEDGE_NOUNS = frozenset({"promise", "pledge", "commitment", "guarantee", "vow", "offer"})
#: Legislatures: asking one to vote is no campaign.
_LEGISLATURES = frozenset(
    "parliament congress senate house lords commons assembly legislature mps mp member members "
    "council councillors".split()
)


def campaign_reason(candidate: Candidate, category: str) -> str | None:
    """Why ``candidate`` typed ``category`` is campaign talk (see the module docstring)."""
    if category not in CAMPAIGN_CATEGORIES or candidate.construct == "nominal":
        return None
    from graphbuilder.events.business import other_side

    others = other_side(candidate)
    aimed = _aimed_at(candidate)
    if aimed and all(_audience(t) for t in aimed):
        return "campaigning"  # "will offer voters an honest choice", "visited marginal constituencies"
    if category == "REQUEST" and _asked_to_vote(candidate.verb):
        return "campaigning"  # "will ask Muslims to vote on these issues"
    if category in ("AGREE", "AID") and _party_pledge(candidate, others):
        return "a campaign promise"
    if category in ("CONSULT", "AGREE") and _campaign_visit(candidate):
        return "a campaign visit"
    return None


#: Verbs of visiting and touring.
VISITING_VERBS = frozenset({"visit", "tour"})
#: Words of an election campaign in the sentence around a visit.
CAMPAIGN_WORDS = frozenset(
    "campaign campaigning campaigner election elections by-election electoral seat seats "
    "constituency constituencies marginal marginals majority voter voters vote votes polling "
    "canvass canvassing hustings manifesto candidate candidates targeted target".split()
)


def _campaign_visit(candidate: Candidate) -> bool:
    """A visit to a town or a place that is no country, in a sentence about an election
    campaign ("will visit places, such as Liverpool, where Labour is targeted")."""
    from graphbuilder.resolve.gazetteer import load_gazetteer

    verb = candidate.verb
    if lemma_of(verb) not in VISITING_VERBS or candidate.object is None:
        return False
    words = {t.lower_ for t in candidate.sentence} | {t.lemma_.lower() for t in candidate.sentence}
    if not words & CAMPAIGN_WORDS:
        return False
    places = [t for t in candidate.object if t.ent_type_ == "GPE"]
    gazetteer = load_gazetteer()
    return not any(gazetteer.country_code(t.text) for t in places)


def _aimed_at(candidate: Candidate) -> list[Token]:
    """Heads of whom the frame is aimed at: a noun object, indirect objects, the objects
    of "to" and "with" (actors or not: "marginal constituencies")."""
    verb, obj = candidate.verb, candidate.object
    heads: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dative":
            heads.append(child)
        if child.dep_ == "prep" and child.lower_ in ("to", "with"):
            heads.extend(p for p in child.children if p.dep_ == "pobj")
    if not heads and obj is not None and obj.root.pos_ in ("NOUN", "PROPN", "PRON"):
        heads.append(obj.root)  # with a recipient named, the object is what is offered
    return heads


def _audience(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
        return False
    return lemma in AUDIENCE_NOUNS or token.lower_ in AUDIENCE_NOUNS


def _asked_to_vote(verb: Token) -> bool:
    """The one asked is to vote or go to the polls, and is no legislature."""
    from graphbuilder.events.rules import complement_of

    inner = complement_of(verb)
    if inner is None:
        return False
    words = {lemma_of(inner)} | {t.lemma_.lower() for t in inner.subtree if t.dep_ == "pobj"}
    if not words & VOTING_LEMMAS:
        return False
    asked = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]
    return not any(a.lemma_.lower() in _LEGISLATURES for a in asked)


def _party_pledge(candidate: Candidate, others: list[Token]) -> bool:
    """A party promises, pledges or vows (or makes promises) with no foreign state named."""
    from graphbuilder.events.actors import head_of

    subject = head_of(candidate.subject)
    if not _party(subject):
        return False
    verb = candidate.verb
    pledged = lemma_of(verb) in PLEDGE_VERBS or any(lemma_of(t) in PLEDGE_VERBS for t in _governors(verb))
    obj = candidate.object
    if not pledged and not (obj is not None and obj.root.lemma_.lower() in PLEDGE_NOUNS):
        return False
    scope = list(verb.subtree) + others
    return not any(t.ent_type_ in ("GPE", "NORP") and not _party(t) for t in scope)


def _governors(verb: Token) -> list[Token]:
    """The verbs above ``verb`` through open complements ("pledged [to boost]")."""
    out, token = [], verb
    for _ in range(3):
        if token.dep_ not in ("xcomp", "ccomp", "conj") or token.head.i == token.i:
            break
        token = token.head
        out.append(token)
    return out


def _party(token: Token) -> bool:
    """A political party: a party's name or the noun "party" ("the Tories", "Labour",
    "the Conservative Party", "the party")."""
    words = {token.lower_, token.lemma_.lower()}
    if words & PARTY_NAMES:
        return True
    return (
        token.lemma_.lower() in PARTY_NOUNS
        and token.pos_ == "NOUN"
        or (token.lower_ == "party" and token.pos_ == "PROPN")
    )

"""Political organisations: a named organisation is an event's actor only when it is known to be political.

Dictionary-based event coders (PETRARCH, Phoenix) code an event only between actors their
dictionaries identify positively; an organisation they do not know (a company, a club, a
rating agency) is no actor, whatever verb it goes with. Recognising every business by its
name cannot be done ("Lockheed", "Qantas", "Southcorp", "Euronext" carry no business word),
so the test is turned round: a name the entity recogniser tags ``ORG`` counts as an actor
only when

* the actor gazetteer (Phoenix dictionaries) knows it with a code that is no business
  (``IGOUNO``, ``PSEREBHMS``, ``USAGOVLEG``, ``NGOENV``; not ``MNCUSA``, not ``USABUS``,
  not a name without a code);
* its name holds a noun of a political body ("the Foreign *Ministry*", "the Home *Office*",
  "the Labour *Party*", "the Security *Council*", "the European *Central Bank*"), or ends in an
  agent phrase of a political sector ("the *Regulator*", "*Congress*");
* the article calls it one: a political noun before it or in apposition to it ("media
  *regulator* Ofcom", "Fidesz, the opposition *party*"), or the name marks a political
  role ("*Labour* MP", "*Tory* leader", "*Labour*'s manifesto").

People, states and nationalities stay actors as before (a person the article gives a
business role is handled by :mod:`graphbuilder.events.business`).

    >>> POLITICAL_SECTORS >= {"GOV", "MIL", "REB", "IGO"}
    True
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from graphbuilder.events.business import ASKING_CATEGORIES, PUBLIC_BANK_WORDS, is_business_code
from graphbuilder.events.phrases import entity_words
from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.labels import APPOS_DEPS, COMPOUND_DEPS, POSS_DEPS

#: The entity label this module judges; every other actor label stays an actor.
ORGANISATION_LABEL = "ORG"
#: Primary sectors of the gazetteer's agent codes that are political actors: government,
#: legislature, judiciary, armed forces, police, spies, rebels, insurgents, opposition,
#: parties, elites, labour, rights groups, international and non-governmental bodies.
POLITICAL_SECTORS = frozenset(
    "GOV LEG JUD MIL COP SPY REB INS UAF OPP PTY ELI LAB HRI NGO IGO RAD IMG".split()
)
#: Nouns of political bodies, in a name ("Foreign Ministry", "Home Office") or calling one.
POLITICAL_BODY_NOUNS = frozenset(
    "ministry ministries department government cabinet executive administration office "
    "treasury presidency secretariat embassy consulate party council commission committee "
    "parliament assembly congress senate legislature commons lords court tribunal judiciary "
    "prosecutor prosecutors police constabulary army navy forces force guard militia "
    "brigade brigades corps front movement alliance coalition league union nations "
    "organisation organization agency authority bureau service inspectorate directorate "
    "regulator watchdog ombudsman opposition regime junta fed reserve charity republic kingdom".split()
)
#: Nouns of political roles a name can mark ("Labour MP", "Tory leader", "Labour's manifesto").
POLITICAL_ROLE_NOUNS = frozenset(
    "mp mps mep meps msp msps peer peers councillor councillors candidate candidates leader "
    "leaders leadership minister ministers spokesman spokeswoman spokesperson backbencher "
    "backbenchers frontbencher frontbenchers whip whips voter voters manifesto government "
    "party conference activists senator senators congressman lawmakers legislators "
    "militants fighters rebels troops soldiers forces".split()
)
_BANK = "bank"
#: Code prefixes of international and non-governmental bodies, whatever their sector
#: ("IGOBUSIMF", the IMF, is no business).
INTERNATIONAL_CODES = ("IGO", "NGO", "IMG")


def counts_as_actor(token: Token) -> bool:
    """``token`` (the head of a phrase) may be an event's actor as far as its name goes:
    True for anything but a named organisation; for one, whether it is political."""
    if token.ent_type_ != ORGANISATION_LABEL:
        return True
    return is_political_organisation(token)


def is_political_organisation(token: Token) -> bool:
    """The organisation ``token`` names is political (see the module docstring)."""
    name = _name_of(token)
    if not name:
        return False
    if _political_name(name):
        return True
    return name[-1].lower() in _called_political(token.doc)


def political_reason(candidate: Candidate, category: str | None) -> str | None:
    """Why the frame's subject is no actor of an event: a named organisation not known to
    be political ("Qantas sought a tie-up"); None otherwise. A company asking a political
    actor for something stays an event ("Acme Holdings urged the chancellor to ..."), as
    :mod:`graphbuilder.events.business` decides: lobbying is politics."""
    from graphbuilder.events.actors import head_of

    subject = candidate.subject
    if candidate.construct == "nominal" and subject.root.pos_ not in ("NOUN", "PROPN"):
        return None
    head = head_of(subject)
    if head.ent_type_ != ORGANISATION_LABEL or is_political_organisation(head):
        return None
    if category in ASKING_CATEGORIES and asks_a_political_actor(candidate):
        return None
    return "no political actor"


def asks_a_political_actor(candidate: Candidate) -> bool:
    """Someone on the other side of the frame is a political actor ("urged the chancellor")."""
    from graphbuilder.events.business import other_side
    from graphbuilder.events.targets import is_actor

    return any(
        (t.ent_type_ in _NAMED_ACTOR_LABELS and counts_as_actor(t)) or is_actor(t)
        for t in other_side(candidate)
    )


#: Entity labels of named actors on the other side of a request.
_NAMED_ACTOR_LABELS = frozenset({"PERSON", "GPE", "NORP", "ORG"})


def political_name(name: tuple[str, ...]) -> bool:
    """A name is that of a political actor by itself: the gazetteer codes it as one (no
    business), a word of it names a political body, or it ends in a political agent phrase."""
    return _political_name(name)


def political_code(code: str) -> bool:
    """An actor code is a political actor's: an international body's, or any code that is no
    business code ("GBRGOV" yes, "GBRBUS" no)."""
    return code.startswith(INTERNATIONAL_CODES) or not is_business_code(code)


@lru_cache(maxsize=8192)
def _political_name(name: tuple[str, ...]) -> bool:
    """The gazetteer codes the name as a political actor, or a word of it names a political
    body, or it ends in a political agent phrase."""
    from graphbuilder.resolve.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    actor = gazetteer.actor(list(name))
    if actor is not None and actor.periods:
        code = actor.periods[0].code
        if code:
            return political_code(code)
    words = [w.lower() for w in name]
    if any(w in POLITICAL_BODY_NOUNS for w in words):
        return True
    if words[-1] == _BANK and any(w in PUBLIC_BANK_WORDS - {"national"} for w in words[:-1]):
        return True  # "World Bank", "European Central Bank"; "National Australia Bank" is a bank
    agent = gazetteer.agent_code(list(name))
    return agent is not None and agent[1].lstrip("~")[:3] in POLITICAL_SECTORS


def _name_of(token: Token) -> tuple[str, ...]:
    """The words of the entity ``token`` belongs to, without a leading "the" or a possessive."""
    words = entity_words(token)
    return (token.text,) if words is None else words


_CACHE_KEY = "graphbuilder.events.political.named"


def _called_political(doc: Doc) -> frozenset[str]:
    """Last words (lower case) of the organisations the article calls political. Cached on the Doc."""
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is None:
        described = {t.lower_ for t in doc if t.pos_ == "PROPN" and _described_as_political(t)}
        cached = frozenset(described | _party_short_names(doc) | _political_initials(doc))
        doc.user_data[_CACHE_KEY] = cached
    return cached


#: The body noun whose name's other words name the body alone too ("the Labour Party": "Labour").
PARTY = "party"


def _party_short_names(doc: Doc) -> set[str]:
    """Words before "Party" in the article's party names: "Labour Party" makes "Labour" a party."""
    found: set[str] = set()
    for ent in doc.ents:
        words = [t for t in ent if t.lower_ != "the"]
        if ent.label_ == ORGANISATION_LABEL and len(words) > 1 and words[-1].lower_ == PARTY:
            found.update(t.lower_ for t in words[:-1] if t.pos_ == "PROPN" or t.is_title)
    return found


def _political_initials(doc: Doc) -> set[str]:
    """Initials of the article's political organisations: "the Securities and Exchange
    Commission" makes "SEC" one, "the National Audit Office" "NAO"."""
    found: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != ORGANISATION_LABEL:
            continue
        name = _name_of(ent.root)
        capitals = [w[0].lower() for w in name if w[:1].isupper()]
        if len(capitals) > 1 and _political_name(name):
            found.add("".join(capitals))
    return found


def _body_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.ent_type_ == "" and token.lemma_.lower() in POLITICAL_BODY_NOUNS


#: Links of a name to the noun it modifies ("the Labour leader", "Labour's leader").
_MODIFIER_DEPS = COMPOUND_DEPS | POSS_DEPS | frozenset({"amod", "nmod"})


def _described_as_political(name: Token) -> bool:
    """A political body noun before the name or in apposition ("regulator Ofcom", "Ofcom,
    the media watchdog"), or the name marks a political role ("Labour MP")."""
    head = name.head
    if name.dep_ in APPOS_DEPS and _body_noun(head):
        return True
    for child in name.children:
        if child.dep_ in APPOS_DEPS and _body_noun(child):
            return True
        if child.dep_ in COMPOUND_DEPS and child.i < name.i and _body_noun(child):
            return True  # "media regulator Ofcom"
    if name.dep_ not in _MODIFIER_DEPS or head.i < name.i or head.ent_type_ == ORGANISATION_LABEL:
        return False
    if _role(head):
        return True  # "Labour MP", "Labour's manifesto"
    # "Labour MP John Smith": the name and the role both mark the person
    return head.ent_type_ == "PERSON" and any(
        s.dep_ in COMPOUND_DEPS and s.i > name.i and _role(s) for s in head.children
    )


def _role(token: Token) -> bool:
    return token.lower_ in POLITICAL_ROLE_NOUNS or token.lemma_.lower() in POLITICAL_ROLE_NOUNS

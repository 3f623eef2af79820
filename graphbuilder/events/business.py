"""Businesses: companies trade, lend, supply and merge; that is no event between political actors.

CAMEO and PLOVER code what states, governments, parties, armed groups and international
bodies do to one another. A company ordering planes, lending money, supplying a carrier or
holding merger talks uses the same verbs ("ordered", "agreed to loan", "will provide",
"held talks") in their commercial sense. A word, a name or a phrase is recognised as a
business by general evidence, in this order:

* the actor gazetteer (Phoenix dictionaries) codes it as a multinational (``MNC...``) or
  the business sector (``...BUS``): "Deutsche Bank", "Boeing", "Toyota";
* its name ends in a corporate suffix ("Acme Holdings", "Kingfisher Airlines", "Rolls-Royce
  plc"), unless the gazetteer knows it as something else ("World Bank", an IGO);
* the article calls it one: a business noun right before the name or in apposition to it
  ("US bank *Wells Fargo*", "oil giant *Yukos*", "*Air Deccan*, India's first low-cost
  airline"), or speaks of its shares ("shares in *Exel*");
* a common noun of a business heads the phrase ("the firm", "the two Japanese companies",
  "the carrier"), or a sector word qualifies a group or giant ("a banking group").

:func:`is_business` answers for a token (the head of a phrase).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Token

from graphbuilder.events.phrases import entity_words
from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.labels import APPOS_DEPS, COMPOUND_DEPS, NOUN_POBJ_DEPS, POSS_DEPS, PREP_DEPS

#: Common nouns of businesses: the head of "the firm", "the two companies", "the carrier".
BUSINESS_NOUNS = frozenset(
    "company companies firm firms corporation multinational conglomerate business businesses "
    "carrier airline airlines retailer retailers supermarket chain maker makers manufacturer "
    "manufacturers carmaker automaker producer producers supplier suppliers insurer insurers "
    "lender lenders bank banks brewer distiller distributor broker brokerage operator operators "
    "publisher broadcaster label studio shipbuilder housebuilder developer exporter importer "
    "refiner miner utility subsidiary bottler jeweller exchange bourse provider "
    # those who trade in a market act for their money, not for a state or a party
    "investor investors shareholder shareholders trader traders speculator speculators "
    "buyer buyers seller sellers customer customers client clients bidder bidders "
    "market markets".split()
)
#: Nouns that are a business only with a sector word before them ("a banking group", "the
#: oil giant"): "aid groups", "a rebel group" are none.
QUALIFIED_BUSINESS_NOUNS = frozenset({"group", "giant", "concern", "house", "empire", "venture"})
#: Sector words that make a group, a giant or a firm a business.
SECTOR_WORDS = frozenset(
    "oil gas energy power petroleum banking bank financial finance insurance investment "
    "property media music entertainment publishing newspaper television tv telecoms telecom "
    "telecommunications mobile phone internet software technology tech computer chip "
    "electronics engineering construction steel mining metals chemical chemicals drug drugs "
    "pharmaceutical pharmaceuticals healthcare food drinks beverage brewing tobacco retail "
    "retailing fashion clothing textile car motor airline aviation aerospace defence defense "
    "shipping transport logistics travel leisure hotel hotels gaming betting advertising "
    "utility utilities water cable satellite consumer industrial manufacturing toy toys "
    "cosmetics luxury sportswear accountancy consultancy auditing".split()
)
#: Last words of company names ("Acme Holdings", "Rolls-Royce plc").
CORPORATE_SUFFIXES = frozenset(
    "plc inc inc. corp corp. corporation ltd ltd. limited llc ag sa s.a. nv n.v. gmbh spa "
    "s.p.a. bv oyj ab asa co co. holdings holding group industries enterprises airlines "
    "airways motors motor telecom telecoms communications technologies systems "
    "pharmaceuticals petroleum entertainment securities insurance investments partners "
    "capital brewery breweries foods stores retail exchange".split()
)
#: Words before "Bank" that make it a state or international body, not a business.
PUBLIC_BANK_WORDS = frozenset(
    "world central reserve development national federal european asian african".split()
)
#: Gazetteer code parts of businesses: multinationals and the business sector.
MNC_PREFIX, BUSINESS_SECTOR = "MNC", "BUS"


def is_business_code(actor_code: str | None) -> bool:
    """A gazetteer actor code of a business: ``MNCUSA``, ``USABUS``."""
    if not actor_code:
        return False
    return actor_code.startswith(MNC_PREFIX) or actor_code[3:6] == BUSINESS_SECTOR


#: Words that make a person a business's man or woman by themselves ("oil tycoon X").
BUSINESS_PEOPLE_WORDS = frozenset(
    "tycoon tycoons magnate magnates banker bankers financier entrepreneur "
    "businessman businesswoman businessmen industrialist ceo".split()
)
#: Titles of those who run an organisation: a business's when no political body qualifies
#: them ("Euronext chief executive X", "LSE's chief executive X"; not "party chairman X").
EXECUTIVE_TITLES = frozenset({"executive", "boss", "chairman", "chairwoman", "founder"})


#: Nouns of an industry: its businesses ("promised to help the car industry"), unless a
#: state or a nationality marks it, when it is that state's economy ("sanctions on Iran's oil
#: industry", "the Iraqi oil industry").
INDUSTRY_NOUNS = frozenset({"industry", "industries"})


def is_business(token: Token) -> bool:
    """The phrase ``token`` heads is a business (see the module docstring)."""
    lemma = token.lemma_.lower()
    if lemma in INDUSTRY_NOUNS and token.pos_ == "NOUN":
        return not any(c.ent_type_ in ("GPE", "NORP") for c in token.subtree if c.i < token.i)
    if token.pos_ == "NOUN" and token.ent_type_ == "":
        if lemma in BUSINESS_NOUNS and lemma not in QUALIFIED_BUSINESS_NOUNS:
            return True
        if lemma in QUALIFIED_BUSINESS_NOUNS | BUSINESS_NOUNS:
            return _sector_qualified(token)
        return False
    if token.pos_ != "PROPN" and not token.ent_type_:
        return False
    name = _name_of(token)
    if not name:
        return False
    known = _gazetteer_code(name)
    if known is not None:
        return is_business_code(known)
    return _corporate_name(name) or _called_a_business(token.doc, name)


def in_business(token: Token) -> bool:
    """A business (:func:`is_business`), or a person the article names by a business role
    ("Euronext chief executive Jean-Francois Theodore"): a party to commerce."""
    if token.ent_type_ == "PERSON":
        return _business_person(token) or is_business(token)
    return is_business(token)


def _business_person(person: Token) -> bool:
    """The person's title, before the name or in apposition to it, is a business role: a
    word of business people ("oil tycoon"), or an executive title no political body
    qualifies ("Euronext chief executive", "LSE's chief executive"; "party chairman" is none)."""
    from graphbuilder.events.political import is_political_organisation

    titles = [c for c in person.children if c.dep_ in _TITLE_DEPS and c.i < person.i]
    titles += [c for c in person.children if c.dep_ in APPOS_DEPS]
    for title in titles:
        words = [title, *(c for c in title.children if c.dep_ in _TITLE_DEPS)]
        lemmas = {w.lemma_.lower() for w in words} | {w.lower_ for w in words}
        if lemmas & BUSINESS_PEOPLE_WORDS:
            return True
        if not lemmas & EXECUTIVE_TITLES:
            continue
        qualifiers = [t for t in [*titles, *words] if t.lemma_.lower() not in EXECUTIVE_TITLES]
        if not any(_political_qualifier(t, is_political_organisation) for t in qualifiers):
            return True
    return False


def _political_qualifier(token: Token, political_organisation: Callable[[Token], bool]) -> bool:
    """A word that makes a title a political body's: a state, a nationality, a political
    organisation or body noun ("party chairman", "the committee's chairman")."""
    from graphbuilder.events.political import POLITICAL_BODY_NOUNS

    if token.ent_type_ in ("GPE", "NORP"):
        return True
    if token.ent_type_ == "ORG":
        return political_organisation(token)
    return token.lemma_.lower() in POLITICAL_BODY_NOUNS


#: Links of a title to the name it precedes: "chief executive Jean-Francois Theodore".
_TITLE_DEPS = COMPOUND_DEPS | POSS_DEPS | frozenset({"amod", "nmod"})


def _sector_qualified(token: Token) -> bool:
    """ "a banking group", "the oil giant", "US bank Wells Fargo"'s "bank"."""
    return any(c.dep_ in COMPOUND_DEPS | {"amod"} and c.lower_ in SECTOR_WORDS for c in token.children)


def _name_of(token: Token) -> tuple[str, ...]:
    """The words of the name ``token`` belongs to (its entity, else its compound run)."""
    words = entity_words(token)
    if words is not None:
        return words
    parts = [c for c in token.children if c.dep_ in COMPOUND_DEPS and c.pos_ == "PROPN" and c.i < token.i]
    return tuple(t.text for t in [*parts, token])


@lru_cache(maxsize=8192)
def _gazetteer_code(name: tuple[str, ...]) -> str | None:
    """The gazetteer's first code for the name, "" when it knows the name without a code,
    None when it does not know it."""
    from graphbuilder.resolve.gazetteer import load_gazetteer

    actor = load_gazetteer().actor(list(name))
    if actor is None:
        return None
    return actor.periods[0].code if actor.periods else ""


def _corporate_name(name: tuple[str, ...]) -> bool:
    """A name that ends in a corporate suffix; "X Bank" unless a public word precedes it."""
    if len(name) < 2:
        return False
    last = name[-1].lower()
    if last == "bank":
        return not any(w.lower() in PUBLIC_BANK_WORDS for w in name[:-1]) and name[0].lower() != "bank"
    return last in CORPORATE_SUFFIXES


def _called_a_business(doc: Doc, name: tuple[str, ...]) -> bool:
    """The article calls the name a business somewhere (see the module docstring)."""
    return name[-1].lower() in _businesses_named(doc)


def _businesses_named(doc: Doc) -> frozenset[str]:
    """Last words (lower case) of the names the article calls a business. Cached on the Doc."""
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is None:
        cached = frozenset(_find_businesses(doc))
        doc.user_data[_CACHE_KEY] = cached
    return cached


_CACHE_KEY = "graphbuilder.events.business.named"


def _find_businesses(doc: Doc) -> set[str]:
    found: set[str] = set()
    for token in doc:
        if token.pos_ != "PROPN":
            continue
        if _described_as_business(token):
            found.add(token.lower_)
    return found


def _business_description(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN":
        return False
    if lemma in QUALIFIED_BUSINESS_NOUNS:
        return _sector_qualified(noun)
    return lemma in BUSINESS_NOUNS


def _described_as_business(name: Token) -> bool:
    """The name's head word is described as a business: a business noun as its head or
    apposition ("bank Wells Fargo" parsed either way, "Yukos, the oil firm"), or it owns
    shares ("shares in Exel", "Exel's shares")."""
    if name.dep_ in COMPOUND_DEPS and name.head.pos_ == "PROPN":
        return False  # only the last word of a name
    head = name.head
    if name.dep_ in APPOS_DEPS and _business_description(head):
        return True
    if any(c.dep_ in APPOS_DEPS and _business_description(c) for c in name.children):
        return True
    # "US bank Wells Fargo": the parser makes the noun a compound of the name
    if any(c.dep_ in COMPOUND_DEPS and c.i < name.i and _business_description(c) for c in name.children):
        return True
    if name.dep_ in COMPOUND_DEPS and _business_description(head) and head.i > name.i:
        return False  # "the Exel firm" is rare; "Labour party" must not count
    if name.dep_ in NOUN_POBJ_DEPS and head.dep_ in PREP_DEPS and head.lower_ == "in":
        if head.head.lemma_.lower() in ("share", "stake", "shareholding"):
            return True  # "shares in Exel"
    if name.dep_ in POSS_DEPS and head.lemma_.lower() in OWNED_BY_BUSINESSES:
        return True  # "Exel's shares", "United's chief executive", "the bank's profits"
    if name.dep_ in COMPOUND_DEPS | {"nmod"} and head.lemma_.lower() in OWNED_BY_BUSINESSES:
        return True  # "Ryanair shares", "Ryanair deputy chief executive Michael Cawley"
    return False


#: What only a business has: its shares, profits, turnover and chief executive.
OWNED_BY_BUSINESSES = frozenset(
    "share shares shareholder shareholders stock profit profits turnover revenue revenues "
    "earnings executive boss subsidiary subsidiaries customer customers".split()
)


#: Categories of cooperation and yielding: a business's own are commerce ("ordered planes",
#: "agreed to loan", "will provide airplanes", "held merger talks").
COMMERCIAL_CATEGORIES = frozenset(
    {"AGREE", "CONSULT", "COOPERATE", "AID", "SUPPORT", "CONCEDE", "RETREAT", "SANCTION", "MOBILIZE"}
)
#: What commerce and employment give: contracts, jobs, pay, redundancy.
COMMERCE_NOUNS = frozenset(
    "contract contracts job jobs redundancy redundancies pay wage wages salary salaries bonus "
    "bonuses pension pensions dividend dividends discount discounts licence license".split()
)
#: Categories of asking: a business's are commerce unless a political actor is asked
#: ("urged the chancellor to put politics aside" stays REQUEST).
ASKING_CATEGORIES = frozenset({"DEMAND", "REQUEST"})
#: Categories of refusing: a business's refusal is commerce unless what it refuses is a
#: political actor's ("decided not to pump in any more money"; "Yukos rejected the Kremlin's
#: demand" stays REJECT).
REFUSING_CATEGORIES = frozenset({"REJECT"})
_ASKING_OR_REFUSING = ASKING_CATEGORIES | REFUSING_CATEGORIES
#: Prepositions that name the other side of a deal ("supplied *to*", "talks *with*").
_OTHER_SIDE_PREPOSITIONS = frozenset({"to", "with", "from", "for", "on", "against", "into", "by"})


def business_reason(candidate: Candidate, category: str) -> str | None:
    """Why ``candidate`` typed ``category`` is commerce, not an event between political
    actors, or None: a business acting in cooperation or yielding; a business asking or
    refusing nobody political; anyone cooperating with businesses only ("held merger talks with US
    bank Wells Fargo")."""
    from graphbuilder.events.actors import head_of

    if candidate.construct == "nominal" and candidate.subject.root.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    subject = _member_of(_speaker_for(head_of(candidate.subject), candidate.verb))
    others = other_side(candidate)
    obj = candidate.object
    commerce = obj is not None and obj.root.pos_ == "NOUN" and obj.root.lemma_.lower() in COMMERCE_NOUNS
    if category in COMMERCIAL_CATEGORIES and commerce:
        return "commerce"  # "awarded oilfield contracts to two companies", "offered voluntary redundancy"
    if in_business(subject):
        if category in COMMERCIAL_CATEGORIES and is_business(subject):
            return "business dealings"
        if category in COMMERCIAL_CATEGORIES and not any(_political(t) for t in others):
            return "business dealings"  # a business's man or woman, and no one political
        if category in COMMERCIAL_CATEGORIES:
            return None  # "oil tycoon Roman Abramovich met Putin"
        if category in _ASKING_OR_REFUSING and not any(_political(t) for t in others):
            return "business dealings"
        return None
    others = others or _clause_objects(candidate)  # "promised [to help the car industry]"
    # businesses, not their people: "Blair met Ford chairman Bill Ford" is a meeting
    if category in COMMERCIAL_CATEGORIES and others and all(is_business(t) for t in others):
        if subject.ent_type_ != "GPE" and not (subject.ent_type_ == "NORP" and _known_people(subject)):
            return "business dealings"  # "rival Euronext held talks with the London market"
    return None


def _clause_objects(candidate: Candidate) -> list[Token]:
    """The direct objects of the clause that is the frame's object ("promised [to help *the
    car industry*]"), when they are actors or businesses."""
    from graphbuilder.events.targets import is_actor
    from graphbuilder.extract.labels import OBJ_DEPS

    obj = candidate.object
    if obj is None or obj.root.pos_ not in ("VERB", "AUX"):
        return []
    heads = [c for c in obj.root.children if c.dep_ in OBJ_DEPS]
    return [h for h in heads if h.ent_type_ in _ACTOR_LABELS or is_actor(h) or in_business(h)]


def _known_people(token: Token) -> bool:
    """A name the recogniser calls a nationality or group ("NORP") is one when the gazetteer
    knows it as a country's people ("Russian", "Israelis") or it is a plural ("the Kurds");
    a singular name of no known country is a name of unknown kind ("Euronext")."""
    from graphbuilder.resolve.gazetteer import load_gazetteer

    plural = token.tag_ in ("NNS", "NNPS") or token.lower_.endswith("s")
    return plural or load_gazetteer().country_code(token.text) is not None


def _member_of(head: Token) -> Token:
    """ "*one* of the world's top gas producers", "two of the banks": the noun of the set the
    number or quantity picks from; else ``head``."""
    from graphbuilder.events.actors import QUANTITY_NOUNS
    from graphbuilder.events.phrases import of_object
    from graphbuilder.nlp.tables import tables_of

    if head.pos_ != "NUM" and head.lemma_.lower() not in QUANTITY_NOUNS:
        return head
    inner = of_object(tables_of(head), head.i)
    return head if inner is None else head.doc[inner]


def _speaker_for(subject: Token, verb: Token) -> Token:
    """A pronoun subject of a reported clause stands for the reporter when they agree in
    person ("*Yukos* claimed *it* sought help"): the reporter's subject; else ``subject``."""
    from graphbuilder.extract.labels import CLAUSE_DEPS, NOMINAL_SUBJ_DEPS

    if subject.lower_ not in ("it", "its") or verb.dep_ not in CLAUSE_DEPS:
        return subject
    reporter = next((c for c in verb.head.children if c.dep_ in NOMINAL_SUBJ_DEPS), None)
    if reporter is None or reporter.tag_ in ("NNS", "NNPS") or reporter.pos_ == "PRON":
        return subject
    return reporter


def other_side(candidate: Candidate) -> list[Token]:
    """Heads of the frame's other side: the object (a noun, with its conjuncts), indirect
    objects and the objects of the verb's prepositions."""
    from graphbuilder.events.actors import sector
    from graphbuilder.events.targets import is_actor
    from graphbuilder.extract.labels import CONJ_DEPS, DATIVE_DEPS

    heads: list[Token] = []
    verb = candidate.verb
    obj = candidate.object
    owners = [verb] if obj is None or obj.root.pos_ != "NOUN" else [verb, obj.root]
    for child in (c for owner in owners for c in owner.children):  # "held talks *with* X"
        if child.dep_ in DATIVE_DEPS and child.pos_ in ("NOUN", "PROPN", "PRON"):
            heads.append(child)
        if child.dep_ in PREP_DEPS and child.lower_ in _OTHER_SIDE_PREPOSITIONS:
            heads.extend(p for p in child.children if p.dep_ in NOUN_POBJ_DEPS)
    recipients = any(h.head.lower_ == "to" or h.dep_ in DATIVE_DEPS for h in heads)
    if obj is not None and obj.root.pos_ in ("NOUN", "PROPN", "PRON") and not recipients:
        heads.append(obj.root)  # with a recipient named, the object is what is given
    heads += [c for h in heads for c in h.children if c.dep_ in CONJ_DEPS]
    heads = list({h.i: h for h in heads}.values())
    return [
        h
        for h in heads
        if (h.ent_type_ in _ACTOR_LABELS or is_actor(h))
        and sector(h.doc[h.left_edge.i : h.right_edge.i + 1]) not in _THING_SECTORS
    ]


#: Entity labels of actors; sectors of things (weapons, platforms) rather than actors.
_ACTOR_LABELS = frozenset({"PERSON", "GPE", "NORP", "ORG"})
_THING_SECTORS = frozenset({"ARM", "BOMB"})


def _political(token: Token) -> bool:
    """An actor that is not a business: a person, a state, a government, a party."""
    from graphbuilder.events.targets import is_actor

    return (token.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or is_actor(token)) and not in_business(token)

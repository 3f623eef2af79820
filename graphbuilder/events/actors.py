"""Who an event's arguments are: political actors, armed forces, civilians, weapons.

A verb makes an event only between actors: "the Senate passed the bill" and "shares were
trading down" name no one who acts on another in the PLOVER sense. An argument's *sector*
comes from its head noun phrase (not from what hangs off it: "growth figures showing
Malaysia's economy" is about figures): a named entity (person, organisation, country,
nationality) is an actor; a common noun is looked up in the gazetteer's agent phrases
(CAMEO sector codes: ``police`` ~COP, ``gunmen`` ~UAF, ``villagers`` ~CVL) and in the
short lists below for organisations and military platforms the agent list lacks.

    >>> primary_sector("~GOVMED"), primary_sector("IGO~"), primary_sector(None)
    ('GOV', 'IGO', None)
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from graphbuilder.events.phrases import of_object
from graphbuilder.events.rules import event_noun_code
from graphbuilder.extract.labels import (
    APPOS_DEPS,
    CONJ_DEPS,
    POSS_DEPS,
    PREP_DEPS,
    RELCL_DEPS,
)
from graphbuilder.lexicon import RELATIVE_PRONOUNS
from graphbuilder.nlp.tables import DocTables, doc_tables, tables_of

#: Entity labels of actors (people, organisations, places that act, nationalities).
ACTOR_ENTITY_TYPES = frozenset({"PERSON", "NORP", "ORG", "GPE"})
#: Pronouns that stand for an actor in subject position.
ACTOR_SUBJECT_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "it"})
#: Reflexive pronouns: an act on oneself is no event between actors ("hung himself").
REFLEXIVE_PRONOUNS = frozenset(
    {"myself", "yourself", "himself", "herself", "itself", "ourselves", "themselves"}
)

#: Common nouns of political organisations the agent dictionary does not list.
ORGANISATION_ACTOR_NOUNS = frozenset(
    "coalition alliance association union committee commission council assembly delegation "
    "opposition party movement front organisation organization agency bloc federation league "
    "administration authority embassy mission junta regime faction group camp "
    "tribunal watchdog body "
    "country nation state side neighbour neighbor ally power member republic kingdom".split()
)
#: Nouns of irregular attackers the agent dictionary does not list (sector UAF).
ATTACKER_NOUNS = frozenset("attacker assailant killer sniper hijacker abductor bomber".split())
#: Military units and peacekeepers the agent dictionary does not list (sector MIL).
MILITARY_UNIT_NOUNS = frozenset(
    "peacekeeper contingent battalion brigade regiment unit squad division garrison".split()
)
#: Military platforms and weapons crews: conventional armed force ("aircraft killed ...").
MILITARY_PLATFORM_NOUNS = frozenset(
    "aircraft airplane plane warplane jet fighter bomber helicopter gunship drone tank artillery "
    "warship ship vessel frigate destroyer submarine navy battery".split()
)
#: Nouns of explosives and blasts: the weapon of a bombing ("a car bomb killed ...").
EXPLOSIVE_NOUNS = frozenset(
    "bomb bombing blast explosion explosive grenade mine landmine device ied shell mortar rocket".split()
)
#: Quantity and container nouns whose "of" object is the real head ("a patch of troops").
QUANTITY_NOUNS = frozenset(
    "patch group number dozen dozens hundred hundreds thousand thousands million millions some "
    "many most part batch band crowd team wave couple handful majority members member".split()
)

#: CAMEO sectors of civilians and society: actors of protest and violence, not of diplomacy.
CIVILIAN_SECTORS = frozenset({"CVL", "PPL", "EDU", "HLH", "AGR", "LAB", "REF", "ENV", "ELI"})
#: Sectors of conventional state force.
REGULAR_FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})
#: Sectors of irregular armed actors (gunmen, militias, criminals).
IRREGULAR_SECTORS = frozenset({"UAF", "CRM"})
#: Sectors of rebels and insurgents: fighters against regular forces, assailants of civilians.
REBEL_SECTORS = frozenset({"REB", "INS"})


def primary_sector(agent_code: str | None) -> str | None:
    """The first sector of a gazetteer agent code (``~GOVMED`` -> ``GOV``)."""
    if not agent_code:
        return None
    code = agent_code.replace("~", "")
    return code[:3] or None


@lru_cache(maxsize=4096)
def _agent_sector(words: tuple[str, ...]) -> str | None:
    from graphbuilder.resolve.gazetteer import load_gazetteer

    found = load_gazetteer().agent_code(list(words))
    return primary_sector(found[1]) if found else None


def agent_sector(words: tuple[str, ...]) -> str | None:
    """The CAMEO sector of an agent phrase in the gazetteer ("guerrillas" -> ``REB``)."""
    return _agent_sector(words)


def head_of(span: Span) -> Token:
    """The span's head, through a relative pronoun to its antecedent ("teachers *who* met")."""
    t = doc_tables(span.doc)
    return t.tokens[head_index(t, span.root.i)]


def head_index(t: DocTables, root: int) -> int:
    """:func:`head_of` a span whose root is the token at index ``root`` of the tables' Doc."""
    head = t.heads[root]
    if t.lower[root] in RELATIVE_PRONOUNS and t.dep[head] in RELCL_DEPS:
        return t.heads[head]
    return root


_CUT = PREP_DEPS | RELCL_DEPS | APPOS_DEPS | POSS_DEPS | CONJ_DEPS
_CUT |= frozenset({"cc", "punct", "acl", "advmod"})


def core(head: Token) -> list[Token]:
    """The head noun with its own modifiers (compounds, adjectives, numbers), without the
    phrases that hang off it (prepositions, clauses, possessors, conjuncts)."""
    t = tables_of(head)
    return [t.tokens[i] for i in _core(t, head.i)]


def _core(t: DocTables, head: int) -> list[int]:
    """:func:`core` as token indexes, in text order."""
    kids, dep = t.kids, t.dep
    tokens = [head]
    stack = [c for c in kids[head] if dep[c] not in _CUT]
    while stack:
        i = stack.pop()
        tokens.append(i)
        stack.extend(c for c in kids[i] if dep[c] not in _CUT)
    return sorted(tokens)


def sector(span: Span) -> str | None:
    """What an argument is: ``ENT`` (a named actor), ``PRON`` (a personal pronoun), a CAMEO
    sector (``GOV``, ``MIL``, ``CVL`` ...), ``ORG`` (an organisation noun), ``ARM`` (a military
    platform), ``BOMB`` (an explosive), or None (no actor: a thing, a figure, an idea)."""
    return sector_at(doc_tables(span.doc), span.root.i)


def sector_at(t: DocTables, root: int) -> str | None:
    """:func:`sector` of a span whose root is the token at index ``root`` of the tables' Doc."""
    head = head_index(t, root)
    for _ in range(2):
        found = _sector_of_head(t, head)
        if found is not None:
            return found
        quantity = t.lemma_lower[head] in QUANTITY_NOUNS or t.pos[head] == "NUM"
        inner = of_object(t, head) if quantity else None
        if inner is None:
            return None
        head = inner
    return None


def _sector_of_head(t: DocTables, head: int) -> str | None:
    if t.tag[head] == "PRP":
        return "PRON" if t.lower[head] in ACTOR_SUBJECT_PRONOUNS else None
    tokens = _core(t, head)
    named = any(t.ent_type[i] in ACTOR_ENTITY_TYPES for i in tokens) or t.pos[head] == "PROPN"
    if t.ent_type[head] in ACTOR_ENTITY_TYPES or t.pos[head] == "PROPN":
        return "ENT"
    # agent phrases end in their head noun ("peacekeeping troops"), not in what follows it
    words = tuple(
        t.text[i] for i in tokens if i <= head and not t.is_punct[i] and t.pos[i] not in ("DET", "NUM")
    )
    agent = _agent_sector(words) if words else None
    if agent is not None:
        # "Swiss doctors": civilians a country's name makes an actor of that country
        return "ENT" if named and agent in CIVILIAN_SECTORS else agent
    lemma = t.lemma_lower[head]
    if lemma in ATTACKER_NOUNS and not agent:
        return "UAF"
    if lemma in MILITARY_UNIT_NOUNS:
        return "MIL"
    if lemma in MILITARY_PLATFORM_NOUNS:
        return "ARM"
    if lemma in EXPLOSIVE_NOUNS:
        return "BOMB"
    if lemma in ORGANISATION_ACTOR_NOUNS:
        return "ORG"
    if named and t.pos[head] == "NOUN" and _thing_noun(t, head):
        return None  # "the Kyoto treaty", "Tory plans", "Ivory Coast peace talks": named things
    return "ENT" if named else None


#: Nouns of documents, plans and figures: a name in front makes them no actor ("the *Tory*
#: plans"), unlike "*Swiss* doctors".
THING_NOUNS = frozenset(
    "plan proposal policy treaty pact agreement accord deal law bill budget report document "
    "figure figures economy market currency price rate tax scheme programme program strategy "
    "campaign manifesto idea decision move reform ruling claim view statement letter".split()
) | frozenset(
    # transactions and what is traded: "a Fiat share sale terminated the agreement"
    "sale sales purchase takeover merger acquisition buyout listing flotation offer bid "
    "investment stake share shares holding loan debt debts contract contracts profit profits "
    # rules: "EU rules prevent that": their makers act, not they
    "rule rules regulation regulations directive directives standard standards".split()
)


def _thing_noun(t: DocTables, head: int) -> bool:
    return t.lemma_lower[head] in THING_NOUNS or event_noun_code(t.tokens[head]) is not None


def is_reflexive(span: Span | None) -> bool:
    """An argument that is the actor itself ("hung *himself*")."""
    return span is not None and span.root.lower_ in REFLEXIVE_PRONOUNS

"""Who may be the source of an event: a political actor, as dictionary coders decide.

PETRARCH with the Phoenix dictionaries codes an event only when its source is an actor the
dictionaries identify: a state, a nationality, a known organisation, an agent phrase
("police", "rebels", "the government"), or a person the dictionaries know or the text names
in a political role. "Peter Bywaters offered English tuition" or "Lugo continued to reside
in Venezuela" names no such actor, whatever the verb can mean elsewhere. This module judges
the subject of a typed frame (organisations are judged by :mod:`graphbuilder.events.political`):

* countries, places that act and nationalities (GPE, NORP) are actors; so are agent phrases
  (their sector says what they may do: :mod:`graphbuilder.events.assertion`);
* a person, or a name the recogniser left without a type, is an actor when

  - the gazetteer knows the name with a code that is no business code ("Jack Straw" GBRGOV),
    or a surname alone that one coded person has, the gender fitting ("Mr Kerry");
  - a political role ends right before the name: an agent phrase of a political (or
    religious) sector in the gazetteer ("*President* Bush", "*Soviet leader* Mikhail
    Gorbachev", "*Labour MP* John Smith") or an office title the agent list lacks ("*General*
    Aoun", "*Lord* Falconer"); "US intelligence historian David Kahn" is no spy;
  - an apposition does ("Jack Straw, *the foreign secretary*");
  - the article gives the same surname such a role elsewhere, the gender fitting ("Straw
    said" after "Foreign Secretary Jack Straw"; "Mrs Howard" is not the Tory leader);

* a company the recogniser took for a person is judged as a business ("Yukos accused
  Gazprom"); a people it took for a person is a group ("Bosnian Serbs", "the Lib Dems");
* a subject with "any", "no", "whichever", "whatever" is no actor in particular ("each side"
  and "every member" are the members of a known set, and act);
* an explosive is no source ("a bomb exploded ... killing eight": who planted it is not
  said), nor a military platform named without whose it is ("ballast tanks");
* a pronoun's standing is known only once it is resolved: :func:`resolved_source_reason`
  judges the statement's subject after resolution; a pronoun nothing resolved, or one
  resolved to a person with no code or role in the article, is no source;
* an agentless passive carries no type (its subject suffered the act; no doer is named), so
  its victim is judged nowhere here; a pronoun subject of a passive, once resolved, is
  judged as a victim (:func:`resolved_source_reason`).

When unsure the statement stays untyped: a statement without an event type is still a
statement.

    >>> is_office_title("General"), is_office_title("host")
    (True, False)
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from graphbuilder.events.actors import head_index, sector_at
from graphbuilder.events.business import ASKING_CATEGORIES, is_business
from graphbuilder.events.political import (
    POLITICAL_BODY_NOUNS,
    POLITICAL_ROLE_NOUNS,
    POLITICAL_SECTORS,
    asks_a_political_actor,
    is_political_organisation,
    political_code,
    political_name,
)
from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.labels import APPOS_DEPS, COMPOUND_DEPS, DET_DEPS, PASSIVE_SUBJ_DEPS, POSS_DEPS
from graphbuilder.model import Argument
from graphbuilder.nlp.tables import DocTables, tables_of
from graphbuilder.resolve.gender import PRONOUN_GENDER, agree, name_gender, title_gender

#: The organisation label (judged by :mod:`graphbuilder.events.political`).
ORGANISATION_LABEL = "ORG"
#: Office titles the gazetteer's agent list lacks (it has "president", "minister", "senator",
#: "colonel", "emperor" ...): military ranks, peers, monarchs, clerics who rule, and the
#: abbreviated titles of legislators and governors.
OFFICE_TITLES = frozenset(
    "general gen lieutenant brigadier marshal lord baroness baron ayatollah sheikh sultan emir "
    "pope queen tsar czar kaiser pharaoh sen rep gov secretary mep meps peer councillor "
    "chancellor".split()
)
#: Sectors of the agent phrases that make a person an actor by role: the political sectors,
#: religious leaders (CAMEO codes "Archbishop Tutu" ~CHR as an actor) and criminals (the
#: violent actors of ASSAULT); not elites (the dictionary lists "actor" there), business,
#: media, education or health.
ROLE_SECTORS = (POLITICAL_SECTORS - {"ELI"}) | frozenset("REL CHR MUS JEW HIN BUD CRM".split())
#: Pronouns whose standing the resolver decides.
RESOLVABLE_PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them"})
#: Entity types of resolved subjects (:data:`graphbuilder.model.ENTITY_TYPES`): people, and
#: the places, organisations and groups that act without a code.
_PERSON_TYPE = "Person"
_PLACE_TYPE = "Place"
_ORGANISATION_TYPE = "Organization"
_GROUP_TYPE = "Group"
#: Sectors of what is used, not of who acts.
_WEAPON_SECTOR, _PLATFORM_SECTOR = "BOMB", "ARM"
_ACTOR_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE"})
#: Categories of violence, whose victim's standing decides whether an agentless passive is an event.
VIOLENT_CATEGORIES = frozenset({"ASSAULT", "FIGHT"})
#: Determiners of a subject that is anyone of its kind, no actor in particular ("*any* hunters
#: who violate the law"); "each"/"every" pick out every member of a known set ("*Each* side
#: accused the other"), who act.
GENERIC_DETERMINERS = frozenset({"any", "no", "whichever", "whatever"})
#: Words that say a platform is a force's ("military aircraft", "enemy tanks").
FORCE_WORDS = frozenset({"military", "enemy", "army", "naval", "air", "government", "rebel"})


def is_office_title(word: str) -> bool:
    """A word that names a political office or rank before a name ("General", "Lord")."""
    w = word.lower().rstrip(".")
    return w in OFFICE_TITLES or w in POLITICAL_ROLE_NOUNS


def source_reason(candidate: Candidate, category: str) -> str | None:
    """Why the frame's subject is no political source of a ``category`` event, or None."""
    t = tables_of(candidate.verb)
    root = candidate.subject.root.i
    head = head_index(t, root)
    kind = sector_at(t, root)
    if any(t.dep[c] in DET_DEPS and t.lower[c] in GENERIC_DETERMINERS for c in t.kids[head]):
        return "anyone of a kind"  # "any hunters who violate the law": no one in particular
    if kind == _WEAPON_SECTOR:
        return "explosive as source"
    if kind == _PLATFORM_SECTOR and not _operated(t, head):
        return "platform without its operator"
    if kind != "ENT":
        return None
    if t.ent_type[head] != ORGANISATION_LABEL and t.pos[head] == "PROPN" and is_business(t.tokens[head]):
        # a company the recogniser took for a person or place ("Yukos accused Gazprom"):
        # judged as organisations are (events.political): only asking a political actor counts
        return None if category in ASKING_CATEGORIES and asks_a_political_actor(candidate) else "a business"
    if not _person_like(t, head):
        return None
    return None if political_person(t, head) else "person with no political role"


def _person_like(t: DocTables, head: int) -> bool:
    """A named person, or a name the recogniser gave no actor type ("Lugo", "Shaftesbury")."""
    label = t.ent_type[head]
    if is_business(t.tokens[head]):
        return False  # "oil giant Yukos": a company, judged as one (events.business)
    if _collective_name(t, head):
        return False  # "the Lib Dems", "Democrats": a group by its collective name
    if label == "PERSON":
        return not _named_by_nationality(t, head)
    if t.pos[head] != "PROPN" or label in _ACTOR_LABELS:
        return False
    return not _body_or_state(_name(t, head))  # "Congress", "Burma": judged by name


@lru_cache(maxsize=8192)
def _body_or_state(name: tuple[str, ...]) -> bool:
    """A name the recogniser left untyped that names a political body ("Congress", "the
    Home Office"), an agent ("Rebels" at the start of a sentence) or a state the gazetteer
    knows ("Burma")."""
    from graphbuilder.resolve.gazetteer import load_gazetteer

    if any(w.lower() in POLITICAL_BODY_NOUNS for w in name):
        return True
    if load_gazetteer().agent_code(list(name)) is not None:
        return True  # "Rebels shelled ...": an agent phrase the tagger took for a name
    actor = load_gazetteer().actor(list(name))
    return actor is not None and actor.type != _PERSON_TYPE and political_name(name)


def _collective_name(t: DocTables, head: int) -> bool:
    """A name in the plural right after "the" ("the Lib Dems"; people take no article: "the
    late John Smith" has a word between). The tagger's plural alone is no evidence: it tags
    surnames in -s so ("Maria Hutchings")."""
    left = t.left_edge(head)
    first_name_word = left + 1
    return (
        t.lower[left] == "the"
        and t.text[head].endswith("s")
        and all(t.pos[i] == "PROPN" for i in range(first_name_word, head + 1))
    )


def _named_by_nationality(t: DocTables, head: int) -> bool:
    """A people the recogniser took for a person: "*Bosnian* Serbs" (a nationality adjective
    in the name)."""
    from graphbuilder.resolve.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    before = range(t.left_edge(head), head)
    return any(t.pos[i] == "ADJ" and gazetteer.country_code(t.text[i]) is not None for i in before)


def _operated(t: DocTables, head: int) -> bool:
    """A platform named with whose it is: "*Russian* aircraft", "*the army's* tanks"."""
    for i in range(t.left_edge(head), head):
        if t.ent_type[i] in _ACTOR_LABELS:
            return True
        if t.dep[i] in POSS_DEPS and sector_at(t, i) not in (None, _PLATFORM_SECTOR, _WEAPON_SECTOR):
            return True
    return any(t.lemma_lower[i] in FORCE_WORDS for i in range(t.left_edge(head), head))


def political_person(t: DocTables, head: int) -> bool:
    """The person (or untyped name) at ``head`` is a political actor (see the module)."""
    name = _name(t, head)
    if is_office_title(t.text[head]):
        return True  # "the Queen", "the Pope": the office itself
    gender = _gender(t, head, name)
    if _coded(name, gender) or _role_before(t, head) or _role_in_apposition(t, head):
        return True
    return _known(_political_people(t.tokens[head].doc), name[-1], gender)


def _gender(t: DocTables, head: int, name: tuple[str, ...]) -> str | None:
    """The gender the name and the honorifics before it mark ("Mrs Howard": female)."""
    titles = [t.text[i] for i in range(t.left_edge(head), head + 1)]  # honorifics among them
    given = [w for w in name if not title_gender([w])]
    return name_gender(given, titles)


def _surname_key(name: tuple[str, ...]) -> str:
    """How people are keyed by surname: the last word of the name split on spaces, lower case
    (a hyphen stays inside: "Kilroy-Silk", "Zia-Ul-Haq")."""
    return name[-1].lower()


def _known(people: dict[str, frozenset[str | None]], surname: str, gender: str | None) -> bool:
    """A political person of the article has this surname, and nothing says they differ in
    gender ("Mrs Howard" is not the Tory leader Michael Howard)."""
    genders = people.get(_surname_key((surname,)))
    if genders is None:
        return False
    return gender is None or any(g is None or g == gender for g in genders)


def _name(t: DocTables, head: int) -> tuple[str, ...]:
    """The words of the name ``head`` ends: its own entity, or the proper nouns before it."""
    start = _name_start(t, head)
    words = [w for w in t.span_text(start, head + 1).split() if not is_office_title(w)]  # "Zia-Ul-Haq"
    return tuple(words) or (t.text[head],)


def _in_name(t: DocTables, i: int) -> bool:
    return t.dep[i] in COMPOUND_DEPS or t.is_punct[i]


def _name_start(t: DocTables, head: int) -> int:
    """The first token of the name ``head`` ends (titles the recogniser put in it included)."""
    start = head
    label = t.ent_type[head]
    while start > 0 and (
        (label and t.ent_type[start - 1] == label and _in_name(t, start - 1))
        or (not label and t.pos[start - 1] == "PROPN" and t.dep[start - 1] in COMPOUND_DEPS)
    ):
        start -= 1  # a hyphen inside the name ("Zia-Ul-Haq") is part of it
    return start


@lru_cache(maxsize=8192)
def _coded(name: tuple[str, ...], gender: str | None = None) -> bool:
    """The gazetteer knows the name with a code that is no business code; a surname alone,
    when one coded person has it and the gender fits ("Mr Kerry": John Kerry; "Mrs Quayle"
    is not Dan Quayle)."""
    from graphbuilder.resolve.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    actor = gazetteer.actor(list(name))
    if actor is None and len(name) == 1:
        owner = _coded_surnames().get(name[0].lower())
        actor = gazetteer.actors.get(owner) if owner else None
        if actor is not None and gender is not None and name_gender(actor.name.split()) not in (None, gender):
            return False
    if actor is None:
        return False
    return any(political_code(p.code) for p in actor.periods if p.code)


@lru_cache(maxsize=1)
def _coded_surnames() -> dict[str, str]:
    """Surname (the last word of a person's alias of two words or more, lower case) -> the one
    gazetteer person it ends; surnames several people share are left out ("Obama": three)."""
    from graphbuilder.resolve.gazetteer import load_gazetteer

    owners: dict[str, set[str]] = {}
    for actor in load_gazetteer().actors.values():
        if actor.type == _PERSON_TYPE:
            for key in actor.aliases:
                if len(key) >= 2:
                    owners.setdefault(key[-1].lower(), set()).add(actor.id)
    return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}


def _role_before(t: DocTables, head: int) -> bool:
    """A political role in the name's own phrase: "President Bush", "Soviet leader Mikhail
    Gorbachev", "Labour MP John Smith", "U.S. Secretary of State Warren Christopher"."""
    start = _name_start(t, head)
    if any(is_office_title(t.text[i]) or _political_agent((t.text[i],)) for i in range(start, head)):
        return True  # a title the recogniser put in the name ("Ayatollah Ruhollah Khomeini")
    # the role ends right before the name: "US intelligence historian David Kahn" is no spy
    before = tuple(t.text[i] for i in range(t.left_edge(head), start) if not t.is_punct[i])
    if before and (is_office_title(before[-1]) or _political_agent(before)):
        return True
    for child in t.kids[head]:
        if t.dep[child] in POSS_DEPS and t.ent_type[child] == ORGANISATION_LABEL:
            return is_political_organisation(t.tokens[child])  # "Labour's John Smith"
    return False


def _role_in_apposition(t: DocTables, head: int) -> bool:
    """ "Jack Straw, the foreign secretary", "the foreign secretary, Jack Straw"."""
    others = [c for c in t.kids[head] if t.dep[c] in APPOS_DEPS]
    if t.dep[head] in APPOS_DEPS and t.heads[head] != head:
        others.append(t.heads[head])
    for other in others:
        if t.pos[other] not in ("NOUN", "PROPN") or t.ent_type[other] == "PERSON":
            continue
        words = tuple(t.text[i] for i in range(t.left_edge(other), other + 1))
        if is_office_title(t.text[other]) or _political_agent(words):
            return True
        if t.ent_type[other] == ORGANISATION_LABEL and is_political_organisation(t.tokens[other]):
            return True
    return False


@lru_cache(maxsize=8192)
def _political_agent(words: tuple[str, ...]) -> bool:
    """The words end in an agent phrase of a political sector ("Tory leader" ~GOV)."""
    from graphbuilder.resolve.gazetteer import load_gazetteer

    found = load_gazetteer().agent_code([w for w in words if w.strip()])
    if found is None:
        return False
    code = found[1].replace("~", "")
    return code[:3] in ROLE_SECTORS


_CACHE_KEY = "graphbuilder.events.standing.people"


def _political_people(doc: Doc) -> dict[str, frozenset[str | None]]:
    """Surname (:func:`_surname_key`) -> genders of the people the article gives a political role
    or the gazetteer knows with a code (None: not known). Cached on the Doc."""
    cached: dict[str, frozenset[str | None]] | None = doc.user_data.get(_CACHE_KEY)
    if cached is not None:
        return cached
    found: dict[str, set[str | None]] = {}
    if len(doc):
        t = tables_of(doc[0])
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            head = ent.end - 1
            while head > ent.start and t.is_punct[head]:
                head -= 1
            name = _name(t, head)
            gender = _gender(t, head, name)
            if _coded(name, gender) or _role_before(t, head) or _role_in_apposition(t, head):
                found.setdefault(_surname_key(name), set()).add(gender)
    cached = {k: frozenset(v) for k, v in found.items()}
    doc.user_data[_CACHE_KEY] = cached
    return cached


def resolved_source_reason(event_type: str | None, subject: Argument, doc: Doc | None = None) -> str | None:
    """Why a typed statement whose subject is a pronoun has no political source once resolved,
    or None. Other subjects were judged on the parse (:func:`source_reason`); ``doc`` (the
    article) tells which people it gives a political role ("he" = Michael Howard, "the Tory
    leader" two sentences before). The pronoun subject of an agentless passive ("He was
    arrested") is the victim (:func:`_resolved_victim_reason`)."""
    if event_type is None:
        return None
    text = subject.text.lower()
    if text not in RESOLVABLE_PRONOUNS:
        return None
    if not subject.name or subject.name.lower() == text:
        return "unresolved pronoun"
    if doc is not None and _patient(subject, doc):
        return _resolved_victim_reason(event_type, subject, doc)
    return _resolved_actor_reason(event_type, subject, doc)


def _patient(subject: Argument, doc: Doc) -> bool:
    """The subject is that of a passive ("*He* was arrested"): who the act was done to."""
    span = doc.char_span(subject.start, subject.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in PASSIVE_SUBJ_DEPS


def _resolved_victim_reason(event_type: str, subject: Argument, doc: Doc) -> str | None:
    """A person harmed by no one named is a political event only when the person is a
    political one ("was killed in a feud" is a private matter); arrests and other acts of the
    state stay."""
    if event_type not in VIOLENT_CATEGORIES or subject.type != _PERSON_TYPE:
        return None
    return None if _resolved_political_person(subject, doc) else "a private person's harm"


def _resolved_political_person(subject: Argument, doc: Doc | None) -> bool:
    """The person a pronoun stands for is coded, or the article gives them a political role."""
    words = tuple((subject.name or "").split())
    if not words:
        return False
    gender = agree([PRONOUN_GENDER.get(subject.text.lower()), name_gender(words)])
    known = doc is not None and _known(_political_people(doc), words[-1], gender)
    return known or _coded(words, gender)


def _resolved_actor_reason(event_type: str, subject: Argument, doc: Doc | None) -> str | None:
    """Why the actor a pronoun stands for is no political source, or None."""
    if subject.actor_code:
        return None if political_code(subject.actor_code) else "no political actor"
    if subject.type == _PLACE_TYPE:
        return None
    name = tuple((subject.name or "").split())
    if subject.type == _PERSON_TYPE and _resolved_political_person(subject, doc):
        return None
    if subject.type == _ORGANISATION_TYPE and (political_name(name) or event_type in ASKING_CATEGORIES):
        return None  # a body known by its name; a company lobbying asks a political actor
    if subject.type == _GROUP_TYPE and (subject.country or _national(name)):
        return None  # a people, as on the parse ("they" = Bosnian Serbs)
    if name and (is_office_title(name[-1]) or _political_agent(name)):
        return None  # a role or an agent phrase ("he" = the chancellor, "they" = the rebels)
    return "no political actor"


def _national(name: tuple[str, ...]) -> bool:
    """A word of the name is a nationality or a country ("Bosnian Serbs")."""
    from graphbuilder.resolve.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    return any(gazetteer.country_code(w) is not None for w in name[:-1])

"""The coreference sieve: mentions -> clusters, each cluster one canonical actor.

Passes, most precise first (DESIGN.md):

1. names linked to the gazetteer by an exact alias (with or without their title);
2. names matched within the article: the same words, a surname or a first+last name of a
   longer person name ("Putin" -> "Vladimir Putin"), acronyms and their expansions
   ("the Armed Forces of Ukraine (AFU)", "UAF");
3. in text order: role nominals ("the Russian leader", "his American counterpart") go to the
   most recent compatible person known to hold it (by a title, or a government actor code;
   country and role must fit; a role keeps the person it named first), else one whose role
   nothing tells named just before, groups ("Ukrainian
   soldiers") to one cluster per nationality and agent, relative pronouns to the noun they
   follow, "it"/"they" by agreement and recency, preferring the subject of the sentence,
   and "he"/"she" by agreement, syntax and salience (:mod:`pronouns`).

A surname joins the one full name in its article that ends in it, whatever NER called it;
a group's name matches in the plural ("a Democrat", "the Democrats").

"it" and "they" are left unresolved rather than guessed when something else may be what they
mean: a news outlet saying something is not the actor of its report; a thing, a name NER did
not make an organisation or two things joined by "and" as the subject above an "it"; the
empty "it" of a cleft ("it is the comparisons which ...", "it is the case that"); plurals on
both sides of the clause above a "they", an actor and a thing on both sides of the clause
above an "it" a thing may be the subject of ("condemned the move, saying it would see ...");
the subject "it" of a verb only a thing or nothing has ("it rose 2%", "it looks like"), or
of a "be" that says it is a thing ("it will be one of the largest investments");
the speaker's own "I"/"we" right above the pronoun. An "it" is never a cluster that holds a
person's full name, nor what the subject of its own clause names ("it is bound by it"), nor
the speaker of the quotation it is in ('"It was presidential," Haley said'), nor a speaker
the article names as a person; the "it" of "be" with an adjective of likelihood before a
clause, or of "for ... to" after an adjective, and of "when it comes to" is no one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING

from graphbuilder.extract.labels import PLURAL_NOUN_TAGS, QUOTE_MARKS
from graphbuilder.ingest.wire import AGENCIES
from graphbuilder.lexicon import (
    COMMUNICATION_VERBS,
    FIRST_PERSON,
    NEUTER_PRONOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    REPORTING_VERBS,
)
from graphbuilder.resolve.dictionaries import normalise_words
from graphbuilder.resolve.gazetteer import Actor, Gazetteer, combine_codes
from graphbuilder.resolve.gender import agree, first_names, name_gender
from graphbuilder.resolve.mentions import (
    ARMED_GROUP_CODE_PARTS,
    ORGANISATION_ROLE_NOUNS,
    PEOPLE_NOUNS,
    MentionSpan,
    nation_people_words,
)
from graphbuilder.resolve.pronoun_check import default_check
from graphbuilder.resolve.pronouns import PersonPronouns

if TYPE_CHECKING:
    from graphbuilder.nlp.tables import DocTables

#: Roles that any head of state or government answers to ("the Russian leader").
HEAD_ROLES = frozenset(
    {"president", "leader", "premier", "prime minister", "chancellor", "king", "queen", "head"}
)
#: Agent codes of private civilians (refugees, people, labour, farmers, civilians): a singular
#: noun of one ("a refugee", "the shopkeeper") names a private person, no office holder.
CIVILIAN_AGENTS = frozenset({"~CVL", "~REF", "~PPL", "~LAB", "~AGR"})
#: Quantifiers of a part of a group, which may stand for the people they count ("*some* said").
SOME_OF_THEM = frozenset("some most many few several others half".split())
_STOP = frozenset({"of", "the", "and", "for", "in", "on", "de", "a", "an", "to"})
#: Head roles that name another office outside some countries: a chancellor heads the
#: government in Germany and Austria, but is the finance minister in Britain (a British
#: "the chancellor" is not the prime minister mentioned most).
HEAD_ROLE_COUNTRIES: dict[str, frozenset[str]] = {"chancellor": frozenset({"DEU", "AUT"})}
#: Roles of someone serving another, never guessed onto a person whose role nothing tells
#: ("The prime minister's spokesman" is not the last man named).
ASSISTANT_ROLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "official", "source"}
)
#: How many sentences back a role nominal may be guessed onto a person whose role nothing tells.
GUESS_WINDOW = 1
#: How many of a country's first aliases may be names of the country itself.
COUNTRY_NAME_SLOTS = 8
#: How many sentences back "the company" looks for the business it refers to.
ORGANISATION_WINDOW = 3
#: How many sentences back "it" and "they" look for their antecedent.
PRONOUN_WINDOW = 1


@dataclass
class Cluster:
    """Mentions of one actor in one article, with what is known about it."""

    index: int
    mentions: list[MentionSpan] = field(default_factory=list)
    actor: Actor | None = None  # gazetteer actor this cluster *is* (identity link)
    coded_by: Actor | None = None  # gazetteer actor that only gives codes (a city -> country)
    kind: str = "name"  # "name", "group" or "role"

    def add(self, m: MentionSpan) -> None:
        self.mentions.append(m)

    @property
    def names(self) -> list[MentionSpan]:
        return [m for m in self.mentions if m.kind == "name"]

    @property
    def type(self) -> str:
        if self.actor is not None:
            return self.actor.type
        if self.coded_by is not None and self.coded_by.type == "Place":
            return "Place"
        if self.names and all(_medium_name(m.words) for m in self.names):
            return "Organization"  # "said on Twitter", "Politico reported": NER's person is no one
        labels = [m.label for m in self.names if m.label]
        if labels:
            return max(sorted(set(labels)), key=labels.count)
        if self.kind == "group":
            return "Group" if any(m.plural for m in self.mentions) else "Organization"
        if self.kind == "role":
            return "Person"
        return "Other"

    def roles(self) -> set[str]:
        out: set[str] = set()
        for m in self.mentions:
            if m.kind in {"name", "role"}:
                out |= m.roles
        return out

    def gender(self) -> str | None:
        """The gender its names and roles make known (titles, first names, the gazetteer's
        name), None when unknown or when they disagree; pronouns attached to it do not count."""
        genders = [m.gender for m in self.mentions if m.kind in {"name", "role"}]
        if self.actor is not None and self.actor.type == "Person":
            genders.append(name_gender(self.actor.name.split()))
        return agree(genders)

    def country(self, date: str | None) -> str | None:
        for source in (self.actor, self.coded_by):
            if source is not None:
                c = source.country_on(date)
                if c:
                    return c
        for m in self.mentions:
            if m.kind in {"name", "group", "role"} and m.country:
                return m.country
        return None

    def actor_code(self, date: str | None) -> str | None:
        for source in (self.actor, self.coded_by):
            if source is not None:
                code = source.code_on(date)
                if code:
                    return code
        country = self.country(date)
        agent = next((m.agent for m in self.mentions if m.agent), None)
        if agent is None and self.type == "Person" and self.roles() & HEAD_ROLES:
            agent = "~GOV"
        if agent is None and self.type == "Group":
            return None
        return combine_codes(country, agent)


def _surely_person(c: Cluster) -> bool:
    """A person by more than NER's word: a gazetteer person, or a gender a title or a first
    name gives ("Edward Roybal"); NER often calls a firm a person ("Diageo, which ...")."""
    if c.actor is not None:
        return c.actor.type == "Person"
    return c.type == "Person" and c.gender() is not None


def is_head_role(role: str, country: str | None) -> bool:
    """Does ``role`` name the head of a state or government in ``country`` (None: unknown)?"""
    if role not in HEAD_ROLES:
        return False
    countries = HEAD_ROLE_COUNTRIES.get(role)
    return countries is None or country in countries


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0].upper() for w in words if w.lower() not in _STOP and w[:1].isalpha())


def _is_acronym(m: MentionSpan) -> bool:
    w = m.words[0] if len(m.words) == 1 else ""
    return 2 <= len(w) <= 6 and w.isupper() and w.isalpha()


def _lone_acronym(c: Cluster) -> str | None:
    """The acronym of a cluster not linked to the gazetteer whose names are all acronyms."""
    acronyms = [m for m in c.names if _is_acronym(m)]
    if not acronyms or c.actor is not None or len(acronyms) != len(c.names):
        return None
    return acronyms[0].words[0]


def _expansion_by_initials(acronym: str, c: Cluster, named: list[Cluster]) -> Cluster | None:
    """A non-person cluster with a multi-word name whose initials are the acronym ("UAF" for
    "Armed Forces of Ukraine": from three letters on, the word order may differ)."""
    for o in named:
        if o is c or not o.names or o.type == "Person":
            continue
        for om in o.names:
            initials = _initials(om.words)
            if len(om.words) > 1 and (
                initials == acronym or len(acronym) >= 3 and sorted(initials) == sorted(acronym)
            ):
                return o
    return None


#: Peoples named by an adjective that is its own plural ("the French", "the Dutch", "the
#: Welsh"); other nationality nouns take an "s" ("a Czech", "the Czechs").
OWN_PLURAL_PEOPLES = frozenset(
    "french dutch british irish welsh english scottish spanish cornish manx danish polish finnish "
    "swedish turkish flemish".split()
)


def plural_word(word: str) -> str:
    """The plural of a group's name word: "Democrat" -> "Democrats", "Tory" -> "Tories",
    "Czech" -> "Czechs"; a people named by its adjective is its own plural ("the French", "the
    Chinese", "the Swiss"), and so is one whose adjective ends in "-ish" ("the Kurdish")."""
    lower = word.lower()
    own_plural = lower.endswith(("s", "ese", "ish")) or lower in OWN_PLURAL_PEOPLES
    if own_plural or word.isupper() or not word.isalpha():
        return word  # and an acronym is no group's plural: "XM" (a firm NER took for one)
    if len(word) > 2 and word.endswith("y") and word[-2].lower() not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _name_key(m: MentionSpan) -> tuple[str, ...]:
    """How a name is matched within its article: its words in lower case; a group's name
    (NER's NORP: "Democrat", "Tories") in the plural, so a member and the party are one
    name ("a Democrat said" and "the Democrats")."""
    words = [w.lower() for w in m.words]
    if m.label == "Group" and words:
        words[-1] = plural_word(words[-1])
    return tuple(words)


def joined_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words with hyphenated parts made one ("Kilroy", "-", "Silk" -> "Kilroy-Silk"):
    the tokenizer splits a double-barrelled surname, which is still one surname."""
    out: list[str] = []
    glue = False
    for w in words:
        if w in {"-", "‐", "‑"} and out:
            out[-1] += w
            glue = True
        elif glue:
            out[-1] += w
            glue = False
        else:
            out.append(w)
    return tuple(out)


def _surname_owners(names: list[MentionSpan]) -> dict[str, list[MentionSpan]]:
    """Surname (lower case) -> the person names of two words or more that end in it: NER's
    persons, and names NER gave no type whose first word is a first name ("Jan-Michael
    Gambill", which NER missed, owns the "Gambill" it took for an organisation)."""
    out: dict[str, list[MentionSpan]] = {}
    for m in names:
        words = joined_words(m.words)
        person = m.label == "Person" or m.label is None and len(words) >= 2 and name_gender(words) is not None
        if not person or not words[-1][:1].isupper() or m.titled:
            continue
        if len(words) >= 2:
            out.setdefault(words[-1].lower(), []).append(m)
        if words[-1] != m.words[-1]:
            out.setdefault(m.words[-1].lower(), []).append(m)  # "Silk" where "Kilroy-" was cut off
    return out


def _family_name_first(words: list[str], full: list[str]) -> bool:
    """Is the one-word name ``words`` the first word of the person's name ``full`` of two or
    three words, a word no first-name list knows ("Xi" of "Xi Jinping", "Moon" of "Moon
    Jae-in")? Chinese, Korean and Vietnamese names put the family name first, and news calls
    the person by it; a Western first name ("Donald") is not how news names anyone."""
    return (
        len(words) == 1
        and 2 <= len(full) <= 3
        and words[0] == full[0]
        and words[0] not in first_names()
        and words[0][:1].isalpha()
    )


def _named_business(
    m: MentionSpan,
    history: list[tuple[MentionSpan, Cluster]],
    date: str | None,
    related: Callable[[Cluster], bool] = lambda c: False,
) -> Cluster | None:
    """ "The company": a business named as a subject a few sentences back at most, not a news
    outlet as the channel of a report ("Acme will cut jobs, Reuters reported. The company
    said ..."); of several, the one the article has named most so far (the article's company,
    not one mentioned in passing: "Unilever ... Oil giant Shell last year dismantled ... The
    company said"), the latest on a tie; nobody when that one is ``related`` to another
    business, its parent or its unit ("T-Mobile USA, the company's American mobile business,
    made a strong contribution. The company also said ...": either may be meant)."""
    found: list[Cluster] = []
    for prev, c in reversed(history):
        if m.sentence - prev.sentence > ORGANISATION_WINDOW:
            break
        if c.type == "Organization" and c.kind == "name" and prev.subject and c not in found:
            if (prev.channel is None and not prev.speaker) or not news_outlet(c, date):
                found.append(c)
    if not found:
        return None
    named = {id(c): sum(1 for prev, pc in history if pc is c and prev.kind == "name") for c in found}
    chosen = max(found, key=lambda c: named[id(c)])  # max keeps the first (latest) on a tie
    return None if related(chosen) else chosen


#: Descriptions of a business by its kind alone, which an article names once by its name
#: ("the company", "the firm"); a narrower kind ("the bank", "the airline") may not fit it.
BARE_BUSINESS_NOUNS = frozenset({("company",), ("firm",)})
#: Words in an organisation's name, and parts of its actor code, that make it no business:
#: a public body, a party, a union, a court ("the Electoral Commission", "Labour").
NON_BUSINESS_NAME_WORDS = frozenset(
    "party council committee commission court ministry department office parliament house "
    "assembly government authority agency union tribunal police army navy force forces federation "
    "association league university college school hospital trust foundation institute board "
    "bureau service nhs fund church labour conservative conservatives tory tories democrat "
    "democrats republican republicans liberal ukip".split()
)
NON_BUSINESS_CODE_PARTS = tuple("GOV IGO LEG JUD MIL COP PTY NGO EDU REL OPP REB SPY".split())


def _business_like(c: Cluster, date: str | None) -> bool:
    """May the cluster be a business "the company" names: an organisation by its name, no
    news outlet, no person's name, and nothing in its name or code says public body or party?"""
    if c.type != "Organization" or c.kind != "name" or news_outlet(c, date) or _names_a_person(c):
        return False
    code = c.actor_code(date) or ""
    if any(part in code[3:] or code.startswith(part) for part in NON_BUSINESS_CODE_PARTS):
        return False
    return not any(w.lower() in NON_BUSINESS_NAME_WORDS for m in c.names for w in m.words)


#: Occupations and standings named before a person's name that hold no office a role nominal
#: names ("Scotsman journalist Hamish MacDonell"; not a title such as "Lord", nor "MP").
OTHER_CALLINGS = frozenset(
    "journalist reporter editor writer author commentator columnist analyst economist expert "
    "banker trader investor broker lawyer barrister solicitor doctor nurse teacher student pupil "
    "academic professor businessman businesswoman entrepreneur campaigner activist protester critic "
    "victim witness suspect defendant prisoner patient resident voter worker employee".split()
)


def _said(speaker: range, pronoun: MentionSpan, k: int) -> bool:
    """Is token ``k`` (before the pronoun) in what the speaker (its tokens) said: not in the
    speaker's own phrase, nor before a speaker who comes first ("Rebel *leaders* said they")?"""
    before_speaker = speaker.start < pronoun.start and k < speaker.start
    return k not in speaker and not before_speaker


def _clause_to_fill(t: DocTables, k: int) -> bool:
    """Is token ``k`` a clause an adjective's "it" stands for: a "to"-infinitive or a
    "that"-clause ("make it easier *to raise capital*", "found it odd *that he left*")?"""
    return t.dep[k] in {"advcl", "xcomp", "ccomp"} and any(
        (t.dep[a], t.lower[a]) in {("aux", "to"), ("mark", "that")} for a in t.kids[k]
    )


#: Verbs whose passive subject is an act, never an actor: "it was carried out by Indian
#: agents", "it was staged", "it was masterminded from abroad".
EVENT_PASSIVES = frozenset({"perpetrate", "stage", "orchestrate", "mastermind"})
#: Verbs with the particle whose passive subject is an act ("carried out").
EVENT_PASSIVE_PARTICLES = {"carry": "out"}
#: Verbs with the preposition whose passive subject is a thing or an event, what is explained
#: by a cause: "it may have been *related to* the feud", "it was *motivated by* revenge", "it
#: was *sparked by* a row" ("by" the passive's agent).
CAUSED_PASSIVES = {"relate": "to", "motivate": "by", "spark": "by", "trigger": "by", "cause": "by"}
#: Verbs that end or crown a stretch of time or a process, whose subject is then the event or
#: the accord that does it ("It concludes more than a week of negotiations", "It ended a
#: decade of war"); an actor ends *its* talks.
ENDING_VERBS = frozenset({"end", "conclude", "cap", "crown"})
#: What :data:`ENDING_VERBS` end when their subject is an event: time and talks.
ENDED_NOUNS = frozenset(
    "talks negotiation negotiations week month year day decade hour era period war conflict "
    "fighting standoff stand-off stalemate deadlock impasse dispute crisis siege uncertainty".split()
)
#: Adjectives after "it is" that say how a task or a state is, never what an actor is: "at the
#: start it's easy", "it is hard" (with or without the infinitive it stands for).
TASK_ADJECTIVES = frozenset("easy hard difficult tough impossible tricky simple".split())
#: Adjectives after "it is" that judge a claim, a charge or a plan, never an actor: "'It is
#: groundless,' the party said of the charge", "it was baseless".
CLAIM_ADJECTIVES = frozenset(
    "groundless baseless unfounded untrue absurd ridiculous nonsensical preposterous "
    "far-fetched fabricated pointless meaningless".split()
)
#: Adjectives of how likely or how plain a state of affairs is, which "it is" says of the
#: clause after it ("it was highly likely all creditors would lose", "it is unclear whether"),
#: never of an actor -- unless an infinitive follows: "it is likely to raise rates" (the bank).
LIKELIHOOD_ADJECTIVES = frozenset(
    "likely unlikely possible probable improbable clear unclear obvious evident apparent certain "
    "uncertain doubtful".split()
)
#: Adjectives of an actor's will or readiness, whose "for ... to" clause says what the actor
#: wants ("it is keen for the deal to go ahead": the firm), unlike "is it legal for a president
#: to ...", where "it" stands for the clause.
WILLING_ADJECTIVES = frozenset(
    "keen eager anxious ready happy willing impatient desperate prepared determined content "
    "glad pleased".split()
)
#: Objects of "make" whose subject "it" is an idea or nothing ("it makes sense to wait", "it
#: made no difference that ..."): what an actor makes is a deal or a loss, not sense.
SENSE_NOUNS = frozenset({"sense", "difference"})
#: What a party or a government comes to: "when it came to power" is no idiom, "it" acts.
OFFICE_NOUNS = frozenset({"power", "office", "government", "throne"})
#: Nouns of time that "it will take" before the infinitive it stands for, however the parser
#: hangs the infinitive ("it will take some time to confirm reports").
TAKEN_TIME_NOUNS = frozenset("time while year month week day hour minute decade".split())


def _event_or_empty_it(t: DocTables, it: int) -> bool:
    """Is this "it" an act, an event or nothing, never an organisation: the subject of a
    passive only acts have (:data:`EVENT_PASSIVES`, "was carried out") or things a cause
    explains (:data:`CAUSED_PASSIVES`, "it was related to the feud"), of a verb that ends
    talks or a stretch of time (:data:`ENDING_VERBS`), of "be" with an adjective that makes it
    no actor (:func:`_empty_by_adjective`: "it is hard", "it was highly likely all lenders
    would lose", "is it legal for a mayor to ..."), of "come" in "when it comes to", of "make"
    with "sense" ("it made no sense to say", :data:`SENSE_NOUNS`), or of "take" with a stretch
    of time and an infinitive ("it will take some time to confirm")?"""
    verb = t.heads[it]
    lemma = t.lemma_lower[verb]
    kids = t.kids[verb]
    if t.dep[it] == "nsubjpass":
        return _act_or_caused(t, lemma, kids)
    if t.dep[it] != "nsubj":
        return False
    if lemma in ENDING_VERBS:
        return any(t.dep[k] == "dobj" and _ended(t, k) for k in kids)
    if lemma == "be":
        return any(t.dep[k] == "acomp" and _empty_by_adjective(t, verb, k) for k in kids)
    if lemma == "come":
        return _when_it_comes_to(t, verb)
    if lemma == "make" and any(t.dep[k] == "dobj" and t.lemma_lower[k] in SENSE_NOUNS for k in kids):
        return True  # "it made no sense to say ...": an idea makes sense, no actor does
    if lemma == "take":
        timed = any(t.dep[k] == "dobj" and t.lemma_lower[k] in TAKEN_TIME_NOUNS for k in kids)
        return timed and any(t.dep[k] in {"advcl", "xcomp"} and _clause_to_fill(t, k) for k in kids if k > it)
    return False


def _act_or_caused(t: DocTables, lemma: str, kids: Sequence[int]) -> bool:
    """Is a passive with this verb and these dependents one whose subject is an act
    (:data:`EVENT_PASSIVES`, "carried out") or a thing a cause explains
    (:data:`CAUSED_PASSIVES`, "related to", "motivated by")?"""
    particle = EVENT_PASSIVE_PARTICLES.get(lemma)
    cause = CAUSED_PASSIVES.get(lemma)
    return (
        lemma in EVENT_PASSIVES
        or particle is not None
        and any(t.dep[k] == "prt" and t.lower[k] == particle for k in kids)
        or cause is not None
        and any(t.dep[k] in {"prep", "agent"} and t.lower[k] == cause for k in kids)
    )


def _when_it_comes_to(t: DocTables, verb: int) -> bool:
    """The idiom "when it comes to sensitive topics": "it" is no actor coming anywhere; "when it
    came to power" is no idiom (a party or a government, :data:`OFFICE_NOUNS`)."""
    if not (verb + 1 < len(t.lower) and t.lower[verb + 1] == "to"):
        return False
    if any(t.lemma_lower[k] in OFFICE_NOUNS for k in t.kids[verb + 1]):
        return False
    return any(t.lower[k] == "when" and t.dep[k] in {"advmod", "mark"} for k in t.kids[verb])


def _empty_by_adjective(t: DocTables, verb: int, adjective: int) -> bool:
    """Does the adjective after "it is" make the "it" no actor: an adjective of how hard a task
    is (:data:`TASK_ADJECTIVES`) or one that judges a claim (:data:`CLAIM_ADJECTIVES`), one
    of how likely or plain something is with no infinitive after it
    (:data:`LIKELIHOOD_ADJECTIVES`: "it was highly likely all creditors would lose"), or any
    adjective but one of will (:data:`WILLING_ADJECTIVES`) with a "for ... to" clause after it,
    on the verb or on the adjective ("Is it legal for a sitting president to ...")?"""
    lemma = t.lemma_lower[adjective]
    if lemma in TASK_ADJECTIVES or lemma in CLAIM_ADJECTIVES:
        return True
    clauses = [
        k for h in (verb, adjective) for k in t.kids[h] if k > adjective and t.dep[k] in _ADJECTIVE_CLAUSES
    ]
    infinitives = [k for k in clauses if any(t.dep[a] == "aux" and t.lower[a] == "to" for a in t.kids[k])]
    if lemma in LIKELIHOOD_ADJECTIVES:
        # a clause it stands for, not an infinitive; the parser may hang the clause higher up
        # ("were told it was likely all lenders would ..."), so a word after the adjective that
        # is no phrase of its own counts too ("it was uncertain", "doubtful about": the firm)
        after = adjective + 1
        clause = bool(clauses) or after < len(t.lower) and t.dep[after] not in _NO_CLAUSE_DEPS
        return clause and not infinitives and not (after < len(t.lower) and t.lower[after] == "to")
    if any(t.lower[k] in ("too", "enough") for k in t.kids[adjective]):
        return False  # "it was too small for investors to notice": the firm was small
    return lemma not in WILLING_ADJECTIVES and any(
        any(t.dep[a] == "mark" and t.lower[a] == "for" for a in t.kids[k]) for k in infinitives
    )


#: Dependencies of a word after the adjective of "it is ..." that starts no clause.
_NO_CLAUSE_DEPS = frozenset({"prep", "punct", "cc", "npadvmod"})
#: Dependencies of a clause after the adjective of "it is ...".
_ADJECTIVE_CLAUSES = frozenset({"advcl", "xcomp", "ccomp"})


def _intention(t: DocTables, verb: int) -> bool:
    """Does ``verb`` take an infinitive of its own subject's intention ("it had meant to
    discriminate", "it wants to expand"): an open complement (xcomp) before any object? One
    after an object says what the object is for or does ("it would include a panel *to
    check* the rules"; the parser hangs it on the verb as often as on the noun)."""
    first_object = min((k for k in t.kids[verb] if t.dep[k] in OBJECT_DEPS), default=len(t.dep))
    return any(t.dep[k] == "xcomp" and k < first_object for k in t.kids[verb])


def _ended(t: DocTables, k: int) -> bool:
    """Is the object ``k`` talks or a stretch of time (:data:`ENDED_NOUNS`), itself or after
    "of" ("more than a week *of negotiations*"), with no possessor ("its talks")?"""
    if any(t.dep[d] == "poss" for d in t.kids[k]):
        return False
    nouns = {t.lemma_lower[k]} | {
        t.lemma_lower[o] for p in t.kids[k] if t.lower[p] == "of" for o in t.kids[p] if t.dep[o] == "pobj"
    }
    return bool(nouns & ENDED_NOUNS)


def _described_otherwise(c: Cluster) -> bool:
    """Is a person named with a calling that holds no office (:data:`OTHER_CALLINGS`:
    "Scotsman journalist Hamish MacDonell")? Then a role is not guessed onto them: the text
    says what they are."""
    return any(w.lower() in OTHER_CALLINGS for n in c.names for w in n.title_words)


#: Words that put a role's holder before or after another's: "the former president" is not
#: "the new president", whom the article names as his successor.
PAST_TENURE_WORDS = frozenset("former ex outgoing previous late then predecessor".split())
NEW_TENURE_WORDS = frozenset("new incoming next future successor newly".split())


def _tenure(words: Iterable[str]) -> str | None:
    lower = {w.lower().strip("-") for w in words}
    past, new = bool(lower & PAST_TENURE_WORDS), bool(lower & NEW_TENURE_WORDS)
    return None if past == new else "past" if past else "new"


def _other_tenure(m: MentionSpan, c: Cluster) -> bool:
    """Is the role nominal ``m`` the new holder of a role and ``c`` someone the article calls
    its former holder, or the other way round ("the handpicked candidate of the former
    president, X ... The new president begins his term": not X)?"""
    mine = _tenure(m.words)
    return mine is not None and any(
        x.kind == "role" and _tenure(x.words) not in {None, mine} for x in c.mentions
    )


#: Words that make a role the second to another of the same name: a vice president is not
#: the president, a deputy minister not the minister.
SECOND_RANK_WORDS = frozenset({"vice", "deputy", "assistant", "associate", "under"})


def second_rank_word(words: Iterable[str]) -> str | None:
    """The word that makes a role second to another ("vice" of "vice-president"), or None."""
    return next((r for r in (w.lower().split("-")[0] for w in words) if r in SECOND_RANK_WORDS), None)


def _second_rank(words: Iterable[str]) -> bool:
    return second_rank_word(words) is not None


def _other_rank(m: MentionSpan, role: str, c: Cluster) -> bool:
    """Is the role nominal ``m`` second to a role ("the vice president") and ``c`` named only
    with the role itself ("Jo Roe, the firm's president"), or the other way round ("Vice
    President Jo Roe ... the president")? Titles and roles with that role word named with the
    person tell their rank; a person no title ranks in it is not ruled out."""
    ranks = {
        _second_rank((*x.title_words, *x.words))
        for x in c.mentions
        if x.kind in {"name", "role"} and role in x.roles
    }
    return bool(ranks) and _second_rank(m.words) not in ranks


#: Modal verbs that make "X could have been the leader" no fact about X's role.
UNSURE_MODALS = frozenset({"could", "would", "might", "may", "should"})


def _unsure(t: DocTables, k: int) -> bool:
    """Is token ``k`` a negation or a modal of doubt on a verb ("is not", "could have been")?"""
    return t.dep[k] == "neg" or t.dep[k] == "aux" and t.lower[k] in UNSURE_MODALS


def _role_key(m: MentionSpan) -> tuple[str, ...]:
    return (m.country or "", *(w.lower() for w in m.words))


def _group_antecedent(c: Cluster, prev: MentionSpan) -> bool:
    if prev.kind == "group" and nation_people_words(prev.words):
        # counted people of a nation are mostly some of a larger number or of a party: "21
        # people including 14 Australians were killed when they ...", a "they" as likely theirs
        return False
    return c.type == "Group" or (c.kind == "group" and prev.plural)


def _organisation_antecedent(c: Cluster, prev: MentionSpan) -> bool:
    return _organisation(c, prev) and prev.subject


def _organisation(c: Cluster, prev: MentionSpan) -> bool:
    """Can "it" name this cluster? An organisation, one, named or described, and not a person
    NER took for one ("Bernie Ebbers": a first name or title says it is a person)."""
    return (
        c.type == "Organization"
        and not prev.plural
        and prev.kind in ("name", "role")
        and c.gender() is None
        and not any(m.kind == "pronoun" and m.gender for m in c.mentions)
        and not _names_a_person(c)
    )


def _title_word(m: MentionSpan) -> str | None:
    """The last word of the title a name is given ("judge" of "District Judge Jo Roe")."""
    return m.title_words[-1].lower() if m.title_words else None


#: Modifiers that tell one body apart from another ("*Bashir's* government", "the *British*
#: government", "the *city* council").
_TELLING_MODIFIERS = frozenset({"poss", "amod", "compound", "nmod"})


def _names_a_person(c: Cluster) -> bool:
    """Does the cluster hold a person's full name, one NER calls a person and whose first name
    tells a gender ("Roy Disney", which the surname "Disney" of the company joined)? An "it" is
    never a person, whatever else the cluster was called."""
    return any(m.label == "Person" and len(m.words) > 1 and name_gender(m.words) for m in c.names)


#: News outlets by name (lower-case words), besides the gazetteer's media ("MED") actors.
NEWS_OUTLETS = frozenset(
    {
        ("reuters",),
        ("bloomberg",),
        ("afp",),
        ("ap",),
        ("associated", "press"),
        ("press", "association"),
        ("agence", "france-presse"),
        ("agence", "france", "presse"),
        ("xinhua",),
        ("tass",),
        ("itar-tass",),
        ("interfax",),
        ("dow", "jones"),
        ("bbc",),
        ("cnn",),
    }
)
#: The last word of a news outlet's name ("the Financial Times", "BBC News", "the Herald").
NEWS_NAME_ENDS = frozenset(
    "times journal herald telegraph gazette tribune chronicle newspaper newswires news shimbun".split()
)
#: The first word of a newspaper's name ("the Daily Mail", "the Sunday Express").
NEWS_NAME_STARTS = frozenset({"daily", "sunday"})


#: Social networks and news sites by name, which NER often takes for a person ("Trump said on
#: Twitter", "Politico reported"): organisations.
MEDIA_NAMES = frozenset(
    "twitter facebook instagram youtube whatsapp telegram weibo wechat snapchat linkedin reddit "
    "tiktok politico axios breitbart buzzfeed vox slate huffpost".split()
)


def _medium_name(words: tuple[str, ...]) -> bool:
    """Is the name a social network, a news site or a wire agency ("Twitter", "Politico")?"""
    key = tuple(w.lower() for w in words)
    return len(key) == 1 and key[0] in MEDIA_NAMES or key in NEWS_OUTLETS or " ".join(key) in AGENCIES


def news_outlet(c: Cluster, date: str | None) -> bool:
    """Does the cluster name a news outlet (the gazetteer's media, a wire agency, a paper or
    a broadcaster by its name: "Reuters", "the Financial Times", "BBC News")?"""
    if (c.actor_code(date) or "").endswith("MED"):
        return True
    for m in c.names:
        words = tuple(w.lower() for w in m.words)
        if not words or m.label == "Person":
            continue
        if (
            words in NEWS_OUTLETS
            or " ".join(words) in AGENCIES
            or words[0] == "bbc"
            or words[-1] in NEWS_NAME_ENDS
        ):
            return True
        if len(words) > 1 and words[0] in NEWS_NAME_STARTS:
            return True
    return False


def reported_through(prev: MentionSpan, c: Cluster, pronoun: MentionSpan, date: str | None) -> bool:
    """Is ``prev`` the channel of a report that ``pronoun`` cannot refer back to? A source
    ("according to the FT", "reported by Reuters", "an interview with the BBC") is none for a
    later sentence's pronoun, and a news outlet as a source or as the one told ("told
    Reuters") for any; a news outlet reporting ("shares fell, the BBC reported"; "Reuters
    reported that ...") is none for a later pronoun unless that pronoun reports too ("It
    said ..."): "It plans to sell its Paris unit" is the firm, not the outlet."""
    role = prev.channel
    if role is None:
        return False
    if role == "source" and prev.sentence < pronoun.sentence:
        return True
    if not news_outlet(c, date):
        return False
    if role in {"source", "told"}:
        return True
    if pronoun.speaker:
        return False
    return role == "aside" or prev.sentence < pronoun.sentence


def reporting_outlet(prev: MentionSpan, c: Cluster, pronoun: MentionSpan, date: str | None) -> bool:
    """Is ``prev`` a news outlet saying something ("The WSJ said ...", "news agency Reuters
    reported") that ``pronoun`` cannot refer back to? Such an outlet is the channel of what it
    says: a pronoun in a later sentence means it only when that pronoun says something too
    ("It said ..."), one in its own sentence only when the outlet is the subject right above
    it ("The BBC said it would cut jobs"; not "The Sunday Telegraph said the LSE's plan was
    evidence *it* wants control": the LSE)."""
    if not prev.speaker or pronoun.speaker or not news_outlet(c, date):
        return False
    return not said_right_above(prev, pronoun)


def said_right_above(prev: MentionSpan, pronoun: MentionSpan) -> bool:
    """Is ``prev`` (a speaker) the subject right above ``pronoun`` in its own sentence ("The
    BBC said it would cut jobs"), so that the pronoun may be the speaker speaking of itself?"""
    if prev.sentence < pronoun.sentence:
        return False
    return bool(pronoun.path) and prev.start <= pronoun.path[0] < prev.end


#: Dependencies inside the phrase that names a speaker: what they are called (an apposition,
#: a title's words, a party's name before it), not a clause about them.
_SPEAKER_PHRASE_DEPS = frozenset({"appos", "compound", "amod", "nmod"})


def _actor_word(t: DocTables, k: int) -> bool:
    """A name or a personal pronoun ("he and Cavusoglu", "the White House and the Kremlin")."""
    return t.pos[k] == "PROPN" or t.tag[k] == "PRP"


def _rival_plural(m: MentionSpan, prev: MentionSpan) -> bool:
    """Is there a plural common noun between ``prev`` and the plural pronoun ``m`` in ``m``'s
    sentence ("Both *parties* have completed their moves", "persuade *voters* that they"),
    which "they" may mean rather than the name?"""
    after = prev.end if prev.sentence == m.sentence else -1
    return any(k >= after and not prev.start <= k < prev.end for k in m.plural_nouns)


#: Tags of a singular common noun that "it" may mean (a noun, not a name or a pronoun).
THING_NOUN_TAGS = frozenset({"NN"})
#: Dependencies of a verb's objects (a preposition's object is found through the preposition;
#: a predicate noun is its subject again: "The Germans are the big losers but they ...").
OBJECT_DEPS = frozenset({"dobj", "dative"})
#: Nouns after "it is" that make the "it" empty: "it is (certainly) the case that ...".
EXPLETIVE_FOCUS_NOUNS = frozenset({"case"})
#: Verbs whose subject says, thinks or expects: an organisation or a person, never a thing
#: ("while *it* expected the Bank to respond", "growth, which *it* forecast to be 6.5%").
AGENT_VERBS = COMMUNICATION_VERBS | frozenset(
    "expect forecast estimate predict hope fear plan intend decide agree".split()
)
#: Verbs whose subject is as often a thing (a plan, a deal, a price) as an actor: "it would
#: see a million jobs axed", "it would cost $1bn", "it rose 2%", "it looks like a bubble".
THING_SUBJECT_VERBS = frozenset(
    "see mean cost lead cause affect hurt hit rise fall drop climb jump slip look seem appear "
    "include involve require represent remain prove become".split()
)
#: Verbs whose subject is more often a thing than an actor -- what it holds or what it does to
#: things ("it does not include a pay rise", "it wreaked havoc") -- for which a thing named
#: nearer than an organisation is the likelier "it" (:meth:`Sieve._thing_nearer`).
THING_LED_VERBS = frozenset(
    "include involve require contain cost mean cause affect hurt hit wreak destroy damage".split()
)
#: Verbs of a bill's, a plan's or a document's way through institutions: "it now heads to the
#: Senate", "it goes to the president for signature", "it moves to the House".
PASSAGE_VERBS = frozenset({"head", "go", "move", "advance", "proceed", "return"})
#: Verbs whose subject is a thing (a price, a ruling, a plan), not an actor: "it rose 2%",
#: "it exposed racism", "it would cost $1bn".
THING_ONLY_VERBS = frozenset(
    "rise fall drop climb jump slip slide soar plunge expose cost mean cause happen occur explode".split()
)
#: Verbs with the preposition that makes them a thing's or an event's ("if the embargo is
#: lifted, it could *lead to* a buying spree"; "denied it *amounted to* a crisis").
THING_ONLY_PREPOSITIONS = {"lead": "to", "amount": "to", "result": "in", "stem": "from"}
#: Verbs of seeming, whose "it" is empty or a thing when they say what it is like ("it looks
#: like the $40 level", "it seems that", "it appears unlikely"), not when they take a
#: preposition of their own ("it is looking for pay cuts", "it would look at the ruling").
LIKENESS_VERBS = frozenset({"look", "seem", "appear", "sound"})
#: Dependencies of what a verb of seeming says the thing is like.
LIKENESS_DEPS = frozenset({"acomp", "xcomp", "ccomp", "attr", "oprd"})
#: Nouns that name one business as part or owner of another ("the company's mobile
#: *business*", "its *parent* company", "its US *unit*").
OWNERSHIP_NOUNS = frozenset(
    "subsidiary unit arm division business parent owner affiliate offshoot operation".split()
)
#: Nouns that name an actor or a role an actor plays, as what "it is": "it is the biggest
#: lender", "it is a major supplier" (with :data:`BODY_NOUNS`, people and business nouns).
ACTOR_ROLE_NOUNS = frozenset(
    "employer supplier member partner owner buyer seller bidder investor lender creditor client "
    "rival competitor leader player provider exporter importer holder target victim winner loser".split()
)
#: Nouns of a body that says and thinks as one ("the association ... it confirms"): things
#: for the purposes of :data:`AGENT_VERBS` they are not.
BODY_NOUNS = ORGANISATION_ROLE_NOUNS | frozenset(
    "association council committee commission board union party government ministry department "
    "agency authority regulator court watchdog federation organisation organization group "
    "institute family administration cabinet".split()
)
#: Nouns "be" may say an "it" is without making it a thing (see :meth:`Sieve._thing_by_predicate_noun`).
ACTOR_NOUNS = BODY_NOUNS | PEOPLE_NOUNS | ACTOR_ROLE_NOUNS

#: "it"/"they" -> (which antecedents agree with it, how many sentences back it looks);
#: Reflexives: bound by the subject of their own clause (:meth:`Sieve._binder`).
REFLEXIVE_PRONOUNS = frozenset({"himself", "herself", "itself", "themselves"})
#: How a reflexive hangs on the noun it stresses ("the president himself").
EMPHATIC_DEPS = frozenset({"appos", "npadvmod"})
#: "he" and "she" are resolved by :class:`pronouns.PersonPronouns`.
PRONOUN_AGREEMENT: dict[str, tuple[Callable[[Cluster, MentionSpan], bool], int]] = {
    **{p: (_group_antecedent, PRONOUN_WINDOW) for p in PLURAL_PRONOUNS},
    **{p: (_organisation_antecedent, PRONOUN_WINDOW) for p in NEUTER_PRONOUNS},
}


def _preferred_antecedent(cands: list[tuple[MentionSpan, Cluster]], back: int) -> Cluster:
    """Among agreeing mentions of one sentence: its root subject, else a subject, else any;
    the nearest in the pronoun's own sentence, the first in an earlier one."""
    for pick in (
        [x for x in cands if x[0].root_subject],
        [x for x in cands if x[0].subject],
        cands,
    ):
        if pick:
            return pick[-1][1] if back == 0 else pick[0][1] if pick is not cands else pick[-1][1]
    return cands[-1][1]


def _country_like(alias: tuple[str, ...], actor: Actor) -> bool:
    """Does an alias name the country itself, not one of its cities or regions?

    The dictionaries list a country's names first, then its cities: an alias counts when it
    is the name, a short code ("US"), or one of the first names sharing a word stem with an
    earlier one ("Britain" after "British", "Russia" after "Russian Federation").
    """
    keys = actor.aliases
    if not alias or not keys:
        return False
    if alias == keys[0] or (len(alias) == 1 and len(alias[0]) <= 3):
        return True
    try:
        idx = keys.index(alias)
    except ValueError:
        return False
    if idx > COUNTRY_NAME_SLOTS:
        return False
    stems = {w[:4] for w in keys[0] if w not in _STOP}
    for k in keys[1 : idx + 1]:
        k_stems = {w[:4] for w in k if w not in _STOP}
        if k_stems & stems or (len(k) == 1 and len(k[0]) <= 3):
            if k == alias:
                return True
            stems |= k_stems
    return False


class Sieve:
    """Clusters an article's mentions (see module docstring); one instance per article."""

    def __init__(
        self,
        mentions: list[MentionSpan],
        gazetteer: Gazetteer,
        date: str | None,
        tables: DocTables | None = None,
    ) -> None:
        self.mentions = mentions
        #: the article's tokens, for what the mentions do not tell (what a subject that is no
        #: mention is); None: such subjects are not looked at
        self.tables = tables
        self.gazetteer = gazetteer
        self.date = date
        self.clusters: list[Cluster] = []
        self.of: dict[int, Cluster] = {}  # mention start token -> cluster
        self._by_head: dict[int, MentionSpan] = {}
        self._next_index = 0
        #: pronoun mentions (by start) left unresolved because two candidates fitted equally
        self.ambiguous: set[int] = set()
        #: role nominal ("the prime minister", by its words and country) -> the person it named first
        self.role_holders: dict[tuple[str, ...], Cluster] = {}
        by_sentence: dict[int, list[MentionSpan]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        self.person_pronouns = PersonPronouns(
            by_sentence, self.mention_at, self.cluster_of, tables, civilian_noun=self._civilian_noun
        )
        for m in mentions:
            # a name answers for its core words, not its title ("Russian President" is no name)
            core_start = m.end - len(m.words) if m.kind == "name" else m.start
            for i in range(core_start, m.end):
                self._by_head.setdefault(i, m)
            self._by_head[m.head] = m

    def _civilian_noun(self, lemma: str) -> bool:
        """Is ``lemma`` a noun the gazetteer's agents give a private civilian sector ("refugee",
        "farmer", "voter", "shopkeeper")?"""
        found = self.gazetteer.agent_code([lemma])
        return found is not None and found[1] in CIVILIAN_AGENTS

    def mention_at(self, token_index: int) -> MentionSpan | None:
        return self._by_head.get(token_index)

    def cluster_of(self, m: MentionSpan) -> Cluster | None:
        return self.of.get(m.start)

    def _new(self, m: MentionSpan, **kw: object) -> Cluster:
        c = Cluster(self._next_index, **kw)  # type: ignore[arg-type]
        self._next_index += 1
        self.clusters.append(c)
        self._attach(m, c)
        return c

    def _attach(self, m: MentionSpan, c: Cluster) -> None:
        c.add(m)
        self.of[m.start] = c

    # --- pass 1 and 2: names -------------------------------------------------------------

    def _link(self, m: MentionSpan) -> tuple[Actor | None, bool]:
        """(actor, identity) for a name: identity False when the actor only gives codes."""
        words = m.words
        if len(words) == 1 and len(words[0]) <= 4 and words[0].islower():
            return None, False
        for key in (words, m.title_words + words):
            actor = self.gazetteer.actor(key)
            if actor is None:
                continue
            if (
                m.label == "Person"
                and actor.type != "Person"
                or actor.type == "Person"
                and m.label in {"Place", "Group"}
            ):
                continue
            if actor.type == "Person" and len(key) == 1 and not self._surname_links(m, actor):
                continue
            if (
                actor.type == "Organization"
                and m.country
                and actor.country_on(self.date) not in {m.country, None}
            ):
                continue
            if actor.type == "Organization" and _is_acronym(m) and self._unsupported_armed_group(actor):
                continue
            if actor.type == "Place":
                alias = tuple(w.lower().replace(".", "") for w in key)
                return actor, m.label in {None, "Place", "Group", "Organization"} and _country_like(
                    alias, actor
                )
            return actor, True
        return None, False

    def _unsupported_armed_group(self, actor: Actor) -> bool:
        """Is ``actor`` an armed group of a country (:data:`ARMED_GROUP_CODE_PARTS`) that the
        article does not name, by a nationality word, a possessor or a place of that country?
        Its acronym alone is then as likely another body's of the same letters (an agency, a
        party, a company: "the EPA" in a story about American regulations), left unlinked."""
        country = actor.country_on(self.date)
        armed = any(part in p.code[3:] for p in actor.periods for part in ARMED_GROUP_CODE_PARTS)
        return armed and country is not None and country not in self.named_countries

    @cached_property
    def named_countries(self) -> frozenset[str]:
        """The countries the article names: those its actors are said to be of
        (:attr:`article_countries`), those of the places it names that the gazetteer knows,
        and those of its nationality words, whatever they modify ("*Turkish* jets")."""
        places = set()
        t = self.tables
        if t is not None:
            for k, kind in enumerate(t.ent_type):
                country = self.gazetteer.country_code(t.text[k]) if kind in {"NORP", "GPE"} else None
                if country is not None:
                    places.add(country)
        for m in self.mentions:
            if m.kind != "name" or m.label not in {"Place", None}:
                continue
            actor = self.gazetteer.actor(m.words)
            country = actor.country_on(self.date) if actor is not None and actor.type == "Place" else None
            if country is not None:
                places.add(country)
        return self.article_countries | places

    def _surname_links(self, m: MentionSpan, actor: Actor) -> bool:
        """A surname alone ("Pompeo") links to a gazetteer person only when NER did not call it
        an organisation, no other person in the gazetteer has that surname and nothing in the
        article contradicts it: when the article's actors are of named countries, the person's
        country is one of them ("Sarkozy" among British voters is not France's president)."""
        if not (m.label in {"Person", None} and self.gazetteer.unique_for_surname(actor, m.words[-1])):
            return False
        country = actor.country_on(self.date)
        return country is None or not self.article_countries or country in self.article_countries

    @cached_property
    def article_countries(self) -> frozenset[str]:
        """The countries the article's actors are said to be of: nationality words and
        possessors ("British voters", "Australia's prime minister"). Places alone do not
        count: "Putin would travel to Beijing" names where he goes, not who he is."""
        return frozenset(m.country for m in self.mentions if m.country)

    def cluster_names(self) -> None:
        names = [m for m in self.mentions if m.kind == "name"]
        owners = _surname_owners(names)
        by_actor: dict[str, Cluster] = {}
        by_key: dict[tuple[str, ...], Cluster] = {}
        pending: list[MentionSpan] = []
        surnames: list[tuple[MentionSpan, MentionSpan]] = []
        spelled_out = {m.words: m.acronym_for for m in names if m.acronym_for is not None}
        for m in names:
            owner = self._surname_owner(m, owners)
            if owner is not None:
                surnames.append((m, owner))
                continue
            actor, identity = self._link(m)
            if actor is not None and self._stands_for_another(m, actor, spelled_out):
                actor, identity = None, False
            if actor is not None and identity:
                c = by_actor.get(actor.id) or self._new(m, actor=actor)
                if c.mentions[0] is not m:
                    self._attach(m, c)
                by_actor[actor.id] = c
                continue
            key = _name_key(m)
            if actor is not None and key not in by_key:
                by_key[key] = self._new(m, coded_by=actor)
                continue
            pending.append(m)
        # longer names first, so a surname finds its full name
        for m in sorted(pending, key=lambda m: (-len(m.words), m.start)):
            key = _name_key(m)
            if key in by_key:
                self._attach(m, by_key[key])
                continue
            target = self._name_match(m)
            if target is not None:
                self._attach(m, target)
            else:
                by_key[key] = self._new(m)
        self._join_surnames(surnames)
        self._merge_acronyms()

    def _stands_for_another(
        self, m: MentionSpan, actor: Actor, spelled_out: dict[tuple[str, ...], int]
    ) -> bool:
        """Is ``m`` an acronym the article spells out in brackets ("the Australian Federal Police
        (AFP)") as something other than the gazetteer's ``actor`` of the same letters (the news
        agency AFP)? Then it names what the article spells out (:meth:`_merge_acronyms`)."""
        expansion = spelled_out.get(m.words)
        em = self.mention_at(expansion) if expansion is not None else None
        return em is not None and self.gazetteer.actor(em.words) is not actor

    def _surname_owner(self, m: MentionSpan, owners: dict[str, list[MentionSpan]]) -> MentionSpan | None:
        """The full name of the one person in the article whose surname ``m`` is, whatever
        NER called ``m`` ("Pompeo" tagged ORG after "Mike Pompeo"); None when two people
        share the surname, when it names a country, or when it is an acronym."""
        words = joined_words(m.words)
        if len(words) != 1 or _is_acronym(m):
            return None
        found = owners.get(words[0].lower(), [])
        # a full name ("Robert Kilroy-Silk") tells people apart; a hyphenated surname alone
        # ("Mr Kilroy-Silk") names no other person than the full name that ends in it
        full = [o for o in found if len(joined_words(o.words)) >= 2] or found
        if len({(joined_words(o.words)[0].lower(), joined_words(o.words)[-1].lower()) for o in full}) != 1:
            return None
        actor, identity = self._link(m)
        if actor is not None and identity and actor.type == "Place":
            return None  # "Jordan" the country, not Michael Jordan
        return full[0]

    def _join_surnames(self, surnames: list[tuple[MentionSpan, MentionSpan]]) -> None:
        """Each surname joins its full name's cluster when their genders do not clash
        ("Mrs Blair" is not Tony Blair), else becomes a name of its own."""
        for m, owner in surnames:
            target = self.cluster_of(owner)
            if target is not None and agree([m.gender, target.gender()]) == (m.gender or target.gender()):
                self._attach(replace(m, label="Person"), target)  # the NER type yields to the full name
            else:
                self._new(m)

    def _name_match(self, m: MentionSpan) -> Cluster | None:
        """The one person cluster this (shorter) person name belongs to: surname or
        first+last; None when two people in the article fit or the genders clash."""
        if m.label not in {"Person", None} or _is_acronym(m):
            return None
        words = [w.lower() for w in joined_words(m.words)]
        found: list[Cluster] = []
        for c in self.clusters:
            if c.type != "Person":
                continue
            for other in c.names:
                if other.titled:
                    continue  # "Canterbury" is not the Archbishop of Canterbury
                ow = [w.lower() for w in joined_words(other.words)]
                full = list(c.actor.aliases[0]) if c.actor and c.actor.aliases else ow
                if any(
                    (len(cand) > len(words) or cand == words)
                    and words[-1] == cand[-1]
                    and (len(words) == 1 or words[0] == cand[0])
                    or _family_name_first(words, cand)
                    for cand in (ow, full)
                ):
                    found.append(c)
                    break
        # "Mr Howard" after Michael Howard and John Howard is neither; "Mrs Blair" is not Tony
        if len(found) != 1:
            return None
        gender = found[0].gender()
        return found[0] if agree([m.gender, gender]) == (m.gender or gender) else None

    def _merge_acronyms(self) -> None:
        """A cluster of acronyms only ("UAF") joins the cluster of the name it abbreviates:
        the one it follows in brackets, else a name whose initials it is."""
        named = [c for c in self.clusters if c.names]
        for c in list(named):
            acronym = _lone_acronym(c)
            if acronym is None:
                continue
            target = self._bracketed_expansion(c) or _expansion_by_initials(acronym, c, named)
            if target is not None and target is not c:
                for m in c.mentions:
                    self._attach(m, target)
                c.mentions.clear()
        self.clusters = [c for c in self.clusters if c.mentions]

    def _bracketed_expansion(self, c: Cluster) -> Cluster | None:
        """The cluster of the name an acronym follows in brackets ("Armed Forces of Ukraine (AFU)")."""
        explicit = next((m.acronym_for for m in c.names if m.acronym_for is not None), None)
        if explicit is None:
            return None
        em = self.mention_at(explicit)
        return self.cluster_of(em) if em is not None else None

    # --- pass 3: in text order ---------------------------------------------------------

    def resolve_in_order(self) -> None:
        history: list[tuple[MentionSpan, Cluster]] = []
        by_sentence: dict[int, list[tuple[MentionSpan, Cluster]]] = {}
        groups: dict[tuple[str, ...], Cluster] = {}
        for m in self.mentions:
            c: Cluster | None = self.cluster_of(m)
            if c is None:
                c = self._resolve_unclustered(m, history, by_sentence, groups)
                if c is not None and self.cluster_of(m) is None:
                    self._attach(m, c)
            if c is not None:
                history.append((m, c))
                by_sentence.setdefault(m.sentence, []).append((m, c))

    def _resolve_unclustered(
        self,
        m: MentionSpan,
        history: list[tuple[MentionSpan, Cluster]],
        by_sentence: dict[int, list[tuple[MentionSpan, Cluster]]],
        groups: dict[tuple[str, ...], Cluster],
    ) -> Cluster | None:
        """The cluster of a mention the name passes left alone (see module docstring, pass 3)."""
        if m.kind in {"role", "group", "person"}:
            return self._resolve_nominal(m, history, groups)
        if m.kind == "relative" and m.antecedent is not None:
            am = self.mention_at(m.antecedent)
            antecedent = self.cluster_of(am) if am is not None else None
            if m.words[0].lower() == "which" and antecedent is not None and _surely_person(antecedent):
                return None  # "Roybal, chairman of the subcommittee, which authored": not Roybal
            return antecedent
        if m.kind == "pronoun" and m.pronoun in REFLEXIVE_PRONOUNS:
            return self._binder(m)
        if m.kind == "pronoun" and m.pronoun in PERSON_PRONOUNS:
            found = self.person_pronouns.resolve(m)
            if found.ambiguous:
                self.ambiguous.add(m.start)
            return self._checked(m, found.cluster, history)
        if m.kind == "pronoun" and m.pronoun not in FIRST_PERSON:
            return self._checked(m, self._resolve_pronoun(m, by_sentence), history)
        return None

    def _checked(
        self, m: MentionSpan, found: Cluster | None, history: list[tuple[MentionSpan, Cluster]]
    ) -> Cluster | None:
        """The resolver's pick for a pronoun, unless the learned check finds it unlikely
        right (:mod:`pronoun_check`): then the pronoun is left unresolved."""
        if found is None or default_check().keep(
            m, found, history, self.person_pronouns.quoted(m.start), self.tables
        ):
            return found
        return None

    def _resolve_nominal(
        self,
        m: MentionSpan,
        history: list[tuple[MentionSpan, Cluster]],
        groups: dict[tuple[str, ...], Cluster],
    ) -> Cluster | None:
        """The cluster of a role, a group or a person named by a common noun: the one person
        named with its title word (:meth:`_titled_namesake`), a role's holder, or one node per
        role or group of a country."""
        if m.person_noun and m.kind in {"person", "group"}:
            namesake = self._titled_namesake(m)
            if namesake is not None:
                return namesake
        if m.kind == "role":
            c = self._resolve_role(m, history)
            if c is None and m.label != "Organization":
                key = ("role", m.country or "", *sorted(m.roles), "second" if _second_rank(m.words) else "")
                c = groups.get(key) or self._new(m, kind="role")
                groups[key] = c
            return c
        if m.kind != "group" or m.country is None:
            return None
        key = ("group", m.country, *(w.lower() for w in m.words))
        c = groups.get(key) or self._new(m, kind="group")
        groups[key] = c
        return c

    def _titled_namesake(self, m: MentionSpan) -> Cluster | None:
        """The person a bare "the judge" or "the prosecutor" refers to: the one person the article
        names with that word as a title ("Judge Richard Roe ... the judge said"), named before it;
        none when two people bear the title, or when the noun says more than the title does ("the
        former judge", "the appeals judge", "the judge at the appeal court", "the judge who heard
        the appeal")."""
        t = self.tables
        if t is None or m.plural or len(m.words) != 1:
            return None
        kids = t.kids[m.head]
        if not any(t.dep[d] == "det" and t.lower[d] == "the" for d in kids):
            return None
        if any(t.dep[d] not in {"det", "punct"} for d in kids):
            return None
        word = t.lemma_lower[m.head]
        titled = [n for n in self.mentions if n.kind == "name" and _title_word(n) == word]
        holders = {id(c): c for c in map(self.cluster_of, titled) if c is not None and c.type == "Person"}
        if len(holders) != 1 or not any(n.start < m.start for n in titled):
            return None
        (holder,) = holders.values()
        return holder

    def _binder(self, m: MentionSpan) -> Cluster | None:
        """What a reflexive ("himself", "itself", "themselves") means: the subject of its own
        clause, or of the clause that controls it ("a gunman tried to blow *himself* up"), or
        the noun it stresses ("the president *himself*"), when that is a mention that agrees
        with it; else nothing. A reflexive is bound within its clause: it never means someone
        named further away, as a "he" may (the gunman above, whom no name identifies, is not
        the politician named in the sentence before)."""
        t = self.tables
        if t is None:
            return None
        head = t.heads[m.head]
        if t.dep[m.head] in EMPHATIC_DEPS and t.pos[head] in ("NOUN", "PROPN"):
            binder = head
        else:
            binder = next((k for k in m.path if t.dep[k] in ("nsubj", "nsubjpass")), -1)
        bm = self.mention_at(binder) if binder >= 0 else None
        c = self.cluster_of(bm) if bm is not None else None
        if bm is None or c is None:
            return None
        if m.pronoun in PERSON_PRONOUNS:  # the syntax binds it: a gender must only not clash
            person = c.type == "Person" and not bm.plural
            return c if person and m.gender in (None, c.gender() or m.gender) else None
        fits = PRONOUN_AGREEMENT[m.pronoun or ""][0]
        return c if fits(c, bm) else None

    def _resolve_role(self, m: MentionSpan, history: list[tuple[MentionSpan, Cluster]]) -> Cluster | None:
        """The person a role nominal refers to: a person named with the role, else one known to
        hold it by a government actor code (the latest; for a head of government the most
        mentioned); else a person whose role nothing tells named in this or the last sentence
        ("Jan Kowalczyk arrived. The minister praised ..."), never for an assistant's role ("the
        spokesman"); nobody: None (the role stays an entity of its own)."""
        if m.label == "Organization":
            business = _named_business(m, history, self.date, self._parent_or_unit)
            return business if business is not None else self._only_business(m, history)
        named = self._named_beside(m) or self._apposed_to_name(m)
        if named is not None:
            return named
        role = min(m.roles, key=lambda r: (r not in HEAD_ROLES, r)) if m.roles else ""
        scores: dict[int, int] = {}  # each cluster is scored once, however often it was mentioned
        # "Scotland's leader" is not the prime minister: only someone named with the role fits
        least = 3 if is_head_role(role, m.country) and self._regional(m) else 1
        if _second_rank(m.words):
            least = 3  # "the vice president": someone named as such, no guess onto a person named near

        def fit(c: Cluster) -> int:
            score = scores.get(id(c))
            if score is None:
                score = 0 if _other_tenure(m, c) else self._role_fit(m, role, c)
                score = scores[id(c)] = score if score >= least else 0
            return score

        key = _role_key(m)
        held = self.role_holders.get(key)
        if held is not None and fit(held):
            return held  # "the prime minister" keeps its referent through the article
        found: Cluster | None = None
        head = is_head_role(role, m.country) or "prime" in (w.lower() for w in m.words)
        for level in (3, 2, 1):
            fitting = [
                c
                for prev, c in reversed(history)
                if fit(c) >= level
                and (
                    level > 1 or (role not in ASSISTANT_ROLES and m.sentence - prev.sentence <= GUESS_WINDOW)
                )
            ]
            if fitting:
                # a head of government is the article's most mentioned fitting person ("the
                # prime minister" is Tony Blair, not the Gordon Brown named last); other roles
                # the latest one ("the home secretary")
                found = self._role_pick(m, fitting, head, level)
                break
        if found is not None:
            self.role_holders[key] = found
        return found

    def _roles_beside(self, c: Cluster) -> set[str]:
        """The roles of the role nominals that name the cluster's person in apposition ("The
        much-criticised finance minister, Snyder Rini": finance minister; "Ann Lee, the firm's
        vice president"), which say what the person is as a title does."""
        return {
            r
            for m in c.mentions
            if m.kind == "role" and (self._named_beside(m) is c or self._apposed_to_name(m) is c)
            for r in m.roles
        }

    def _named_beside(self, m: MentionSpan) -> Cluster | None:
        """The person a role nominal names in apposition ("the coroner, *Dick Wallace*, said"),
        also where the parser hangs the name on the body after "of" ("the head of the Law
        Institute, *John Corcoran*, says": a body has no person in apposition): that person,
        whoever else fits the role."""
        t = self.tables
        if t is None:
            return None
        heads = [m.head] + [
            o for p in t.kids[m.head] if t.dep[p] == "prep" and t.lower[p] == "of" for o in t.kids[p]
        ]
        for k in (k for h in heads for k in t.kids[h]):
            am = self.mention_at(k) if t.dep[k] == "appos" and k > m.head else None
            c = self.cluster_of(am) if am is not None and am.kind == "name" else None
            if am is not None and c is not None and c.type == "Person" and not am.plural:
                return c
        return None

    def _apposed_to_name(self, m: MentionSpan) -> Cluster | None:
        """The person a role nominal stands in apposition to, named right before it ("Ann Lee,
        the firm's vice president, resigned"), or is said to be by a verb whose subject names
        them ("Jo Roe, who was the mayor's deputy chief of staff"): that person, whoever else
        the article names with a like role (the firm's president is not its vice president)."""
        t = self.tables
        if t is None or t.heads[m.head] == m.head:
            return None
        if t.dep[m.head] == "appos" and t.heads[m.head] < m.start:
            named = self.mention_at(t.heads[m.head])
        elif t.dep[m.head] == "attr" and not any(_unsure(t, k) for k in t.kids[t.heads[m.head]]):
            subjects = [k for k in t.kids[t.heads[m.head]] if t.dep[k] == "nsubj" and k < m.start]
            named = self.mention_at(subjects[0]) if len(subjects) == 1 else None
        else:
            return None
        c = self.cluster_of(named) if named is not None and named.kind in {"name", "relative"} else None
        return c if c is not None and c.type == "Person" and named is not None and not named.plural else None

    def _role_pick(self, m: MentionSpan, fitting: list[Cluster], head: bool, level: int) -> Cluster | None:
        """Of the fitting clusters (latest mention first), the one a role nominal names: for a
        head of government the article's most mentioned, else the latest. Named with the role
        (level 3) it is sure; otherwise two people mentioned equally often leave a head's role
        unresolved and ambiguous ("Tony Blair and Gordon Brown spoke. The prime minister ...":
        both are in government, nothing tells which is prime minister). A guess on nothing
        known (level 1) needs one person to guess: "Alan Pike has failed, Colin Marsh said. How
        was it right, the party leader asked" is either of the two."""
        if level == 1 and len({id(c) for c in fitting}) > 1:
            self.ambiguous.add(m.start)
            return None
        if not head:
            return fitting[0]
        mentioned = Counter(id(c) for c in fitting)
        top = max(mentioned.values())
        if level < 3 and sum(1 for n in mentioned.values() if n == top) > 1:
            self.ambiguous.add(m.start)
            return None
        return max(fitting, key=lambda c: mentioned[id(c)])  # max keeps the latest on a tie

    def _role_fit(self, m: MentionSpan, role: str, c: Cluster) -> int:
        """How a person cluster fits a role nominal: 3 named with the role ("Home Secretary
        Charles Clarke"), 2 known to fit otherwise (a head of government's role, a government
        actor code), 1 nothing known against it, 0 does not fit (another country; a role it is
        known not to hold)."""
        if c.type != "Person" or c.kind != "name" or _other_rank(m, role, c):
            return 0
        country = c.country(self.date)
        if m.country and (not country or country != m.country):
            return 0
        if role == "counterpart":
            return 1 if m.country is not None else 0
        # titles, and roles named beside the name ("the finance minister, Snyder Rini"), not
        # roles guessed onto it
        known = {r for n in c.names for r in n.roles} | self._roles_beside(c)
        code = c.actor_code(self.date) or ""
        if role == "leader":
            if role in known:
                return 3
            return 2 if known & HEAD_ROLES or code.endswith("GOV") else int(not known)
        if known:
            if role in known:
                return 3
            # a party's leader is no head of government ("Tory leader Michael Howard")
            heads = known & HEAD_ROLES - {"leader"}
            head_of_state = is_head_role(role, m.country) and bool(heads) and role != "president"
            return 2 if head_of_state else 0
        if c.actor:
            in_charge = role == "minister" or is_head_role(role, m.country)
            return 2 if self._in_government(c.actor, code, head=in_charge) else 0
        return 0 if _described_otherwise(c) else 1

    def _regional(self, m: MentionSpan) -> bool:
        """Does a role nominal name the office of a region within a country, not of the country:
        by a possessor or modifier that is a place the gazetteer lists among its country's
        places, not among its names ("*Scotland's* leader", "the *Texas* governor")? Its holder
        is then no head of the country's government, and only a person named with the role
        fits. A capital stands for its country as rarely before a head's title ("Moscow's
        leader"), and is taken for a place like any other. A people's word the gazetteer does
        not know ("the Chechen president", "the Scottish Conservative leader") is left alone:
        the guess onto the person named just before is as often right."""
        words = [m.country_word] if m.country_word else []
        t = self.tables
        if t is not None:
            words += [t.text[k] for k in range(m.start, m.end) if k != m.head and t.ent_type[k] == "GPE"]
        for word in words:
            alias = normalise_words([word])  # as the gazetteer keys it: "U.S." is listed as "us"
            actor = self.gazetteer.actor(alias)
            if actor is None or actor.type != "Place" or alias not in actor.aliases:
                continue
            if actor.aliases.index(alias) <= COUNTRY_NAME_SLOTS:
                continue
            if not _country_like(alias, actor):
                return True  # "Scotland", "Texas": listed among the country's places
        return False

    def _in_government(self, actor: Actor, code: str, head: bool) -> bool:
        """Is a gazetteer person in government? On the article's date; for a head of
        government's role ("the prime minister") in an article without a date, in any period
        the gazetteer knows ("Tony Blair" is GBRGOV 1997-2007), not for a spokesman or aide."""
        if code.endswith("GOV"):
            return True
        return head and self.date is None and any(p.code.endswith("GOV") for p in actor.periods)

    def _resolve_pronoun(
        self, m: MentionSpan, by_sentence: dict[int, list[tuple[MentionSpan, Cluster]]]
    ) -> Cluster | None:
        """The antecedent of a personal pronoun: an agreeing mention in this sentence or up to
        the pronoun's window back, the sentence's subject first (see :data:`PRONOUN_AGREEMENT`)."""
        agreement = PRONOUN_AGREEMENT.get(m.pronoun or "")
        if agreement is None:
            return None
        fits, window = agreement
        decided, above = self._by_syntax(m)
        if decided:
            return above
        before = [(pm, c) for pm, c in by_sentence.get(m.sentence, ()) if pm.start < m.start]
        own = self._speakers_own(m)
        for back in range(0, window + 1):
            cands = [
                (pm, c)
                for pm, c in (before if back == 0 else by_sentence.get(m.sentence - back, ()))
                if fits(c, pm)
                and c not in own
                and not reported_through(pm, c, m, self.date)
                and not reporting_outlet(pm, c, m, self.date)
                and not any(pm.start <= k < pm.end for k in m.clause_subjects)
                and c not in self.person_pronouns.own_subjects(m)
                and not (m.pronoun in PLURAL_PRONOUNS and self._adjective_name(pm))
            ]
            if cands:
                found = _preferred_antecedent(cands, back)
                if m.plural_nouns and any(_rival_plural(m, pm) for pm, c in cands if c is found):
                    return None  # "... the smaller parties can get their message across"
                if self._rivalled(m, cands, found, before, back):
                    self.ambiguous.add(m.start)
                    return None
                return found
        return None

    def _adjective_name(self, pm: MentionSpan) -> bool:
        """Is a name only an adjective of a noun ("agents of a *pro-Russian* party", "a
        *Ukrainian* court")? It names no people a "they" may mean: the noun it qualifies is
        what the sentence is about (a "they" after it is the people of the sentence, or open)."""
        t = self.tables
        if t is None or pm.kind != "name" or pm.plural or pm.end - pm.start > 3:
            return False
        h = pm.head
        qualified = t.heads[h]
        if t.dep[h] != "amod" or t.pos[h] != "ADJ" or qualified == h:
            return False
        return t.pos[qualified] in ("NOUN", "PROPN")

    def _speakers_own(self, m: MentionSpan) -> list[Cluster]:
        """What a quoted "it" or "they" cannot be. A quoted "it" is not its speaker ('"It was
        a very different tone. It was presidential," Haley said'): whoever speaks calls
        themself "I" or "we". A quoted "they" is none of the groups its speaker is called one of
        in their own phrase ("said Senator Jo Bloggs, the Ohio *Democrat*", "said *Labour* MP
        Jo Bloggs"): a speaker says "we" of their own side; their "they" is the other side."""
        t = self.tables
        if t is None or m.quote_speaker is None:
            return []
        if m.pronoun in NEUTER_PRONOUNS:
            said_by = self.mention_at(m.quote_speaker)
            c = self.cluster_of(said_by) if said_by is not None else None
            return [] if c is None or self._quoted_fragment(m) else [c]
        if m.pronoun not in PLURAL_PRONOUNS:
            return []
        phrase, own = [m.quote_speaker], []
        while phrase:
            k = phrase.pop()
            kids = [c for c in t.kids[k] if t.dep[c] in _SPEAKER_PHRASE_DEPS]
            phrase += kids
            own += [c for c in (self.cluster_of(x) for x in map(self.mention_at, kids) if x) if c]
        return [c for c in own if c.type == "Group"]

    def _rivalled_it(
        self,
        m: MentionSpan,
        cands: list[tuple[MentionSpan, Cluster]],
        found: Cluster,
        before: list[tuple[MentionSpan, Cluster]],
        back: int,
    ) -> bool:
        """Is the organisation found for an "it" rivalled: by a thing named nearer
        (:meth:`_thing_nearer`), or, found in an earlier sentence, by an organisation or a body
        in the pronoun's own ("These businesses became part of BOA when it snapped up ...";
        "He did not apologise to the British government after it said ...",
        :meth:`_body_noun_before`)?"""
        if self._thing_nearer(m, cands, found):
            return True
        if back == 1 and self._thing_subject_before(m):
            return True
        return bool(back) and (
            any(c is not found and _organisation(c, pm) for pm, c in before)
            or self._body_noun_before(m)
        )

    def _body_noun_before(self, m: MentionSpan) -> bool:
        """Is a body named by a singular common noun (:data:`BODY_NOUNS`) that a modifier tells
        apart before an "it" in its own sentence ("rebels took up arms against *Bashir's
        government*, accusing it of ..."; "did not apologise to *the British government* after it
        said")? It is nearer than any organisation of an earlier sentence and fits as well. Not a
        bare "the group" or "the company", which names again the organisation named before
        ("lawsuits against the group, claiming it made false statements"), nor a noun that is
        only a modifier ("a court filing"), nor one inside a quotation the "it" is not in."""
        t = self.tables
        if t is None:
            return False
        quoted = self.person_pronouns.quoted
        return any(
            t.lemma_lower[k] in BODY_NOUNS
            and t.tag[k] in THING_NOUN_TAGS
            and t.dep[k] != "compound"
            and any(t.dep[d] in _TELLING_MODIFIERS for d in t.kids[k])
            and quoted(k) == quoted(m.head)
            and not self._hangs_on(m, k)
            for k in range(t.sent_start[m.head], m.start)
        )

    def _rivalled(
        self,
        m: MentionSpan,
        cands: list[tuple[MentionSpan, Cluster]],
        found: Cluster,
        before: list[tuple[MentionSpan, Cluster]],
        back: int,
    ) -> bool:
        """Is what the search found for an "it" (:meth:`_rivalled_it`) or a "they" in an earlier
        sentence (:meth:`_unnamed_plural_subject`) rivalled by something that fits as well?"""
        if m.pronoun in NEUTER_PRONOUNS:
            return self._rivalled_it(m, cands, found, before, back)
        return m.pronoun in PLURAL_PRONOUNS and bool(back) and self._unnamed_plural_subject(cands, found)

    def _unnamed_plural_subject(self, cands: list[tuple[MentionSpan, Cluster]], found: Cluster) -> bool:
        """Is the group found for a "they" in an earlier sentence no subject there, while that
        sentence's subject is people no mention names ("*Members* of his team were in contact
        with Russian officials. \"They know nothing,\" he said"; "Some 20,000 *people* gathered,
        according to the local media. They ...")? The people the sentence is about are as
        likely meant as the group named in passing."""
        t = self.tables
        picked = [pm for pm, c in cands if c is found]
        if t is None or not picked or any(pm.subject for pm in picked):
            return False
        first = t.sent_start[picked[0].head]
        k = first
        while k < len(t.dep) and t.sent_start[k] == first:
            if (
                t.dep[k] in {"nsubj", "nsubjpass"}
                and t.tag[k] in PLURAL_NOUN_TAGS
                and t.lemma_lower[k] in ACTOR_NOUNS
                and self._unnamed(k)
            ):
                return True
            k += 1
        return False

    def _unnamed(self, k: int) -> bool:
        """Does token ``k`` head no mention, or one no cluster takes?"""
        pm = self.mention_at(k)
        return pm is None or self.cluster_of(pm) is None

    def _by_syntax(self, m: MentionSpan) -> tuple[bool, Cluster | None]:
        """(decided, antecedent) from the clauses above an "it" or a "they" alone, before any
        search: an "it" below two joined subjects is ambiguous, below an organisation or a
        country that one, below something else it may mean or in a cleft nothing; a "they"
        below plurals on both sides is ambiguous. Not decided: search by agreement."""
        if m.pronoun in NEUTER_PRONOUNS:
            if self._coordinated_above(m):
                self.ambiguous.add(m.start)
                return True, None
            if self._thing_object_above(m):
                self.ambiguous.add(m.start)
                return True, None
            if self._thing_only_predicate(m):
                return True, None
            above = self._subject_above(m) if m.path else None
            if above is not None:
                return True, above
            if m.path and self._other_thing_above(m) or self._cleft_it(m):
                return True, None
        elif m.pronoun in PLURAL_PRONOUNS and (
            self._plural_object_above(m) or self._coordinated_above(m) or self._joined_subject_before(m)
        ):
            self.ambiguous.add(m.start)
            return True, None
        elif m.pronoun in PLURAL_PRONOUNS and self._said_by_some(m):
            return True, None
        return False, None

    def _said_by_some(self, m: MentionSpan) -> bool:
        """Is a "they" in what a part of a group said -- the subject of the verb of saying above
        it a quantifier ("*Some* said they would vote for it", "*Most* of those interviewed
        said they ...", "*Many* said they") or people counted so and named no further ("*Many
        voters* said they were angry")? "they" is those speakers, no party or country named
        before (a part of it at most): left open."""
        t = self.tables
        if t is None or not m.path:
            return False
        k = m.path[0]
        if t.dep[k] not in {"nsubj", "nsubjpass"} or t.lemma_lower[t.heads[k]] not in REPORTING_VERBS:
            return False
        if t.lower[k] in SOME_OF_THEM and t.tag[k] not in {"NNP", "NNPS"}:
            return True
        return (
            t.tag[k] in PLURAL_NOUN_TAGS
            and any(t.dep[c] in {"amod", "det", "nummod"} and t.lower[c] in SOME_OF_THEM for c in t.kids[k])
            and self._unnamed(k)
        )

    def _other_thing_above(self, m: MentionSpan) -> bool:
        """Is the subject of the clause above an "it" something else it may mean, which no
        organisation named elsewhere can outrank? A common noun ("India's oil *production* has
        stagnated, and it is having to look abroad"; "*confidence* increased although it
        failed to ..."), a name that is no surely-known person ("*Euronext* has said it will
        bid", NER's person or group), an unresolved "it" or a group of things. A person
        (named, or an "official") does not count: "Mr Ross said it would grow" still looks
        for the firm."""
        pm = self.mention_at(m.path[0])
        if pm is not None and pm.kind == "relative" and pm.antecedent is not None:
            # "charities who say it would give better safeguards": what "who" stands for
            if pm.antecedent == m.path[0]:
                return False
            k = pm.antecedent
            pm = self.mention_at(k)
            if pm is None:
                return self._thing_noun_above(m, k)
        if pm is None:
            return self._thing_noun_above(m, m.path[0])
        if pm.kind == "pronoun":
            return pm.pronoun in NEUTER_PRONOUNS and self.cluster_of(pm) is None
        if pm.person_noun or pm.plural and not pm.words[-1][:1].isupper():
            return False  # "people were moved to make way for it": no "it" (but "Travelers")
        c = self.cluster_of(pm)
        return c is None or not _surely_person(c)

    def _coordinated_above(self, m: MentionSpan) -> bool:
        """Is the subject above an "it" or a "they" two things joined by "and" ("Rosneft and
        Yuganskneftegaz, should it become state-owned, must be privatised")? "it" is one of
        them, and nothing says which; "they" is both ("Labour and the Tories said they would
        act"), which no one node names."""
        t = self.tables
        if t is None or not m.path:
            return False
        k = m.path[0]
        return any(t.dep[c] == "conj" and c < m.head for c in t.kids[k])

    def _joined_subject_before(self, m: MentionSpan) -> bool:
        """Is the nearest subject before a subject "they" -- in its sentence, else the last
        of the sentence before -- two actors joined by "and" ("Tillerson said he and the
        minister had explored options, but signalled they had reached no agreement"; "The
        two capitals will work together. They shook hands")? "they" is then both, which no
        one node names, as below joined subjects (:meth:`_coordinated_above`)."""
        t = self.tables
        if t is None or t.dep[m.head] not in {"nsubj", "nsubjpass"}:
            return False
        start = t.sent_start[m.head]
        first = t.sent_start[start - 1] if start > 0 else 0
        for k in range(m.head - 1, first - 1, -1):
            if t.dep[k] in {"nsubj", "nsubjpass"}:
                joined = [c for c in t.kids[k] if t.dep[c] == "conj"]
                return bool(joined) and all(_actor_word(t, x) for x in (k, *joined))
        return False

    def _plural_object_above(self, m: MentionSpan) -> bool:
        """Does the clause above a "they" have plurals on both sides, its subject and an object
        ("Airlines have reacted against *the plans*, saying they would hurt companies"; "Police
        detained *three executives*, with reports suggesting they ...")? Either may be what
        "they" means; but things do not say or expect ("Analysts welcomed the results, saying
        they expected more": the analysts), people may ("Police detained the executives, saying
        they had confessed")."""
        t = self.tables
        if t is None or not m.path:
            return False
        subject = m.path[0]
        verb = t.heads[subject]
        actor = self.mention_at(subject)
        if actor is None and t.lemma_lower[subject] not in BODY_NOUNS | PEOPLE_NOUNS:
            return False  # no actor: "discussions were held with officials to convince them"
        if not (actor is not None and actor.plural or t.tag[subject] in PLURAL_NOUN_TAGS):
            return False
        objects = [k for k in t.kids[verb] if t.dep[k] in OBJECT_DEPS]
        objects += [p for k in t.kids[verb] if t.dep[k] == "prep" for p in t.kids[k] if t.dep[p] == "pobj"]
        objects += [c for k in objects for c in t.kids[k] if t.dep[c] == "conj"]
        agent = t.lemma_lower[t.heads[m.head]] in AGENT_VERBS
        return any(
            t.tag[k] in PLURAL_NOUN_TAGS and k < m.head and (not agent or self.mention_at(k) is not None)
            for k in objects
        )

    def _thing_object_above(self, m: MentionSpan) -> bool:
        """Is there a thing, as well as the actor, on both sides of the clause above an "it"
        whose predicate a thing may have (:meth:`_thing_predicate`: "Christian Aid condemned
        *the move*, saying it would see a million jobs axed"; "Man United turned down *the bid*
        because it was based on borrowing")? The object -- a singular common noun no mention
        took -- is as likely meant as the subject, and nothing decides. Not when the pronoun
        acts ("Acme rejected the offer, saying it expected more"; "Parliament will examine the
        issue when it debates the bill": the actor), nor when the object is the noun the
        pronoun's own phrase hangs on, or a noun of a body (:data:`BODY_NOUNS`)."""
        t = self.tables
        if t is None or not m.path or not self._thing_predicate(m):
            return False
        verb = t.heads[m.path[0]]
        objects = [k for k in t.kids[verb] if t.dep[k] in OBJECT_DEPS and k < m.head]
        return any(
            t.tag[k] in THING_NOUN_TAGS
            and self.mention_at(k) is None
            and t.lemma_lower[k] not in BODY_NOUNS
            and not self._hangs_on(m, k)
            for k in objects
        )

    def _thing_nearer(self, m: MentionSpan, cands: list[tuple[MentionSpan, Cluster]], found: Cluster) -> bool:
        """Is a thing the object of a verb between the organisation found for an "it" and the
        "it" itself, where "it" is an object or the subject of a thing's verb (:meth:`_things_it`)?
        The thing is nearer and fits the verb as well ("Acme has put an offer to its staff but
        the unions will reject *it*"; "The air force dropped a huge bomb. *It* wreaked
        havoc"): the organisation is not guessed. A singular common noun that no mention took,
        not a noun of a body or an actor (:data:`ACTOR_NOUNS`), not one the pronoun hangs on."""
        t = self.tables
        if t is None or not (self._things_it(m) or self._doer_unsaid_it(m)):
            return False
        last = max(pm.end for pm, c in cands if c is found)
        return any(
            t.dep[k] == "dobj"
            and t.tag[k] in THING_NOUN_TAGS
            and self.mention_at(k) is None
            and t.lemma_lower[k] not in ACTOR_NOUNS
            and not self._hangs_on(m, k)
            for k in range(last, m.start)
        )

    def _doer_unsaid_it(self, m: MentionSpan) -> bool:
        """Is this "it" the subject of a verb of a document's or a measure's way through
        institutions (:data:`PASSAGE_VERBS`: "it now heads to the full Senate")? After a thing
        named as an object nearer than the organisation ("The committee approved *the
        package*. It now heads to the Senate"), the thing is as likely meant. An actor may still
        lead, act, report and be fined ("It will lead the talks", "It was fined")."""
        t = self.tables
        assert t is not None
        return t.dep[m.head] == "nsubj" and t.lemma_lower[t.heads[m.head]] in PASSAGE_VERBS

    def _thing_subject_before(self, m: MentionSpan) -> bool:
        """Is an "it" that opens its sentence's subject preceded by a sentence whose main
        subject is a thing -- a singular common noun no mention took, not a body or an actor
        ("*The letter* to the agency said ... *It* added that the committee may hold a
        hearing")? Going on about that thing is as likely as going back to an organisation."""
        t = self.tables
        if t is None or t.dep[m.head] not in {"nsubj", "nsubjpass"} or m.sentence == 0:
            return False
        start = t.sent_start[m.head]
        if start == 0:
            return False
        prev_start = t.sent_start[start - 1]
        root = next((k for k in range(prev_start, start) if t.heads[k] == k), None)
        if root is None:
            return False
        return any(
            t.dep[k] in {"nsubj", "nsubjpass"}
            and t.tag[k] in THING_NOUN_TAGS
            and self.mention_at(k) is None
            and t.lemma_lower[k] not in ACTOR_NOUNS
            for k in t.kids[root]
        )

    def _things_it(self, m: MentionSpan) -> bool:
        """May this "it" be a thing by its place: an object ("reject it"), or the subject of a
        verb more often a thing's (:data:`THING_LED_VERBS`) that is no
        intention ("it had meant to") -- not of "be", whose noun may say it is an actor, nor of
        a verb an actor as often has ("It will lead the talks")? An infinitive after the
        verb's object is what the object is for, no intention ("It would include a panel to
        check the rules")."""
        t = self.tables
        assert t is not None
        dep = t.dep[m.head]
        if dep in {"dobj", "pobj"}:
            return True
        verb = t.heads[m.head]
        if _intention(t, verb):
            return False
        return dep == "nsubj" and t.lemma_lower[verb] in THING_LED_VERBS

    def _thing_predicate(self, m: MentionSpan) -> bool:
        """Is the "it" the subject of a predicate a thing may have: a passive ("it was based
        on"), "be" ("it will be the largest"), or a verb of :data:`THING_SUBJECT_VERBS` ("it
        would see jobs axed", "it would cost")?"""
        t = self.tables
        assert t is not None
        dep = t.dep[m.head]
        verb = t.lemma_lower[t.heads[m.head]]
        return dep == "nsubjpass" or dep == "nsubj" and (verb == "be" or verb in THING_SUBJECT_VERBS)

    def _parent_or_unit(self, c: Cluster) -> bool:
        """Is a business named as another's parent or unit, by a noun in apposition that an
        owner's word governs ("T-Mobile USA, *the company's American mobile business*"; "*its
        parent company*, China Aviation Oil Holding Company")? Then "the company" may mean
        either of the two (:data:`OWNERSHIP_NOUNS`)."""
        t = self.tables
        if t is None:
            return False
        for m in c.names:
            h = m.head
            nouns = [k for k in t.kids[h] if t.dep[k] == "appos"]
            if t.dep[h] == "appos":
                nouns.append(t.heads[h])
            for k in nouns:
                words = {t.lemma_lower[k]} | {t.lemma_lower[d] for d in t.kids[k] if t.dep[d] == "compound"}
                owned = any(t.dep[d] == "poss" for d in t.kids[k])
                if owned and words & OWNERSHIP_NOUNS:
                    return True
        return False

    def _only_business(self, m: MentionSpan, history: list[tuple[MentionSpan, Cluster]]) -> Cluster | None:
        """A bare "the company" or "the firm" that no business named as a subject just before
        takes: the one business the article has named before it in any role -- a possessor, an
        object ("Analysts praised Acme's results. The company said ...") -- when exactly one
        fits; nobody when two do or when it is another's parent or unit
        (:data:`BARE_BUSINESS_NOUNS`, :func:`_business_like`). A firm named only in a person's
        title ("said Acme chief executive Jo Bloggs") is no mention, so not counted."""
        if tuple(w.lower() for w in m.words) not in BARE_BUSINESS_NOUNS:
            return None
        found = {id(c): c for _, c in history if _business_like(c, self.date)}
        if len(found) != 1:
            return None
        (only,) = found.values()
        return None if self._parent_or_unit(only) else only

    def _thing_only_predicate(self, m: MentionSpan) -> bool:
        """Is the "it" the subject of a verb whose subject is a thing or nothing, never an
        actor (:data:`THING_ONLY_VERBS`: "it rose 2%", "said it exposed racism", "it would cost
        $1bn"; :data:`LIKENESS_VERBS`: "it looks like the $40 level"), or of a "be" that says
        it is a thing (:meth:`_thing_by_predicate_noun`)? It then means the
        price, the ruling, the plan or nothing, and no organisation is guessed for it."""
        t = self.tables
        if t is None or m.pronoun != "it":
            return False
        if _event_or_empty_it(t, m.head):
            return True
        if t.dep[m.head] != "nsubj":
            return False
        verb = t.heads[m.head]
        if t.pos[verb] == "ADJ" and any(_clause_to_fill(t, k) for k in t.kids[verb]):
            return True  # "make it easier to raise capital": what the infinitive says is "it"
        if t.lemma_lower[verb] in LIKENESS_VERBS:
            # "it looks like", "it seems that", "it appears unlikely"; not "it is looking for"
            return any(
                t.dep[k] in LIKENESS_DEPS or t.lower[k] in {"like", "as", "though"} for k in t.kids[verb]
            )
        if t.lemma_lower[verb] == "be":
            return self._thing_by_predicate_noun(verb)
        if any(t.dep[k] == "xcomp" for k in t.kids[verb]):
            return False  # "it had not meant to discriminate": an intention, an actor's
        preposition = THING_ONLY_PREPOSITIONS.get(t.lemma_lower[verb])
        if preposition is not None and any(
            t.dep[k] == "prep" and t.lower[k] == preposition for k in t.kids[verb]
        ):
            return True
        return t.lemma_lower[verb] in THING_ONLY_VERBS

    def _thing_by_predicate_noun(self, verb: int) -> bool:
        """Does "be" say its "it" is a thing: a common noun that names no actor, itself or
        after "one of" ("it will be one of the largest foreign *investments*"; the cleft "it
        was the same *projects* which ...")? Not a noun of a body, a business, people or a role
        an actor plays (:data:`ACTOR_NOUNS`: "it is the biggest *lender*", "a *supplier*")."""
        t = self.tables
        assert t is not None
        for a in t.kids[verb]:
            if t.dep[a] != "attr":
                continue
            if t.lower[a] == "one":
                a = next(
                    (p for k in t.kids[a] if t.lower[k] == "of" for p in t.kids[k] if t.dep[p] == "pobj"), a
                )
            if t.tag[a] in THING_NOUN_TAGS | {"NNS"} and self.mention_at(a) is None:
                return t.lemma_lower[a] not in ACTOR_NOUNS
        return False

    def _hangs_on(self, m: MentionSpan, k: int) -> bool:
        """Is token ``k`` above the pronoun ``m`` in the parse ("the debt *it* took on")?"""
        t = self.tables
        assert t is not None
        return t.is_below(m.head, k)

    def _cleft_it(self, m: MentionSpan) -> bool:
        """Is this "it" the empty subject of a cleft ("it is the year-on-year comparisons which
        are the most striking", "it is the firm that makes the Mini") or of "it is the case
        that ..."? It then names nothing: "be" with a definite noun that a relative clause
        restricts (no comma before it: "It is a phone firm, which would provide ..." refers),
        or with a noun of :data:`EXPLETIVE_FOCUS_NOUNS`."""
        t = self.tables
        if t is None or m.pronoun != "it" or t.dep[m.head] != "nsubj":
            return False
        verb = t.heads[m.head]
        if t.lemma_lower[verb] != "be":
            return False
        for a in t.kids[verb]:
            if t.dep[a] != "attr" or a < m.head:
                continue
            if t.lemma_lower[a] in EXPLETIVE_FOCUS_NOUNS:
                return True
            definite = any(t.dep[d] == "det" and t.lower[d] == "the" for d in t.kids[a])
            if definite and any(t.dep[r] == "relcl" and t.text[a + 1] != "," for r in t.kids[a]):
                return True
        return False

    def _thing_noun_above(self, m: MentionSpan, k: int) -> bool:
        """Is token ``k``, a subject above the pronoun ``m`` that is no mention, a singular
        common noun "it" may mean (the bid, the rate, confidence)? Not a placeholder "it" ("after
        it emerged it had hidden debts"), not a plural ("people were moved to make way for it"),
        not the noun the pronoun's own phrase hangs on ("the debt it took on"), not a thing when
        the pronoun says, thinks or expects something (:data:`AGENT_VERBS`), not a noun whose
        possessor is an organisation or an "its" ("the company's statement said it would";
        "Its latest action came when it took control")."""
        t = self.tables
        if t is None or t.tag[k] not in THING_NOUN_TAGS:
            return False
        if t.lemma_lower[t.heads[m.head]] in AGENT_VERBS and t.lemma_lower[k] not in BODY_NOUNS:
            return False  # "the slowdown was unlikely to hurt prices while it expected ...": no thing expects
        if any(t.dep[c] == "poss" and self._organisation_at(c) for c in t.kids[k]):
            return False
        return not self._hangs_on(m, k)

    def _organisation_at(self, k: int) -> bool:
        """Does token ``k`` head a mention of an organisation, or an "its"?"""
        pm = self.mention_at(k)
        if pm is None:
            return False
        if pm.kind == "pronoun":
            return pm.pronoun in NEUTER_PRONOUNS
        c = self.cluster_of(pm)
        return c is not None and _organisation(c, pm)

    def _subject_above(self, m: MentionSpan) -> Cluster | None:
        """The organisation, country or thing named by the subject of the clause above an "it"
        ("The US said *it* filed the complaint", "Barclays was the focus of speculation when
        *it* was linked to Citigroup"); None when that subject names no such thing (a person,
        a group, a common noun: then the usual search decides)."""
        pm = self.mention_at(m.path[0])
        c = self.cluster_of(pm) if pm is not None else None
        if pm is None or c is None or c.type in {"Person", "Group"} or (pm.plural and pm.kind != "name"):
            return None  # a name's plural form says little ("Barclays")
        if c in self.person_pronouns.own_subjects(m):
            return None  # "Russia has said it is bound by it": the second "it" is not Russia
        if reported_through(pm, c, m, self.date) or reporting_outlet(pm, c, m, self.date):
            return None  # "Reuters reported that it ...": the outlet is the channel, not the actor
        if _organisation(c, pm) or (pm.kind == "name" and c.gender() is None and not _names_a_person(c)):
            return c  # an organisation, a country, a product NER gave no type
        return None

    def speaker_excluded(
        self, pronoun: MentionSpan, said_by: MentionSpan | None, speaker_tokens: range
    ) -> bool:
        """May ``pronoun`` not be the speaker of what it stands in? When the speaker is a news
        outlet it cannot mean (:func:`reporting_outlet`: "The WSJ said the two were ripe for a
        merger. Pernod has cut the debt *it* took on" is no statement by the WSJ about itself),
        when the subject right above the pronoun is the speaker's "I" or "we", or when an "it"
        has something else above it that it may mean (:meth:`_other_thing_above`:
        "The BCC found confidence increased although overall *it* failed to reach ...").
        ``said_by`` is the speaker's mention, if it is one, ``speaker_tokens`` its tokens."""
        if self._cleft_it(pronoun) or self._thing_only_predicate(pronoun):
            return True
        first = self.mention_at(pronoun.path[0]) if pronoun.path else None
        own = self.mention_at(pronoun.clause_subject) if pronoun.clause_subject is not None else None
        if any(x is not None and x.pronoun in FIRST_PERSON for x in (first, own)):
            return True  # '"... we estimate it to be 30-40%," the institution says': "we" is the speaker
        c = self.cluster_of(said_by) if said_by is not None else None
        if said_by is not None and c is not None:
            if reporting_outlet(replace(said_by, speaker=True), c, pronoun, self.date):
                return True
            neuter = pronoun.pronoun in NEUTER_PRONOUNS
            if neuter and self._it_no_speaker(pronoun, said_by, c, speaker_tokens):
                return True
        if pronoun.pronoun in PLURAL_PRONOUNS and self._they_may_be_another(pronoun, speaker_tokens):
            return True
        if pronoun.pronoun in NEUTER_PRONOUNS and pronoun.path:
            above = pronoun.path[0]
            while self.tables is not None and self.tables.dep[above] == "appos":
                above = self.tables.heads[above]  # "The firm, Paion, said that it hoped"
            if above in speaker_tokens:
                return False  # "the party said it would not return"
            pm = self.mention_at(above)
            if pm is not None and pm.pronoun in NEUTER_PRONOUNS:
                return False  # "warned it might need money if it was required to": as the first
            return self._other_thing_above(pronoun)
        return False

    def _it_no_speaker(
        self, pronoun: MentionSpan, said_by: MentionSpan, c: Cluster, speaker_tokens: range
    ) -> bool:
        """May an "it" not be the speaker ``said_by`` (of cluster ``c``) itself: a cluster that
        holds a person ("Disney did not reveal that it ...", "Disney" joined to "Roy Disney";
        "Shaheen told Al Jazeera that ... it would", NER's "Shaheen" no person but the article's
        "Suleiman Shaheen" one), or an "it" inside the speaker's own quotation ('"It has hurt
        relations," Cavusoglu said'), where a speaker calls itself "I" or "we"? Not asked of a
        speaker who is a person by their phrase: their "it" may be the body they speak for."""
        if _names_a_person(c):
            return True
        if said_by.person_noun or said_by.label == "Person":
            return False
        quoted = pronoun.quote_speaker in speaker_tokens and not self._quoted_fragment(pronoun)
        return c.type == "Person" or quoted

    def _quoted_fragment(self, m: MentionSpan) -> bool:
        """Is the quotation the pronoun is in a fragment set into a sentence of reported speech
        (the ministry said it makes it "clear ... that *it* expects diplomats to ..."): its
        opening mark right after a word of the same sentence? The reporter's words around it
        speak of the speaker in the third person, as the fragment may."""
        t = self.tables
        assert t is not None
        k = m.start - 1
        while k >= 0 and t.text[k] not in QUOTE_MARKS:
            k -= 1
        return k > 0 and t.sent_start[k] < k and t.text[k - 1][-1:].isalnum()

    def _they_may_be_another(self, pronoun: MentionSpan, speaker_tokens: range) -> bool:
        """May a "they" in what a speaker said mean others: plurals on both sides of the clause
        above it, two joined subjects above it, or a plural noun in what was said ("the law
        lords said the current powers were unfair because they could only be used on ...")?"""
        if self._plural_object_above(pronoun) or self._coordinated_above(pronoun):
            return True
        return any(_said(speaker_tokens, pronoun, k) for k in pronoun.plural_nouns)

    def run(self) -> Sieve:
        self.cluster_names()
        self.resolve_in_order()
        return self

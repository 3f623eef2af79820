"""What a description names when the article names it: "the country", "the armed group",
"the city of Geneva", "the Sinn Fein party", "the diplomat".

A definite common noun that the sieve leaves to no cluster would become a node of its own
("country", "armed group"), standing for no one. These shapes of English news name what it
means, each asked only of a definite noun ("the ...", with no possessor):

- the name inside the phrase: a body's kind after its name ("the Sinn Fein *party*", "the
  Islamic State *group*") or with the name in apposition ("the radical *group* Hamas"), by
  the body's own name or acronym, not an alias the gazetteer gives another body; a place's
  kind before "of" and its name ("the *city* of Geneva", "the *state* of Hawaii");
- "the country", "the nation" (with adjectives only: "the Scandinavian nation"): the one
  country the nearest sentence naming a country names (this one before the noun, else one
  of the two before it), as the subject or possessor of a phrase; a second subject or
  possessor there, or a second country a verb acts on ("Russia accused Ukraine ... The
  country denied"), and it is left;
- "the bloc": the one union of states (an IGO code, not the UN) named in any role in this
  sentence before it or the two before ("his EU counterparts ... the bloc");
- a calling ("the diplomat", "the businessman"): the one person named in this sentence
  before it or the one before, when no unnamed person is there too, no title of theirs is
  of another kind ("Prime Minister Jo Roe ... The activist") and the noun brought in no one
  else earlier in the article ("A diplomat was expelled ... The diplomat").

Nothing else is guessed: the node stays a description when nothing or two things fit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from graphbuilder.extract.modality import first_conjunct
from graphbuilder.resolve.coref import Cluster, Sieve

if TYPE_CHECKING:
    from graphbuilder.nlp.tables import DocTables

#: Nouns of a body that a name before them or in apposition names ("the Sinn Fein party").
BODY_KIND_NOUNS = frozenset(
    "group organisation organization movement militia party bloc alliance coalition faction".split()
)
#: Nouns of a place that a name after "of" names ("the city of Geneva", "the state of Hawaii").
PLACE_KIND_NOUNS = frozenset(
    "city town village state province region island country county district republic kingdom".split()
)
#: Nouns that refer back to a country ("the country", "the Scandinavian nation").
COUNTRY_NOUNS = frozenset({"country", "nation"})
#: Callings by which news refers back to the person it has just named ("Gennady Gatilov said
#: ... the diplomat added", "Mr Adebo was pleased ... the businessman told CNN"): the one
#: person named in this sentence or the one before. Not the nouns of someone who speaks for
#: another or whom an article seldom names ("the official", "the spokesman", "the source"),
#: nor of people known by a tie to another or by what happened to them ("the father", "the
#: victim", "the man"), nor the roles the sieve resolves itself (:data:`mentions.ROLE_NOUNS`).
CALLING_NOUNS = frozenset(
    "diplomat businessman businesswoman activist campaigner journalist economist banker investor "
    "tycoon billionaire cleric preacher businessperson lawmaker legislator politician congressman "
    "congresswoman".split()
)
_LAWMAKER_ROLES = (
    "lawmaker legislator senator congressman congresswoman mp representative speaker assemblyman"
)
_POLITICIAN_ROLES = _LAWMAKER_ROLES + (
    " politician minister president premier chancellor leader mayor governor prime"
)
#: A businessman is as often one in office too ("the billionaire tycoon" for a former prime
#: minister, "the businessman" for a president).
_BUSINESS_ROLES = _POLITICIAN_ROLES + (
    " businessman businesswoman businessperson tycoon billionaire investor banker owner founder chairman"
    " chairwoman ceo executive director boss entrepreneur magnate proprietor"
)
#: The titles and roles (:meth:`Cluster.roles`) a person may hold and still be called by a
#: calling: a foreign minister or an envoy is "the diplomat", a prime minister is no "activist".
#: A person with titles of which none fits is not the one the calling means ("Prime Minister
#: Jo Roe spoke. The activist said ..."); a person with none known may be.
CALLING_ROLES: dict[str, frozenset[str]] = {
    calling: frozenset(roles.split())
    for callings, roles in (
        ("diplomat", "diplomat ambassador envoy consul foreign emissary negotiator mediator representative"),
        ("lawmaker legislator congressman congresswoman", _LAWMAKER_ROLES),
        ("politician", _POLITICIAN_ROLES),
        ("businessman businesswoman businessperson tycoon billionaire investor banker", _BUSINESS_ROLES),
        ("activist campaigner", "activist campaigner dissident organiser organizer"),
        ("journalist", "journalist reporter editor correspondent columnist presenter anchor blogger"),
        ("economist", "economist analyst"),
        (
            "cleric preacher",
            "cleric preacher imam ayatollah sheikh mullah priest bishop archbishop cardinal rabbi pastor",
        ),
    )
    for calling in callings.split()
}
#: Nouns for a union of states ("the bloc", "the 27-member bloc"): the one such union named
#: nearby, in any role ("EU leaders agreed ... The bloc will"), by its CAMEO code (IGO), not
#: the United Nations, which news does not call a bloc.
BLOC_NOUNS = frozenset({"bloc"})
#: Codes of intergovernmental bodies that are no bloc.
_NO_BLOC_CODES = ("IGOUNO",)
#: How many sentences before its own a description looks for the country or body it means.
DESCRIBED_WINDOW = 2
#: Dependencies of a noun that says what something is rather than naming it ("it was *the
#: most stable country* in the region").
_PREDICATE_DEPS = frozenset({"attr", "oprd", "acomp"})
#: Modifiers a description may have and still refer back ("the *armed* group").
_ADJECTIVE_DEPS = frozenset({"amod", "advmod"})
#: Dependencies of a name that tells of a phrase (its subject or possessor: "*ISIL's* first
#: occupation", "*Sweden* has announced").
_TELLING_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def described_cluster(sieve: Sieve, t: DocTables, head: int) -> Cluster | None:
    """The cluster a definite description headed at ``head`` names (module docstring), or None."""
    if t.tag[head] != "NN" or not _the(t, head) or t.dep[head] in _PREDICATE_DEPS:
        return None  # "it was the most stable country in the region" says what, not who
    noun = t.lemma_lower[head]
    found = None
    if noun in BODY_KIND_NOUNS:
        found = _named_body(sieve, t, head)
    if found is None and noun in PLACE_KIND_NOUNS:
        found = _named_place(sieve, t, head)
    if found is None and noun in COUNTRY_NOUNS and _bare(t, head) and _as_country(t, head):
        nations = _nations(sieve, t, head)
        found = _nearest(sieve, t, head, lambda c: _country(sieve, c, nations))
    if found is None and noun in BLOC_NOUNS and _bare(t, head):
        found = _one_bloc_before(sieve, t, head)
    if found is None and noun in CALLING_NOUNS and not _noun_before(t, head):
        found = _one_person_before(sieve, t, head)
        if found is not None and not _called_so(sieve, t, head, found):
            found = None
    return found


def _the(t: DocTables, head: int) -> bool:
    return any(t.dep[k] == "det" and t.lower[k] == "the" for k in t.kids[head]) and not any(
        t.dep[k] == "poss" for k in t.kids[head]
    )


def _bare(t: DocTables, head: int) -> bool:
    """Does the noun carry, before it, only "the" and adjectives, and after it no "of" but a
    count ("the country of 5.2 million") and no name in apposition?"""
    for k in t.kids[head]:
        if k < head and t.dep[k] not in _ADJECTIVE_DEPS | {"det", "punct"}:
            return False
        if k < head and t.ent_type[k] in {"GPE", "ORG", "PERSON", "FAC", "LOC"}:
            return False  # "the Gulf country": a name says more than the noun
        if k > head and t.dep[k] == "prep" and t.lower[k] == "of" and not _counted(t, k):
            return False
        if k > head and t.dep[k] == "appos":
            return False
        if k > head and t.dep[k] == "relcl" and t.text[t.left_edge(k) - 1] != ",":
            return False  # "the group that met the Pope": the clause says which group, a new one
    return True


def _counted(t: DocTables, prep: int) -> bool:
    """Does the "of" phrase count people ("of 5.2 million", "of over five million people")?"""
    return any(t.dep[o] == "pobj" and any(t.tag[n] == "CD" for n in t.subtree(o)) for o in t.kids[prep])


def _as_country(t: DocTables, head: int) -> bool:
    """Is the noun one that names a country here: "the country" anywhere, "the nation" only as
    a subject ("the nation owes it to the alliance"); a speech "to the nation" is to the
    speaker's own people, whatever country was named before."""
    return t.lemma_lower[head] != "nation" or t.dep[head] in {"nsubj", "nsubjpass"}


def _noun_before(t: DocTables, head: int) -> bool:
    """Does the noun appear earlier, in this sentence or the two before, not within a name ("a
    diplomat met Jo Roe ... the diplomat")? Then it may refer back to that one."""
    first = t.sents[max(t.sent_number[head] - DESCRIBED_WINDOW, 0)][0]
    noun = t.lemma_lower[head]
    return any(t.lemma_lower[k] == noun and t.pos[k] == "NOUN" for k in range(first, head))


def _called_so(sieve: Sieve, t: DocTables, head: int, person: Cluster) -> bool:
    """May the calling at ``head`` mean ``person``: set in apposition to the person's name
    ("Trump, the businessman who ..."), else no title of theirs other than the calling's kind
    (:data:`CALLING_ROLES`), and the noun not bringing in another one earlier in the article
    ("A Ruritanian diplomat was expelled. ... Foreign Minister Jo Roe said ... The diplomat had
    lived in Paris": the expelled one, not Jo Roe)?"""
    said = sieve.mention_at(t.heads[head]) if t.dep[head] == "appos" else None
    if said is not None and sieve.cluster_of(said) is person:
        return True
    roles = {w for role in person.roles() for w in role.split()}
    if roles and not roles & CALLING_ROLES.get(t.lemma_lower[head], frozenset()):
        return False  # "Prime Minister Jo Roe ... The activist"
    noun = t.lemma_lower[head]
    uses = [k for k in range(head) if t.lemma_lower[k] == noun and _indefinite(t, k)]
    return all(_names(sieve, t, k, person) for k in uses)


def _indefinite(t: DocTables, k: int) -> bool:
    """Is the noun at ``k`` one of its kind brought in anew ("*a* Ruritanian diplomat", "another
    activist")? A definite one ("the diplomat", "Russia's top diplomat") refers back."""
    return t.tag[k] == "NN" and any(
        t.dep[d] == "det" and t.lower[d] in {"a", "an", "another"} or t.lower[d] == "one" for d in t.kids[k]
    )


def _names(sieve: Sieve, t: DocTables, k: int, person: Cluster) -> bool:
    """Is the word at ``k`` in a mention of ``person`` ("Russia's top *diplomat* Sergey Lavrov")
    or in apposition with one ("An *activist*, Jo Roe, was arrested", "Jo Roe, an *activist*")?"""
    beside = {t.heads[k]} if t.dep[k] == "appos" else set()
    beside |= {d for d in t.kids[k] if t.dep[d] == "appos"}
    return any(
        (m.start <= k < m.end or m.head in beside) and sieve.cluster_of(m) is person for m in sieve.mentions
    )


def _cluster(sieve: Sieve, k: int) -> Cluster | None:
    """The cluster of the name at ``k``, not one a person's name is in ("the Trump movement")."""
    m = sieve.mention_at(k)
    c = sieve.cluster_of(m) if m is not None and m.kind == "name" else None
    return None if c is None or any(n.label == "Person" for n in c.names) else c


def _named_body(sieve: Sieve, t: DocTables, head: int) -> Cluster | None:
    """The organisation a body's kind names in its own phrase: a name right before it ("the
    Sinn Fein party", "the Islamic State of Iraq and the Levant (ISIL) group") or in
    apposition after it ("the radical group Hamas")."""
    for k in t.kids[head]:
        near = k < head and t.dep[k] == "compound" and _adjacent_name(t, k, head)
        after = k > head and t.dep[k] in {"appos", "compound"}
        c = _cluster(sieve, k) if near or after else None
        if c is None or c.type not in {"Organization", "Group"} or any(m.plural for m in c.names):
            continue
        if _by_own_name(sieve, k, c) and not _a_persons_surname(sieve, k):
            return c
    return None


def _a_persons_surname(sieve: Sieve, k: int) -> bool:
    """Is the name at ``k`` one word, linked to no actor, that ends a person's name in the
    article or in the gazetteer ("the *Trump* movement", "Trump" tagged an organisation)? The
    phrase is named after the person, and is no body of that name."""
    m = sieve.mention_at(k)
    c = sieve.cluster_of(m) if m is not None else None
    if m is None or c is None or c.actor is not None or len(m.words) != 1:
        return False
    word = m.words[0].lower()
    return sieve.gazetteer.is_surname(word) or any(
        o.type == "Person" and any(len(n.words) > 1 and n.words[-1].lower() == word for n in o.names)
        for o in sieve.clusters
    )


def _by_own_name(sieve: Sieve, k: int, c: Cluster) -> bool:
    """Is the name at ``k`` the cluster's own, not an alias the gazetteer gives another body
    ("the Islamic Jihad movement" is not the Hezbollah the alias "Islamic Jihad" links to)?
    An acronym counts as its own ("the ISIL group")."""
    m = sieve.mention_at(k)
    if c.actor is None or m is None:
        return True
    words = tuple(w.lower() for w in m.words)
    acronym = len(m.words) == 1 and m.words[0].isupper()
    return acronym or words == c.actor.aliases[0] or " ".join(words) == c.actor.name.lower()


def _adjacent_name(t: DocTables, k: int, head: int) -> bool:
    """Do only name words, brackets and an acronym stand between the compound ``k`` and the
    noun ("Levant (ISIL) group"), no hyphen that makes it a modifier ("al-Qaeda-linked")?"""
    return all(
        t.text[j] in {"(", ")"} or (t.text[j][:1].isupper() and t.pos[j] == "PROPN") for j in range(k, head)
    )


def _named_place(sieve: Sieve, t: DocTables, head: int) -> Cluster | None:
    """The place a place's kind names after "of" ("the city of Geneva")."""
    for prep in t.kids[head]:
        if prep > head and t.dep[prep] == "prep" and t.lower[prep] == "of":
            for o in t.kids[prep]:
                c = _cluster(sieve, o) if t.dep[o] == "pobj" and t.pos[o] == "PROPN" else None
                # not a place named only as a people ("the shrine city of Samarra" tagged a
                # nationality), whose node takes the people's plural ("Samarras")
                if c is not None and c.type == "Place" and not all(n.label == "Group" for n in c.names):
                    return c
    return None


def _nations(sieve: Sieve, t: DocTables, head: int) -> set[str | None]:
    """The countries the nationality words before the noun name ("the *Iraqi* group")."""
    return {sieve.gazetteer.country_code(t.text[k]) for k in t.kids[head] if k < head} - {None}


def _country(sieve: Sieve, c: Cluster, nations: set[str | None]) -> bool:
    """Is the cluster a country, linked by one of its own names ("Sweden", not "Stockholm"),
    and the one a nationality on the noun names, if any ("the Syrian nation")?"""
    code = c.actor.code_on(sieve.date) if c.actor is not None else None
    if c.actor is None or c.actor.type != "Place" or code is None or len(code) != 3:
        return False
    return not nations or nations == {code}


def _nearest(sieve: Sieve, t: DocTables, head: int, fits: Callable[[Cluster], bool]) -> Cluster | None:
    """The one fitting cluster of the nearest sentence naming any (this one before ``head``,
    then back :data:`DESCRIBED_WINDOW` sentences), named there as a subject or possessor; None
    when that sentence names two fitting clusters that way, or a second one as a verb's
    object (:func:`_acted_on`), or none."""
    number = t.sent_number[head]
    for back in range(DESCRIBED_WINDOW + 1):
        if number - back < 0:
            break
        start, end = t.sents[number - back]
        found: dict[int, Cluster] = {}
        telling: dict[int, Cluster] = {}
        acted_on: set[int] = set()
        for m in sieve.mentions:
            if m.kind != "name" or not start <= m.head < min(end, head):
                continue
            c = sieve.cluster_of(m)
            if c is None or not fits(c):
                continue
            found[c.index] = c
            if _telling(t, m.head):
                telling[c.index] = c
            if _acted_on(t, m.head):
                acted_on.add(c.index)
        if found:
            # the one acted on is as often meant as the one acting ("Russia accused *Ukraine*
            # ... The country denied"), unlike one named in a phrase ("threats from Russia")
            one = len(telling) == 1 and len(found) <= 2 and not acted_on - telling.keys()
            return next(iter(telling.values())) if one else None
    return None


def _acted_on(t: DocTables, k: int) -> bool:
    """Is the name at ``k`` a verb's object or its passive's agent, or joined by "and" to one
    ("accused *Ukraine*", "warned *North Korea*", "was attacked by *Russia*")?"""
    k = first_conjunct(t, k)
    return t.dep[k] in {"dobj", "dative"} or t.dep[k] == "pobj" and t.dep[t.heads[k]] == "agent"


def _telling(t: DocTables, k: int) -> bool:
    """Is the name at ``k`` a subject or possessor, or joined by "and" to one ("Hungary and
    *Serbia* have closed")?"""
    return t.dep[first_conjunct(t, k)] in _TELLING_DEPS


def _one_person_before(sieve: Sieve, t: DocTables, head: int) -> Cluster | None:
    """The one person named (by name or by a pronoun given to them) in this sentence before
    ``head`` or in the one before it, known to be of the country a nationality on the noun
    names, if any ("the Russian diplomat"); None when two people are, or someone no name
    identifies ("an official", an unresolved "he")."""
    number = t.sent_number[head]
    start = t.sents[max(number - 1, 0)][0]
    nations = _nations(sieve, t, head)
    people: dict[int, Cluster] = {}
    for m in sieve.mentions:
        if not start <= m.head < head or m.kind not in {"name", "pronoun", "role", "person"}:
            continue
        c = sieve.cluster_of(m)
        if c is None or c.type != "Person" or m.plural:
            if m.kind in {"role", "person"} or m.label == "Person" or m.pronoun in {"he", "she"}:
                return None  # someone no name identifies may be the one meant
            continue
        people[c.index] = c
    if len(people) != 1:
        return None
    (person,) = people.values()
    if person.kind != "name" or nations and person.country(sieve.date) not in nations:
        return None  # "Jo Roe ... the US diplomat": of no country known, or of another
    return person


def _one_bloc_before(sieve: Sieve, t: DocTables, head: int) -> Cluster | None:
    """The one union of states (:data:`BLOC_NOUNS`) named in this sentence before ``head`` or
    in the :data:`DESCRIBED_WINDOW` before it; None when two are, or none."""
    start = t.sents[max(t.sent_number[head] - DESCRIBED_WINDOW, 0)][0]
    blocs: dict[int, Cluster] = {}
    for m in sieve.mentions:
        c = sieve.cluster_of(m) if m.kind == "name" and start <= m.head < head else None
        code = c.actor_code(sieve.date) or "" if c is not None else ""
        if c is not None and code.startswith("IGO") and not code.startswith(_NO_BLOC_CODES):
            blocs[c.index] = c
    return next(iter(blocs.values())) if len(blocs) == 1 else None

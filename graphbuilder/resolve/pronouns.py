"""Who "he" and "she" refer to: agreement, a short window, salience, and no guess when two fit.

A person pronoun is resolved only to a person cluster that agrees with it in number and
gender (:mod:`gender`; a person whose gender nothing tells does not agree), found

1. in its own sentence, along its antecedent path (:func:`mentions.antecedent_path`): the
   subject of the clause above it ("Howard said *Mr Blair* would be running scared if he
   refused"), else the only agreeing person named before it in the sentence -- but not when
   the pronoun is the sentence's speaker ('"... Mr Yushchenko can ...," he said': what
   precedes is what was said, and speakers do not name themselves), and not someone the
   path names only in passing, as a possessor or an addressee, below another person who is
   a subject ("Mr Sullivan will be sentenced after Mr Ebbers' trial, where he ...": ambiguous);
2. else in the nearest of the two sentences before it that names an agreeing person (none
   when a nearer one has a named person of unknown gender as its subject): its
   main-clause subject, else the only agreeing person in it -- but not someone named so far
   only in passing (an object, a predicate noun, inside a phrase) while another agreeing
   person is a subject in those sentences ("Mr Makarov joined the KGB. One of his fellow
   pupils was Vladimir Putin. At headquarters, he ...": left unresolved);
3. else, for a pronoun that says something ('"...," he said'), the last agreeing speaker
   a few sentences back, when no other agreeing person came between.

A "he" or "she" inside a quotation is never its speaker (:mod:`quotes`), nor is the speaker
of a quotation anyone it speaks of as "he" or "she", or names ('"I was never advised by
Scott Sullivan," he said' is not Scott Sullivan).

A "he" or "she" in a clause or phrase that opens its sentence before the subject ("As he
left the meeting, Bharara told reporters") may point forward to that subject: when the one
found before is someone else, it is left open.

It stays unresolved (an article-local entity) when the syntax points at someone no name
identifies ("an MP said he ..."), when an unresolved "he" is the nearest candidate, or
when two different people fit equally: then it is marked *ambiguous*, and statements about
it get a lower confidence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from graphbuilder.extract.labels import QUOTE_MARKS, SINGULAR_NOUN_TAGS
from graphbuilder.lexicon import PERSON_NOUNS
from graphbuilder.resolve.gender import FEMALE, MALE, name_gender
from graphbuilder.resolve.mentions import HONORIFICS, ROLE_NOUNS, TITLE_WORDS, MentionSpan
from graphbuilder.resolve.quotes import quoted_tokens, speakers_of_quoted

if TYPE_CHECKING:
    from graphbuilder.nlp.tables import DocTables
    from graphbuilder.resolve.coref import Cluster

#: How many sentences back a person pronoun looks for its antecedent (the current one aside).
PRONOUN_WINDOW = 2
#: How many sentences back "he said" may look for the last speaker, when no one else is named between.
SPEAKER_WINDOW = 5


#: Dependencies of a person named in passing on a pronoun's path: a possessor ("Mr Ebbers'
#: trial, where he ..."); not a subject, nor a name in apposition to one ("the minister,
#: Roberto Lavagna, said that he ...": the same person), nor the one a thing is given to
#: ("the party repaid £500,000 to Lord Ashcroft after he predicted defeat": often the topic).
PASSING_DEPS = frozenset({"poss"})
#: Dependencies of a subject, and of a name in apposition to one ("The Attorney General, Lord
#: Goldsmith, has issued no instructions": Lord Goldsmith is what the sentence is about).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Dependencies of a clause or phrase that may open a sentence before its subject: an
#: adverbial clause ("As he left, ..."), a prepositional phrase ("In his speech, ..."), a
#: participle ("Asked whether he would stand, ...").
LEADING_DEPS = frozenset({"advcl", "prep", "npadvmod"})
#: Labels on the way up from a pronoun to the leading clause or phrase it stands in.
_INSIDE_LEADING_DEPS = LEADING_DEPS | {"poss", "pobj", "nsubj", "nsubjpass", "dobj"}
#: Relative pronouns that stand for a person ("the boy *who*").
WHO_WORDS = frozenset({"who", "whom"})
#: Words for anyone at all, whose "who" names no one a pronoun may mean ("everyone who").
ANYONE_WORDS = frozenset(
    "everyone everybody anyone anybody someone somebody nobody one those whoever anything".split()
)
#: Dependencies of a noun said of a subject or an object ("he is *the man* who").
PREDICATE_DEPS = frozenset({"attr", "oprd"})
#: Tags of a singular noun, common or proper, or of an adjective used as one ("the
#: 26-year-old who has been arrested"): what a "who" of one person stands for.
WHO_ANTECEDENT_TAGS = SINGULAR_NOUN_TAGS | {"JJ"}
#: Dependencies of a name the pronoun's clause hangs below as an object ("John Howard is
#: defending *Peter Hollingworth* against criticism of the way he ..."): a rival of the
#: subject above, which the syntax does not rank.
OBJECT_RIVAL_DEPS = frozenset({"dobj", "dative", "pobj"})
#: Person nouns of someone who speaks for another: what they report of "he" or "she" is
#: about the one they speak for ("His lawyer said he would appeal": not the lawyer).
SPEAKS_FOR_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "solicitor", "barrister"}
)


#: Person nouns for a private person, no office: who a feature or a report of an event is
#: about when it names them no further ("a 34-year-old mother", "the father of three").
PRIVATE_PERSON_NOUNS = frozenset(
    "man woman boy girl father mother brother sister son daughter husband wife widow friend "
    "neighbour neighbor resident citizen voter worker employee student pupil teacher nurse "
    "patient victim witness person refugee migrant immigrant farmer veteran retiree".split()
)
#: The gender a person noun tells.
NOUN_GENDERS = {
    **dict.fromkeys("man boy father brother son husband".split(), MALE),
    **dict.fromkeys("woman girl mother sister daughter wife widow".split(), FEMALE),
}


class Resolution(NamedTuple):
    """The antecedent cluster (None: unresolved) and whether two candidates fitted equally."""

    cluster: Cluster | None
    ambiguous: bool = False


UNRESOLVED = Resolution(None)
AMBIGUOUS = Resolution(None, True)


class Candidate(NamedTuple):
    """A mention before the pronoun that may be its antecedent; ``cluster`` None: it names a
    person no name identifies (an unnamed person noun, an unresolved pronoun)."""

    mention: MentionSpan
    cluster: Cluster | None


class PersonPronouns:
    """Resolves "he"/"she" over one article's mentions (see module docstring)."""

    def __init__(
        self,
        by_sentence: dict[int, list[MentionSpan]],
        mention_at: Callable[[int], MentionSpan | None],
        cluster_of: Callable[[MentionSpan], Cluster | None],
        tables: DocTables | None = None,
        civilian_noun: Callable[[str], bool] | None = None,
    ) -> None:
        self.by_sentence = by_sentence
        #: is a (lower-case) singular noun one for a private person of a civilian sector
        #: (the gazetteer's agents: "refugee", "farmer", "voter"); None: only :data:`PRIVATE_PERSON_NOUNS`
        self.civilian_noun = civilian_noun
        self.mention_at = mention_at
        self.cluster_of = cluster_of
        #: the article's tokens, for the syntax the mentions do not record (None: not looked at)
        self.tables = tables
        self._quoted: frozenset[int] | None = None
        self._speakers: dict[int, int] | None = None

    def quoted(self, i: int) -> bool:
        """Is token ``i`` inside a quotation (worked out once per article)?"""
        if self.tables is None:
            return False
        if self._quoted is None:
            self._quoted = quoted_tokens(self.tables)
        return i in self._quoted

    def _speaks_of_self(self, m: MentionSpan, c: Cluster) -> bool:
        """Is the person a quotation names its own speaker ('the prime minister said: "...
        whoever is the prime minister ..."')?"""
        if self.tables is None:
            return False
        if self._speakers is None:
            self._speakers = speakers_of_quoted(self.tables)
        speaker = self._speakers.get(m.head)
        said_by = self.mention_at(speaker) if speaker is not None else None
        return said_by is not None and self.cluster_of(said_by) is c

    # --- agreement ---------------------------------------------------------------------

    def candidate(self, pronoun: MentionSpan, m: MentionSpan) -> Candidate | None:
        """``m`` as a candidate antecedent of ``pronoun``, or None when it cannot be one."""
        if m is pronoun or m.plural or not _gender_fits(pronoun.gender, m.gender):
            return None
        c = self.cluster_of(m)
        if c is not None and self._co_argument(pronoun, c):
            return None
        if c is not None and self._quoted_person(pronoun, m) is c:
            # '"Mr Silk is not a team player." How will he win?': someone a quotation speaks
            # of, not its speaker nor the narrative's subject: the pronoun may mean either
            fits = c.type == "Person" and _gender_agrees(pronoun.gender, c.gender())
            return Candidate(m, None) if fits else None
        if c is not None and c.type == "Person" and _gender_agrees(pronoun.gender, c.gender()):
            return Candidate(m, c)
        if m.person_noun and (c is None or c.type != "Person"):
            return Candidate(m, None)  # "an MP", "the official": a person with no name
        if m.kind == "role" and not m.plural and (c is None or c.kind == "role"):
            return Candidate(m, None)  # "the chancellor" that no name was found for
        if m.kind == "pronoun" and c is None and m.gender == pronoun.gender:
            return Candidate(m, None)  # an earlier "he" left unresolved
        if c is None and self._who_of_someone(m):
            # "the 15-year-old who had been offending": a person, no name; the subject of its clause
            return Candidate(replace(m, subject=self._subject_dep(m)), None)
        return None

    def _co_argument(self, pronoun: MentionSpan, c: Cluster) -> bool:
        """Is ``c`` another argument of the pronoun's own verb, which it cannot be: its subject
        ("Sullivan said ... and described *him*": not Sullivan, wherever named) or a relative
        pronoun's ("his counterpart, Lavrov, whom he believes to be strong": not Lavrov)?"""
        return c in self.own_subjects(pronoun) or c in self._relatives_beside(pronoun)

    def _relatives_beside(self, pronoun: MentionSpan) -> list[Cluster]:
        """What a relative pronoun of the pronoun's own verb stands for ("Lavrov, *whom* he
        believes to be a strong diplomat"): two arguments of one verb are two people, so the
        pronoun is not the one the relative clause is about (a reflexive would say so)."""
        t = self.tables
        if t is None or pronoun.head == t.heads[pronoun.head]:
            return []
        verb = t.heads[pronoun.head]
        found = []
        for k in t.kids[verb]:
            rm = self.mention_at(k) if k != pronoun.head else None
            c = self.cluster_of(rm) if rm is not None and rm.kind == "relative" else None
            if c is not None:
                found.append(c)
        return found

    def _subject_dep(self, m: MentionSpan) -> bool:
        """Is the mention's head the subject of its clause (a relative "who" is not marked so)?"""
        return m.subject or self.tables is not None and self.tables.dep[m.head] in SUBJECT_DEPS

    def _who_of_someone(self, m: MentionSpan) -> bool:
        """Is ``m`` a relative "who" of one person no name identifies ("an orphan *who* had
        been offending since he was 13", "the 26-year-old *who* has been arrested")? Whom it
        stands for is a person the pronoun may mean; a "who" of a named person is in that
        person's cluster, one of a plural ("officials who") is no "he" or "she"."""
        t = self.tables
        if t is None or m.kind != "relative" or m.antecedent is None or m.words[0].lower() not in WHO_WORDS:
            return False
        if t.lower[m.antecedent] in ANYONE_WORDS:
            return False  # "everyone who looks at the economy says ...": no one in particular
        return t.tag[m.antecedent] in WHO_ANTECEDENT_TAGS and not self._said_of_someone_named(m.antecedent)

    def _said_of_someone_named(self, noun: int) -> bool:
        """Is ``noun`` said of a named person, as a predicate ("Brown cast himself as *the man*
        who will win", "Smith is *the man* who ...")? The subject or object it is said of
        names them; a "who" after it is that person, no rival ("the 15-year-old was *an
        orphan* who ...": no one named, a rival still)."""
        t = self.tables
        assert t is not None
        if t.dep[noun] in PREDICATE_DEPS:
            verb = t.heads[noun]
        elif t.dep[noun] == "pobj" and t.lower[t.heads[noun]] in {"as", "like"}:
            verb = t.heads[t.heads[noun]]
        else:
            return False
        return any(t.dep[k] in SUBJECT_DEPS | {"dobj"} and self._names_someone(k) for k in t.kids[verb])

    def _names_someone(self, k: int) -> bool:
        m = self.mention_at(k)
        return m is not None and self.cluster_of(m) is not None

    def own_subjects(self, pronoun: MentionSpan) -> list[Cluster]:
        """What the subjects of an object pronoun's own clause name, which the pronoun cannot
        (it would be "himself", "itself"): "Russia has said that it is bound by *it*" -- the
        first "it" is Russia, so the second is not."""
        own = (self.mention_at(k) for k in pronoun.clause_subjects)
        return [c for c in (self.cluster_of(m) for m in own if m is not None) if c is not None]

    def _candidates(self, pronoun: MentionSpan, sentence: int) -> list[Candidate]:
        out = []
        for m in self.by_sentence.get(sentence, ()):
            if sentence == pronoun.sentence and m.start >= pronoun.start:
                break
            if pronoun.speaker and m.quote_speaker == pronoun.head:
                continue  # '"... it was nice knowing *him*," he said': whom the quote is about
            if _speaks_for_another(pronoun, m, self.tables):
                continue
            cand = self.candidate(pronoun, m)
            if cand is not None:
                out.append(cand)
        return self._same_outside_quotes(pronoun, out)

    def _same_outside_quotes(self, pronoun: MentionSpan, cands: list[Candidate]) -> list[Candidate]:
        """Drop a person a quotation speaks of who is also named outside quotation marks in
        the same sentence (the prime minister said: "... whoever is the prime minister ...").
        He stands for himself there."""
        unquoted = {id(c.cluster) for c in cands if c.cluster is not None}
        return [
            c
            for c in cands
            if c.cluster is not None or id(self._quoted_person(pronoun, c.mention)) not in unquoted
        ]

    def _quoted_person(self, pronoun: MentionSpan, m: MentionSpan) -> Cluster | None:
        """The person a mention inside a quotation names, when the pronoun is outside one."""
        if m.kind == "pronoun" or not self.quoted(m.head) or self.quoted(pronoun.head):
            return None
        c = self.cluster_of(m)
        return None if c is None or self._speaks_of_self(m, c) else c

    # --- resolution --------------------------------------------------------------------

    def resolve(self, pronoun: MentionSpan) -> Resolution:
        found = self._resolve(pronoun)
        if found.cluster is not None and self._unnamed_subject_above(pronoun, found.cluster):
            return AMBIGUOUS
        if found.cluster is not None and self._before_its_subject(pronoun, found.cluster):
            return AMBIGUOUS
        if found.cluster is not None and self._named_in_own_quotation(pronoun, found.cluster):
            return AMBIGUOUS
        if found.cluster is not None and pronoun.quote_speaker is not None:
            speaker = self.mention_at(pronoun.quote_speaker)
            said_by = self.cluster_of(speaker) if speaker is not None else None
            if (
                speaker is not None
                and said_by is None
                and speaker.kind == "pronoun"
                and speaker.start > pronoun.start
            ):
                # '"*He* has ability ...," he said': who says it is found first (it cannot be
                # anyone the quotation speaks of, so this does not come back here)
                said_by = self._resolve(speaker).cluster
            if said_by is found.cluster:
                return AMBIGUOUS  # "he" in Croucher's quotation is not Croucher
        return found

    def _unnamed_subject_above(self, pronoun: MentionSpan, found: Cluster) -> bool:
        """Is the subject of the nearest clause above the pronoun that names anyone a person
        other than ``found`` whom the mentions do not identify: a proper noun no name mention
        took ("*Roe* said from his hospital bed that he hid", the name missed), or a one-word
        name of untold gender that is a word of a longer person's name in the article ("Li Na
        ... *Li* loved the wizard because when he was at school ...")? The syntax points at
        them; the person found further off, or named beside as an object, is no better guess."""
        t = self.tables
        if t is None:
            return False
        for i in pronoun.path:
            m = self.mention_at(i)
            if m is None:
                if t.dep[i] in SUBJECT_DEPS and _name_word(t, i):
                    # "Sessions did not mention it during his hearings": the name missed may be
                    # the found person's own ("Jeff Sessions")
                    return not any(t.text[i] in x.words for x in found.mentions if x.kind == "name")
                continue
            c = self.cluster_of(m)
            if c is found:
                return False
            if c is None or c.type != "Person":
                if m.kind in {"pronoun", "person", "role"} or m.person_noun:
                    return False
                continue
            return (
                m.kind == "name"
                and len(m.words) == 1
                and t.dep[i] in SUBJECT_DEPS
                and _gender_untold(pronoun, c)
                and self._word_of_a_longer_name(pronoun, m, c)
            )
        return False

    def _word_of_a_longer_name(self, pronoun: MentionSpan, m: MentionSpan, c: Cluster) -> bool:
        """Is the one-word name ``m`` a word of a person's name of two words or more mentioned
        in the article in another cluster ("Li" after "Li Na": a person, left unjoined), whose
        first name does not tell a gender other than the pronoun's ("Elizabeth" after
        "Elizabeth Hart" is no "he")?"""
        word = m.words[0]
        return any(
            x.kind == "name"
            and len(x.words) > 1
            and word in x.words
            and x.label == "Person"
            and _gender_fits(pronoun.gender, name_gender(x.words, x.title_words))
            for ms in self.by_sentence.values()
            for x in ms
            if x.sentence <= m.sentence and self.cluster_of(x) is not c
        )

    def _before_its_subject(self, pronoun: MentionSpan, found: Cluster) -> bool:
        """Is the pronoun in a clause or phrase that opens its sentence before the subject of
        the clause it hangs on, a person who is not ``found`` ("As he left the meeting,
        Bharara told reporters ...", "In his first speech, the new president said ...")? A
        pronoun may point forward to that subject (:data:`LEADING_DEPS`), and the person named
        before is as likely meant."""
        t = self.tables
        if t is None:
            return False
        k = pronoun.head
        while t.dep[k] in _INSIDE_LEADING_DEPS and t.heads[k] != k:
            if any(t.dep[s] in SUBJECT_DEPS and s < pronoun.head for s in t.kids[k]):
                return False  # "Asked if Sessions should have included his meetings, ...": its own subject
            if t.dep[k] in LEADING_DEPS and t.heads[k] > k:
                if t.dep[t.heads[k]] != "ROOT":
                    return False  # "X said that when he left, Y ...": inside what X said, he is X
                return any(
                    t.dep[s] in SUBJECT_DEPS and s > pronoun.head and self._other_person(pronoun, s, found)
                    for s in t.kids[t.heads[k]]
                )
            k = t.heads[k]
        return False

    def _other_person(self, pronoun: MentionSpan, k: int, found: Cluster) -> bool:
        """Does token ``k`` name a person (by name, role or person noun) other than ``found``,
        whose gender does not clash with the pronoun's?"""
        m = self.mention_at(k)
        if m is None or m.kind == "pronoun" or m.plural or not _gender_fits(pronoun.gender, m.gender):
            return False
        c = self.cluster_of(m)
        if c is found or c is not None and not _gender_fits(pronoun.gender, c.gender()):
            return False
        return m.person_noun or m.kind == "role" or c is not None and c.type == "Person"

    def _named_in_own_quotation(self, pronoun: MentionSpan, found: Cluster) -> bool:
        """Is ``pronoun`` the speaker of the quotation before it ('"...," he told the court')
        and ``found`` a person that quotation names (a quotation mark between the name and the
        pronoun: not "Mr Mallon is a late recruit, he claims")? Speakers do not name themselves: in '"I
        wasn't advised by Scott Sullivan of anything," he told the court' the "he" is not Scott
        Sullivan, whoever the sentences before make the likeliest; nor the one it calls by a role
        ('"I'd like to see the president talk about what he knows," he added': not the president)."""
        t = self.tables
        if t is None or not (pronoun.speaker and pronoun.root_subject and not pronoun.path):
            return False
        return any(
            m.kind in {"name", "role"}
            and m.start < pronoun.start
            and self.cluster_of(m) is found
            and any(t.text[k] in QUOTE_MARKS for k in range(m.end, pronoun.start))
            for m in self.by_sentence.get(pronoun.sentence, ())
        )

    def _resolve(self, pronoun: MentionSpan) -> Resolution:
        found = self._in_own_sentence(pronoun)
        if found is not None:
            return found
        if self._unknown_gender_on_path(pronoun):
            return AMBIGUOUS
        if self._private_person_subject(pronoun, pronoun.sentence, ()):
            return AMBIGUOUS
        for back in range(1, PRONOUN_WINDOW + 1):
            cands = self._candidates(pronoun, pronoun.sentence - back)
            if not cands and (
                self._unknown_gender_subject(pronoun, pronoun.sentence - back)
                or self._untold_named_in(pronoun, pronoun.sentence - back)
            ):
                return AMBIGUOUS
            if self._private_person_subject(pronoun, pronoun.sentence - back, cands):
                return AMBIGUOUS
            if cands:
                found = _most_salient(cands, pronoun)
                if found.cluster is not None and self._named_in_passing(found.cluster, pronoun):
                    return AMBIGUOUS
                if self._below_an_untold_subject(pronoun, cands, found, pronoun.sentence - back):
                    return AMBIGUOUS
                if found.cluster is not None and self._untold_person_before(pronoun, found.cluster):
                    return AMBIGUOUS
                return found
        if pronoun.speaker:
            return self._last_speaker(pronoun)
        return UNRESOLVED

    def _private_person_subject(
        self, pronoun: MentionSpan, sentence: int, cands: Sequence[Candidate]
    ) -> bool:
        """Is the subject of ``sentence`` (of the pronoun's own sentence: a subject on its
        path) a private person no name identifies -- a singular common noun of a person
        (:data:`PRIVATE_PERSON_NOUNS`, or a civilian sector of the gazetteer's agents: "The
        34-year-old refugee said he fled", "The shopkeeper lost her job. She said ...") that
        agrees with the pronoun -- while no person named there is a subject? A feature goes on
        about such a person as "he" or "she"; a politician named further back is no better guess."""
        t = self.tables
        if t is None or sentence < 0 or sentence >= len(t.sents):
            return False
        if any(c.cluster is not None and self._subject_dep(c.mention) for c in cands):
            return False
        if sentence == pronoun.sentence:
            indexes: Sequence[int] = pronoun.path
        else:
            indexes = range(*t.sents[sentence])
        return any(self._private_person(pronoun, i) for i in indexes)

    def _private_person(self, pronoun: MentionSpan, i: int) -> bool:
        t = self.tables
        assert t is not None
        if t.tag[i] != "NN" or self.quoted(i) != self.quoted(pronoun.head):
            return False
        if t.dep[i] not in SUBJECT_DEPS and not self._opening_noun(i):
            return False
        lemma = t.lemma_lower[i]
        civilian = self.civilian_noun is not None and self.civilian_noun(lemma)
        if not (lemma in PRIVATE_PERSON_NOUNS or civilian):
            return False
        m = self.mention_at(i)
        if m is not None and self.cluster_of(m) is not None:
            return False  # "Smith, a teacher ... the teacher": the resolver tied it to a name
        noun_gender = NOUN_GENDERS.get(lemma)
        return noun_gender is None or noun_gender == pronoun.gender

    def _opening_noun(self, i: int) -> bool:
        """Is token ``i`` the head noun the sentence opens with ("The father of three works at
        a mill", which the parser may read with no subject): only a determiner, adjectives or
        numbers of its own phrase before it? The sentence is about that person whatever the parse says."""
        t = self.tables
        assert t is not None
        start = t.sent_start[i]
        # its own phrase opens the sentence ("The 40-year-old father of two")
        return t.pos[i] == "NOUN" and t.left_edge(i) == start

    def _in_own_sentence(self, pronoun: MentionSpan) -> Resolution | None:
        """The pick in the pronoun's own sentence, None to look further back."""
        if pronoun.speaker and pronoun.root_subject and not pronoun.path:
            # '"... Mr Yushchenko can go to the public ...," he told BBC News': what comes before
            # the sentence's speaker is what they said, and a speaker does not name themself
            return None
        cands = [
            c
            for c in self._candidates(pronoun, pronoun.sentence)
            if all(c.mention is not self.mention_at(k) for k in pronoun.clause_subjects)
        ]
        if not cands:
            return None
        on_path = self._on_path(pronoun)
        path_starts = {m.start for m in map(self.mention_at, pronoun.path) if m is not None}
        if on_path is not None:
            if on_path.cluster is None:
                return UNRESOLVED  # "an MP said he ...": someone unnamed
            # a rival: a subject or a path mention between the pick and the pronoun (not a
            # possessor inside an object: "Kennedy will attack Mr Blair's words as he ...")
            rivals = [
                c
                for c in cands
                if c.mention.start > on_path.mention.start
                and (
                    c.mention.subject
                    or c.mention.start in path_starts
                    or self._object_rival(c.mention, pronoun)
                )
                or self._same_verb_subject(c.mention, on_path.mention)
            ]
            if _distinct(rivals, on_path) or self._possessor_below_a_subject(pronoun, on_path):
                return AMBIGUOUS
            if self._untold_nearer_on_path(pronoun, on_path):
                return AMBIGUOUS
            return Resolution(on_path.cluster)
        found = _only_one(cands)
        if found.cluster is not None and self._untold_subject_above(pronoun, found.cluster, cands):
            return AMBIGUOUS
        return found

    def _untold_nearer_on_path(self, pronoun: MentionSpan, pick: Candidate) -> bool:
        """Is a person named in full whose gender nothing tells on the pronoun's path nearer than the
        pick ("Ryan said he would act, but *McConnell* told reporters that he was not
        interested": "McConnell" is the subject of the nearest clause above, and may be the
        "he")? The syntax points at them first; the agreeing person further up is no better guess.
        The speaker of the quotation the pronoun is in is no such person (:mod:`quotes`)."""
        for i in pronoun.path:
            m = self.mention_at(i)
            if m is None:
                continue
            if m is pick.mention:
                return False
            if pronoun.quote_speaker is not None and m.start <= pronoun.quote_speaker < m.end:
                continue
            if self._subject_of_own_verb(pronoun, m):
                continue  # "Gordon told *her*": the object is not the subject of its own verb
            c = self.cluster_of(m)
            if c is None or c is pick.cluster or m.kind != "name" or not _gender_untold(pronoun, c):
                continue
            # a person named in full: NER's person of one word is often an outlet ("Politico")
            if len(m.words) > 1 or _full_name(c):
                return True
        return False

    def _subject_of_own_verb(self, pronoun: MentionSpan, m: MentionSpan) -> bool:
        """Is the pronoun an object ("her", "him") of a verb whose subject ``m`` is?"""
        t = self.tables
        return (
            t is not None
            and t.dep[pronoun.head] in {"dobj", "dative"}
            and t.dep[m.head] in SUBJECT_DEPS
            and t.heads[m.head] == t.heads[pronoun.head]
        )

    def _untold_subject_above(self, pronoun: MentionSpan, found: Cluster, cands: list[Candidate]) -> bool:
        """Is the first person the pronoun's path names (the subject of the nearest clause above
        it that names one) someone other than ``found``, named in full, whose gender nothing
        tells ("Jo Weber praised Mr Ryan and said that he had texted the speaker")? The syntax
        points at them; the one agreeing person named beside them is no better guess. Not when
        ``found`` possesses the subject of a nearer clause on the path ("Jo Weber said Ryan's
        rating would rise if he stayed on message"): named nearer, in the pronoun's own clause."""
        t = self.tables
        if t is None:
            return False
        nearer = list(pronoun.clause_subjects)  # an object pronoun's own clause: "Ryan's aides urged him"
        for i in pronoun.path:
            m = self.mention_at(i)
            c = self.cluster_of(m) if m is not None and m.kind in {"name", "role"} else None
            if m is None or c is None or c.type != "Person":
                nearer.append(i)
                continue
            if c is found or m.kind != "name" or not _gender_untold(pronoun, c):
                return False
            if not (len(m.words) > 1 or _full_name(c)):
                return False
            return not any(
                x.cluster is found and t.dep[x.mention.head] == "poss" and t.heads[x.mention.head] in nearer
                or x.cluster is found and self._object_of_own_verb(pronoun, x.mention)
                for x in cands
            )
        return False

    def _object_of_own_verb(self, pronoun: MentionSpan, m: MentionSpan) -> bool:
        """Is ``m`` the object of the verb the pronoun's phrase hangs on ("Jo Weber quizzed *him*
        about his decision")? Named in the pronoun's own clause, nearer than any subject above."""
        t = self.tables
        assert t is not None
        verb = pronoun.head
        while t.pos[verb] not in {"VERB", "AUX"} and t.heads[verb] != verb:
            verb = t.heads[verb]
        return t.heads[m.head] == verb and t.dep[m.head] in {"dobj", "dative"}

    def _object_rival(self, m: MentionSpan, pronoun: MentionSpan) -> bool:
        """Is ``m`` the object of a verb or a preposition (:data:`OBJECT_RIVAL_DEPS`), not a
        possessor inside one, of a verb whose clause holds the pronoun? Named between the
        subject the path picks and the pronoun, the object is as likely meant ("Mr Reed
        criticised Mr Hicks, saying he had trained with militants"; "Howard is defending
        Hollingworth over the way he dealt with the claims"); not an object in a clause of
        its own ("Mr Crean is not calling on Dr Hollingworth to resign but he says ...")."""
        t = self.tables
        if t is None or t.dep[m.head] not in OBJECT_RIVAL_DEPS:
            return False
        verb = m.head
        while t.dep[verb] in OBJECT_RIVAL_DEPS | {"prep"} and t.heads[verb] != verb:
            verb = t.heads[verb]
        if t.dep[m.head] in {"dobj", "dative"} and t.heads[m.head] == verb:
            while t.dep[verb] == "xcomp" and t.heads[verb] != verb:
                verb = t.heads[verb]  # "Ames continued to praise *him* even after he left": one clause
        return t.is_below(pronoun.head, verb)

    def _same_verb_subject(self, m: MentionSpan, pick: MentionSpan) -> bool:
        """Is ``m`` another subject of the verb whose subject ``pick`` is (the parser's two
        subjects for one verb: "Stuart MacGill, who is in the squad in place of Andy Bichel
        says he ...", where "Bichel" is taken for a second subject of "says")? The parse
        does not say which is meant."""
        t = self.tables
        if t is None or m is pick or not (m.subject and pick.subject):
            return False
        return t.heads[m.head] == t.heads[pick.head] and t.dep[m.head] in SUBJECT_DEPS

    def _possessor_below_a_subject(self, pronoun: MentionSpan, on_path: Candidate) -> bool:
        """Is the pick on the pronoun's path named there only in passing (:data:`PASSING_DEPS`)
        -- the possessor of a noun the pronoun's clause hangs on ("following *Mr Ebbers'* trial,
        where he is appearing") -- while a clause further up has another
        named person who agrees with the pronoun as its subject ("*Mr Sullivan* will be
        sentenced following Mr Ebbers' trial, where he ...")? A possessor names someone in
        passing; the subject of the sentence is as likely meant, and nothing decides."""
        t = self.tables
        head = on_path.mention.head
        if t is None or t.dep[head] not in PASSING_DEPS or head not in pronoun.path:
            return False
        for i in pronoun.path[pronoun.path.index(head) + 1 :]:
            m = self.mention_at(i)
            if m is not None and m.subject and self._someone_else(pronoun, m, on_path.cluster):
                return True
        return False

    def _named_in_passing(self, found: Cluster, pronoun: MentionSpan) -> bool:
        """Has ``found`` been named only in passing so far -- as an object, a predicate noun or
        inside another phrase ("One of his fellow pupils was Vladimir Putin"), never as the
        subject of a clause -- while another person who agrees with the pronoun is the subject
        of a clause in the sentences the pronoun looks back on (:data:`PRONOUN_WINDOW`)? A
        passing mention does not capture the "he" that goes on about the article's own subject
        ("Mr Makarov joined the KGB. One of his fellow pupils was Vladimir Putin. At
        headquarters, he was posted to ..."): the two compete, and nothing decides between them."""
        if any(self._subject_or_its_apposition(m) for m in found.mentions if m.start < pronoun.start):
            return False  # a subject before: "Sir John Gieve was ... The knighting of Sir John ... he"
        for back in range(1, PRONOUN_WINDOW + 1):
            for m in self.by_sentence.get(pronoun.sentence - back, ()):
                if m.subject and self._someone_else(pronoun, m, found):
                    return True
        return False

    def _someone_else(self, pronoun: MentionSpan, m: MentionSpan, found: Cluster | None) -> bool:
        """Does ``m`` name a person who agrees with ``pronoun`` and is not ``found``?"""
        rival = self.candidate(pronoun, m)
        return rival is not None and rival.cluster is not None and rival.cluster is not found

    def _unknown_gender_subject(self, pronoun: MentionSpan, sentence: int) -> bool:
        """Is a person named in full whose gender nothing tells the subject of ``sentence``, which names
        no one agreeing with the pronoun ("Economist Colen Garrow said the budget would help.
        '...,' he said"), or a name in apposition to it ("Trump's strategist, Stephen K Bannon, is
        no different. Before that, he ran a website")? The nearest subject may well be the one
        meant; no one further back is a better guess."""
        for m in self.by_sentence.get(sentence, ()):
            # a full name, first and last: NER's person of one word is often a party ("Labour")
            c = self.cluster_of(m) if m.kind == "name" and self._subject_or_its_apposition(m) else None
            if c is not None and _gender_untold(pronoun, c) and (len(m.words) > 1 or _full_name(c)):
                return True  # "Gambill said ..." after "Jan-Michael Gambill"
            if c is not None and _gender_untold(pronoun, c) and m.label == "Person" and m.root_subject:
                return True  # "Talley was criticised. He also failed to ...": a surname NER took for a person
        return False

    def _untold_named_in(self, pronoun: MentionSpan, sentence: int) -> bool:
        """Does ``sentence``, which names no one agreeing with the pronoun, name in full a person
        whose gender nothing tells, in any role ("The inquiry began after claims against
        producer Jo Weinberg. He has denied them")? The person named nearest may well be the one
        meant; no one further back is a better guess."""
        for m in self.by_sentence.get(sentence, ()):
            c = self.cluster_of(m) if m.kind == "name" and m.label == "Person" and not m.plural else None
            if c is not None and _gender_untold(pronoun, c) and (len(m.words) > 1 or _full_name(c)):
                return True
        return False

    def _below_an_untold_subject(
        self, pronoun: MentionSpan, cands: Sequence[Candidate], found: Resolution, sentence: int
    ) -> bool:
        """Is the pick no subject in ``sentence`` while a person named in full whose gender
        nothing tells is ("Robin Cook said Lord Goldsmith's admission suggested ... '...,'
        he said")? The subject is as likely meant as someone named inside its clause."""
        if found.cluster is None or any(c.mention.subject for c in cands if c.cluster is found.cluster):
            return False
        return self._unknown_gender_subject(pronoun, sentence)

    def _untold_person_before(self, pronoun: MentionSpan, found: Cluster) -> bool:
        """Is a person whose gender nothing tells named before the pronoun in its own sentence
        -- in full, or by a surname NER took for a person's as a subject or possessor --
        when the search found ``found`` in an earlier one ("Jo Bloggs spoke.
        Relations could be a challenge for Kim Tarrant as he seeks a deal")? The person in the
        pronoun's own sentence is as likely meant, and nothing decides. Not the subject of the
        pronoun's own verb, which the pronoun cannot be ("Judge Kim Tarrant remanded him")."""
        own = set(map(id, self.own_subjects(pronoun)))
        for m in self.by_sentence.get(pronoun.sentence, ()):
            if m.start >= pronoun.start:
                break
            if self.quoted(m.head) != self.quoted(pronoun.head):
                continue  # '"... Virgin Blue ...," he said': what he said names no rival of his
            c = self.cluster_of(m) if m.kind == "name" and m.label == "Person" and not m.plural else None
            if c is None or c is found or id(c) in own or c.gender() is not None:
                continue
            if len(m.words) > 1 or _full_name(c):
                return True
            if self.tables is not None and self.tables.dep[m.head] in PASSING_DEPS | SUBJECT_DEPS:
                return True  # a surname alone: "an inquiry into Zinke's travels after reports that he"
        return False

    def _subject_or_its_apposition(self, m: MentionSpan) -> bool:
        """Is ``m`` a subject, or a name in apposition to one ("The Attorney General, *Lord
        Goldsmith*, has issued no instructions")?"""
        if m.subject:
            return True
        t = self.tables
        return t is not None and t.dep[m.head] == "appos" and t.dep[t.heads[m.head]] in SUBJECT_DEPS

    def _unknown_gender_on_path(self, pronoun: MentionSpan) -> bool:
        """Is a person whose gender nothing tells a subject above the pronoun ("Arab News said
        Labour Minister Ghazi al-Gosaibi had caused uproar when he said ..."; by role: "the new
        president begins his term"), or a name NER gave no type (:func:`_untyped`)? The syntax
        points at them; no one further back is a better guess."""
        for i in pronoun.path:
            m = self.mention_at(i)
            c = self.cluster_of(m) if m is not None else None
            if (
                m is not None
                and pronoun.quote_speaker is not None
                and m.start <= pronoun.quote_speaker < m.end
            ):
                continue  # the speaker of the quotation the pronoun is in is not it (:mod:`quotes`)
            if m is None or c is None:
                continue
            if c.type == "Person" and _gender_agrees(pronoun.gender, c.gender()):
                return False  # "her spokesman said the PM had said she": the PM, nearer, agrees
            if m.kind == "name" and (_gender_untold(pronoun, c) or _untyped(c)):
                return True
            if m.kind == "role" and i == pronoun.path[0] and _gender_untold(pronoun, c):
                return True  # "the new president begins his term": the holder named before
        return False

    def _on_path(self, pronoun: MentionSpan) -> Candidate | None:
        for i in pronoun.path:
            m = self.mention_at(i)
            if m is None or _speaks_for_another(pronoun, m, self.tables):
                continue
            cand = self.candidate(pronoun, m)
            if cand is not None:
                return cand
        return None

    def _last_speaker(self, pronoun: MentionSpan) -> Resolution:
        """'"...," he said' after a quote: the last agreeing speaker, nobody else named since."""
        for back in range(PRONOUN_WINDOW + 1, SPEAKER_WINDOW + 1):
            cands = self._candidates(pronoun, pronoun.sentence - back)
            if cands:
                speakers = [c for c in cands if c.mention.speaker]
                return _only_one(speakers[-1:]) if speakers else UNRESOLVED
        return UNRESOLVED


def _speaks_for_another(pronoun: MentionSpan, m: MentionSpan, tables: DocTables | None) -> bool:
    """Is ``m`` a spokesman or lawyer (:data:`SPEAKS_FOR_NOUNS`) whose report the pronoun is in
    -- the subject of a verb of saying above it ("His spokesman said he would not stand",
    "Her lawyer said she would appeal", "a lawyer for Mr Ward said he ...")? Whom they speak
    of is whom they speak for."""
    return (
        m.person_noun
        and m.speaker
        and m.head in pronoun.path
        and bool(m.words)
        and m.words[-1].lower() in SPEAKS_FOR_NOUNS
        and tables is not None
        and _speaks_for_someone(tables, m.head)
    )


def _speaks_for_someone(t: DocTables, head: int) -> bool:
    """Does the spokesman's phrase say whose they are: a possessor ("*his* spokesman", "Mr
    Ward's lawyer") or a "for" phrase ("a lawyer for Mr Ward")? A spokesman of a body ("a
    Labour spokesman said he had no idea") speaks of himself as "he"."""
    return any(
        t.dep[k] == "poss" or t.dep[k] == "prep" and t.lower[k] == "for" for k in t.kids[head]
    )


#: Capitalised words that are titles or person nouns, not names ("President said he ...").
_NOT_NAME_WORDS = TITLE_WORDS | ROLE_NOUNS | PERSON_NOUNS | HONORIFICS


def _name_word(t: DocTables, i: int) -> bool:
    """Is token ``i`` a capitalised word, no acronym ("Roe", not "NATO"), tagged a proper noun
    or written so inside a sentence elsewhere in the article (the tagger takes an unknown name
    that opens a sentence for a common noun)?"""
    text = t.text[i]
    capitalised = text[:1].isupper() and not text.isupper() and text.isalpha()
    if t.pos[i] not in {"PROPN", "NOUN"} or not capitalised:
        return False  # "One of the groups ... when he": a numeral or pronoun, no name
    if any(t.dep[k] == "det" for k in t.kids[i]) or t.lower[i] in _NOT_NAME_WORDS or text.lower() in t.text:
        return False  # "The President has told aides he ...": a title or a common noun, no name
    return t.pos[i] == "PROPN" or any(
        t.text[k] == text and k not in {i, t.sent_start[k]} and t.pos[k] == "PROPN"
        for k in range(len(t.text))
    )


def _untyped(c: Cluster) -> bool:
    """Is ``c`` a name NER gave no type and no dictionary knows, no acronym ("Moise won the vote
    ... his critics said he"): as likely a person as not, so a subject before a "he" leaves it open."""
    return (
        c.type == "Other"
        and c.actor is None
        and all(m.label is None and not " ".join(m.words).isupper() for m in c.names)
    )  # an acronym ("PM", "NATO") is rarely a person's name


def _full_name(c: Cluster) -> bool:
    """Does the cluster hold a person's name of two words or more ("Jan-Michael Gambill")?"""
    return any(m.label == "Person" and len(m.words) > 1 for m in c.names)


def _gender_agrees(pronoun: str | None, gender: str | None) -> bool:
    """A named person agrees with "he" or "she" only when their gender is known to be the
    pronoun's (a title, a first name, the gazetteer): an unknown gender is no evidence."""
    return pronoun is None or gender == pronoun


def _gender_fits(pronoun: str | None, gender: str | None) -> bool:
    return pronoun is None or gender is None or pronoun == gender


def _gender_untold(pronoun: MentionSpan, c: Cluster) -> bool:
    """Is ``c`` a person who may be ``pronoun`` ("he", "she") but whose gender nothing tells?"""
    return c.type == "Person" and _gender_fits(pronoun.gender, c.gender()) and not _gender_agrees(
        pronoun.gender, c.gender()
    )


def _distinct(cands: Sequence[Candidate], chosen: Candidate) -> bool:
    """Does any candidate name someone other than the chosen one (or someone unnamed)?"""
    return any(c.cluster is None or c.cluster is not chosen.cluster for c in cands)


def _only_one(cands: Sequence[Candidate]) -> Resolution:
    """The one person the candidates name; ambiguous when they name several or someone unnamed."""
    clusters = {id(c.cluster): c.cluster for c in cands}
    if len(clusters) == 1:
        (only,) = clusters.values()
        return Resolution(only)
    return AMBIGUOUS


def _most_salient(cands: Sequence[Candidate], pronoun: MentionSpan) -> Resolution:
    """In an earlier sentence: its main-clause subject, else a subject, else the only one.

    Another person who is also a subject there makes it ambiguous ("Howard attacked comments
    Mr Blunkett made. He ..."), except that a speaker goes on speaking: "he said" after
    "Mr Howard said Mr Blunkett was wrong" is Mr Howard.
    """
    subjects = [c for c in cands if c.mention.subject]
    for level in (
        [c for c in cands if c.mention.root_subject],
        subjects,
    ):
        if level:
            found = _only_one(level)
            if found.cluster is None:
                return found
            goes_on_speaking = pronoun.speaker and all(c.mention.speaker for c in level)
            if not goes_on_speaking and _distinct(subjects, Candidate(level[0].mention, found.cluster)):
                return AMBIGUOUS
            return found
    return _only_one(cands)

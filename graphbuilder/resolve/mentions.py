"""Finding the mentions in a parsed article: names, role nominals, groups and pronouns.

``detect_mentions(doc, gazetteer)`` walks the Doc once and returns a :class:`MentionSpan`
for every token span that may refer to an actor: named entities (with their titles and
honorifics split off: "US President Mr. Trump" -> name "Trump", country USA, role
president), proper-noun runs the tagger found but NER missed, role nominals ("the Russian
leader", "his American counterpart"), agent groups ("Ukrainian soldiers", "Hungarian
officials"), personal pronouns and relative pronouns. Nothing is clustered here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from graphbuilder.extract.expletives import AMBIENT_NOUNS, CLAUSE_VERBS, EXTRAPOSING_ADJECTIVES, is_expletive
from graphbuilder.extract.labels import PLURAL_NOUN_TAGS
from graphbuilder.lexicon import (
    FIRST_PERSON,
    NEUTER_PRONOUNS,  # noqa: F401  (resolve.article reads it here)
    PERSON_NOUNS,
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SOURCE_VERBS,
    THIRD_PERSON,
)
from graphbuilder.nlp.tables import DocTables, doc_tables, tables_of
from graphbuilder.resolve.dictionaries import word_key
from graphbuilder.resolve.gazetteer import Gazetteer
from graphbuilder.resolve.gender import PRONOUN_GENDER, first_names, name_gender, title_gender
from graphbuilder.resolve.quotes import quote_speakers
from graphbuilder.resolve.titled import Titled, numbered_name_end, titled_names

#: NER label -> entity type (model.ENTITY_TYPES).
NER_TYPES = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "NORP": "Group",
    "EVENT": "Event",
}
#: Labels NER often gives to actors it misreads ("Kursk" as PRODUCT); kept only when linked.
WEAK_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "mister", "lord", "lady"})
#: Words that make up a title before a name ("Russian Chief of Staff", "Prime Minister").
TITLE_WORDS = frozenset(
    {
        "president",
        "prime",
        "minister",
        "chancellor",
        "premier",
        "king",
        "queen",
        "prince",
        "princess",
        "general",
        "gen",
        "senator",
        "sen",
        "rep",
        "representative",
        "governor",
        "secretary",
        "foreign",
        "defense",
        "defence",
        "interior",
        "finance",
        "chief",
        "constable",
        "inspector",
        "superintendent",
        "leader",
        "ambassador",
        "vice",
        "deputy",
        "acting",
        "former",
        "speaker",
        "mayor",
        "commander",
        "colonel",
        "col",
        "admiral",
        "marshal",
        "pope",
        "sheikh",
        "emir",
        "crown",
        "head",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "lt",
        "sgt",
        "captain",
        "capt",
        "lieutenant",
        "judge",
        "justice",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "elect",
        "opposition",
        "party",
        "state",
        "supreme",
        "ayatollah",
        "sultan",
        "monarch",
        "emperor",
        "officer",
        "staff",
        "of",
        "the",
    }
)
#: Nouns that refer back to a person by role: "the Russian leader", "his counterpart".
ROLE_NOUNS = frozenset(
    {
        "leader",
        "president",
        "counterpart",
        "minister",
        "premier",
        "chancellor",
        "head",
        "chief",
        "king",
        "queen",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "ambassador",
        "secretary",
        "commander",
        "governor",
        "monarch",
        "emperor",
        "sultan",
        "emir",
        "pope",
        "mayor",
        "senator",
        "general",
    }
)
#: Nouns by which business news refers back to a company it has named ("the firm", "the carrier").
ORGANISATION_ROLE_NOUNS = frozenset(
    "company firm carrier airline bank retailer maker lender insurer operator broadcaster "
    "supermarket conglomerate giant manufacturer producer chain".split()
)
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "npadvmod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


@dataclass(frozen=True)
class MentionSpan:
    """A span that may refer to an actor; token offsets into the Doc (end exclusive)."""

    start: int
    end: int
    head: int  # the token the mention is anchored on (syntactic head)
    kind: str  # "name" | "role" | "group" | "pronoun" | "relative"
    sentence: int
    words: tuple[str, ...]  # core name words (titles stripped), or role/group words
    label: str | None = None  # entity type guess from NER
    country: str | None = None  # nationality from modifiers or title ("Russian" -> RUS)
    #: role or group: the word its country was read from ("Chinese", "Scotland", "Texas"),
    #: which names it ("the Texas businessman" is no "American businessman")
    country_word: str | None = None
    roles: frozenset[str] = frozenset()  # title and role words ("president", "leader")
    agent: str | None = None  # agent code from the gazetteer ("~MIL")
    subject: bool = False  # grammatical subject of its clause
    root_subject: bool = False  # subject of its sentence's root verb
    plural: bool = False
    antecedent: int | None = None  # relative pronoun: token index of the noun it follows
    acronym_for: int | None = None  # "X (ACR)": head token of the name it abbreviates
    title_words: tuple[str, ...] = ()
    gender: str | None = None  # "m"/"f" when a title, first name, noun or pronoun says so
    speaker: bool = False  # subject of a verb of saying ("he said", "Mr Brown told ...")
    person_noun: bool = False  # one person named by a common noun ("an MP", "the spokesman")
    #: pronoun: token indexes of the subjects and possessors of the clauses and noun
    #: phrases above it, nearest first (the antecedents syntax proposes, before the pronoun)
    path: tuple[int, ...] = ()
    #: pronoun: the subject of its own clause, which an object pronoun cannot refer to
    #: ("Brown praised *him*")
    clause_subject: int | None = None
    #: object pronoun: that subject and the subjects joined to it ("Holt and Reed met Vance
    #: and urged *him*": neither Holt nor Reed), none of which it can refer to
    clause_subjects: tuple[int, ...] = ()
    #: pronoun in a quotation: the head token of its speaker, whom "he"/"she" cannot be
    quote_speaker: int | None = None
    #: a title over a place ("the Duke of Wellington"): its last word is no surname
    titled: bool = False
    #: a name as the channel of a report rather than an actor of its clause (see
    #: :func:`channel_role`): "source", "told", "reporter", "aside" or None
    channel: str | None = None
    #: plural pronoun: plural common nouns before it in its sentence ("the parties", "voters"),
    #: which may be what it refers to rather than a name further back
    plural_nouns: tuple[int, ...] = ()

    @property
    def pronoun(self) -> str | None:
        return self.words[0].lower() if self.kind == "pronoun" else None

    def _with_words(self, words: tuple[str, ...]) -> MentionSpan:
        return replace(self, words=words)


class SentenceIndex:
    """The sentence number and start of every token of a Doc, computed once.

    ``Token.sent`` walks the sentence on every call, which on a text that is one long
    "sentence" makes a per-token look-up quadratic.
    """

    def __init__(self, doc: Doc) -> None:
        tables = doc_tables(doc)
        self.number = tables.sent_number
        self.start = tables.sent_start


def _is_subject(token: Token) -> tuple[bool, bool]:
    t = tables_of(token)
    i = token.i
    subj = t.dep[i] in _SUBJECT_DEPS
    return subj, subj and t.dep[t.heads[i]] == "ROOT"


def _says(token: Token) -> bool:
    """The token is the subject of a verb of saying ("*he* said", "*Mr Brown* told MPs")."""
    t = tables_of(token)
    i = token.i
    return t.dep[i] in _SUBJECT_DEPS and t.lemma_lower[t.heads[i]] in REPORTING_VERBS


def _is_person_noun(token: Token) -> bool:
    t = tables_of(token)
    return t.tag[token.i] in {"NN", "NNP"} and t.lemma_lower[token.i] in PERSON_NOUNS


def _definite(token: Token) -> bool:
    """ "the Commissioner", "his aide": a noun phrase that refers back to someone known."""
    t = tables_of(token)
    dep, lower = t.dep, t.lower
    return any(dep[c] == "poss" or dep[c] == "det" and lower[c] in _DEFINITE for c in t.kids[token.i])


_DEFINITE = frozenset({"the", "this", "that"})


#: Dependencies of a pronoun that is an object of its clause's verb (directly or by a preposition).
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj", "obj"})
_REFLEXIVE_OR_POSSESSIVE = frozenset({"his", "her", "hers", "its", "their", "theirs"})


#: Verbs whose object is the person told something ("told *Blair* that he ...").
_TELLING_VERBS = frozenset("tell inform warn assure remind convince persuade promise ask urge".split())


def _addressees(verb: Token) -> list[int]:
    """Whom a clause is told or put to ("told *Blair* that", "it was put to *Mr Kinnock* that")."""
    return _addressees_at(tables_of(verb), verb.i)


def _addressees_at(t: DocTables, v: int) -> list[int]:
    dep, kids = t.dep, t.kids
    told = t.lemma_lower[v] in _TELLING_VERBS
    out = [c for c in kids[v] if dep[c] == "dative" or told and dep[c] == "dobj"]
    out = [i for i in out if t.pos[i] != "ADP"]
    for prep in kids[v]:
        if dep[prep] in {"prep", "dative"} and t.lower[prep] == "to":
            out += [c for c in kids[prep] if dep[c] == "pobj"]
    return out


#: Verbs whose passive takes a placeholder "it" for the clause reported ("it is understood,
#: after talks with unions, that ...").
_PLACEHOLDER_PASSIVES = REPORTING_VERBS | frozenset("understand think expect believe know hope fear".split())


def placeholder_it(it: Token) -> bool:
    """Is this "it" a placeholder for a clause (:func:`expletives.is_expletive`), also when the
    parser hangs the clause set off by commas on the verb as an adverbial one ("It emerged on
    Friday, after weeks of talks, that the firm would close", "It is understood, after talks,
    that ...")?"""
    if is_expletive(it):
        return True
    t = tables_of(it)
    i = it.i
    verb = t.heads[i]
    if _filler_of_be(t, i, verb):
        return True
    if verb == i or not (
        t.dep[i] == "nsubj" and t.lemma_lower[verb] in CLAUSE_VERBS
        or t.dep[i] == "nsubjpass" and t.lemma_lower[verb] in _PLACEHOLDER_PASSIVES
    ):
        return False
    if _under_its_clause(t, verb):
        return True
    return any(
        t.dep[c] == "advcl" and c > i and any(_comma_that(t, k) for k in t.kids[c]) for c in t.kids[verb]
    )


def _under_its_clause(t: DocTables, verb: int) -> bool:
    """Does the parser hang the placeholder's verb below the "that" clause it announces ("It
    has also been revealed -- through blogs and reports -- that he played golf": "revealed"
    a complement of "played")? The clause comes after the verb and opens with "that"."""
    head = t.heads[verb]
    return (
        t.dep[verb] == "ccomp"
        and head > verb
        and any(t.dep[k] == "mark" and t.lower[k] == "that" and verb < k < head for k in t.kids[head])
    )


#: Nouns of a stretch of time after "it has been" with a "since"/"before" clause: "it's been
#: a long time since we came", "it was months before anyone knew" (beside the ambient nouns).
_SPELL_NOUNS = AMBIENT_NOUNS | frozenset({"time", "while", "age", "ages"})


def _filler_of_be(t: DocTables, i: int, verb: int) -> bool:
    """Is an "it" the subject of "be" only as a filler, in two shapes the parser builds apart
    from :func:`expletives.is_expletive`: a stretch of time before a "since"/"before"/"until"
    clause ("It's been a long time since we came", also parsed as a passive), and an
    extraposing adjective whose infinitive hangs on the verb as an adverbial clause ("he
    never thought it would be necessary again to stress the point")?"""
    if verb == i or t.dep[i] not in {"nsubj", "nsubjpass"} or t.lemma_lower[verb] != "be":
        return False
    kids = t.kids[verb]
    spells = [k for k in kids if t.dep[k] == "attr" and t.lemma_lower[k] in _SPELL_NOUNS]
    clauses = [c for k in (verb, *spells) for c in t.kids[k] if t.dep[c] in {"advcl", "relcl", "acl"}]
    if spells and any(_opened_by(t, c, {"since", "before", "until"}) for c in clauses):
        return True  # the clause on the verb or on the noun of time
    adjective = any(t.dep[k] == "acomp" and t.lemma_lower[k] in EXTRAPOSING_ADJECTIVES for k in kids)
    return adjective and any(
        t.dep[k] == "advcl" and k > i and _marked_by_to(t, k) and t.text[t.left_edge(k) - 1] != ","
        for k in kids
    )


def _opened_by(t: DocTables, clause: int, marks: set[str]) -> bool:
    return any(t.dep[m] == "mark" and t.lower[m] in marks for m in t.kids[clause])


def _marked_by_to(t: DocTables, verb: int) -> bool:
    """Is the verb a to-infinitive ("to stress"), whatever it hangs on?"""
    return any(t.dep[c] == "aux" and t.lower[c] == "to" for c in t.kids[verb])


def _comma_that(t: DocTables, k: int) -> bool:
    """ "..., that": a "that" opening a clause right after a comma (not "so that")."""
    return t.dep[k] == "mark" and t.lower[k] == "that" and k > 0 and t.text[k - 1] == ","


def antecedent_path(pronoun: Token) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(path, clause subjects) of a pronoun, see :attr:`MentionSpan.path` and
    :attr:`MentionSpan.clause_subjects`.

    Walks from the pronoun to its sentence's root. Every clause above it offers its subject,
    every noun phrase above it its possessor ("*Meyer's* party, which he represented"), when
    they come before the pronoun. An object pronoun's own clause offers nothing: its subject
    is the one thing the pronoun cannot mean ("Brown praised him"); a possessive or
    reflexive pronoun may mean it ("Brown praised his staff").
    """
    t = tables_of(pronoun)
    dep, kids, heads = t.dep, t.kids, t.heads
    p = pronoun.i
    lower = t.lower[p]
    binds_locally = lower in _REFLEXIVE_OR_POSSESSIVE or lower.endswith("self") or lower.endswith("selves")
    # "Atticus wants *it* to buy back shares": the subject of an infinitive below a verb is
    # that verb's object in all but the parse, and not what the verb's subject names
    infinitive = heads[p] if dep[p] == "nsubj" and _to_infinitive(t, heads[p]) else None
    is_object = (dep[p] in _OBJECT_DEPS or infinitive is not None) and not binds_locally
    path: list[int] = []
    own_subjects: tuple[int, ...] = ()
    child, node = p, heads[p]
    own_clause = True
    while node != child:
        offered = [
            c for c in kids[node] if c != child and c < p and (dep[c] in _SUBJECT_DEPS or dep[c] == "poss")
        ]
        # "Her husband's assassin, Mark Chapman, said he ...": the name in apposition too
        offered += [a for i in offered for a in kids[i] if dep[a] == "appos" and a < p]
        addressees = [i for i in _addressees_at(t, node) if i < p]
        if t.pos[node] in {"VERB", "AUX"} and own_clause and node != infinitive:
            own_clause = False
            if is_object:
                own_subjects = _own_subjects(t, node)
                offered = []
        path.extend(sorted((i for i in offered if i not in own_subjects), reverse=True))
        path.extend(addressees)
        child, node = node, heads[node]
    return tuple(path), own_subjects


def _own_subjects(t: DocTables, verb: int) -> tuple[int, ...]:
    """The subject of the clause of ``verb`` -- a verb joined to another by "and" shares that
    one's subject ("Holt met Vance and *urged* him"), an infinitive with no subject of its own
    the one it is understood to have ("Holt continued to *praise* him": Holt; "Holt urged Vance
    to *back* him": Vance) -- and the subjects joined to it ("Holt and Reed"); the first is the
    subject itself."""
    dep, kids, heads = t.dep, t.kids, t.heads
    subject = next((c for c in kids[verb] if dep[c] in _SUBJECT_DEPS), None)
    while subject is None and dep[verb] in {"conj", "xcomp"} and t.pos[heads[verb]] in {"VERB", "AUX"}:
        if dep[verb] == "xcomp":
            # "Lee continued to *praise* him", "Lee wants to meet him": the infinitive's own
            # subject is the one of the verb it completes -- or that verb's object, after a verb
            # that hands the act to its object ("Lee urged Roe to back him": not Roe); after any
            # other verb with an object the infinitive may tell a purpose ("Lee called Roe to
            # give him support": Roe), and nothing is known
            controller = next((c for c in kids[heads[verb]] if dep[c] in {"dobj", "dative"}), None)
            if controller is not None:
                if t.lemma_lower[heads[verb]] in OBJECT_CONTROL_VERBS:
                    subject = controller
                break
        verb = heads[verb]
        subject = next((c for c in kids[verb] if dep[c] in _SUBJECT_DEPS), None)
    if subject is None:
        return ()
    joined, todo = [subject], [subject]
    while todo:
        more = [c for c in kids[todo.pop()] if dep[c] == "conj"]
        joined += more
        todo += more
    return tuple(joined)


#: Verbs whose object is the one who does what the infinitive after it says ("urged Roe to
#: back him", "asked the president to campaign for him"): the object, not the subject, is the
#: infinitive's understood subject.
OBJECT_CONTROL_VERBS = frozenset(
    "ask urge tell persuade convince order force allow permit encourage invite press pressure "
    "push instruct direct advise beg implore remind require lobby compel authorize authorise "
    "empower enable help warn forbid".split()
)


def _to_infinitive(t: DocTables, verb: int) -> bool:
    """Is ``verb`` a "to"-infinitive complement of another verb ("wants it *to buy*")?"""
    return t.dep[verb] in {"ccomp", "xcomp"} and _marked_by_to(t, verb)


def nationality(token: Token, gazetteer: Gazetteer) -> str | None:
    """Country code when ``token`` is a nationality or country word ("Russian", "US")."""
    return _nationality_at(tables_of(token), token.i, gazetteer)


def _nationality_at(t: DocTables, i: int, gazetteer: Gazetteer) -> str | None:
    text = t.text[i]
    if not (t.ent_type[i] in {"NORP", "GPE"} or t.pos[i] == "ADJ" or text.isupper()):
        return None
    return gazetteer.country_code(text)


def _country_at(t: DocTables, indexes: list[int], gazetteer: Gazetteer) -> str | None:
    for i in indexes:
        code = _nationality_at(t, i, gazetteer)
        if code:
            return code
    return None


def _strip_possessive(t: DocTables, tokens: list[int]) -> list[int]:
    """The name without a possessive ending or stray brackets and quotes at its edges."""
    end = len(tokens)
    while end and _trailing_non_name(t, tokens[end - 1]):
        end -= 1
    start = 0
    while start < end and _edge_punct(t, tokens[start]):
        start += 1
    return tokens[start:end]


def _trailing_non_name(t: DocTables, i: int) -> bool:
    """A possessive ending or punctuation that never ends a name."""
    return t.tag[i] == "POS" or t.text[i] in {"'s", "’s", "'", "’"} or _edge_punct(t, i)


def _is_honorific(t: DocTables, i: int) -> bool:
    return t.lower[i].rstrip(".") in HONORIFICS


def _described_as_organisation(name: Token) -> bool:
    """True when an apposition calls the name an organisation ("Diageo, the spirits company")."""
    t = tables_of(name)
    n = name.i
    appositions = [c for c in t.kids[n] if t.dep[c] == "appos"]
    if t.dep[n] == "appos":
        appositions.append(t.heads[n])
    return any(t.lemma_lower[a] in ORGANISATION_NOUNS for a in appositions)


#: Nouns that describe an organisation in an apposition ("the world's biggest spirits company").
ORGANISATION_NOUNS = ORGANISATION_ROLE_NOUNS | frozenset(
    "group party agency organisation organization union association federation council ministry "
    "department newspaper network brand business corporation exporter importer supplier developer".split()
)


def _edge_punct(t: DocTables, i: int) -> bool:
    """Punctuation that never ends or starts a name ("Office of National Statistics (")."""
    return t.is_punct[i] and t.text[i] not in {".", "&"}


def _title_extension(t: DocTables, start: int, end: int, sentence_start: int) -> list[int]:
    """Tokens left of a name (``start:end``) that modify it within its noun phrase ("US President Mr.")."""
    out: list[int] = []
    i = start - 1
    while i >= sentence_start:
        if not (i < t.heads[i] < end) or t.dep[i] not in _MODIFIER_DEPS:
            break
        if t.tag[i] in {"PRP$", "POS"}:
            break
        out.append(i)
        i -= 1
    return out[::-1]


def _model_number_after(t: DocTables, r: int, last: int) -> bool:
    """Is the name's head followed at once by a number it governs, a model's designation
    ("a Saab *340*", "the Fokker *100*")? The name and the number name a product; what the
    sentence says of it is not said of the maker."""
    k = last + 1
    return k < len(t.dep) and t.heads[k] == r and t.dep[k] == "nummod" and t.tag[k] == "CD"


def _name_mention(
    span: Span, label: str, gazetteer: Gazetteer, sentences: SentenceIndex
) -> MentionSpan | None:
    """A name mention for an entity span (or an untagged proper-noun run, ``label`` "")."""
    parts = _name_and_title(span, label, gazetteer, sentences.start[span.start])
    if parts is None:
        return None
    tokens, title, label = parts
    t = doc_tables(span.doc)
    text, lower = t.text, t.lower
    words = tuple(text[i] for i in tokens)
    root = span.root
    r = root.i
    subj, root_subj = _is_subject(root)
    if label == "ORG" and _model_number_after(t, r, tokens[-1]):
        subj = root_subj = False  # "A Saab 340 landed": the aircraft, not the maker, landed
    roles = frozenset(lower[i] for i in title if lower[i] in _ROLE_TITLE_WORDS) | _office_roles(lower, title)
    roles |= _apposed_roles(t, r) if label == "PERSON" else frozenset()
    title_words = tuple(text[i] for i in title)
    if label in {"NORP", "PERSON"} and len(tokens) == 1 and not title and _counted(t, r):
        country = gazetteer.country_code(words)  # "a Briton" is tagged a person
        if country is not None:
            return _people_of(t, r, sentences, country)
    return MentionSpan(
        start=title[0] if title else tokens[0],
        end=tokens[-1] + 1,
        head=r if tokens[0] <= r <= tokens[-1] else tokens[-1],
        kind="name",
        sentence=sentences.number[r],
        words=words,
        label=NER_TYPES.get(label),
        country=_name_country(t, r, tokens, title, label, gazetteer),
        roles=roles,
        subject=subj,
        root_subject=root_subj,
        plural=t.tag[r] in {"NNS", "NNPS"},
        title_words=title_words,
        gender=name_gender(words, iter(title_words)),
        speaker=_says(root),
        person_noun=len(tokens) == 1 and _is_person_noun(t.tokens[tokens[0]]),
        channel=channel_role(t, r),
    )


#: Determiners that count people of a nation rather than name it ("*another* Palestinian",
#: "*a* Briton", "*some* Israelis"); "the Palestinians" may be the nation's side and is left alone.
COUNTING_DETERMINERS = frozenset("a an another one some several many few no each every any".split())


def _counted(t: DocTables, r: int) -> bool:
    """Is the nationality noun at ``r`` counted: a counting determiner or a number before it
    ("another Palestinian", "two Israelis", "three Australians", "a Briton")?"""
    return any(
        k < r and (t.dep[k] == "det" and t.lower[k] in COUNTING_DETERMINERS or t.dep[k] == "nummod")
        for k in t.kids[r]
    )


def singular_demonym(demonym: str) -> str:
    """The nationality word of a plural demonym ("Israelis" -> "Israeli"; "Chinese" stays)."""
    return demonym[:-1] if demonym.endswith("s") and not demonym.endswith("ss") else demonym


def nation_people_words(words: tuple[str, ...]) -> bool:
    """Are these the words :func:`_people_of` gives a nation's people ("two Israelis":
    "Israeli", "people")?"""
    return len(words) == 2 and words[1] == "people" and words[0][:1].isupper()


def _people_of(t: DocTables, r: int, sentences: SentenceIndex, country: str | None) -> MentionSpan:
    """People of a nation, counted (:func:`_counted`), never the nation itself: several are a
    group of its people ("two Israelis": the node "Israeli people" with the nation's code;
    words "Israeli", "people"), one is
    a person no name identifies ("another Palestinian was killed"), as "a man" is."""
    subj, root_subj = _is_subject(t.tokens[r])
    plural = t.tag[r] in PLURAL_NOUN_TAGS
    return MentionSpan(
        start=t.left_edge(r),
        end=r + 1,
        head=r,
        kind="group" if plural else "person",
        sentence=sentences.number[r],
        words=(singular_demonym(t.text[r]), "people") if plural else (t.text[r],),
        label="Group" if plural else "Person",
        country=country,
        subject=subj,
        root_subject=root_subj,
        plural=plural,
        speaker=_says(t.tokens[r]),
        person_noun=not plural,
    )


#: Nouns and verbs whose "with"/"to" object is whom a speaker talks to ("in an interview with
#: the BBC", "speaking to Reuters", "told BBC Radio 4's Today programme").
_INTERVIEW_WORDS = frozenset({"interview", "speak", "talk"})


def channel_role(t: DocTables, r: int) -> str | None:
    """How the name headed at ``r`` is the channel of a report rather than an actor of its
    clause: "source" ("according to *the FT*", "reported by *Reuters*", "quoted by *the BBC*",
    "in an interview with *the BBC*", "speaking to *Reuters*"), "told" ("told *Reuters* the firm
    would ..."), "reporter" (subject of a verb of saying with a reported clause: "*Reuters*
    reported that ..."), "aside" (the same set off after its clause or with a verb of
    reporting: "shares fell, *the BBC* reported"); None otherwise. Whether that bars a later
    pronoun depends on whether the name is a news outlet (:mod:`coref`)."""
    dep, heads, lower, lemma = t.dep, t.heads, t.lower, t.lemma_lower
    d = dep[r]
    if d == "pobj":
        prep = heads[r]
        head = heads[prep]
        if lower[prep] == "to" and lower[head] == "according":
            return "source"
        if lower[prep] == "by" and lemma[head] in SOURCE_VERBS:
            return "source"
        if lower[prep] in {"with", "to"} and lemma[head] in _INTERVIEW_WORDS:
            return "source"
        return None
    if d in {"dobj", "dative"} and lemma[heads[r]] == "tell":
        return "told"
    if d in _SUBJECT_DEPS:
        verb = heads[r]
        if lemma[verb] not in REPORTING_VERBS:
            return None
        clauses = [c for c in t.kids[verb] if dep[c] == "ccomp"]
        if not clauses:
            return None
        if lemma[verb] in SOURCE_VERBS or any(c < verb for c in clauses):
            return "aside"
        return "reporter"
    return None


#: Plural nouns of people and parties that "they" may mean wherever they stand in the clause
#: ("persuade sceptical *voters* that they ...", "which of the *parties* can fund their ...").
PEOPLE_NOUNS = PERSON_NOUNS | frozenset(
    "people party public family household consumer customer shareholder taxpayer pensioner "
    "child youngster parent servant".split()
)
#: Dependencies of a plural noun that may be what "they" means whatever it names (a subject
#: or a possessor: "Both *parties* have completed their moves").
_RIVAL_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def plural_nouns_before(t: DocTables, pronoun: int, sentence_start: int) -> tuple[int, ...]:
    """Plural common nouns before ``pronoun`` in its sentence that "they" may mean: subjects
    and possessors ("Both *parties* have completed their moves"), and people anywhere
    ("persuade sceptical *voters* that they ..."); not things further down a clause ("to
    finance their spending" after "increasing *taxes*")."""
    return tuple(
        k
        for k in range(sentence_start, pronoun)
        if t.tag[k] == "NNS"
        and t.pos[k] == "NOUN"
        and (t.dep[k] in _RIVAL_DEPS or t.lemma_lower[k] in PEOPLE_NOUNS)
    )


#: How many lower-case words of four letters or more make a sentence running prose, not a
#: headline written in title case ("Trump Says He Will Quit").
_PROSE_WORDS = 3


def title_word(t: DocTables, i: int) -> bool:
    """Is the pronoun at ``i`` a word of a title written in capitals inside running prose
    ("fans queued to watch *Where to Find Them*", "the film *Get Him to the Greek*")? English
    capitalises a pronoun other than "I" only where a sentence, a quotation or a heading
    starts; one right after another capitalised word of a sentence in lower case is part of a
    name and refers to no one."""
    text = t.text[i]
    start = t.sent_start[i]
    if text == "I" or not text[:1].isupper() or text.isupper() or i == start:
        return False
    before = t.text[i - 1]
    if not (before[:1].isupper() and before.isalpha()) or i - 1 == start:
        return False
    end = i
    while end < len(t.text) and t.sent_start[end] == start:
        end += 1
    words = (t.text[k] for k in range(start, end))
    return sum(1 for w in words if w.isalpha() and w.islower() and len(w) >= 4) >= _PROSE_WORDS


#: Heads after a place that make it a modifier, not part of a longer name ("US *Treasury*").
_NOT_A_NAME_HEAD = (
    TITLE_WORDS
    | HONORIFICS
    | ROLE_NOUNS
    | ORGANISATION_NOUNS
    | PERSON_NOUNS
    | frozenset(
        "government treasury parliament congress senate army navy police court cabinet embassy "
        "ministry office assembly council administration budget economy market index".split()
    )
)


#: Title words that name a role ("the former Prime Minister": not "the", "former").
_ROLE_TITLE_WORDS = TITLE_WORDS - {"of", "the", "former", "acting"}


def _office_roles(lower: list[str], title: list[int]) -> frozenset[str]:
    """The offices a title names with their department ("Home Secretary" -> "home secretary"):
    a "Home Secretary Charles Clarke" is no "foreign secretary"."""
    return frozenset(
        f"{lower[a]} {lower[b]}"
        for a, b in zip(title, title[1:], strict=False)
        if b == a + 1 and lower[a] in _ROLE_PREFIXES and lower[b] in _ROLE_TITLE_WORDS
    )


#: Words beside a role in apposition that make it no role the person now holds as named
#: ("the *former* president", "the *vice* president", "the *deputy* minister").
_OTHER_TENURE_WORDS = frozenset(
    "former ex late then outgoing incoming acting interim elect would-be vice deputy assistant "
    "junior shadow honorary".split()
)


def _apposed_roles(t: DocTables, r: int) -> frozenset[str]:
    """The roles a role noun in apposition after a person's name gives it ("Sergey Ivanov,
    *the Russian ambassador*, said": ambassador), as a title before the name does; nothing
    for an indefinite description ("a minister"), another tenure ("the former president",
    "the vice president") or several people ("..., both ministers")."""
    out: set[str] = set()
    appositions = [a for a in t.kids[r] if a > r and t.dep[a] == "appos"]
    # "head of the department and the Kremlin's special envoy": both roles (the parser may hang
    # the second on the body after "of")
    heads = appositions + [o for a in appositions for p in t.kids[a] if t.lower[p] == "of" for o in t.kids[p]]
    appositions += [c for h in heads for c in t.kids[h] if t.dep[c] == "conj"]
    for a in appositions:
        if t.lemma_lower[a] not in ROLE_NOUNS or t.tag[a] != "NN":
            continue
        mods = [k for k in t.kids[a] if k < a]
        if any(t.lower[k] in _OTHER_TENURE_WORDS or t.lower[k] in {"a", "an", "one"} for k in mods):
            continue
        words = [k for k in mods if t.dep[k] in {"compound", "amod"}] + [a]
        out |= {t.lower[k] for k in words if t.lower[k] in _ROLE_TITLE_WORDS}
        out |= _office_roles(t.lower, words)
    return frozenset(out | {broader for r in out for broader in _BROADER_ROLES.get(r, ())})


#: Roles that a narrower one also is: an ambassador is an envoy ("Ivan Petrov, the Russian
#: ambassador, ... the Russian envoy said").
_BROADER_ROLES: dict[str, tuple[str, ...]] = {"ambassador": ("envoy",)}


#: Title words that head a title of their own ("Immigration *Minister* Philip Ruddock",
#: "Commission *chairman* Trevor Phillips"), not the words that only modify one ("Prime",
#: "Deputy", "Foreign", "State").
TITLE_NOUNS = (ROLE_NOUNS | _ROLE_TITLE_WORDS) - frozenset(
    "prime foreign defense defence interior finance vice deputy acting former elect opposition "
    "party state supreme crown staff lt".split()
)
#: Prepositions by which a title names what it is held over or for ("Ambassador *to* Ruritania",
#: "Deputy CEO *for* Exports", "Head *of* the Northtown region").
_TITLE_PREPS = frozenset({"of", "to", "for"})
#: Small words inside the names of offices and bodies ("Commission *for* Racial Equality").
_NAME_LINKS = frozenset({"of", "for", "to", "the", "and", "&", "'s", "’s", "-"})
#: Dependencies on the way from a title down to the name at its end.
_TITLE_PATH_DEPS = frozenset({"prep", "pobj", "appos", "compound"})


def named_title_holder(t: DocTables, r: int) -> int | None:
    """The head of the person's name that ends a title headed at ``r``: "Russia's Ambassador to
    Ruritania Ivan Petrov", "Acme Deputy CEO for Exports Ivan Petrov", "Head of the Northtown
    region Ivan Petrov", "the group head Ivan Petrov" (a title word, then the name); "Acme
    Commission chairman Ivan Petrov" (a body, then its title and the name). None when the name
    holds a title of its own after a title word ("Spokesman for Prime Minister Ivan Petrov": the
    minister's spokesman is someone else), when another person is named on the way, or when the
    name is set off by a comma or reached by another preposition ("Ambassador at talks with
    Ivan Petrov")."""
    n = t.right_edge(r)
    if n <= r or t.ent_type[n] != "PERSON" or t.ent_type[r] == "PERSON":
        return None
    first = n
    while first > r + 1 and t.tokens[first].ent_iob_ == "I":
        first -= 1
    between = range(r + 1, first)
    if not _title_path(t, r, n):
        return None
    if any(t.ent_type[k] == "PERSON" or t.text[k] == "," for k in between):
        return None
    own_title = _holds_own_title(t, r, first)
    common = [k for k in between if not t.text[k][:1].isupper() and t.lower[k] not in _NAME_LINKS]
    if t.lower[r].rstrip(".") in TITLE_NOUNS:
        # a title word heads the phrase: the name right after it, or after (mostly
        # capitalised) words of what it is held over, none of them a title of the name's own
        if first == r + 1 or (t.text[r][:1].isupper() and not own_title and len(common) <= 2):
            return n
        return None
    if (
        own_title
        and t.pos[r] == "PROPN"
        and t.text[r][:1].isupper()
        and set(common) <= {first - 1}
        and not any(t.dep[k] in {"cc", "conj"} for k in between)
    ):
        return n  # "Acme Commission chairman Ivan Petrov": one body's name, its title, the name
    return None


def _holds_own_title(t: DocTables, r: int, first: int) -> bool:
    """Does the person's name starting at ``first`` follow a title word of its own after the
    word ``r`` ("Spokesman for Health *Minister* Ivan Petrov"), not ``r`` itself ("*President*
    Ivan Petrov")?"""
    return first - 1 > r and t.lower[first - 1].rstrip(".") in TITLE_NOUNS


def _title_path(t: DocTables, r: int, n: int) -> bool:
    """Does the name at ``n`` hang below ``r`` by prepositions of a title, appositions and
    compounds only ("Head *of* the region Ivan Petrov", "Envoy *to* Ruritania Ivan Petrov")?"""
    k = n
    while k != r:
        if t.dep[k] not in _TITLE_PATH_DEPS or t.dep[k] == "prep" and t.lower[k] not in _TITLE_PREPS:
            return False
        k = t.heads[k]
        if k < r or t.heads[k] == k and k != r:
            return False
    return True


def _name_and_title(
    span: Span, label: str, gazetteer: Gazetteer, sentence_start: int
) -> tuple[list[int], list[int], str] | None:
    """(name tokens, title tokens, corrected NER label) of a name, or None when nothing is left.

    Titles and honorifics move from a person's name to its title ("President Trump"); an
    honorific makes a person of what NER called an organisation ("Mr Ebbers"), and an
    apposition that calls the name a company makes an organisation of it.
    """
    t = doc_tables(span.doc)
    tokens = _name_tokens(t, span.start, span.end)
    if not tokens:
        return None
    title, label = _title_before(t, span, label, sentence_start)
    if _beauty_title(t, tokens, title, gazetteer):
        return None  # "the Miss England contest": neither a woman named England nor England
    if label == "" and _nationality_names_firm(t, tokens, title, gazetteer):
        tokens, title = title + tokens, []  # "Swiss Re": the nationality is part of a firm's name
    if label in {"ORG", ""} and len(tokens) > 1 and _is_honorific(t, tokens[0]):
        label = "PERSON"  # "Mr Ebbers" tagged ORG (or untagged) with the honorific inside
    elif label in {"ORG", ""} and len(tokens) > 1 and _person_title(t, tokens[0], untagged=label == ""):
        tokens, title, label = tokens[1:], title + tokens[:1], "PERSON"  # "Professor Curtice"
    elif label != "PERSON" and _courtesy_name(t, tokens):
        label = "PERSON"  # "Mr Hague" tagged a place, "Mrs May" a date, the honorific inside
    if label == "PERSON":
        tokens, title, label = _move_person_titles(t, tokens, title, gazetteer)
    if label == "PERSON" and not title and _armed_group(t, tokens, gazetteer):
        label = "ORG"  # "Al-Shabab" tagged a person: the gazetteer or the text calls it a group
    return tokens, title, _corrected_label(t, span, title, label)


#: Code parts of armed non-state groups in the gazetteer: rebels, insurgents, militarised
#: groups, unaligned armed forces.
ARMED_GROUP_CODE_PARTS = ("REB", "INS", "IMG", "UAF")
#: Nouns of armed men a group's name modifies ("Al-Shabab *militants*", "*fighters* of Boko
#: Haram"); not "forces", "supporters" or "movement", which a leader's name also modifies.
ARMED_GROUP_NOUNS = frozenset("militants fighters insurgents jihadists guerrillas militiamen".split())
#: Words of a person's name in Arabic naming ("Abu Bakr", "Osama bin Laden").
_NAME_PARTICLES = frozenset("abu bin ibn ben bint umm".split())


def _armed_group(t: DocTables, tokens: list[int], gazetteer: Gazetteer) -> bool:
    """Is a name the tagger called a person an armed group's: no word of it a first name or a
    particle of a person's name, and the gazetteer knows the whole name as an armed group, or
    it modifies a noun of armed men ("Al-Shabab militants", "fighters of Boko Haram")?"""
    lower = [t.lower[i] for i in tokens]
    names = first_names()
    if any(w in names or w in _NAME_PARTICLES for w in lower):
        return False
    actor = gazetteer.actor([t.text[i] for i in tokens])
    if actor is not None and actor.type == "Organization":
        codes = [p.code[3:] for p in actor.periods]
        if any(part in code for code in codes for part in ARMED_GROUP_CODE_PARTS):
            return True
    if len(tokens) == 1 and "-" not in t.text[tokens[0]]:
        return False  # "Uighur fighters": one word before fighters is as often a people's name
    root = max(tokens, key=lambda i: not (tokens[0] <= t.heads[i] <= tokens[-1]))
    head = t.heads[root]
    if t.dep[root] == "compound" and t.lower[head] in ARMED_GROUP_NOUNS:
        return True
    return t.dep[root] == "pobj" and t.lower[head] == "of" and t.lower[t.heads[head]] in ARMED_GROUP_NOUNS


#: Titles that only persons bear, before the name of one the tagger left untagged or called an
#: organisation ("Baroness Boothroyd", "Professor Curtice", "Councillor Pargeter", "Gen
#: Musharraf"); not "General", "Bishop", "Baron" or "Prince", which also begin the names of firms
#: and places ("General Motors", "Bishop Auckland", "Prince Edward Island").
PERSON_TITLES = frozenset(
    "baroness professor prof councillor cllr rabbi imam ayatollah gen brig maj col lt sgt cpl capt "
    "cmdr adm rev".split()
)
#: Person titles that also begin a firm's name ("Cardinal Health"): a person only before words
#: the tagger left untagged ("Cardinal Cormac Murphy O'Connor").
_UNTAGGED_PERSON_TITLES = PERSON_TITLES | {"cardinal"}


def _person_title(t: DocTables, i: int, *, untagged: bool) -> bool:
    titles = _UNTAGGED_PERSON_TITLES if untagged else PERSON_TITLES
    return t.lower[i].rstrip(".") in titles and t.text[i][:1].isupper()


#: Words that end a title right before a person's name ("City *Councillor* Brian Parbutt").
_TITLE_BEFORE_NAME = (
    (TITLE_WORDS - {"of", "the", "state", "party", "opposition", "staff"})
    | PERSON_NOUNS
    | PERSON_TITLES
    | {"treasurer", "farmer"}
)


#: Words of a party or a seat before a person's name ("*Lib Dem* Norman Baker", "*Tory* Liam
#: Fox", "*MSP* Karen Whitefield").
_AFFILIATIONS = frozenset(
    "tory tories labour conservative conservatives liberal lib dem dems democrat democrats republican "
    "republicans green greens ukip snp plaid msp mep mla backbencher".split()
)


#: Courtesy titles before a surname that make a person whatever the tagger made of the name
#: ("Mrs May" tagged a date, "Mr Hague" a place); not "Lord" or "Lady", which also begin the
#: names of places and things ("Lord's"), nor "Miss" ("Miss England" is a contest).
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "dr", "mister"})


def _is_courtesy_title(t: DocTables, i: int) -> bool:
    return t.lower[i].rstrip(".") in COURTESY_TITLES and t.text[i][:1].isupper()


def _courtesy_name(t: DocTables, tokens: list[int]) -> bool:
    """Are the tokens a courtesy title and capitalised proper nouns after it ("Mrs May",
    "Dr Ahmed Khan"), with no capitalised proper noun following, which would make them part of
    a longer name of something else?"""
    if len(tokens) < 2 or not _is_courtesy_title(t, tokens[0]):
        return False
    if not all(t.pos[k] == "PROPN" and t.text[k][:1].isupper() for k in tokens[1:]):
        return False
    after = tokens[-1] + 1
    return after >= len(t.text) or not (t.pos[after] == "PROPN" and t.text[after][:1].isupper())


def _name_tokens(t: DocTables, start: int, end: int) -> list[int]:
    """The tokens of a name without its possessive ending and leading determiners ("the")."""
    tokens = _strip_possessive(t, list(range(start, end)))
    first = 0
    while first < len(tokens) and t.lower[tokens[first]] in _DETERMINERS:
        first += 1
    if len(tokens) - first > 1 and _gerund_over_name(t, tokens[first], tokens[first + 1 :]):
        first += 1  # "Defeating al-Shabab" (a heading's clause): the name is the verb's object
    return tokens[first:]


def _gerund_over_name(t: DocTables, first: int, rest: list[int]) -> bool:
    """Is the first word of a name a gerund whose object is the rest ("*Defeating* al-Shabab
    is hard", "*Fighting* Boko Haram")?"""
    return t.tag[first] == "VBG" and any(t.heads[k] == first and t.dep[k] in {"dobj", "obj"} for k in rest)


#: Honorifics that make a person of a place or nationality NER tagged after them ("Mr German",
#: "Lord Callaghan" tagged NORP); not "Miss": "Miss England" is a contest or its title.
_PERSON_BEFORE_PLACE = HONORIFICS - {"miss"}


def _title_before(t: DocTables, span: Span, label: str, sentence_start: int) -> tuple[list[int], str]:
    """(title tokens, label) from the words before a name: a person's or an organisation's
    title, or an honorific that makes a person of a place ("Mr German" said: not Germany)."""
    start, end = span.start, span.end
    title = _title_extension(t, start, end, sentence_start) if label in {"PERSON", "ORG", ""} else []
    if label in {"GPE", "LOC", "NORP"}:
        before = _title_extension(t, start, end, sentence_start)
        if before and t.lower[before[-1]].rstrip(".") in _PERSON_BEFORE_PLACE:
            label, title = "PERSON", before  # "Mr German" said: a man, not Germany
    return title, label


def _beauty_title(t: DocTables, tokens: list[int], title: list[int], gazetteer: Gazetteer) -> bool:
    """Is the name a country after "Miss" ("Miss England", "Miss Venezuela"): a contest or its
    title, which NER takes for a woman's name?"""
    if not title or t.lower[title[-1]].rstrip(".") != "miss":
        return False
    return gazetteer.country_code([t.text[k] for k in tokens]) is not None


def _nationality_names_firm(t: DocTables, tokens: list[int], title: list[int], gazetteer: Gazetteer) -> bool:
    """Do nationality words before one capitalised untagged word name a firm ("Swiss Re";
    "the Indonesian rupiah" is a currency of Indonesia's)?"""
    return (
        len(tokens) == 1
        and t.text[tokens[0]][:1].isupper()
        and bool(title)
        and all(_only_nationality(t, i, gazetteer) for i in title)
    )


def _move_person_titles(
    t: DocTables, tokens: list[int], title: list[int], gazetteer: Gazetteer
) -> tuple[list[int], list[int], str]:
    """(name, title, label) of a person's name after its leading titles, honorifics and
    nationalities move to the title ("President Trump"); a nationality and one word name a
    firm instead ("Swiss Re", "British Gas": label "")."""
    label = "PERSON"
    moved = 0
    while len(tokens) - moved > 1 and _is_title_word(t, tokens[moved], gazetteer):
        moved += 1
    if moved and len(tokens) - moved == 1 and all(_only_nationality(t, i, gazetteer) for i in tokens[:moved]):
        moved, label = 0, ""  # "Swiss Re", "British Gas": a nationality and one word name a firm
    moved = moved or _words_before_first_name(t, tokens)
    return tokens[moved:], title + tokens[:moved], label


def _words_before_first_name(t: DocTables, tokens: list[int]) -> int:
    """How many words of a person's name the tagger took in before a known first name followed
    by one or two capitalised words that end the name: all of them when the last is a title or
    person word ("*Nottingham City Councillor* Brian Parbutt") or each is one or a party's
    ("*Lib Dem* Norman Baker", "*Tory* Liam Fox"); else 0. Other words before a first name are
    often the person's own names ("Damien Joseph McLaughlin", "Abu Omar Khorasani") and stay."""
    names = first_names()
    for k in (len(tokens) - 2, len(tokens) - 3):
        if k < 1 or t.lower[tokens[k]] not in names:
            continue
        if not all(t.text[i][:1].isupper() for i in tokens[k - 1 :]):
            continue
        before = [t.lower[i].rstrip(".") for i in tokens[:k]]
        if before[-1] in _TITLE_BEFORE_NAME or all(w in _TITLE_BEFORE_NAME | _AFFILIATIONS for w in before):
            return k
    return 0


def _corrected_label(t: DocTables, span: Span, title: list[int], label: str) -> str:
    """The label after what surrounds the name: an honorific title makes a person ("Mr
    Clarke"), an apposition calling it a company an organisation ("Diageo, the world's
    biggest spirits company")."""
    if label == "ORG" and title and _is_honorific(t, title[-1]):
        return "PERSON"  # "Mr Clarke" is a person whatever the tagger thought
    if label != "ORG" and not title and _described_as_organisation(span.root):
        return "ORG"  # "Diageo, the world's biggest spirits company"
    return label


def _only_nationality(t: DocTables, i: int, gazetteer: Gazetteer) -> bool:
    """A nationality word before a name that is no honorific or title word ("*Swiss* Re")."""
    if _is_honorific(t, i) or t.lower[i].rstrip(".") in TITLE_WORDS:
        return False
    return _nationality_at(t, i, gazetteer) is not None


def _is_title_word(t: DocTables, i: int, gazetteer: Gazetteer) -> bool:
    """An honorific, a title word or a nationality at the start of a person's name."""
    if _is_honorific(t, i) or t.lower[i].rstrip(".") in TITLE_WORDS:
        return True
    return bool(_nationality_at(t, i, gazetteer))


def _name_country(
    t: DocTables, root: int, tokens: list[int], title: list[int], label: str, gazetteer: Gazetteer
) -> str | None:
    """The country of a name: from its title ("US President"), a possessor ("Russia's
    Gazprom"), the name itself for a nationality or an organisation ("Russian Railways"); not
    from a place the title is held towards ("Ambassador to Ruritania Ivan Petrov")."""
    country = None if _sent_to(t, (title or tokens)[0]) else _country_at(t, title, gazetteer)
    for c in t.kids[root]:
        if t.dep[c] == "poss" and c < tokens[0]:
            words = [t.text[k] for k in t.subtree(c) if t.tag[k] != "POS"]
            country = country or gazetteer.country_code(words)
    if label == "NORP":
        return gazetteer.country_code(tuple(t.text[i] for i in tokens))
    if label == "ORG":
        return country or _country_at(t, tokens, gazetteer)
    return country


def _sent_to(t: DocTables, first: int) -> bool:
    """Does the name with its title words (from ``first``) follow the "to" or "for" of a title
    word ("Ambassador to *Ruritania Ivan Petrov*", "Envoy for *Ruritania Ivan Petrov*")? The
    place is where the office is held towards, not the holder's country."""
    prep = first - 1
    if prep < 0 or t.lower[prep] not in {"to", "for"}:
        return False
    return t.lower[t.heads[prep]].rstrip(".") in TITLE_NOUNS


def _noun_phrase_modifiers(t: DocTables, i: int) -> list[int]:
    dep = t.dep
    return [c for c in t.kids[i] if c < i and (dep[c] in _MODIFIER_DEPS or dep[c] in _DETERMINER_DEPS)]


def _hyphened(t: DocTables, c: int) -> str:
    """A modifier's word with the word hyphened onto it: "Sydney-based", "state-owned" (the
    parse hangs "Sydney" on "based", so the modifier alone would name "the based airline")."""
    if c >= 2 and t.tag[c - 1] == "HYPH" and t.heads[c - 2] == c:
        return f"{t.text[c - 2]}-{t.text[c]}"
    return t.text[c]


class _NounPhrase(NamedTuple):
    """A common noun with what its modifiers say: the span, words, country and agent code."""

    token: Token
    lemma: str
    start: int
    words: tuple[str, ...]  # content modifiers and the noun ("armed forces")
    role: str  # "prime minister" for "prime minister", else the lemma
    country: str | None
    country_word: str | None  # the modifier's word the country was read from
    agent: tuple[int, str] | None  # gazetteer agent phrase: (first word, code)
    dets: list[str]  # the determiners' lower-case words
    possessive: bool  # one of the determiners is a possessive ("his counterpart")
    plural: bool
    subject: bool
    root_subject: bool

    @classmethod
    def of(cls, token: Token, gazetteer: Gazetteer) -> _NounPhrase:
        t = tables_of(token)
        i = token.i
        dep, text = t.dep, t.text
        lefts = _noun_phrase_modifiers(t, i)
        mods = [c for c in lefts if dep[c] in _MODIFIER_DEPS]
        dets = [c for c in lefts if dep[c] in _DETERMINER_DEPS]
        content = [c for c in mods if dep[c] in _CONTENT_DEPS and not _nationality_at(t, c, gazetteer)]
        words = [_hyphened(t, c) for c in content] + [text[i]]
        lemma = t.lemma_lower[i]
        before = [t.lower[c] for c in content if c == i - 1]  # "the *foreign* secretary" (amod or compound)
        role = f"{before[0]} {lemma}" if before and before[0] in _ROLE_PREFIXES else lemma
        subj = dep[i] in _SUBJECT_DEPS
        country, country_word = _noun_country(t, i, mods, dets, gazetteer)
        if country is not None and _ethnic_modifier(t, content, gazetteer):
            country = country_word = None  # "Syrian Kurdish forces" are not Syria's forces
        return cls(
            token=token,
            lemma=lemma,
            start=min([t.left_edge(c) for c in lefts] + [i]) if lefts else i,
            words=tuple(words),
            role=role,
            country=country,
            country_word=country_word,
            agent=gazetteer.agent_code(words) or gazetteer.agent_code([text[i]]),
            dets=[t.lower[c] for c in dets],
            possessive=any(dep[c] == "poss" for c in dets),
            plural=t.tag[i] == "NNS",
            subject=subj,
            root_subject=subj and dep[t.heads[i]] == "ROOT",
        )

    def mention(self, kind: str, sentences: SentenceIndex, **fields: object) -> MentionSpan:
        return MentionSpan(
            start=self.start,
            end=self.token.i + 1,
            head=self.token.i,
            kind=kind,
            sentence=sentences.number[self.token.i],
            words=self.words,
            country=self.country,
            country_word=self.country_word,
            subject=self.subject,
            root_subject=self.root_subject,
            speaker=_says(self.token),
            person_noun=not self.plural and _is_person_noun(self.token),
            gender=title_gender([self.lemma]),
            **fields,  # type: ignore[arg-type]
        )


_DETERMINER_DEPS = frozenset({"det", "poss", "predet"})
_CONTENT_DEPS = frozenset({"amod", "compound"})
#: Compound words that belong to the role they precede ("prime minister").
_ROLE_PREFIXES = frozenset(
    {"prime", "foreign", "home", "defence", "defense", "interior", "finance", "health", "education", "trade"}
)


def _noun_country(
    t: DocTables, i: int, mods: list[int], dets: list[int], gazetteer: Gazetteer
) -> tuple[str | None, str | None]:
    """The country a noun phrase names and the word it is read from: a nationality modifier
    ("the Russian leader"), a possessor ("Russia's leader") or an "of" phrase ("the president
    of France"). A nationality joined to something else by "and" names no country of the
    phrase ("Turkey and rebel forces": Turkey's and the rebels')."""
    dep, kids = t.dep, t.kids
    if _two_nations(t, mods, gazetteer):
        return None, None  # "Palestinian and Israeli security officials": no one country's
    for k in mods:
        code = _nationality_at(t, k, gazetteer)
        if code and not any(dep[c] in {"cc", "conj"} for c in kids[k]):
            return code, t.text[k]
    for c in dets:
        code = gazetteer.country_code(t.text[c]) if dep[c] == "poss" and t.pos[c] == "PROPN" else None
        if code:
            return code, t.text[c]
    for prep in (c for c in kids[i] if c > i and dep[c] == "prep" and t.lower[c] == "of"):
        for pobj in (c for c in kids[prep] if dep[c] == "pobj"):
            code = gazetteer.country_code([t.text[k] for k in t.subtree(pobj)])
            if code:
                return code, None  # "the president of France": no modifier's word names it
    return None, None


#: Words of a party or a creed that stand before a nation's people in the state's service
#: ("US Republican senators", "the Chinese Communist leadership"): no ethnic or regional group.
POLITICAL_WORDS = frozenset(
    "republican republicans democratic democrat democrats conservative conservatives labour labor "
    "liberal liberals socialist socialists communist communists green greens".split()
)


def _ethnic_modifier(t: DocTables, content: list[int], gazetteer: Gazetteer) -> bool:
    """Is one of the phrase's own modifiers a people's or a faith's word that is no country's
    ("Syrian *Kurdish* forces", "Iraqi *Shia* militias", "Sri Lankan *Tamil* fighters")? The
    group is that people's, not the state's whose nationality stands before it."""
    return any(
        t.ent_type[k] == "NORP"
        and t.text[k][:1].isupper()
        and t.lower[k] not in POLITICAL_WORDS
        and gazetteer.country_code(t.text[k]) is None
        for k in content
    )


def _two_nations(t: DocTables, mods: list[int], gazetteer: Gazetteer) -> bool:
    """Is a nationality modifier joined by "and" or "or" to another country's ("Palestinian
    and Israeli officials", "British or French troops")?"""
    for i in mods:
        code = _nationality_at(t, i, gazetteer)
        if code and any(
            t.dep[k] == "conj" and _nationality_at(t, k, gazetteer) not in {None, code} for k in t.kids[i]
        ):
            return True
    return False


def _person_role(np: _NounPhrase, sentences: SentenceIndex) -> MentionSpan | None:
    """ "the Russian leader", "his counterpart": a person known by role (determined or national)."""
    determined = np.possessive or any(word in {"the", "this", "that"} for word in np.dets)
    if np.lemma not in ROLE_NOUNS or np.plural or not (determined or np.country):
        return None
    agent = np.agent[1] if np.agent else "~GOV"
    return np.mention("role", sentences, label="Person", roles=frozenset({np.role}), agent=agent)


def _organisation_role(np: _NounPhrase, sentences: SentenceIndex) -> MentionSpan | None:
    """ "the company", "the oil giant": the business named before."""
    if np.lemma not in ORGANISATION_ROLE_NOUNS or np.plural or "the" not in np.dets:
        return None
    return np.mention("role", sentences, label="Organization", roles=frozenset({np.lemma}))


def _agent_group(np: _NounPhrase, sentences: SentenceIndex) -> MentionSpan | None:
    """ "Ukrainian soldiers", "the authorities": a group by agent code, with a country, as a
    subject, or plural (never "a soldier")."""
    if np.agent is None or not (np.country or np.subject or np.plural):
        return None
    if not np.plural and any(word in {"a", "an"} for word in np.dets):
        return None
    first, code = np.agent
    return np.mention(
        "group",
        sentences,
        label="Group" if np.plural else "Organization",
        agent=code,
        plural=np.plural,
    )._with_words(np.words[first:] if np.country else np.words)


def _unnamed_person(np: _NounPhrase, sentences: SentenceIndex) -> MentionSpan | None:
    """ "an MP", "a man": one person no name identifies (a candidate for "he" or "she" that
    names no one); the mention is the noun alone. "The man" and "his aide" refer back to
    someone the article has introduced, so they are no mention of their own."""
    if np.plural or np.lemma not in PERSON_NOUNS or _definite(np.token):
        return None
    return replace(np.mention("person", sentences, label="Person"), start=np.token.i)


#: How a common noun becomes a mention, tried in order.
NOUN_MENTIONS = (_person_role, _organisation_role, _agent_group, _unnamed_person)


#: The lemmas of the nouns that :data:`NOUN_MENTIONS` take without an agent code: any
#: other noun is a mention only as an agent group, whose phrase ends with the noun.
_MENTION_LEMMAS = ROLE_NOUNS | ORGANISATION_ROLE_NOUNS | PERSON_NOUNS


def _noun_mention(token: Token, gazetteer: Gazetteer, sentences: SentenceIndex) -> MentionSpan | None:
    """A role nominal or an agent group anchored on a common noun, else None."""
    t = tables_of(token)
    if t.lemma_lower[token.i] not in _MENTION_LEMMAS:
        key = word_key(t.text[token.i])
        if key and not gazetteer.ends_agent_phrase(key[-1]):
            return None  # no role, person or organisation noun, and no agent phrase ends here
    np = _NounPhrase.of(token, gazetteer)
    for make in NOUN_MENTIONS:
        mention = make(np, sentences)
        if mention is not None:
            return mention
    return None


def detect_mentions(doc: Doc, gazetteer: Gazetteer) -> list[MentionSpan]:
    """Every candidate mention in ``doc``, ordered by position (see module docstring).

    Linear in the length of the Doc: named entities first, then one pass over the tokens
    for pronouns, relative pronouns, role nominals and groups, and proper-noun runs NER missed.
    """
    finder = _MentionFinder(doc, gazetteer)
    finder.add_titled()
    finder.add_entities()
    finder.add_tokens()
    mentions = sorted(finder.found.values(), key=lambda m: (m.start, m.end))
    return _mark_acronyms(doc, _numbered_names(doc_tables(doc), _drop_nested_titles(mentions)))


def _numbered_names(t: DocTables, mentions: list[MentionSpan]) -> list[MentionSpan]:
    """A place name with its number is the name of something else ("US 258" a highway,
    "Sudan 1" a dye): the number joins the name, which then links to no place."""
    out = []
    for m in mentions:
        if m.kind == "name" and m.label in {"Place", None} and not m.titled:
            end = numbered_name_end(t, m.end - 1)
            if end is not None:
                m = replace(m, end=end, words=m.words + tuple(t.text[m.end : end]), country=None)
        out.append(m)
    return out


def _titled_mention(
    t: DocTables, titled: Titled, gazetteer: Gazetteer, sentences: SentenceIndex
) -> MentionSpan:
    """The person "the Duke of Wellington" names: an office over a place gives its country
    and its role ("the Mayor of London": GBR, mayor); a hereditary title gives neither."""
    i = titled.title
    token = t.tokens[i]
    subj, root_subj = _is_subject(token)
    place = [t.text[k] for k in titled.place]
    return MentionSpan(
        start=titled.start,
        end=titled.end,
        head=i,
        kind="name",
        sentence=sentences.number[i],
        words=tuple(t.text[titled.start : titled.end]),
        label="Person",
        country=None if titled.noble else gazetteer.country_code(place),
        roles=frozenset() if titled.noble else frozenset({t.lower[i]}),
        subject=subj,
        root_subject=root_subj,
        gender=title_gender([t.lower[i]]),
        speaker=_says(token),
        titled=True,
    )


#: How many untagged words after a person's name may still belong to it ("Councillor Brian Parbutt").
_SURNAME_REACH = 3


class _MentionFinder:
    """The state of one pass of :func:`detect_mentions`: mentions by start, covered tokens."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self.sentences = SentenceIndex(doc)
        self.found: dict[int, MentionSpan] = {}  # by start token
        self.covered: set[int] = set()
        self._runs: _ProperNounRuns | None = None
        self.quote_speaker = quote_speakers(doc)
        self.titled: dict[int, Titled] = {}  # token -> the titled name it is in

    def add_titled(self) -> None:
        """ "the Duke of Wellington": a person, whose place is no mention of its own; when the
        text names the holder ("the Mayor of London, Ken Livingstone") the name is the mention."""
        t = doc_tables(self.doc)
        for titled in titled_names(t):
            for k in range(titled.start, titled.end):
                self.titled[k] = titled
            self.covered.update(range(titled.start, titled.end))
            if titled.holder is None:
                self._add(_titled_mention(t, titled, self.gazetteer, self.sentences))

    def _inside_titled(self, ent: Span) -> bool:
        """Is the entity part of a titled name (skip it), or does it hold one whole ("the Duke
        of Edinburgh Award", a PERSON "Duke of Wellington": the entity wins)?"""
        titled = next((self.titled[k] for k in range(ent.start, ent.end) if k in self.titled), None)
        if titled is None:
            return False
        start = ent.start + (ent[0].lower_ in _DETERMINERS)
        if (
            titled.holder is not None
            and ent.label_ == "ORG"
            and (start, ent.end) == (titled.place_start, titled.end)
        ):
            return False  # "the Governor of the Bank of England, Mervyn King": the bank stays a body
        whole = start <= titled.start and ent.end >= titled.end
        if whole and (ent.label_ == "PERSON" or ent.end - start > titled.end - titled.start):
            self.found.pop(titled.start, None)
            for k in range(titled.start, titled.end):
                self.titled.pop(k, None)
            return False
        return True

    def add_entities(self) -> None:
        """Name mentions of the named entities (weak labels only when the gazetteer knows them)."""
        for ent in self.doc.ents:
            label = ent.label_
            if self.titled and self._inside_titled(ent):
                continue
            courtesy = None if label in NER_TYPES else self._courtesy_span(ent)
            if courtesy is not None:
                ent, label = courtesy, "PERSON"  # "Mrs May" with "May" tagged a date
            if label not in NER_TYPES and label not in WEAK_LABELS:
                self.covered.update(range(ent.start, ent.end))
                continue
            if label in WEAK_LABELS and self.gazetteer.actor([t.text for t in ent]) is None:
                continue
            if label == "ORG" and len(ent) == 1 and _portfolio(doc_tables(self.doc), ent.root.i):
                self.covered.update(range(ent.start, ent.end))
                continue  # "the Department of Culture, *Media* and Sport": a word of the body's name
            self.covered.update(range(ent.start, ent.end))
            if _is_nationality_modifier(ent):
                continue  # "Russian forces": the nationality belongs to the group mention
            longer = self._longer_name(ent)
            if longer is not None:
                ent, label = longer, ""  # "UK Coal": a company, not the United Kingdom
                self.covered.update(range(ent.start, ent.end))
            surname = self._surname_after(ent)
            if surname is not None:
                ent = surname  # "Deputy Speaker *Sylvia* Heal": the tagger stopped at the first name
                self.covered.update(range(ent.start, ent.end))
            ent, label = self._person_of_body(ent, label)
            m = _name_mention(ent, "" if label in WEAK_LABELS else label, self.gazetteer, self.sentences)
            if m is None:
                continue
            if label in WEAK_LABELS:
                m = _replace(m, label=None)
            self.found[m.start] = m
            self.covered.update(range(min(m.start, ent.start), ent.end))

    def _person_of_body(self, ent: Span, label: str) -> tuple[Span, str]:
        """A person's entity run on over "of" into the body they are of ("Jo Roe of Acme
        Telecom", :func:`_person_of_body`): the person's span, the body's name a mention of its
        own. An organisation's span only when the word before "of" is the surname of a person
        named in full ("says Cao of Acme" after "Jo Cao"; not "Bank of England")."""
        split = _person_of_body(self.doc, ent) if label in {"PERSON", "ORG"} else None
        if split is None or label == "ORG" and not _surname_of_someone(self.doc, split[0]):
            return ent, label
        person, body = split
        found = _name_mention(body, "", self.gazetteer, self.sentences)
        if found is not None:
            self.found[found.start] = found
        return person, "PERSON"

    def _surname_after(self, ent: Span) -> Span | None:
        """The person's name with the words the tagger left out after a PERSON entity: up to
        three untagged capitalised proper nouns the entity's last word is a compound of, which
        end in a known first name and a surname ("*Sylvia* Heal", "*Nottingham City* Councillor
        Brian Parbutt": the title words then go to the title); the surname is no title word."""
        t = doc_tables(self.doc)
        if ent.label_ != "PERSON":
            return None
        end = ent.end
        while (
            end < len(t.text)
            and end - ent.end < _SURNAME_REACH
            and end not in self.covered
            and t.pos[end] == "PROPN"
            and not t.ent_type[end]
            and t.text[end][:1].isupper()
        ):
            end += 1
        surname = end - 1
        chain = range(ent.end - 1, surname)
        if surname < ent.end or any(not k < t.heads[k] <= surname or t.dep[k] != "compound" for k in chain):
            return None
        if t.lower[surname - 1] not in first_names():
            return None
        if t.lower[surname].rstrip(".") in _TITLE_OR_HONORIFIC or t.lower[surname] in _NOT_A_NAME_HEAD:
            return None
        return self.doc[ent.start : surname + 1]

    def _courtesy_span(self, ent: Span) -> Span | None:
        """The name of a person a courtesy title gives an entity NER tagged as no actor ("Mrs
        *May*" a date, "Dr *Who*" a work), with the title when it stands just before it."""
        t = doc_tables(self.doc)
        tokens = _strip_possessive(t, list(range(ent.start, ent.end)))
        if _courtesy_name(t, tokens):
            return ent
        before = ent.start - 1
        if before >= 0 and before not in self.covered and _courtesy_name(t, [before, *tokens]):
            return self.doc[before : ent.end]
        return None

    def _longer_name(self, ent: Span) -> Span | None:
        """The longer name a place begins when NER tagged only the place: "*UK* Coal",
        "*Munich* Re", "*London* Heathrow" -- the place is a compound of a proper noun no
        entity covers, which is no title, role or agent word ("US President", "UK Government",
        "US Treasury" keep the country as a modifier)."""
        if ent.label_ not in {"GPE", "LOC"}:
            return None
        t = doc_tables(self.doc)
        last = ent.end - 1
        head = t.heads[last]
        if t.dep[last] != "compound" or head <= last or head - last > 3:
            return None
        for k in range(ent.end, head + 1):
            if t.pos[k] != "PROPN" or t.ent_type[k] or not t.text[k][:1].isupper() or k in self.covered:
                return None
        word = t.lower[head].rstrip(".")
        if word in _NOT_A_NAME_HEAD or self.gazetteer.agent_code([t.text[head]]) is not None:
            return None
        return self.doc[ent.start : head + 1]

    def add_tokens(self) -> None:
        """Pronouns, relative pronouns, role nominals, groups and proper-noun runs."""
        self._runs = _ProperNounRuns(self.doc, self.sentences, self.covered)
        t = doc_tables(self.doc)
        covered, lowers, tags, pos, dep, heads = self.covered, t.lower, t.tag, t.pos, t.dep, t.heads
        for i, token in enumerate(t.tokens):
            if i in covered:
                continue
            lower = lowers[i]
            tag = tags[i]
            if tag in {"PRP", "PRP$"} and (lower in THIRD_PERSON or lower in FIRST_PERSON):
                if (lower != "it" or not placeholder_it(token)) and not title_word(t, i):
                    self._add(self._pronoun(token))
            elif tag in {"WP", "WDT"} and lower in RELATIVE_PRONOUNS and dep[heads[i]] == "relcl":
                self._add(self._relative(token))
            elif pos[i] == "NOUN":
                self._add(_noun_mention(token, self.gazetteer, self.sentences))
            elif pos[i] == "PROPN":
                self._add_proper_noun_run(token)
                if self._unnamed_proper(token):
                    self._add(self._unnamed_person(token))  # "a Labour MP"

    def _add(self, m: MentionSpan | None) -> None:
        if m is None:
            return
        known = self.found.get(m.start)
        if known is not None and known.kind == "name" and m.kind != "name" and known.end <= m.head:
            if _bare_person_word(known):
                self.found[m.start] = m  # "Labour's deputy minister" with "Labour" tagged a person
                return
            # "President Tony Blair's spokesman", "Libyan General Ivan Petrov's troops": the
            # noun phrase starts with the name that possesses it; the name keeps its mention
            # and the noun's starts after it (and its possessive ending), or at the noun when
            # another name stands between ("France's *UN* ambassador")
            start = known.end
            tag = doc_tables(self.doc).tag
            while start < m.head and tag[start] == "POS":
                start += 1
            if start in self.found:
                start = m.head
            if start in self.found:
                return
            m = replace(m, start=start)
        self.found[m.start] = m

    def _pronoun(self, token: Token) -> MentionSpan:
        t = tables_of(token)
        i = token.i
        subj, root_subj = _is_subject(token)
        path, clause_subjects = antecedent_path(token)
        lower = t.lower[i]
        return MentionSpan(
            i,
            i + 1,
            i,
            "pronoun",
            self.sentences.number[i],
            (t.text[i],),
            subject=subj,
            root_subject=root_subj,
            plural=lower in PLURAL_PRONOUNS,
            gender=PRONOUN_GENDER.get(lower),
            speaker=_says(token),
            path=path,
            clause_subject=clause_subjects[0] if clause_subjects else None,
            clause_subjects=clause_subjects,
            quote_speaker=self.quote_speaker.get(i),
            plural_nouns=(
                plural_nouns_before(t, i, self.sentences.start[i]) if lower in PLURAL_PRONOUNS else ()
            ),
        )

    def _unnamed_proper(self, token: Token) -> bool:
        """ "a Labour MP": a capitalised person noun no name mention took, not "the Commissioner"."""
        assert self._runs is not None
        if token.i in self.covered or self._runs.covers(token):
            return False
        return _is_person_noun(token) and not _definite(token)

    def _unnamed_person(self, token: Token) -> MentionSpan:
        subj, root_subj = _is_subject(token)
        return MentionSpan(
            token.i,
            token.i + 1,
            token.i,
            "person",
            self.sentences.number[token.i],
            (token.text,),
            label="Person",
            subject=subj,
            root_subject=root_subj,
            speaker=_says(token),
            person_noun=True,
        )

    def _relative(self, token: Token) -> MentionSpan:
        return MentionSpan(
            token.i,
            token.i + 1,
            token.i,
            "relative",
            self.sentences.number[token.i],
            (token.text,),
            antecedent=token.head.head.i,
        )

    def _add_proper_noun_run(self, token: Token) -> None:
        """A run of proper nouns NER missed ("Strana", "Kyiv Independent"), not all titles."""
        assert self._runs is not None
        run = self._runs.headed_by(token)
        if run is None or self._runs.touches_covered(run) or self._runs.only_titles(run):
            return
        if _portfolio(doc_tables(self.doc), run.root.i):
            return  # "the Minister for Transport, *Tourism* and Sport": part of a title
        m = _name_mention(run, "", self.gazetteer, self.sentences)
        if m is not None:
            self.found[m.start] = m
            self._runs.cover(run)


#: Words of rank or of a calling whose bearer's name "of" a place is one title ("Lord Roe of
#: Kelvin", "Prince Jo of Borduria", "Saint Anne of Ruriton"): not a person and a body.
_TITLED_OF_WORDS = (TITLE_WORDS - {"of", "the"}) | frozenset(
    "lord lady baron baroness count countess duke duchess earl marquess viscount saint st bishop "
    "archbishop cardinal".split()
)


def _person_of_body(doc: Doc, ent: Span) -> tuple[Span, Span] | None:
    """A person's entity that runs on over "of" into the body or place they are of ("says Jo
    Roe *of Acme Telecom*", "Ana Lee of Ruriton"): (the person's name, what follows "of"), the
    tagger having taken both for one name. Only a name of one to three capitalised words
    before "of", no title or rank among them ("Lord Roe of Kelvin", "Prince Jo of Borduria"
    are one title), and capitalised words after it."""
    t = doc_tables(doc)
    of = next((k for k in range(ent.start + 1, ent.end - 1) if t.text[k] == "of"), None)
    if of is None or of - ent.start > 3:
        return None
    before = range(max(ent.start - 1, 0), of)
    if any(t.lower[k].rstrip(".") in _TITLED_OF_WORDS for k in before):
        return None
    if not all(t.text[k][:1].isupper() for k in range(ent.start, of)):
        return None
    rest = of + 1 + (t.lower[of + 1] == "the")
    if rest >= ent.end or not all(
        t.text[k][:1].isupper() or t.lower[k] in {"of", "and", "&"} for k in range(rest, ent.end)
    ):
        return None
    return doc[ent.start : of], doc[rest : ent.end]


def _surname_of_someone(doc: Doc, name: Span) -> bool:
    """Is ``name`` one word, the last word of a person's name of two words or more the
    tagger found in the article ("Cao" after "Jo Cao")? Then "Cao of Acme" is that person
    and the firm, whatever the tagger called the whole."""
    return len(name) == 1 and any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].text == name.text for e in doc.ents
    )


#: Nouns of an office or a body whose portfolio follows after "for" or "of" ("the Minister for
#: Transport, Tourism and Sport", "the Department of Culture, Media and Sport").
PORTFOLIO_HOLDERS = frozenset(
    "minister ministry secretary department commissioner commission committee office".split()
)


def _portfolio(t: DocTables, i: int) -> bool:
    return portfolio_holder(t, i) is not None


def portfolio_holder(t: DocTables, i: int) -> int | None:
    """The office's or body's noun when token ``i`` is a capitalised word of its portfolio,
    after "for" or "of" that the noun governs, or joined to one ("the Minister for Transport,
    *Tourism* and *Sport*"): no actor, but part of the title or of the body's name."""
    k = i
    while t.dep[k] == "conj" and t.heads[k] != k:
        k = t.heads[k]
    if t.dep[k] == "pobj" and t.lower[t.heads[k]] in {"for", "of"}:
        holder = t.heads[t.heads[k]]
        return holder if _portfolio_holder(t, holder) else None
    if k == i or not _portfolio_holder(t, k):
        return None
    # the list hung on the holder itself ("the Minister for Transport, Tourism and Sport"
    # parsed as "the Minister ..., Tourism and Sport"): the words from its "for" on
    first = next(
        (p for r in t.kids[k] if t.lower[r] in {"for", "of"} for p in t.kids[r] if t.dep[p] == "pobj"), None
    )
    listed = first is not None and first < i and all(
        t.text[j][:1].isupper() or t.text[j] in {",", "and", "&"} for j in range(first, i)
    )
    return k if listed else None


def _portfolio_holder(t: DocTables, k: int) -> bool:
    return t.lemma_lower[k] in PORTFOLIO_HOLDERS and t.text[k][:1].isupper()


def _bare_person_word(m: MentionSpan) -> bool:
    """Is the name one word the tagger called a person with nothing else to say so (no title,
    honorific or first name)? Such a possessor ("*Labour*'s deputy minister", "*Defra*'s
    rules") is as often a party or a body the tagger mistyped, and is not kept over the noun
    phrase it begins."""
    return m.label == "Person" and len(m.words) == 1 and not m.title_words


def _is_nationality_modifier(ent: Span) -> bool:
    """A one-word nationality or country used as a modifier: "*Russian* forces"."""
    if ent.label_ not in {"NORP", "GPE"} or len(ent) != 1:
        return False
    return ent.root.pos_ == "ADJ" or ent.label_ == "NORP" and ent.root.dep_ in {"amod", "compound"}


class _ProperNounRuns:
    """Proper-noun runs, each found by a walk over its own tokens (runs are few and short:
    a Doc of 500 tokens has a handful, so no table over every token is made).

    A run headed by a token reaches back over the proper nouns before it that depend on
    something at or after the run's start (its modifiers), within the sentence.
    """

    def __init__(self, doc: Doc, sentences: SentenceIndex, covered: set[int]) -> None:
        self.doc = doc
        self.tables = doc_tables(doc)
        self.sentence_start = sentences.start
        self.covered = frozenset(covered)  # the tokens entities cover, as they are now
        self.run_covered = -1  # the last token a run mention covers

    def _start(self, i: int) -> int:
        """Where a run ending at token ``i`` starts."""
        pos, heads, first = self.tables.pos, self.tables.heads, self.sentence_start
        while i >= 1 and first[i] < i and pos[i - 1] == "PROPN" and heads[i - 1] >= i:
            i -= 1
        return i

    def headed_by(self, token: Token) -> Span | None:
        t = tables_of(token)
        i = token.i
        if t.pos[i] != "PROPN" or t.dep[i] in {"compound", "flat"} and t.pos[t.heads[i]] == "PROPN":
            return None
        return self.doc[self._start(i) : i + 1]

    def touches_covered(self, run: Span) -> bool:
        covered = self.covered
        return any(k in covered for k in range(run.start, run.end)) or self.run_covered >= run.start

    def only_titles(self, run: Span) -> bool:
        """Is every word of the run a title word or an honorific?"""
        lower = self.tables.lower
        return all(lower[k].rstrip(".") in _TITLE_OR_HONORIFIC for k in range(run.start, run.end))

    def covers(self, token: Token) -> bool:
        """Is the token inside a run already made a name mention?"""
        return self.run_covered >= token.i

    def cover(self, run: Span) -> None:
        self.run_covered = max(self.run_covered, run.end - 1)


_TITLE_OR_HONORIFIC = TITLE_WORDS | HONORIFICS


def _replace(m: MentionSpan, **changes: object) -> MentionSpan:
    from dataclasses import replace

    return replace(m, **changes)  # type: ignore[arg-type]


def _drop_nested_titles(mentions: list[MentionSpan]) -> list[MentionSpan]:
    """A name inside another name's title ("US" in "US President Trump") is no mention of its own.

    ``mentions`` are sorted by start; a mention is inside a name that starts before it and
    ends at or after its end, or starts with it and ends after it.
    """
    out: list[MentionSpan] = []
    reach_before = -1  # furthest end of a name starting before the current start
    position, names = 0, [m for m in mentions if m.kind == "name"]
    same_start_reach: dict[int, int] = {}
    for m in names:
        same_start_reach[m.start] = max(same_start_reach.get(m.start, -1), m.end)
    for m in mentions:
        while position < len(names) and names[position].start < m.start:
            reach_before = max(reach_before, names[position].end)
            position += 1
        inside = reach_before >= m.end or same_start_reach.get(m.start, -1) > m.end
        if not inside:
            out.append(m)
    return out


def _mark_acronyms(doc: Doc, mentions: list[MentionSpan]) -> list[MentionSpan]:
    """'the Armed Forces of Ukraine (AFU)': the acronym mention points at the name."""
    by_end = {m.end: m for m in mentions if m.kind == "name"}
    out: list[MentionSpan] = []
    for m in mentions:
        if m.kind == "name" and len(m.words) == 1 and m.start >= 2 and doc[m.start - 1].text == "(":
            prev = by_end.get(m.start - 1)
            if prev is not None and prev is not m and len(prev.words) > 1:
                m = _replace(m, acronym_for=prev.head)
        out.append(m)
    return out

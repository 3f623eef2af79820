"""Resolving one article: candidates (token spans) -> Sentences, Entities, Mentions, Statements.

Mentions are found (:mod:`mentions`), clustered by the sieve (:mod:`coref`) and each
cluster becomes one Entity with a deterministic id: the gazetteer id when linked
(``VLADIMIR_PUTIN`` -> ``vladimir-putin``), else the canonical name, so the same actor in
two articles is one node. What names no one in particular ("the spokesman", "police", an
unresolved pronoun) gets an id within its article, so it never merges across articles.
Every candidate becomes one Statement with one Evidence whose
offsets satisfy ``article.text[start:end] == text`` for the sentence, subject, relation
and object. Literal objects (clauses, abstract nouns) keep ``entity_id=None``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from graphbuilder.extract.adjuncts import setting_phrases
from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.labels import NOMINAL_SUBJ_DEPS, PLURAL_NOUN_TAGS
from graphbuilder.extract.modality import modality_of
from graphbuilder.lexicon import PERSON_NOUNS
from graphbuilder.model import (
    Argument,
    Article,
    Entity,
    EntityRef,
    Evidence,
    Mention,
    Sentence,
    Statement,
    entity_id,
    normalise_literal,
)
from graphbuilder.nlp.paragraphs import TITLE_ABBREVIATIONS as PIPELINE_TITLE_ABBREVIATIONS
from graphbuilder.nlp.tables import DocTables, doc_tables, span_text, tables_of
from graphbuilder.resolve.coref import REFLEXIVE_PRONOUNS, Cluster, Sieve, plural_word, second_rank_word
from graphbuilder.resolve.described import described_cluster
from graphbuilder.resolve.gazetteer import Gazetteer, load_gazetteer
from graphbuilder.resolve.mentions import (
    FIRST_PERSON,
    NEUTER_PRONOUNS,
    ORGANISATION_ROLE_NOUNS,
    PLURAL_PRONOUNS,
    TITLE_WORDS,
    MentionSpan,
    detect_mentions,
    named_title_holder,
    nation_people_words,
    nationality,
    portfolio_holder,
    singular_demonym,
)
from graphbuilder.resolve.quotes import inner_quoted_tokens
from graphbuilder.resolve.titled import TITLES

if TYPE_CHECKING:
    from graphbuilder.resolve import ArticleGraph

#: Subjects that name nothing outside their sentence: kept local to their article.
ARTICLE_LOCAL_WORDS = frozenset(
    {
        "this",
        "that",
        "these",
        "those",
        "you",
        "it",
        "one",
        "many",
        "some",
        "all",
        "both",
        "each",
        "who",
        "which",
        "what",
        "everyone",
        "everybody",
        "nobody",
        "someone",
        "somebody",
        "anyone",
        "others",
        "few",
        "most",
        "several",
        "none",
        "they",
        "we",
        "i",
        "he",
        "she",
        "there",
    }
)
_DEMONSTRATIVE = re.compile(r"^(this|that|these|those|such)\s+")

#: Entity types of a place's name ("Israel", "Hebron"), which names a group worse than its
#: nationality word ("Israeli") or code ("US").
PLACE_TYPES = frozenset({"GPE", "LOC"})
#: "we" and its forms: the speaker's side, never the speaker alone.
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
#: Confidence factor for a statement whose subject is a pronoun two people fitted equally.
AMBIGUOUS_SUBJECT_FACTOR = 0.5

#: Constructs whose object is a clause, never an entity.
CLAUSAL_CONSTRUCTS = frozenset({"ccomp", "xcomp", "clause"})


def _sentence_number(sentence_index: dict[int, int], sentence: Span) -> int:
    """The number of a candidate's sentence (``Token.sent`` walks the sentence: only when the
    span is not a whole sentence)."""
    if not len(sentence):
        return 0
    if sentence.start in sentence_index:
        return sentence_index[sentence.start]
    return sentence_index[sentence[0].sent.start]


def _article_date(article: Article) -> str | None:
    return article.published[:10] if article.published and len(article.published) >= 10 else None


class ArticleResolver:
    """Entities and arguments for one article (built once per article, then queried)."""

    def __init__(self, article: Article, doc: Doc, gazetteer: Gazetteer) -> None:
        self.article = article
        self.doc = doc
        self.tables = doc_tables(doc)
        self.date = _article_date(article)
        self.sieve = Sieve(detect_mentions(doc, gazetteer), gazetteer, self.date, self.tables).run()
        _drop_commanded_names(self.sieve, self.tables)
        self.sentence_index = {start: i for i, (start, _) in enumerate(self.tables.sents)}
        self._entities: dict[int, Entity] = {}  # cluster index -> entity
        self.extra: dict[str, Entity] = {}  # entities not from clusters (common nouns)
        self.mentions: dict[tuple[int, int], Mention] = {}
        self._adjectives: dict[str | None, str] = {}
        #: the referent of each span asked about, by (start, end): a subject or speaker is asked
        #: about several times (its cluster, whether it is uncertain, as a speaker)
        self._referents: dict[tuple[int, int], Token] = {}
        self._entity_refs: dict[tuple[int, int], EntityRef] = {}  # speakers and reporters by span
        #: tokens of quotations inside quotations, whose "I" is not the outer speaker's
        self._inner_quoted = inner_quoted_tokens(self.tables)

    def referent(self, span: Span) -> Token:
        """``_referent(span.root)``, worked out once per span of this article's Doc."""
        key = (span.start, span.end)
        known = self._referents.get(key)
        if known is None:
            known = self._referents[key] = _referent(span.root)
        return known

    # --- entities ----------------------------------------------------------------------

    def entity(self, c: Cluster) -> Entity:
        known = self._entities.get(c.index)
        if known is not None:
            return known
        names = c.names
        if c.actor is not None:
            name = c.actor.name
            surface = [self._text(m) for m in names if " ".join(w.lower() for w in m.words) == name.lower()]
            name = surface[0] if surface else name
            eid = entity_id(name, c.actor.id)
        else:
            name = self._canonical_name(c)
            # "the spokesman", or "Mr Howard" when two Howards are named: this article's
            local = c.kind == "role" and not c.country(self.date) or self._shared_surname(c)
            eid = entity_id(f"{self.article.id} {name}" if local else name)
        aliases = sorted({self._text(m) for m in names} | {self._span_text(m) for m in names} - {name})
        ent = Entity(
            id=eid,
            name=name,
            type=c.type,
            aliases=tuple(aliases),
            actor_code=c.actor_code(self.date),
            country=c.country(self.date),
            gazetteer_id=c.actor.id if c.actor else None,
        )
        self._entities[c.index] = ent
        return ent

    def _shared_surname(self, c: Cluster) -> bool:
        """Is the cluster a surname alone that two people named in full in the article end in?"""
        names = c.names
        if not names or any(len(m.words) != 1 for m in names):
            return False
        surname = names[0].words[0].lower()
        owners = {
            other.index
            for other in self.sieve.clusters
            if other is not c
            and any(len(n.words) > 1 and n.words[-1].lower() == surname for n in other.names)
            and other.type == "Person"
        }
        return len(owners) > 1

    def _canonical_name(self, c: Cluster) -> str:
        names = c.names
        if names:
            best = max(names, key=lambda m: (len(m.words), -m.start))
            text = self._text(best)
            if all(m.label == "Group" for m in names):
                # a party or group is named in the plural, in every article ("Democrats")
                words = text.split()
                text = " ".join(words[:-1] + [plural_word(words[-1])])
            return text
        m = c.mentions[0]
        if c.kind == "group" and nation_people_words(m.words):
            return " ".join(m.words)  # "Israeli people": its nationality word is in it
        if c.kind == "role":
            role = sorted(m.roles)[0] if m.roles else m.words[-1].lower()
            # "the vice president" is no node named "president" (which "the president" would join)
            words = [self._country_word(m)] if m.country else []
            rank = second_rank_word(m.words)
            return " ".join(words + ([rank] if rank else []) + [role])
        return " ".join(
            [self._country_word(m)] * bool(m.country) + [w if w.isupper() else w.lower() for w in m.words]
        )

    def _country_word(self, m: MentionSpan) -> str:
        """The word a role or group is named by: its own nationality word ("Chinese troops",
        in the singular: "Israeli"), or the place its country was read from ("the Texas
        businessman", "Scotland's first minister": a region's is not the nation's word); the
        nation's own name gives way to the article's adjective of the same stem ("China's
        foreign minister" -> "Chinese"). Without a word of its own, the article's word."""
        word = m.country_word
        if not word:
            return self._adjective(m.country)
        if word.isupper() or not word[:1].isupper() or len(word) < 4:
            return word
        stem = word[:4].lower()
        tables = self.tables
        for text, t in zip(tables.text, tables.tokens, strict=True):
            same_stem = text[:4].lower() == stem
            if same_stem and not _place_word(t) and nationality(t, self.sieve.gazetteer) == m.country:
                # "China's" -> "Chinese", "Syria's" -> "Syrian", "Israelis" -> "Israeli"
                return singular_demonym(text) if t.tag_ in PLURAL_NOUN_TAGS else text
        return word

    def _adjective(self, country: str | None) -> str:
        """The nationality word the article used for a country code, else the code."""
        if country not in self._adjectives:
            tables = self.tables
            words = [
                (_place_word(t), t.tag_ in PLURAL_NOUN_TAGS, t.i, text)
                for text, t in zip(tables.text, tables.tokens, strict=True)
                if text[:1].isupper() and nationality(t, self.sieve.gazetteer) == country
            ]
            # the first nationality word, but an adjective or a code before a place's name
            # ("Palestinian", not the city "Hebron"; "Israeli", not "Israel") and before a
            # plural people ("Israeli", not "Israelis"), which stands in the singular when it
            # is the only word ("American senator", not "Americans senator")
            best = min(words) if words else None
            self._adjectives[country] = (
                (singular_demonym(best[3]) if best[1] else best[3]) if best else country or ""
            )
        return self._adjectives[country]

    def _text(self, m: MentionSpan) -> str:
        """The core words of a name as they appear in the article ("Aynsley-Green", not "Aynsley - Green")."""
        tables = self.tables
        start, end = _clamp(tables, max(m.end - len(m.words), 0), m.end)
        if tuple(tables.text[start:end]) == tuple(m.words):
            return " ".join(tables.span_text(start, end).split())
        return " ".join(m.words)

    def _span_text(self, m: MentionSpan) -> str:
        return self.tables.span_text(*_clamp(self.tables, m.start, m.end))

    def _record_mention(self, m: MentionSpan, ent: Entity) -> None:
        tables = self.tables
        start, end = _clamp(tables, m.start, m.end)
        key = (tables.char_start(start), tables.char_end(start, end))
        if key not in self.mentions:
            self.mentions[key] = Mention(
                self.article.id, m.sentence, key[0], key[1], tables.span_text(start, end), ent.id
            )

    def all_mentions(self) -> None:
        """Record a Mention for every clustered mention (feeds MENTIONS edges)."""
        for m in self.sieve.mentions:
            c = self.sieve.cluster_of(m)
            if c is not None:
                self._record_mention(m, self.entity(c))

    # --- arguments ---------------------------------------------------------------------

    def cluster_for(
        self, span: Span, speaker: Span | None = None
    ) -> tuple[Cluster | None, MentionSpan | None]:
        root = self.referent(span)
        m = self.sieve.mention_at(root.i)
        holder = portfolio_holder(self.tables, root.i) if m is None else None
        if holder is not None and self.sieve.mention_at(holder) is not None and holder != root.i:
            # "the Minister for Transport, Tourism and Sport": "Tourism" is the minister's title
            return self.cluster_for(self.doc[holder : holder + 1], speaker)
        if m is None:
            return self._one_of_its_kind(root.i) or described_cluster(self.sieve, self.tables, root.i), None
        if m.kind == "pronoun" and (m.pronoun or "") in FIRST_PERSON:
            return self._first_person(m, speaker), m
        c = self.sieve.cluster_of(m)
        if c is None and m.kind == "role" and m.label == "Organization":
            # "The firm, Paion, said": Paion; "the bank" after "the Bank of England"
            c = self._named_in_apposition(m) or self._one_of_its_kind(m.head)
        if m.kind in {"group", "role"} and (c is None or m.person_noun and c.kind == "group" and not c.names):
            # "the Islamic State group", "the bloc", "the Russian diplomat": what the article named
            c = described_cluster(self.sieve, self.tables, m.head) or c
        return c, m

    def _first_person(self, m: MentionSpan, speaker: Span | None) -> Cluster | None:
        """Whom an "I" or a "we" stands for: its speaker's cluster; nobody when no speaker is
        known, when it is inside a quotation the speaker quotes ('"... she said, 'I love you,'"
        Roe recalled': not Roe's "I"), or when a person says "we" (a group the words do not
        name)."""
        if speaker is None or m.head in self._inner_quoted:
            return None
        sc, said_by = self.cluster_for(speaker)
        person = sc is not None and sc.type == "Person" or _named_with_a_person_noun(speaker)
        if m.pronoun in FIRST_PERSON_PLURAL and (person or self._maybe_a_person(speaker, sc, said_by)):
            return None
        return sc

    def _maybe_a_person(self, speaker: Span, sc: Cluster | None, said_by: MentionSpan | None) -> bool:
        """Can the speaker be one person, though its cluster is no Person: a person's noun
        ("the top diplomat", a group mention of one person's noun), "he" or "she", a surname
        alone (:func:`_surname_alone`), a person's noun in apposition ("Jo Bloggs, a community
        leader, said"), or a name NER gave no type? Their "we" is then a group they speak for
        or a people, never given to them."""
        if said_by is not None and (
            said_by.person_noun
            or said_by.pronoun in {"he", "she"}
            or _surname_alone(said_by, sc, self.sieve.mentions)
        ):
            return True  # "the top diplomat said", '"...," she added', "Jane Roe ... Roe said"
        t = self.tables
        head = self.referent(speaker).i
        if any(t.dep[k] == "appos" and t.lemma_lower[k] in PERSON_NOUNS for k in t.kids[head]):
            return True
        return sc is not None and sc.type == "Other"

    def _one_of_its_kind(self, head: int) -> Cluster | None:
        """The organisation a bare "the <body>" names ("the alliance", "the union", "the bank"):
        the one organisation named before it whose name holds that noun ("the Making Decisions
        Alliance ... the alliance said"); for "the party" the one party (a name with "party",
        or a party's people: "the Tories"). Nobody when none or two fit."""
        t = self.tables
        noun = t.lower[head]
        if (
            t.tag[head] != "NN"
            or noun not in SPEAKING_BODIES
            or not any(t.dep[k] == "det" and t.lower[k] == "the" for k in t.kids[head])
            or any(t.dep[k] in {"amod", "compound", "poss", "nmod"} for k in t.kids[head])
        ):
            return None
        fits: dict[int, Cluster] = {}
        for m in self.sieve.mentions:
            c = self.sieve.cluster_of(m) if m.kind == "name" and m.start < head else None
            if c is None:
                continue
            words = {w.lower() for w in m.words}
            kind = c.type == "Organization" and noun in words
            party = noun == "party" and (c.type == "Group" or bool(words & PARTY_WORDS))
            if kind or party:
                fits[c.index] = c
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _named_in_apposition(self, m: MentionSpan) -> Cluster | None:
        """The organisation a name in apposition to a description names ("The firm, Paion,")."""
        t = self.tables
        for k in t.kids[m.head]:
            am = self.sieve.mention_at(k) if t.dep[k] == "appos" else None
            c = self.sieve.cluster_of(am) if am is not None and am.kind == "name" else None
            if c is not None and c.type == "Organization":
                return c
        return None

    def uncertain(self, span: Span) -> bool:
        """Is the span a pronoun left unresolved because two people fitted equally?"""
        m = self.sieve.mention_at(self.referent(span).i)
        return m is not None and m.start in self.sieve.ambiguous

    def argument(self, span: Span, *, literal_ok: bool, speaker: Span | None = None) -> Argument:
        """Subject or object argument; a span that names no actor is a literal when allowed."""
        cluster, m = self.cluster_for(span, speaker)
        if (
            cluster is None
            and m is not None
            and speaker is not None
            and _refers_to_speaker(m, speaker, self.sieve.mention_at(self.referent(speaker).i))
            and not (m.pronoun in NEUTER_PRONOUNS and self._described_only(speaker))
            and not self.sieve.speaker_excluded(
                m, self.sieve.mention_at(self.referent(speaker).i), range(speaker.start, speaker.end)
            )
        ):
            # "the party said it would not return": the pronoun is the one who said it
            said_by = self.argument(speaker, literal_ok=False)
            return replace(said_by, text=span_text(span), start=span.start_char, end=span.end_char)
        if cluster is None and m is not None and speaker is not None and m.pronoun in NEUTER_PRONOUNS:
            cluster = self._body_spoken_for(m, speaker)
        if cluster is not None:
            ent = self.entity(cluster)
            if m is not None:
                self._record_mention(m, ent)
            return self._arg(span, ent)
        if literal_ok:
            return Argument(span_text(span), span.start_char, span.end_char)
        return self._arg(span, self._common_entity(span, m))

    def _body_spoken_for(self, m: MentionSpan, speaker: Span) -> Cluster | None:
        """The organisation a person speaks for, named by "for" or "of" after them or after a
        noun in apposition ("A spokesman for the army said it had ...", "Abu Obeida, a
        spokesman for Hamas, said it ...", "Peter Saunders of the Fellowship said it
        believed"): what an unresolved "it" in their words is, unless something else above it
        may be meant (:meth:`Sieve.speaker_excluded`)."""
        t = self.tables
        head = self.referent(speaker).i
        said_by = self.sieve.mention_at(head)
        if said_by is None or not (said_by.person_noun or said_by.label == "Person"):
            return None
        if self.sieve.speaker_excluded(m, said_by, range(speaker.start, speaker.end)):
            return None
        nouns = [head, *(k for k in t.kids[head] if t.dep[k] == "appos")]
        bodies = {
            c.index: c
            for n in nouns
            for prep in t.kids[n]
            if t.dep[prep] == "prep" and t.lower[prep] in {"for", "of"}
            for o in t.kids[prep]
            if t.dep[o] == "pobj"
            for c in [self._cluster_at(o)]
            if c is not None and c.type in {"Organization", "Group"} and not any(x.plural for x in c.mentions)
        }
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def _cluster_at(self, i: int) -> Cluster | None:
        om = self.sieve.mention_at(i)
        return self.sieve.cluster_of(om) if om is not None else None

    def _described_only(self, speaker: Span) -> bool:
        """Is the speaker named only by a description this article keeps to itself ("the
        party", "the company" that no one business named before it fits, "the committee")?
        An "it" in what it said is then left unresolved rather than given to that description:
        the business or body meant is named somewhere, and the node would stand for no one."""
        if any(t.pos_ == "PROPN" for t in speaker):
            return False  # "The Mirror newspaper said it": a name, however NER missed it
        c, _ = self.cluster_for(speaker)
        return c is None or (c.kind == "role" and c.actor is None and not c.country(self.date))

    def _arg(self, span: Span, ent: Entity) -> Argument:
        return Argument(
            span_text(span),
            span.start_char,
            span.end_char,
            ent.id,
            ent.name,
            ent.type,
            ent.actor_code,
            ent.country,
        )

    def _common_entity(self, span: Span, m: MentionSpan | None) -> Entity:
        """A subject that names no known actor: an unresolved pronoun stays article-local."""
        tables = self.tables
        text = " ".join(span_text(span).split())
        if m is not None and m.kind == "role" and m.label == "Organization":
            # "the company" with no business named before it: this article's company, no other's
            name = " ".join(w.lower() for w in m.words)
            ent = Entity(entity_id(f"{self.article.id} {name}"), name, "Organization")
        elif m is not None and m.kind in {"pronoun", "relative"} or text.lower() in ARTICLE_LOCAL_WORDS:
            eid = entity_id(f"{self.article.id} {text.lower()} {span.start_char}")
            etype = "Person" if text.lower() in {"he", "she", "i"} else "Other"
            ent = Entity(eid, text, etype)
        else:
            # the noun phrase up to its head: "their military personnel in the region" -> "military personnel"
            root = span.root
            head = self.referent(span)
            start = span.start if head.i == root.i else tables.left_edge(head.i)
            core = tables.span_text(start, head.i + 1) if start <= head.i else span_text(span)
            name = _DEMONSTRATIVE.sub("", normalise_literal(core) or normalise_literal(text)) or text
            ent = Entity(entity_id(f"{self.article.id} {name}"), name, "Other")
        self.extra.setdefault(ent.id, ent)
        return self.extra[ent.id]

    def entity_ref(self, span: Span | None) -> EntityRef | None:
        """Who a speaker or reporter span is; one span's several statements ask once (asking
        again records no new mention or entity: both are kept by their first key)."""
        if span is None:
            return None
        key = (span.start, span.end)
        known = self._entity_refs.get(key)
        if known is None:
            arg = self.argument(span, literal_ok=False)
            known = self._entity_refs[key] = EntityRef(arg.entity_id or "", arg.name or span_text(span))
        return known

    def entities(self) -> tuple[Entity, ...]:
        out: dict[str, Entity] = {}
        for e in list(self._entities.values()) + list(self.extra.values()):
            out[e.id] = out[e.id].merged_with(e) if e.id in out else e
        return tuple(out[k] for k in sorted(out))


def _sentence(article_id: str, index: int, tables: DocTables, start: int, end: int) -> Sentence:
    """A sentence (tokens ``start:end``) without the line breaks and spaces the parser
    leaves at its edges."""
    text = tables.span_text(start, end)
    first = tables.char_start(start) + (len(text) - len(text.lstrip()))
    text = text.strip() or text
    return Sentence(article_id, index, first, first + len(text), text)


def _clamp(tables: DocTables, start: int, end: int) -> tuple[int, int]:
    """Token offsets as ``doc[start:end]`` takes them (cut to the Doc, never reversed)."""
    n = len(tables.tokens)
    start, end = min(start, n), min(end, n)
    return start, max(start, end)


def _drop_commanded_names(sieve: Sieve, tables: DocTables) -> None:
    """Undo a subject pronoun's link to a person named later in its own clause: in "he
    insisted he still trusted Mr Blair" neither "he" is Blair, whoever came before.

    The pronoun is left unresolved (article-local), as when no antecedent is found.
    """
    for m in sieve.mentions:
        if (
            m.kind != "pronoun"
            or (m.pronoun or "") in FIRST_PERSON
            or tables.dep[m.head] not in NOMINAL_SUBJ_DEPS  # a subject outranks its verb's words
        ):
            continue
        c = sieve.cluster_of(m)
        if c is None:
            continue
        verb = tables.heads[m.head]
        if any(n.head > m.head and _commanded(tables, n.head, verb) for n in c.names):
            del sieve.of[m.start]
            c.mentions.remove(m)


#: Links through which a name is outside the clause a subject pronoun rules: an adverbial or
#: relative clause ("he was embarrassed *while Mr Blair was on holiday*"), a conjoined clause.
_OPEN_LINKS = frozenset({"advcl", "relcl", "acl", "conj", "parataxis", "cc"})


def _commanded(tables: DocTables, name: int, verb: int) -> bool:
    """Is token ``name`` inside the clause of ``verb``: its object, complement clause or
    prepositional object, reached without crossing an :data:`_OPEN_LINKS` link?"""
    heads, dep = tables.heads, tables.dep
    i = name
    while i != verb:
        if dep[i] in _OPEN_LINKS or heads[i] == i:
            return False
        i = heads[i]
    return True


#: Nouns for a body of people that speaks as one ("the party said it"), beside the business
#: nouns of :data:`ORGANISATION_ROLE_NOUNS`; a speaker with none of these heads and no
#: organisation or group mention is no actor the pronoun can be ("the statement said it").
SPEAKING_BODIES = ORGANISATION_ROLE_NOUNS | frozenset(
    "party government council ministry department union committee commission board agency "
    "authority regulator court tribunal watchdog association federation organisation "
    "organization group institute club team office parliament assembly administration "
    "cabinet executive opposition alliance coalition campaign charity society trust management "
    "leadership".split()
)
#: Words of a party's name or of its people ("Labour", "the Tories"), beside "party" itself.
PARTY_WORDS = frozenset(
    "party labour conservative conservatives tory tories democrat democrats republican "
    "republicans liberal liberals ukip snp greens".split()
)
#: Plural nouns for people who may speak of themselves as "they", beside :data:`PERSON_NOUNS`
#: ("observers said they thought", "his supporters say they have").
SPEAKING_PEOPLE = PERSON_NOUNS | frozenset(
    "observer insider supporter opponent critic rival rebel shareholder researcher scientist "
    "organiser organizer employer consumer customer parent farmer union resident representative "
    "delegate negotiator ally partner people".split()
)


def _place_word(t: Token) -> bool:
    """Is the token a place's name in words ("Israel", "Hebron"), not an adjective or a code
    ("Israeli", "US")?"""
    return t.ent_type_ in PLACE_TYPES and t.pos_ != "ADJ" and not t.text.isupper()


def _surname_alone(said_by: MentionSpan, c: Cluster | None, mentions: Sequence[MentionSpan]) -> bool:
    """Is the speaker called by the last word alone of a longer name the article gave
    ("Jane Roe ... Roe said"), no dictionary's actor? That is how news names a person again,
    whatever NER called the name (and whether or not the two were joined); a body keeps its
    whole name or its first word."""
    if c is None or c.actor is not None or said_by.kind != "name" or len(said_by.words) != 1:
        return False
    return any(
        n.kind == "name" and len(n.words) >= 2 and n.words[-1] == said_by.words[0] for n in mentions
    )


def _reflexive(span: Span) -> bool:
    """Is the span a reflexive pronoun ("itself", "themselves"), alone or with what follows it
    ("itself from the unions")?"""
    return span.root.lower_ in REFLEXIVE_PRONOUNS and span.root.i == span.start


def _named_with_a_person_noun(speaker: Span) -> bool:
    """Does the speaker's phrase call them by a person's noun before their name ("Standard
    Chartered chief *executive* Mervyn Davies")? A person then, whatever NER called the name:
    their "we" is the group they speak for, not themself."""
    root = speaker.root
    return any(t.i < root.i and t.lemma_.lower() in PERSON_NOUNS for t in speaker)


def _refers_to_speaker(m: MentionSpan, speaker: Span, said_by: MentionSpan | None) -> bool:
    """An unresolved "it" or "they" inside what its speaker said, when the speaker can be the
    pronoun: "it" an organisation or a country ("the party said it would not return"),
    "they" an organisation or a group of people ("analysts said they expected"). A person is
    never "it", one person never "they", and a speaker that is no actor ("investigations
    suggested they ...", "the statement said it") is neither.

    ``said_by`` is the speaker's mention, if it is one.
    """
    head = speaker.root
    if head.ent_type_ == "PERSON" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    plural = head.tag_ == "NNS" or (said_by is not None and said_by.plural)
    person = said_by is not None and (said_by.label == "Person" or said_by.person_noun)
    body = head.pos_ == "NOUN" and head.lemma_.lower() in SPEAKING_BODIES
    if m.pronoun in NEUTER_PRONOUNS:
        return (
            not person
            and not plural
            and (
                body
                or said_by is not None
                and (said_by.label in {"Organization", "Place"} or _unlabelled_name(said_by))
            )
        )
    if m.pronoun in PLURAL_PRONOUNS:
        # "the party argues the pair should go as they won": one body is not "they" here
        if not (plural or head.tag_ == "NNPS" or said_by is not None and said_by.label == "Group"):
            return False
        if body or said_by is not None and said_by.label in {"Organization", "Group"}:
            return True
        return head.lemma_.lower() in SPEAKING_PEOPLE  # "analysts said they"
    return False


def _unlabelled_name(m: MentionSpan) -> bool:
    """A proper name NER gave no type and nothing marks as a person's (no title, no gender):
    "M&S" more likely than "Mr Smith"."""
    return m.kind == "name" and m.label is None and not m.title_words and m.gender is None


#: Heads that count or pick out members of the group they govern: "thousands of students".
QUANTITY_HEADS = frozenset(
    "thousands hundreds dozens millions tens scores handful group crowd majority number some many "
    "most several few all both".split()
)


def _referent(root: Token) -> Token:
    """The token naming who an argument is: the group a quantity counts ("thousands of Iraqi
    Kurds" -> Kurds), the person a title names, else the head itself."""
    t = tables_of(root)
    if t.lower[root.i] in QUANTITY_HEADS:
        dep, kids = t.dep, t.kids
        for prep in kids[root.i]:
            if dep[prep] == "prep" and t.lower[prep] == "of":
                pobj = next((c for c in kids[prep] if dep[c] == "pobj"), None)
                if pobj is not None and t.pos[pobj] in ("NOUN", "PROPN"):
                    return t.tokens[pobj]
    return _titled_person(root, t)


def _titled_person(root: Token, t: DocTables) -> Token:
    """The person a title or a description names: "Chief of the General Staff Valery
    Gerasimov", "Coast Guard Lt. Steve Hardy", "Higgins' sister, Mary Fisher", "One of the
    prisoners, Kasim Hilas".

    The parser makes the name the object of "of" or an apposition of the title word, an
    apposition of a common noun or a number that describes the person, or the head of the
    title word ("Lt." a compound of "Hardy"); after a unit's name a title abbreviation may
    stand between it and the person ("Fire Department Capt. Hugh Madlock").
    """
    r = root.i
    titled = _is_title(t, r)
    if titled and t.dep[r] == "compound" and t.ent_type[t.heads[r]] == "PERSON" and t.heads[r] > r:
        return t.tokens[t.heads[r]]  # "Coast Guard *Lt.* Steve Hardy"
    held = _described_person(t, r)
    if held is None and t.pos[r] == "PROPN" and not titled:
        held = _after_title_abbreviation(t, r)
    if held is None and titled:
        held = _title_holder(t, r)
    if held is None:
        held = named_title_holder(t, r)  # "Russia's Ambassador to Ruritania Ivan Petrov"
    return root if held is None else t.tokens[held]


def _is_title(t: DocTables, r: int) -> bool:
    """Is the capitalised word ``r`` a title word or a title ("Lt.", "President", "Duke")?"""
    return t.text[r][:1].isupper() and (t.lower[r].rstrip(".") in TITLE_WORDS or t.lower[r] in TITLES)


def _described_person(t: DocTables, r: int) -> int | None:
    """The person a common noun or a number describes, set off after it by a comma
    ("Higgins' sister, Mary Fisher", "One of the prisoners, Kasim Hilas"), else None. A
    plural ("His parents, John and Mary Smith") describes more than its first name."""
    if t.lower[r] != "one" and (t.pos[r] != "NOUN" or t.tag[r] not in {"NN", "NNP"}):
        return None
    for child in t.kids[r]:
        if child > r and t.dep[child] == "appos" and t.ent_type[child] == "PERSON" and _set_off(t, child):
            return child
    return None


def _title_holder(t: DocTables, r: int) -> int | None:
    """The person a title word names: its apposition or the object of its "of" ("Chief of the
    General Staff Valery Gerasimov"), else None."""
    dep, ent_type = t.dep, t.ent_type
    for child in t.kids[r]:
        if dep[child] == "appos" and ent_type[child] == "PERSON":
            return child
        if dep[child] == "prep" and t.lower[child] == "of":
            for pobj in t.kids[child]:
                if dep[pobj] == "pobj" and ent_type[pobj] == "PERSON":
                    return pobj
    return None


def _set_off(t: DocTables, appos: int) -> bool:
    """Is the apposition set off by a comma ("his wife, Sandra,"), not a colon or a quote?"""
    left = t.left_edge(appos)
    return left > 0 and t.text[left - 1] == ","


#: Abbreviated titles that are no rank of a unit ("Sen.", "Dr.", "Mr."): civil and courtesy titles.
_CIVIL_ABBREVIATIONS = frozenset("atty msgr amb hon gov sen rep dr prof rev mr mrs ms".split())
#: Rank abbreviations that come between a unit and a person's name ("Fire Department Capt."):
#: the abbreviated titles the pipeline keeps whole (nlp.paragraphs), less the civil ones, and
#: the British private ("Pte").
RANK_ABBREVIATIONS = (
    frozenset(a.rstrip(".").lower() for a in PIPELINE_TITLE_ABBREVIATIONS) - _CIVIL_ABBREVIATIONS
) | {"pte"}


def _after_title_abbreviation(t: DocTables, r: int) -> int | None:
    """The head of the name after "<unit> <Rank.>" ("county Fire Department *Capt.* Hugh
    Madlock"), None when no rank abbreviation follows the name ``r`` ends or what follows is
    named as no person (a PERSON entity, or a name NER left untagged as it did "Hugh Madlock")."""
    j = r + 1
    if (
        j + 1 >= len(t.text)
        or not t.text[j][:1].isupper()
        or t.lower[j].rstrip(".") not in RANK_ABBREVIATIONS
    ):
        return None
    k = j + 1
    while k + 1 < len(t.text) and t.pos[k] == "PROPN" and t.dep[k] == "compound" and t.heads[k] == k + 1:
        k += 1
    if t.pos[k] != "PROPN" or t.tag[k] != "NNP" or t.ent_type[k] not in {"PERSON", ""}:
        return None  # "Fort Knox Col. *Barracks*": a place or a body, no person
    return k


def _relation_offsets(candidate: Candidate) -> tuple[int, int]:
    tokens = sorted(candidate.relation, key=lambda t: t.i) or [candidate.verb]
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _object_is_literal(candidate: Candidate) -> bool:
    obj = candidate.object
    if obj is None:
        return True
    if candidate.construct in CLAUSAL_CONSTRUCTS:
        return True
    return obj.root.pos_ in {"VERB", "AUX"}


def _evidence(
    resolver: ArticleResolver, c: Candidate, sentence: Sentence, subject: Argument, obj: Argument
) -> Evidence:
    """The evidence of one candidate's statement; a subject two people fitted equally lowers
    its confidence (see :data:`AMBIGUOUS_SUBJECT_FACTOR`)."""
    text = resolver.article.text
    rel_start, rel_end = _relation_offsets(c)
    implied = getattr(c, "relation_text", None)
    if implied is not None and text[rel_start:rel_end] != implied:
        rel_end = rel_start  # an implied relation ("is" for a title) has no surface: zero width
    confidence = c.confidence
    if resolver.uncertain(c.subject):
        confidence = round(confidence * AMBIGUOUS_SUBJECT_FACTOR, 3)
    return Evidence(
        article_id=resolver.article.id,
        sentence=sentence,
        subject=subject,
        relation_text=implied if implied is not None else text[rel_start:rel_end],
        relation_start=rel_start,
        relation_end=rel_end,
        object=obj,
        negated=c.negated,
        modality=modality_of(c),
        attributed_to=resolver.entity_ref(c.speaker),
        reported_by=resolver.entity_ref(c.reporter),
        date=c.date,
        confidence=confidence,
        setting=tuple(p.text for p in setting_phrases(c)),
    )


#: A candidate's event: (PLOVER event type, CAMEO code), or (None, None) for no event.
EventCode = tuple[str | None, str | None]


def resolve_article(
    article: Article,
    doc: Doc,
    candidates: Sequence[Candidate],
    event_codes: Sequence[EventCode] | None = None,
    gazetteer: Gazetteer | None = None,
) -> ArticleGraph:
    """What one article contributes to a KnowledgeGraph (see module docstring).

    ``event_codes`` (one per candidate, from the pipeline's event stage) are stored on the
    statements as given; without them no statement is typed.
    """
    from graphbuilder.resolve import ArticleGraph

    resolver = ArticleResolver(article, doc, gazetteer or load_gazetteer())
    tables = resolver.tables
    sentences = tuple(
        _sentence(article.id, i, tables, start, end) for i, (start, end) in enumerate(tables.sents)
    )
    resolver.all_mentions()
    statements: list[Statement] = []
    codes = event_codes if event_codes is not None else [(None, None)] * len(candidates)
    for c, (event_type, cameo) in zip(candidates, codes, strict=True):
        if c.object is None:
            continue
        sidx = _sentence_number(resolver.sentence_index, c.sentence)
        subject = resolver.argument(c.subject, literal_ok=False, speaker=c.speaker)
        if _object_is_literal(c):
            obj = Argument(span_text(c.object), c.object.start_char, c.object.end_char)
        else:
            obj = resolver.argument(c.object, literal_ok=True, speaker=c.speaker)
            if obj.entity_id is not None and (obj.entity_id == subject.entity_id or _reflexive(c.object)):
                # "Putin is the Russian president": a self-loop says nothing; keep the words.
                # A reflexive object ("it differentiated itself") is its subject, however the
                # subject was resolved
                obj = Argument(span_text(c.object), c.object.start_char, c.object.end_char)
        evidence = _evidence(resolver, c, sentences[sidx], subject, obj)
        statements.append(
            Statement(
                subject_id=subject.entity_id or "",
                predicate=c.predicate,
                object_id=obj.entity_id,
                object_literal=None if obj.entity_id else normalise_literal(obj.text),
                negated=c.negated,
                event_type=event_type,
                cameo_code=cameo,
                evidence=(evidence,),
            )
        )
    mentions = tuple(sorted(resolver.mentions.values(), key=lambda m: (m.start, m.end)))
    return ArticleGraph(article, sentences, resolver.entities(), mentions, tuple(statements))

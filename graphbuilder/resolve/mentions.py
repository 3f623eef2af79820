"""Finding the mentions in a parsed article: names, role nominals, groups and pronouns.

``detect_mentions(doc, gazetteer)`` walks the Doc once and returns a :class:`MentionSpan`
for every token span that may refer to an actor: named entities (with their titles and
honorifics split off: "US President Mr. Trump" -> name "Trump", country USA, role
president), proper-noun runs the tagger found but NER missed, role nominals ("the Russian
leader", "his American counterpart"), agent groups ("Ukrainian soldiers", "Hungarian
officials"), personal pronouns and relative pronouns. Nothing is clustered here.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from graphbuilder.lexicon import (
    FIRST_PERSON,
    NEUTER_PRONOUNS,  # noqa: F401  (resolve.article reads it here)
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    THIRD_PERSON,
)
from graphbuilder.resolve.gazetteer import Gazetteer

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
    roles: frozenset[str] = frozenset()  # title and role words ("president", "leader")
    agent: str | None = None  # agent code from the gazetteer ("~MIL")
    subject: bool = False  # grammatical subject of its clause
    root_subject: bool = False  # subject of its sentence's root verb
    plural: bool = False
    antecedent: int | None = None  # relative pronoun: token index of the noun it follows
    acronym_for: int | None = None  # "X (ACR)": head token of the name it abbreviates
    title_words: tuple[str, ...] = ()

    @property
    def pronoun(self) -> str | None:
        return self.words[0].lower() if self.kind == "pronoun" else None


def sentence_starts(doc: Doc) -> dict[int, int]:
    """Token index of each sentence start -> sentence index."""
    return {s.start: i for i, s in enumerate(doc.sents)}


def _sentence_of(token: Token, starts: dict[int, int]) -> int:
    return starts[token.sent.start]


def _is_subject(token: Token) -> tuple[bool, bool]:
    subj = token.dep_ in _SUBJECT_DEPS
    return subj, subj and token.head.dep_ == "ROOT"


def nationality(token: Token, gazetteer: Gazetteer) -> str | None:
    """Country code when ``token`` is a nationality or country word ("Russian", "US")."""
    if not (token.ent_type_ in {"NORP", "GPE"} or token.pos_ == "ADJ" or token.text.isupper()):
        return None
    return gazetteer.country_code(token.text)


def _country_of_tokens(tokens: list[Token], gazetteer: Gazetteer) -> str | None:
    for t in tokens:
        code = nationality(t, gazetteer)
        if code:
            return code
    return None


def _strip_possessive(tokens: list[Token]) -> list[Token]:
    """The name without a possessive ending or stray brackets and quotes at its edges."""
    while tokens and (
        tokens[-1].tag_ == "POS" or tokens[-1].text in {"'s", "’s", "'", "’"} or _edge_punct(tokens[-1])
    ):
        tokens = tokens[:-1]
    while tokens and _edge_punct(tokens[0]):
        tokens = tokens[1:]
    return tokens


def _is_honorific(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in HONORIFICS


def _described_as_organisation(name: Token) -> bool:
    """True when an apposition calls the name an organisation ("Diageo, the spirits company")."""
    appositions = [c for c in name.children if c.dep_ == "appos"]
    if name.dep_ == "appos":
        appositions.append(name.head)
    return any(a.lemma_.lower() in ORGANISATION_NOUNS for a in appositions)


#: Nouns that describe an organisation in an apposition ("the world's biggest spirits company").
ORGANISATION_NOUNS = ORGANISATION_ROLE_NOUNS | frozenset(
    "group party agency organisation organization union association federation council ministry "
    "department newspaper network brand business corporation exporter importer supplier developer".split()
)


def _edge_punct(tok: Token) -> bool:
    """Punctuation that never ends or starts a name ("Office of National Statistics (")."""
    return tok.is_punct and tok.text not in {".", "&"}


def _title_extension(span: Span) -> list[Token]:
    """Tokens left of a name that modify it within its noun phrase ("US President Mr.")."""
    doc = span.doc
    out: list[Token] = []
    i = span.start - 1
    while i >= span.sent.start:
        t = doc[i]
        if not (i < t.head.i < span.end) or t.dep_ not in _MODIFIER_DEPS:
            break
        if t.tag_ in {"PRP$", "POS"}:
            break
        out.insert(0, t)
        i -= 1
    return out


def _name_mention(span: Span, label: str, gazetteer: Gazetteer, starts: dict[int, int]) -> MentionSpan | None:
    tokens = _strip_possessive(list(span))
    while tokens and tokens[0].lower_ in _DETERMINERS:
        tokens = tokens[1:]
    if not tokens:
        return None
    title: list[Token] = _title_extension(span) if label in {"PERSON", "ORG", ""} else []
    if label in {"ORG", ""} and len(tokens) > 1 and _is_honorific(tokens[0]):
        label = "PERSON"  # "Mr Ebbers" tagged ORG (or untagged) with the honorific inside
    if label == "PERSON":
        # titles and honorifics inside the entity ("President Trump") move to the title
        while len(tokens) > 1 and (
            _is_honorific(tokens[0])
            or tokens[0].lower_.rstrip(".") in TITLE_WORDS
            or nationality(tokens[0], gazetteer)
        ):
            title.append(tokens.pop(0))
    words = tuple(t.text for t in tokens)
    if label == "ORG" and title and _is_honorific(title[-1]):
        label = "PERSON"  # "Mr Clarke" is a person whatever the tagger thought
    if label != "ORG" and not title and _described_as_organisation(span.root):
        label = "ORG"  # "Diageo, the world's biggest spirits company"
    root = span.root
    subj, root_subj = _is_subject(root)
    country = _country_of_tokens(title, gazetteer)
    for c in root.children:
        if c.dep_ == "poss" and c.i < tokens[0].i:
            country = country or gazetteer.country_code([t.text for t in c.subtree if t.tag_ != "POS"])
    if label == "NORP":
        country = gazetteer.country_code(words)
    elif label == "ORG":
        country = country or _country_of_tokens(tokens, gazetteer)
    roles = frozenset(
        t.lower_
        for t in title
        if t.lower_ in TITLE_WORDS and t.lower_ not in {"of", "the", "former", "acting"}
    )
    start = title[0].i if title else tokens[0].i
    return MentionSpan(
        start=start,
        end=tokens[-1].i + 1,
        head=root.i if tokens[0].i <= root.i <= tokens[-1].i else tokens[-1].i,
        kind="name",
        sentence=_sentence_of(root, starts),
        words=words,
        label=NER_TYPES.get(label),
        country=country,
        roles=roles,
        subject=subj,
        root_subject=root_subj,
        plural=root.tag_ in {"NNS", "NNPS"},
        title_words=tuple(t.text for t in title),
    )


def _noun_phrase_modifiers(token: Token) -> list[Token]:
    return [c for c in token.lefts if c.dep_ in _MODIFIER_DEPS or c.dep_ in {"det", "poss", "predet"}]


def _noun_mention(token: Token, gazetteer: Gazetteer, starts: dict[int, int]) -> MentionSpan | None:
    """A role nominal or an agent group anchored on a common noun, else None."""
    lefts = _noun_phrase_modifiers(token)
    mods = [c for c in lefts if c.dep_ in _MODIFIER_DEPS]
    dets = [c for c in lefts if c.dep_ in {"det", "poss", "predet"}]
    country = _country_of_tokens(mods, gazetteer)
    for c in dets:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            country = country or gazetteer.country_code(c.text)
    for prep in (c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            country = country or gazetteer.country_code([t.text for t in pobj.subtree])
    content = [c for c in mods if c.dep_ in {"amod", "compound"} and not nationality(c, gazetteer)]
    words = [c.text for c in content] + [token.text]
    lemma = token.lemma_.lower()
    subj, root_subj = _is_subject(token)
    start = min([c.left_edge.i for c in lefts] + [token.i]) if lefts else token.i
    # keep possessors out of the span when they are whole noun phrases ("Russia's leader")
    plural = token.tag_ == "NNS"
    compound = [c.lower_ for c in content if c.dep_ == "compound"]
    role = " ".join(compound[-1:] + [lemma]) if compound and compound[-1] in {"prime", "foreign"} else lemma
    determined = any(c.lower_ in {"the", "this", "that"} or c.dep_ == "poss" for c in dets)
    agent = gazetteer.agent_code(words) or gazetteer.agent_code([token.text])
    role_mention = MentionSpan(
        start=start,
        end=token.i + 1,
        head=token.i,
        kind="role",
        sentence=_sentence_of(token, starts),
        words=tuple(words),
        country=country,
        subject=subj,
        root_subject=root_subj,
    )
    if lemma in ROLE_NOUNS and not plural and (determined or country):
        return _replace(
            role_mention, label="Person", roles=frozenset({role}), agent=agent[1] if agent else "~GOV"
        )
    if lemma in ORGANISATION_ROLE_NOUNS and not plural and any(c.lower_ == "the" for c in dets):
        # "the company", "the oil giant": the business named before
        return _replace(role_mention, label="Organization", roles=frozenset({lemma}))
    indefinite = any(c.lower_ in {"a", "an"} for c in dets)
    if agent is not None and (country or subj or plural) and not (indefinite and not plural):
        return MentionSpan(
            start=start,
            end=token.i + 1,
            head=token.i,
            kind="group",
            sentence=_sentence_of(token, starts),
            words=tuple(words[agent[0] :] if country else words),
            label="Group" if plural else "Organization",
            country=country,
            agent=agent[1],
            subject=subj,
            root_subject=root_subj,
            plural=plural,
        )
    return None


def _propn_run(token: Token) -> Span | None:
    """The proper-noun run headed by ``token`` ("Strana", "Kyiv Independent")."""
    if token.pos_ != "PROPN" or token.dep_ in {"compound", "flat"} and token.head.pos_ == "PROPN":
        return None
    start = token.i
    while (
        start > token.sent.start
        and token.doc[start - 1].pos_ == "PROPN"
        and token.doc[start - 1].head.i >= start
    ):
        start -= 1
    return token.doc[start : token.i + 1]


def detect_mentions(doc: Doc, gazetteer: Gazetteer) -> list[MentionSpan]:
    """Every candidate mention in ``doc``, ordered by position (see module docstring)."""
    starts = sentence_starts(doc)
    found: dict[int, MentionSpan] = {}  # by start token
    covered: set[int] = set()
    for ent in doc.ents:
        label = ent.label_
        if label not in NER_TYPES and label not in WEAK_LABELS:
            covered.update(range(ent.start, ent.end))
            continue
        if label in WEAK_LABELS and gazetteer.actor([t.text for t in ent]) is None:
            continue
        covered.update(range(ent.start, ent.end))
        if (
            label in {"NORP", "GPE"}
            and len(ent) == 1
            and (ent.root.pos_ == "ADJ" or label == "NORP" and ent.root.dep_ in {"amod", "compound"})
        ):
            continue  # "Russian forces": the nationality belongs to the group mention
        m = _name_mention(ent, "" if label in WEAK_LABELS else label, gazetteer, starts)
        if m is None:
            continue
        if label in WEAK_LABELS:
            m = _replace(m, label=None)
        found[m.start] = m
        covered.update(range(min(m.start, ent.start), ent.end))
    for token in doc:
        if token.i in covered:
            continue
        lower = token.lower_
        if token.tag_ in {"PRP", "PRP$"} and (lower in THIRD_PERSON or lower in FIRST_PERSON):
            subj, root_subj = _is_subject(token)
            found[token.i] = MentionSpan(
                token.i,
                token.i + 1,
                token.i,
                "pronoun",
                _sentence_of(token, starts),
                (token.text,),
                subject=subj,
                root_subject=root_subj,
                plural=lower in PLURAL_PRONOUNS,
            )
        elif token.tag_ in {"WP", "WDT"} and lower in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            found[token.i] = MentionSpan(
                token.i,
                token.i + 1,
                token.i,
                "relative",
                _sentence_of(token, starts),
                (token.text,),
                antecedent=token.head.head.i,
            )
        elif token.pos_ == "NOUN":
            m = _noun_mention(token, gazetteer, starts)
            if m is not None:
                found[m.start] = m
        elif token.pos_ == "PROPN":
            run = _propn_run(token)
            if (
                run is not None
                and not any(i in covered for i in range(run.start, run.end))
                and not all(t.lower_.rstrip(".") in TITLE_WORDS | HONORIFICS for t in run)
            ):
                m = _name_mention(run, "", gazetteer, starts)
                if m is not None:
                    found[m.start] = m
                    covered.update(range(run.start, run.end))
    mentions = sorted(found.values(), key=lambda m: (m.start, m.end))
    return _mark_acronyms(doc, _drop_nested_titles(mentions))


def _replace(m: MentionSpan, **changes: object) -> MentionSpan:
    from dataclasses import replace

    return replace(m, **changes)  # type: ignore[arg-type]


def _drop_nested_titles(mentions: list[MentionSpan]) -> list[MentionSpan]:
    """A name inside another name's title ("US" in "US President Trump") is no mention of its own."""
    out: list[MentionSpan] = []
    for m in mentions:
        inside = any(
            o is not m
            and o.kind == "name"
            and o.start <= m.start
            and m.end <= o.end
            and (o.start, o.end) != (m.start, m.end)
            for o in mentions
        )
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

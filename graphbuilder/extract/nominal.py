"""Statements without a finite verb: nominal events, appositions and titles.

- Nominal events: an event noun with an agent ("Trump's appeal to Putin", "the appeal from
  Mr. Trump", "US sanctions on Russia") stands for the verb in :data:`NOMINAL_EVENTS`.
- Appositions ("Valery Gerasimov, the chief of staff") and titles before a person's name
  ("US President Donald Trump") give an ``is`` statement (construct ``apposition``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.confidence import statement_confidence
from graphbuilder.extract.frames import across_quote, find_subjects, misattached_complement, verb_polarity
from graphbuilder.extract.labels import (
    ACL_DEPS,
    ANY_SUBJ_DEPS,
    APPOS_DEPS,
    AUX_DEPS,
    COMPOUND_DEPS,
    CONJ_DEPS,
    CONTROL_DEPS,
    NOUN_POBJ_DEPS,
    OBJ_DEPS,
    PLURAL_NOUN_TAGS,
    POBJ_DEPS,
    POSS_DEPS,
    PREP_DEPS,
    SINGULAR_NOUN_TAGS,
    TENSE_AUX_DEPS,
    VERB_POS,
)
from graphbuilder.extract.predicates import NOMINAL_EVENTS, nominal_predicate
from graphbuilder.extract.spans import (
    clause,
    conjuncts,
    indefinite_name_run_on,
    is_junk_argument,
    is_place_qualifier,
    names_a_role,
    noun_phrase,
    organisation_anchor,
)
from graphbuilder.nlp.tables import DocTables, doc_tables, tables_of

#: Confidence factor of a nominal event by how its agent is marked (see .confidence).
AGENT_FACTOR: dict[str, float] = {"poss": 1.0, "by": 0.9, "from": 0.9, "modifier": 0.75}
#: Verbs that carry out the event their object names ("staged rallies", "imposed sanctions",
#: "paid a visit"); others may undo or merely discuss it ("lifted the embargo", "rejected a call").
SUPPORT_VERBS = frozenset(
    "stage hold launch impose make issue conduct carry mount wage begin start lead organize organise "
    "pay deliver lodge file step intensify continue resume".split()
)
#: Prepositions that mark the agent of an event noun.
AGENT_PREPS = frozenset({"by", "from"})
#: Entity labels of a noun modifier that can be the agent ("US sanctions", "Russian offensive").
AGENT_MODIFIER_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
#: Entity labels of a possessor that is no agent ("today's appeal").
NON_AGENT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"})
#: Entity labels of dates, times and amounts, which are no apposition of a name.
AMOUNT_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY"})
#: Entity labels of numbers, amounts only when written with digits (``is_amount``).
NUMBER_ENTS = frozenset({"CARDINAL", "ORDINAL"})
#: Entity labels of an amount that can be a thing's value ("an allowance (£4,745)").
VALUE_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
#: Punctuation that sets off an apposition.
APPOSITION_OPENERS = frozenset({",", "(", "-", "—", "–", ":"})
#: Entity labels that make a word part of a name (see ``_is_name``).
NAME_ENTS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
#: Capitalised titles before a name (role nouns in lower case need no list).
TITLE_WORDS = frozenset(
    "president minister secretary chancellor chief leader king queen prince princess senator "
    "governor mayor ambassador spokesman spokeswoman spokesperson commissioner director chairman "
    "chairwoman chair ceo general admiral colonel commander judge justice prosecutor envoy premier "
    "pope cardinal bishop sheikh emir sultan speaker representative congressman congresswoman "
    "lawmaker mp official head founder editor coach captain attorney deputy vice sergeant "
    "lieutenant major marshal officer councillor councilor ayatollah rabbi imam constable inspector "
    "superintendent".split()
)
#: Entity labels of places.
PLACE_ENTS = frozenset({"GPE", "LOC"})
#: Entity labels of a name that never renames a person in apposition.
OTHER_NAME_ENTS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
#: Honorifics, which are no title worth a statement.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady"})


def event_noun_key(t: DocTables, i: int) -> str | None:
    """The :data:`NOMINAL_EVENTS` key of the token at index ``i`` (lemma or plural form), or None."""
    for key in (t.lower[i], t.lemma_lower[i]):
        if key in NOMINAL_EVENTS:
            return key
    return None


#: Factor for the clause an event noun governs ("Trump's appeal *to spare the groups*").
NOUN_COMPLEMENT_FACTOR = 0.9
#: Where the infinitive an event noun governs hangs on it.
NOUN_COMPLEMENT_DEPS = ACL_DEPS | CONTROL_DEPS
#: A preposition or its object: the opening phrase a misparsed apposition hangs on.
PREPOSITIONAL_DEPS = POBJ_DEPS | PREP_DEPS


def nominal_frames(sent: Span) -> Iterator[Candidate]:
    """Candidates for event nouns with an agent in ``sent``."""
    t = doc_tables(sent.doc)
    for i in range(sent.start, sent.end):
        if t.pos[i] != "NOUN":
            continue
        key = event_noun_key(t, i)
        if key is None:
            continue
        noun = t.tokens[i]
        agent = _agent(noun)
        if agent is None:
            yield from _light_verb_frames(sent, noun, key)
            continue
        agent_head, marker = agent
        subject = noun_phrase(agent_head)
        if is_junk_argument(subject):
            continue
        confidence = AGENT_FACTOR[marker]
        yield from _target_frames(sent, noun, key, subject, confidence)
        yield from _noun_complement_frames(sent, noun, key, subject, confidence)


def _target_frames(
    sent: Span, noun: Token, key: str, subject: Span, confidence: float
) -> Iterator[Candidate]:
    """The event noun's targets, by the prepositions its verb takes ("appeal *to* Putin")."""
    for prep in noun.children:
        if prep.dep_ not in PREP_DEPS or prep.lower_ in AGENT_PREPS:
            continue
        predicate = nominal_predicate(key, prep.lower_)
        if prep.lower_ not in NOMINAL_EVENTS[key][1]:
            continue
        for pobj in prep.children:
            if pobj.dep_ not in POBJ_DEPS:
                continue
            for obj in conjuncts(pobj):
                target = noun_phrase(obj)
                yield _candidate(sent, subject, (noun, prep), predicate or key, target, noun, confidence)


def _noun_complement_frames(
    sent: Span, noun: Token, key: str, subject: Span, confidence: float
) -> Iterator[Candidate]:
    """The infinitive an event noun governs: "Trump's plea *to spare* the groups"."""
    complements = [c for c in noun.children if c.dep_ in NOUN_COMPLEMENT_DEPS and c.i > noun.i]
    if noun.i + 2 < len(noun.doc):
        completed = misattached_complement(noun.doc[noun.i + 2])
        if completed is not None and completed.i == noun.i:
            complements.append(noun.doc[noun.i + 2])
    for comp in complements:
        to = next((c for c in comp.children if c.dep_ in TENSE_AUX_DEPS and c.lower_ == "to"), None)
        if to is None:
            continue
        relation = (noun, to) if to.i == noun.i + 1 else (noun,)
        predicate = nominal_predicate(key, None) or key
        yield _candidate(
            sent, subject, relation, predicate, clause(comp), noun, confidence * NOUN_COMPLEMENT_FACTOR
        )


def _light_verb_frames(sent: Span, noun: Token, key: str) -> Iterator[Candidate]:
    """The target of an event noun a verb's subject carries out: "activists staged rallies
    against Abbas" -> (activists, rallied_against, Abbas); "imposed sanctions on Iran"."""
    verb = noun.head
    if noun.dep_ not in OBJ_DEPS or verb.pos_ not in VERB_POS or verb.lemma_.lower() not in SUPPORT_VERBS:
        return
    subjects = [s for s in find_subjects(verb) if not s.patient]
    if not subjects:
        return
    negated, mode = verb_polarity(verb)
    # the parser hangs the target on the noun or on the verb: "launched airstrikes on Gaza"
    preps = [*noun.children, *(c for c in verb.children if c.i > noun.i)]
    for prep in preps:
        if prep.dep_ not in PREP_DEPS or prep.lower_ not in NOMINAL_EVENTS[key][1]:
            continue
        predicate = nominal_predicate(key, prep.lower_) or key
        for pobj in (c for c in prep.children if c.dep_ in POBJ_DEPS and c.ent_type_ not in NON_AGENT_ENTS):
            for subj in subjects:
                subject = noun_phrase(subj.head)
                if is_junk_argument(subject):
                    continue
                for obj in conjuncts(pobj):
                    cand = _candidate(
                        sent,
                        subject,
                        (verb, noun, prep),
                        predicate,
                        noun_phrase(obj),
                        noun,
                        1.0,
                    )
                    yield cand._replace(negated=negated, modality=mode)


def _agent(noun: Token) -> tuple[Token, str] | None:
    for child in noun.children:
        if child.dep_ in POSS_DEPS and child.ent_type_ not in NON_AGENT_ENTS:
            return child, "poss"
    for child in noun.children:
        if child.dep_ in PREP_DEPS and child.lower_ in AGENT_PREPS:
            pobj = next((c for c in child.children if c.dep_ in POBJ_DEPS), None)
            if pobj is not None and pobj.ent_type_ not in NON_AGENT_ENTS:
                return pobj, child.lower_
    for child in noun.children:
        if (child.dep_ in COMPOUND_DEPS or child.dep_ == "amod") and child.ent_type_ in AGENT_MODIFIER_ENTS:
            return child, "modifier"
    return None


def _candidate(
    sent: Span,
    subject: Span,
    relation: tuple[Token, ...],
    predicate: str,
    obj: Span,
    noun: Token,
    confidence: float,
    construct: str = "nominal",
    relation_text: str | None = None,
    kind: str | None = None,
) -> Candidate:
    """A candidate whose confidence is that of its ``kind`` (default: construct) times ``confidence``."""
    return Candidate(
        sentence=sent,
        subject=subject,
        relation=relation,
        predicate=predicate,
        object=obj,
        verb=noun,
        construct=construct,
        confidence=round(statement_confidence(kind or construct, subject, noun) * confidence, 3),
        relation_text=relation_text,
    )


def apposition_frames(sent: Span, ents: Sequence[Span] | None = None) -> Iterator[Candidate]:
    """``is`` candidates from appositions and from titles before a person's name (``ents``:
    the sentence's entities when the caller has them, else ``sent.ents``). The name is the
    subject, whichever comes first ("his lawyer, Louise Christian": Louise Christian is his lawyer)."""
    t = doc_tables(sent.doc)
    for i in range(sent.start, sent.end):
        if t.pos[i] not in ("PROPN", "NOUN"):
            continue
        # an apposition follows a noun
        for a in (k for k in t.kids[i] if k > i and t.dep[k] in APPOS_DEPS):
            tok, app = t.tokens[i], t.tokens[a]
            if is_place_qualifier(app):
                continue
            if _opening(app) == ":" and across_quote(t, t.sent_start[i] - 1, i):
                continue  # '"Gladiators: Train 2 Win"': a title with a subtitle, no apposition
            described = described_noun(tok, app)
            if described is None:
                continue
            subject = noun_phrase(described)  # made once per head (see .spans)
            obj = noun_phrase(app)
            if not _is_name(described) and _is_name(app):
                subject, obj = obj, subject  # "its chairman, Sir Phil Watts": Watts is its chairman
            if is_junk_argument(subject) or is_junk_argument(obj):
                continue
            yield _candidate(sent, subject, (app,), "is", obj, app, 1.0, "apposition", "is")
    for ent in sent.ents if ents is None else ents:
        if ent.label_ != "PERSON":
            continue
        name = ent[:-1] if len(ent) > 1 and ent[-1].tag_ == "POS" else ent
        while len(name) > 2 and name[0].lower_ in TITLE_WORDS:
            name = name[1:]  # "Constable David Warcup": the title is no part of the name
        title = _title_before(ent) if name.start == ent.start else _title_span(ent, name)
        if title is not None:
            relation = (title.root,)
            yield _candidate(sent, name, relation, "is", title, title.root, 1.0, "apposition", "is", "title")


def described_noun(head: Token, app: Token) -> Token | None:
    """The noun that ``app``, parsed as an apposition of ``head``, renames or describes; None
    when it is no apposition at all.

    None when either is a date or an amount ("on 20 May, 2000"; but a bare number after a
    person is an age, "Mr Sullivan, 29", and a sum may give a thing's value, "an allowance
    (£4,745)"), when the two are items of a list ("rum, brandy and vodka"), or when they
    disagree in number ("Disney and Prince Al-Walid, the firm's two main shareholders"). The
    parser may hang the apposition on the head of "X in Y": then it describes Y when Y agrees
    and X does not ("Shares in Borussia Dortmund, Germany's only listed football club"). A
    pronoun ("Mr Blair himself") is none.
    """
    if app.i < head.i or is_amount(head) or app.pos_ == "PRON":
        return None  # "Mr Blair himself": an intensifier, no apposition
    if _clock_time(head) or _clock_time(app):
        return None  # "at 15:00 local time (14:00 GMT)": one time in two zones, no thing renamed
    if indefinite_name_run_on(tables_of(head), head.i, app.i):
        return None  # "received a lifetime achievement Grammy": one name of a thing, run together
    if is_place_qualifier(head):
        # "Rep. Ted Weiss, D-N.Y., chairman of the subcommittee": the chairman is Weiss
        return described_noun(head.head, app) if head.head.i < head.i else None
    decided, noun = _by_kind(head, app)
    return noun if decided else _by_form(head, app)


#: Time zones written after a clock time ("14:00 GMT").
TIME_ZONES = frozenset("gmt utc bst cet cest est edt pst pdt cst cdt mst jst ist msk".split())
#: Nouns a clock time is read on ("15:00 local time", "3 pm").
CLOCK_NOUNS = frozenset({"time", "am", "pm", "a.m.", "p.m.", "hours", "hrs"})


def _clock_time(tok: Token) -> bool:
    """A time of day: a time zone ("GMT"), or a clock noun with a number or "local" on it
    ("15:00 local time", "3 pm")."""
    if tok.lower_ in TIME_ZONES:
        return True
    if tok.lower_ not in CLOCK_NOUNS:
        return False
    return any((c.dep_ == "nummod" and _has_digit(c)) or c.lower_ == "local" for c in tok.children)


def _by_kind(head: Token, app: Token) -> tuple[bool, Token | None]:
    """(decided, noun) from what kinds of thing the two name: a person is no state or union, an
    organisation no person, an event no person; an organisation's description goes to it."""
    edge = app.left_edge
    if head.ent_type_ in PLACE_ENTS and edge.ent_type_ in PLACE_ENTS and edge.dep_ != "poss":
        return True, None  # "Portland, Maine 58 foggy": a place qualifier run on into what follows
    if head.ent_type_ in OTHER_NAME_ENTS and app.ent_type_ == "PERSON" and head.pos_ == "PROPN":
        # "the chairman of the Front, Mohamed Issa": the name renames the chairman, not the Front
        holder = head.head.head if head.dep_ in NOUN_POBJ_DEPS and head.head.lower_ == "of" else None
        return True, holder if holder is not None and holder.pos_ == "NOUN" and holder.i < head.i else None
    if head.ent_type_ == "PERSON" and app.pos_ == "PROPN" and app.ent_type_ in OTHER_NAME_ENTS:
        return True, None  # "According to Mr Pekkarinen, Finland's EU result ...": no person is a state
    if app.ent_type_ == "PERSON" and head.pos_ == "NOUN":
        if _opening(app) is None and _names_an_event(head):
            return True, None  # "On the eve of Clinton's visit Madeleine Albright": no visit is a person
        if not names_a_role(head.lemma_.lower()):
            # "the birth of the Blairs' fourth child, Leo,": Leo is the child, not the birth
            near = _noun_before(app)
            return True, near if near is not None and near.i != head.i and near.pos_ == "NOUN" else None
    anchor = organisation_anchor(tables_of(head), head.i, app.i)
    if anchor is None:
        return True, None
    if anchor != head.i:
        return True, head.doc[anchor]  # "Jeff Shia, president of X Association, a non-profit group"
    return False, None


def _by_form(head: Token, app: Token) -> Token | None:
    """The noun an apposition describes by its form: set off, no list item or amount, right after
    the noun's phrase, agreeing in number (or with the object of "X in Y")."""
    if is_amount(app) and not (_is_age(head, app) or _is_value(head, app)):
        return None
    if not _is_set_off_or_named(head, app) or is_list_item(head, app) or _is_missing_subject(head, app):
        return None
    if not _right_after(head, app):
        return None  # "... based on their future potential, or ..., in the FTSE 100": far apart
    if _subject_of_next_verb(app):
        return None  # "to sign the Kyoto Protocol, Downing Street has indicated": the verb's subject
    if _number_agrees(head, app):
        return head
    near = _noun_before(app)
    if (
        near is not None
        and near.dep_ in NOUN_POBJ_DEPS
        and near.head.dep_ in PREP_DEPS
        and near.head.head == head
        and _grammatical_number(near) is not None
        and _number_agrees(near, app)
    ):
        return near
    return None


def _subject_of_next_verb(app: Token) -> bool:
    """The "apposition" is followed by a verb without a subject of its own: it is that subject
    ("..., Downing Street has indicated")."""
    k = app.right_edge.i + 1
    if k >= len(app.doc):
        return False
    nxt = app.doc[k]
    if nxt.pos_ not in VERB_POS:
        return False
    verb = nxt.head if nxt.dep_ in AUX_DEPS else nxt
    return verb.pos_ in VERB_POS and not any(c.dep_ in ANY_SUBJ_DEPS for c in verb.children)


def _names_an_event(noun: Token) -> bool:
    """An event noun ("visit", "talks"), which no name renames."""
    return event_noun_key(tables_of(noun), noun.i) is not None


def _right_after(head: Token, app: Token) -> bool:
    """The apposition starts right after the phrase of its noun (punctuation between at most)."""
    doc = head.doc
    end = max(noun_phrase(head).end, head.i + 1)
    return all(doc[k].is_punct or doc[k].is_space for k in range(end, app.left_edge.i))


def _is_missing_subject(head: Token, app: Token) -> bool:
    """True when the "apposition" is the subject of a verb the parser left without one, after an
    opening phrase: "On the outskirts of Kyoto, Yuji Shimizu contemplates ...", "In an article
    for the Times, Ms Dunwoody says ..."."""
    verb = head
    while verb.dep_ in PREPOSITIONAL_DEPS and verb.head != verb:
        verb = verb.head
    if verb is head or verb.pos_ not in VERB_POS or verb.i < app.i:
        return False
    return not any(c.dep_ in ANY_SUBJ_DEPS for c in verb.children)


def _noun_before(app: Token) -> Token | None:
    """The noun just before the comma or bracket that opens an apposition."""
    at = app.left_edge.i if app.left_edge.is_punct else app.left_edge.i - 1
    if at < 1 or _opening(app) not in (",", "("):
        return None
    noun = app.doc[at - 1]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _opening(app: Token) -> str | None:
    """The comma, bracket or dash that opens an apposition (the parser may make it part of
    it), or None when nothing sets it off ("state oil firm Rosneft")."""
    edge = app.left_edge
    if not edge.is_punct and edge.i > 0:
        edge = app.doc[edge.i - 1]
    if edge.text not in APPOSITION_OPENERS or edge.tag_ == "HYPH":
        return None
    if edge.text == "-" and edge.i > 0 and not app.doc[edge.i - 1].whitespace_:
        return None  # a hyphen the tagger took for a dash: "vice-chairman"
    return edge.text


def _is_set_off_or_named(head: Token, app: Token) -> bool:
    """An apposition set off by a comma, bracket or dash, or a name right after a description
    ("state oil firm Rosneft", "his brother Mukesh"); not two nouns run together by a misparse
    ("Labour MSP Christine May", "director and vice-chairman", "the one law lord")."""
    return _opening(app) is not None or (not _is_name(head) and _is_name(app))


def is_amount(tok: Token) -> bool:
    """A date, time, number or amount ("2000", "4p", "1.8%"); "one of ..." picks a member instead."""
    if tok.lower_ == "one" and any(c.dep_ in PREP_DEPS and c.lower_ == "of" for c in tok.children):
        return False
    if tok.pos_ == "NUM" or tok.tag_ == "$" or tok.ent_type_ in AMOUNT_ENTS:
        return True
    # a noun that looks like a number is one when written with digits ("4p"), not "his second"
    return (tok.like_num or tok.ent_type_ in NUMBER_ENTS) and _has_digit(tok)


def _has_digit(tok: Token) -> bool:
    return any(ch.isdigit() for ch in tok.text)


def _is_age(head: Token, app: Token) -> bool:
    """A bare whole number after a person's name: "Martin Mubanga, 29", "Mr Mubanga, 29"."""
    person = head.ent_type_ == "PERSON" or any(c.lower_ in HONORIFICS for c in head.lefts)
    if not person or app.n_lefts or any(not c.is_punct for c in app.rights):
        return False
    return app.text.isdigit() and 0 < int(app.text) < 120


def _is_value(head: Token, app: Token) -> bool:
    """A sum, share or quantity giving the value of a thing: "an allowance (£4,745)"."""
    counted = head.doc[max(head.left_edge.i - 1, 0) : head.i + 1]  # "$260m (£134m)": "m" after "260"
    if any(t.pos_ in ("NUM", "SYM") or t.like_num or t.tag_ == "$" or _has_digit(t) for t in counted):
        return False  # a sum in another currency: "253m euros (£175m)", "$260m (£134m)"
    return app.ent_type_ in VALUE_ENTS and _is_description(head)


def is_list_item(head: Token, app: Token) -> bool:
    """True when ``head`` and ``app`` are items of one list the parser read as an apposition.

    A list goes on after the second item: "Malibu rum, Courvoisier brandy, Stolichnaya vodka
    and ..." (a comma before a further item) or "A, B and C". A description made of
    coordinated role nouns after a name is no list: "Bill Gates, chairman and chief executive".
    After the apposition, a further item of the head's own list ("A, B, and C") makes a list of
    two names or two descriptions; "Blair, the prime minister, and Brown" has a name and a
    description. A bracketed apposition is no list item: "Columbia Funds Distributor (CFD) and ...".
    """
    if _opening(app) == "(":
        return False
    items = [c for c in app.children if c.dep_ in CONJ_DEPS]
    if items:
        if any(_comma_before(item) for item in items):
            return True
        if not (_is_name(head) and all(_is_description(t) for t in (app, *items))):
            return True
    same_kind = _is_name(head) == _is_name(app)
    if same_kind and (_list_goes_on_above(head, app) or app.lemma_.lower() == head.lemma_.lower()):
        return True  # "any Secretary to the Board, Deputy Secretary to the Board, and ...": a list
    if same_kind and any(
        c.dep_ in APPOS_DEPS and c != app and _is_name(c) == _is_name(app) for c in head.children
    ):
        return True  # "the Midlands, Merseyside, Bristol and Leeds"
    if same_kind and any(c.dep_ in CONJ_DEPS and c.i > app.i for c in head.children):
        return True
    return same_kind and head.dep_ in CONJ_DEPS and _comma_before(head)


def _list_goes_on_above(head: Token, app: Token) -> bool:
    """The apposition hangs on the object of a preposition inside a list item, and the list goes
    on after it: "any Assistant to the President, Deputy Assistant to the President, and
    Special Assistant to ...": the second title is an item of the list, no name of the President."""
    top = head
    while (
        top.dep_ in NOUN_POBJ_DEPS and top.head.dep_ in PREP_DEPS and top.head.head.pos_ in ("NOUN", "PROPN")
    ):
        top = top.head.head
    if top is head:
        return False
    later = [c for c in top.children if c.dep_ in CONJ_DEPS and c.i > app.i]
    return any(_comma_before(c) for c in later) or any(c.lemma_ == app.lemma_ for c in later)


def _comma_before(item: Token) -> bool:
    """A comma just before a list item's phrase (or before its "and"/"or")."""
    at = item.left_edge.i - 1
    doc = item.doc
    if at >= 0 and doc[at].dep_ == "cc":
        at -= 1
    return at >= 0 and doc[at].text == ","


def _is_name(tok: Token) -> bool:
    """A proper name (or a word of a named entity): "Diageo", "Leo", "the Conservatives"; not a
    lower-case word the tagger took for one ("the one law lord")."""
    return (tok.pos_ == "PROPN" and tok.text[:1].isupper()) or tok.ent_type_ in NAME_ENTS


def _is_description(tok: Token) -> bool:
    """A common noun that is no part of a name: "chairman", "the spirits company"."""
    return tok.pos_ == "NOUN" and not tok.ent_type_


def _number_agrees(head: Token, app: Token) -> bool:
    """False for a singular head with a plural description ("Prince Al-Walid, the firm's two
    main shareholders") or a plural common noun with a singular one ("sales at stores, a
    category"); a plural name may be one body ("the Liberal Democrats, the party")."""
    head_plural, app_plural = _grammatical_number(head), _grammatical_number(app)
    return head_plural is None or app_plural is None or head_plural == app_plural


def _grammatical_number(tok: Token) -> bool | None:
    """True for a plural noun, False for a singular one, None when the tag tells neither. A name
    in a plural form often names one body ("Nordea Holdings", "Philippe Sands"): None."""
    if tok.tag_ in PLURAL_NOUN_TAGS and tok.pos_ != "PROPN" and tok.ent_type_ not in NAME_ENTS:
        return True
    if tok.tag_ in SINGULAR_NOUN_TAGS:
        return False
    return None


def _title_before(name: Span) -> Span | None:
    """The title words in the noun phrase before a name: "US President" in "US President Donald Trump"."""
    head = name.root
    phrase = noun_phrase(head)
    if phrase.start >= name.start or phrase.end > name.end:
        return None
    doc = name.doc
    start = phrase.start
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.text[:1].isupper():
        # "Chief of the General Staff Valery Gerasimov": the parser hangs the name under "of"
        if prep.head.lower_ in TITLE_WORDS:
            start = prep.head.left_edge.i
    while start < name.start and (
        doc[start].pos_ in ("DET", "PRON") or doc[start].dep_ == "poss" or doc[start].dep_ == "case"
    ):
        start += 1
    end = name.start
    while end > start and doc[end - 1].lower_ in HONORIFICS:
        end -= 1
    if end <= start:
        return None
    title = doc[start:end]
    if not any(_is_title_word(t) for t in title) or _names_an_event(doc[end - 1]):
        return None  # "the president's visit Carla Hills": no visit is her title
    if _first_name_after_title(title):
        return None  # "London Mayor Sadiq Khan" with "Khan" alone the name: "Sadiq" is no title
    if any(t.is_punct or t.tag_ == "POS" for t in title):
        return None
    return title


def _first_name_after_title(title: Span) -> bool:
    """The words before a name end in a proper noun after a title word, a part of the name
    the entity left out: "Mayor *Sadiq*" before "Khan", "Senator *Jo*" before "Tallor"."""
    if len(title) < 2:
        return False
    last, before = title[-1], title[-2]
    if last.pos_ != "PROPN" or _is_title_word(last) or last.ent_type_ in OTHER_NAME_ENTS:
        return False
    if last.text.endswith(".") or names_a_role(last.lower_):
        return False  # an abbreviated title or a role: "Ranking member *Rep.*", "Chief *Anchor*"
    return _is_title_word(before)


def _title_span(ent: Span, name: Span) -> Span | None:
    """The title of a name whose entity began with title words: those words and the title
    before them ("Assistant Chief Constable" for "Constable David Warcup")."""
    before = _title_before(ent)
    start = before.start if before is not None else ent.start
    return ent.doc[start : name.start]


def _is_title_word(tok: Token) -> bool:
    """A role noun ("author", "keyboardist") or a capitalised title ("President", "Senator")."""
    if tok.lower_ in HONORIFICS or tok.ent_type_ == "PERSON":
        return False
    return (tok.pos_ == "NOUN" and tok.is_lower) or tok.lower_ in TITLE_WORDS

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
from graphbuilder.extract.frames import find_subjects, misattached_complement, verb_polarity
from graphbuilder.extract.labels import (
    ACL_DEPS,
    APPOS_DEPS,
    COMPOUND_DEPS,
    CONTROL_DEPS,
    OBJ_DEPS,
    POBJ_DEPS,
    POSS_DEPS,
    PREP_DEPS,
    TENSE_AUX_DEPS,
    VERB_POS,
)
from graphbuilder.extract.predicates import NOMINAL_EVENTS, nominal_predicate
from graphbuilder.extract.spans import clause, conjuncts, is_junk_argument, is_place_qualifier, noun_phrase
from graphbuilder.nlp.tables import doc_tables

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
#: Capitalised titles before a name (role nouns in lower case need no list).
TITLE_WORDS = frozenset(
    "president minister secretary chancellor chief leader king queen prince princess senator "
    "governor mayor ambassador spokesman spokeswoman spokesperson commissioner director chairman "
    "chairwoman chair ceo general admiral colonel commander judge justice prosecutor envoy premier "
    "pope cardinal bishop sheikh emir sultan speaker representative congressman congresswoman "
    "lawmaker mp official head founder editor coach captain attorney deputy vice sergeant "
    "lieutenant major marshal officer councillor councilor ayatollah rabbi imam".split()
)
#: Honorifics, which are no title worth a statement.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady"})


def event_noun_key(tok: Token) -> str | None:
    """The :data:`NOMINAL_EVENTS` key of ``tok`` (lemma or plural form), or None."""
    for key in (tok.lower_, tok.lemma_.lower()):
        if key in NOMINAL_EVENTS:
            return key
    return None


#: Factor for the clause an event noun governs ("Trump's appeal *to spare the groups*").
NOUN_COMPLEMENT_FACTOR = 0.9


def nominal_frames(sent: Span) -> Iterator[Candidate]:
    """Candidates for event nouns with an agent in ``sent``."""
    for noun in doc_tables(sent.doc).tokens[sent.start : sent.end]:
        if noun.pos_ != "NOUN":
            continue
        key = event_noun_key(noun)
        if key is None:
            continue
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
    complements = [c for c in noun.children if c.dep_ in ACL_DEPS | CONTROL_DEPS and c.i > noun.i]
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
    the sentence's entities when the caller has them, else ``sent.ents``)."""
    for tok in doc_tables(sent.doc).tokens[sent.start : sent.end]:
        if tok.pos_ not in ("PROPN", "NOUN") or not tok.n_rights:
            continue  # an apposition follows a noun
        subject: Span | None = None  # the head's noun phrase, made once for all its appositions
        for app in tok.rights:
            if app.dep_ not in APPOS_DEPS or is_place_qualifier(app):
                continue
            subject = subject if subject is not None else noun_phrase(tok)
            obj = noun_phrase(app)
            if is_junk_argument(subject) or is_junk_argument(obj) or app.i < tok.i:
                continue
            yield _candidate(sent, subject, (app,), "is", obj, app, 1.0, "apposition", "is")
    for ent in sent.ents if ents is None else ents:
        if ent.label_ != "PERSON":
            continue
        title = _title_before(ent)
        name = ent[:-1] if len(ent) > 1 and ent[-1].tag_ == "POS" else ent
        if title is not None:
            relation = (title.root,)
            yield _candidate(sent, name, relation, "is", title, title.root, 1.0, "apposition", "is", "title")


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
    if not any(_is_title_word(t) for t in title):
        return None
    if any(t.is_punct or t.tag_ == "POS" for t in title):
        return None
    return title


def _is_title_word(tok: Token) -> bool:
    """A role noun ("author", "keyboardist") or a capitalised title ("President", "Senator")."""
    if tok.lower_ in HONORIFICS or tok.ent_type_ == "PERSON":
        return False
    return (tok.pos_ == "NOUN" and tok.is_lower) or tok.lower_ in TITLE_WORDS

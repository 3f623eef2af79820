"""Who said it and who reported it: speakers of reported speech and quotes, and news sources.

- A reporting verb with a subject ("Putin emphasized", "he said") makes its subject the
  speaker of everything in its reported clause, and of every quote it introduces, even a
  quote running over several sentences; a participle or conjunct without its own subject
  speaks for the subject of the verb it hangs on ("Charities reacted, saying ...").
- A quotation opening a sentence without a speaker of its own goes on quoting the speaker
  of the sentence before it in the paragraph ('"...," he said. "We needed to cut costs."';
  'Mr Fox said closures did not work. "This is about ..."').
- "TASS reports" / "according to TASS" / "as quoted by Strana" / "as reported by X" name
  the reporter of the whole sentence (and of a quote it closes). "according to" any other
  source -- a person, officials, a newspaper, a document, a poll -- names a speaker instead:
  the sentence tells that source's claim.
- A reporting clause inverted at the end of a sentence, its verb before its subject ("...,
  reports the Red Cross", "..., said the governor"), names the source of everything before
  its comma, as "..., the Red Cross reports" does, however the parser hung the verb and the
  noun phrase after it (:func:`inverted_source`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from graphbuilder.extract.labels import (
    ACL_DEPS,
    ADVCL_DEPS,
    AGENT_DEPS,
    ANY_SUBJ_DEPS,
    CLAUSE_DEPS,
    CONJ_DEPS,
    CONTROL_DEPS,
    MARK_DEPS,
    NOUN_POBJ_DEPS,
    OBJ_DEPS,
    PARATAXIS_DEPS,
    PASSIVE_SUBJ_DEPS,
    QUOTE_MARKS,
    RELCL_DEPS,
    SUBJ_DEPS,
    VERB_POS,
    WH_TAGS,
)
from graphbuilder.extract.spans import (
    is_description_before_name,
    is_split_title,
    named_apposition,
    noun_phrase,
    run_in_subject_before,
)
from graphbuilder.ingest.wire import AGENCIES
from graphbuilder.lexicon import COMMUNICATION_VERBS, REPORTING_VERBS, SOURCE_VERBS
from graphbuilder.nlp.tables import DocTables, doc_tables

#: Verbs of thinking, learning and judging whose clause is their subject's view, not a fact the
#: article states: "the CNTP *feels* that ...", "we have *learned* from a source that ...", "the
#: court *ruled* that ...", "the inquiry *found* that ...", "..., the authors *contend*".
VIEW_VERBS = frozenset(
    "feel learn rule find suspect fear consider contend allege testify concede complain "
    "speculate reckon assume estimate forecast".split()
)
#: Verbs whose subject is the source of the clause they govern.
CLAUSE_SOURCE_VERBS = COMMUNICATION_VERBS | VIEW_VERBS
#: (speaker, reporter) a sentence names for itself ("according to X"), for every sentence.
Sources = list[tuple[Span | None, Span | None]]
#: Where a verb of saying without a subject of its own hangs on the verb whose subject speaks
#: ("reacted, *saying*", "denied it and *said*", "went on *to say*").
SUBJECT_SHARING_DEPS = ADVCL_DEPS | CONJ_DEPS | CONTROL_DEPS
#: What the token before a line break ends a paragraph with (hard-wrapped lines end otherwise).
PARAGRAPH_END_MARKS = frozenset({".", "!", "?", '"', "”", ":"})
#: Quotation marks that only ever open a quote.
OPENING_MARKS = frozenset({"“", "``", "„", "«"})


@dataclass
class Attribution:
    """Speaker and reporter of the tokens of one document, by token index."""

    speaker: dict[int, Span] = field(default_factory=dict)
    reporter: dict[int, Span] = field(default_factory=dict)
    quoted: set[int] = field(default_factory=set)  # tokens inside quotation marks

    def speaker_of(self, tok: Token) -> Span | None:
        return self.speaker.get(tok.i)

    def reporter_of(self, tok: Token) -> Span | None:
        return self.reporter.get(tok.i)


def attribute(doc: Doc) -> Attribution:
    """Speaker and reporter for every token of ``doc`` that has them."""
    result = Attribution()
    t = doc_tables(doc)
    inverted = [_inverted_in(t, start, end) for start, end in t.sents]
    sources = [
        _sentence_sources(t, start, end, inv) for (start, end), inv in zip(t.sents, inverted, strict=True)
    ]
    _attribute_sentences(t, sources, inverted, result)
    _attribute_quotations(t, sources, result)
    return result


# The helpers below read the Doc's tables (:mod:`graphbuilder.nlp.tables`): ``t`` and token
# indexes, not spaCy Tokens; ``sources`` holds :func:`_sentence_sources` of every sentence.


def _is_reporting_verb(t: DocTables, i: int) -> bool:
    """True for a verb of saying ("said", "reports", "emphasized")."""
    return t.pos[i] in VERB_POS and t.lemma_lower[i] in REPORTING_VERBS


def _subject(t: DocTables, verb: int) -> int | None:
    """The subject of ``verb``; for "who said" in a relative clause, the noun it modifies; not
    a title cut from the name after it ("Lt . Steve Hardy said"), and for a description with a
    name in apposition, the name ("His sister, Mary Fisher, said")."""
    subjects = [c for c in t.kids[verb] if t.dep[c] in SUBJ_DEPS]
    for c in subjects:
        if is_split_title(t, c, subjects) or is_description_before_name(t, c, subjects):
            continue  # ("The charity's head of HIV/Aids, Simon Wright said": Simon Wright)
        if t.tag[c] in WH_TAGS and t.dep[verb] in RELCL_DEPS:
            return t.heads[verb]
        return named_apposition(t, c)
    return None


def _speaking_subject(t: DocTables, verb: int) -> int | None:
    """The subject of a verb of saying; for one without its own ("Charities reacted with alarm,
    *saying* the policy amounts to forcible removal"; "He denied it and *said* ..."), the
    subject of the verb it hangs on."""
    subj = _subject(t, verb)
    if subj is None:
        subj = run_in_subject_before(t, verb)  # "Moscow denied it and *Kyiv* has said ..."
    if subj is None:
        subj = quoted_as_saying(t, verb)
    head = t.heads[verb]
    if subj is None and t.dep[verb] in SUBJECT_SHARING_DEPS and head != verb and t.pos[head] in VERB_POS:
        subj = _subject(t, head)
    return subj if subj is not None else stranded_name(t, verb)


#: Verbs that credit words to someone with "as saying": "*quoted* the minister as saying".
QUOTING_VERBS = frozenset({"quote", "cite"})


def quoted_as_saying(t: DocTables, verb: int) -> int | None:
    """Who speaks through "saying" after "quoted ... as" or "cited ... as": the one quoted
    ("The paper quoted *the minister* as saying the talks had failed", "*The minister* was
    quoted as saying ..."), not the paper that quotes (a channel, the reporter); else None."""
    if t.lemma_lower[verb] not in ("say", "tell") or t.tag[verb] != "VBG":
        return None
    as_ = t.heads[verb]
    if t.lower[as_] != "as" or as_ == verb:
        return None
    quoting = t.heads[as_]
    if t.lemma_lower[quoting] not in QUOTING_VERBS:
        return None
    deps = PASSIVE_SUBJ_DEPS if any(t.dep[c] == "auxpass" for c in t.kids[quoting]) else OBJ_DEPS
    quoted = next((c for c in t.kids[quoting] if t.dep[c] in deps), None)
    return named_apposition(t, quoted) if quoted is not None else None


def stranded_name(t: DocTables, verb: int) -> int | None:
    """A person's name right before a main verb that has no subject, which the parser hung on
    an opening phrase instead ("In a statement issued on Wednesday *Lord Woolf* said: ...")."""
    before = verb - 1
    if before < 0 or t.dep[verb] != "ROOT" or t.ent_type[before] != "PERSON" or t.pos[before] != "PROPN":
        return None
    if any(t.dep[c] in ANY_SUBJ_DEPS for c in t.kids[verb]):
        return None
    return before if t.heads[before] != verb else None


def _phrase(t: DocTables, head: int) -> Span:
    """The noun phrase of the token at ``head``."""
    return noun_phrase(t.tokens[head])


def _sentence_sources(
    t: DocTables, start: int, end: int, inverted: tuple[int, int] | None
) -> tuple[Span | None, Span | None]:
    """(speaker, reporter) named for the whole sentence ``doc[start:end]``: "according to X",
    "as quoted by X" (``inverted``: :func:`_inverted_in` of the sentence)."""
    speaker: Span | None = None
    reporter: Span | None = None
    lower, lemma, tag = t.lower, t.lemma_lower, t.tag
    if inverted is not None and lemma[inverted[0]] in SOURCE_VERBS:
        reporter = _phrase(t, inverted[1])  # "..., reports the Red Cross": not the parse's subject
    for i in range(start, end):
        source: int | None = None
        if inverted is not None and i == inverted[0]:
            continue
        if lower[i] == "according":
            to = next((c for c in t.kids[i] if lower[c] == "to"), None)
            source = _child(t, to, NOUN_POBJ_DEPS) if to is not None else None
        elif lemma[i] in ("quote", "report", "cite") and tag[i] == "VBN":
            agent = _child(t, i, AGENT_DEPS)
            source = _child(t, agent, NOUN_POBJ_DEPS) if agent is not None else None
        elif lemma[i] in SOURCE_VERBS and tag[i] in ("VBZ", "VBD", "VBP"):
            source = _subject(t, i)
        if source is None:
            continue
        if lower[i] == "according" and not _wire_agency(_phrase(t, source)):
            speaker = speaker or _phrase(t, source)
        else:
            reporter = reporter or _phrase(t, source)
    return speaker, reporter


def _wire_agency(phrase: Span) -> bool:
    """A wire agency by its name ("TASS", "the Xinhua news agency"): the channel that carries
    the whole report. Any other source after "according to" -- a person, officials, a
    newspaper, a document, a poll -- is whose claim the sentence tells."""
    words = [w.lower_ for w in phrase if not w.is_punct]
    if "agency" in words and "news" in words:
        return True  # "the news agency", "the state news agency RIA"
    if phrase.root.pos_ != "PROPN":
        return False  # "a CNN reporter", "a Reuters tally": a person or a document of its own
    if any(" ".join(words[-n:]) in AGENCIES for n in (1, 2)):
        return True
    return bool(words) and any(name.split()[0] == words[-1] for name in AGENCIES)  # "RIA" (Novosti)


def _child(t: DocTables, i: int, deps: frozenset[str]) -> int | None:
    """The first child of ``i`` attached by one of ``deps``."""
    return next((c for c in t.kids[i] if t.dep[c] in deps), None)


def _quote_regions(t: DocTables) -> list[tuple[int, int, bool]]:
    """Quotations as token ranges ``(start, end, continued)``, paired mark by mark.

    News convention: a quote running over several paragraphs leaves each paragraph but the
    last unclosed and opens the next with a fresh mark. A quote therefore ends at a
    paragraph break, and the quote opening the next paragraph is ``continued`` from it.
    """
    regions: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    continued = False  # the open quote continues one left unclosed at a paragraph end
    carried = False  # the last paragraph ended inside a quote
    for i, text in enumerate(t.text):
        if _is_paragraph_break(t, i):
            carried = open_at is not None
            if open_at is not None:
                regions.append((open_at, max(open_at, i - 1), continued))
                open_at = None
            continue
        if t.is_space[i]:
            continue
        follows_break = carried
        carried = False
        if text not in QUOTE_MARKS:
            continue
        opening = text in OPENING_MARKS or (text == '"' and open_at is None)
        if open_at is not None and text == '"' and _opens_a_word(t, i):
            # paragraphs flattened into one line: an unclosed quote, then a fresh opening mark
            regions.append((open_at, i - 1, continued))
            open_at, continued = i, True
        elif open_at is None and (opening or text == '"'):
            open_at, continued = i, follows_break
        elif open_at is not None and not (text in ("“", "``") and i == open_at + 1):
            regions.append((open_at, i, continued))
            open_at = None
    return regions


def _opens_a_word(t: DocTables, i: int) -> bool:
    """A straight quote mark with a space before and a word glued after it: an opening one."""
    if i == 0 or i + 1 >= len(t.text) or t.space_after[i]:
        return False
    return t.space_after[i - 1] and t.text[i + 1][:1].isalnum()


def _is_paragraph_break(t: DocTables, i: int) -> bool:
    """A blank line, or a line break after a sentence end (hard-wrapped lines are no break)."""
    if not (t.is_space[i] and "\n" in t.text[i]):
        return False
    before = t.text[i - 1] if i else ""
    return "\n\n" in t.text[i] or before[-1:] in PARAGRAPH_END_MARKS


def _attribute_sentences(
    t: DocTables, sources: Sources, inverted_by_sentence: list[tuple[int, int] | None], result: Attribution
) -> None:
    """Each sentence's own sources ("according to X"), then the clauses of verbs of saying
    (``inverted_by_sentence``: :func:`_inverted_in` of every sentence)."""
    for (start, end), (speaker, reporter), inverted in zip(
        t.sents, sources, inverted_by_sentence, strict=True
    ):
        if reporter is not None:
            for i in range(start, end):
                result.reporter[i] = reporter
        if inverted is not None and t.lemma_lower[inverted[0]] not in SOURCE_VERBS:
            who = _phrase(t, inverted[1])  # "..., said the governor": all before the comma
            for i in range(start, _comma_before(t, inverted[0], start)):
                result.speaker[i] = who
        # the outermost speaker wins: Putin proposed that Kyiv order troops to ... -> Putin
        said = [
            v for v in range(start, end) if t.pos[v] in VERB_POS and t.lemma_lower[v] in CLAUSE_SOURCE_VERBS
        ]
        if len(said) > 1:
            depth = _depths(start, end, t.heads)
            said.sort(key=depth.__getitem__)  # stable: text order among verbs of one depth
        for verb in said:
            if inverted is not None and verb == inverted[0]:
                continue
            subj = _speaking_subject(t, verb)
            if subj is None or t.lemma_lower[verb] in SOURCE_VERBS:
                continue
            _attribute_said(t, verb, start, _phrase(t, subj), result)
        if speaker is not None:  # after the verbs of saying: what one says in it stays theirs
            lo, hi, left_out = _according_scope(t, start, end)
            for i in range(lo, hi):
                if i not in left_out:
                    result.speaker.setdefault(i, speaker)


def _according_scope(t: DocTables, start: int, end: int) -> tuple[int, int, set[int]]:
    """Where the source named by "according to" speaks in the sentence ``start:end``: the
    whole sentence, or the relative clause the phrase stands in ("Gates, who had worked for the
    firm for a year, *according to a spokesman*, was indicted": only the year of work is the
    spokesman's); never the phrase itself nor a clause on its source ("according to research
    cited by Ms Lee, *who ran the agency*")."""
    according = [i for i in range(start, end) if t.lower[i] == "according"]
    if not according:
        return start, end, set()
    a = according[0]
    left_out = set(range(t.left_edge(a), t.right_edge(a) + 1))
    k = t.heads[a]
    while t.heads[k] != k and t.dep[k] not in RELCL_DEPS:
        k = t.heads[k]
    if t.dep[k] in RELCL_DEPS:
        return t.left_edge(k), t.right_edge(k) + 1, left_out
    return start, end, left_out


#: Tags of a present-tense finite verb or auxiliary.
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def reported_continuation(t: DocTables, verb: int) -> int | None:
    """The head of a clause joined by "but" to what a verb of saying reports, that goes on
    with it though the parser hung it on the verb of saying: "Mr Lee said he had not asked
    for help, *but a review was under way*" (the review is his word too). A clause with its own
    subject and no verb of saying of its own ("but warned that ..." has neither: the speaker's
    second act, a statement of its own); not a clause in the present after a report in the past
    ("said the claims were false, but there *are* calls for ...": the writer's own words)."""
    if t.pos[verb] not in VERB_POS or t.lemma_lower[verb] not in REPORTING_VERBS:
        return None
    reported = [c for c in t.kids[verb] if t.dep[c] in CLAUSE_DEPS and c > verb]
    if not reported:
        return None
    end = t.right_edge(reported[-1])
    for k in t.kids[verb]:
        if k <= end or t.dep[k] not in CONJ_DEPS or t.pos[k] not in VERB_POS:
            continue
        if t.lemma_lower[k] in CLAUSE_SOURCE_VERBS or not any(t.dep[c] in ANY_SUBJ_DEPS for c in t.kids[k]):
            return None
        if not any(t.lower[i] == "but" and t.heads[i] in (verb, k) for i in range(end + 1, k)):
            return None
        tenses = {t.tag[i] for i in (k, *t.kids[k]) if i == k or t.dep[i] in ("aux", "auxpass")}
        if t.tag[verb] == "VBD" and tenses & _PRESENT_TAGS:
            return None
        return k
    return None


def _attribute_said(t: DocTables, verb: int, start: int, who: Span, result: Attribution) -> None:
    """``who`` speaks what the verb of saying at ``verb`` reports: its clause, a "that" clause
    after its object, what goes before it ('"...," the agency said') and, for a verb of
    saying, a clause set off before it or beside it."""
    for i in [*reported_before(t, verb, start), *interposed_report(t, verb)]:
        result.speaker.setdefault(i, who)
    content = _content_after_source(t, verb)
    going_on = reported_continuation(t, verb)
    if going_on is not None:
        content.append(going_on)
    for clause_head in [*t.kids[verb], *content]:
        if (
            t.dep[clause_head] in CLAUSE_DEPS
            or clause_head in content
            or (t.dep[clause_head] in CONJ_DEPS and clause_head > verb and _that_clause(t, clause_head))
            or (
                _is_reporting_verb(t, verb)
                and (t.dep[clause_head] in PARATAXIS_DEPS or _fronted_content(t, clause_head, verb))
            )
        ):
            for i in t.descendants(clause_head):  # (one speaker for all: the order is no matter)
                result.speaker.setdefault(i, who)


#: Verbs of saying that close a sentence inverted ("..., says the Treasury"); verbs that take
#: a listener as their object ("..., told the BBC") or a topic ("..., recalled the war") stay out.
INVERTING_VERBS = REPORTING_VERBS - frozenset(
    {"tell", "assure", "recall", "mention", "reveal", "disclose", "repeat", "reiterate", "quote", "post"}
    | {"acknowledge", "admit", "answer", "underline", "underscore", "stress", "emphasize", "emphasise"}
    | {"indicate", "maintain", "observe", "point", "remark", "continue", "conclude", "tweet"}
)
#: Where the head of the noun phrase after an inverted verb of saying hangs on it.
_INVERTED_SOURCE_DEPS = SUBJ_DEPS | OBJ_DEPS | frozenset({"attr", "npadvmod", "dative"})
#: Tags of the words a source's noun phrase is made of.
_SOURCE_PHRASE_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "ADP", "PART", "CCONJ", "PUNCT"})


def inverted_source(t: DocTables, verb: int) -> int | None:
    """The head of the source a verb of saying names after it, inverted at the end of a
    sentence: "The bridge reopened on Monday, *reports the Red Cross*." (Red Cross), "...,
    *said the governor*." (governor). The verb follows a comma (or a closing quote and a
    comma) with words before it, and a noun phrase runs from it to the end of the sentence;
    the parser may have made that phrase the verb's object and the sentence's first noun its
    subject. None for any other verb."""
    if t.pos[verb] not in VERB_POS or t.lemma_lower[verb] not in INVERTING_VERBS:
        return None
    if t.tag[verb] not in ("VBZ", "VBD", "VBP"):
        return None
    start, end = t.sents[t.sent_number[verb]]
    if _comma_before(t, verb, start) <= start:
        return None
    last = end - 1
    while last > verb and (t.is_punct[last] or t.is_space[last]):
        last -= 1
    if last <= verb:
        return None
    heads = [c for c in t.kids[verb] if c > verb and t.dep[c] in _INVERTED_SOURCE_DEPS]
    if len(heads) != 1 or t.pos[heads[0]] not in ("NOUN", "PROPN"):
        return None
    source = heads[0]
    if _subject_set_off_before(t, verb):
        return None  # "Tesco, the UK's biggest retailer, reported record profits": not inverted
    if t.left_edge(source) != verb + 1 or t.right_edge(source) < last:
        return None  # "..., said the minister who ...": the phrase must run to the end, no more
    if any(t.pos[k] not in _SOURCE_PHRASE_POS for k in range(verb + 1, last + 1)):
        return None  # a clause after the verb ("..., adds that ...", "said it would")
    return source


def _subject_set_off_before(t: DocTables, verb: int) -> bool:
    """The verb has a subject of its own before it that is a plain noun phrase or is followed by
    a comma (a description or clause set off by commas: "Tesco, *the UK's biggest retailer*,
    reported ..."; "The firm, *which makes cars*, reported ..."): the verb is not inverted. A
    subject the parser made of the reported clause keeps that clause's verb in its phrase
    ("The bridge reopened on Monday, reports the Red Cross")."""
    for subj in t.kids[verb]:
        if subj > verb or t.dep[subj] not in SUBJ_DEPS:
            continue
        if t.text[subj + 1] == ",":
            return True
        if not any(t.pos[k] in VERB_POS for k in range(t.left_edge(subj), t.right_edge(subj) + 1)):
            return True
    return False


def misread_inverted_report(t: DocTables, verb: int) -> bool:
    """An inverted verb of saying whose source the parser did not make its subject ("..., reported
    the state news agency" as a conjunct of the main verb, the agency its object): the verb
    makes no frame of its own (the sentence's statements carry the source instead)."""
    source = inverted_source(t, verb)
    return source is not None and t.dep[source] not in SUBJ_DEPS


def _inverted_in(t: DocTables, start: int, end: int) -> tuple[int, int] | None:
    """(verb, source head) of the sentence ``doc[start:end]``'s inverted reporting clause, when
    the ordinary reading of its subject would be wrong: none, or one before the verb. When the
    parser made the source the verb's subject ("..., said Cochilco vice president Patricio
    Cartagena"), the subject path names the speaker (the name, not the title before it)."""
    pos, lemma = t.pos, t.lemma_lower
    for verb in range(end - 1, start, -1):
        if pos[verb] not in VERB_POS or lemma[verb] not in INVERTING_VERBS:
            continue  # (inverted_source's own first test, without the call for every word)
        source = inverted_source(t, verb)
        if source is not None:
            subj = _speaking_subject(t, verb)
            return (verb, source) if subj is None or subj < verb else None
    return None


def _comma_before(t: DocTables, verb: int, start: int) -> int:
    """The index of the comma right before ``verb`` (past closing quotes and spaces), or
    ``start`` when there is none."""
    k = verb - 1
    while k > start and (t.text[k] in QUOTE_MARKS or t.text[k] in ("'", "`") or t.is_space[k]):
        k -= 1
    return k if k > start and t.text[k] == "," else start


#: Where a clause hangs on a noun (as a relative clause or a modifier).
_NOUN_CLAUSE_DEPS = RELCL_DEPS | ACL_DEPS


def reported_before(t: DocTables, verb: int, start: int) -> range:
    """What a verb of saying after a comma reports when the parser hung it on the clause before
    it ('"The accident marked a change," the agency *said*': "said" a complement of "marked"):
    the sentence up to that comma; else nothing."""
    head = t.heads[verb]
    if not _is_reporting_verb(t, verb) or head == verb or t.dep[verb] not in _INVERTED_REPORT_DEPS:
        return range(0)
    edge = t.left_edge(verb)
    if head >= edge:
        return range(0)
    k = edge - 1
    while k > start and (t.text[k] in QUOTE_MARKS or t.text[k] in ("'", "`") or t.is_space[k]):
        k -= 1
    return range(start, k) if t.text[k] == "," else range(0)


#: Where a verb of saying that closes a sentence hangs when the parser made it the complement.
_INVERTED_REPORT_DEPS = CLAUSE_DEPS | PARATAXIS_DEPS


def interposed_report(t: DocTables, verb: int) -> list[int]:
    """What a verb of saying set off by commas inside the clause it reports speaks for: that
    clause on both sides of it ("During the inquiry, *she said*, two officers were suspended";
    "The minister, *he added*, would visit the towns"). The parser hangs such a verb on the
    clause's verb after it; the verb has a subject of its own, nothing but its subject before it
    and nothing after it. Else nothing."""
    head = t.heads[verb]
    if not _is_reporting_verb(t, verb) or t.dep[verb] not in PARATAXIS_DEPS or head <= verb:
        return []
    words = [i for i in t.descendants(verb) if not t.is_punct[i]]
    if max(words) != verb or not any(t.dep[c] in SUBJ_DEPS for c in t.kids[verb]):
        return []  # "..., she said of the plan, ...": more than a bare "she said"
    before, after = min(words) - 1, verb + 1
    if before < 0 or t.text[before] != "," or after >= len(t.text) or t.text[after] != ",":
        return []
    clause_start, clause_end = t.left_edge(head), t.right_edge(head)
    if clause_start >= before:
        return []  # the clause must run on both sides of the verb of saying
    return [i for i in range(clause_start, clause_end + 1) if i < before or i > after]


def _content_after_source(t: DocTables, verb: int) -> list[int]:
    """A "that" clause the parser hung on the object of a preposition after the verb, as if it
    were a relative clause, though it has its own subject: what was learned or heard ("We have
    learned from a reliable source *that X was assassinated*")."""
    found = []
    for p in t.kids[verb]:
        if t.dep[p] != "prep" or p < verb:
            continue
        for o in t.kids[p]:
            for c in t.kids[o]:
                if t.dep[c] in _NOUN_CLAUSE_DEPS and _that_clause(t, c):
                    found.append(c)
    return found


def _that_clause(t: DocTables, c: int) -> bool:
    """A clause opened by the complementizer "that" (no relative pronoun) with its own subject."""
    kids = t.kids[c]
    return any(t.dep[k] in MARK_DEPS and t.lower[k] == "that" for k in kids) and any(
        t.dep[k] in ANY_SUBJ_DEPS for k in kids
    )


def _fronted_content(t: DocTables, clause: int, verb: int) -> bool:
    """A clause before a verb of saying, set off by a comma and opened by no subordinator, that
    the parser hung on it as an adverbial: what was said ("Included in the group was Hua, said
    Lee"; "Prices will rise, the minister said")."""
    if t.dep[clause] not in ADVCL_DEPS or clause > verb:
        return False
    if any(t.dep[c] in MARK_DEPS or t.tag[c] in WH_TAGS for c in t.kids[clause]):
        return False
    after = t.right_edge(clause) + 1
    return after < verb and t.text[after] == ","


def _attribute_quotations(t: DocTables, sources: Sources, result: Attribution) -> None:
    """Quotations: the speaker they name, carry over or continue from the sentence before."""
    previous: Span | None = None
    previous_end = -1
    paragraph = _paragraphs(t)
    for start, end, continued in _quote_regions(t):
        speaker, reporter = _quote_source(t, sources, start, end, paragraph)
        if speaker is None and continued:
            speaker = previous  # a quote carried over a paragraph break keeps its speaker
        if speaker is None and _opens_sentence(t, start):
            speaker = _speaker_before(t, start, previous, previous_end, paragraph)
        previous, previous_end = speaker, end
        result.quoted.update(range(start, end + 1))
        for i in range(start, end + 1):
            if speaker is not None:
                result.speaker[i] = speaker
            if reporter is not None:
                result.reporter.setdefault(i, reporter)


def _opens_sentence(t: DocTables, start: int) -> bool:
    """Does the quotation starting at token ``start`` (its opening mark) open its sentence?"""
    return all(t.is_space[i] or t.text[i] in QUOTE_MARKS for i in range(t.sent_start[start], start + 1))


def _speaker_before(
    t: DocTables, start: int, previous: Span | None, previous_end: int, paragraph: list[int]
) -> Span | None:
    """The speaker of a quotation that names none, from the sentence before it in its paragraph.

    News goes on quoting the last speaker: '"...," he said. "We needed to cut expenses."'
    (the quotation just before, ending in that sentence, names the speaker) and 'Mr Fox said
    closures did not work. "This is about ..."' (the main verb of the sentence before is one
    of saying, believing or urging, its subject outside any quotation).
    """
    here = t.sent_number[start]
    if here == 0:
        return None
    before_start, before_end = t.sents[here - 1]
    if paragraph[before_start] != paragraph[start]:
        # a paragraph opening with a quotation right after one that ended in a quotation with
        # its speaker ('"...," he said.' / '"The BNP has tried ..."'): the same voice goes on
        if previous is not None and before_start <= previous_end < before_end + 1:
            return previous
        return None
    if previous is not None and previous_end >= before_start and paragraph[previous_end] == paragraph[start]:
        return previous
    if previous_end >= before_start:
        return None  # a quotation nobody was found to speak
    root = t.span_root(before_start, before_end)
    lemma = t.lemma_lower[root]
    if t.pos[root] not in VERB_POS or lemma not in COMMUNICATION_VERBS or lemma in SOURCE_VERBS:
        return None  # "Mr MacDonald believes detainees should be tried. "My own view is ...""
    subj = _subject(t, root)
    return _phrase(t, subj) if subj is not None else None


def _depths(start: int, end: int, heads: list[int]) -> dict[int, int]:
    """How many heads up from each token of ``doc[start:end]`` its root is, each computed once
    (``heads``: the head index of every token of the Doc)."""
    depth: dict[int, int] = {}
    for i in range(start, end):
        path: list[int] = []
        while i not in depth and heads[i] != i:
            path.append(i)
            i = heads[i]
        d = depth.setdefault(i, 0)
        for i in reversed(path):
            d += 1
            depth[i] = d
    return depth


def _paragraphs(t: DocTables) -> list[int]:
    """The paragraph number of every token."""
    out: list[int] = []
    number = 0
    for i in range(len(t.text)):
        out.append(number)
        number += _is_paragraph_break(t, i)
    return out


def _quote_source(
    t: DocTables, sources: Sources, start: int, end: int, paragraph: list[int]
) -> tuple[Span | None, Span | None]:
    """Who a quote is by: the subject of a verb of saying outside it, in a sentence it touches
    and in the same paragraph."""
    sents = []
    for number in (t.sent_number[start], t.sent_number[end]):
        if number not in sents:
            sents.append(number)
    speaker: Span | None = None
    reporter: Span | None = None
    for number in reversed(sents):
        sent_start, sent_end = t.sents[number]
        for verb in range(sent_start, sent_end):
            if start <= verb <= end or not _is_reporting_verb(t, verb):
                continue
            if paragraph[verb] != paragraph[start]:
                continue
            subj = _speaking_subject(t, verb)
            if subj is None or start <= subj <= end:
                continue
            if t.lemma_lower[verb] in SOURCE_VERBS:
                reporter = reporter or _phrase(t, subj)
            else:
                speaker = speaker or _phrase(t, subj)
        sent_speaker, sent_reporter = sources[number]
        speaker = speaker or sent_speaker
        reporter = reporter or sent_reporter
    return speaker, reporter

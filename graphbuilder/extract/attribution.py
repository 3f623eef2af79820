"""Who said it and who reported it: speakers of reported speech and quotes, and news sources.

- A reporting verb with a subject ("Putin emphasized", "he said") makes its subject the
  speaker of everything in its reported clause, and of every quote it introduces, even a
  quote running over several sentences; a participle or conjunct without its own subject
  speaks for the subject of the verb it hangs on ("Charities reacted, saying ...").
- A quotation opening a sentence without a speaker of its own goes on quoting the speaker
  of the sentence before it in the paragraph ('"...," he said. "We needed to cut costs."';
  'Mr Fox said closures did not work. "This is about ..."').
- "TASS reports" / "according to TASS" / "as quoted by Strana" / "as reported by X" name
  the reporter of the whole sentence (and of a quote it closes). "according to" a person
  names a speaker instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from graphbuilder.extract.labels import (
    ADVCL_DEPS,
    AGENT_DEPS,
    CLAUSE_DEPS,
    CONJ_DEPS,
    CONTROL_DEPS,
    NOUN_POBJ_DEPS,
    PARATAXIS_DEPS,
    QUOTE_MARKS,
    RELCL_DEPS,
    SUBJ_DEPS,
    WH_TAGS,
)
from graphbuilder.extract.spans import noun_phrase
from graphbuilder.lexicon import COMMUNICATION_VERBS, REPORTING_VERBS, SOURCE_VERBS
from graphbuilder.nlp.tables import doc_tables

#: Entity labels of a person: "according to <person>" names a speaker, not a reporter.
PERSON_LABELS = frozenset({"PERSON"})


@dataclass
class Attribution:
    """Speaker and reporter of the tokens of one document, by token index."""

    speaker: dict[int, Span] = field(default_factory=dict)
    reporter: dict[int, Span] = field(default_factory=dict)

    def speaker_of(self, tok: Token) -> Span | None:
        return self.speaker.get(tok.i)

    def reporter_of(self, tok: Token) -> Span | None:
        return self.reporter.get(tok.i)


def is_reporting_verb(tok: Token) -> bool:
    """True for a verb of saying ("said", "reports", "emphasized")."""
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORTING_VERBS


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``; for "who said" in a relative clause, the noun it modifies."""
    for child in verb.children:
        if child.dep_ in SUBJ_DEPS:
            if child.tag_ in WH_TAGS and verb.dep_ in RELCL_DEPS:
                return verb.head
            return child
    return None


def _speaking_subject(verb: Token) -> Token | None:
    """The subject of a verb of saying; for one without its own ("Charities reacted with alarm,
    *saying* the policy amounts to forcible removal"; "He denied it and *said* ..."), the
    subject of the verb it hangs on."""
    subj = _subject(verb)
    if subj is None and verb.dep_ in ADVCL_DEPS | CONJ_DEPS | CONTROL_DEPS and verb.head.i != verb.i:
        if verb.head.pos_ in ("VERB", "AUX"):
            subj = _subject(verb.head)
    return subj


def _sentence_sources(sent: Span) -> tuple[Span | None, Span | None]:
    """(speaker, reporter) named for the whole sentence: "according to X", "as quoted by X"."""
    speaker: Span | None = None
    reporter: Span | None = None
    for tok in doc_tables(sent.doc).tokens[sent.start : sent.end]:
        source: Token | None = None
        if tok.lower_ == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            source = next((c for c in to.children if c.dep_ in NOUN_POBJ_DEPS), None) if to else None
        elif tok.lemma_.lower() in ("quote", "report", "cite") and tok.tag_ == "VBN":
            agent = next((c for c in tok.children if c.dep_ in AGENT_DEPS), None)
            source = next((c for c in agent.children if c.dep_ in NOUN_POBJ_DEPS), None) if agent else None
        elif tok.lemma_.lower() in SOURCE_VERBS and tok.tag_ in ("VBZ", "VBD", "VBP"):
            source = _subject(tok)
        if source is None:
            continue
        if source.ent_type_ in PERSON_LABELS and tok.lower_ == "according":
            speaker = speaker or noun_phrase(source)
        else:
            reporter = reporter or noun_phrase(source)
    return speaker, reporter


def _quote_regions(doc: Doc) -> list[tuple[int, int, bool]]:
    """Quotations as token ranges ``(start, end, continued)``, paired mark by mark.

    News convention: a quote running over several paragraphs leaves each paragraph but the
    last unclosed and opens the next with a fresh mark. A quote therefore ends at a
    paragraph break, and the quote opening the next paragraph is ``continued`` from it.
    """
    regions: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    continued = False  # the open quote continues one left unclosed at a paragraph end
    carried = False  # the last paragraph ended inside a quote
    for tok in doc_tables(doc).tokens:
        if _is_paragraph_break(tok):
            carried = open_at is not None
            if open_at is not None:
                regions.append((open_at, max(open_at, tok.i - 1), continued))
                open_at = None
            continue
        if tok.is_space:
            continue
        follows_break = carried
        carried = False
        if tok.text not in QUOTE_MARKS:
            continue
        opening = tok.text in ("“", "``", "„", "«") or (tok.text == '"' and open_at is None)
        if open_at is not None and tok.text == '"' and _opens_a_word(tok):
            # paragraphs flattened into one line: an unclosed quote, then a fresh opening mark
            regions.append((open_at, tok.i - 1, continued))
            open_at, continued = tok.i, True
        elif open_at is None and (opening or tok.text == '"'):
            open_at, continued = tok.i, follows_break
        elif open_at is not None and not (tok.text in ("“", "``") and tok.i == open_at + 1):
            regions.append((open_at, tok.i, continued))
            open_at = None
    return regions


def _opens_a_word(tok: Token) -> bool:
    """A straight quote mark with a space before and a word glued after it: an opening one."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or tok.whitespace_:
        return False
    return bool(doc[tok.i - 1].whitespace_) and doc[tok.i + 1].text[:1].isalnum()


def _is_paragraph_break(tok: Token) -> bool:
    """A blank line, or a line break after a sentence end (hard-wrapped lines are no break)."""
    if not (tok.is_space and "\n" in tok.text):
        return False
    before = tok.doc[tok.i - 1].text if tok.i else ""
    return "\n\n" in tok.text or before[-1:] in {".", "!", "?", '"', "”", ":"}


def attribute(doc: Doc) -> Attribution:
    """Speaker and reporter for every token of ``doc`` that has them."""
    result = Attribution()
    _attribute_sentences(doc, result)
    _attribute_quotations(doc, result)
    return result


def _attribute_sentences(doc: Doc, result: Attribution) -> None:
    """Each sentence's own sources ("according to X"), then the clauses of verbs of saying."""
    tables = doc_tables(doc)
    sources = {sent.start: _sentence_sources(sent) for sent in doc.sents}
    for sent in doc.sents:
        speaker, reporter = sources[sent.start]
        tokens = tables.tokens[sent.start : sent.end]
        for tok in tokens:
            if reporter is not None:
                result.reporter[tok.i] = reporter
            if speaker is not None and tok.lower_ != "according":
                result.speaker.setdefault(tok.i, speaker)
        # the outermost speaker wins: Putin proposed that Kyiv order troops to ... -> Putin
        depth = _depths(sent, tables.heads)
        for verb in sorted(tokens, key=lambda t: depth[t.i]):
            if not (verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in COMMUNICATION_VERBS):
                continue
            subj = _speaking_subject(verb)
            if subj is None:
                continue
            if verb.lemma_.lower() in SOURCE_VERBS:
                continue
            who = noun_phrase(subj)
            for clause_head in verb.children:
                if clause_head.dep_ in CLAUSE_DEPS or (
                    clause_head.dep_ in PARATAXIS_DEPS and is_reporting_verb(verb)
                ):
                    for tok in clause_head.subtree:
                        result.speaker.setdefault(tok.i, who)


def _attribute_quotations(doc: Doc, result: Attribution) -> None:
    """Quotations: the speaker they name, carry over or continue from the sentence before."""
    previous: Span | None = None
    previous_end = -1
    paragraph = _paragraphs(doc)
    sentences = list(doc.sents)
    sentence_at = {i: n for n, sent in enumerate(sentences) for i in range(sent.start, sent.end)}
    for start, end, continued in _quote_regions(doc):
        speaker, reporter = _quote_source(doc, start, end, paragraph)
        if speaker is None and continued:
            speaker = previous  # a quote carried over a paragraph break keeps its speaker
        if speaker is None and _opens_sentence(doc, start, sentences, sentence_at):
            speaker = _speaker_before(doc, start, previous, previous_end, paragraph, sentences, sentence_at)
        previous, previous_end = speaker, end
        for i in range(start, end + 1):
            if speaker is not None:
                result.speaker[i] = speaker
            if reporter is not None:
                result.reporter.setdefault(i, reporter)


def _opens_sentence(doc: Doc, start: int, sentences: list[Span], sentence_at: dict[int, int]) -> bool:
    """Does the quotation starting at token ``start`` (its opening mark) open its sentence?"""
    sent = sentences[sentence_at[start]]
    return all(t.is_space or t.text in QUOTE_MARKS for t in doc[sent.start : start + 1])


def _speaker_before(
    doc: Doc,
    start: int,
    previous: Span | None,
    previous_end: int,
    paragraph: list[int],
    sentences: list[Span],
    sentence_at: dict[int, int],
) -> Span | None:
    """The speaker of a quotation that names none, from the sentence before it in its paragraph.

    News goes on quoting the last speaker: '"...," he said. "We needed to cut expenses."'
    (the quotation just before, ending in that sentence, names the speaker) and 'Mr Fox said
    closures did not work. "This is about ..."' (the main verb of the sentence before is one
    of saying, believing or urging, its subject outside any quotation).
    """
    here = sentence_at[start]
    if here == 0:
        return None
    before = sentences[here - 1]
    if paragraph[before.start] != paragraph[start]:
        return None
    if previous is not None and previous_end >= before.start and paragraph[previous_end] == paragraph[start]:
        return previous
    if previous_end >= before.start:
        return None  # a quotation nobody was found to speak
    root = before.root
    lemma = root.lemma_.lower()
    if root.pos_ not in ("VERB", "AUX") or lemma not in COMMUNICATION_VERBS or lemma in SOURCE_VERBS:
        return None  # "Mr MacDonald believes detainees should be tried. "My own view is ...""
    subj = _subject(root)
    return noun_phrase(subj) if subj is not None else None


def _depths(sent: Span, heads: list[int]) -> dict[int, int]:
    """How many heads up from each token of ``sent`` its root is, each computed once
    (``heads``: the head index of every token of the Doc)."""
    depth: dict[int, int] = {}
    for i in range(sent.start, sent.end):
        path: list[int] = []
        while i not in depth and heads[i] != i:
            path.append(i)
            i = heads[i]
        d = depth.setdefault(i, 0)
        for i in reversed(path):
            d += 1
            depth[i] = d
    return depth


def _paragraphs(doc: Doc) -> list[int]:
    """The paragraph number of every token."""
    out: list[int] = []
    number = 0
    for tok in doc_tables(doc).tokens:
        out.append(number)
        number += _is_paragraph_break(tok)
    return out


def _quote_source(doc: Doc, start: int, end: int, paragraph: list[int]) -> tuple[Span | None, Span | None]:
    """Who a quote is by: the subject of a verb of saying outside it, in a sentence it touches
    and in the same paragraph."""
    sents = []
    for sent in (doc[start].sent, doc[end].sent):
        if sent not in sents:
            sents.append(sent)
    speaker: Span | None = None
    reporter: Span | None = None
    for sent in reversed(sents):
        for verb in sent:
            if start <= verb.i <= end or not is_reporting_verb(verb):
                continue
            if paragraph[verb.i] != paragraph[start]:
                continue
            subj = _speaking_subject(verb)
            if subj is None or start <= subj.i <= end:
                continue
            if verb.lemma_.lower() in SOURCE_VERBS:
                reporter = reporter or noun_phrase(subj)
            else:
                speaker = speaker or noun_phrase(subj)
        sent_speaker, sent_reporter = _sentence_sources(sent)
        speaker = speaker or sent_speaker
        reporter = reporter or sent_reporter
    return speaker, reporter

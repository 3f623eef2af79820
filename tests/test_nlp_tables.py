"""Doc tables: every list holds what the spaCy Token, Span and Doc attributes give."""

from __future__ import annotations

import gc
import weakref

from spacy.tokens import Doc

from graphbuilder.nlp.tables import RECENT_DOCS, doc_tables, forget_tables, span_text

TEXT = (
    "Russian President Vladimir Putin met Hungary's prime minister, Viktor Orban, in Moscow on Tuesday.\n\n"
    '"We will not back down," the spokesman said, according to TASS. '
    "Troops stationed near the border were told to leave by the Commission (EC) -- officials said.  "
    "It emerged that 8 % of the 1,000 workers who had been laid off wanted to appeal to the court."
)


def _assert_matches_spacy(doc: Doc) -> None:
    t = doc_tables(doc)
    assert len(t.tokens) == len(doc)
    assert t.doc_text == doc.text
    assert t.sents == [(s.start, s.end) for s in doc.sents]
    sent_starts = [s.start for s in doc.sents]
    for tok in doc:
        i = tok.i
        assert t.tokens[i].i == i
        assert t.heads[i] == tok.head.i
        assert (t.text[i], t.lower[i], t.lemma[i]) == (tok.text, tok.lower_, tok.lemma_)
        assert (t.lemma_lower[i], t.space_after[i]) == (tok.lemma_.lower(), bool(tok.whitespace_))
        assert (t.pos[i], t.tag[i], t.dep[i], t.ent_type[i]) == (tok.pos_, tok.tag_, tok.dep_, tok.ent_type_)
        assert (t.is_punct[i], t.is_space[i], t.idx[i]) == (tok.is_punct, tok.is_space, tok.idx)
        assert list(t.kids[i]) == [c.i for c in tok.children]
        assert list(t.subtree(i)) == [s.i for s in tok.subtree]
        assert t.descendants(i)[0] == i and sorted(t.descendants(i)) == sorted(s.i for s in tok.subtree)
        assert (t.left_edge(i), t.right_edge(i)) == (tok.left_edge.i, tok.right_edge.i)
        assert (t.sent_start[i], t.sent_number[i]) == (tok.sent.start, sent_starts.index(tok.sent.start))
    for start in range(len(doc) + 1):
        for end in range(start, min(len(doc), start + 6) + 1):
            span = doc[start:end]
            assert t.span_text(start, end) == span.text == span_text(span)
            assert (t.char_start(start), t.char_end(start, end)) == (span.start_char, span.end_char)
            if end > start:
                assert t.span_root(start, end) == span.root.i
    for sent in doc.sents:
        assert t.span_root(sent.start, sent.end) == sent.root.i


def test_tables_of_a_parsed_text_match_the_token_attributes(nlp) -> None:
    _assert_matches_spacy(nlp(TEXT))


def test_tables_of_a_non_projective_tree_match_spacy(nlp) -> None:
    # "A hearing is scheduled on the issue today": "on the issue" hangs on "hearing" across "is scheduled"
    words = ["A", "hearing", "is", "scheduled", "on", "the", "issue", "today", "."]
    heads = [1, 3, 3, 3, 1, 6, 4, 3, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "npadvmod", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    _assert_matches_spacy(doc)
    assert doc_tables(doc).kids[1] == [0, 4]


def test_tables_of_an_empty_doc_are_empty(nlp) -> None:
    t = doc_tables(nlp(""))
    assert t.tokens == [] and t.sents == [] and t.doc_text == "" and t.span_text(0, 0) == ""


def test_forgotten_tables_are_made_again_from_the_changed_doc(nlp) -> None:
    doc = nlp("Viktor Orban met Vladimir Putin in Moscow.")
    before = doc_tables(doc)
    assert doc_tables(doc) is before  # made once
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    forget_tables(doc)
    after = doc_tables(doc)
    assert after is not before
    assert after.text[0] == "Viktor Orban"
    _assert_matches_spacy(doc)


def test_only_the_docs_read_last_keep_their_tables(nlp) -> None:
    # the tables hold the Doc's Tokens: kept for every Doc, every Doc of a build would stay in memory
    first = nlp("Putin met Orban.")
    gone = weakref.ref(first)
    doc_tables(first)
    del first
    for k in range(RECENT_DOCS):
        doc_tables(nlp(f"Orban met Putin {k} times."))
    gc.collect()
    assert gone() is None


def test_the_root_of_a_span_without_the_sentence_root_is_the_token_nearest_it(nlp) -> None:
    doc = nlp("The minister of the interior of France resigned on Tuesday.")
    t = doc_tables(doc)
    # "of the interior of France": "of" hangs on "minister", outside the span
    assert t.span_root(2, 7) == 2 == doc[2:7].root.i
    # two tokens whose heads lie outside the span, equally far from the root: the first wins
    assert t.span_root(1, 9) == doc[1:9].root.i


def test_tables_read_the_same_strings_when_the_known_strings_are_emptied(nlp, monkeypatch) -> None:
    import graphbuilder.nlp.tables as tables

    monkeypatch.setattr(tables, "KNOWN_STRINGS_LIMIT", 5)
    for text in ("Putin met Orban in Moscow on Tuesday.", TEXT):
        _assert_matches_spacy(nlp(text))  # emptied again and again: every string looked up anew
    assert len(tables._KNOWN_STRINGS) > 5

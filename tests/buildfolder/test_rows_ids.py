"""An article's rows and named graph are made with the statement and evidence ids worked
out once (``rows.statement_ids``): the named graph is the one the pairs in stored order map
to, with repeated statements and repeated evidence kept once, and a statement's modality is
the model's one rule wherever it is read."""

from __future__ import annotations

import itertools

from graphbuilder.buildfolder.rows import (
    GRAPH_BASE,
    article_rows,
    graph_text,
    named_graph,
    statement_ids,
    stored_order,
)
from graphbuilder.model import (
    MODALITIES,
    Argument,
    Article,
    Evidence,
    Sentence,
    Statement,
    statement_modality,
)
from graphbuilder.resolve import ArticleGraph
from graphbuilder.sinks.rdf import Iris, article_graph_triples
from graphbuilder.sinks.trig import TrigText

TEXT = "Putin met Orban. Orban met Putin. Putin denied it."


def _evidence(sentence: Sentence, rel: int, modality: str | None = None) -> Evidence:
    return Evidence(
        article_id="a1",
        sentence=sentence,
        subject=Argument("Putin", sentence.start, sentence.start + 5, "putin", "Putin", "Person"),
        relation_text="met",
        relation_start=rel,
        relation_end=rel + 3,
        object=Argument("Orban", rel + 4, rel + 9, "orban", "Orban", "Person"),
        modality=modality,
    )


def _article_graph() -> ArticleGraph:
    article = Article(id="a1", text=TEXT, title="Talks")
    s0, s1, s2 = (Sentence("a1", 0, 0, 16, TEXT[0:16]), Sentence("a1", 1, 17, 33, TEXT[17:33]),
                  Sentence("a1", 2, 34, 50, TEXT[34:50]))
    later, earlier = _evidence(s1, 23), _evidence(s0, 6, "reported")
    met = Statement("putin", "met", "orban", evidence=(later, earlier))
    again = Statement("putin", "met", "orban", evidence=(earlier,))  # the same key and evidence again
    denied = Statement("putin", "deny", object_literal="it", negated=True, evidence=(_evidence(s2, 40),))
    return ArticleGraph(article, (s0, s1, s2), (), (), (met, denied, again))


def test_named_graph_is_the_trig_of_the_pairs_in_stored_order() -> None:
    ag = _article_graph()
    met, denied, _ = ag.statements
    expected_pairs = [  # by statement id, then sentence and relation start; repeated evidence once
        (st.id, ev)
        for st in sorted([met, denied], key=lambda st: st.id)
        for ev in sorted(dict.fromkeys(st.evidence), key=lambda e: (e.sentence.index, e.relation_start))
    ]
    pairs = list(stored_order(ag.statements))
    assert [(st.id, ev) for st, ev in pairs] == expected_pairs
    assert len(pairs) == 3 and all(ev in st.evidence for st, ev in pairs)

    iris = Iris(GRAPH_BASE)
    expected = TrigText(GRAPH_BASE).graphs(
        [(iris.article("a1"), article_graph_triples(ag.article, ag.sentences, (), pairs, iris))])
    assert expected.count("hasEvidence") == 3
    made = named_graph(ag)
    assert made is not None and graph_text(made).decode("utf-8") == expected
    assert named_graph(ag, statement_ids(ag.statements)) == made


def test_rows_carry_the_ids_of_the_model() -> None:
    ag = _article_graph()
    rows = article_rows(ag)
    assert [s[0] for s in rows.statements] == [st.id for st in ag.statements]
    ids = [(st.id, ev.id) for st in ag.statements for ev in st.evidence]
    assert [(e[0], e[1]) for e in rows.evidence] == ids
    assert statement_ids(ag.statements) == [(st.id, [ev.id for ev in st.evidence]) for st in ag.statements]


def test_the_counts_read_the_modality_the_model_gives() -> None:
    """``model.statement_modality`` (what the counts apply to stored modalities) and
    ``Statement.modality`` apply one rule: asserted when any sentence asserts, else the most
    frequent modality (ties in the order of MODALITIES), negated for a denied statement."""
    s0 = Sentence("a1", 0, 0, 16, TEXT[0:16])
    said_options = (None, "asserted", *MODALITIES[2:])
    for n in range(4):
        for said in itertools.product(said_options, repeat=n):
            for negated in (False, True):
                evidence = tuple(_evidence(s0, 6 + k, m) for k, m in enumerate(said))
                st = Statement("putin", "met", "orban", negated=negated, evidence=evidence)
                assert statement_modality(negated, said) == st.modality
    assert statement_modality(False, ["possible", "reported", "reported"]) == "reported"
    assert statement_modality(False, ["possible", "reported"]) == "possible"
    assert statement_modality(False, ["possible", None]) == "asserted"
    assert statement_modality(True, ["possible"]) == "negated"
    assert statement_modality(False, []) == "asserted"

"""What a pipeline makes of an article does not depend on the articles it read before.

The Doc tables (:mod:`graphbuilder.nlp.tables`) keep the Doc read last at hand and the
article resolver keeps the referent of each span it was asked about: neither may carry
anything from one article into the next.
"""

from __future__ import annotations

from graphbuilder.ingest import article_from_text
from graphbuilder.nlp.tables import doc_tables, tables_of
from graphbuilder.pipeline import Pipeline

FIRST = (
    "Thousands of Iraqi Kurds protested in Kirkuk on Monday. "
    "Russian President Vladimir Putin met Hungary's prime minister, Viktor Orban, in Moscow on Tuesday. "
    '"We will not back down," he said. Thousands of Iraqi Kurds protested in Kirkuk.'
)
SECOND = (
    "Sales at Barclays bank fell sharply in March. "
    "The company said it would cut 200 jobs. Its chief executive, Mary Fisher, told reporters "
    "that she expected the board to approve the plan. Mr Smith criticised the plan."
)


def test_two_articles_give_the_same_graphs_in_either_order(nlp) -> None:
    pipeline = Pipeline()
    first, second = article_from_text(FIRST, id="first"), article_from_text(SECOND, id="second")
    in_order = [pipeline.process(a, nlp(a.text)) for a in (first, second)]
    reversed_order = [pipeline.process(a, nlp(a.text)) for a in (second, first)]
    assert in_order[0].statements and in_order[1].statements  # both articles say something
    assert in_order == reversed_order[::-1]
    # the same token span as "Thousands of Iraqi Kurds" (who protested: the Kurds) is, here,
    # "Sales at Barclays bank": the sales fell, not the bank
    sales = in_order[1].statements[0].evidence[0].subject
    assert (sales.text, sales.name) == ("Sales at Barclays bank", "sales")
    kurds = in_order[0].statements[0].evidence[0].subject
    assert (kurds.text, kurds.name) == ("Thousands of Iraqi Kurds", "Kurds")
    # the same article again, after the other one: the same graph
    assert pipeline.process(first, nlp(first.text)) == in_order[0]


def test_the_tables_of_a_token_are_those_of_its_own_doc(nlp) -> None:
    a, b = nlp(FIRST), nlp(SECOND)
    ta, tb = doc_tables(a), doc_tables(b)
    for _ in range(2):  # either Doc read last
        assert tables_of(a[0]) is ta and tables_of(b[0]) is tb
        assert tables_of(b[3]).text[3] == b[3].text and tables_of(a[3]).text[3] == a[3].text

"""A reflexive ("himself", "itself", "themselves") is bound within its clause: it means the
subject of its own clause, or of the clause that controls it, and never someone named further
away, as a "he" may (issue 9, class 2: made-up sentences, real parses)."""

from __future__ import annotations

import pytest

from tests.resolve.test_pronouns_and_surnames import referent


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        (
            "Prime Minister John Howard met the Israeli leader Ariel Sharon on Monday. "
            "Earlier a Palestinian gunman tried to blow himself up at a bus station.",
            "himself",
        ),
        (
            "President George Bush met Tony Blair. A militant had strapped explosives to himself.",
            "himself",
        ),
        (
            "Defence Minister Peter Vance visited the base on Tuesday. "
            "Hours later a young soldier shot himself during an exercise.",
            "himself",
        ),
        (
            "Foreign Minister Anna Kerr arrived in Rome on Friday. "
            "Outside, a protester chained herself to the gates of the embassy.",
            "herself",
        ),
    ],
)
def test_a_reflexive_of_someone_unnamed_is_no_one_named_before(resolve_text, text: str, pronoun: str) -> None:
    assert referent(resolve_text(text), pronoun) is None


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        (
            "Ross Perot met voters in Ohio. Mr Perot said he would defend himself in court.",
            "himself",
            "Ross Perot",
        ),
        (
            "Senator Mary Cole met Governor John Stone, who found himself isolated at the summit.",
            "himself",
            "John Stone",
        ),
    ],
)
def test_a_reflexive_means_the_subject_of_its_clause(
    resolve_text, text: str, pronoun: str, expected: str
) -> None:
    assert referent(resolve_text(text), pronoun) == expected


def test_a_reflexive_object_is_its_subject_however_the_subject_was_resolved(resolve_text) -> None:
    # the "it" below the MP's words is Labor in the statement; its reflexive never names the seat
    graph = resolve_text(
        "The Member for Geelong says Labor gained votes after it separated itself from the unions in 2001."
    )
    separated = [s for s in graph.statements if s.predicate == "separated"]
    assert separated and all(s.object_id is None for s in separated)


def test_a_reflexive_object_with_words_after_it_is_its_subject(nlp) -> None:
    # an object phrase that starts with the reflexive ("itself from the unions") is the
    # reflexive too: it keeps its words, never the body its speaker stands for
    from graphbuilder.ingest import article_from_text
    from graphbuilder.pipeline import Pipeline
    from tests.resolve.conftest import make_candidate

    article = article_from_text(
        "The Member for Geelong says Labor gained votes after it separated itself from the unions in 2001."
    )
    doc = nlp(article.text)
    cand = make_candidate(doc, "it", "separated", "itself from the unions", speaker="The Member for Geelong")
    graph = Pipeline(extractor=lambda _doc, _article: [cand]).process(article, doc)
    assert [s.object_id for s in graph.statements] == [None]

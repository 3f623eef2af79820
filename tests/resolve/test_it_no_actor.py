"""An "it" the text does not give to an actor (issue 9, session 26, class 2): a quoted "it" is
not its quotation's speaker (but one in a quoted fragment of reported speech may be), nor an
"it" a speaker NER took for no person when the article names them as one; an "it" that
stands for a clause after an adjective ("is it legal for a mayor to ...", "it was highly
likely all lenders would ...") or in the idiom "when it comes to" is no one. Made-up
sentences, real parses."""

from __future__ import annotations

import pytest

from graphbuilder.ingest import article_from_text
from graphbuilder.resolve.article import ArticleResolver
from graphbuilder.resolve.gazetteer import load_gazetteer


def subject_name(graph, text: str) -> str | None:
    """The entity name of the first statement whose subject is ``text`` (None: no statement)."""
    names = {e.id: e.name for e in graph.entities}
    for st in graph.statements:
        if st.evidence[0].subject.text == text:
            return names.get(st.subject_id)
    return None


def sieve_referent(nlp, text: str, pronoun: str) -> str | None:
    """The first words of the cluster the first mention ``pronoun`` joins (None: unresolved),
    also for a pronoun no statement takes as an argument."""
    article = article_from_text(text)
    doc = nlp(article.text)
    sieve = ArticleResolver(article, doc, load_gazetteer()).sieve
    for m in sieve.mentions:
        if m.kind == "pronoun" and doc[m.start].text == pronoun:
            c = sieve.cluster_of(m)
            return None if c is None else " ".join(c.mentions[0].words)
    return None


@pytest.mark.parametrize(
    "text",
    [
        'Northwind Holdings said the minister had changed his tone. "It was presidential," '
        "Northwind Holdings said.",
        "Northwind Holdings said on Monday that the minister had changed his tone. "
        '"It has hurt the markets," Northwind Holdings said.',
    ],
)
def test_a_quoted_it_is_not_its_speaker(resolve_text, text: str) -> None:
    assert subject_name(resolve_text(text), "It") in {None, "It"}


def test_an_it_in_a_quoted_fragment_of_reported_speech_is_still_the_speaker(resolve_text) -> None:
    graph = resolve_text(
        "Norway's foreign ministry said it makes it \"clear with all diplomatic missions in Norway that it "
        'expects foreign diplomats to abide by Norwegian law".'
    )
    names = {e.id: e.name for e in graph.entities}
    expects = [st for st in graph.statements if st.predicate == "expected"]
    assert expects and names.get(expects[0].subject_id) == "foreign ministry"


def test_an_it_a_person_said_is_not_that_person(resolve_text) -> None:
    graph = resolve_text(
        "Suleiman Shaheen runs the farm. Shaheen told reporters that even if the law were overturned, "
        "it would mark a small victory."
    )
    assert subject_name(graph, "it") in {None, "it"}


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("Northwind Holdings asked whether it was legal for a mayor to ban a march.", "it"),
        ("Northwind Holdings backs the plan but refuses to cooperate when it comes to pay.", "it"),
    ],
)
def test_an_it_standing_for_a_clause_or_in_an_idiom_is_no_one(nlp, text: str, pronoun: str) -> None:
    assert sieve_referent(nlp, text, pronoun) is None


def test_an_it_of_likely_before_a_clause_is_no_one(nlp) -> None:
    text = (
        "NWH was wound up on that date. The directors were told it was highly likely all lenders would not "
        "receive 100 per cent returns."
    )
    assert sieve_referent(nlp, text, "it") is None


@pytest.mark.parametrize(
    "text",
    [
        "Northwind Holdings said it was keen for the deal to go ahead.",  # an actor's will
        "Northwind Holdings said it was likely to raise prices.",  # an actor likely to act
    ],
)
def test_an_it_that_wants_or_is_likely_to_act_still_refers(nlp, text: str) -> None:
    assert sieve_referent(nlp, text, "it") == "Northwind Holdings"


@pytest.mark.parametrize(
    "text",
    [
        "The Northwind Party raised taxes when it came to power in 1997.",  # no idiom: to office
        "Northwind Holdings said it was uncertain.",  # likely/certain with no clause after it
        "Northwind Holdings said it was doubtful about the plan.",
        "Northwind Holdings said it was too small for investors to notice.",  # degree, not a clause
    ],
)
def test_an_it_that_came_to_power_or_is_uncertain_or_too_small_still_refers(nlp, text: str) -> None:
    assert sieve_referent(nlp, text, "it") in {"Northwind Party", "The Northwind Party", "Northwind Holdings"}

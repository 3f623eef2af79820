"""A statement is not pinned on an actor who cannot be its subject (made-up sentences, real
parses): a pronoun goes to the speaker of its clause only when they agree; a subject
pronoun is never a name in its own clause (principle C); a surname two people in the
article share joins neither of them."""

from __future__ import annotations

import pytest

from graphbuilder.resolve import ArticleGraph
from tests.resolve.test_pronouns_and_surnames import referent


def subjects_of(graph: ArticleGraph, pronoun: str) -> list[str]:
    """The subject entity names of the statements whose subject is the word ``pronoun``."""
    names = {e.id: e.name for e in graph.entities}
    return [
        names.get(s.subject_id, s.subject_id)
        for s in graph.statements
        if s.evidence[0].subject.text == pronoun
    ]


@pytest.mark.parametrize(
    ("text", "pronoun", "wrong"),
    [
        # a thing cannot speak of itself as "they"
        (
            "Scientists met on Monday. Investigations have suggested that they may be harmful to children.",
            "they",
            "investigations",
        ),
        # a person is never "it"
        ("Sales fell sharply. An M&S spokesman said it had no evidence of fraud.", "it", "spokesman"),
        # one person is never "they"
        ("Shares rose. A spokesman said they would review the decision.", "they", "spokesman"),
        # nor one body: "they" here are the men, not the ministry
        (
            "Four men were held for two years. The ministry says they were freed after the "
            "government promised they would not be a threat.",
            "they",
            "ministry",
        ),
    ],
)
def test_speaker_must_agree_with_the_pronoun(resolve_text, text: str, pronoun: str, wrong: str) -> None:
    subjects = subjects_of(resolve_text(text), pronoun)
    assert subjects, "the sentence should still give a statement"
    assert all(wrong not in name.lower() for name in subjects), subjects


@pytest.mark.parametrize(
    ("text", "pronoun", "speaker"),
    [
        (
            "Profits at Northgate Holdings rose. The company said it would cut 500 jobs next year.",
            "it",
            "northgate",
        ),
        ("The talks ended. Analysts said they expected a deal within weeks.", "they", "analysts"),
        ("The talks ended. Observers said they thought the firm would pull out.", "they", "observers"),
    ],
)
def test_speaker_that_agrees_keeps_the_pronoun(resolve_text, text: str, pronoun: str, speaker: str) -> None:
    subjects = subjects_of(resolve_text(text), pronoun)
    assert subjects and all(speaker in name.lower() for name in subjects), subjects


@pytest.mark.parametrize(
    "text",
    [
        "Mr Blair met the chancellor on Monday. Afterwards he said he still trusted Mr Blair.",
        "Tony Blair faced questions about the war. He insisted he still trusted Mr Blair.",
        "Mr Blair returned from Africa. He told reporters that the party still backed Mr Blair.",
    ],
)
def test_subject_pronoun_is_not_a_name_in_its_own_clause(resolve_text, text: str) -> None:
    subjects = subjects_of(resolve_text(text), "he") + subjects_of(resolve_text(text), "He")
    assert subjects and all("Blair" not in name for name in subjects), subjects


def test_a_name_in_an_adverbial_clause_is_outside_the_pronoun_clause(resolve_text) -> None:
    graph = resolve_text(
        "Tony Blair returned to London. It was claimed he had been embarrassed by the fact "
        "that Gordon Brown took the initiative while Mr Blair was still on holiday."
    )
    assert referent(graph, "he") == "Tony Blair"


def test_subject_pronoun_still_takes_a_name_outside_its_clause(resolve_text) -> None:
    graph = resolve_text(
        "Mr Blair faced questions about the war. He insisted he still trusted his ministers."
    )
    assert referent(graph, "He") == "Blair"
    assert referent(graph, "he") == "Blair"


def test_a_surname_two_people_share_joins_neither(resolve_text) -> None:
    graph = resolve_text(
        "The Tory director denied warning Michael Howard about the election. "
        "He once helped Australia's prime minister, John Howard, win four elections. "
        "Mr Howard appointed him last October."
    )
    names = {e.id: e for e in graph.entities}
    howard = [s for s in graph.statements if s.evidence[0].subject.text == "Mr Howard"]
    assert howard
    for s in howard:
        ent = names[s.subject_id]
        assert ent.gazetteer_id is None and ent.name not in {"John Howard", "Michael Howard"}
    # one Howard in the article: the surname is that person
    graph = resolve_text(
        "Australia's prime minister, John Howard, won the election. Mr Howard thanked voters."
    )
    assert referent(graph, "Mr Howard") == "John Howard"


def test_a_surname_alone_links_to_a_known_person_only_when_the_article_agrees(resolve_text) -> None:
    # the article names only Britain: a lone "Sarkozy" is not France's president
    graph = resolve_text("British voters go to the polls in May. Sarkozy said the campaign had been fair.")
    assert referent(graph, "Sarkozy") != "Nicolas Sarkozy"
    graph = resolve_text("French voters go to the polls in May. Sarkozy said the campaign had been fair.")
    assert referent(graph, "Sarkozy") == "Nicolas Sarkozy"
    # an article that names no country contradicts nothing
    graph = resolve_text("Voters go to the polls in May. Sarkozy said the campaign had been fair.")
    assert referent(graph, "Sarkozy") == "Nicolas Sarkozy"

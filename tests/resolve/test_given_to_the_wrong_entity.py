"""Pronouns of things and names given to the wrong entity (session 31, J24's classes "pronouns
wrong" and "entity names"): an "it" whose verb takes an object and an infinitive, an "it"
explained by a cause or judged groundless, a maker named
in a model's name, a person "of" a firm in one span, the "I" of a quotation inside a
quotation, an armed group's acronym with nothing of its country in the article, the words of
a minister's portfolio. Made-up sentences, real parses; each fails without its rule."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from graphbuilder.resolve import ArticleGraph
from graphbuilder.resolve.mentions import _person_of_body
from tests.resolve.test_pronouns_and_surnames import referent


def _names(graph: ArticleGraph) -> set[str]:
    return {e.name for e in graph.entities}


def _argument_names(graph: ArticleGraph, text: str) -> list[str | None]:
    """What each statement argument spelt ``text`` resolved to."""
    return [
        a.name
        for st in graph.statements
        for ev in st.evidence
        for a in (ev.subject, ev.object)
        if a.text == text
    ]


# --- an infinitive after the object is no intention of the "it" --------------------------


def test_it_including_a_thing_to_do_something_is_the_thing_proposed(resolve_text) -> None:
    # "include a board to test" hangs the infinitive on the verb; the scheme is as likely "it"
    graph = resolve_text(
        "The Ministry of Fisheries said the checks were vital. But the Ministry of Fisheries "
        "has proposed a different scheme of permits. It would include a compulsory, "
        "outside review board to test what trawler crews know."
    )
    assert referent(graph, "It") != "Ministry of Fisheries"


def test_it_still_means_to_act_as_an_organisation(resolve_text) -> None:
    graph = resolve_text("Acme Foods said profits rose. It wants to open ten new stores next year.")
    assert referent(graph, "It") == "Acme Foods"


@pytest.mark.parametrize(
    "text",
    [
        # a passive whose subject a cause explains: the strike, not the ministry
        "The Interior Ministry did not say what caused the walkout, though some papers have guessed "
        "that it may have been related to a row over rosters.",
        "The Interior Ministry condemned the bombing. It was motivated by revenge, officials believe.",
        # an adjective that judges a claim: the reports, not the firm
        "Acme Foods said on Monday that reports of a takeover were wrong. It is groundless, a "
        "spokesman for Acme Foods said.",
        "Acme Foods has been accused of hiding losses. Acme Foods says it is baseless.",
    ],
)
def test_it_explained_by_a_cause_or_judged_groundless_is_no_organisation(resolve_text, text: str) -> None:
    graph = resolve_text(text)
    assert referent(graph, "it") is None and referent(graph, "It") is None


def test_it_founded_by_people_is_still_the_firm(resolve_text) -> None:
    graph = resolve_text("Acme Foods was fined last year. It was founded in 1990 by two brothers.")
    assert referent(graph, "It") == "Acme Foods"


# --- a maker's name with a model number names the machine ---------------------------------


def test_a_model_named_by_its_maker_is_no_business_the_airline_means(resolve_text) -> None:
    graph = resolve_text(
        "Three Borduria Air jets were grounded after a wheel came off. A wheel came off a plane "
        "as it neared Varna Airport, the Bordurian carrier said on Tuesday. A Saab 2000 carrying "
        "52 passengers and crew touched down safely in Varna on Sunday. The Varna-based airline "
        "said it had grounded four more of its jets."
    )
    assert referent(graph, "The Varna-based airline") != "Saab"
    assert referent(graph, "it", 1) != "Saab"


# --- "Jo Roe of Acme": a person and the firm ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            'Ruritania Telecom has grown fast this year. "We try to win the trust of our customers. '
            'We are honest with them," says Zhang of Ruritania Telecom.',
            "Zhang",
            "Ruritania Telecom",
        ),
        (
            'Jo Cao runs the European arm of Borduria Telecom. "We do not make promises we cannot '
            'keep," says Cao of Borduria Telecom.',
            "Jo Cao",
            "Borduria Telecom",
        ),
    ],
)
def test_a_person_of_a_firm_is_no_node_of_both(resolve_text, text: str, person: str, body: str) -> None:
    graph = resolve_text(text)
    names = _names(graph)
    assert person in names and body in names
    assert not any(" of " in n for n in names)
    assert all(n != f"{person.split()[-1]} of {body}" for n in _argument_names(graph, "We"))


@pytest.mark.parametrize(
    ("text", "name", "split"),
    [
        ("said Jo Roe of Acme Telecom on Monday.", "Jo Roe of Acme Telecom", ("Jo Roe", "Acme Telecom")),
        ("said Ana Lee of the Miners Union.", "Ana Lee of the Miners Union", ("Ana Lee", "Miners Union")),
        ("said Lord Roe of Kelvin on Monday.", "Roe of Kelvin", None),  # a peer's title
        ("said Prince Jo of Borduria.", "Prince Jo of Borduria", None),
    ],
)
def test_a_persons_span_running_on_over_of(nlp, text: str, name: str, split: tuple[str, str] | None) -> None:
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    found = _person_of_body(doc, Span(doc, span.start, span.end, label="PERSON"))
    assert (found and (found[0].text, found[1].text)) == split


def test_a_body_named_with_of_stays_one_name(resolve_text) -> None:
    graph = resolve_text(
        'Mark Bailey spoke first. The Bank of England raised rates. "We will act," Bailey said.'
    )
    assert "Bank of England" in _names(graph)


# --- the "I" of a quotation inside a quotation -------------------------------------------


def test_the_i_of_someone_quoted_by_the_speaker_is_not_the_speaker(resolve_text) -> None:
    graph = resolve_text(
        "\"He had mud on his boots, and he said, 'Uncle, I need to show you what I found "
        "by the river,'\" Sam Okafor said."
    )
    assert "Sam Okafor" not in _argument_names(graph, "I")


def test_the_speakers_own_i_is_still_the_speaker(resolve_text) -> None:
    graph = resolve_text('"I will sue the council," Mary Roe said.')
    assert _argument_names(graph, "I") == ["Mary Roe"]


def test_the_speaker_asking_in_their_own_words_is_still_me(resolve_text) -> None:
    graph = resolve_text(
        "\"I'd write to them, 'Why would they try to keep the dog from me?' It has bitten nobody,\" "
        "Sam Okafor told reporters."
    )
    assert set(_argument_names(graph, "me")) <= {"Sam Okafor"}


def test_the_speaker_quoting_themself_is_still_i(resolve_text) -> None:
    graph = resolve_text(
        "\"Crews are drawn from all walks of life and while I'm saying that 'sure, I am "
        "not like Sam', I'm not like Ana either,\" Roe said."
    )
    assert set(_argument_names(graph, "I")) == {"Roe"}


# --- an armed group's acronym needs its country in the article ----------------------------


def test_an_acronym_of_a_foreign_armed_group_is_not_guessed(resolve_text) -> None:
    graph = resolve_text(
        "The EPA said on Monday it would review the rules on coal plants in Ohio. "
        "Industry groups welcomed the move."
    )
    assert referent(graph, "EPA") == "EPA"
    ent = next(e for e in graph.entities if e.name == "EPA")
    assert ent.actor_code is None


def test_an_armed_groups_acronym_with_its_country_named_still_links(resolve_text) -> None:
    graph = resolve_text("Turkish jets struck PKK positions in northern Iraq on Monday.")
    ent = next(e for e in graph.entities if e.name == "PKK")
    assert ent.actor_code is not None


# --- the words of a portfolio ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Minister for Fisheries, Forestry and Sport voiced worry over the late ferries.", "Forestry"),
        ("Minister for Health and Children Mary Roe said the hospital would open next year.", "Children"),
    ],
)
def test_a_word_of_a_ministers_portfolio_is_no_entity(resolve_text, text: str, word: str) -> None:
    assert word not in _names(resolve_text(text))


def test_a_word_of_a_departments_portfolio_is_the_department(resolve_text) -> None:
    graph = resolve_text("The Department of Culture, Media and Sport said the grant had been approved.")
    assert "Media" not in _names(graph)
    assert set(_argument_names(graph, "Media")) <= {"Department of Culture"}

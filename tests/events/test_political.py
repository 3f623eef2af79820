"""A named organisation is an event's actor only when it is known to be political (made-up
sentences through the real parser, extractor and classifier). Every NO_EVENT sentence was
typed by the classifier before :mod:`graphbuilder.events.political` (checked on the tree
before it), so each case can fail; the political bodies beside them keep their type."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphbuilder.events import classify_all
from graphbuilder.events.political import counts_as_actor, is_political_organisation
from graphbuilder.extract import extract_candidates


def event_types(nlp: Language, text: str) -> set[str]:
    cands = list(extract_candidates(nlp(text)))
    return {t[0] for t in classify_all(cands) if t[0] is not None}


NO_EVENT = [
    # companies no business rule recognises by name: the gazetteer does not know them
    "Qantas sought a tie-up with British Airways.",
    "Lockheed signed an agreement with Hindustan Aeronautics.",
    "Southcorp rejected the offer from Foster's.",
    "Euronext met the LSE to discuss a bid.",
    "The Menatep Group is suing Russia for $28bn in damages.",  # a company's lawsuit against a state
    # a political body acting on a company only: no second political actor
    "The European Commission fined Microsoft.",
    "The National Audit Office met. The NAO urged Acme Holdings to lower its prices.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_unknown_organisations_are_no_actors(nlp: Language, text: str) -> None:
    assert event_types(nlp, text) == set()


EVENTS = [
    ("The Foreign Ministry agreed to cooperate with Japan.", "AGREE"),  # a body noun in the name
    ("The Labour Party accused the Conservatives of lying.", "DISAPPROVE"),  # "Party"
    ("The United Nations condemned Iran.", "DISAPPROVE"),  # the gazetteer: IGO
    ("Hamas fighters attacked Israeli troops.", "ASSAULT"),  # the gazetteer: rebels
    ("Ofcom, the media watchdog, criticised the BBC.", "DISAPPROVE"),  # the article calls it one
    ("Media regulator Ofcom criticised the BBC.", "DISAPPROVE"),
    ("Labour MP John Smith spoke. Labour accused Iran of lying.", "DISAPPROVE"),  # a role it marks
    ("The Labour Party met. Labour accused Iran of lying.", "DISAPPROVE"),  # its party name
    ("The National Audit Office met. The NAO accused Iran of lying.", "DISAPPROVE"),  # initials
    ("Russia rejected the IMF's $5bn loan.", "REJECT"),  # IGOBUSIMF: an IGO, not a business
    ("Acme Holdings urged the chancellor to put politics aside.", "REQUEST"),  # lobbying
    ("The United States urged the Democratic People's Republic of Korea to disarm.", "REQUEST"),
]


@pytest.mark.parametrize(("text", "category"), EVENTS)
def test_political_organisations_stay_actors(nlp: Language, text: str, category: str) -> None:
    assert category in event_types(nlp, text)


def test_the_made_up_pair(nlp: Language) -> None:
    """The brief's pair: two companies cooperating is no event; a ministry with a state is."""
    assert event_types(nlp, "Acme Holdings agreed to cooperate with Beta Corp.") == set()
    assert event_types(nlp, "The Foreign Ministry agreed to cooperate with Japan.") == {"AGREE"}


def test_which_names_count(nlp: Language) -> None:
    doc = nlp("Qantas, the World Bank, the Pentagon and Boeing met Iraqi officials in the Home Office.")
    heads = {ent.root.text: ent.root for ent in doc.ents}
    assert not is_political_organisation(heads["Qantas"])  # unknown
    assert not is_political_organisation(heads["Boeing"])  # the gazetteer: MNCUSA
    assert is_political_organisation(heads["Bank"])  # "World Bank": IGO
    assert is_political_organisation(heads["Pentagon"])  # USAMIL
    assert is_political_organisation(heads["Office"])  # a body noun
    assert counts_as_actor(heads["Iraqi"])  # nationalities, states and people stay actors

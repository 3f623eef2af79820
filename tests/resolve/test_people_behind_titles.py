"""The named person behind a title, a courtesy title or a name the tagger missed (made-up
sentences, real parses):

- a title that ends in a name is that person: "Russia's Ambassador to South Korea Mikhail
  Orlov", "Governor of the Tver region Mikhail Orlov", "Norway's Minister for Trade Erik
  Larsen" (a title word, then what it is held over or for, then the name), "the Hanil group
  head Kim Jong-soo" (a title word right before the name), "Federation of Small Businesses
  chairman Mark Ellis" (a body, its title, the name); not when the name holds a title of its
  own after the first ("Secretary to Prime Minister Sarah Collins": someone else);
- the place an office is held towards is not the holder's country ("Envoy for Syria");
- "Mr", "Mrs", "Ms", "Dr" before a capitalised word make a person whatever the tagger made of
  the word ("Mr March" a date, "Mr Hague" a place);
- a name that possesses a noun phrase keeps its mention ("General Omar Haddad's troops");
- titles only persons bear make a person of a name the tagger called a body or left untagged
  ("Baroness Thornbury", "Cardinal Cathal O'Rourke"); the words a tagger took into a name up to
  a title word before a first name are title ("Lanford City Councillor Brian Pettit"), and so
  are a party's words ("Lib Dem Norman Pryor"); other words before a first name are not
  ("Damien Joseph Carrick"); a name the tagger cut short
  before a first name and surname is the whole name ("Deputy Speaker Sylvia Hale").
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphbuilder.nlp.tables import doc_tables
from graphbuilder.resolve.gazetteer import load_gazetteer
from graphbuilder.resolve.mentions import detect_mentions, named_title_holder


def _subjects(graph, verb: str = "said"):
    """The subject arguments of the statements whose predicate starts with ``verb``."""
    return [e.subject for s in graph.statements if s.predicate.startswith(verb) for e in s.evidence]


def _names(arguments) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.type) for a in arguments]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The tests must stop, Russia's Ambassador to South Korea Mikhail Orlov said in an interview.",
            "Mikhail Orlov",
        ),
        ("Sweden's Envoy to the United Nations Erik Larsen said sanctions would not work.", "Erik Larsen"),
        ("Talks will resume in March, Norway's Minister for Trade Erik Larsen said.", "Erik Larsen"),
        (
            "Governor of the Tver region Mikhail Orlov said 15 substations remain idle after the shelling.",
            "Mikhail Orlov",
        ),
        ("Federation of Small Businesses chairman Mark Ellis said the tax would hurt shops.", "Mark Ellis"),
    ],
)
def test_a_title_that_ends_in_a_name_is_that_person(resolve_text, text: str, person: str) -> None:
    subjects = _subjects(resolve_text(text))
    assert subjects and all(a.name == person and a.type == "Person" for a in subjects), _names(subjects)


def test_a_title_word_right_before_a_name_is_that_person(nlp) -> None:
    doc = nlp("Kim, son of the Hanil group head Kim Jong-soo, is accused of paying $40m in bribes.")
    head = next(t.i for t in doc if t.text == "head")
    holder = named_title_holder(doc_tables(doc), head)
    assert holder is not None and doc[holder].text == "soo", [(t.text, t.dep_, t.head.i) for t in doc]


def test_the_speaker_of_what_a_titled_person_said_is_that_person(resolve_text) -> None:
    graph = resolve_text(
        "Sanctions will not force the North to give up its program, Russia's Ambassador to "
        "South Korea Mikhail Orlov said."
    )
    speakers = {e.attributed_to.name for s in graph.statements for e in s.evidence if e.attributed_to}
    assert speakers == {"Mikhail Orlov"}, speakers


def test_an_office_held_towards_a_place_gives_the_holder_no_country(resolve_text) -> None:
    graph = resolve_text("Talks will resume in March, Special Envoy for Syria Erik Larsen said.")
    subjects = _subjects(graph)
    assert subjects and all(a.name == "Erik Larsen" and a.country != "SYR" for a in subjects), subjects


@pytest.mark.parametrize(
    "text",
    [
        "Secretary to Prime Minister Sarah Collins said the plan was ready.",
        "Chief of Staff to Prime Minister Sarah Collins said the plan was ready.",
        "The Spokesman for Prime Minister Sarah Collins said the plan was ready.",
    ],
)
def test_the_name_of_another_titled_person_is_not_the_title_holder(resolve_text, text: str) -> None:
    subjects = _subjects(resolve_text(text))
    assert subjects and all(a.name != "Sarah Collins" for a in subjects), _names(subjects)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mr March told reporters the deal was done.", "March"),
        ("Mrs June said the deal was done.", "June"),
        ("Asked if he would stand again, Mr Hague said he would not.", "Hague"),
    ],
)
def test_a_courtesy_title_makes_a_person_of_what_the_tagger_called_a_date_or_place(
    resolve_text, text: str, person: str
) -> None:
    graph = resolve_text(text)
    subjects = _subjects(graph, "said") + _subjects(graph, "told")
    assert subjects and all(a.name == person and a.type == "Person" for a in subjects), _names(subjects)


def test_a_name_that_possesses_a_noun_phrase_keeps_its_mention(resolve_text) -> None:
    graph = resolve_text("The town was taken by Libyan General Omar Haddad's troops on Sunday.")
    people = {e.name for e in graph.entities if e.type == "Person"}
    assert "Omar Haddad" in people, {(e.name, e.type) for e in graph.entities}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Baroness Thornbury said the Lords would vote on the bill.", "Thornbury"),
        ("Councillor Pargeter said the road would close.", "Pargeter"),
    ],
)
def test_a_title_only_persons_bear_makes_a_person_of_what_the_tagger_called_a_body(
    resolve_text, text: str, person: str
) -> None:
    subjects = _subjects(resolve_text(text))
    assert subjects and all(a.name == person and a.type == "Person" for a in subjects), _names(subjects)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Lanford City Councillor Brian Pettit said the road would close.", "Brian Pettit"),
        ("Lib Dem Norman Pryor said the road would close.", "Norman Pryor"),
        ("Tory Liam Pryor said the road would close.", "Liam Pryor"),
        ("Damien Joseph Carrick said the road would close.", "Damien Joseph Carrick"),
    ],
)
def test_the_words_a_tagger_took_in_up_to_a_title_before_a_first_name_are_the_title(
    resolve_text, text: str, person: str
) -> None:
    subjects = _subjects(resolve_text(text))
    assert subjects and all(a.name == person and a.type == "Person" for a in subjects), _names(subjects)


def _parsed(nlp, words, heads, deps, pos, tags, ents) -> Doc:
    """A made-up sentence with the parse written out as the tagger gives it on such text."""
    return Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        ents=ents,
        lemmas=[w.lower() for w in words],
    )


@pytest.mark.parametrize(
    ("words", "heads", "ents", "name"),
    [
        (
            ["Deputy", "Speaker", "Sylvia", "Hale", "agreed", "."],
            [1, 3, 3, 4, 4, 4],
            ["O", "O", "B-PERSON", "O", "O", "O"],
            ("Sylvia", "Hale"),
        ),
        (
            ["Lanford", "City", "Councillor", "Brian", "Pettit", "agreed", "."],
            [1, 2, 4, 4, 5, 5, 5],
            ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"],
            ("Brian", "Pettit"),
        ),
    ],
)
def test_a_name_the_tagger_cut_short_before_a_first_name_and_surname_is_the_whole_name(
    nlp, words: list[str], heads: list[int], ents: list[str], name: tuple[str, ...]
) -> None:
    n = len(words)
    deps = ["compound"] * (n - 3) + ["nsubj", "ROOT", "punct"]
    pos = ["PROPN"] * (n - 2) + ["VERB", "PUNCT"]
    tags = ["NNP"] * (n - 2) + ["VBD", "."]
    doc = _parsed(nlp, words, heads, deps, pos, tags, ents)
    names = [(m.words, m.label) for m in detect_mentions(doc, load_gazetteer()) if m.kind == "name"]
    assert names == [(name, "Person")], names


def test_a_title_only_persons_bear_makes_a_person_of_an_untagged_name(nlp) -> None:
    doc = _parsed(
        nlp,
        ["Cardinal", "Cathal", "O'Rourke", "spoke", "."],
        [2, 2, 3, 3, 3],
        ["compound", "compound", "nsubj", "ROOT", "punct"],
        ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
        ["NNP", "NNP", "NNP", "VBD", "."],
        ["O", "O", "O", "O", "O"],
    )
    names = [(m.words, m.label) for m in detect_mentions(doc, load_gazetteer()) if m.kind == "name"]
    assert names == [(("Cathal", "O'Rourke"), "Person")], names

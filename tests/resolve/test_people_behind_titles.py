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
- a name that possesses a noun phrase keeps its mention ("General Omar Haddad's troops").
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphbuilder.nlp.tables import doc_tables
from graphbuilder.resolve.mentions import named_title_holder


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


def test_a_title_word_read_as_a_verb_before_a_name_is_that_person(nlp) -> None:
    """The tagger sometimes reads a title noun as a verb whose object is the name, where the
    phrase stands as a subject ("the group head Kim Jong-soo, is accused"); the parse is
    written out here as the tagger gave it on a wire story."""
    words = ["the", "Hanil", "group", "head", "Kim", "Jong", "-", "soo", ",", "is", "accused"]
    heads = [2, 2, 3, 10, 7, 7, 7, 3, 10, 10, 10]
    deps = [
        "det",
        "compound",
        "npadvmod",
        "nsubjpass",
        "compound",
        "compound",
        "punct",
        "dobj",
        "punct",
        "auxpass",
        "ROOT",
    ]
    pos = ["DET", "PROPN", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "AUX", "VERB"]
    ents = ["O", "B-ORG", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert named_title_holder(doc_tables(doc), 3) == 7
    deps[3] = "advcl"  # a verb of its own clause ("... head Kim Jong-soo's campaign"): no title
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert named_title_holder(doc_tables(doc), 3) is None


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

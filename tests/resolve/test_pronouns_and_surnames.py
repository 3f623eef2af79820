"""Pronouns by agreement and salience, and one node per person (made-up sentences, real parses).

Each case gives a text, a pronoun occurrence and the entity expected for it: a name, or
None when the pronoun must stay unresolved (an article-local entity of its own).
"""

from __future__ import annotations

import pytest

from graphbuilder.resolve import ArticleGraph
from graphbuilder.resolve.gender import FEMALE, MALE, name_gender, title_gender


def referent(graph: ArticleGraph, text: str, occurrence: int = 0) -> str | None:
    """The entity name the ``occurrence``-th mention ``text`` resolves to (None: unresolved)."""
    hits = sorted((m for m in graph.mentions if m.text == text), key=lambda m: m.start)
    if len(hits) <= occurrence:
        return None  # pronouns that resolve to nothing are recorded as no mention
    names = {e.id: e.name for e in graph.entities}
    return names.get(hits[occurrence].entity_id)


# --- class 2: pronouns resolved to the wrong person --------------------------------------


@pytest.mark.parametrize(
    ("text", "pronoun", "occurrence", "expected"),
    [
        # the subject of the clause the pronoun's clause depends on, not the main speaker
        (
            "Tory leader Michael Howard said Mr Blair would be running scared if he refused a debate.",
            "he",
            0,
            "Blair",
        ),
        (
            "Mr Davis questioned the rush when Mr Clarke had indicated he was not planning to use it.",
            "he",
            0,
            "Clarke",
        ),
        # a possessor on the pronoun's path: "Meyer's party, which he represented"
        (
            "Sir Anthony Meyer died on Friday. Meyer's constituency party, which he had represented "
            "for 20 years, deselected him.",
            "he",
            0,
            "Anthony Meyer",
        ),
        # the name in apposition to the subject of the clause above
        (
            "Her husband's assassin, Mark David Chapman, said he had decided to kill him in 1980.",
            "he",
            0,
            "Mark David Chapman",
        ),
        # gender: "he" skips a woman named in between
        (
            "Mr Brown met Kimberly Quinn in London. He said the visit had been useful.",
            "He",
            0,
            "Brown",
        ),
        (
            "Gordon Brown met Mrs Quinn in London. She said the visit had been useful.",
            "She",
            0,
            "Quinn",
        ),
        # a speaker goes on speaking, though another person is a subject in the sentence before
        (
            "Michael Howard said Mr Blunkett was wrong. He added that the plan would fail.",
            "He",
            0,
            "Michael Howard",
        ),
        # the main-clause subject of the sentence before
        (
            "Jack Straw visited Delhi on Monday. He said the agreement would make a difference.",
            "He",
            0,
            "Jack Straw",
        ),
    ],
)
def test_pronoun_goes_to_the_agreeing_salient_person(
    resolve_text, text: str, pronoun: str, occurrence: int, expected: str
) -> None:
    assert referent(resolve_text(text), pronoun, occurrence) == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "occurrence"),
    [
        # two men fit: the one who tells and the one told
        ("Gordon Brown told Tony Blair that he would win the vote.", "he", 0),
        # someone no name identifies: "an MP said he ..."
        ("Tony Blair spoke in Sheffield on Monday. A Labour MP said he would vote against it.", "he", 0),
        # no agreeing person at all: a woman is not "he"
        ("Margaret Hodge spoke in Sheffield on Monday. He said the plan was wrong.", "He", 0),
        # named too far back (three sentences with nobody in them between)
        (
            "Gordon Brown spoke in Leeds. The weather was cold. The hall was full. Prices rose. "
            "He wants lower taxes.",
            "He",
            0,
        ),
        # two men are subjects in the sentence before, and the pronoun does not speak
        (
            "Michael Howard attacked comments Mr Blunkett made in a book. He is understood to have "
            "criticised his colleagues.",
            "He",
            0,
        ),
        # an object pronoun never means the subject of its own clause
        ("Michael Howard praised him for the plan.", "him", 0),
    ],
)
def test_pronoun_stays_unresolved_when_no_one_or_two_fit(
    resolve_text, text: str, pronoun: str, occurrence: int
) -> None:
    assert referent(resolve_text(text), pronoun, occurrence) is None


def test_a_statement_with_an_ambiguous_subject_loses_confidence(resolve_text) -> None:
    # (the clause has an object: "apologise in person" is no statement of its own any more)
    clear = resolve_text("Gordon Brown said that he should resign from the cabinet.")
    unclear = resolve_text("Gordon Brown told Tony Blair that he should resign from the cabinet.")

    def resign(graph: ArticleGraph) -> float:
        st = next(s for s in graph.statements if s.predicate.startswith("resign"))
        return st.evidence[0].confidence

    assert resign(unclear) < resign(clear)
    st = next(s for s in unclear.statements if s.predicate.startswith("resign"))
    assert st.subject_id not in {"gordon-brown", "tony-blair"}


@pytest.mark.parametrize(
    ("words", "titles", "gender"),
    [
        (("Kimberly", "Quinn"), (), FEMALE),
        (("Quinn",), ("Mrs",), FEMALE),
        (("Blair",), ("Mr",), MALE),
        (("Michael", "Howard"), (), MALE),
        (("Kim", "Howells"), (), None),  # a first name of either gender
        (("Howard",), (), None),  # a surname alone says nothing
    ],
)
def test_gender_from_titles_and_first_names(
    words: tuple[str, ...], titles: tuple[str, ...], gender: str | None
) -> None:
    assert name_gender(words, titles) == gender


def test_conflicting_titles_give_no_gender() -> None:
    assert title_gender(["Mr", "Mrs"]) is None


def test_we_in_a_persons_words_is_not_that_person(nlp, candidate) -> None:
    from graphbuilder.ingest import article_from_text
    from graphbuilder.resolve import resolve_article

    text = '"We reject the proposal," Jim Wallace said. "I reject it too," Jim Wallace said.'
    article = article_from_text(text)
    doc = nlp(article.text)
    we = candidate(doc, "We", "reject", "the proposal", speaker="Jim Wallace")
    i = candidate(doc, "I", "reject", "it", speaker="Jim Wallace")
    graph = resolve_article(article, doc, [we, i])
    st_we, st_i = graph.statements
    assert st_i.subject_id == "jim-wallace"
    assert st_we.subject_id != "jim-wallace"


# --- class 3: one person split into several nodes --------------------------------------------


@pytest.mark.parametrize(
    ("text", "surname", "full"),
    [
        # the surname joins the full name whatever NER calls it
        ("Mike Pompeo flew to Riyadh on Monday. Pompeo met the king.", "Pompeo", "Mike Pompeo"),
        ("Michael Cohen testified on Tuesday. Cohen said he had lied.", "Cohen", "Michael Cohen"),
        ("Roger Bootle, an economist, spoke. Bootle said rates would rise.", "Bootle", "Roger Bootle"),
        ("John Houston was suspended by the party. Houston denied the claims.", "Houston", "John Houston"),
    ],
)
def test_a_surname_joins_the_full_name_in_its_article(
    resolve_text, text: str, surname: str, full: str
) -> None:
    graph = resolve_text(text)
    assert referent(graph, surname, 0) == full
    assert not [e for e in graph.entities if e.name == surname]


def test_a_surname_of_two_people_joins_neither(resolve_text) -> None:
    graph = resolve_text(
        "David Miliband met Ed Miliband in London. Miliband said the talks had gone well."
    )
    assert referent(graph, "Miliband", 0) not in {"David Miliband", "Ed Miliband"}


def test_mrs_is_not_the_man_of_the_same_surname(resolve_text) -> None:
    graph = resolve_text("Tony Blair arrived in Rome. Mrs Blair visited a hospital.")
    assert referent(graph, "Mrs Blair", 0) != "Tony Blair"


def test_a_surname_alone_links_only_to_the_one_person_of_that_name(resolve_text) -> None:
    unique = resolve_text("Putin spoke in Moscow on Monday.")
    assert referent(unique, "Putin") == "Vladimir Putin"
    shared = resolve_text("Obama spoke in Chicago on Monday.")  # the dictionaries know three Obamas
    assert referent(shared, "Obama") != "Barack Obama"


def test_a_surname_tagged_as_an_organisation_links_to_no_person(resolve_text, nlp) -> None:
    from graphbuilder.resolve.coref import Sieve
    from graphbuilder.resolve.gazetteer import load_gazetteer
    from graphbuilder.resolve.mentions import MentionSpan

    sieve = Sieve([], load_gazetteer(), None)
    putin = load_gazetteer().actor(("Putin",))
    assert putin is not None
    as_org = MentionSpan(0, 1, 0, "name", 0, ("Putin",), label="Organization")
    as_person = MentionSpan(0, 1, 0, "name", 0, ("Putin",), label="Person")
    assert sieve._link(as_org) == (None, False)
    assert sieve._link(as_person) == (putin, True)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("The Democrats won the vote. A Democrat said the plan was wrong.", "Democrat"),
        ("The Tories attacked the plan. Another Tory said it would fail.", "Tory"),
    ],
)
def test_a_party_member_noun_and_the_party_are_one_entity(resolve_text, text: str, member: str) -> None:
    graph = resolve_text(text)
    plural = [m for m in graph.mentions if m.text in {"Democrats", "Tories"}]
    singular = [m for m in graph.mentions if m.text == member]
    assert plural and singular and plural[0].entity_id == singular[0].entity_id


def test_a_party_named_in_the_singular_alone_is_the_same_node_across_articles(resolve_text) -> None:
    alone = resolve_text("A Democrat said the plan was wrong.")
    both = resolve_text("The Democrats won the vote.")
    ids = {m.entity_id for m in alone.mentions if m.text == "Democrat"}
    assert ids and ids == {m.entity_id for m in both.mentions if m.text == "Democrats"}


def test_a_speaker_pronoun_is_not_a_person_named_in_what_it_said(resolve_text) -> None:
    """'"... Mr Yushchenko can ...," he told BBC News': what precedes the speaker is what
    they said, and speakers do not name themselves; the speaker is the man named before."""
    graph = resolve_text(
        "Mr Pinchuk bought the steel mill in 2004. "
        '"That way, Mr Yushchenko can say he has forced the oligarchs to play by the rules," '
        "he told BBC News."
    )
    assert referent(graph, "he", 1) == "Pinchuk"

"""A pronoun left open when someone or something nearer fits as well (issue 9, session 27): a
body named in the pronoun's own sentence rivals an organisation of an earlier one for "it"
("did not thank the government after it said"; "took up arms against the regional
government, accusing it of ..."); a person named in full whose gender nothing tells, before a
"he" in its own sentence, rivals a man of an earlier sentence, and so does one in apposition to
the subject of the sentence before ("X's strategist, Zorvan Blick, ... he"); people no mention names, the
subject of the sentence before, rival the group named there in passing for "they"; and the
"it" of "it made no sense to ..." is no actor. Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from graphbuilder.ingest import article_from_text
from graphbuilder.resolve.article import ArticleResolver
from graphbuilder.resolve.gazetteer import load_gazetteer

BANK = "Velmora Bank closed its branch in Leeds on Monday. "


def sieve_referent(nlp, text: str, pronoun: str, occurrence: int = 0) -> str | None:
    """The first words of the cluster the ``occurrence``-th mention ``pronoun`` joins (None:
    unresolved)."""
    article = article_from_text(text)
    doc = nlp(article.text)
    sieve = ArticleResolver(article, doc, load_gazetteer()).sieve
    hits = [m for m in sieve.mentions if m.kind == "pronoun" and doc[m.start].text == pronoun]
    c = sieve.cluster_of(hits[occurrence])
    return None if c is None else " ".join(c.mentions[0].words)


@pytest.mark.parametrize(
    "text",
    [
        # a body named by a noun the mentions take ("the British government")
        BANK + "The mayor did not thank the British government after it said the closure could not "
        "be avoided.",
        BANK + "The mayor wrote to the city council after it said the closure could not be avoided.",
        # a body named by a noun no mention takes
        "Velmora Bank has been fighting the union for years. The strike began when workers took up arms "
        "against the regional government in Leeds, accusing it of neglect.",
    ],
)
def test_a_body_in_the_pronouns_own_sentence_rivals_an_earlier_organisation(nlp, text: str) -> None:
    assert sieve_referent(nlp, text, "it") is None


@pytest.mark.parametrize(
    "text",
    [
        BANK + "The mayor said it had broken its word.",
        # "court" only modifies "filing"
        BANK + "In a court filing on Tuesday, it said the closure could not be avoided.",
    ],
)
def test_an_organisation_of_an_earlier_sentence_still_takes_it_alone(nlp, text: str) -> None:
    assert sieve_referent(nlp, text, "it") == "Velmora Bank"


@pytest.mark.parametrize(
    "text",
    [
        "Velmora Bank held talks with the union on Monday. It made no sense to close the branch.",
        "Velmora Bank held talks with the union on Monday. The mayor said it made no sense to close "
        "the branch.",
    ],
)
def test_it_made_no_sense_is_no_actor(nlp, text: str) -> None:
    assert sieve_referent(nlp, text, "It" if " It " in text else "it") is None


def test_a_person_of_untold_gender_before_he_rivals_an_earlier_man(nlp) -> None:
    text = (
        "Mark Croucher spoke in Leeds on Monday. The strike could be a challenge for Zorvan Blick "
        "as he seeks a new deal."
    )
    assert sieve_referent(nlp, text, "he") is None


@pytest.mark.parametrize(
    "text",
    [
        # the subject of the pronoun's own verb is not what the pronoun means
        "Mark Croucher appeared in court on Monday. Judge Zorvan Blick remanded him in custody.",
        # a name inside what the speaker said is no rival of the speaker
        'Mark Croucher spoke in Leeds on Monday. "Zorvan Blick has let us down," he said.',
    ],
)
def test_no_rival_in_the_pronouns_own_clause_or_in_its_quotation(nlp, text: str) -> None:
    pronoun = "him" if " him " in text else "he"
    assert sieve_referent(nlp, text, pronoun) == "Mark Croucher"


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        (
            "The mayor denied claims that members of his team were in contact with Russian officials. "
            '"They know nothing about it," he said.',
            "They",
        ),
        (
            "Some 20,000 people gathered in the square on Monday, according to the Romanian media. "
            "Although they were fewer than on Sunday, they called for the government to resign.",
            "they",
        ),
    ],
)
def test_people_no_mention_names_as_subject_rival_a_group_named_in_passing(nlp, text, pronoun) -> None:
    assert sieve_referent(nlp, text, pronoun) is None


def test_a_group_that_is_the_subject_still_takes_they(nlp) -> None:
    text = 'Russian officials met the mayor on Monday. "They know nothing about it," he said.'
    assert sieve_referent(nlp, text, "They") == "officials"


def test_a_name_of_untold_gender_in_apposition_to_the_subject_rivals_a_possessor(nlp) -> None:
    text = (
        "Mark Croucher's chief strategist, Zorvan Blick, is no different from the others. "
        "Before joining the campaign, he ran a website."
    )
    assert sieve_referent(nlp, text, "he") is None

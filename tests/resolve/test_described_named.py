"""A definite description the article names joins what it names (made-up sentences, real
parses, :mod:`graphbuilder.resolve.described`):

- "the country" / "the nation" is the one country the nearest sentence naming one names as
  a subject or possessor; nothing when that sentence names two that way, or names the
  country only in a phrase ("ambassador to the U.S. ... as the country");
- "the diplomat", "the businessman" (a calling) is the one person named in its sentence or
  the one before, and nothing when two are or an unnamed one was;
- "the bloc" is the one union of states named nearby in any role;
- a body's kind with its name in the phrase ("the Sinn Fein party", "the radical group
  Hamas") is that body; a place's kind with its name after "of" ("the city of Geneva") is
  that place.
"""

from __future__ import annotations

import pytest

from tests.resolve.test_wrong_person import subjects_of


@pytest.mark.parametrize(
    ("text", "subject", "named"),
    [
        (
            "Hungary has closed its border crossings to migrants. The country said the crossings "
            "would stay shut until June.",
            "The country",
            "Hungary",
        ),
        (
            "Sweden announced on Monday that it would bring back conscription. The Scandinavian nation "
            "ended conscription in 2010.",
            "The Scandinavian nation",
            "Sweden",
        ),
        (
            "Voters went to the polls on Friday. The Irish nationalist Sinn Fein party won two seats.",
            "The Irish nationalist Sinn Fein party",
            "Sinn Fein",
        ),
        (
            "The city of Geneva hosted the talks on Monday.",
            "The city of Geneva",
            "Geneva",
        ),
        (
            "Austria's foreign minister met his EU counterparts on Monday. The bloc will increase "
            "support for migrants, a statement said.",
            "The bloc",
            "European Union",
        ),
        (
            "Olu Adebo was pleased by the verdict. The businessman said he would appeal for damages.",
            "The businessman",
            "Olu Adebo",
        ),
    ],
)
def test_a_description_joins_what_the_article_names(
    resolve_text, text: str, subject: str, named: str
) -> None:
    names = subjects_of(resolve_text(text), subject)
    assert names and all(n == named for n in names), names


@pytest.mark.parametrize(
    ("text", "subject", "wrong"),
    [
        # two countries named as subjects in the nearest sentence: either may be meant
        (
            "Hungary and Serbia have closed their border crossings. The country said the crossings "
            "would stay shut until June.",
            "The country",
            {"Hungary", "Serbia"},
        ),
        # the one country named is only the place an ambassador is sent to
        (
            "Officials met the Russian ambassador to the U.S. last year as the country was "
            "working to sway the vote.",
            "the country",
            {"United States"},
        ),
        # two people named in the sentence before: either may be the businessman
        (
            "Olu Adebo met Jane Roe on Monday. The businessman said he would appeal for damages.",
            "The businessman",
            {"Olu Adebo", "Jane Roe"},
        ),
        # an unnamed diplomat was introduced before
        (
            "A diplomat met Olu Adebo on Monday. The diplomat said the talks would go on.",
            "The diplomat",
            {"Olu Adebo"},
        ),
        # an alias the gazetteer gives another body is no name of this one
        (
            "Voters went to the polls on Friday. The Islamic Jihad movement said it would boycott the vote.",
            "The Islamic Jihad movement",
            {"Hezbollah"},
        ),
        # a restrictive clause says which country: a new one
        (
            "Hungary has closed its border crossings to migrants. The country that trades most "
            "with it protested on Monday.",
            "The country",
            {"Hungary"},
        ),
        # two unions of states named: either may be the bloc
        (
            "EU leaders met NATO officials on Monday. The bloc will increase support for migrants.",
            "The bloc",
            {"European Union", "NATO"},
        ),
    ],
)
def test_a_description_is_left_when_it_may_be_another(
    resolve_text, text: str, subject: str, wrong: set[str]
) -> None:
    names = subjects_of(resolve_text(text), subject)
    assert names and not set(names) & wrong, names


@pytest.mark.parametrize(
    ("text", "obj", "wrong"),
    [
        # a predicate noun says what something is, it names no one
        (
            "Hungary has closed its border crossings to migrants. It was the most closed country "
            "in the region.",
            "the most closed country in the region",
            "Hungary",
        ),
        # a body named after a person ("Trump" tagged an organisation) is no body of that name
        (
            '"His rivals did everything they could to kill the Trump movement," one loyalist said.',
            "the Trump movement",
            "Trump",
        ),
        # "the nation" as an object: the speaker's own people as often as the country named
        (
            "China has raised tariffs on steel. The president will address the nation on Friday.",
            "the nation",
            "China",
        ),
    ],
)
def test_a_description_names_no_one_as_a_predicate_or_an_addressed_nation(
    resolve_text, text: str, obj: str, wrong: str
) -> None:
    graph = resolve_text(text)
    names = {e.id: e.name for e in graph.entities}
    objects = [
        names.get(s.object_id or "")
        for s in graph.statements
        if s.evidence[0].object and s.evidence[0].object.text == obj
    ]
    assert objects and wrong not in objects, objects


@pytest.mark.parametrize(
    ("text", "subject", "wrong"),
    [
        # a second country named in the nearest sentence, the one acted on: either may be meant
        (
            "Russia accused Ukraine of shelling the border town. The country denied the charge.",
            "The country",
            {"Russia", "Russian Federation"},
        ),
        (
            "The United States warned North Korea against more missile tests. The country launched "
            "two missiles on Sunday.",
            "The country",
            {"United States of America", "United States"},
        ),
        # a prime minister is no activist
        (
            "Prime Minister Jo Roe spoke on Monday. The activist said she would fight on.",
            "The activist",
            {"Jo Roe"},
        ),
        # the noun was used earlier in the article for someone else (the expelled diplomat)
        (
            "A Ruritanian diplomat was expelled on Monday. The ministry called it a provocation. "
            "Officials said more expulsions would follow. Foreign Minister Jo Roe said the expulsion "
            "was unjustified. The diplomat had lived in Paris for ten years.",
            "The diplomat",
            {"Jo Roe"},
        ),
    ],
)
def test_a_description_is_left_when_another_fits_or_its_title_does_not(
    resolve_text, text: str, subject: str, wrong: set[str]
) -> None:
    names = subjects_of(resolve_text(text), subject)
    assert names and not set(names) & wrong, names


@pytest.mark.parametrize(
    ("text", "subject", "named"),
    [
        # one country named: still joined
        (
            "Japan's exports rose in March. The country had the fourth-largest surplus in the world.",
            "The country",
            "Japan",
        ),
        # a foreign minister may be called the diplomat
        (
            "Foreign Minister Jo Roe met reporters in Northtown on Monday. The diplomat said the talks "
            "would go on.",
            "The diplomat",
            "Jo Roe",
        ),
        # the noun brought in the person named beside it
        (
            "An activist, Jo Roe, was arrested on Monday. Police said the arrest was lawful. Lawyers "
            "called it a scandal. Jo Roe was freed on Tuesday. The activist said she would fight on.",
            "The activist",
            "Jo Roe",
        ),
        # the same calling used again for the same person, sentences later
        (
            "Olu Adebo was pleased by the verdict. The businessman said he would appeal for damages. "
            "The court was closed on Tuesday. Lawyers said the appeal would take a year. Olu Adebo "
            "spoke to reporters outside. The businessman said the fight was not over.",
            "The businessman",
            "Olu Adebo",
        ),
    ],
)
def test_a_description_still_joins_one_that_fits(resolve_text, text: str, subject: str, named: str) -> None:
    names = subjects_of(resolve_text(text), subject)
    assert names and all(n == named for n in names), names

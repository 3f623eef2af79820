"""Role nominals ("the prime minister") in articles without a date (made-up sentences).

A gazetteer person who held a government post in any period fits a head-of-government role
when the article has no date; a role nominal keeps the person it named first; it never
points forward to someone merely mentioned later.
"""

from __future__ import annotations

from graphbuilder.api import extract
from graphbuilder.pipeline import Pipeline
from graphbuilder.resolve import ArticleGraph
from graphbuilder.resolve.coref import Cluster, _organisation
from graphbuilder.resolve.mentions import MentionSpan

#: The rules under test, whatever confidence the statement gets (the floor has its own tests).
EVERY_STATEMENT = Pipeline(min_confidence=0)


def entity_name(graph: ArticleGraph, text: str, occurrence: int = 0) -> str | None:
    hits = sorted((m for m in graph.mentions if m.text == text), key=lambda m: m.start)
    if len(hits) <= occurrence:
        return None  # a pronoun that resolves to nothing is recorded as no mention
    names = {e.id: e.name for e in graph.entities}
    return names.get(hits[occurrence].entity_id)


def test_the_prime_minister_keeps_its_referent(resolve_text) -> None:
    graph = resolve_text(
        "Tony Blair said the election would be held in May. "
        "The prime minister and his aide Alan Milburn insisted the economy would decide it. "
        "Chancellor Gordon Brown agreed with them. "
        "The prime minister found himself struggling to explain the cuts."
    )
    assert entity_name(graph, "The prime minister", 0) == "Tony Blair"
    assert entity_name(graph, "The prime minister", 1) == "Tony Blair"


def test_a_role_does_not_point_forward_to_a_person_named_later(resolve_text) -> None:
    graph = resolve_text(
        "The prime minister told a newspaper he would never attack his rival. "
        "Later, Ken Livingstone spoke to reporters in London."
    )
    assert entity_name(graph, "The prime minister") != "Ken Livingstone"


def test_a_role_named_with_its_holder_beats_a_later_government_member(resolve_text) -> None:
    graph = resolve_text(
        "Home Secretary Charles Clarke said ministers had kept their pledge. "
        "Mr Howard said Gordon Brown had told him nothing. "
        "But the home secretary said Mr Howard was wrong."
    )
    assert entity_name(graph, "the home secretary") == "Charles Clarke"


def test_the_prime_minister_is_the_most_mentioned_head_not_the_last_minister(resolve_text) -> None:
    graph = resolve_text(
        "Tony Blair has been accused of U-turns. Mr Blair denied it on Monday. "
        "Mr Howard said Gordon Brown had told him nothing. "
        "The pressure prompted the prime minister to call a review."
    )
    assert entity_name(graph, "the prime minister") == "Tony Blair"


def test_an_assistants_role_is_never_guessed_onto_a_named_person(resolve_text) -> None:
    graph = resolve_text(
        "Michael Howard backed the cardinal's stance. The spokesman said the law would not change."
    )
    assert entity_name(graph, "The spokesman") != "Michael Howard"


def test_a_role_is_guessed_only_onto_someone_named_just_before(resolve_text) -> None:
    graph = resolve_text(
        "Jan Kowalczyk arrived in Warsaw. The weather was cold. The hall was full. "
        "The minister praised the agreement."
    )
    assert entity_name(graph, "The minister") != "Jan Kowalczyk"


# --- "it" and "the company" -----------------------------------------------------------


def test_the_company_is_the_articles_company_not_one_named_in_passing(resolve_text) -> None:
    graph = resolve_text(
        "Unilever said profits fell. Unilever is not alone in trying to simplify its business. "
        "Oil giant Shell last year dismantled its dual structure. "
        "The company said it may make further changes."
    )
    assert entity_name(graph, "The company") == "Unilever"


def test_the_company_is_the_latest_business_when_none_dominates(resolve_text) -> None:
    graph = resolve_text(
        "Unilever said profits fell. Oil giant Shell dismantled its dual structure. "
        "The company said it may make further changes."
    )
    assert entity_name(graph, "The company") == "Shell"


def test_it_is_left_unresolved_when_its_own_sentence_names_a_rival() -> None:
    text = (
        "The SEC said the bank would pay a fine. "
        "These businesses became part of BOA when it snapped up rival bank FleetBoston."
    )
    assert subject_names(text, "it") == ["it"]  # article-local, not the SEC


def subject_names(text: str, subject: str) -> list[str]:
    """The names the statements with this subject text were given."""
    records = extract([text], pipeline=EVERY_STATEMENT)
    return [r["subject"]["name"] for r in records if r["subject"]["text"] == subject]


def test_it_still_follows_the_last_subject(resolve_text) -> None:
    graph = resolve_text(
        "The SEC fined the bank on Monday. In the last two years, it has imposed many penalties."
    )
    assert entity_name(graph, "it") == "SEC"


def test_it_never_names_a_person() -> None:
    names = subject_names(
        "Bernie Ebbers ran WorldCom for years. In 2002, it admitted that earnings had been inflated.", "it"
    )
    assert names and "Bernie Ebbers" not in names


def test_an_organisation_by_ner_with_a_first_name_is_no_antecedent_of_it() -> None:
    """NER calls "Bernie Ebbers" an organisation; his first name says he is a person."""

    def name(words: tuple[str, ...], gender: str | None) -> MentionSpan:
        return MentionSpan(
            0, len(words), 0, "name", 0, words, label="Organization", gender=gender, subject=True
        )

    ebbers = name(("Bernie", "Ebbers"), "m")
    person_like = Cluster(0, [ebbers])
    assert person_like.type == "Organization"
    assert not _organisation(person_like, ebbers)
    worldcom = name(("WorldCom",), None)
    assert _organisation(Cluster(1, [worldcom]), worldcom)

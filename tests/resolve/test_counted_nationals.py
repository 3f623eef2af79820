"""People of a nation counted are not the nation (issue 9, session 24): "another Palestinian",
"two Israelis", "a Briton" are people, never the node of the country; "Palestinian police"
and "the Palestinian leadership" stay as they were. A group of two nations has no one
country's name, and a group is named by the nationality word, not by a city of the country
named first (made-up sentences, real parses)."""

from __future__ import annotations

import pytest

from graphbuilder.resolve import ArticleGraph


def _subject(graph: ArticleGraph, text: str) -> tuple[str | None, str | None]:
    """(name, country) of the entity of the first statement whose subject reads ``text``."""
    entities = {e.id: e for e in graph.entities}
    for s in graph.statements:
        if s.evidence[0].subject.text == text:
            e = entities.get(s.subject_id)
            return (e.name, e.country) if e else (None, None)
    raise AssertionError(f"no statement with subject {text!r}")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Another Palestinian was killed in Gaza on Tuesday.", "Another Palestinian"),
        ("A Briton was arrested in Athens.", "A Briton"),
        ("Two Israelis were wounded near Jenin.", "Two Israelis"),
        ("Three Australians died in the crash.", "Three Australians"),
    ],
)
def test_counted_people_of_a_nation_are_not_the_nation(resolve_text, text: str, subject: str) -> None:
    name, _ = _subject(resolve_text(text), subject)
    assert name not in {"Palestine", "Israel", "Australia", "United Kingdom", "Briton"}


def test_several_counted_are_the_nations_people_with_its_code(resolve_text) -> None:
    assert _subject(resolve_text("Two Israelis were wounded near Jenin."), "Two Israelis") == (
        "Israeli people",
        "ISR",
    )


def test_the_nations_bodies_stay_as_they_were(resolve_text) -> None:
    graph = resolve_text(
        "Palestinian police arrested a man. The Palestinian leadership condemned the attack."
    )
    assert _subject(graph, "Palestinian police")[0] == "Palestinian police"
    assert _subject(graph, "The Palestinian leadership")[0] == "Palestinian leadership"


def test_officials_of_two_nations_are_no_one_nations_group(resolve_text) -> None:
    graph = resolve_text(
        "Helicopters fired on two cars in Hebron. "
        "Mr Zinni told Palestinian and Israeli security officials they had 48 hours to act."
    )
    names = {e.name for e in graph.entities}
    assert not any(
        n.endswith("security officials") and n.split()[0] in {"Hebron", "Palestinian"} for n in names
    )


def test_a_group_is_named_by_its_nationality_word_not_a_city(resolve_text) -> None:
    graph = resolve_text("Helicopters fired on two cars in Hebron. Palestinian police were put on alert.")
    assert _subject(graph, "Palestinian police")[0] == "Palestinian police"


def test_a_group_is_named_by_the_adjective_not_the_country(resolve_text) -> None:
    graph = resolve_text("Israel said on Monday that Israeli warplanes had hit a base.")
    assert _subject(graph, "Israeli warplanes")[0] == "Israeli warplanes"


def test_counted_people_are_no_they_of_the_larger_number(resolve_text) -> None:
    graph = resolve_text(
        "Twenty people including 12 Australians were killed when they were canyoning down the gorge."
    )
    assert not any(m.text == "they" and m.entity_id == "australian-people" for m in graph.mentions)
    names = {e.id: e.name for e in graph.entities}
    assert all(names.get(m.entity_id) != "Australian people" for m in graph.mentions if m.text == "they")


def test_a_plural_people_names_a_group_in_the_singular(resolve_text) -> None:
    graph = resolve_text(
        "Many Americans voted for the opposition. The former Ohio senator said he would run again."
    )
    names = {e.name for e in graph.entities}
    assert not any(n.endswith("senator") and n.split()[0].endswith("s") for n in names), names

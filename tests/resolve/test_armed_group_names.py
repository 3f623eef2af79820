"""A name the tagger calls a person is an armed group's when the gazetteer knows it as one or
the text calls its bearers militants or fighters ("Al-Shabab militants", "fighters of ..."),
unless a word of it is a first name or a particle of a person's name; a gerund before a name
("Containing al-Shabab", a heading's clause) is no part of it (made-up sentences, real parses)."""

from __future__ import annotations

from graphbuilder.resolve import ArticleGraph


def entity_of(graph: ArticleGraph, text: str) -> tuple[str, str] | None:
    names = {e.id: (e.name, e.type) for e in graph.entities}
    for m in sorted(graph.mentions, key=lambda m: m.start):
        if m.text == text:
            return names.get(m.entity_id)
    return None


def test_a_group_the_gazetteer_knows_is_no_person(resolve_text) -> None:
    graph = resolve_text("Al-Shabab said it carried out the attack in Mogadishu.")
    found = entity_of(graph, "Al-Shabab")
    assert found is not None and found[1] == "Organization"


def test_a_name_its_militants_bear_is_a_group(resolve_text) -> None:
    graph = resolve_text("Militants of Kato Ndoro attacked the base near the border.")
    found = entity_of(graph, "Kato Ndoro")
    assert found is not None and found[1] == "Organization"


def test_a_person_with_a_first_name_stays_a_person(resolve_text) -> None:
    graph = resolve_text("Fighters loyal to Osama bin Laden fled the valley.")
    found = entity_of(graph, "Osama bin Laden")
    assert found is not None and found[1] == "Person"


def test_a_gerund_is_no_part_of_a_name(resolve_text) -> None:
    graph = resolve_text(
        "Containing al-Shabab and rebuilding the coast Plans drawn up by the ministry would allow "
        "more patrols."
    )
    assert all(not e.name.startswith("Containing") for e in graph.entities)
    assert entity_of(graph, "al-Shabab") is not None


def test_one_word_before_fighters_is_no_group_by_the_text_alone(nlp) -> None:
    """ "Tolmek fighters" may name a people as well as a group: only the gazetteer makes a
    one-word name a group; two words ("Kato Ndoro fighters") or a hyphen the text may."""
    from graphbuilder.nlp.tables import doc_tables
    from graphbuilder.resolve.gazetteer import load_gazetteer
    from graphbuilder.resolve.mentions import _armed_group

    gazetteer = load_gazetteer()
    doc = nlp("They saw a split among Tolmek fighters near the border.")
    t = doc_tables(doc)
    assert t.dep[5] == "compound" and t.lower[6] == "fighters"
    assert not _armed_group(t, [5], gazetteer)
    doc = nlp("They saw a split among Kato Ndoro fighters near the border.")
    t = doc_tables(doc)
    assert t.lower[7] == "fighters" and _armed_group(t, [5, 6], gazetteer)

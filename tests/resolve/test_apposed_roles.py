"""A role noun in apposition after a person's name ("Ivan Petrov, the Russian ambassador,")
tells the person's role as a title before the name does: a later bare role of another office
("the president", "the attorney general") is not guessed onto them; the same role still is
(made-up sentences, real parses)."""

from __future__ import annotations

from tests.resolve.test_role_nominals import entity_name


def test_an_ambassador_named_in_apposition_is_not_the_president(resolve_text) -> None:
    graph = resolve_text(
        "Ivan Petrov, the Russian ambassador, spoke on Monday. The president will visit Moscow."
    )
    assert entity_name(graph, "The president") != "Ivan Petrov"


def test_an_ambassador_named_in_apposition_is_not_the_attorney_general(resolve_text) -> None:
    graph = resolve_text(
        "Ivan Petrov, the Russian ambassador, met reporters on Monday. "
        "The attorney general would resign, the paper said."
    )
    assert entity_name(graph, "The attorney general") != "Ivan Petrov"


def test_the_role_named_in_apposition_still_finds_its_holder(resolve_text) -> None:
    graph = resolve_text(
        "Jo Roe, the country's president, met Tom Hale. The president said the talks went well."
    )
    assert entity_name(graph, "The president") == "Jo Roe"


def test_a_former_holder_in_apposition_gets_no_role() -> None:
    from graphbuilder.nlp import load_pipeline
    from graphbuilder.nlp.tables import doc_tables
    from graphbuilder.resolve.mentions import _apposed_roles

    nlp = load_pipeline()
    for text, want in (
        ("Ivan Petrov, the Russian ambassador, spoke.", {"ambassador", "envoy"}),
        ("Ivan Petrov, the former ambassador, spoke.", set()),
        ("Ivan Petrov, a senior minister, spoke.", set()),
    ):
        doc = nlp(text)
        t = doc_tables(doc)
        assert set(_apposed_roles(t, 1)) == want, text


def test_two_roles_in_one_apposition_are_both_the_persons(resolve_text) -> None:
    graph = resolve_text(
        "Ivan Petrov, head of the ministry's Asia department and the Kremlin's special envoy to the "
        "region, spoke on Monday. The envoy said the talks would go on."
    )
    assert entity_name(graph, "The envoy") == "Ivan Petrov"


def test_an_ambassador_in_apposition_is_the_envoy(resolve_text) -> None:
    graph = resolve_text(
        "Ivan Petrov, the Russian ambassador, met reporters on Monday. The envoy said the talks went well."
    )
    assert entity_name(graph, "The envoy") == "Ivan Petrov"

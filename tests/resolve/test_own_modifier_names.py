"""A group or an official named after a country takes its name from its own modifier (issue 9,
session 25, class 1): a region's or a city's name stays ("the Texas businessman", "Scotland's
first minister" are no "American businessman", "UK minister"); a people's or a faith's word
that is no country's ("Syrian Kurdish forces") makes the group that people's, not the state's
forces; a nation joined to something else by "and" names neither ("Turkey and rebel forces").
Made-up sentences, real parses."""

from __future__ import annotations

from graphbuilder.resolve import ArticleGraph


def _subject(graph: ArticleGraph, text: str) -> tuple[str | None, str | None, str | None]:
    """(name, country, actor code) of the entity of the first statement whose subject reads ``text``."""
    entities = {e.id: e for e in graph.entities}
    for s in graph.statements:
        if s.evidence[0].subject.text == text:
            e = entities.get(s.subject_id)
            return (e.name, e.country, e.actor_code) if e else (None, None, None)
    raise AssertionError(f"no statement with subject {text!r}")


def test_a_regions_official_is_named_by_the_region(resolve_text) -> None:
    graph = resolve_text(
        "Many Americans voted for the opposition. The former Ohio senator said he would run again."
    )
    assert _subject(graph, "The former Ohio senator")[0] == "Ohio senator"


def test_a_regions_first_minister_is_not_the_nations(resolve_text) -> None:
    graph = resolve_text(
        "The UK government has rejected the plan. Scotland's first minister wrote a letter to London."
    )
    assert _subject(graph, "Scotland's first minister")[0] == "Scotland minister"


def test_the_nations_own_name_gives_way_to_its_adjective(resolve_text) -> None:
    graph = resolve_text(
        "Beijing has protested. Chinese troops crossed the river. China's foreign minister met the envoy."
    )
    assert _subject(graph, "Chinese troops")[0] == "Chinese troops"
    assert _subject(graph, "China's foreign minister")[0] == "Chinese foreign minister"


def test_an_ethnic_group_is_not_the_states_forces(resolve_text) -> None:
    graph = resolve_text("Syrian troops shelled the town. Syrian Kurdish fighters captured the dam.")
    name, country, code = _subject(graph, "Syrian Kurdish fighters")
    assert name is not None and "Kurdish" in name.title()
    assert country is None and code is None
    assert _subject(graph, "Syrian troops")[1] == "SYR"


def test_a_nation_joined_to_a_group_names_neither(resolve_text) -> None:
    graph = resolve_text("Backed by Turkey and rebel forces, the army took the town.")
    name, country, _ = _subject(graph, "Turkey and rebel forces")
    assert name is not None and not name.startswith("Turkish")
    assert country is None

"""Entity ids: the key is the gazetteer id or the canonical name, never the entity type."""

from __future__ import annotations

import inspect

import graphbuilder
from graphbuilder.model import Article, entity_id

PERSON = Article(id="a1", text="Ms Chelsea said she would resign. Chelsea thanked her staff.")
CLUB = Article(id="a2", text="Fans in Chelsea cheered as Chelsea won.")


def test_the_key_is_name_or_gazetteer_id_and_nothing_else() -> None:
    assert list(inspect.signature(entity_id).parameters) == ["name", "gazetteer_id"]
    assert entity_id("Vladimir Putin") == "vladimir-putin"
    assert entity_id("Putin", "VLADIMIR_PUTIN") == "vladimir-putin"
    assert entity_id("Kyiv Independent") == entity_id("kyiv  independent")


def test_one_name_typed_differently_keeps_one_id() -> None:
    """NER types "Chelsea" as a person in one article and not in the other: still one node."""
    alone = {}
    for article in (PERSON, CLUB):
        entities = graphbuilder.build([article]).entities.values()
        alone[article.id] = {e.id: e.type for e in entities if e.name == "Chelsea"}
    assert alone["a1"] == {"chelsea": "Person"}
    assert list(alone["a2"]) == ["chelsea"] and alone["a2"]["chelsea"] != "Person"
    together = graphbuilder.build([PERSON, CLUB])
    assert [e.id for e in together.entities.values() if e.name == "Chelsea"] == ["chelsea"]

"""A social network or a news site that NER takes for a person is an organisation (session 32,
Reuters dev entities: "Twitter" a Person node of 65 mentions, "Politico" of 22). Made-up
sentences, real parses."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The mayor said on Twitter that the vote would go ahead.", "Twitter"),
        ("Politico reported on Monday that the senator would retire.", "Politico"),
    ],
)
def test_a_medium_is_an_organisation(resolve_text, text: str, name: str) -> None:
    graph = resolve_text(text)
    types = {e.name: e.type for e in graph.entities}
    assert types.get(name) == "Organization"

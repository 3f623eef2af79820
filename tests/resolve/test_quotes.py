"""A "he" or "she" inside a quotation is never its speaker, and agrees only with a person known
to be a man or a woman (made-up sentences, real parses)."""

from __future__ import annotations

import pytest

from graphbuilder.nlp import load_pipeline
from graphbuilder.resolve import ArticleGraph
from graphbuilder.resolve.quotes import quotations, quote_speakers


def referent(graph: ArticleGraph, text: str, occurrence: int = 0) -> str | None:
    hits = sorted((m for m in graph.mentions if m.text == text), key=lambda m: m.start)
    if len(hits) <= occurrence:
        return None
    names = {e.id: e.name for e in graph.entities}
    return names.get(hits[occurrence].entity_id)


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        # the quotation follows its introducing verb
        (
            "Mark Croucher criticised the party on Monday. Mr Croucher told BBC News: "
            '"He appears to have said these things."',
            "He",
        ),
        # the quotation hangs on the verb after it
        ('Mark Croucher spoke in Leeds on Monday. "He has let the party down," Mr Croucher said.', "He"),
        # a quotation continued in a new paragraph keeps its speaker
        (
            'Mark Croucher spoke on Monday. Mr Croucher said: "We acted quickly. '
            '"He will remain suspended."',
            "He",
        ),
    ],
)
def test_a_pronoun_in_a_quotation_is_not_its_speaker(resolve_text, text: str, pronoun: str) -> None:
    assert referent(resolve_text(text), pronoun) is None


def test_a_pronoun_outside_the_quotation_still_resolves(resolve_text) -> None:
    graph = resolve_text('Mark Croucher spoke on Monday. He said the plan was "a disgrace".')
    assert referent(graph, "He") == "Mark Croucher"


def test_an_unpaired_mark_does_not_turn_later_quotations_inside_out() -> None:
    nlp = load_pipeline(None)
    doc = nlp('He said: "We will win.\n\nHe questioned why there was "such a rush" to act.')
    quoted = [doc[a : b + 1].text for a, b, _ in quotations(doc)]
    assert quoted == ["We will win.", "such a rush"]
    speakers = quote_speakers(doc)
    assert all(doc[i].text != "questioned" for i in speakers)


def test_he_needs_a_person_known_to_be_a_man(resolve_text) -> None:
    # nothing tells the gender of an unknown first name: no evidence for "he"
    graph = resolve_text("Zorvan Blick spoke in Leeds on Monday. He said the plan was wrong.")
    assert referent(graph, "He") is None
    # a title does
    graph = resolve_text("Mr Zorvan Blick spoke in Leeds on Monday. He said the plan was wrong.")
    assert referent(graph, "He") == "Zorvan Blick"


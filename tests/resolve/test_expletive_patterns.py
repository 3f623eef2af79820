"""More placeholder "it"s: "it emerged that", "it remains to be seen whether", "it was a
mistake to", "it makes sense to", "it took two years to" stand for what follows and mention
nothing, so nothing is resolved onto them; the same verbs and nouns with a referring "it"
stay mentions (made-up sentences, real parses)."""

from __future__ import annotations

import pytest

from graphbuilder.extract.expletives import is_expletive
from tests.resolve.test_pronouns_and_surnames import referent


def first_it(nlp, text: str):
    return next(t for t in nlp(text) if t.lower_ == "it")


@pytest.mark.parametrize(
    "text",
    [
        "It emerged that the firm had misstated its reserves.",
        "It turned out that the minister had lied.",
        "It follows that interest rates must rise.",
        "It remains to be seen whether the firm will pay more.",
        "It was a mistake to sell the refinery.",
        "It is a shame that the talks failed.",
        "It is time to invest in renewables.",
        "It makes sense to cut costs now.",
        "It took two years to build the plant.",
    ],
)
def test_an_it_standing_for_what_follows_is_expletive(nlp, text: str) -> None:
    assert is_expletive(first_it(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "It emerged from bankruptcy last year.",
        "It was a mistake that cost the company millions.",
        "It took control of the refinery to cut costs.",
        "It made a profit to the surprise of analysts.",
        "It followed the rules.",
    ],
)
def test_the_same_words_with_a_referring_it(nlp, text: str) -> None:
    assert not is_expletive(first_it(nlp, text))


def test_a_placeholder_it_takes_no_antecedent(resolve_text) -> None:
    opening = "Shell posted record profits on Thursday. "
    graph = resolve_text(opening + "It emerged that the firm had misstated its reserves.")
    assert referent(graph, "It") is None
    assert referent(graph, "the firm") == "Shell"
    # "be" with an actor's noun: the firm ("It was a mistake that ..." says the "it" is a thing)
    referring = resolve_text(opening + "It was a big employer that cost the state millions.")
    assert referent(referring, "It") == "Shell"

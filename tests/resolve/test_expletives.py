"""An "it" that stands for a clause that follows ("it is possible that ...") mentions nothing,
so no one is resolved as its antecedent; a referring "it" is still a mention."""

from __future__ import annotations

import pytest

from graphbuilder.extract.expletives import is_expletive
from graphbuilder.resolve.gazetteer import load_gazetteer
from graphbuilder.resolve.mentions import detect_mentions


def first_it(nlp, text: str):
    return next(t for t in nlp(text) if t.lower_ == "it")


@pytest.mark.parametrize(
    "text",
    [
        "It is possible that the talks will fail.",
        "It seems that the minister has resigned.",
        "It was reported that the envoy met the rebels.",
        "It is not known whether they would support a bid.",
        "It remains unclear whether the deal will go ahead.",
        "It is important to remember that the bank lost money.",
    ],
)
def test_an_it_that_stands_for_a_following_clause_is_expletive(nlp, text: str) -> None:
    assert is_expletive(first_it(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The company said it is ready to sign the deal.",
        "The bank said it is expected to raise rates.",
        "The bank said it was likely to raise rates.",
        "Microsoft said it would buy the firm.",
        "The firm said it is confident that sales will rise.",
    ],
)
def test_an_it_that_refers_is_no_expletive(nlp, text: str) -> None:
    assert not is_expletive(first_it(nlp, text))


def test_an_expletive_it_is_no_mention_and_a_referring_it_is(nlp) -> None:
    doc = nlp(
        "Acme Holdings reported a loss. It is possible that the shares will fall. It said it would cut jobs."
    )
    its = [t.i for t in doc if t.lower_ == "it"]
    pronouns = {m.start for m in detect_mentions(doc, load_gazetteer()) if m.kind == "pronoun"}
    assert its[0] not in pronouns  # "It is possible that ...": nothing to resolve
    assert its[1] in pronouns and its[2] in pronouns  # "It said it would cut": the company

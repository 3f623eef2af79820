"""A bare "the judge" or "the prosecutor" joins the one person the article names with that word
as a title, named before it ("Judge Harold Venn ... The judge said"); not when two people bear
the title, nor when the noun says more than the title ("the former judge"). Issue 9, session 27,
class 4 (a description node where the text names the person). Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from graphbuilder.ingest import article_from_text
from graphbuilder.resolve.article import ArticleResolver
from graphbuilder.resolve.gazetteer import load_gazetteer


def description_referent(nlp, text: str, word: str) -> str | None:
    """The first words of the cluster the first mention headed by ``word`` (no name) joins."""
    article = article_from_text(text)
    doc = nlp(article.text)
    sieve = ArticleResolver(article, doc, load_gazetteer()).sieve
    m = next(m for m in sieve.mentions if m.kind != "name" and doc[m.head].lower_ == word)
    c = sieve.cluster_of(m)
    return None if c is None else " ".join(c.mentions[0].words)


@pytest.mark.parametrize(
    ("text", "word", "holder"),
    [
        (
            "Judge Harold Venn heard the case in Leeds on Monday. The judge said the defendant had "
            "shown no remorse.",
            "judge",
            "Harold Venn",
        ),
        (
            "Prosecutor Roger Venn described the night of the row. The prosecutor said the defendant "
            "had lied.",
            "prosecutor",
            "Roger Venn",
        ),
    ],
)
def test_the_title_word_joins_the_one_person_named_with_it(nlp, text: str, word: str, holder: str) -> None:
    assert description_referent(nlp, text, word) == holder


@pytest.mark.parametrize(
    "text",
    [
        # two people bear the title
        "Judge Harold Venn heard the case in Leeds on Monday, with Judge Mary Tolt. The judge said the "
        "defendant had shown no remorse.",
        # the noun says more than the title
        "Judge Harold Venn heard the case in Leeds on Monday. The former judge said the defendant had "
        "shown no remorse.",
        # a phrase after the noun says which judge: another one
        "Judge Harold Venn jailed the man in Leeds in 2015. On Monday, the judge at the appeal court "
        "freed him.",
        "Judge Harold Venn jailed the man in Leeds in 2015. The judge who heard the appeal freed him.",
    ],
)
def test_no_join_when_two_bear_the_title_or_the_noun_says_more(nlp, text: str) -> None:
    assert description_referent(nlp, text, "judge") is None

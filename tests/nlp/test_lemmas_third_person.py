"""The third-person "-es" of verbs in "-e": spaCy gives "hopes" the lemma "hop"."""

from __future__ import annotations

import pytest

from graphbuilder.nlp.lemmas import verb_lemma


@pytest.mark.parametrize(
    ("text", "verb", "lemma"),
    [
        ("The league hopes to cut injuries.", "hopes", "hope"),
        ("The minister hates long meetings.", "hates", "hate"),
        ("The army stages a parade every year.", "stages", "stage"),
        ("The court fines the firm again.", "fines", "fine"),
        ("The rabbit hops over the wall.", "hops", "hop"),
        ("The clinic passes the test.", "passes", "pass"),
        ("She votes against the plan.", "votes", "vote"),
    ],
)
def test_third_person_verbs_in_e_keep_their_e(nlp, text: str, verb: str, lemma: str) -> None:
    token = next(t for t in nlp(text) if t.text == verb)
    assert token.lemma_ == lemma


def test_a_stem_in_s_or_z_takes_es_itself() -> None:
    assert verb_lemma("gases", "gas") == "gas"
    assert verb_lemma("quizzes", "quiz") == "quiz"

"""Who "he" and "she" go on meaning across sentences (issue 9, class 2): a person named only in
passing does not capture the pronoun of the article's own subject (made-up sentences, real parses)."""

from __future__ import annotations

import pytest

from tests.resolve.test_pronouns_and_surnames import referent


@pytest.mark.parametrize(
    ("text", "passing"),
    [
        (
            "Mr Novak joined the army in 1980 as a young officer. One of the recruits at the "
            "school was Boris Petrov. In Moscow, he was posted to a signals unit.",
            "Boris Petrov",
        ),
        (
            "Mrs Hale founded the charity in 1995. Its first donation came from Mary Quinn. "
            "Later she moved the charity to Leeds.",
            "Mary Quinn",
        ),
    ],
)
def test_a_person_named_in_passing_does_not_capture_the_next_pronoun(
    resolve_text, text: str, passing: str
) -> None:
    graph = resolve_text(text)
    pronoun = "she" if " she " in text else "he"
    assert referent(graph, pronoun) != passing


def test_the_chain_of_pronouns_does_not_follow_a_passing_name(resolve_text) -> None:
    graph = resolve_text(
        "Mr Novak joined the army in 1980 as a young officer. One of the recruits at the "
        "school was Boris Petrov. In Moscow, he was posted to a signals unit. By 1990 he had "
        "risen to the rank of major."
    )
    assert referent(graph, "he", 1) != "Boris Petrov"


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # no rival in the window: the person named as an object is the one meant
        ("Police arrested John Smith on Monday. He was charged with fraud.", "He", "John Smith"),
        # named as a subject before, then in passing: still the article's person
        (
            "Sir John Gieve was permanent secretary during the affair. Mr Brown, 57, was made a "
            "Commander of the Order of Bath. Both men were giving evidence to a committee. The "
            "knighting of Sir John Gieve will be received with astonishment. The Liberal Democrats "
            "said he could not remember the application.",
            "he",
            "John Gieve",
        ),
    ],
)
def test_a_person_named_in_passing_keeps_a_pronoun_no_one_else_rivals(
    resolve_text, text: str, pronoun: str, expected: str
) -> None:
    assert referent(resolve_text(text), pronoun) == expected


@pytest.mark.parametrize(
    ("text", "passing"),
    [
        ("Mr Jones will be sentenced after Mr Brown's trial, where he is appearing as a witness.", "Brown"),
    ],
)
def test_a_possessor_on_the_path_does_not_outrank_the_subject(resolve_text, text: str, passing: str) -> None:
    assert referent(resolve_text(text), "he") != passing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in apposition to the subject is the subject
        (
            "Yesterday the economy minister, Roberto Lavagna, said that he expected the offer to succeed.",
            "Roberto Lavagna",
        ),
        # no other person above: the possessor is the one meant
        ("The court heard evidence on Mr Brown's trial, where he is appearing as a witness.", "Brown"),
    ],
)
def test_a_name_on_the_path_with_no_rival_above_keeps_the_pronoun(
    resolve_text, text: str, expected: str
) -> None:
    assert referent(resolve_text(text), "he") == expected


def test_a_name_in_apposition_to_a_subject_is_no_passing_mention(resolve_text) -> None:
    graph = resolve_text(
        '"You can hunt a rat, but not a mouse," Mr Hart said. The Attorney General, Lord Goldsmith, '
        "has so far issued no instructions to police. He said he will consult the police."
    )
    assert referent(graph, "He") == "Goldsmith"


def test_a_subject_of_unknown_gender_stops_the_search_for_he(resolve_text) -> None:
    graph = resolve_text(
        "Finance minister Trevor Manuel unveiled the budget. Economist Colen Garrow said the budget "
        'looked as if it would stimulate growth. "It\'s pleasant to see the cut in company taxes," he said.'
    )
    assert referent(graph, "he") != "Trevor Manuel"


def test_a_subject_of_known_gender_is_found_as_before(resolve_text) -> None:
    graph = resolve_text(
        "Finance minister Trevor Manuel unveiled the budget. Economist John Garrow said the budget "
        'looked as if it would stimulate growth. "It\'s pleasant to see the cut in company taxes," he said.'
    )
    assert referent(graph, "he") == "John Garrow"

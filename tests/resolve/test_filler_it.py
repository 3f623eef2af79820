"""A filler "it" of "be" is no mention (issue 9, session 25, class 5): a stretch of time before
a "since"/"before" clause ("It's been a long time since we came"), and an extraposing adjective
whose infinitive the parser hangs on the verb ("he never thought it would be necessary again to
stress ..."). Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from tests.resolve.test_pronouns_and_surnames import referent


@pytest.mark.parametrize(
    ("text", "pronoun", "wrong"),
    [
        (
            'Backed by jets, rebels took Kalvara, which ISIL had held since 2014. "It\'s been a long time '
            'since we were here," a commander said.',
            "It",
            "Islamic State",
        ),
        (
            "With their appeal, the CDU distanced itself from the populist party. Ostrander said he never "
            "thought it would ever be necessary again to emphasize the freedom of the press.",
            "it",
            "CDU",
        ),
    ],
)
def test_a_filler_it_is_no_one(resolve_text, text: str, pronoun: str, wrong: str) -> None:
    name = referent(resolve_text(text), pronoun)
    assert name is None or wrong not in name


def test_an_it_that_is_ready_to_act_still_refers(resolve_text) -> None:
    graph = resolve_text(
        "With their appeal, the CDU distanced itself from the populist party. It said it was ready to sign."
    )
    assert referent(graph, "it") == "CDU"

"""What was reported ends before another source's report set beside it by the writer (issue 9,
an argument padded): "said [the talks had failed], while the rebels said they would fight on"
(made-up sentences)."""

from __future__ import annotations

import pytest

from tests.extract.triples import triples_of


@pytest.mark.parametrize(
    ("text", "subject", "content"),
    [
        (
            "The ministry said the talks had failed, while the rebels said they would fight on.",
            "The ministry",
            "the talks had failed",
        ),
        (
            "Officials said the old bridge was safe, though engineers later denied it.",
            "Officials",
            "the old bridge was safe",
        ),
    ],
)
def test_another_sources_report_is_no_part_of_the_content(candidates, text, subject, content) -> None:
    triples = triples_of(candidates(text))
    assert (subject, "said", content) in triples, triples


def test_the_same_speaker_going_on_stays(candidates) -> None:
    # no subject of its own: the mayor still speaking
    text = "The mayor said the bridge would close, while adding that ferries would run."
    triples = triples_of(candidates(text))
    assert ("The mayor", "said", "the bridge would close, while adding that ferries would run") in triples

"""A whole (project-written) article: constructs interact across sentences as in real news."""

from __future__ import annotations

import pytest

ARTICLE = (
    "Russian President Vladimir Putin has reviewed US President Donald Trump's appeal to spare the "
    "soldiers, TASS reports. "
    '"We have reviewed the appeal from Mr. Trump," Putin emphasized. '
    "Vladimir Putin proposed that the Ukrainian authorities order their troops to lay down their arms, "
    "TASS reports. "
    "Earlier, President Donald Trump personally appealed to Putin to spare the surrounded groups. "
    "On March 12, Hungary did not support the new measures. "
    "A day later, the ministers could approve the package, according to Reuters."
)
REFERENCE = "2025-03-14"


@pytest.fixture(scope="module")
def article_candidates(candidates):
    return candidates(ARTICLE, REFERENCE)


def test_appeal_and_proposal(article_candidates, find) -> None:
    appeal = find(article_candidates, "President Donald Trump", "appealed_to", "Putin")
    assert appeal.construct == "prep" and not appeal.negated
    proposal = find(article_candidates, "Vladimir Putin", "proposed")
    assert proposal.object is not None and proposal.object.text.endswith("to lay down their arms")
    assert proposal.reporter is not None and proposal.reporter.text == "TASS"
    laid = find(article_candidates, "their troops", "laid_down", "their arms")
    assert laid.speaker is not None and laid.speaker.text == "Vladimir Putin"


def test_nominal_appeal_and_quote(article_candidates, find) -> None:
    nominal = find(article_candidates, "US President Donald Trump", "appealed", "spare the soldiers")
    assert nominal.construct == "nominal"
    quoted = find(article_candidates, "We", "reviewed", "the appeal from Mr. Trump")
    assert quoted.speaker is not None and quoted.speaker.text == "Putin"


def test_negation_dates_and_sources(article_candidates, find) -> None:
    hungary = find(article_candidates, "Hungary", "supported", "the new measures")
    assert hungary.negated and hungary.date == "2025-03-12"
    ministers = find(article_candidates, "the ministers", "approved", "the package")
    assert ministers.modality == "could" and ministers.date == "2025-03-13"
    assert ministers.reporter is not None and ministers.reporter.text == "Reuters"


def test_sources_make_no_statement(article_candidates) -> None:
    assert not [c for c in article_candidates if c.subject.text in ("TASS", "Reuters")]


def test_candidates_are_in_text_order(article_candidates) -> None:
    starts = [c.sentence.start for c in article_candidates]
    assert starts == sorted(starts)

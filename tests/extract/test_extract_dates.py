"""Date expressions resolved against the article date, and dates attached to candidates."""

from __future__ import annotations

import pytest

from graphbuilder.extract.dates import DateContext, parse_reference, resolve_date_text

REFERENCE = "2025-03-14"  # a Friday


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Thursday", "2025-03-13"),
        ("Friday", "2025-03-14"),
        ("last Friday", "2025-03-07"),
        ("Monday", "2025-03-10"),
        ("March 12", "2025-03-12"),
        ("12 March", "2025-03-12"),
        ("March 12, 2024", "2024-03-12"),
        ("7 October 1952", "1952-10-07"),
        ("yesterday", "2025-03-13"),
        ("today", "2025-03-14"),
        ("last week", "2025-W10"),
        ("this month", "2025-03"),
        ("last year", "2024"),
        ("2012", "2012"),
        ("August 1999", "1999-08"),
        ("three days ago", "2025-03-11"),
        ("16 years", None),
        ("the 1990s", None),
        ("recently", None),
    ],
)
def test_resolve_date_text(text: str, iso: str | None) -> None:
    assert resolve_date_text(text, DateContext.for_reference(REFERENCE)) == iso


def test_relative_day_counts_from_the_last_date_mentioned() -> None:
    ctx = DateContext.for_reference(REFERENCE)
    assert resolve_date_text("March 2", ctx) == "2025-03-02"
    assert resolve_date_text("a day later", ctx) == "2025-03-03"
    assert resolve_date_text("two days later", ctx) == "2025-03-05"


def test_without_reference_only_absolute_dates_resolve() -> None:
    ctx = DateContext.for_reference(None)
    assert resolve_date_text("Thursday", ctx) is None
    assert resolve_date_text("March 12", ctx) is None
    assert resolve_date_text("March 12, 2025", ctx) == "2025-03-12"
    assert resolve_date_text("in 2012", ctx) == "2012"


def test_parse_reference_accepts_datetimes() -> None:
    assert str(parse_reference("2025-03-14T09:30:00Z")) == "2025-03-14"
    assert parse_reference("not a date") is None


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "date"),
    [
        ("Putin met Trump in Helsinki on Thursday.", "Putin", "met", "2025-03-13"),
        ("On March 12, the army captured the town.", "the army", "captured", "2025-03-12"),
        ("Macron visited Kyiv last week.", "Macron", "visited", "2025-W10"),
        ("Germany and France signed the agreement in 2012.", "France", "signed", "2012"),
        ("Kyiv rejected the proposal.", "Kyiv", "rejected", None),
    ],
)
def test_candidate_dates(candidates, find, text, subject, predicate, date) -> None:
    assert find(candidates(text, REFERENCE), subject, predicate).date == date


def test_a_day_later_follows_the_previous_sentence(candidates, find) -> None:
    text = "On March 12, the army captured the town. A day later, the army shelled the bridge."
    assert find(candidates(text, REFERENCE), "the army", "shelled").date == "2025-03-13"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("in November", "2024-11"),  # the November before a March article, not eight months ahead
        ("on November 5", "2024-11-05"),
        ("on 20 December", "2024-12-20"),
        ("in June", "2025-06"),  # three months ahead is nearer than nine months back
        ("on April 2", "2025-04-02"),
        ("in March", "2025-03"),
        ("in November 2025", "2025-11"),  # a year given is kept
    ],
)
def test_a_month_without_a_year_is_the_one_nearest_the_article(text: str, iso: str) -> None:
    assert resolve_date_text(text, DateContext.for_reference(REFERENCE)) == iso


def test_a_january_article_reaches_back_to_december_and_a_december_one_ahead_to_january() -> None:
    assert resolve_date_text("in December", DateContext.for_reference("2025-01-10")) == "2024-12"
    assert resolve_date_text("on January 3", DateContext.for_reference("2025-12-20")) == "2026-01-03"

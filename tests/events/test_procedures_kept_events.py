"""What the procedures rules must leave typed: the Security Council's vote is the act, private
people's violence or protest is an event, and a meeting one will take part in is no promise."""

from __future__ import annotations

import pytest

from graphbuilder.api import extract


def _types(text: str) -> dict[tuple[str, str], str | None]:
    return {
        (s["predicate"], (s.get("object") or {}).get("text") or ""): s.get("event_type")
        for s in extract(text)
    }


def test_the_security_councils_vote_to_sanction_is_the_sanction() -> None:
    types = _types("The Security Council voted on Friday to impose fresh sanctions on Borduria.")
    assert types[("sanctioned", "Borduria")] == "SANCTION"


def test_a_legislatures_vote_to_sanction_stays_a_step_of_a_bill() -> None:
    types = _types("The Ruritanian senate voted on Friday to impose fresh sanctions on Borduria.")
    assert types[("sanctioned", "Borduria")] is None


@pytest.mark.parametrize(
    ("text", "key", "event_type"),
    [
        (
            "Hundreds of pilgrims attacked a police checkpoint near the shrine.",
            ("attacked", "a police checkpoint"),
            "FIGHT",
        ),
        (
            "Angry tourists protested outside the consulate.",
            ("protested_outside", "the consulate"),
            "PROTEST",
        ),
    ],
)
def test_private_peoples_violence_and_protest_are_events(
    text: str, key: tuple[str, str], event_type: str
) -> None:
    assert _types(text)[key] == event_type


def test_private_peoples_visits_stay_untyped() -> None:
    assert _types("Two million tourists visited Varnia last year.")[("visited", "Varnia")] is None


def test_a_meeting_one_will_take_part_in_is_no_promise() -> None:
    statements = extract("The Varnian trade minister will take part in a summit of Gulf leaders next month.")
    parts = [s for s in statements if s["predicate"].startswith("took_part")]
    assert parts and all(s["event_type"] != "AGREE" for s in parts)


def test_an_office_holder_quitting_the_post_yields() -> None:
    types = _types("The Varnian interior minister quit the post after protesters demanded his resignation.")
    assert types[("quit", "the post")] == "CONCEDE"


def test_a_private_person_quitting_a_firm_stays_untyped() -> None:
    assert _types("The chief executive quit the company in June.")[("quit", "the company")] is None

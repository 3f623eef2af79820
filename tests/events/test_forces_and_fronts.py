"""Conflict news: fighters arriving are deployed, not visiting; only refugees crossing a border
seek refuge; a spokesman reporting what "they" did is not the actor; people with no arms who
"fight" a law fight no one; a visit to a school or a shrine visits no actor. Made-up sentences
through the real extractor and classifier; every NO_EVENT frame was typed before its rule,
and the events beside them keep their type."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphbuilder.events import classify_all
from graphbuilder.extract import extract_candidates


def typed(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    """(subject, predicate, PLOVER type) of every frame of ``text``."""
    cands = list(extract_candidates(nlp(text)))
    return [(c.subject.text, c.predicate, t[0]) for c, t in zip(cands, classify_all(cands), strict=True)]


@pytest.mark.parametrize(
    "text",
    [
        "Troops arrived in Darfur on Monday.",  # was CONSULT (a visit)
        "British troops arrived in Basra on Monday.",
        "Hundreds of fighters crossed into Pakistan last week.",  # was REQUEST (seeking refuge)
        "Opposition parties are fighting the new law in court.",  # was FIGHT
        "The prime minister visited a school in Sedgefield.",  # was CONSULT (a visit)
        "The foreign secretary visited a shrine in Amritsar on Thursday.",
    ],
)
def test_no_event(nlp, text: str) -> None:
    assert not [f for f in typed(nlp, text) if f[2]], typed(nlp, text)


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "event"),
    [
        (
            "The French foreign minister arrived in Kigali on Monday.",
            "The French foreign minister",
            "arrived_in",
            "CONSULT",
        ),
        (
            "Thousands of refugees have crossed into Chad from Darfur.",
            "Thousands of refugees",
            "crossed_into",
            "REQUEST",
        ),
        ("Government forces fought the rebels near Goma.", "Government forces", "fought", "FIGHT"),
        ("The army is fighting the insurgency in the north.", "The army", "fought", "FIGHT"),
        # the capture is typed on its own frame; saying one did it is no act (test_stated_acts_s26)
        ("The rebels said they had captured the town.", "they", "captured", "FIGHT"),
        ("The French president visited Germany on Monday.", "The French president", "visited", "CONSULT"),
        ("The US envoy visited a refugee camp run by the UN.", "The US envoy", "visited", "CONSULT"),
    ],
)
def test_events_stay(nlp, text: str, subject: str, predicate: str, event: str) -> None:
    assert (subject, predicate, event) in typed(nlp, text)


def test_what_they_did_is_not_the_spokesmans_act(nlp) -> None:
    """Was FIGHT on "A spokesman for the rebels -said-> ...": the spokesman captured nothing;
    the clause's own frame, whose "they" resolution may name the rebels, carries the event."""
    found = typed(nlp, "A spokesman for the rebels said they had captured the town.")
    assert ("A spokesman for the rebels", "said", None) in found
    assert ("they", "captured", "FIGHT") in found


@pytest.mark.parametrize(
    ("text", "speaker", "predicate"),
    [
        # a speaker's pronoun is never "they": was RETREAT on "I -insisted->"
        (
            'Health minister Brian Gibbons said: "I wrote to the board to insist they withdraw the threat."',
            "I",
            "insisted",
        ),
        (
            "Defence minister Shaul Mofaz spoke in Tel Aviv. He said they would withdraw from Gaza.",
            "He",
            "said",
        ),
    ],
)
def test_they_are_not_the_speaker(nlp, text: str, speaker: str, predicate: str) -> None:
    found = typed(nlp, text)
    assert (speaker, predicate, None) in found, found


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a plan or a record is attacked in words, whoever attacks it: was FIGHT
        (
            "Opposition parties and aid agencies attacked the government's plans for quotas on migrants.",
            "Opposition parties",
        ),
        ("The Liberal Democrats attacked the government's record on crime.", "The Liberal Democrats"),
    ],
)
def test_a_plan_is_attacked_in_words(nlp, text: str, subject: str) -> None:
    assert (subject, "attacked", "DISAPPROVE") in typed(nlp, text)


@pytest.mark.parametrize(
    ("text", "subject", "event"),
    [
        ("Hamas attacked Israeli positions near Gaza.", "Hamas", "FIGHT"),
        ("Protesters attacked the embassy.", "Protesters", "FIGHT"),
    ],
)
def test_people_and_places_are_attacked_by_force(nlp, text: str, subject: str, event: str) -> None:
    assert (subject, "attacked", event) in typed(nlp, text)


def test_what_a_denied_clause_says_is_no_event(nlp) -> None:
    """Was DEMAND on "campaign groups -forced-> the changes": the minister denies it."""
    text = (
        "Lord Falconer denied fathers' groups had forced the changes, telling the BBC the system was wrong."
    )
    assert not [f for f in typed(nlp, text) if f[2]], typed(nlp, text)

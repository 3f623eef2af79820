"""The aim of a thing demanded is no act of the demanders, and no event of its own.

"Villagers demanded a police force to guard them and stop the raids": the guarding and
stopping are the force's, only sought; the event is the demand. A held-back judgement found
them typed as the villagers' AID and (asserted) COERCE. Made-up sentences through the real
extractor and classifier.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphbuilder.events import classify_all
from graphbuilder.extract import extract_candidates
from graphbuilder.extract.modality import modality_of


def frames(nlp: Language, text: str) -> list[tuple[str, str, str | None, str]]:
    """(subject, predicate, PLOVER type, modality) of every frame of ``text``."""
    cands = list(extract_candidates(nlp(text)))
    return [
        (c.subject.text, c.predicate, t[0], modality_of(c))
        for c, t in zip(cands, classify_all(cands), strict=True)
    ]


CASES = [
    (
        "Kurdish villagers demanded a Turkish army unit to guard them and stop the rebel raids.",
        "Kurdish villagers",
        "a Turkish army unit",
        ("guarded", "stopped"),
        ("demanded", "DEMAND"),
    ),
    (
        "Lebanon called for a UN force to protect the border and stop Israeli attacks.",
        "Lebanon",
        "a UN force",
        ("protected", "stopped"),
        ("called_for", "REQUEST"),
    ),
]


@pytest.mark.parametrize(("text", "demanders", "thing", "aims", "demand"), CASES)
def test_the_aim_of_a_demanded_thing(nlp, text, demanders, thing, aims, demand) -> None:
    found = frames(nlp, text)
    assert (demanders, demand[0], demand[1], "asserted") in found, found
    for aim in aims:
        rows = [f for f in found if f[1] == aim]
        assert rows == [(thing, aim, None, "intended")], found


def test_the_subjects_own_purpose_keeps_its_subject(nlp) -> None:
    """ "Police used tear gas to disperse the crowd": the police's own aim (intended)."""
    found = frames(nlp, "Police used tear gas to disperse the crowd.")
    assert ("Police", "dispersed", None, "intended") in found, found


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("Russia used its veto to block the resolution.", ("Russia", "blocked", "REJECT", "intended")),
        (
            "The government used emergency powers to arrest opposition leaders.",
            ("The government", "arrested", "COERCE", "intended"),
        ),
        ("The army used tanks to attack the rebel positions.", ("The army", "attacked", "FIGHT", "intended")),
    ],
)
def test_the_subjects_own_purpose_after_an_object_keeps_its_type(nlp, text, frame) -> None:
    """ "Russia used its veto to block the resolution": what an act is done for is part of it,
    aimed at (intended) and typed, as a purpose set off by a comma is (review RV-C, F4)."""
    found = frames(nlp, text)
    assert frame in found, found


def test_an_aim_read_as_the_objects_act_stays_untyped(nlp) -> None:
    """ "Mr Blair has met X and Y to talk about ...", read with X and Y talking: the aim is the
    typed act's only when the statement's subject is the act's own."""
    found = frames(
        nlp,
        "Mr Blair has met Italian Prime Minister Silvio Berlusconi and German Chancellor "
        "Gerhard Schroeder to talk about Turkey entering the EU.",
    )
    rows = [f for f in found if f[1] == "talked_about" and f[0] != "Mr Blair"]
    assert rows and all(f[2] is None for f in rows), found

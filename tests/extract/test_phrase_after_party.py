"""A name or reflexive object takes in the phrase the verb governs after it when the phrase says
what of it, a charge, a ground or a thing (issue 9, an argument cut): "accused [Northbank of
hiding the losses]", no "accused [Northbank]" with the charge left out and no
"accused_of [hiding the losses]" with the one accused only in the relation (made-up sentences)."""

from __future__ import annotations

import pytest

from tests.extract.triples import triples_of


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj", "split"),
    [
        (
            "The mayor accused Northbank of hiding the losses.",
            "The mayor",
            "accused",
            "Northbank of hiding the losses",
            "accused_of",
        ),
        (
            "The coach blamed Ivanova for the defeat.",
            "The coach",
            "blamed",
            "Ivanova for the defeat",
            "blamed_for",
        ),
        (
            "Ruritania defended itself against the charges.",
            "Ruritania",
            "defended",
            "itself against the charges",
            "defended_against",
        ),
        (
            "The guards barred Ivanova from entering the hall.",
            "The guards",
            "barred",
            "Ivanova from entering the hall",
            "barred_from",
        ),
    ],
)
def test_a_named_object_takes_in_what_it_is_charged_with(
    candidates, text, subject, predicate, obj, split
) -> None:
    triples = triples_of(candidates(text))
    assert (subject, predicate, obj) in triples
    assert not [t for t in triples if t[1] == split], triples  # the phrase makes no statement of its own
    assert (subject, predicate, obj.split(" ")[0]) not in triples  # nor the bare name


def test_a_second_party_and_a_place_stay_out(candidates) -> None:
    triples = triples_of(candidates("The club lent Ivanova to Northbank."))
    assert ("The club", "lent", "Ivanova") in triples  # a party of its own: lent_to [Northbank]
    triples = triples_of(candidates("The climber lowered himself from the ledge."))
    assert ("The climber", "lowered", "himself") in triples  # where the climber itself went
    triples = triples_of(candidates("Jo Roe founded Northwind with her father."))
    assert ("Jo Roe", "founded", "Northwind") in triples  # a person: a party, founded_with [her father]


def test_a_personal_pronoun_object_stays_a_mention_of_its_own(candidates) -> None:
    # "her with fraud" is no mention the resolver can pin on a person; left unresolved the
    # object became the literal "with fraud" (REV2, session 28)
    got = triples_of(candidates("Police later charged her with fraud."))
    assert ("Police", "charged", "her") in got
    assert not any(o is not None and o.startswith("her ") for _, _, o in got)

"""An "it" given to no organisation when a thing or an event is meant, or nothing (issue 9,
classes 2-3, session 24): a thing named nearer than the organisation, the subject of a verb
that ends talks, of a passive only acts have, of "take time to", of "it's easy" (made-up
sentences, real parses)."""

from __future__ import annotations

import pytest

from tests.resolve.test_pronouns_and_surnames import referent


@pytest.mark.parametrize(
    ("text", "pronoun", "wrong"),
    [
        # an object "it" after a thing named nearer than the firm
        ("Qantas has put an offer to workers but unions will advise members to reject it.", "it", "Qantas"),
        # a subject "it" of a thing's verb after the same thing
        (
            "Qantas has made an offer to workers but unions say it does not include a pay rise.",
            "it",
            "Qantas",
        ),
        (
            "The United States Air Force dropped a huge bomb on the caves. It wreaked havoc in the tunnels.",
            "It",
            "United States Air Force",
        ),
    ],
)
def test_a_thing_named_nearer_than_the_organisation_is_as_likely_it(
    resolve_text, text: str, pronoun: str, wrong: str
) -> None:
    assert referent(resolve_text(text), pronoun) != wrong


@pytest.mark.parametrize(
    ("text", "pronoun", "wrong"),
    [
        (
            "The United Nations says the new council will be led by Mr Karzai. "
            "It concludes more than a week of negotiations in Bonn.",
            "It",
            "United Nations",
        ),
        (
            "The Kashmir Freedom Council denied any role. "
            '"We believe it was carried out by foreign agents," the council said.',
            "it",
            "Kashmir Freedom Council",
        ),
        (
            "The head of the US Central Command, General Tom Banks, says it will take some time "
            "to confirm the reports.",
            "it",
            "United States Military",
        ),
        (
            'The Sydney Yacht Club says its rules are simple. "At the start it\'s easy," the club said.',
            "it",
            "Sydney Yacht Club",
        ),
    ],
)
def test_an_event_or_an_empty_it_is_no_organisation(
    resolve_text, text: str, pronoun: str, wrong: str
) -> None:
    assert referent(resolve_text(text), pronoun) != wrong


def test_an_organisation_still_ends_its_own_talks(resolve_text) -> None:
    graph = resolve_text("Qantas made an offer. It ended its talks with the union.")
    assert referent(graph, "It") == "Qantas"

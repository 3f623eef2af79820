"""A headline run in between two sentences, led by its topic or speaker and a colon ("...
shut. Ruritania: Rebels seize the port In February, ..."), goes when its end is plain (session
28). All texts are made up."""

from __future__ import annotations

import pytest

from graphbuilder.ingest.wire import strip_wire_furniture


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("The road is shut. Ruritania: Rebels seize the northern port In February, the army left.",
         "The road is shut.\n\nIn February, the army left."),
        ('Talks stalled." Jo Roe: Is the port deal different this time? Labour MPs objected.',
         'Talks stalled."\n\nLabour MPs objected.'),
        ("Prices fell, Roe said.- Infographic: Rebel attacks in Ruritania (2006-2017) A separate "
         "statement followed.",
         "Prices fell, Roe said.\n\nA separate statement followed."),
        ("The vote was close. In Pictures: Northtown's long night It is unclear who won.",
         "The vote was close.\n\nIt is unclear who won."),
        # a speaker's quoted words after the colon, a sentence after a colon: they stay
        ('He left. Roe: "I cannot." Poe: "Then go."', 'He left. Roe: "I cannot." Poe: "Then go."'),
        ("The answer was simple. Bottom Line: The deal is dead and everyone knows it.",
         "The answer was simple. Bottom Line: The deal is dead and everyone knows it."),
        ("It was late. Result: Prices fell in the north because of it.",
         "It was late. Result: Prices fell in the north because of it."),
        # an opener that may be a name's word ends no headline without a link's label
        ("The road is shut. Update: Police told The Guardian that it was shut.",
         "The road is shut. Update: Police told The Guardian that it was shut."),
        ("He declined to comment. Northtown: The mayor will meet Air Force One at the airport tonight.",
         "He declined to comment. Northtown: The mayor will meet Air Force One at the airport tonight."),
        # the speaker's label of a transcript before an answer that is a sentence
        ("He was asked about the talks. SESSIONS: No. I did not meet them.",
         "He was asked about the talks. SESSIONS: No. I did not meet them."),
    ],
)
def test_topic_headline_between_sentences(text: str, clean: str) -> None:
    assert strip_wire_furniture(text).text == clean

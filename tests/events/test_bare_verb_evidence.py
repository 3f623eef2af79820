"""A type that rests on the bare verb alone stands only when the event has a target
(events/evidence.py): made-up sentences through the real extractor and classifier, and the
WordNet table's builder on a made-up WordNet database."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from graphbuilder.events.evidence import thing_class
from tests.events.typed_frames import typed
from tools.build_noun_classes import read_synsets, sense_offsets, thing_nouns

# --- dropped: the object is nothing an act is about ---------------------------------------

DROPPED = [
    ("The minister rejected that.", "rejected"),  # a pronoun: nothing the reader can name
    ("Germany and France will breach that this year.", "breached"),  # also between actors
    ("The senator pressed the button.", "pressed"),  # an artifact
    ('"We will fight tooth and nail to stop him," the union leader said.', "fought"),  # a body part
    (
        "In the aftermath of the Iraqi crisis, the government encouraged the growth of consumer credit.",
        "encouraged",
    ),
    (
        "European governments protested that the new US rules make exports too costly.",
        "protested",
    ),  # a complaint
]


@pytest.mark.parametrize(("text", "predicate"), DROPPED)
def test_a_bare_verb_with_no_target_is_untyped(nlp: Language, text: str, predicate: str) -> None:
    assert [frame for frame in typed(nlp, text) if frame[1] == predicate] == []


# --- kept: the object is an act, a plan, an actor, or the act needs no target -------------

KEPT = [
    (
        "The prime minister criticised the budget.",
        ("The prime minister", "criticised", "the budget", "DISAPPROVE"),
    ),
    # a thing hit by force: the threat of it stands
    (
        '"If they attack us, we will bomb their bunkers," the rebel commander said.',
        ("we", "bombed", "their bunkers", "THREATEN"),
    ),
    # conjoined actors: the event is between them, whatever the object
    ("Egypt and Israel discussed their ties.", ("Israel", "discussed", "their ties", "CONSULT")),
    (
        "The president rejected an Indian proposal.",
        ("The president", "rejected", "an Indian proposal", "REJECT"),
    ),
    (
        "Thousands of students protested outside parliament.",
        ("Thousands of students", "protested", "outside parliament", "PROTEST"),
    ),
]


@pytest.mark.parametrize(("text", "frame"), KEPT)
def test_a_bare_verb_with_a_target_stays_typed(nlp: Language, text: str, frame: tuple[str, ...]) -> None:
    assert frame in typed(nlp, text)


# --- the table --------------------------------------------------------------------------


def test_the_shipped_table_reads_a_noun_by_its_first_two_senses() -> None:
    assert thing_class("button") == "artifact"
    assert thing_class("tooth") == "body"  # its commonest sense, before a gear's tooth
    assert thing_class("budget") is None  # a sum, and (second sense) a kind of plan
    assert thing_class("proposal") is None  # a message
    assert thing_class("Button") == "artifact"


# A made-up WordNet in its own format (wndb(5)): synsets 1-5, nouns with their senses.
DATA_NOUN = """  1 a licence header line
00000001 06 n 01 widget 0 000 | an artifact
00000002 21 n 01 sum 0 000 | a possession
00000003 09 n 01 plan 0 000 | a plan (cognition)
00000004 21 n 01 budget 0 001 @ 00000003 n 0000 | a possession that is a kind of plan
00000005 04 n 01 move 0 000 | an act
"""
INDEX_NOUN = """  1 a licence header line
widget n 1 0 1 0 00000001
cost n 2 0 2 0 00000002 00000001
budget n 2 1 @ 2 0 00000002 00000004
step n 3 0 3 0 00000001 00000002 00000005
order n 2 0 2 0 00000005 00000001
big_deal n 1 0 1 0 00000005
"""


def test_the_builder_keeps_only_nouns_whose_first_two_senses_are_things(tmp_path: Path) -> None:
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="utf-8")
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="utf-8")
    table = thing_nouns(sense_offsets(tmp_path / "index.noun"), read_synsets(tmp_path / "data.noun"))
    assert table == {
        "widget": "artifact",
        "cost": "possession",  # both senses things; the commonest sense's class
        "step": "artifact",  # a third sense (an act) is not read
    }
    # budget: its second sense is filed with possessions but is a kind of plan; order: an act
    # first; big_deal: not one word

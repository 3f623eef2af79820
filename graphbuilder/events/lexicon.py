"""Look-ups in the shipped event tables: verb keys and event nouns -> CAMEO code.

Three tables under ``data/events/``: ``hand_verbs.tsv`` (project-made, wins),
``cameo_verbs.tsv`` (derived from the CAMEO verb dictionary by ``tools/build_event_tables.py``) and
``event_nouns.tsv`` (project-made nouns for nominal events). Loaded once, then every
look-up is a dict access.
"""

from __future__ import annotations

from functools import lru_cache

from graphbuilder.events.taxonomy import DATA_DIR, read_tsv

#: Code in the hand table marking a verb key as no event (overrides the derived table).
NO_EVENT = "-"


@lru_cache(maxsize=1)
def hand_verb_table() -> dict[str, str]:
    """Project-made verb keys: consulted before the derived table, for every key."""
    return {k: v[0] for k, v in read_tsv(DATA_DIR / "hand_verbs.tsv").items()}


@lru_cache(maxsize=1)
def derived_verb_table() -> dict[str, str]:
    """Verb keys derived from the CAMEO verb dictionary (``tools/build_event_tables.py``)."""
    return {k: v[0] for k, v in read_tsv(DATA_DIR / "cameo_verbs.tsv").items()}


@lru_cache(maxsize=1)
def noun_table() -> dict[str, str]:
    """Event noun (``attack``, ``bomb attack``, ``state of siege``) -> CAMEO code."""
    return {k: v[0] for k, v in read_tsv(DATA_DIR / "event_nouns.tsv").items()}


def verb_code(lemma: str, particle: str | None = None, object_head: str | None = None) -> str | None:
    """CAMEO code for a verb, most specific key first: ``verb_prt noun``, ``verb noun``,
    ``verb_prt``, ``verb``.

    >>> verb_code("appeal", "to"), verb_code("stage", object_head="rally"), verb_code("say")
    ('020', '141', None)
    """
    lemma = lemma.lower()
    keys = []
    if particle and object_head:
        keys.append(f"{lemma}_{particle} {object_head}")
    if object_head:
        keys.append(f"{lemma} {object_head}")
    if particle:
        keys.append(f"{lemma}_{particle}")
    keys.append(lemma)
    hand, derived = hand_verb_table(), derived_verb_table()
    for key in keys:
        code = hand.get(key)
        if code == NO_EVENT:
            return None
        if code:
            return _object_sense(code, derived, keys[: keys.index(key)]) if " " not in key else code
    for key in keys:
        code = derived.get(key)
        if code:
            return code
    return None


def as_code(lemma: str, complement: str) -> str | None:
    """The code of a verb keyed with the head of its "as" phrase, and only that key: ``describe_as
    disaster`` (110), ``denounce_as terrorism`` (1124); "" when the hand table marks the key as no
    event; None when no table has it (the verb's other keys do not answer for the phrase).

    >>> as_code("describe", "mistake"), as_code("describe", "friend")
    ('110', None)
    """
    key = f"{lemma.lower()}_as {complement.lower()}"
    code = hand_verb_table().get(key) or derived_verb_table().get(key)
    return "" if code == NO_EVENT else code


def no_event_with_object(lemma: str, particle: str | None, object_head: str) -> bool:
    """The hand table marks the verb with this object as no event ("levy tax", "commit
    offence"), whatever the verb alone means.

    >>> no_event_with_object("commit", None, "offence"), no_event_with_object("commit", None, "attack")
    (True, False)
    """
    lemma, head, hand = lemma.lower(), object_head.lower(), hand_verb_table()
    keys = [f"{lemma}_{particle} {head}"] if particle else []
    code = next((hand[key] for key in [*keys, f"{lemma} {head}"] if key in hand), None)
    return code == NO_EVENT


#: CAMEO roots whose object-keyed entries in the derived table name another sense of a verb
#: the hand table codes by itself: verbal attacks ("attacked the plan", 11), repression
#: ("killed demonstrators", 17), unconventional and mass violence ("killed civilians",
#: "wounded the president", 18 and 20).
OBJECT_SENSE_ROOTS = frozenset({"11", "17", "18", "20"})


def _object_sense(code: str, derived: dict[str, str], specific_keys: list[str]) -> str:
    """The hand table's code for a bare verb, unless the derived table keys this verb with its
    object (more specific keys come first) to a different sense in :data:`OBJECT_SENSE_ROOTS`."""
    for key in specific_keys:
        other = derived.get(key)
        if other and " " in key and other[:2] in OBJECT_SENSE_ROOTS and other[:2] != code[:2]:
            return other
    return code


def noun_code(lemma: str, modifier: str | None = None, of_object: str | None = None) -> str | None:
    """CAMEO code for an event noun, with its compound modifier (``bomb attack``) or its
    ``of`` object (``state of siege``) when those are more specific.

    >>> noun_code("attack", "bomb"), noun_code("state", of_object="siege"), noun_code("sanction")
    ('183', '1724', '163')
    """
    table = noun_table()
    lemma = lemma.lower()
    if modifier and f"{modifier.lower()} {lemma}" in table:
        return table[f"{modifier.lower()} {lemma}"]
    if of_object and f"{lemma} of {of_object.lower()}" in table:
        return table[f"{lemma} of {of_object.lower()}"]
    return table.get(lemma)

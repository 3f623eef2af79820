"""Look-ups in the shipped event tables: verb keys and event nouns -> CAMEO code.

Three tables under ``data/events/``: ``hand_verbs.tsv`` (project-made, wins),
``cameo_verbs.tsv`` (derived from the CAMEO verb dictionary by ``build_table``) and
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
    """Verb keys derived from the CAMEO verb dictionary (``build_table``)."""
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
    # a verb the project describes by hand is described completely there: the derived
    # patterns for it (keyed on object nouns, often for other senses) are not consulted
    for table in (hand_verb_table(), derived_verb_table()):
        for key in keys:
            code = table.get(key)
            if code == NO_EVENT:
                return None
            if code:
                return code
    return None


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

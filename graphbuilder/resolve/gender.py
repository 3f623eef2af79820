"""The grammatical gender a person mention makes known: "he" or "she" may refer to it.

Three sources, each a plain look-up: an honorific or gendered title ("Mrs", "Sir", "Queen",
"spokeswoman"), the first name (a hand-written list of first names that almost always mark
one gender, ``data/names/first-names.tsv``), and, for a name linked to the gazetteer, the
first name of the actor's dictionary name. Nothing is guessed from the surname.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

FIRST_NAMES_PATH = Path(__file__).resolve().parent.parent / "data" / "names" / "first-names.tsv"

MALE = "m"
FEMALE = "f"

#: Honorifics, titles and role nouns that mark the gender of the person they name.
GENDERED_TITLES: dict[str, str] = {
    **dict.fromkeys(
        "mr mister sir lord king prince duke earl baron emperor sultan emir sheikh pope "
        "marquess marquis viscount archduke count tsar czar shah "
        "spokesman chairman congressman businessman sportsman statesman".split(),
        MALE,
    ),
    **dict.fromkeys(
        "mrs ms miss madam madame dame lady queen princess duchess countess baroness empress "
        "marchioness viscountess archduchess tsarina czarina "
        "spokeswoman chairwoman congresswoman businesswoman sportswoman stateswoman".split(),
        FEMALE,
    ),
}
#: Pronoun -> the gender of what it refers to.
PRONOUN_GENDER: dict[str, str] = {
    **dict.fromkeys(("he", "him", "his", "himself"), MALE),
    **dict.fromkeys(("she", "her", "hers", "herself"), FEMALE),
}


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """First name (lower case) -> gender, from the shipped list."""
    out: dict[str, str] = {}
    for line in FIRST_NAMES_PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, gender = line.partition("\t")
        out[name.strip()] = gender.strip()
    return out


def title_gender(titles: Iterable[str]) -> str | None:
    """The gender the honorifics and titles mark ("Mrs", "Prince"), None when none or both."""
    found = {GENDERED_TITLES[w] for w in (t.lower().rstrip(".") for t in titles) if w in GENDERED_TITLES}
    return found.pop() if len(found) == 1 else None


def name_gender(words: Iterable[str], titles: Iterable[str] = ()) -> str | None:
    """The gender of a person's name: by title first, else by its first name (of two words or more)."""
    by_title = title_gender(titles)
    if by_title is not None:
        return by_title
    ws = [w for w in words if w]
    if len(ws) < 2:
        return None
    return first_names().get(ws[0].lower().rstrip("."))


def agree(genders: Iterable[str | None]) -> str | None:
    """One gender from several sources: the one they name, None when none or when they differ."""
    found = {g for g in genders if g}
    return found.pop() if len(found) == 1 else None

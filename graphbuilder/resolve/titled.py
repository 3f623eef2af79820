"""Names built on a place that do not mean the place: titled persons and numbered names.

"The Duke of Wellington" is a person, not the city Wellington (and not New Zealand); "the
Archbishop of Canterbury" and "the Mayor of London" are persons whose office the place
names. "US 258" is a highway, "Sudan 1" a dye, "Sakhalin 5" an oil field: a place name
followed by a number that belongs to it is the name of something else. These readings are
found here on the parse; :mod:`.mentions` turns them into mentions.
"""

from __future__ import annotations

from dataclasses import dataclass

from graphbuilder.nlp.tables import DocTables

#: Hereditary titles: the place names the title, not where the holder is from or what he
#: governs ("the Duke of Wellington" was no New Zealander), so it gives no country.
NOBLE_TITLES = frozenset(
    "duke duchess earl countess marquess marquis marchioness viscount viscountess baron baroness "
    "archduke archduchess count".split()
)
#: Offices held over a place: the holder is that place's (or its country's) office-holder.
PLACE_OFFICES = frozenset(
    "king queen prince princess emperor empress tsar czar sultan emir shah archbishop bishop "
    "cardinal mayor governor sheriff".split()
)
TITLES = NOBLE_TITLES | PLACE_OFFICES
#: Words of a title before the title noun ("Lord Mayor", "Grand Duke", "Crown Prince").
_TITLE_PREFIXES = frozenset({"lord", "grand", "crown", "deputy", "lieutenant", "vice", "prince"})
#: Dependencies by which a name follows a title and is its holder ("the Mayor of London, Ken
#: Livingstone", "Archbishop of Canterbury Rowan Williams").
_HOLDER_DEPS = frozenset({"appos", "compound"})


@dataclass(frozen=True)
class Titled:
    """ "<Title> of <Place>" in a Doc (token offsets, end exclusive)."""

    start: int  # first word of the title ("Lord" in "Lord Mayor of London")
    title: int  # the title noun
    place_start: int
    end: int  # one past the place's last word
    noble: bool
    holder: int | None  # head token of the person's name when the text names the holder

    @property
    def place(self) -> range:
        return range(self.place_start, self.end)


def titled_names(t: DocTables) -> list[Titled]:
    """Every capitalised "<Title> of [the] <Proper Noun>" in the Doc, in order."""
    out: list[Titled] = []
    lower, text, dep, kids, pos = t.lower, t.text, t.dep, t.kids, t.pos
    for i, word in enumerate(lower):
        if word not in TITLES or not text[i][:1].isupper() or i + 2 >= len(lower):
            continue
        if _surname_of_person(t, i):
            continue  # "Mervyn King of the Bank of England": a surname, not a title
        prep = i + 1
        if lower[prep] != "of" or t.heads[prep] != i or dep[prep] != "prep":
            continue
        pobj = next((c for c in kids[prep] if dep[c] == "pobj"), None)
        if pobj is None or pos[pobj] != "PROPN":
            continue
        place_start = prep + 1
        while place_start < pobj and lower[place_start] == "the":
            place_start += 1
        if any(pos[k] != "PROPN" for k in range(place_start, pobj + 1)):
            continue
        end = _place_end(t, pobj)
        start = i
        while start > 0 and lower[start - 1] in _TITLE_PREFIXES and text[start - 1][:1].isupper():
            start -= 1
        out.append(Titled(start, i, place_start, end, word in NOBLE_TITLES, _holder(t, i, end - 1)))
    return out


def _place_end(t: DocTables, pobj: int) -> int:
    """One past the place or body a title names: the whole proper "of" phrase ("the Governor
    of *the Bank of England*"), not its first noun; another phrase on the noun ("in Madrid")
    is no part of it."""
    end = pobj + 1
    for c in t.kids[pobj]:
        if c < end or t.dep[c] != "prep" or t.lower[c] != "of":
            continue
        last = t.right_edge(c)
        if last > c and all(t.pos[k] == "PROPN" or t.lower[k] in {"of", "the"} for k in range(c, last + 1)):
            end = last + 1
    return end


def _surname_of_person(t: DocTables, i: int) -> bool:
    """Is the title word at ``i`` the continuation of a person's name ("Mervyn *King*", "Larry
    *King* of CNN"), not a title ("Crown *Prince*", whose first word is itself a title's)?"""
    if i == 0 or t.ent_type[i] != "PERSON" or t.tokens[i].ent_iob_ != "I":
        return False
    previous = t.lower[i - 1]
    return previous not in _TITLE_PREFIXES and previous not in TITLES


def _holder(t: DocTables, title: int, place_end: int) -> int | None:
    """The person's name the title belongs to, when the text gives it: an apposition of the
    title ("the Mayor of London, Ken Livingstone") or the name the title precedes."""
    dep, ent = t.dep, t.ent_type
    for c in t.kids[title]:
        if c > place_end and dep[c] == "appos" and ent[c] == "PERSON":
            return c
    head = t.heads[title]
    if head > place_end and dep[title] in _HOLDER_DEPS and ent[head] == "PERSON":
        return head
    return None


#: The longest number that is part of a name ("US 258", "Boeing 747", "Euro 2004"); longer
#: figures are amounts ("Scotland 53,000").
_CODE_DIGITS = 4


def numbered_name_end(t: DocTables, last: int) -> int | None:
    """One past the number that continues a name ending at token ``last`` ("US *258*",
    "the Sudan *1* dye"), or None when no number follows or it belongs elsewhere ("in
    London 13 years ago": the number counts the years)."""
    n = last + 1
    if n >= len(t.text) or t.tag[n] != "CD":
        return None
    word = t.text[n]
    if not word.isdigit() or len(word) > _CODE_DIGITS or t.ent_type[n] == "DATE":
        return None  # a year is the time of the name's thing ("the Labour 2005 manifesto")
    if t.char_start(n) != t.char_start(last) + len(t.text[last]) + 1:
        return None  # not one space apart (a line break, "London,13")
    if _score(t, last, n):
        return None
    head = t.heads[n]
    if head == last or head == t.heads[last] and t.dep[last] in {"compound", "nmod", "amod"}:
        return n + 1
    if t.heads[last] == n and t.dep[last] in {"compound", "nmod"}:
        return n + 1  # "the Boeing 747": the number heads the name
    return None


#: Verbs whose subject's number is its score ("France 2 drew with Wales").
_SCORE_VERBS = frozenset("draw beat defeat lose win lead trail thrash edge level".split())


def _score(t: DocTables, last: int, n: int) -> bool:
    """Is the number ``n`` after the name ending at ``last`` a sports score: followed by
    another number or another side (with its score: "*France 2* Wales 1"), the second side
    ("France 2 *Wales 1*"), or the subject of a result ("France 2 drew with Wales")?"""
    after = n + 1
    if after < len(t.text) and (t.tag[after] == "CD" or t.ent_type[after] in {"GPE", "LOC"}):
        return True
    if last > 0 and t.tag[last - 1] == "CD" and t.text[last - 1].isdigit():
        return True  # the second side: "France 2 *Wales 1*"
    if after + 1 < len(t.text) and t.pos[after] == "PROPN" and t.tag[after + 1] == "CD":
        return True
    side = n if t.heads[last] == n else last  # "the Boeing 747": the number heads the name
    return t.dep[side] == "nsubj" and t.lemma_lower[t.heads[side]] in _SCORE_VERBS

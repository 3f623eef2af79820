"""Reading the PETRARCH / Phoenix actor and agent dictionaries (TABARI format).

Pure parsing, no I/O beyond the lines handed in: the gazetteer build script and the tests
both call these. An actor block is a root line (``VLADIMIR_PUTIN_  # comment``), alias lines
(``+PUTIN_``) and code lines (``[RUSGOV 000508-080507]``, ``[RUSGOV >080508]``, ``[RUSELI]``);
an agent line is ``SOLDIER [~MIL]`` with an optional plural in braces. Dates in code lines
are ``yymmdd`` (two-digit years pivot at 30: ``000508`` is 2000, ``700101`` is 1970) or
``yyyymmdd``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

#: Two-digit years at or below this are 20yy, above it 19yy.
YEAR_PIVOT = 30

_CODE_LINE = re.compile(r"\[([^\]]*)\]")
_PAREN = re.compile(r"\([^)]*\)")
_SPLIT = re.compile(r"[_\s]+")


@dataclass(frozen=True)
class CodePeriod:
    """An actor code valid from ``start`` to ``end`` (ISO dates, inclusive; None = open)."""

    code: str
    start: str | None = None
    end: str | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True)
class ActorEntry:
    """One actor: its dictionary id (``VLADIMIR_PUTIN``), alias phrases and code periods."""

    id: str
    aliases: tuple[str, ...]  # dictionary phrases, e.g. "PRESIDENT_PUTIN_"
    periods: tuple[CodePeriod, ...]
    comment: str = ""


@dataclass(frozen=True)
class AgentEntry:
    """One agent phrase (singular or plural form) and its code, e.g. ("SOLDIERS", "~MIL")."""

    phrase: str
    code: str


def normalise_words(words: Iterable[str]) -> tuple[str, ...]:
    """Lookup key for a phrase: lower case, dots dropped, hyphens split ("U.S." -> "us")."""
    out: list[str] = []
    for w in words:
        out.extend(word_key(w))
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def word_key(word: str) -> tuple[str, ...]:
    """The lookup key of one word (see :func:`normalise_words`); articles repeat their words,
    so keys are kept for the most recent 65,536 words."""
    w = word.lower().replace(".", "").replace("\u2019", "'")
    return tuple(part for part in (p.strip("'\"(),;:") for p in w.split("-")) if part)


def phrase_key(phrase: str) -> tuple[str, ...]:
    """Lookup key of a dictionary phrase: ``RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN`` -> words."""
    return normalise_words(_SPLIT.split(_PAREN.sub(" ", phrase)))


def strip_article(key: tuple[str, ...]) -> tuple[str, ...]:
    """A key without a leading "the" ("the united nations" -> "united nations")."""
    return key[1:] if len(key) > 1 and key[0] == "the" else key


def parse_date(text: str) -> str | None:
    """``000508`` -> ``2000-05-08``; ``19261225`` -> ``1926-12-25``; anything else -> None."""
    digits = text.strip()
    if len(digits) == 6 and digits.isdigit():
        yy = int(digits[:2])
        year = 2000 + yy if yy <= YEAR_PIVOT else 1900 + yy
        month, day = digits[2:4], digits[4:6]
    elif len(digits) == 8 and digits.isdigit():
        year, month, day = int(digits[:4]), digits[4:6], digits[6:8]
    else:
        return None
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return f"{year:04d}-{month}-{day}"


def parse_code(body: str) -> CodePeriod | None:
    """The inside of a code line: ``RUSGOV 000508-080507``, ``UKR >911221``, ``RUSELI``."""
    parts = body.split(None, 1)
    if not parts:
        return None
    code = parts[0].strip()
    if not re.fullmatch(r"[A-Z0-9~]{3,}", code) or code == "---":
        return None
    if len(parts) == 1:
        return CodePeriod(code)
    rng = parts[1].replace(" ", "")
    if rng.startswith(">"):
        return CodePeriod(code, start=parse_date(rng[1:]))
    if rng.startswith("<"):
        return CodePeriod(code, end=parse_date(rng[1:]))
    if "-" in rng:
        a, b = rng.split("-", 1)
        return CodePeriod(code, start=parse_date(a), end=parse_date(b))
    return CodePeriod(code)


def _strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.rstrip(), comment.strip()


def parse_actor_lines(lines: Iterable[str]) -> Iterator[ActorEntry]:
    """Actor entries from the lines of a ``.actors.txt`` file, in file order.

    Entries without any code are dropped (the dictionaries use them as notes).
    """
    reader = _ActorReader()
    for raw in lines:
        entry = reader.read(raw)
        if entry is not None:
            yield entry
    entry = reader.flush()
    if entry is not None:
        yield entry


class _ActorReader:
    """The actor block being read: its root line, comment, aliases and code periods."""

    def __init__(self) -> None:
        self.root: str | None = None
        self.comment = ""
        self.aliases: list[str] = []
        self.periods: list[CodePeriod] = []

    def flush(self) -> ActorEntry | None:
        """The block read so far as an entry (None for a block without codes)."""
        if self.root is None or not self.periods:
            return None
        ident = self.root.strip("_")
        if ident.upper().startswith("THE_") and len(ident) > 4:
            ident = ident[4:]  # "THE_EUROPEAN_UNION" is known as EUROPEAN_UNION
        return ActorEntry(ident, tuple(self.aliases), tuple(self.periods), self.comment)

    def read(self, raw: str) -> ActorEntry | None:
        """Take one line; returns the entry it closes, if any."""
        if not raw.strip():
            if self.root is not None and not self.periods:
                self.root = None  # a block without codes, closed by a blank line: a note
            return None
        if raw.lstrip().startswith("#"):
            return None
        body, note = _strip_comment(raw)
        stripped = body.strip()
        if not stripped:
            return None
        if stripped.startswith("["):
            codes = (parse_code(m.group(1)) for m in _CODE_LINE.finditer(stripped))
            self.periods.extend(p for p in codes if p is not None)
            return None
        if stripped.startswith("+"):
            if self.root is not None:
                self.aliases.extend(a.strip() for a in stripped.split("+") if a.strip())
            return None
        return self._root_line(stripped, note)

    def _root_line(self, stripped: str, note: str) -> ActorEntry | None:
        inline = _CODE_LINE.search(stripped)
        name = "_".join((stripped[: inline.start()] if inline else stripped).split())
        if self.root is not None and not self.periods and not inline:
            # root lines one after another without codes are synonyms of one actor
            self.aliases.append(name)
            return None
        entry = self.flush()
        self.root, self.comment, self.aliases, self.periods = name or None, note, [], []
        if inline:
            p = parse_code(inline.group(1))
            if p is not None:
                self.periods.append(p)
        return entry


# --- agents -------------------------------------------------------------------------------

_SUBST = re.compile(r"^!([A-Z]+)!\s*=\s*(.+)$")
_AGENT = re.compile(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]}]+)[\]}]")


def plural_of(phrase: str) -> str:
    """Regular English plural of the last word of an underscored phrase."""
    head, sep, last = phrase.rpartition("_")
    if last.endswith("MAN"):
        p = last[:-3] + "MEN"
    elif last.endswith("Y") and len(last) > 1 and last[-2] not in "AEIOU":
        p = last[:-1] + "IES"
    elif last.endswith(("S", "X", "CH", "SH", "Z")):
        p = last + "ES"
    else:
        p = last + "S"
    return head + sep + p


def parse_agent_lines(lines: Iterable[str]) -> Iterator[AgentEntry]:
    """Agent entries (singular and plural forms) from the lines of an agents file."""
    subst: dict[str, list[str]] = {}
    for raw in lines:
        body, _ = _strip_comment(raw)
        body = body.strip()
        if not body:
            continue
        s = _SUBST.match(body)
        if s:
            subst[s.group(1)] = [w.strip() for w in s.group(2).split(",") if w.strip()]
            continue
        m = _AGENT.match(body)
        if not m:
            continue
        code = m.group("code").strip()
        if "~" not in code:
            continue
        phrase = m.group("phrase").strip().rstrip("_").replace(" ", "_")
        forms: list[str] = []
        marker = re.search(r"!([A-Z]+)!", phrase)
        if marker and marker.group(1) in subst:
            for w in subst[marker.group(1)]:
                forms.append(phrase.replace(marker.group(0), w))
        elif m.group("plural") is not None:
            forms.append(phrase)
            forms.extend(p.strip().rstrip("_") for p in m.group("plural").split(",") if p.strip())
        else:
            forms.extend((phrase, plural_of(phrase)))
        for f in forms:
            yield AgentEntry(f.replace(" ", "_"), code)


def code_on(periods: Iterable[CodePeriod], date: str | None) -> str | None:
    """The actor code in force on ``date`` (ISO), as PETRARCH resolves date restrictions.

    A dated period covering the date wins; otherwise the undated default. Without a date,
    the open-ended current period (``>yymmdd``) wins, then the default, then the latest.
    """
    periods = list(periods)
    if not periods:
        return None
    default = next((p.code for p in periods if not p.dated), None)
    if date:
        day = date[:10]
        for p in periods:
            if p.dated and p.covers(day):
                return p.code
        if default:
            return default
        return None
    current = [p for p in periods if p.start is not None and p.end is None]
    if current:
        return max(current, key=lambda p: p.start or "").code
    if default:
        return default
    return max(periods, key=lambda p: p.end or "").code

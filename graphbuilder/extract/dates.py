"""Sentence dates: spaCy DATE entities resolved against the article's publication date.

"on March 12" -> the March 12 nearest the publication date; "on Thursday" -> the latest Thursday on
or before publication; "a day later" -> the day after the date mentioned before it;
"in 2012" -> "2012"; "last week" -> the ISO week ("2025-W10"). Results are ISO 8601
strings of the precision the text gives (day, month, week or year); None when the text
cannot be pinned down (durations, "recently", relative dates without a reference).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

MONTHS: dict[str, int] = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS: dict[str, int] = {
    d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
DAY_OFFSETS: dict[str, int] = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
_MONTH_DAY = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?")
_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?"
)
_MONTH_YEAR = re.compile(_MONTH + r"(?:\s+(?:of\s+)?(?P<year>\d{4}))?\b")
_YEAR = re.compile(r"\b(?P<year>1[89]\d\d|20\d\d)\b")
_RELATIVE = re.compile(
    r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<unit>day|week)s?\s+"
    r"(?P<dir>later|after|earlier|before|ago)\b"
)
_NEXT_DAY = re.compile(r"\bthe\s+(?:next|following)\s+day\b|\bthe\s+day\s+after\b")
_PREVIOUS_DAY = re.compile(r"\bthe\s+(?:previous|preceding)\s+day\b|\bthe\s+day\s+before\b")
_PERIOD = re.compile(r"\b(?P<which>last|next|this|past)\s+(?P<unit>week|month|year)\b")
_DURATION = re.compile(r"\b(?:for|over|during|within)\b|\bsince\b.*\bago\b")


@dataclass
class DateContext:
    """Resolution state across one article: the reference date and the last day mentioned."""

    reference: date | None
    last_day: date | None = None

    @classmethod
    def for_reference(cls, reference_date: str | None) -> DateContext:
        return cls(parse_reference(reference_date))


def parse_reference(value: str | None) -> date | None:
    """The article date from an ISO date or datetime string; None when absent or unreadable."""
    if not value:
        return None
    m = _ISO.search(value)
    if not m:
        return None
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def resolve_date_text(text: str, ctx: DateContext) -> str | None:
    """ISO string for a date expression, or None; updates ``ctx.last_day`` on a full date."""
    t = " ".join(text.lower().replace("’", "'").split())
    ref = ctx.reference
    day = _absolute_day(t, ref)
    if day is None:
        day = _relative_day(t, ctx)
    if day is not None:
        ctx.last_day = day
        return day.isoformat()
    m = _PERIOD.search(t)
    if m and ref is not None:
        step = {"last": -1, "past": -1, "next": 1, "this": 0}[m["which"]]
        if m["unit"] == "week":
            return _iso_week(ref + timedelta(weeks=step))
        if m["unit"] == "month":
            month_index = ref.year * 12 + ref.month - 1 + step
            return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
        return f"{ref.year + step:04d}"
    m = _MONTH_YEAR.search(t)
    if m and (m["year"] or ref is not None) and not (m["month"] == "may" and not m["year"]):
        month = MONTHS[m["month"]]
        year = int(m["year"]) if m["year"] else _nearest_year(ref, month)  # type: ignore[arg-type]
        return f"{year:04d}-{month:02d}"
    m = _YEAR.search(t)
    if m and not re.search(r"\d{4}s\b", t):
        return m["year"]
    return None


def _absolute_day(t: str, ref: date | None) -> date | None:
    m = _ISO.search(t)
    if m:
        return _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        m = pattern.search(t)
        if m:
            month, day = MONTHS[m["month"]], int(m["day"])
            if m["year"]:
                return _safe_date(int(m["year"]), month, day)
            if ref is None:
                return None
            return _safe_date(_nearest_year(ref, month, day), month, day)
    return None


def _nearest_year(ref: date, month: int, day: int = 15) -> int:
    """The year that puts a month (or a day of it) named without one nearest the article's
    date: "in November" in a March article is the November before, "in June" the June
    after; a tie goes to the past, which news mostly reports."""

    def distance(year: int) -> int:
        when = _safe_date(year, month, day) or _safe_date(year, month, 28)
        return abs((when - ref).days) if when else 1_000_000

    return min((ref.year - 1, ref.year, ref.year + 1), key=lambda year: (distance(year), year))


def _relative_day(t: str, ctx: DateContext) -> date | None:
    ref = ctx.reference
    for word, offset in DAY_OFFSETS.items():
        if re.search(rf"\b{word}\b", t) and ref is not None:
            return ref + timedelta(days=offset)
    for name, weekday in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", t) and ref is not None:
            back = (ref.weekday() - weekday) % 7
            if re.search(r"\bnext\b", t):
                return ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7)
            if re.search(r"\blast\b", t) and back == 0:
                back = 7
            return ref - timedelta(days=back)
    m = _RELATIVE.search(t)
    if m:
        n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"]]
        days = n * (7 if m["unit"] == "week" else 1)
        if m["dir"] == "ago":
            return ref - timedelta(days=days) if ref else None
        anchor = ctx.last_day or ref
        if anchor is None:
            return None
        return anchor + timedelta(days=days if m["dir"] in ("later", "after") else -days)
    anchor = ctx.last_day or ref
    if anchor is not None and _NEXT_DAY.search(t):
        return anchor + timedelta(days=1)
    if anchor is not None and _PREVIOUS_DAY.search(t):
        return anchor - timedelta(days=1)
    return None


def sentence_dates(sent: Span, ctx: DateContext, ents: Sequence[Span] | None = None) -> dict[int, str]:
    """Resolved DATE entities of ``sent``, keyed by the index of the token they attach to.

    The anchor is the first verb (or the root) above the entity, so a candidate takes the
    date of its own clause or of a clause governing it (see :func:`date_for`). ``ents``:
    the sentence's entities when the caller has them (else ``sent.ents``).
    """
    found: dict[int, str] = {}
    for ent in sent.ents if ents is None else ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        text = ent.text
        if _DURATION.search(" ".join(t.lower_ for t in _preposition_and(ent))):
            continue
        iso = resolve_date_text(text, ctx)
        if iso is None:
            continue
        found.setdefault(_anchor(ent.root).i, iso)
    return found


def _preposition_and(ent: Span) -> list[Token]:
    head = ent.root.head
    return [head] if head.dep_ == "prep" and head.i != ent.root.i else []


def _anchor(tok: Token) -> Token:
    cur = tok
    while cur.head.i != cur.i:
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return cur


def date_for(verb: Token, dates: dict[int, str]) -> str | None:
    """The date of the clause of ``verb``, else of the nearest clause governing it."""
    if not dates:
        return None
    cur = verb
    while True:
        if cur.i in dates:
            return dates[cur.i]
        if cur.head.i == cur.i:
            return None
        cur = cur.head

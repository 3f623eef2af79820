"""The actor gazetteer: alias lookup, CAMEO actor codes by date, agents and nationalities.

Loaded once per process from the shipped file ``graphbuilder/data/gazetteer/phoenix.json.gz``
(built by the maintainer tool ``tools/build_gazetteer.py`` from the PETRARCH2 / Phoenix
dictionaries, see :mod:`graphbuilder.resolve.payload`). Lookups are dict hits on normalised
word tuples; the longest alias wins.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from graphbuilder.errors import ResolutionError
from graphbuilder.resolve.dictionaries import CodePeriod, code_on, normalise_words, word_key
from graphbuilder.resolve.payload import payload_from_lines

GAZETTEER_PATH = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "phoenix.json.gz"

Key = tuple[str, ...]

#: Words kept lower case when a dictionary id becomes a display name.
_LOWER_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "al", "bin", "von", "van"})


@dataclass(frozen=True)
class Actor:
    """One gazetteer actor: dictionary id, entity type, code periods and alias keys."""

    id: str  # e.g. "VLADIMIR_PUTIN"
    type: str  # Person, Organization or Place
    periods: tuple[CodePeriod, ...]
    aliases: tuple[Key, ...]

    @cached_property
    def name(self) -> str:
        """Display name: ``VLADIMIR_PUTIN`` -> ``Vladimir Putin``."""
        words = [w for w in self.id.replace("_", " ").split() if w]
        out = []
        for i, w in enumerate(words):
            lw = w.lower()
            if i and lw in _LOWER_WORDS:
                out.append(lw)
            elif len(w) <= 3 and "." in w or (len(w) <= 4 and not any(c in "AEIOUY" for c in w)):
                out.append(w)  # initials and acronyms: "U.N.", "NATO"-like
            else:
                out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
        return " ".join(out)

    def code_on(self, date: str | None) -> str | None:
        """The CAMEO actor code in force on ``date`` (ISO), see :func:`dictionaries.code_on`."""
        return code_on(self.periods, date)

    def country_on(self, date: str | None) -> str | None:
        """ISO alpha-3 / CAMEO country (or non-state) code: the first three letters of the code."""
        code = self.code_on(date)
        return code[:3] if code and len(code) >= 3 and code[:3].isalpha() else None


class Gazetteer:
    """Alias, agent and country indexes over a gazetteer payload (see :mod:`.payload`)."""

    def __init__(self, payload: dict[str, Any]) -> None:
        self.actors: dict[str, Actor] = {}
        self._alias: dict[Key, str] = {}
        for aid, etype, periods, aliases in payload["actors"]:
            keys = tuple(tuple(a.split()) for a in aliases)
            self.actors[aid] = Actor(aid, etype, tuple(CodePeriod(c, s, e) for c, s, e in periods), keys)
        # an actor's own name wins over another actor's alias; otherwise file order
        for actor in self.actors.values():
            if actor.aliases:
                self._alias.setdefault(actor.aliases[0], actor.id)
        for actor in self.actors.values():
            for key in actor.aliases[1:]:
                self._alias.setdefault(key, actor.id)
        self._agents: dict[Key, str] = {tuple(k.split()): v for k, v in payload["agents"].items()}
        self.max_alias_words = max((len(k) for k in self._alias), default=1)
        self.max_agent_words = max((len(k) for k in self._agents), default=1)

    # --- actors --------------------------------------------------------------------------

    def actor(self, key: Key | Sequence[str]) -> Actor | None:
        """The actor whose alias is exactly ``key`` (normalised words), or None."""
        k = normalise_words(key)
        if len(k) > 1 and k[0] == "the":
            k = k[1:]
        aid = self._alias.get(k)
        return self.actors[aid] if aid else None

    @cached_property
    def _surname_owners(self) -> dict[str, frozenset[str]]:
        """Last word of a person's alias of two words or more -> the person actors it ends."""
        out: dict[str, set[str]] = {}
        for a in self.actors.values():
            if a.type == "Person":
                for key in a.aliases:
                    if len(key) >= 2:
                        out.setdefault(key[-1], set()).add(a.id)
        return {k: frozenset(v) for k, v in out.items()}

    def unique_for_surname(self, actor: Actor, surname: str) -> bool:
        """Is ``actor`` the only person whose names end in ``surname`` ("Putin": yes; "Obama":
        no, the dictionaries know three)? A surname alone links to a person only then."""
        key = normalise_words([surname])
        return not key or self._surname_owners.get(key[-1], frozenset()) <= {actor.id}

    def is_surname(self, word: str) -> bool:
        """Does some person's name of two words or more end in ``word`` ("Trump")?"""
        key = normalise_words([word])
        return bool(key) and key[-1] in self._surname_owners

    def longest_actor(self, words: Sequence[str]) -> tuple[int, int, Actor] | None:
        """The longest alias inside ``words``: (start, end, actor) over word positions."""
        keys = [word_key(w) for w in words]
        n = len(words)
        for size in range(min(n, self.max_alias_words), 0, -1):
            for i in range(0, n - size + 1):
                k = tuple(p for kk in keys[i : i + size] for p in kk)
                aid = self._alias.get(k)
                if aid:
                    return i, i + size, self.actors[aid]
        return None

    # --- nationalities and agents ----------------------------------------------------

    def country_code(self, word: str | Sequence[str]) -> str | None:
        """Country code for a country name or nationality adjective ("Russian" -> "RUS")."""
        key = word_key(word) if isinstance(word, str) else normalise_words(word)
        aid = self._alias.get(key)
        if not aid:
            return None
        actor = self.actors[aid]
        if actor.type != "Place":
            return None
        return actor.country_on(None)

    @cached_property
    def _agent_last_words(self) -> frozenset[str]:
        return frozenset(k[-1] for k, code in self._agents.items() if k and code)

    def ends_agent_phrase(self, word: str) -> bool:
        """Could an agent phrase end with ``word`` (the last part of a word's key)? When not,
        :meth:`agent_code` finds nothing in words that end with it."""
        return word in self._agent_last_words

    def agent_code(self, words: Sequence[str]) -> tuple[int, str] | None:
        """The longest agent phrase ending the words: (start index, code such as "~MIL")."""
        keys = [word_key(w) for w in words]
        n = len(words)
        for size in range(min(n, self.max_agent_words), 0, -1):
            k = tuple(p for kk in keys[n - size :] for p in kk)
            code = self._agents.get(k)
            if code:
                return n - size, code
        return None


def combine_codes(country: str | None, agent: str | None) -> str | None:
    """Country + agent code as PETRARCH composes them: ("UKR", "~MIL") -> "UKRMIL"."""
    if agent is None:
        return country
    role = agent.replace("~", "")
    if country is None:
        return None
    if agent.endswith("~"):
        return role + country if role != country else role
    return country + role


@lru_cache(maxsize=2)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The gazetteer (cached per path). Raises ResolutionError when the file is unreadable."""
    p = Path(path) if path else GAZETTEER_PATH
    try:
        with gzip.open(p, "rt", encoding="utf-8") as f:
            payload = json.load(f)
    except (OSError, ValueError) as exc:
        raise ResolutionError(f"{p}: cannot read the actor gazetteer ({exc})") from exc
    return Gazetteer(payload)


def gazetteer_from_lines(
    actor_lines: Iterable[str], agent_lines: Iterable[str] = (), source: str = "Phoenix.Countries.actors.txt"
) -> Gazetteer:
    """A gazetteer over hand-written dictionary lines (for tests and small custom lists)."""
    return Gazetteer(payload_from_lines({source: list(actor_lines)}, list(agent_lines)))

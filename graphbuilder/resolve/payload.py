"""The gazetteer payload: actors, agents and countries from dictionary lines.

The shipped ``data/gazetteer/phoenix.json.gz`` is this payload built from the PETRARCH2 /
Phoenix dictionaries by the maintainer tool ``tools/build_gazetteer.py``;
:func:`graphbuilder.resolve.gazetteer.gazetteer_from_lines` builds one from a few
hand-written lines. Output is deterministic: the same lines give the same payload.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graphbuilder.resolve.dictionaries import (
    ActorEntry,
    CodePeriod,
    parse_actor_lines,
    parse_agent_lines,
    phrase_key,
    strip_article,
)

FORMAT_VERSION = 1

ATTRIBUTION = (
    "Derived from the PETRARCH2 / Phoenix actor and agent dictionaries "
    "(openeventdata/petrarch2), MIT License, (c) 2014 Open Event Data; "
    "supplement (c) the graphbuilder authors."
)

#: Words that make a dictionary name an organisation even when its codes carry dates.
ORGANIZATION_WORDS = frozenset(
    "STATE ARMY FRONT PARTY MOVEMENT GROUP BRIGADE BRIGADES ORGANIZATION ORGANISATION COUNCIL "
    "FORCES FORCE LIBERATION ALLIANCE UNION COMMITTEE CONGRESS LEAGUE JIHAD MILITIA COALITION "
    "GOVERNMENT MINISTRY AGENCY ASSOCIATION FEDERATION COMMISSION BANK COURT ASSEMBLY".split()
)
#: Words of an office held by one person ("GENERAL_SECRETARY_OF_THE_COMMUNIST_PARTY").
OFFICE_WORDS = frozenset("SECRETARY PRESIDENT LEADER CHAIRMAN MINISTER CHIEF HEAD COMMANDER".split())

#: An actor row of the payload: [id, entity type, [[code, start, end], ...], [alias key, ...]].
ActorRow = list[Any]


def entity_type(entry: ActorEntry, source: str) -> str:
    """Person, Place or Organization for a dictionary entry (see the dictionaries' layout)."""
    codes = [p.code for p in entry.periods]
    if "CountryInfo" in entry.comment or "rulers" in entry.comment or "person" in entry.comment:
        return "Person"
    if source.endswith("Countries.actors.txt") and any(len(c) == 3 and c.isalpha() for c in codes):
        return "Place"
    words = set(entry.id.upper().strip("_").split("_"))
    if words & ORGANIZATION_WORDS and not words & OFFICE_WORDS:
        return "Organization"  # "ISLAMIC_STATE_OF_IRAQ": dated like a person, but a group
    if any(p.dated for p in entry.periods) or any(c.endswith("ELI") for c in codes):
        return "Person"
    return "Organization"


def payload_from_lines(
    actor_sources: dict[str, list[str]],
    agent_lines: Sequence[str],
    supplement_actors: Sequence[str] = (),
    supplement_agents: Sequence[str] = (),
) -> dict[str, Any]:
    """The gazetteer payload from actor files' lines (by file name) and agent lines.

    ``supplement_*`` are lines in the same formats that extend the dictionaries: a
    supplement entry for a known person adds its newer periods first and its aliases.
    """
    actors = _actor_rows(actor_sources, supplement_actors)
    return {
        "format": FORMAT_VERSION,
        "attribution": ATTRIBUTION,
        "actors": list(actors.values()),
        "agents": dict(sorted(_agents(agent_lines, supplement_agents).items())),
        "countries": dict(sorted(_countries(actors).items())),
    }


def _actor_rows(actor_sources: dict[str, list[str]], supplement: Sequence[str]) -> dict[str, ActorRow]:
    """Actor rows by id, in file order (a repeated id adds its periods and aliases)."""
    actors: dict[str, ActorRow] = {}
    for name, lines in actor_sources.items():
        for entry in parse_actor_lines(lines):
            _add_actor(actors, entry, name)
    for entry in parse_actor_lines(supplement):
        known = actors.get(entry.id)
        if known is not None and known[1] == "Person":
            # a newer period goes first, so it wins over an older open-ended one
            known[2][:0] = [_period_row(p) for p in entry.periods if _period_row(p) not in known[2]]
            known[3].extend(k for k in _alias_keys(entry) if k not in known[3])
        else:
            _add_actor(actors, entry, "supplement")
    return actors


def _add_actor(actors: dict[str, ActorRow], entry: ActorEntry, source: str) -> None:
    keys = _alias_keys(entry)
    periods = [_period_row(p) for p in entry.periods]
    known = actors.get(entry.id)
    if known is None:
        actors[entry.id] = [entry.id, entity_type(entry, source), periods, keys]
        return
    known[2].extend(p for p in periods if p not in known[2])
    known[3].extend(k for k in keys if k not in known[3])


def _agents(agent_lines: Sequence[str], supplement: Sequence[str]) -> dict[str, str]:
    """Agent phrase key -> code; the first entry for a key wins."""
    agents: dict[str, str] = {}
    for a in [*parse_agent_lines(agent_lines), *parse_agent_lines(supplement)]:
        k = " ".join(strip_article(phrase_key(a.phrase)))
        if k:
            agents.setdefault(k, a.code)
    return agents


def _countries(actors: dict[str, ActorRow]) -> dict[str, str]:
    """Country code -> the Place actor it names: the country's own undated entry wins, then
    one whose code is still in force, then any."""
    countries: dict[str, str] = {}
    for rank in (0, 1, 2):
        for row in actors.values():
            if row[1] != "Place":
                continue
            for code, start, end in row[2]:
                fits = (start is None and end is None, end is None, True)[rank]
                if len(code) == 3 and code.isalpha() and fits:
                    countries.setdefault(code, row[0])
    return countries


def _alias_keys(entry: ActorEntry) -> list[str]:
    keys: list[str] = []
    for phrase in (entry.id, *entry.aliases):
        k = " ".join(strip_article(phrase_key(phrase)))
        if k and k not in keys:
            keys.append(k)
    return keys


def _period_row(p: CodePeriod) -> list[str | None]:
    return [p.code, p.start, p.end]

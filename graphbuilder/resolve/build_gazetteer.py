"""Build the shipped actor gazetteer from the PETRARCH2 / Phoenix dictionaries.

    python -m graphbuilder.resolve.build_gazetteer ../shared/data/dictionaries \\
        graphbuilder/data/gazetteer/phoenix.json.gz

Reads ``Phoenix.*.actors.txt`` and ``Phoenix.agents.txt`` by path (third-party data, MIT,
(c) 2014 Open Event Data; never copied into the repository) plus this project's own small
supplement of actors and agents that post-date the 2014 dictionaries, and writes one
compact gzip'd JSON file: actors (id, type, code periods, alias keys), agents (phrase key ->
code) and countries (country code -> actor id). Output is byte-for-byte deterministic.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

from graphbuilder.resolve.dictionaries import (
    ActorEntry,
    CodePeriod,
    parse_actor_lines,
    parse_agent_lines,
    phrase_key,
    strip_article,
)

ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
AGENT_FILE = "Phoenix.agents.txt"
FORMAT_VERSION = 1

ATTRIBUTION = (
    "Derived from the PETRARCH2 / Phoenix actor and agent dictionaries "
    "(openeventdata/petrarch2), MIT License, (c) 2014 Open Event Data; "
    "supplement (c) the graphbuilder authors."
)

#: Actors and roles after 2014 that the dictionaries lack; the project's own work. Entries
#: whose id exists in the dictionaries add aliases and periods to it.
SUPPLEMENT_ACTORS = """\
DONALD_TRUMP_  # person
+DONALD_J._TRUMP_
+DONALD_JOHN_TRUMP_
+TRUMP_
+PRESIDENT_TRUMP_
+PRESIDENT_DONALD_TRUMP_
\t[USAGOV 170120-210119]
\t[USAGOV >250120]
\t[USAELI]
JOE_BIDEN_  # person
+JOSEPH_BIDEN_
+JOSEPH_R._BIDEN_
+BIDEN_
+PRESIDENT_BIDEN_
\t[USAGOV 090120-170119]
\t[USAGOV 210120-250119]
\t[USAELI]
VOLODYMYR_ZELENSKY_  # person
+VOLODYMYR_ZELENSKYY_
+VOLODYMYR_ZELENSKIY_
+ZELENSKY_
+ZELENSKYY_
+ZELENSKIY_
+VOLODYMYR_OLEKSANDROVYCH_ZELENSKYY_
\t[UKRGOV >190520]
\t[UKRELI]
VALERY_GERASIMOV_  # person
+VALERY_VASILYEVICH_GERASIMOV_
+GERASIMOV_
\t[RUSMIL]
VIKTOR_ORBAN_  # person
+ORBAN_
+PRIME_MINISTER_ORBAN_
\t[HUNGOV >100529]
ARMED_FORCES_OF_UKRAINE_
+UKRAINIAN_ARMED_FORCES_
+ARMED_FORCES_OF_UKRAINE_
\t[UKRMIL]
"""

SUPPLEMENT_AGENTS = """\
OFFICIAL [~GOV]
ADMINISTRATION [~GOV]
LEADER [~GOV]
LEADERSHIP {} [~GOV]
AUTHORITIES {} [~GOV]
FORCE [~MIL]
MILITARY_PERSONNEL {} [~MIL]
SERVICEMAN [~MIL]
"""


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


#: Words that make a dictionary name an organisation even when its codes carry dates.
ORGANIZATION_WORDS = frozenset(
    "STATE ARMY FRONT PARTY MOVEMENT GROUP BRIGADE BRIGADES ORGANIZATION ORGANISATION COUNCIL "
    "FORCES FORCE LIBERATION ALLIANCE UNION COMMITTEE CONGRESS LEAGUE JIHAD MILITIA COALITION "
    "GOVERNMENT MINISTRY AGENCY ASSOCIATION FEDERATION COMMISSION BANK COURT ASSEMBLY".split()
)
#: Words of an office held by one person ("GENERAL_SECRETARY_OF_THE_COMMUNIST_PARTY").
OFFICE_WORDS = frozenset("SECRETARY PRESIDENT LEADER CHAIRMAN MINISTER CHIEF HEAD COMMANDER".split())


def _alias_keys(entry: ActorEntry) -> list[str]:
    keys: list[str] = []
    for phrase in (entry.id, *entry.aliases):
        k = " ".join(strip_article(phrase_key(phrase)))
        if k and k not in keys:
            keys.append(k)
    return keys


def _period_row(p: CodePeriod) -> list[str | None]:
    return [p.code, p.start, p.end]


def collect(dictionaries: Path) -> dict[str, Any]:
    """The gazetteer payload from the dictionary folder plus the supplement."""
    sources: dict[str, list[str]] = {}
    for name in ACTOR_FILES:
        with (dictionaries / name).open(encoding="utf-8", errors="replace") as f:
            sources[name] = f.readlines()
    with (dictionaries / AGENT_FILE).open(encoding="utf-8", errors="replace") as f:
        agent_lines = f.readlines()
    return payload_from_lines(sources, agent_lines)


def payload_from_lines(
    actor_sources: dict[str, list[str]], agent_lines: list[str], supplement: bool = True
) -> dict[str, Any]:
    """The gazetteer payload from actor files' lines (by file name) and agent lines."""
    actors: dict[str, list[Any]] = {}
    order: list[str] = []

    def add(entry: ActorEntry, source: str) -> None:
        keys = _alias_keys(entry)
        periods = [_period_row(p) for p in entry.periods]
        known = actors.get(entry.id)
        if known is None:
            actors[entry.id] = [entry.id, entity_type(entry, source), periods, keys]
            order.append(entry.id)
            return
        known[2].extend(p for p in periods if p not in known[2])
        known[3].extend(k for k in keys if k not in known[3])

    for name, lines in actor_sources.items():
        for entry in parse_actor_lines(lines):
            add(entry, name)
    for entry in parse_actor_lines(SUPPLEMENT_ACTORS.splitlines() if supplement else []):
        known = actors.get(entry.id)
        if known is not None and known[1] == "Person":
            # a newer period goes first, so it wins over an older open-ended one
            known[2][:0] = [_period_row(p) for p in entry.periods if _period_row(p) not in known[2]]
            known[3].extend(k for k in _alias_keys(entry) if k not in known[3])
        else:
            add(entry, "supplement")
    agents: dict[str, str] = {}
    agent_entries = list(parse_agent_lines(agent_lines))
    if supplement:
        agent_entries += list(parse_agent_lines(SUPPLEMENT_AGENTS.splitlines()))
    for a in agent_entries:
        k = " ".join(strip_article(phrase_key(a.phrase)))
        if k:
            agents.setdefault(k, a.code)
    countries: dict[str, str] = {}
    # the country's own undated entry wins, then one whose code is still in force
    for rank in (0, 1, 2):
        for aid in order:
            row = actors[aid]
            if row[1] != "Place":
                continue
            for code, start, end in row[2]:
                fits = (start is None and end is None, end is None, True)[rank]
                if len(code) == 3 and code.isalpha() and fits:
                    countries.setdefault(code, aid)
    return {
        "format": FORMAT_VERSION,
        "attribution": ATTRIBUTION,
        "actors": [actors[aid] for aid in order],
        "agents": dict(sorted(agents.items())),
        "countries": dict(sorted(countries.items())),
    }


def write(payload: dict[str, Any], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dictionaries", type=Path, help="folder holding Phoenix.*.actors.txt")
    parser.add_argument(
        "out", type=Path, help="output file, e.g. graphbuilder/data/gazetteer/phoenix.json.gz"
    )
    args = parser.parse_args(argv)
    missing = [n for n in (*ACTOR_FILES, AGENT_FILE) if not (args.dictionaries / n).is_file()]
    if missing:
        print(f"{args.dictionaries}: missing {', '.join(missing)}", file=sys.stderr)
        return 2
    payload = collect(args.dictionaries)
    write(payload, args.out)
    print(
        f"{args.out}: {len(payload['actors'])} actors, {len(payload['agents'])} agents, "
        f"{len(payload['countries'])} countries, {args.out.stat().st_size} bytes"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

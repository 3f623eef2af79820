"""Build the shipped actor gazetteer from the PETRARCH2 / Phoenix dictionaries (maintainer tool).

    python tools/build_gazetteer.py ../shared/data/dictionaries \\
        graphbuilder/data/gazetteer/phoenix.json.gz

Reads ``Phoenix.*.actors.txt`` and ``Phoenix.agents.txt`` by path (third-party data, MIT,
(c) 2014 Open Event Data; never copied into the repository) plus this project's own small
supplement of actors and agents that post-date the 2014 dictionaries, and writes one
compact gzip'd JSON file (see :mod:`graphbuilder.resolve.payload`): actors (id, type, code
periods, alias keys), agents (phrase key -> code) and countries (country code -> actor id).
Output is byte-for-byte deterministic. Not part of the installed package.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

from graphbuilder.resolve.payload import payload_from_lines

ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
AGENT_FILE = "Phoenix.agents.txt"

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


def collect(dictionaries: Path) -> dict[str, Any]:
    """The gazetteer payload from the dictionary folder plus the supplement."""
    sources: dict[str, list[str]] = {}
    for name in ACTOR_FILES:
        with (dictionaries / name).open(encoding="utf-8", errors="replace") as f:
            sources[name] = f.readlines()
    with (dictionaries / AGENT_FILE).open(encoding="utf-8", errors="replace") as f:
        agent_lines = f.readlines()
    return payload_from_lines(
        sources, agent_lines, SUPPLEMENT_ACTORS.splitlines(), SUPPLEMENT_AGENTS.splitlines()
    )


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

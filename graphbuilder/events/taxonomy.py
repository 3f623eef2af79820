"""The PLOVER event categories and the CAMEO code -> PLOVER mapping (shipped, derived table).

PLOVER categories: the 16 of the PLOVER manual plus DEMAND, DISAPPROVE, INVESTIGATE and
FIGHT, which the PLOVER gold-standard records (an earlier draft of the manual) use. The
mapping from CAMEO codes follows those records: CAMEO 09 -> INVESTIGATE, 10 -> DEMAND,
11 -> DISAPPROVE, 19 -> FIGHT (see ``GOLD_TAXONOMY_ROOTS`` in ``tools/build_event_tables.py``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "events"

#: Every PLOVER event category graphbuilder can assign, in manual order.
PLOVER_CATEGORIES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "DEMAND",
    "INVESTIGATE",
    "ACCUSE",
    "DISAPPROVE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
    "FIGHT",
)

#: CAMEO roots of cooperative events (expressing intent to do one is AGREE, refusing is REJECT).
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
#: CAMEO roots of conflictual events (announcing one is THREATEN).
CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})


def read_tsv(path: Path) -> dict[str, list[str]]:
    """``key -> remaining fields`` from a shipped TSV table (``#`` lines are comments)."""
    table: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            key, *rest = line.rstrip("\n").split("\t")
            table.setdefault(key, rest)
    return table


@lru_cache(maxsize=1)
def cameo_to_plover() -> dict[str, str]:
    """CAMEO code -> PLOVER category, from ``data/events/cameo_plover.tsv``."""
    return {code: fields[0] for code, fields in read_tsv(DATA_DIR / "cameo_plover.tsv").items()}


def plover_category(cameo_code: str | None) -> str | None:
    """PLOVER category of a CAMEO code; an unknown sub-code falls back to its parent codes.

    >>> plover_category("0231"), plover_category("193"), plover_category("010")
    ('REQUEST', 'FIGHT', None)
    """
    if not cameo_code:
        return None
    mapping = cameo_to_plover()
    code = cameo_code
    while len(code) >= 2:
        if code in mapping:
            return mapping[code]
        code = code[:-1]
    return None


def root(cameo_code: str) -> str:
    """The two-digit CAMEO root: ``"0231"`` -> ``"02"``."""
    return cameo_code[:2]

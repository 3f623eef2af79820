"""Derive the shipped verb -> CAMEO -> PLOVER tables from the PETRARCH2 / PLOVER dictionaries.

Run once by a maintainer (the third-party files are read by path, never copied); not part
of the installed package::

    python tools/build_event_tables.py \\
        ../shared/data/dictionaries/CAMEO.2.0.txt \\
        ../shared/data/dictionaries/CAMEO2PLOVER-2021.txt

It writes two compact TSV files under ``graphbuilder/data/events/``:

``cameo_verbs.tsv``
    ``key \\t cameo_code``. A key is a verb lemma (``ask``), a verb with its particle or
    preposition (``ask_for``, ``appeal_to``), or a verb with the head of its object
    (``stage attack``, ``launch appeal``), as the CAMEO verb dictionary's verb lines,
    multi-word forms and ``- * OBJECT [code]`` patterns give them.
``cameo_plover.tsv``
    ``cameo_code \\t PLOVER category \\t mode``, from CAMEO2PLOVER, with the older PLOVER
    categories the gold-standard records use (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT)
    restored for the CAMEO roots 10, 11, 09 and 19 (see ``GOLD_TAXONOMY_ROOTS``), and the
    public statements that PLOVER counts as events given a category (``STATEMENT_CODES``).

The derived tables combine MIT (CAMEO verb dictionary, (c) 2014 Open Event Data) and
CC BY-SA 4.0 (CAMEO2PLOVER, (c) Open Event Data Alliance) sources, so they are CC BY-SA 4.0.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from graphbuilder.errors import GraphBuilderError
from graphbuilder.events.taxonomy import DATA_DIR

VERBS_FILE = DATA_DIR / "cameo_verbs.tsv"
PLOVER_FILE = DATA_DIR / "cameo_plover.tsv"

HEADER = (
    "# Derived from the PETRARCH2 CAMEO verb dictionary (MIT, (c) 2014 Open Event Data)\n"
    "# and CAMEO2PLOVER-2021 (CC BY-SA 4.0, (c) Open Event Data Alliance).\n"
    "# This derived table is licensed CC BY-SA 4.0. Built by tools/build_event_tables.py.\n"
)

#: CAMEO roots whose PLOVER category in the gold-standard records (an earlier PLOVER draft)
#: differs from CAMEO2PLOVER-2021; the gold records are what accuracy is measured on.
GOLD_TAXONOMY_ROOTS = {"09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "19": "FIGHT"}
#: Single codes moved likewise: sanctions and embargoes are SANCTION in the earlier draft.
GOLD_TAXONOMY_CODES = {"163": "SANCTION", "191": "COERCE", "02": "REQUEST"}
#: Public statements (CAMEO 01, which CAMEO2PLOVER drops) that are verbal events: an
#: optimistic and an empathetic comment ("hailed the talks", condolences) are verbal
#: SUPPORT; acknowledging or claiming responsibility is AGREE, as the PLOVER manual's note
#: on CAMEO 015 suggests (section "CAMEO to PLOVER translation"). The other 01 codes
#: (a statement, a comment declined, a policy considered) stay no event.
STATEMENT_CODES = {"013": "SUPPORT", "015": "AGREE", "018": "SUPPORT"}

_HEADER_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE_RE = re.compile(r"\[([0-9:\-]*)\]")
_PATTERN_CODE_RE = re.compile(r"\[([0-9:\-]*)\]\s*(?:#.*)?$")


class DictionaryError(GraphBuilderError):
    """A dictionary file cannot be read or parsed."""


def _code(raw: str) -> str | None:
    """``020`` -> ``020``; ``042:043`` -> ``042``; ``:173`` -> ``173``; ``---`` -> None."""
    for part in raw.split(":"):
        part = part.strip()
        if part and part.isdigit():
            return part
    return None


#: Plurals in -s that are singular too (spaCy keeps them as their own lemma).
_INVARIANT_PLURALS = frozenset({"series", "news"})


def _word(token: str) -> str:
    """A dictionary word as a lower-case noun lemma, as spaCy lemmatises it: ``ATTACKS_`` ->
    ``attack``, ``RALLIES`` -> ``rally``, ``CLASHES`` -> ``clash``, ``SERIES`` -> ``series``."""
    w = token.strip("+_{}()").lower().replace("_", " ")
    if w in _INVARIANT_PLURALS or len(w) <= 3 or not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return w[:-2]
    return w[:-1]


def read_synonym_sets(lines: list[str]) -> dict[str, list[str]]:
    """``&NAME`` -> member words, from the SYNONYM SETS section."""
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        if line.startswith("####### VERB PATTERNS"):
            break
        text = line.split("#", 1)[0].strip()
        if text.startswith("&"):
            current = text.rstrip("_")
            sets[current] = []
        elif text.startswith("+") and current:
            sets[current].append(_word(text.split()[0]))
        elif not text:
            continue
    return sets


def _pattern_keys(verb: str, body: str, synsets: dict[str, list[str]]) -> Iterator[str]:
    """Keys for one ``- PRE * POST`` pattern: ``verb_prep``, ``verb noun``, ``verb_prep noun``."""
    if "*" not in body:
        return
    post = body.split("*", 1)[1].strip()
    if not post:
        return
    # the first element after the verb: (PREP NOUN ...), {COMPOUND NOUN} (skipped), &SET or WORD
    m = re.match(r"\(([^)]*)\)|\{([^}]*)\}|(\S+)", post)
    if m is None:
        return
    if m.group(1) is not None:
        words = m.group(1).split()
        if not words or words[0].startswith("&") or words[0].startswith("{"):
            return
        prep = _word(words[0])
        yield f"{verb}_{prep}"
        rest = " ".join(words[1:]).strip("{} ")
        if rest:
            for noun in _heads(rest.split()[-1], synsets):
                yield f"{verb}_{prep} {noun}"
    elif m.group(2) is not None:
        return  # a compound ({MOCK ATTACK}) is narrower than its head noun: keying it on the head misleads
    else:
        for noun in _heads(m.group(3), synsets):
            yield f"{verb} {noun}"


def _heads(token: str, synsets: dict[str, list[str]]) -> list[str]:
    token = token.strip("{}()")
    if token.startswith("&"):
        return [w for w in synsets.get(token.rstrip("_"), []) if " " not in w]
    w = _word(token)
    return [w] if w and w.isalpha() else []


def _pattern_verbs(line: str, block_verbs: list[tuple[str, str | None]]) -> list[str]:
    """The verbs a pattern applies to: the one its comment names (``# STAGE``) when that verb
    is in the block, else every verb of the block (PETRARCH's synonym semantics)."""
    named = line.rsplit("#", 1)[1].strip().split() if "#" in line else []
    verbs = [v for v, _ in block_verbs]
    if named and named[0].lower().rstrip("_") in verbs:
        return [named[0].lower().rstrip("_")]
    return verbs


def read_verb_dictionary(path: Path) -> dict[str, str]:
    """key -> CAMEO code from the CAMEO verb dictionary (see module docstring for keys)."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as err:
        raise DictionaryError(f"{path}: cannot read the CAMEO verb dictionary ({err.strerror})") from err
    synsets = read_synonym_sets(lines)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    in_verbs = False
    block_code: str | None = None
    block_verbs: list[tuple[str, str | None]] = []
    for line in lines:
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            break
        if not in_verbs or not line.strip() or line.lstrip().startswith("#"):
            continue
        header = _HEADER_RE.match(line)
        if header:
            block_code = _code(header.group(2))
            block_verbs = []
            continue
        if line.startswith("-"):
            m = _PATTERN_CODE_RE.search(line)
            if m is None:
                continue
            code = _code(m.group(1))
            if code is None:
                continue
            body = line[1 : m.start()].strip()
            for verb in _pattern_verbs(line, block_verbs):
                for key in _pattern_keys(verb, body, synsets):
                    votes[key][code] += 1
            continue
        text = line.split("#", 1)[0]
        text = re.sub(r"\{[^}]*\}", " ", text).strip()
        m = _CODE_RE.search(text)
        code = _code(m.group(1)) if m else None
        word = text[: m.start()].strip() if m else text.strip()
        if not word or " " in word:
            continue
        verb = word.lstrip("+").rstrip("_").lower()
        if not re.fullmatch(r"[a-z][a-z'\-]*(_[a-z]+)*", verb):
            continue
        own = code or block_code
        block_verbs.append((verb, own))
        if own:
            votes[verb][own] += 3  # a verb line outweighs patterns that reach it by accident
    table = {key: counts.most_common(1)[0][0] for key, counts in sorted(votes.items())}
    # a pattern that only repeats its verb's own code adds nothing to a lookup
    return {k: c for k, c in table.items() if " " not in k and "_" not in k or table.get(_base(k)) != c}


def _base(key: str) -> str:
    return key.split(" ", 1)[0].split("_", 1)[0]


def read_plover_mapping(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER category, mode), with the gold-standard taxonomy applied."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise DictionaryError(f"{path}: cannot read the CAMEO->PLOVER mapping ({err.strerror})") from err
    mapping: dict[str, tuple[str, str]] = {}
    for number, line in enumerate(lines, 1):
        text = line.split("#", 1)[0].strip()
        if not text or text.startswith("~"):
            continue
        if ":" not in text:
            raise DictionaryError(f"{path}:{number}: expected 'CODE: CATEGORY, mode, context'")
        code, rest = (part.strip() for part in text.split(":", 1))
        fields = [f.strip() for f in rest.split(",")]
        if not code.isdigit() or not fields[0]:
            raise DictionaryError(f"{path}:{number}: expected 'CODE: CATEGORY, mode, context'")
        mapping.setdefault(code, (fields[0], fields[1] if len(fields) > 1 else ""))
    for code in list(mapping):
        if code[:2] in GOLD_TAXONOMY_ROOTS:
            mapping[code] = (GOLD_TAXONOMY_ROOTS[code[:2]], mapping[code][1])
    for root, category in GOLD_TAXONOMY_ROOTS.items():
        mapping.setdefault(root, (category, ""))
    for code, category in (GOLD_TAXONOMY_CODES | STATEMENT_CODES).items():
        mapping[code] = (category, mapping.get(code, ("", ""))[1])
    return dict(sorted(mapping.items()))


def write_tables(verbs: dict[str, str], plover: dict[str, tuple[str, str]], out: Path = DATA_DIR) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with (out / VERBS_FILE.name).open("w", encoding="utf-8") as f:
        f.write(HEADER)
        f.writelines(f"{key}\t{code}\n" for key, code in verbs.items())
    with (out / PLOVER_FILE.name).open("w", encoding="utf-8") as f:
        f.write(HEADER)
        f.writelines(f"{code}\t{cat}\t{mode}\n" for code, (cat, mode) in plover.items())


def main(argv: Iterable[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2:
        print(
            "usage: python tools/build_event_tables.py CAMEO.2.0.txt CAMEO2PLOVER.txt", file=sys.stderr
        )
        return 2
    try:
        verbs = read_verb_dictionary(Path(args[0]))
        plover = read_plover_mapping(Path(args[1]))
    except DictionaryError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    write_tables(verbs, plover)
    print(f"wrote {len(verbs)} verb keys and {len(plover)} CAMEO codes to {DATA_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

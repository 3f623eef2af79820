"""Fit the learned pronoun check (graphbuilder/data/pronoun_check.json) on blind judges' verdicts.

Two steps. ``collect`` re-runs today's resolver over the judges' texts with the check
recording (it keeps every resolution) and writes, per resolved pronoun, today's antecedent
name and the check's features, keyed by article and character offsets in the text each judged
build ingested (today's ingest may cut a dateline or a trailer differently: offsets are carried
over by aligning the two texts)::

    python tools/fit_pronoun_check.py collect --texts /tmp/J18src/j18.jsonl \
        --builds /tmp/J18 --out /tmp/prn/J18.jsonl

``fit`` joins those on the verdicts (``<side>-pronouns*.tsv`` of each ``J<n>-verdicts``
folder: key = article|start-end, "pronoun->entity", verdict R/W/G, or right/wrong/generic in
the first judges' files). A verdict applies only when today's antecedent is the one judged; a
pronoun judged twice (before and after) counts once; generic counts as wrong. The judges named
by ``--hold`` are left out of the fit and scored (AUC; at the threshold the resolutions left
open and the share right among kept and dropped); the model written is the one fitted on the
rest, with its held-out figures. Without ``--threshold`` the threshold is chosen on the fitted
judges only, each scored by a model fitted on the others: the highest on the grid at which no
more than half of the resolutions left open were right (:func:`chosen_threshold`). Possessives
the check passes by (:func:`graphbuilder.resolve.pronoun_check.passed_by`) are not fitted on
and count as kept::

    python tools/fit_pronoun_check.py fit --features /tmp/prn/*.jsonl \
        --verdicts /work/coord/s2*/J*-verdicts --hold J18 J19 --out graphbuilder/data/pronoun_check.json

``--groups J18+J19 J22`` scores those held-out judges together as well as each alone;
``--compare graphbuilder/data/pronoun_check.json`` scores that (shipped) model on the same
held-out verdicts beside the refit (AUC; left open and right among kept at its own threshold).

Nothing of the articles' text is written. Needs numpy (a dependency of spaCy).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sqlite3
import sys
from pathlib import Path
from typing import Any

import logistic  # tools/logistic.py, beside this script
import numpy as np
from logistic import auc

from graphbuilder.resolve.pronoun_check import SIGNALS, passed_by, signals

L2 = 1.0
VERDICT = {"R": 1, "W": 0, "G": 0, "right": 1, "wrong": 0, "generic": 0}
KEY = re.compile(r"^(?P<article>[^|]+)\|(?P<start>\d+)[-|](?P<end>\d+)$")
ARROW = re.compile(r"^\w+\s*(?:→|->)\s*(?P<name>.+?)\s*$")
J6_STATEMENT = re.compile(r"^\[?\w+\]?=>(?P<name>.+?)(?: in: | \S+ \[)")


# --- collect ---------------------------------------------------------------------------


def _judged_texts(build: Path) -> dict[str, str]:
    db = build / "graph.db"
    if not db.exists():
        return {}
    con = sqlite3.connect(db)
    return {aid: json.loads(rec)["text"] for aid, rec in con.execute("select id, record from articles")}


def _mapper(today: str, judged: str) -> Any:
    if today == judged:
        return lambda p: p
    blocks = [
        b for b in difflib.SequenceMatcher(None, today, judged, autojunk=False).get_matching_blocks() if b[2]
    ]

    def to_judged(p: int) -> int | None:
        for i, j, n in blocks:
            if i <= p < i + n:
                return j + (p - i)
        return None

    return to_judged


def _names(graph: Any) -> dict[tuple[int, int], str]:
    out: dict[tuple[int, int], str] = {}
    for st in graph.statements:
        for e in st.evidence:
            for arg in (e.subject, e.object):
                if arg.name:
                    out.setdefault((arg.start, arg.end), arg.name)
    return out


def collect(texts: Path, builds: Path, out: Path) -> int:
    from graphbuilder.api import iter_article_graphs
    from graphbuilder.pipeline import Pipeline
    from graphbuilder.resolve import pronoun_check

    judged = {side: _judged_texts(builds / side) for side in ("before", "after")}
    pronoun_check.RECORD = []
    rows = 0
    with out.open("w", encoding="utf-8") as f:
        for graph in iter_article_graphs([texts], pipeline=Pipeline(min_confidence=0.0)):
            records, pronoun_check.RECORD = pronoun_check.RECORD, []
            aid, text = graph.article.id, graph.article.text
            names = _names(graph)
            maps = {s: _mapper(text, t[aid]) for s, t in judged.items() if aid in t}
            for r in records:
                keys = {}
                for side, to_judged in maps.items():
                    s, e = to_judged(r["start"]), to_judged(r["end"] - 1)
                    if s is not None and e is not None:
                        keys[side] = f"{aid}|{s}-{e + 1}"
                name = names.get((r["start"], r["end"]))
                f.write(json.dumps({"keys": keys, "name": name, "features": r["features"]}) + "\n")
                rows += 1
    print(f"{out}: {rows} resolutions recorded", file=sys.stderr)
    return 0


# --- fit -------------------------------------------------------------------------------


def _judged_names(build: Path) -> dict[str, str]:
    """Article|start-end -> antecedent name of each resolved pronoun argument in a judged build
    (for the verdict files that give only the pronoun)."""
    out: dict[str, str] = {}
    path = build / "statements.jsonl"
    if not path.exists():
        return out
    for line in path.open(encoding="utf-8"):
        x = json.loads(line)
        for arg in (x["subject"], x["object"]):
            if arg.get("name") and arg["name"].lower() != arg["text"].lower():
                out.setdefault(f"{x['article_id']}|{arg['start']}-{arg['end']}", arg["name"])
    return out


def _verdicts(folder: Path, builds: Path) -> list[tuple[str, str, str, int]]:
    """(side, key, judged name, 1 if right) in file order."""
    rows = []
    judge = folder.name.split("-")[0]
    names = {side: _judged_names(builds / judge / side) for side in ("before", "after")}
    for path in sorted(folder.glob("*-pronouns*.tsv")):
        side = path.name.split("-")[0]
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) < 4 or cols[3].strip() not in VERDICT:
                continue
            key = KEY.match(cols[0].strip())
            if key is None:
                continue
            k = f"{key['article']}|{key['start']}-{key['end']}"
            found = ARROW.search(cols[2]) or J6_STATEMENT.match(cols[2])
            name = found["name"].strip() if found else names[side].get(k)
            if name:
                rows.append((side, k, name, VERDICT[cols[3].strip()]))
    return rows


def _norm(name: str) -> str:
    return re.sub(r"\W+", " ", name).strip().lower()


def joined(
    feature_files: list[Path], verdict_dirs: list[Path], builds: Path
) -> list[tuple[str, dict[str, float], int, bool]]:
    """(judge, signals, 1 if right, whether the check passes it by) per joined verdict."""
    rows: list[tuple[str, dict[str, float], int, bool]] = []
    for folder in sorted(verdict_dirs):
        judge = folder.name.split("-")[0]
        path = next((p for p in feature_files if p.stem == judge), None)
        if path is None:
            continue
        today: dict[tuple[str, str], dict[str, Any]] = {}
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            for side, k in r["keys"].items():
                today.setdefault((side, k), r)
        seen: set[int] = set()
        n_judged = n_same = 0
        for side, k, name, right in _verdicts(folder, builds):
            r = today.get((side, k))
            n_judged += 1
            if r is None or id(r) in seen or r["name"] is None or _norm(r["name"]) != _norm(name):
                continue
            seen.add(id(r))
            n_same += 1
            rows.append((judge, signals(r["features"]), right, passed_by(r["features"])))
        print(
            f"{judge}: {n_judged} verdict lines, {n_same} joined on today's same antecedent", file=sys.stderr
        )
    return rows


def fit(x: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """The shared logistic fit (tools/logistic.py) with this model's ridge."""
    return logistic.fit(x, y, L2)


def at_threshold(p: np.ndarray, y: np.ndarray, threshold: float) -> dict[str, Any]:
    kept = p >= threshold
    share = lambda s: f"{int(y[s].sum())}/{int(s.sum())} = {y[s].mean():.3f}" if s.any() else "none"  # noqa: E731
    return {
        "threshold": threshold,
        "left_open": int((~kept).sum()),
        "right_among_kept": share(kept),
        "right_among_dropped": share(~kept),
        "right_now": share(np.ones(len(y), dtype=bool)),
    }


def cross_validated(x: np.ndarray, y: np.ndarray, judges: np.ndarray) -> np.ndarray:
    """Each judge's verdicts scored by a model fitted on the other judges (to choose the
    threshold without looking at the held-out judges)."""
    p = np.zeros(len(y))
    for j in set(judges.tolist()):
        s = judges == j
        bias, w = fit(x[~s], y[~s])
        p[s] = 1.0 / (1.0 + np.exp(-(bias + x[s] @ w)))
    return p


def chosen_threshold(p: np.ndarray, y: np.ndarray, grid: list[float]) -> float:
    """The highest threshold at which, cross-validated, no more than half of the resolutions
    it leaves open were right (each one left open removes at least as many wrong as right)."""
    ok = [t for t in sorted(grid) if (p < t).any() and y[p < t].mean() <= 0.5]
    return ok[-1] if ok else 0.0


def _compare(
    path: Path,
    rows: list[tuple[str, dict[str, float], int, bool]],
    held: np.ndarray,
    y: np.ndarray,
    judges: np.ndarray,
    groups: list[str],
    new: dict[str, Any],
) -> None:
    """Score another model (the shipped JSON) on the same held-out verdicts, per group, beside
    the new fit's figures: AUC, left open at its own threshold, right among kept."""
    old = json.loads(path.read_text(encoding="utf-8"))
    names = list(old["weights"])
    x = np.array([[r[1][n] for n in names] for r in rows])
    w = np.array([old["weights"][n] for n in names])
    passed = np.array([r[3] for r in rows])
    p = np.where(passed, 1.0, 1.0 / (1.0 + np.exp(-(old["bias"] + x @ w))))[held]
    for group in groups or ["+".join(sorted(set(judges[held].tolist())))]:
        s = np.isin(judges[held], group.split("+"))
        was = at_threshold(p[s], y[held][s], old["threshold"])
        now = new.get(group, new)
        print(
            f"{group} ({int(s.sum())} verdicts): {path.name} AUC {auc(p[s], y[held][s]):.3f}, "
            f"t={old['threshold']} left open {was['left_open']}, kept {was['right_among_kept']}, "
            f"dropped {was['right_among_dropped']} | refit AUC {now['auc']}, t={now['threshold']} "
            f"left open {now['left_open']}, kept {now['right_among_kept']}, "
            f"dropped {now['right_among_dropped']}"
        )


def run_fit(args: argparse.Namespace) -> int:
    rows = joined(args.features, args.verdicts, args.builds)
    names = list(SIGNALS)
    judges = np.array([r[0] for r in rows])
    x = np.array([[r[1][n] for n in names] for r in rows])
    y = np.array([r[2] for r in rows], dtype=float)
    passed = np.array([r[3] for r in rows])  # follows a kept pick: never weighed, always kept
    held = np.isin(judges, args.hold)
    weighed = ~held & ~passed
    print(
        f"{len(rows)} joined verdicts, {int(y.sum())} right; fit {int((~held).sum())} "
        f"({int(weighed.sum())} weighed), held {int(held.sum())} ({int((held & passed).sum())} passed by)"
    )
    p_cv = np.ones(len(y))
    p_cv[weighed] = cross_validated(x[weighed], y[weighed], judges[weighed])
    print(f"fit judges, each left out in turn: AUC {auc(p_cv[~held], y[~held]):.3f}")
    for t in args.thresholds:
        print(f"t={t}: cross-validated {at_threshold(p_cv[~held], y[~held], t)}")
    if args.threshold is None:
        args.threshold = chosen_threshold(p_cv[weighed], y[weighed], args.thresholds)
        print(f"threshold chosen on the fit judges' cross-validation: {args.threshold}")
    bias, w = fit(x[weighed], y[weighed])
    p_all = np.where(passed, 1.0, 1.0 / (1.0 + np.exp(-(bias + x @ w))))
    p_fit, p_held = p_all[~held], p_all[held]
    for t in args.thresholds:
        print(f"t={t}: fit {at_threshold(p_fit, y[~held], t)}")
        print(f"t={t}: held {at_threshold(p_held, y[held], t)}")
    result = {"judges": sorted(args.hold), "verdicts": int(held.sum()), "auc": round(auc(p_held, y[held]), 3)}
    result.update(at_threshold(p_held, y[held], args.threshold))
    for j in sorted(args.hold):
        s = judges[held] == j
        result[j] = at_threshold(p_held[s], y[held][s], args.threshold)
    for group in args.groups:
        s = np.isin(judges[held], group.split("+"))
        result[group] = {"verdicts": int(s.sum()), "auc": round(auc(p_held[s], y[held][s]), 3)}
        result[group].update(at_threshold(p_held[s], y[held][s], args.threshold))
    print("held out:", json.dumps(result))
    if args.compare:
        _compare(args.compare, rows, held, y, judges, args.groups, result)
    print("fit judges AUC (in-sample):", round(auc(p_fit, y[~held]), 3))
    model = {
        "about": "pronoun check: a logistic model of 'the resolved antecedent is right' "
        "(graphbuilder.resolve.pronoun_check)",
        "labels": "judges' verdicts on resolved pronouns of unread news (right; wrong and generic count "
        "as wrong), joined on article, offsets and today's same antecedent; a pronoun judged twice "
        "counts once",
        "threshold_chosen": "on the fitted judges, each left out in turn (chosen_threshold)",
        "fitted_on": {
            "judges": sorted(set(judges[~held].tolist())),
            "verdicts": int(weighed.sum()),
            "right": int(y[weighed].sum()),
        },
        "held_out": result,
        "threshold": args.threshold,
        "bias": round(bias, 4),
        "weights": {n: round(float(v), 4) for n, v in zip(names, w, strict=True)},
    }
    print(json.dumps(model["weights"]))
    if args.out:
        args.out.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="step", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--texts", type=Path, required=True)
    c.add_argument(
        "--builds", type=Path, required=True, help="J<n> folder holding before/ and after/graph.db"
    )
    c.add_argument("--out", type=Path, required=True)
    f = sub.add_parser("fit")
    f.add_argument(
        "--features", nargs="+", type=Path, required=True, help="collect's files, named J<n>.jsonl"
    )
    f.add_argument("--verdicts", nargs="+", type=Path, required=True)
    f.add_argument("--builds", type=Path, default=Path("/tmp"), help="folder of J<n>/<side>/statements.jsonl")
    f.add_argument("--hold", nargs="*", default=[])
    f.add_argument(
        "--groups", nargs="*", default=[], help="held-out judges scored together, e.g. J18+J19 J22"
    )
    f.add_argument(
        "--compare", type=Path, help="a model JSON (the shipped one) scored on the same held-out verdicts"
    )
    f.add_argument("--threshold", type=float, help="default: chosen on the fit judges (chosen_threshold)")
    f.add_argument(
        "--thresholds", nargs="*", type=float, default=[0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]
    )
    f.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    if args.step == "collect":
        return collect(args.texts, args.builds, args.out)
    return run_fit(args)


if __name__ == "__main__":
    sys.exit(main())

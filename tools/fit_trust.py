"""Fit the statement-confidence model (graphbuilder/data/trust.json) on blind judges' verdicts.

    python tools/fit_trust.py --verdicts /work/coord/s2*/J*-verdicts --builds /tmp \
        --hold J14 J15 J16 J17 --out graphbuilder/data/trust.json

Each ``J<n>-verdicts`` folder holds a judge's verdicts on asserted statements of unread news;
the fit takes ``<side>-d3-one-per-article.tsv``, one asserted statement drawn at random from
each of 60 articles (a statement id in the first column, the verdict F(ully) / P(artly) /
W(rong) in the fourth): a random draw, so the model's figures are the shares fully correct
in a build. (The judges' samples of statements with confidence >= 0.7 are drawn on the
confidence itself and would bias the fit.)
``<builds>/J<n>/<side>/statements.jsonl`` is the build they judged (side = before or after).
A statement judged twice counts once (its first verdict in file order). The target is
"fully correct". The judges named by ``--hold`` are first left out of a fit and the model is
scored on them (AUC and the share fully correct at confidence >= 0.7, beside the rule
confidence's); then the model is fitted on every judge and written out. Nothing of the
articles' text is written. Needs numpy (a dependency of spaCy).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import logistic  # tools/logistic.py, beside this script
import numpy as np
from logistic import auc

from graphbuilder.model import Argument, Evidence, Sentence
from graphbuilder.trust import signals

VERDICT_FILES = ("d3-one-per-article.tsv",)
STATEMENT_ID = re.compile(r"st-[0-9a-f]{16}")
L2 = 1.0  # ridge on the weights (not the bias), in units of one judged statement
THRESHOLD = 0.7


def _evidence(record: dict[str, Any]) -> Evidence:
    s = record["sentence"]
    return Evidence(
        article_id=record["article_id"],
        sentence=Sentence(record["article_id"], s["index"], s["start"], s["end"], s["text"]),
        subject=Argument(**record["subject"]),
        relation_text=record.get("relation_text") or "",
        relation_start=0,
        relation_end=0,
        object=Argument(**record["object"]),
        confidence=float(record["confidence"]),
    )


def _statements(path: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    if path.exists():
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            out.setdefault(record["statement_id"], record)
    return out


def judged(verdict_dirs: list[Path], builds: Path) -> list[tuple[str, dict[str, Any], int]]:
    """(judge, statement record, 1 if fully correct) for every judged statement found."""
    rows: list[tuple[str, dict[str, Any], int]] = []
    for folder in verdict_dirs:
        judge = folder.name.split("-")[0]
        seen: set[str] = set()
        for side in ("after", "before"):
            records = _statements(builds / judge / side / "statements.jsonl")
            for name in VERDICT_FILES:
                path = folder / f"{side}-{name}"
                if not path.exists():
                    continue
                for line in path.read_text(encoding="utf-8").splitlines()[1:]:
                    cols = line.split("\t")
                    found = STATEMENT_ID.search(line)
                    if len(cols) < 4 or not found or found.group(0) in seen:
                        continue
                    verdict = cols[3].strip()[:1]
                    record = records.get(found.group(0))
                    if verdict in {"F", "P", "W"} and record is not None:
                        seen.add(found.group(0))
                        rows.append((judge, record, int(verdict == "F")))
    return rows


def matrix(rows: list[tuple[str, dict[str, Any], int]]) -> tuple[list[str], np.ndarray, np.ndarray]:
    feats = [signals(_evidence(r), r["predicate"]) for _, r, _ in rows]
    names = list(feats[0])
    x = np.array([[f[n] for n in names] for f in feats])
    y = np.array([v for _, _, v in rows], dtype=float)
    return names, x, y


def fit(x: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """The shared logistic fit (tools/logistic.py) with this model's ridge."""
    return logistic.fit(x, y, L2)


def _at_threshold(score: np.ndarray, y: np.ndarray) -> str:
    kept = score >= THRESHOLD
    return f"{int(y[kept].sum())}/{int(kept.sum())} = {y[kept].mean():.3f}" if kept.any() else "none"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verdicts", nargs="+", type=Path, required=True, help="J<n>-verdicts folders")
    ap.add_argument("--builds", type=Path, required=True, help="folder holding J<n>/<side>/statements.jsonl")
    ap.add_argument("--hold", nargs="*", default=[], help="judges left out of a first fit and scored")
    ap.add_argument("--out", type=Path, help="write the model fitted on every judge here")
    args = ap.parse_args(argv)
    rows = judged(sorted(args.verdicts), args.builds)
    if not rows:
        print("no judged statement found", file=sys.stderr)
        return 1
    names, x, y = matrix(rows)
    judges = np.array([j for j, _, _ in rows])
    rule = np.array([r["confidence"] for _, r, _ in rows])
    print(
        f"{len(rows)} judged statements, {int(y.sum())} fully correct, judges {sorted(set(judges.tolist()))}"
    )
    result: dict[str, Any] = {}
    if args.hold:
        held = np.isin(judges, args.hold)
        bias, w = fit(x[~held], y[~held])
        learned = 1.0 / (1.0 + np.exp(-(bias + x[held] @ w)))
        result = {
            "judges": sorted(args.hold),
            "statements": int(held.sum()),
            "auc": round(auc(learned, y[held]), 3),
            "auc_rule_confidence": round(auc(rule[held], y[held]), 3),
            "fully_at_0.7": _at_threshold(learned, y[held]),
            "fully_at_0.7_rule_confidence": _at_threshold(rule[held], y[held]),
        }
        print("held out:", json.dumps(result))
    bias, w = fit(x, y)
    model = {
        "about": "statement confidence: a logistic model of 'fully correct' (graphbuilder.trust)",
        "fitted_on": {
            "judges": sorted(set(judges.tolist())),
            "statements": len(rows),
            "fully_correct": int(y.sum()),
        },
        "held_out_first": result,
        "bias": round(bias, 4),
        "weights": {n: round(float(v), 4) for n, v in zip(names, w, strict=True)},
    }
    print(json.dumps(model["weights"]))
    if args.out:
        args.out.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

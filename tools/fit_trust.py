"""Fit the statement-confidence model (graphbuilder/data/trust.json) on blind judges' verdicts.

    python tools/fit_trust.py --verdicts /work/coord/s2*/J*-verdicts --builds /tmp \
        --hold J14 J15 J16 J17 --out graphbuilder/data/trust.json

    git show f3f4363:graphbuilder/data/trust.json > /tmp/trust-f3f4363.json
    python tools/fit_trust.py --verdicts /work/coord/s2*/J*-verdicts /work/coord/s30/J2[34]-verdicts \
        --builds /tmp --written-by /tmp/trust-f3f4363.json --rescored J18/after J19/after J20 J21 J22 \
        J23 J24 --hold J23 J24 --compare graphbuilder/data/trust.json

Each ``J<n>-verdicts`` folder holds a judge's verdicts on asserted statements of unread news;
the fit takes ``<side>-d3-one-per-article.tsv``, one asserted statement drawn at random from
each of 60 articles (a statement id in the first column, the verdict F(ully) / P(artly) /
W(rong) in the fourth): a random draw, so the model's figures are the shares fully correct
in a build. (The judges' samples of statements with confidence >= 0.7 are drawn on the
confidence itself and would bias the fit.)
``<builds>/J<n>/<side>/statements.jsonl`` is the build they judged (side = before or after).
A build made after the model was shipped (J18's and J19's after side, both sides from J20 on)
wrote the learned confidence, not the rule confidence the model takes in: ``--written-by``
names the model that wrote it and ``--rescored`` those builds (``J20`` for both sides,
``J18/after`` for one); the rule confidence is recovered by inverting that model (on J18/J19,
whose before side kept the rule confidence, the recovered value is within 0.01 of it for 98%
of the statements). Those builds left out evidence scored below the floor (0.25) from J20's
after side on, so their draws hold no such statement.
A statement judged twice counts once (its first verdict in file order). The target is
"fully correct". The judges named by ``--hold`` are first left out of a fit and the model is
scored on them (AUC and the share fully correct at confidence >= 0.7, beside the rule
confidence's and, with ``--compare``, a shipped model's); then the model is fitted on every
judge and written out. Nothing of the articles' text is written. Needs numpy (a dependency
of spaCy). (Session 31 refitted on J7-J24 this way; the refit was not shipped: on the judges
it did not see it ranked no better than the shipped model, and any refit moves the floor's
cut - see /work/coord/s31/LRN3-log.md.)
"""

from __future__ import annotations

import argparse
import json
import math
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


def load_model(path: Path) -> tuple[float, dict[str, float]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return float(data["bias"]), {k: float(v) for k, v in data["weights"].items()}


def rule_confidence(record: dict[str, Any], model: tuple[float, dict[str, float]]) -> float:
    """The rule confidence behind a confidence ``model`` wrote (the model inverted); the
    written figure was rounded to three places, so the extremes are held off 0 and 1."""
    bias, weights = model
    written = min(max(float(record["confidence"]), 0.0005), 0.9995)
    x = signals(_evidence(record), record["predicate"])
    z = math.log(written / (1 - written)) - bias
    z -= sum(w * x[name] for name, w in weights.items() if name != "rule_confidence")
    return min(math.exp(z / weights["rule_confidence"]), 1.0)


def model_score(x: np.ndarray, names: list[str], model: tuple[float, dict[str, float]]) -> np.ndarray:
    """A stored model's confidence on the signal matrix (signals it does not weigh count 0)."""
    bias, weights = model
    w = np.array([weights.get(n, 0.0) for n in names])
    return 1.0 / (1.0 + np.exp(-(bias + x @ w)))


def _statements(path: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    if path.exists():
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            out.setdefault(record["statement_id"], record)
    return out


def judged(
    verdict_dirs: list[Path],
    builds: Path,
    rescored: set[str] | None = None,
    written_by: tuple[float, dict[str, float]] | None = None,
) -> list[tuple[str, dict[str, Any], int]]:
    """(judge, statement record, 1 if fully correct) for every judged statement found. The
    builds named in ``rescored`` ("J20", "J18/after") get their rule confidence back from
    ``written_by``, the model that wrote their confidence."""
    rescored = rescored or set()
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
                        if written_by is not None and {judge, f"{judge}/{side}"} & rescored:
                            record = {**record, "confidence": rule_confidence(record, written_by)}
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
    ap.add_argument("--written-by", type=Path, help="the model that wrote the --rescored builds' confidence")
    ap.add_argument(
        "--rescored", nargs="*", default=[], help="builds whose confidence is learned: J20, J18/after"
    )
    ap.add_argument("--compare", type=Path, help="a model scored beside the refit on the held-out judges")
    args = ap.parse_args(argv)
    if args.rescored and args.written_by is None:
        ap.error("--rescored needs --written-by")
    written_by = load_model(args.written_by) if args.written_by else None
    rows = judged(sorted(args.verdicts), args.builds, set(args.rescored), written_by)
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
        shipped = model_score(x[held], names, load_model(args.compare)) if args.compare else None
        if shipped is not None:
            result["auc_compared"] = round(auc(shipped, y[held]), 3)
            result["fully_at_0.7_compared"] = _at_threshold(shipped, y[held])
        for judge in sorted(set(judges[held].tolist())):
            one = judges[held] == judge
            line = (
                f"  {judge}: {int(one.sum())} statements, refit {_at_threshold(learned[one], y[held][one])}"
            )
            if shipped is not None:
                line += f", compared {_at_threshold(shipped[one], y[held][one])}"
            print(line)
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

"""Fit the learned check on event types (graphbuilder/data/type_check.json) on judges' verdicts.

    python tools/fit_type_check.py --verdicts /work/coord/s2*/J*-verdicts --builds /tmp \
        --hold J18 J19 --leave-out J22 --out graphbuilder/data/type_check.json

Each ``J<n>-verdicts`` folder holds a judge's verdicts on typed statements of unread news:
``<side>-typed*.tsv`` (side = before or after), a statement id in the first column, the verdict
R(ight) / B(orderline) / W(rong) (or spelled out) in the fourth. The typed samples were drawn
at random among a build's typed statements, so the model's figures are shares of a build's
typed statements. ``<builds>/J<n>/<side>/statements.jsonl`` is the build they judged. A
statement judged twice counts once (the before side's verdict first, then file order). The
target is "right or borderline".

At build time the check runs after the trust model (graphbuilder.trust) has rescored the
evidence, so the confidence it sees is the trust model's. Builds judged before the trust
model carry the rule confidence; it is turned into the trust model's here. Builds named by
``--trust-rescored`` (``J<n>/<side>``) carry the confidence of the trust model of their day:
given ``--trust-written-by`` (that model's file), the rule confidence is recovered from it
(tools/fit_trust.rule_confidence) and turned into the shipped trust model's, so that a refit
trust model and the check agree; without it the confidence is taken as written.

The judges named by ``--hold`` are first left out of a fit and the model is scored on them:
AUC, and at the threshold (0.5: a type the model finds likelier wrong than not is dropped) how
many typed statements are dropped and the share right or borderline among those kept and
those dropped, beside the share among all (no check); the fitting judges are scored too, each
by a model fitted on the others. Then the model is fitted on every judge but those named by
``--leave-out``, scored on those (judges the shipped weights never saw) and written out. Each
report gives the figures of the check everywhere and in its narrow scope only
(graphbuilder.events.check.SCOPE). Nothing of the articles' text is written. Needs numpy (a
dependency of spaCy).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

import logistic  # tools/logistic.py, beside this script
import numpy as np
from fit_trust import load_model, rule_confidence
from logistic import auc

from graphbuilder.events.check import SCOPE, in_scope, signals
from graphbuilder.model import Argument, EntityRef, Evidence, Sentence
from graphbuilder.trust import default_model

STATEMENT_ID = re.compile(r"st-[0-9a-f]{16}")
#: 2 right, 1 borderline, 0 wrong; the target is grade >= 1.
VERDICTS = {"R": 2, "RIGHT": 2, "B": 1, "BORDERLINE": 1, "W": 0, "WRONG": 0}
L2 = 3.0  # ridge on the weights (not the bias), in units of one judged statement
#: A predicate (or type and modality, or CAMEO code) gets its own weight only if judged this
#: often, by this many judges of the fit.
PREDICATE_MIN_VERDICTS = 10
PREDICATE_MIN_JUDGES = 4
#: Signals that get a weight only if judged this often, by this many judges (the rest are general).
SPARSE = ("predicate:", "type_modality:", "cameo:")
#: A type is dropped when the model finds it likelier wrong than right or borderline.
THRESHOLD = 0.5


Model = tuple[float, dict[str, float]]


def _evidence(record: dict[str, Any], trust_rescored: bool, written_by: Model | None = None) -> Evidence:
    if trust_rescored and written_by is not None:
        record = {**record, "confidence": rule_confidence(record, written_by)}
        trust_rescored = False
    s = record["sentence"]
    said = record.get("attributed_to")
    evidence = Evidence(
        article_id=record["article_id"],
        sentence=Sentence(record["article_id"], s["index"], s["start"], s["end"], s["text"]),
        subject=Argument(**record["subject"]),
        relation_text=record.get("relation_text") or "",
        relation_start=0,
        relation_end=0,
        object=Argument(**record["object"]),
        negated=bool(record.get("negated")),
        modality=record.get("modality"),
        attributed_to=EntityRef(said["entity_id"], said["name"]) if said else None,
        confidence=float(record["confidence"]),
    )
    if not trust_rescored:
        evidence = replace(evidence, confidence=default_model().confidence(evidence, record["predicate"]))
    return evidence


def _statements(path: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    if path.exists():
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            out.setdefault(record["statement_id"], record)
    return out


Row = tuple[str, dict[str, Any], Evidence, int]


def judged(
    verdict_dirs: list[Path], builds: Path, rescored: set[str], written_by: Model | None = None
) -> list[Row]:
    """(judge, statement record, its evidence, grade) for every typed verdict (grade: 2 right,
    1 borderline, 0 wrong)."""
    rows: list[Row] = []
    for folder in verdict_dirs:
        judge = folder.name.split("-")[0]
        seen: set[str] = set()
        for side in ("before", "after"):
            records = _statements(builds / judge / side / "statements.jsonl")
            for path in sorted(folder.glob(f"{side}-typed*.tsv")):
                for line in path.read_text(encoding="utf-8").splitlines()[1:]:
                    cols = line.split("\t")
                    found = STATEMENT_ID.search(cols[0])
                    if len(cols) < 4 or not found or found.group(0) in seen:
                        continue
                    verdict = VERDICTS.get(cols[3].strip().upper())
                    record = records.get(found.group(0))
                    if verdict is None or record is None or not record.get("event_type"):
                        continue
                    seen.add(found.group(0))
                    evidence = _evidence(record, f"{judge}/{side}" in rescored, written_by)
                    rows.append((judge, record, evidence, verdict))
    return rows


def features(rows: list[Row]) -> list[dict[str, float]]:
    return [signals(r["event_type"], r["predicate"], e, r.get("cameo_code")) for _, r, e, _ in rows]


def vocabulary(rows: list[Row], feats: list[dict[str, float]]) -> list[str]:
    """Every general signal and type; a predicate only if judged often by several judges."""
    names: list[str] = []
    verdicts: Counter[str] = Counter()
    judges: defaultdict[str, set[str]] = defaultdict(set)
    for (judge, _, _, _), f in zip(rows, feats, strict=True):
        for name in f:
            if name.startswith(SPARSE):
                verdicts[name] += 1
                judges[name].add(judge)
            elif name not in names:
                names.append(name)
    names += sorted(
        n
        for n, c in verdicts.items()
        if c >= PREDICATE_MIN_VERDICTS and len(judges[n]) >= PREDICATE_MIN_JUDGES
    )
    return names


def matrix(feats: list[dict[str, float]], names: list[str]) -> np.ndarray:
    return np.array([[f.get(n, 0.0) for n in names] for f in feats])


def fit(x: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """The shared logistic fit (tools/logistic.py) with this model's ridge."""
    return logistic.fit(x, y, L2)


def predict(bias: float, w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(bias + x @ w)))


def left_out(rows: list[Row], feats: list[dict[str, float]], y: np.ndarray) -> np.ndarray:
    """Each judge's statements scored by a model fitted on the other judges."""
    judges = np.array([j for j, _, _, _ in rows])
    score = np.zeros(len(rows))
    for judge in sorted(set(judges.tolist())):
        out = judges == judge
        inside = [f for f, o in zip(feats, out, strict=True) if not o]
        names = vocabulary([r for r, o in zip(rows, out, strict=True) if not o], inside)
        bias, w = fit(matrix(inside, names), y[~out])
        score[out] = predict(bias, w, matrix([f for f, o in zip(feats, out, strict=True) if o], names))
    return score


def _drops(y: np.ndarray, grade: np.ndarray, dropped: np.ndarray) -> dict[str, Any]:
    def share(mask: np.ndarray) -> str:
        return f"{int(y[mask].sum())}/{int(mask.sum())} = {y[mask].mean():.3f}" if mask.any() else "none"

    return {
        "dropped": int(dropped.sum()),
        "right_or_borderline_all": share(np.ones(len(y), dtype=bool)),
        "right_or_borderline_kept": share(~dropped),
        "right_or_borderline_dropped": share(dropped),
        "right_dropped": int((grade[dropped] == 2).sum()),
        "borderline_dropped": int((grade[dropped] == 1).sum()),
    }


def report(
    score: np.ndarray, grade: np.ndarray, scope: np.ndarray | None = None, t: float = THRESHOLD
) -> dict[str, Any]:
    """AUC, and what the check drops at ``t`` everywhere and (given ``scope``, a mask of the
    statements in the narrow scope) in scope only."""
    y = (grade >= 1).astype(float)
    out = {"typed": len(y), "auc": round(auc(score, y), 3), "threshold": t, **_drops(y, grade, score < t)}
    if scope is not None:
        out["in_scope"] = {"typed": int(scope.sum()), **_drops(y, grade, (score < t) & scope)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verdicts", nargs="+", type=Path, required=True, help="J<n>-verdicts folders")
    ap.add_argument("--builds", type=Path, required=True, help="folder holding J<n>/<side>/statements.jsonl")
    ap.add_argument("--hold", nargs="*", default=[], help="judges left out of a first fit and scored")
    ap.add_argument(
        "--leave-out", nargs="*", default=[], help="judges left out of every fit, scored by the shipped one"
    )
    ap.add_argument(
        "--trust-rescored",
        nargs="*",
        default=[
            "J18/after",
            "J19/after",
            *(f"J{n}/{side}" for n in (20, 21, 22, 23, 24) for side in ("before", "after")),
        ],
        help="builds (J<n>/<side>) whose confidence is already the trust model's",
    )
    ap.add_argument(
        "--trust-written-by",
        type=Path,
        help="the trust model that wrote the --trust-rescored builds' confidence",
    )
    ap.add_argument("--out", type=Path, help="write the model fitted on every judge here")
    args = ap.parse_args(argv)
    written_by = load_model(args.trust_written_by) if args.trust_written_by else None
    all_rows = judged(sorted(args.verdicts), args.builds, set(args.trust_rescored), written_by)
    rows = [r for r in all_rows if r[0] not in args.leave_out]
    if not rows:
        print("no judged typed statement found", file=sys.stderr)
        return 1
    feats = features(rows)
    scope = np.array([in_scope(f) for f in feats])
    grade = np.array([v for _, _, _, v in rows])
    y = (grade >= 1).astype(float)
    judges = np.array([j for j, _, _, _ in rows])
    names_of_judges = sorted(set(judges.tolist()))
    print(f"{len(rows)} typed verdicts, {int(y.sum())} right or borderline, judges {names_of_judges}")
    held_result: dict[str, Any] = {}
    if args.hold:
        held = np.isin(judges, args.hold)
        fit_rows = [r for r, h in zip(rows, held, strict=True) if not h]
        fit_feats = [f for f, h in zip(feats, held, strict=True) if not h]
        loo = left_out(fit_rows, fit_feats, y[~held])
        names = vocabulary(fit_rows, fit_feats)
        bias, w = fit(matrix(fit_feats, names), y[~held])
        score = predict(bias, w, matrix([f for f, h in zip(feats, held, strict=True) if h], names))
        held_result = {
            "judges": sorted(args.hold),
            **report(score, grade[held], scope[held]),
            "fit_judges_each_left_out": report(loo, grade[~held], scope[~held]),
        }
        for judge in sorted(args.hold):
            mine = judges[held] == judge
            held_result[judge] = report(score[mine], grade[held][mine], scope[held][mine])
        print("held out:", json.dumps(held_result, indent=1))
    names = vocabulary(rows, feats)
    bias, w = fit(matrix(feats, names), y)
    left_result: dict[str, Any] = {}
    left = [r for r in all_rows if r[0] in args.leave_out]
    if left:
        left_feats = features(left)
        left_grade = np.array([v for _, _, _, v in left])
        left_result = {
            "judges": sorted({j for j, _, _, _ in left}),
            **report(
                predict(bias, w, matrix(left_feats, names)),
                left_grade,
                np.array([in_scope(f) for f in left_feats]),
            ),
        }
        print("left out of the fit:", json.dumps(left_result, indent=1))
    model = {
        "about": "learned check on event types: a logistic model of 'type right or borderline' "
        "(graphbuilder.events.check); a type below the threshold is dropped, everywhere or only "
        "in scope (statements with one of the signals named in 'scope')",
        "fitted_on": {
            "judges": sorted(set(judges.tolist())),
            "typed_statements": len(rows),
            "right_or_borderline": int(y.sum()),
        },
        "held_out_first": held_result,
        "never_fitted": left_result,
        "scope": list(SCOPE),
        "threshold": THRESHOLD,
        "bias": round(bias, 4),
        "weights": {n: round(float(v), 4) for n, v in zip(names, w, strict=True)},
    }
    print(json.dumps(model["weights"]))
    if args.out:
        args.out.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

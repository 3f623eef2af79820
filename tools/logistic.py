"""The logistic model the fitting tools share (fit_trust, fit_type_check, fit_pronoun_check).

Ridge logistic regression by Newton's method, and the area under the ROC curve the tools
report on judges held out of a fit. Needs numpy (a dependency of spaCy).
"""

from __future__ import annotations

import numpy as np


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """(bias, weights) of a logistic model of ``y`` (0/1) on the columns of ``x``, with a
    ridge of ``l2`` (in units of one verdict) on the weights, not the bias."""
    a = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(a.shape[1])
    ridge = np.eye(a.shape[1]) * l2
    ridge[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(a @ w)))
        grad = a.T @ (p - y) + ridge @ w
        hess = a.T @ (a * (p * (1 - p))[:, None]) + ridge
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(w[0]), w[1:]


def auc(score: np.ndarray, y: np.ndarray) -> float:
    """The chance that a right item (y 1) scores above a wrong one (ties count as the order
    of the input)."""
    order = np.argsort(score, kind="mergesort")
    ranks = np.empty(len(score))
    ranks[order] = np.arange(1, len(score) + 1)
    pos = y.sum()
    return float((ranks[y == 1].sum() - pos * (pos + 1) / 2) / (pos * (len(y) - pos)))

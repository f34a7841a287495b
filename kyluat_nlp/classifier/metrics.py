"""Multi-label precision, recall and F1 per category, micro and macro.

>>> import numpy as np
>>> r = multilabel_report(np.array([[1, 0], [0, 1]]), np.array([[1, 0], [1, 1]]), ["a", "b"])
>>> r["a"]["precision"], r["macro"]["f1"]
(0.5, 0.8334)
"""

from __future__ import annotations

import numpy as np


def f1(tp: float, fp: float, fn: float) -> float:
    """F1 from counts, unrounded (used to choose thresholds)."""
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 from counts, rounded to 4 decimals."""
    tp, fp, fn = int(tp), int(fp), int(fn)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def multilabel_report(Y_true, Y_pred, labels) -> dict[str, dict[str, float]]:
    """Per-category scores with support, then "micro" and "macro" (macro over categories
    that occur in ``Y_true``)."""
    Y_true, Y_pred = np.asarray(Y_true, dtype=bool), np.asarray(Y_pred, dtype=bool)
    report: dict[str, dict[str, float]] = {}
    totals = np.zeros(3, dtype=int)
    for k, label in enumerate(labels):
        t, p = Y_true[:, k], Y_pred[:, k]
        counts = np.array([(t & p).sum(), (~t & p).sum(), (t & ~p).sum()])
        totals += counts
        report[label] = {**prf(*counts), "support": int(t.sum())}
    present = [report[label] for label in labels if report[label]["support"]]
    report["micro"] = {**prf(*totals), "support": int(Y_true.sum())}
    macro = {
        key: round(float(np.mean([r[key] for r in present])), 4) if present else 0.0
        for key in ("precision", "recall", "f1")
    }
    report["macro"] = {**macro, "support": len(present)}
    return report


def none_accuracy(Y_true, Y_pred) -> float:
    """How often "none of these" is answered right: both empty, or both non-empty."""
    true_none = ~np.asarray(Y_true, dtype=bool).any(axis=1)
    pred_none = ~np.asarray(Y_pred, dtype=bool).any(axis=1)
    return round(float((true_none == pred_none).mean()), 4)


def expected_calibration_error(Y_true, scores, bins: int = 10) -> float:
    """ECE over all (text, category) scores: how far probabilities are from frequencies."""
    y = np.asarray(Y_true, dtype=float).ravel()
    s = np.asarray(scores, dtype=float).ravel()
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (s >= lo) & (s < hi) if hi < 1 else (s >= lo) & (s <= hi)
        if mask.any():
            total += mask.mean() * abs(s[mask].mean() - y[mask].mean())
    return round(float(total), 4)

"""The incident classifier: a scikit-learn estimator over prepared texts.

One logistic regression per category (one-vs-rest) over the features of
:mod:`kyluat_nlp.classifier.features` gives a probability for every category;
``fit_thresholds`` picks, on held-out data, the score above which each category
is given as a label.
"""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import Pipeline

from kyluat_nlp.classifier.features import build_features, prepare
from kyluat_nlp.normalization import strip_diacritics

_THRESHOLD_GRID = np.round(np.arange(0.1, 0.91, 0.05), 2)


def f1(tp: float, fp: float, fn: float) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


class IncidentClassifier(ClassifierMixin, BaseEstimator):
    """Multi-label classifier of incident texts into taxonomy categories.

    ``fit(texts, Y)`` takes raw strings and a 0/1 matrix with one column per id of
    ``labels``.

    >>> clf = IncidentClassifier(labels=["alcohol", "traffic"], features=("syllable",))
    >>> clf = clf.fit(["uống rượu say", "nhậu say xỉn", "vượt đèn đỏ", "tông xe máy"] * 2,
    ...               np.array([[1, 0], [1, 0], [0, 1], [0, 1]] * 2))
    >>> clf.predict(["cán bộ uống rượu say"]).tolist()
    [[1, 0]]
    """

    def __init__(self, labels=(), features=("char", "syllable", "cues"), C=8.0,
                 class_weight="balanced", fold_augment=False):
        self.labels = labels
        self.features = features
        self.C = C
        self.class_weight = class_weight
        self.fold_augment = fold_augment

    def fit(self, texts, Y):
        Y = np.asarray(Y)
        self.labels_ = list(self.labels)
        if Y.shape[1] != len(self.labels_):
            raise ValueError(f"Y has {Y.shape[1]} columns for {len(self.labels_)} labels")
        self.pipeline_ = Pipeline([
            ("features", build_features(self.features)),
            ("model", OneVsRestClassifier(LogisticRegression(
                C=self.C, class_weight=self.class_weight, max_iter=5000, solver="liblinear",
            ))),
        ])
        texts = list(texts)
        if self.fold_augment:  # the same texts typed without diacritics
            texts = texts + [strip_diacritics(t) for t in texts]
            Y = np.vstack([Y, Y])
        self.pipeline_.fit(prepare(texts), Y)
        self.thresholds_ = np.full(len(self.labels_), 0.5)
        return self

    def predict_proba_prepared(self, prepared) -> np.ndarray:
        return self.pipeline_.predict_proba(prepared)

    def predict_proba(self, texts) -> np.ndarray:
        """A probability for every category, one row per text."""
        return self.predict_proba_prepared(prepare(texts))

    def predict(self, texts) -> np.ndarray:
        return (self.predict_proba(texts) >= self.thresholds_).astype(int)

    def fit_thresholds(self, texts, Y) -> IncidentClassifier:
        """Per category, the threshold with the best F1 on held-out texts (0.5 if none)."""
        Y = np.asarray(Y)
        scores = self.predict_proba(texts)
        for k in range(len(self.labels_)):
            if Y[:, k].sum() == 0:
                continue
            best = max(
                _THRESHOLD_GRID,
                key=lambda t: (f1(*_counts(scores[:, k] >= t, Y[:, k])), -abs(t - 0.5)),
            )
            self.thresholds_[k] = best
        return self

    def explain(self, prepared, k: int) -> np.ndarray:
        """Contribution of each feature column to category ``k``'s score for one text."""
        features = self.pipeline_.named_steps["features"].transform([prepared])
        weights = self.pipeline_.named_steps["model"].estimators_[k].coef_.ravel()
        return features.multiply(weights).toarray().ravel()


def _counts(pred: np.ndarray, gold: np.ndarray) -> tuple[int, int, int]:
    pred, gold = pred.astype(bool), gold.astype(bool)
    return int((pred & gold).sum()), int((pred & ~gold).sum()), int((~pred & gold).sum())

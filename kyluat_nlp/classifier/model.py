"""The incident classifier: a scikit-learn estimator over prepared texts.

One logistic regression per category (one-vs-rest, liblinear) over the features of
:mod:`kyluat_nlp.classifier.features` gives a probability for every category (the
fitted weights are kept as one matrix, so scoring is one sparse product);
``thresholds_`` (set by training from held-out scores, see ``best_threshold``) are
the scores from which each category is given as a label.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.special import expit
from sklearn import config_context
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier

from kyluat_nlp.classifier.features import build_features, prepare
from kyluat_nlp.classifier.metrics import f1
from kyluat_nlp.normalization import strip_diacritics

_THRESHOLD_GRID = np.round(np.arange(0.1, 0.91, 0.05), 2)
# No threshold below this: lower ones fit the project's own, easier reports in the training
# pool rather than real articles (trained on train, thresholds from its out-of-fold scores:
# macro F1 on dev + reference articles 0.680 without a floor, 0.704 with 0.40; 0.35 gave
# 0.691, 0.45 gave 0.662).
MIN_THRESHOLD = 0.4


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

    def __init__(self, labels=(), features=("syllable", "folded", "title", "cues"), C=4.0,
                 class_weight="balanced", fold_augment=True):
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
        texts = list(texts)
        if self.fold_augment:  # the same texts typed without diacritics
            texts = texts + [strip_diacritics(t) for t in texts]
            Y = np.vstack([Y, Y])
        self.features_ = build_features(self.features)
        X = self.features_.fit_transform(prepare(texts))
        models = OneVsRestClassifier(LogisticRegression(
            C=self.C, class_weight=self.class_weight, max_iter=5000, solver="liblinear",
        )).fit(X, Y)
        # One weight matrix for all categories: scoring is a single sparse product.
        self.coef_ = np.column_stack([m.coef_.ravel() for m in models.estimators_]).astype(
            np.float32
        )
        self.intercept_ = np.array([float(m.intercept_[0]) for m in models.estimators_])
        self.thresholds_ = np.full(len(self.labels_), 0.5)
        return self

    def predict_proba_prepared(self, prepared) -> np.ndarray:
        """Probabilities for texts already prepared by :func:`~.features.prepare`."""
        # The fitted transformers get the input they were fit on: scikit-learn's checks
        # of parameters and finiteness would cost more than the transform of a short text.
        with config_context(assume_finite=True, skip_parameter_validation=True):
            parts = [transformer.transform(prepared)
                     for _, transformer in self.features_.transformer_list]
        X = sparse.hstack(parts, format="csr", dtype=self.coef_.dtype)  # no copy of weights
        return expit(X @ self.coef_ + self.intercept_)

    def predict_proba(self, texts) -> np.ndarray:
        """A probability for every category, one row per text."""
        return self.predict_proba_prepared(prepare(texts))

    def predict(self, texts) -> np.ndarray:
        return (self.predict_proba(texts) >= self.thresholds_).astype(int)

    @staticmethod
    def best_threshold(scores: np.ndarray, gold: np.ndarray) -> float:
        """The threshold with the best F1 for one category (0.5 when it never occurs),
        at least ``MIN_THRESHOLD``."""
        if gold.sum() == 0:
            return 0.5
        best = max(_THRESHOLD_GRID, key=lambda t: (f1(*_counts(scores >= t, gold)), -abs(t - 0.5)))
        return float(max(best, MIN_THRESHOLD))

    def syllable_weights(self, k: int) -> tuple[dict[str, int], np.ndarray]:
        """The syllable n-gram vocabulary and, for category ``k``, each n-gram's weight
        (coefficient × idf) at its index; cached."""
        cache = self.__dict__.setdefault("_syllable_weights", {})
        if k not in cache:
            cache[k] = self._compute_syllable_weights(k)
        return cache[k]

    def _compute_syllable_weights(self, k: int) -> tuple[dict[str, int], np.ndarray]:
        offset = 0
        for name, transformer in self.features_.transformer_list:
            vocabulary = getattr(transformer, "vocabulary_", None)
            if name == "syllable":
                block = self.coef_[offset : offset + len(vocabulary), k] * transformer.idf_
                return vocabulary, np.asarray(block, dtype=np.float64)
            offset += len(vocabulary) if vocabulary else len(transformer.get_feature_names_out())
        return {}, np.zeros(0)

    def __getstate__(self):
        state = super().__getstate__().copy()
        state.pop("_syllable_weights", None)  # a cache, rebuilt on demand
        return state


def _counts(pred: np.ndarray, gold: np.ndarray) -> tuple[int, int, int]:
    pred, gold = pred.astype(bool), gold.astype(bool)
    return int((pred & gold).sum()), int((pred & ~gold).sum()), int((~pred & gold).sum())

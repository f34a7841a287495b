"""Build the shipped incident classifier from ``corpus/`` (``kyluat train``).

Deterministic: fixed data order, fixed folds, a solver without randomness. The
model is fit on the train and dev splits (real articles and the project's own
reports); each category's threshold is the one with the best F1 on 5-fold
out-of-fold scores of that pool, and at least the model's ``MIN_THRESHOLD`` (0.40).
The test split is only scored, for the card.
"""

from __future__ import annotations

import platform
from collections import Counter
from pathlib import Path

import numpy as np
import sklearn
from sklearn.model_selection import KFold

from kyluat_nlp import __version__
from kyluat_nlp.classifier.data import Example, data_hash, load_examples
from kyluat_nlp.classifier.metrics import expected_calibration_error, multilabel_report
from kyluat_nlp.classifier.model import IncidentClassifier
from kyluat_nlp.classifier.store import MODEL_FILE, save_model
from kyluat_nlp.paths import repository
from kyluat_nlp.taxonomy import Taxonomy

MODEL_NAME = "kyluat-incident-classifier"
MODEL_VERSION = "0.1.0"
DEFAULT_PARAMS = {
    "features": ("syllable", "folded", "title", "cues"), "C": 4.0, "fold_augment": True,
}
FOLDS = 5


def label_matrix(examples: list[Example], ids: list[str]) -> np.ndarray:
    return np.array([[int(i in ex.labels) for i in ids] for ex in examples])


def out_of_fold_scores(texts: list[str], Y: np.ndarray, ids: list[str], params: dict) -> np.ndarray:
    scores = np.zeros(Y.shape)
    for train, held in KFold(FOLDS, shuffle=True, random_state=0).split(texts):
        model = IncidentClassifier(labels=ids, **params).fit([texts[i] for i in train], Y[train])
        scores[held] = model.predict_proba([texts[i] for i in held])
    return scores


def train_classifier(examples: list[Example], params: dict | None = None, progress=print):
    """Fit on train+dev with out-of-fold thresholds; returns ``(model, card)``."""
    params = {**DEFAULT_PARAMS, **(params or {})}
    ids = Taxonomy.default().ids
    pool = [ex for ex in examples if ex.split in ("train", "dev")]
    texts, Y = [ex.text for ex in pool], label_matrix(pool, ids)
    progress(f"out-of-fold scores on {len(pool)} texts ({FOLDS} folds)")
    oof = out_of_fold_scores(texts, Y, ids, params)
    progress("fitting the final model")
    model = IncidentClassifier(labels=ids, **params).fit(texts, Y)
    model.thresholds_ = np.array(
        [model.best_threshold(oof[:, k], Y[:, k]) for k in range(len(ids))]
    )
    real = np.array([ex.source == "vietnews" for ex in pool])
    test = [ex for ex in examples if ex.split == "test" and ex.source == "vietnews"]
    Y_test = label_matrix(test, ids)
    test_scores = model.predict_proba([ex.text for ex in test])
    card = {
        "name": MODEL_NAME,
        "version": MODEL_VERSION,
        "kyluat_nlp": __version__,
        "scikit_learn": sklearn.__version__,
        "numpy": np.__version__,
        "python": platform.python_version(),
        "params": {**params, "features": list(params["features"])},
        "labels": ids,
        "thresholds": {i: round(float(t), 2) for i, t in zip(ids, model.thresholds_)},
        "data": {
            "hash": data_hash(pool),
            "texts": len(pool),
            "by_source": dict(Counter(ex.source for ex in pool)),
            "label_counts": {i: int(Y[:, k].sum()) for k, i in enumerate(ids)},
            "no_label": int((Y.sum(axis=1) == 0).sum()),
        },
        "metrics": {
            "out_of_fold_real_articles": _summary(Y[real], oof[real], model.thresholds_, ids),
            "test_real_articles": _summary(Y_test, test_scores, model.thresholds_, ids),
        },
    }
    return model, card


def _summary(Y, scores, thresholds, ids) -> dict:
    report = multilabel_report(Y, scores >= thresholds, ids)
    return {
        "texts": int(len(Y)),
        "macro_f1": report["macro"]["f1"],
        "micro_f1": report["micro"]["f1"],
        "ece": expected_calibration_error(Y, scores),
    }


def train_and_save(out: Path | None = None, progress=print) -> dict:
    """``kyluat train``: rebuild the model in ``models/`` from ``corpus/``; returns the card."""
    model, card = train_classifier(load_examples(), progress=progress)
    return save_model(model, out or repository() / "models" / MODEL_FILE, card)

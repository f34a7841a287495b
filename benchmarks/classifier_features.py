"""Which features for the incident classifier: out-of-fold scores of each family mix.

    python benchmarks/classifier_features.py

5-fold out-of-fold scores on the train+dev pool (the test split is not touched);
macro and micro F1 on the real articles of the pool with per-category thresholds
chosen on the same scores, and macro F1 on the same articles with diacritics
stripped. Takes a few minutes.
"""

from __future__ import annotations

import time

import numpy as np
from sklearn.model_selection import KFold

from kyluat_nlp.classifier.data import load_examples
from kyluat_nlp.classifier.metrics import multilabel_report
from kyluat_nlp.classifier.model import IncidentClassifier
from kyluat_nlp.normalization import strip_diacritics
from kyluat_nlp.taxonomy import Taxonomy

CONFIGS = [
    {"features": ("char", "syllable", "title", "cues"), "fold_augment": False},
    {"features": ("syllable", "title", "cues"), "fold_augment": False},
    {"features": ("syllable", "folded", "title", "cues"), "fold_augment": False},
    {"features": ("syllable", "folded", "title", "cues"), "fold_augment": True},
]


def main() -> None:
    ids = Taxonomy.default().ids
    pool = [e for e in load_examples() if e.split in ("train", "dev")]
    texts = [e.text for e in pool]
    Y = np.array([[int(i in e.labels) for i in ids] for e in pool])
    real = np.array([e.source == "vietnews" for e in pool])
    print(f"{len(pool)} texts in train+dev, {real.sum()} of them real articles")
    for params in CONFIGS:
        start = time.time()
        scores, stripped = np.zeros(Y.shape), np.zeros(Y.shape)
        for train, held in KFold(5, shuffle=True, random_state=0).split(texts):
            model = IncidentClassifier(labels=ids, **params)
            model.fit([texts[i] for i in train], Y[train])
            scores[held] = model.predict_proba([texts[i] for i in held])
            stripped[held] = model.predict_proba([strip_diacritics(texts[i]) for i in held])
        thresholds = np.array(
            [IncidentClassifier.best_threshold(scores[:, k], Y[:, k]) for k in range(len(ids))]
        )
        plain = multilabel_report(Y[real], scores[real] >= thresholds, ids)
        bare = multilabel_report(Y[real], stripped[real] >= thresholds, ids)
        print(
            f"{'+'.join(params['features']):32} augment={params['fold_augment']!s:5} "
            f"macro F1 {plain['macro']['f1']:.3f}  micro F1 {plain['micro']['f1']:.3f}  "
            f"stripped macro F1 {bare['macro']['f1']:.3f}  ({time.time() - start:.0f} s)"
        )


if __name__ == "__main__":
    main()

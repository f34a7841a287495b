"""``kyluat evaluate classifier``: the shipped model beside two baselines.

Evaluation sets: the test split of real articles (never used in training or
tuning), the same texts with their diacritics stripped, the project's own test
reports (by register), and the 61 adjudicated reference articles of
``../shared/eval``. Baselines, trained on the same train+dev pool:

* ``cues``: a category is given when one of its cue phrases occurs;
* ``tfidf+svc``: word TF-IDF and a one-vs-rest LinearSVC.
"""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC

from kyluat_nlp.classifier.classify import classify_many, scores_matrix
from kyluat_nlp.classifier.data import Example, load_examples
from kyluat_nlp.classifier.metrics import (
    expected_calibration_error,
    multilabel_report,
    none_accuracy,
)
from kyluat_nlp.classifier.train import label_matrix
from kyluat_nlp.normalization import normalize, strip_diacritics
from kyluat_nlp.taxonomy import Taxonomy


def cue_baseline(texts: list[str], taxonomy: Taxonomy) -> np.ndarray:
    ids = taxonomy.ids
    out = np.zeros((len(texts), len(ids)), dtype=int)
    for r, text in enumerate(texts):
        canonical = normalize(text).text
        folded = not any(c != strip_diacritics(c) for c in canonical)
        for m in taxonomy.match_cues(canonical, folded=folded):
            if m.kind == "cue":
                out[r, ids.index(m.category)] = 1
    return out


def svc_baseline(train: list[Example], ids: list[str]):
    model = make_pipeline(
        TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=2),
        OneVsRestClassifier(LinearSVC(C=1.0)),
    )
    return model.fit([ex.text for ex in train], label_matrix(train, ids))


def evaluation_sets(examples: list[Example]) -> dict[str, tuple[list[str], list[Example]]]:
    test = [ex for ex in examples if ex.split == "test" and ex.source == "vietnews"]
    stripped = [strip_diacritics(ex.text) for ex in test]
    sets = {
        "real test articles": ([ex.text for ex in test], test),
        "real test articles, diacritics stripped": (stripped, test),
    }
    own = [ex for ex in examples if ex.split == "test" and ex.source == "synthetic"]
    sets["own test reports"] = ([ex.text for ex in own], own)
    informal = [ex for ex in own if ex.register == "informal"]
    sets["own test reports, informal (no diacritics)"] = ([ex.text for ex in informal], informal)
    reference = [ex for ex in examples if ex.split == "reference"]
    sets["adjudicated reference articles"] = ([ex.text for ex in reference], reference)
    return sets


def evaluate(model_path=None) -> dict:
    """Reports for the model and both baselines on every evaluation set."""
    taxonomy = Taxonomy.default()
    ids = taxonomy.ids
    examples = load_examples()
    svc = svc_baseline([ex for ex in examples if ex.split in ("train", "dev")], ids)
    results = {}
    for name, (texts, rows) in evaluation_sets(examples).items():
        gold = label_matrix(rows, ids)
        classified = classify_many(texts, model_path=model_path)
        predicted = np.array([[int(i in c.labels) for i in ids] for c in classified])
        systems = {
            "kyluat_nlp": predicted,
            "cues": cue_baseline(texts, taxonomy),
            "tfidf+svc": svc.predict(texts),
        }
        results[name] = {
            "texts": len(rows),
            "reports": {k: multilabel_report(gold, v, ids) for k, v in systems.items()},
            "none_accuracy": {k: none_accuracy(gold, v) for k, v in systems.items()},
            "ece": expected_calibration_error(gold, scores_matrix(classified, ids)),
        }
    return results


def format_results(results: dict, ids: list[str]) -> str:
    lines = []
    for name, result in results.items():
        lines.append(f"\n== {name} ({result['texts']} texts) ==")
        reports = result["reports"]
        lines.append(f"{'category':26}" + "".join(f"{s:>26}" for s in reports))
        lines.append(f"{'':26}" + "".join(f"{'P     R     F1    n':>26}" for _ in reports))
        for label in [*ids, "micro", "macro"]:
            cells = []
            for report in reports.values():
                r = report[label]
                cells.append(
                    f"{r['precision']:.2f}  {r['recall']:.2f}  {r['f1']:.2f} {r['support']:4d}"
                )
            lines.append(f"{label:26}" + "".join(f"{c:>26}" for c in cells))
        lines.append(
            "none-of-these accuracy: "
            + ", ".join(f"{k} {v:.2f}" for k, v in result["none_accuracy"].items())
            + f"; calibration error (ECE) of kyluat_nlp scores: {result['ece']:.3f}"
        )
    lines.append("\nmacro F1 is over the categories present in each set (n = support).")
    return "\n".join(lines)

import numpy as np

from kyluat_nlp.classifier.metrics import (
    expected_calibration_error,
    multilabel_report,
    none_accuracy,
)


def test_multilabel_report_counts():
    gold = np.array([[1, 0, 0], [1, 1, 0], [0, 0, 0]])
    pred = np.array([[1, 1, 0], [0, 1, 0], [0, 0, 1]])
    report = multilabel_report(gold, pred, ["a", "b", "c"])
    assert report["a"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2}
    assert report["b"]["precision"] == 0.5 and report["c"]["support"] == 0
    assert report["macro"]["support"] == 2  # categories absent from the gold are left out
    assert report["micro"]["f1"] == 0.5714
    assert none_accuracy(gold, pred) == 0.6667


def test_calibration_error():
    assert expected_calibration_error([[1], [0]], [[1.0], [0.0]]) == 0.0
    assert expected_calibration_error([[0], [0]], [[0.9], [0.9]]) == 0.9

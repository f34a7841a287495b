import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier

from kyluat_nlp.classifier.features import prepare
from kyluat_nlp.classifier.model import IncidentClassifier
from kyluat_nlp.normalization import strip_diacritics

TEXTS = ["Cán bộ uống rượu say trong giờ làm việc", "Nhậu say xỉn buổi trưa",
         "Phó phòng vượt đèn đỏ", "Tông xe máy rồi bỏ chạy", "Đi muộn, về sớm", "Chơi game"] * 3
Y = np.array([[1, 0], [1, 0], [0, 1], [0, 1], [0, 0], [0, 0]] * 3)


def test_scores_equal_scikit_learns_one_vs_rest_on_the_same_features():
    model = IncidentClassifier(labels=["alcohol", "traffic"]).fit(TEXTS, Y)
    augmented = prepare(TEXTS + [strip_diacritics(t) for t in TEXTS])
    reference = OneVsRestClassifier(LogisticRegression(
        C=4.0, class_weight="balanced", max_iter=5000, solver="liblinear"
    )).fit(model.features_.transform(augmented), np.vstack([Y, Y]))
    expected = reference.predict_proba(model.features_.transform(prepare(TEXTS)))
    np.testing.assert_allclose(model.predict_proba(TEXTS), expected, rtol=1e-6, atol=1e-9)


def test_texts_without_diacritics_score_like_their_marked_form():
    model = IncidentClassifier(labels=["alcohol", "traffic"]).fit(TEXTS, Y)
    marked = model.predict_proba(["Cán bộ nhậu say buổi trưa"])
    bare = model.predict_proba(["can bo nhau say buoi trua"])
    assert marked[0, 0] > 0.5 and bare[0, 0] > 0.5


def test_best_threshold():
    scores = np.array([0.9, 0.8, 0.3, 0.2])
    # Every threshold in (0.3, 0.8] separates perfectly; ties go to the one nearest 0.5.
    assert IncidentClassifier.best_threshold(scores, np.array([1, 1, 0, 0])) == 0.5
    assert IncidentClassifier.best_threshold(scores, np.array([1, 0, 0, 0])) == 0.85
    assert IncidentClassifier.best_threshold(scores, np.array([0, 0, 0, 0])) == 0.5
    # F1 is best at 0.1 and 0.15 here; no threshold goes below MIN_THRESHOLD (0.4)
    low = np.array([0.25, 0.15, 0.05, 0.02])
    assert IncidentClassifier.best_threshold(low, np.array([1, 1, 0, 0])) == 0.4

import json
import shutil

import pytest

from kyluat_nlp.classifier.classify import classify
from kyluat_nlp.classifier.store import card_path, load_model, sha256_of, shipped_model_path

LATE = "Cán bộ xã thường xuyên đi muộn, về sớm."  # a one-line report of working-time violations


def test_shipped_model_matches_its_card():
    path = shipped_model_path()
    card = json.loads(card_path(path).read_text(encoding="utf-8"))
    assert card["sha256"] == sha256_of(path)
    assert card["labels"][0] == "working_time" and card["scikit_learn"]
    model, _ = load_model()
    assert list(model.labels_) == card["labels"]


def test_a_model_that_does_not_match_its_card_is_refused(tmp_path):
    path = tmp_path / "model.joblib"
    shutil.copy(shipped_model_path(), path)
    card = json.loads(card_path(shipped_model_path()).read_text(encoding="utf-8"))
    card["sha256"] = "0" * 64
    card_path(path).write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(ValueError, match="does not match its model card"):
        load_model(path)


def test_a_named_model_is_used(tmp_path):
    path = tmp_path / "model.joblib"
    shutil.copy(shipped_model_path(), path)
    shutil.copy(card_path(shipped_model_path()), card_path(path))
    assert classify(LATE, model_path=path).labels == ("working_time",)
    with pytest.raises(FileNotFoundError):
        load_model(tmp_path / "missing.joblib")

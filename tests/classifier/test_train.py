from kyluat_nlp.classifier.data import load_examples
from kyluat_nlp.classifier.store import save_model, sha256_of
from kyluat_nlp.classifier.train import train_classifier


def test_training_is_deterministic(tmp_path):
    examples = load_examples()
    small = [ex for ex in examples if ex.split in ("train", "dev")][::8]
    small += [ex for ex in examples if ex.split == "test"][::8]
    params = {"features": ("syllable", "cues")}
    first, card = train_classifier(small, params, progress=lambda m: None)
    second, _ = train_classifier(small, params, progress=lambda m: None)
    a = save_model(first, tmp_path / "a.joblib", card)
    b = save_model(second, tmp_path / "b.joblib", card)
    assert a["sha256"] == b["sha256"] == sha256_of(tmp_path / "a.joblib")
    assert card["data"]["texts"] == len([ex for ex in small if ex.split in ("train", "dev")])
    assert set(card["thresholds"]) == set(card["labels"])


def test_corpus_meets_the_labelling_requirements():
    examples = load_examples()
    real = [ex for ex in examples if ex.source == "vietnews"]
    own = [ex for ex in examples if ex.source == "synthetic"]
    assert len(real) >= 800 and sum(1 for ex in real if not ex.labels) >= 200
    ids = {label for ex in real for label in ex.labels}
    assert len(ids) == 11
    for label in ids:
        assert sum(label in ex.labels for ex in own) >= 20
    assert {ex.register for ex in own} == {"inspection", "complaint", "press", "informal"}
    assert all(ex.text.isascii() for ex in own if ex.register == "informal")

from kyluat_nlp.extract.evaluate import evaluate


def test_extraction_beats_the_trigger_baseline_on_the_gold():
    results = evaluate()
    for split in ("dev", "test"):
        ours, base = results[split]["kyluat_nlp"], results[split]["baseline"]
        assert ours["obligations"]["f1"] > base["obligations"]["f1"]
        assert ours["obligations"]["gold"] >= 150
        assert results[split]["actors"]["all"]["f1"] > 0.7

from kyluat_nlp.extract.evaluate import evaluate


def test_extraction_beats_the_trigger_baseline_on_the_gold():
    results = evaluate()
    for split in ("dev", "test"):
        ours, base = results[split]["kyluat_nlp"], results[split]["baseline"]
        assert ours["obligations"]["f1"] > base["obligations"]["f1"]
        assert ours["obligations"]["gold"] >= 150
        assert results[split]["actors"]["all"]["f1"] > 0.7
        # modality compared on the obligations both systems find
        both = results[split]["modality_on_common"]
        matched = min(ours["obligations"]["recall"], base["obligations"]["recall"])
        assert 0 < both["pairs"] <= matched * ours["obligations"]["gold"] + 1
        assert both["kyluat_nlp"] >= 0.9 and 0 < both["baseline"] <= 1

from kyluat_nlp.cli import main
from kyluat_nlp.extract.evaluate import agreement, evaluate


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


def test_a_second_blind_annotation_agrees_with_the_gold():
    result = agreement()
    assert result["documents"] >= 10 and result["clauses"] >= 300
    second, ours = result["annotator"], result["kyluat_nlp"]
    assert second["obligations"]["gold"] == ours["obligations"]["gold"] >= 100
    # the gold is reproducible: a second annotator finds the same obligations
    assert second["obligations"]["f1"] >= 0.9 and second["modality_accuracy"] >= 0.9
    assert second["addressee"]["f1"] >= 0.85 and second["actors"]["all"]["f1"] >= 0.85
    assert 0 < ours["addressee"]["f1"] < 1 and 0 < ours["actors"]["all"]["f1"] < 1


def test_the_cli_prints_the_agreement_table(capsys):
    assert main(["evaluate", "obligations", "--agreement"]) == 0
    out = capsys.readouterr().out
    assert "== test split (held out) ==" in out
    assert "second annotator" in out and "clauses annotated a second time" in out

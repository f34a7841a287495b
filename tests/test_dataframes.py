from kyluat_nlp import analyze
from kyluat_nlp.classifier.classify import classify_many, to_dataframe

LATE = "Cán bộ xã thường xuyên đi muộn, về sớm."  # a one-line report of working-time violations


def test_document_tables(seed_text):
    doc = analyze(seed_text)
    obligations = doc.to_dataframe()
    assert len(obligations) == len(doc.obligations)
    assert {"modality", "addressees", "action", "condition", "sanction"} <= set(obligations.columns)
    actors = doc.to_dataframe("actors")
    assert set(actors["type"]) <= {"ORG", "ROLE", "GROUP", "LOC"} and len(actors) > 20
    assert "working_time" in set(doc.to_dataframe("violations")["label"])


def test_classification_table():
    texts = [LATE, "", "Khen thưởng tập thể."]
    frame = to_dataframe(classify_many(texts), texts)
    assert list(frame["labels"]) == [["working_time"], [], []]
    assert frame.loc[1, "flags"] == ["empty"]
    scores = frame.loc[0, [c for c in frame.columns if c.startswith("score_")]]
    assert scores.idxmax() == "score_working_time"

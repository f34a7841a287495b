from kyluat_nlp import analyze


def test_violation_mentions_in_the_seed(seed_text):
    doc = analyze(seed_text)
    found = {(v.text, v.label) for v in doc.violations}
    assert {("đi muộn", "working_time"), ("về sớm", "working_time"),
            ("làm việc cá nhân", "personal_business"), ("vi phạm giao thông", "traffic"),
            ("sợ trách nhiệm", "responsibility_avoidance")} <= found
    for v in doc.violations:
        assert seed_text[v.start : v.end] == v.text


def test_violations_without_diacritics_and_in_json():
    doc = analyze("phan anh can bo xa di lam muon, trua nao cung nhau")
    assert [(v.text, v.label) for v in doc.violations] == [
        ("di lam muon", "working_time"), ("nhau", "alcohol")
    ]
    assert doc.to_dict()["violations"][0]["label"] == "working_time"


def test_context_words_alone_are_not_violations():
    doc = analyze("Cán bộ làm việc nghiêm túc trong giờ hành chính.")
    assert doc.violations == ()

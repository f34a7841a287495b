import json

import pytest

from kyluat_nlp import Taxonomy
from kyluat_nlp.classifier.classify import classify, classify_many
from kyluat_nlp.taxonomy import Category


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phóng viên ghi nhận 9 giờ sáng thứ Ba, nhiều cán bộ phường vẫn chưa có mặt, "
         "4 giờ chiều phòng tiếp dân đã đóng cửa, cán bộ về sớm.", {"working_time"}),
        ("Trưa thứ Tư, ba cán bộ xã bỏ trụ sở ra quán nhậu, say xỉn đến chiều không về làm việc.",
         {"alcohol", "working_time"}),
        ("Người dân phản ánh cán bộ địa chính đòi 5 triệu đồng mới giải quyết hồ sơ cấp sổ đỏ.",
         {"harassment"}),
        ("Chủ tịch xã dùng xe công chở vợ con đi du lịch Đà Lạt.", {"public_property_misuse"}),
        ("Phó phòng lái ô tô vượt đèn đỏ, tông vào xe máy rồi bỏ chạy, "
         "kết quả đo nồng độ cồn vượt mức.", {"traffic"}),
    ],
)
def test_incidents_get_their_categories(text, expected):
    result = classify(text)
    assert expected <= set(result.labels)
    for label in result.labels:
        assert result.scores[label] > 0
        for span in result.evidence[label]:
            assert text[span.start : span.end] == span.text


def test_none_of_these():
    result = classify("UBND tỉnh tổ chức hội nghị tổng kết công tác năm và khen thưởng 20 tập thể.")
    assert result.labels == ()
    assert set(result.scores) == set(Taxonomy.default().ids)
    assert all(0.0 <= s <= 1.0 for s in result.scores.values())


def test_text_without_diacritics_does_not_collapse():
    result = classify("can bo phuong bo tru so di nhau buoi trua, chieu say xin ko lam viec")
    assert "alcohol" in result.labels and "no_diacritics" in result.flags


def test_to_dict_is_plain_json():
    data = json.loads(json.dumps(classify("Cán bộ đi muộn, về sớm.").to_dict()))
    assert data["model_version"].startswith("kyluat-incident-classifier-")
    assert data["labels"] == ["working_time"]
    assert data["evidence"]["working_time"][0]["text"] == "đi muộn"


def test_bad_input():
    empty = classify("   \n")
    assert empty.labels == () and empty.flags == ("empty",)
    with pytest.raises(TypeError):
        classify(None)
    results = classify_many(["Cán bộ xã thường xuyên đi muộn, về sớm.", None, "", 42])
    assert len(results) == 4
    assert results[0].labels == ("working_time",)
    assert results[1].error and results[3].error and results[2].flags == ("empty",)


def test_a_100_kb_report_is_classified_whole():
    text = "Tin tức địa phương về hoạt động văn hóa, thể thao. " * 2000
    text += "Cuối bài: cán bộ thuế bị tố vòi tiền, nhũng nhiễu doanh nghiệp."
    result = classify(text)
    assert len(text) > 100_000
    assert "harassment" in result.labels
    assert any(span.start > 100_000 for span in result.evidence["harassment"])


def test_custom_taxonomy_answers_from_cues_for_unknown_categories():
    smoking = Category("smoking", "Hút thuốc lá nơi công sở", cues=("hút thuốc",))
    taxonomy = Taxonomy([Taxonomy.default()["alcohol"], smoking])
    result = classify("Cán bộ hút thuốc trong phòng họp, sau đó đi nhậu trưa.", taxonomy)
    assert set(result.scores) == {"alcohol", "smoking"}
    assert set(result.labels) == {"alcohol", "smoking"}
    assert result.evidence["smoking"][0].text == "hút thuốc"
    assert classify("Cán bộ làm việc chăm chỉ.", taxonomy).labels == ()


def test_classify_many_keeps_order_and_matches_classify_with_two_jobs():
    texts = ["Cán bộ đi muộn.", "Chủ tịch dùng xe công đi việc riêng.", "Khen thưởng."] * 120
    single = classify_many(texts)
    double = classify_many(texts, n_jobs=2, batch_size=100)
    assert [r.labels for r in single] == [r.labels for r in double]
    assert single[1].labels == classify(texts[1]).labels

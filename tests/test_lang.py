import pytest

from kyluat_nlp.lang import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ban Thường vụ Tỉnh ủy yêu cầu cán bộ gương mẫu", ("vi", ())),
        ("ban thuong vu tinh uy yeu cau can bo guong mau", ("vi", ("no_diacritics",))),
        ("Officials must not drink alcohol during working hours", ("other", ("not_vietnamese",))),
        ("Die Beamten müssen pünktlich zur Arbeit kommen", ("other", ("not_vietnamese",))),
        ("ok", ("unknown", ())),
        ("2024 / 05 - 12", ("unknown", ())),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_seed_news_is_vietnamese(seed_text):
    assert detect_language(seed_text) == ("vi", ())

import pytest

from kyluat_nlp import segment


def sentences(text):
    return [s.text for s in segment(text, words=False).sentences]


def test_splits_at_full_stops_before_capitals():
    text = "Cán bộ phải đi làm đúng giờ. Không được về sớm! Ai vi phạm? Xử lý nghiêm."
    assert sentences(text) == [
        "Cán bộ phải đi làm đúng giờ.",
        "Không được về sớm!",
        "Ai vi phạm?",
        "Xử lý nghiêm.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ông đã đến TP. Hồ Chí Minh dự họp cùng ThS. Nguyễn Văn An.",
        "Trụ sở tại Q. Ba Đình, Tp. Hà Nội, do TS. Lê Văn Bình phụ trách.",
        "Ông Nguyễn H. Nam nhận 1.000.000 đồng ngày 31/12/2024 theo Chỉ thị 05-CT/TU.",
        "Các hành vi như đi muộn, về sớm, v.v. đều bị xử lý.",
        "PGS.TS. Trần Văn C phát biểu tại hội nghị.",
    ],
)
def test_abbreviations_numbers_and_dates_do_not_end_sentences(text):
    assert sentences(text) == [text]


def test_ellipsis_and_closing_quotes_end_sentences():
    text = 'Còn tâm lý "sợ sai, sợ trách nhiệm…" Nhiều người né tránh… Đây là vấn đề lớn.'
    assert sentences(text) == [
        'Còn tâm lý "sợ sai, sợ trách nhiệm…"',
        "Nhiều người né tránh…",
        "Đây là vấn đề lớn.",
    ]


def test_an_opening_quote_followed_by_a_space_starts_a_sentence():
    text = 'Bí thư yêu cầu kiểm điểm. " Tôi nói thẳng cán bộ như thế phải loại ngay ".'
    assert sentences(text) == [
        "Bí thư yêu cầu kiểm điểm.", '" Tôi nói thẳng cán bộ như thế phải loại ngay ".'
    ]


def test_missing_space_after_full_stop():
    assert sentences("Ông bị tố sàm sỡ bé gái.Dựa trên camera, công an vào cuộc.") == [
        "Ông bị tố sàm sỡ bé gái.",
        "Dựa trên camera, công an vào cuộc.",
    ]


def test_each_line_is_a_paragraph_and_list_markers_stay_with_their_item():
    text = "I. MỤC ĐÍCH\n1. Cán bộ phải gương mẫu. Đi làm đúng giờ.\n2.1. Không được uống rượu."
    assert sentences(text) == [
        "I. MỤC ĐÍCH",
        "1. Cán bộ phải gương mẫu.",
        "Đi làm đúng giờ.",
        "2.1. Không được uống rượu.",
    ]


def test_legal_article_heading_is_one_sentence():
    assert sentences("Điều 5.2.LQ.19. Những việc viên chức không được làm") == [
        "Điều 5.2.LQ.19. Những việc viên chức không được làm"
    ]


def test_seed_news_sentences(seed_text):
    found = sentences(seed_text)
    assert (
        "Xây dựng môi trường văn hóa công sở lành mạnh, dân chủ, đoàn kết, thân thiện, hiện đại, "
        "gắn với đẩy mạnh chuyển đổi số, tiến bộ khoa học-công nghệ vào công việc."
    ) in found
    assert len(found) == 16

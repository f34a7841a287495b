"""What segment() does with input that is not clean Vietnamese text."""

import json
import time

import pytest

from kyluat_nlp import Document, segment


@pytest.mark.parametrize("text", ["", "   ", "\n\r\n\t"])
def test_empty_text_gives_an_empty_flagged_document(text):
    doc = segment(text)
    assert isinstance(doc, Document)
    assert doc.sentences == () and doc.tokens == [] and doc.flags == ("empty",)
    assert json.loads(doc.to_json())["text"] == text


@pytest.mark.parametrize("value", [None, 42, ["Cán bộ"], {"text": "x"}])
def test_non_text_raises_type_error(value):
    with pytest.raises(TypeError, match="expected text"):
        segment(value)


def test_utf8_bytes_are_decoded():
    doc = segment("Cán bộ phải đi làm đúng giờ.".encode())
    assert doc.text == "Cán bộ phải đi làm đúng giờ." and doc.lang == "vi"


def test_bytes_in_another_encoding_raise_a_clear_error():
    with pytest.raises(ValueError, match="not UTF-8"):
        segment(b"C\xe1n b\xf4 ph\xe1i")


def test_english_text_is_flagged_not_crashed_on():
    doc = segment("The provincial committee asked all officials to arrive on time.")
    assert doc.lang == "other" and "not_vietnamese" in doc.flags
    assert len(doc.sentences) == 1


def test_text_without_diacritics_is_vietnamese_and_flagged():
    doc = segment("Can bo phai di lam dung gio, khong duoc uong ruou bia trong gio hanh chinh.")
    assert doc.lang == "vi" and doc.flags == ("no_diacritics",)
    assert len(doc.tokens) > 5


def test_old_style_directive_reads_like_a_new_style_one(directives):
    doc = segment(directives["chi_thi_ubnd_van_hoa_cong_so.txt"], words=False)
    assert doc.header.issuer[0].text == "UỶ BAN NHÂN DÂN"
    assert doc.lang == "vi" and doc.flags == ()


def test_large_text_scales_linearly_without_word_segmentation(seed_text):
    small = seed_text * 40  # about 0.2 MB
    large = seed_text * 400  # about 2 MB
    start = time.perf_counter()
    small_doc = segment(small, words=False)
    small_time = time.perf_counter() - start
    start = time.perf_counter()
    large_doc = segment(large, words=False)
    large_time = time.perf_counter() - start
    assert len(large_doc.sentences) == 10 * len(small_doc.sentences)
    # Quadratic behaviour would take about 100 times as long; allow generous noise.
    assert large_time < 30 * max(small_time, 0.01)

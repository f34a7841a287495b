import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kyluat_nlp import normalize
from kyluat_nlp.normalization import parse_syllable, place_tone, set_tone_style


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hoà", "hòa"), ("thuỷ", "thủy"), ("qúy", "quý"), ("khoẻ", "khỏe"), ("Uỷ", "Ủy"),
        ("HOÀ", "HÒA"), ("tuỳ", "tùy"), ("hòan", "hoàn"), ("ngoài", "ngoài"), ("của", "của"),
        ("người", "người"), ("quỳnh", "quỳnh"), ("gìn", "gìn"), ("khuỷu", "khuỷu"),
        ("café", "café"),
    ],
)
def test_place_tone_moves_marks_to_the_modern_place(old, new):
    assert place_tone(old) == new


def test_old_style_is_available_and_round_trips():
    assert set_tone_style("hòa bình, thủy lợi, khỏe mạnh", "old") == "hoà bình, thuỷ lợi, khoẻ mạnh"
    assert set_tone_style("hoà bình, thuỷ lợi, khoẻ mạnh") == "hòa bình, thủy lợi, khỏe mạnh"


def test_parse_syllable_rejects_non_vietnamese_words():
    assert parse_syllable("string") is None
    assert parse_syllable("nghieng") is not None


def test_nfd_input_is_composed_and_maps_back():
    original = unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh Bắc Ninh")
    n = normalize(original)
    assert n.text == "Ủy ban nhân dân tỉnh Bắc Ninh"
    start = n.text.index("Bắc")
    a, b = n.to_original(start, start + 3)
    assert unicodedata.normalize("NFC", original[a:b]) == "Bắc"


def test_whitespace_quotes_dashes_and_invisible_characters():
    original = "  Cán\u200b bộ\u00a0 phải\r\n“đi làm” – đúng\tgiờ  \n"
    n = normalize(original)
    assert n.text == 'Cán bộ phải\n"đi làm" - đúng\tgiờ\n'
    for word in ("Cán", "bộ", "phải", "đúng", "giờ"):
        at = n.text.index(word)
        a, b = n.to_original(at, at + len(word))
        assert original[a:b] == word


def test_identity_when_nothing_changes_length():
    n = normalize("Thuỷ lợi")
    assert n.is_identity and n.text == "Thủy lợi"


def test_refuses_non_strings():
    with pytest.raises(TypeError):
        normalize(None)


_PIECES = st.sampled_from(
    ["Cán bộ", "thuỷ lợi", "hoà", "Uỷ ban", "qúy", " ", "  ", "\t", "\n", "\r\n", "\r",
     "“", "”", "–", "…", ".", ";", ":", "\u200b", "\ufeff", "\x07", "😀", "\u00a0", "1.", "a)"]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=30).map("".join))
def test_every_word_maps_back_to_original_text_that_normalizes_to_it(text):
    for original in (text, unicodedata.normalize("NFD", text)):
        n = normalize(original)
        for m in re.finditer(r"\S+", n.text):
            a, b = n.to_original(*m.span())
            assert 0 <= a <= b <= len(original)
            assert normalize(original[a:b]).text == m.group()


def test_a_soft_line_break_becomes_a_space_of_the_same_offset():
    text = "cán bộ, công chức,\nviên chức hoàn thành trước ngày\n31/3/2025.\na) Không;\nb) Có."
    norm = normalize(text)
    assert norm.text == ("cán bộ, công chức, viên chức hoàn thành trước ngày 31/3/2025.\n"
                         "a) Không;\nb) Có.")
    assert norm.original == text and norm.to_original(0, len(norm.text)) == (0, len(text))
    # headings, indented header lines and list items keep their line breaks
    assert normalize("CHỈ THỊ\nvề tăng cường kỷ luật").text == "CHỈ THỊ\nvề tăng cường kỷ luật"
    assert "\n" in normalize("của Ban Thường vụ\n      về tăng cường kỷ luật").text

import re

import pytest

from kyluat_nlp import segment
from tests.conftest import SHARED


def _fields(header):
    def text(span):
        return span.text if span is not None else None

    return {
        "issuer": header.issuer[0].text if header.issuer else None,
        "number": text(header.number),
        "place_date": text(header.place_date),
        "doc_type": header.kind or None,
        "title": header.title[0].text if header.title else None,
    }


@pytest.mark.parametrize(
    "name",
    [
        "chi_thi_tinh_uy_ky_luat.txt",
        "chi_thi_ubnd_van_hoa_cong_so.txt",
        "ke_hoach_kiem_tra_cong_vu.txt",
        "quy_dinh_van_hoa_cong_so.txt",
        "cong_van_chan_chinh.txt",
    ],
)
def test_sections_header_and_recipients_match_the_gold(name, directives, structure_gold):
    """The gold was written with the directives, before the parser was run on them."""
    gold = structure_gold[name]
    doc = segment(directives[name], words=False)
    sections = [(s.marker, s.level, s.heading.text[:30]) for s in doc.iter_sections()]
    assert sections == [(g["marker"], g["level"], g["heading_start"]) for g in gold["sections"]]
    assert _fields(doc.header) == gold["header"]
    assert [r.text for r in doc.recipients] == gold["recipients"]


def test_section_spans_nest_and_cover_their_children(directives):
    doc = segment(directives["chi_thi_ubnd_van_hoa_cong_so.txt"], words=False)
    for section in doc.iter_sections():
        assert section.heading.start == section.start
        for child in section.children:
            assert section.start < child.start and child.end <= section.end
            assert child.level == section.level + 1


def test_recipients_and_signature_are_not_sections(directives):
    doc = segment(directives["chi_thi_tinh_uy_ky_luat.txt"], words=False)
    last = list(doc.iter_sections())[-1]
    assert "Nơi nhận" not in last.text and "BÍ THƯ" not in last.text
    assert {p.label for p in doc.paragraphs} >= {"header", "body", "recipients", "signature"}


def test_news_text_has_no_header_or_sections(seed_text):
    doc = segment(seed_text, words=False)
    assert doc.header.span is None and doc.sections == ()
    assert len(doc.paragraphs) == 13


LEGAL = sorted(p.name for p in (SHARED / "legal").glob("*.txt"))


@pytest.mark.parametrize("law", LEGAL)
def test_every_article_of_a_legal_text_is_a_top_level_section(shared, law):
    text = (shared / "legal" / law).read_text(encoding="utf-8")
    heads = re.findall(r"^Điều (\d+[\w.]*?)\. ", text, flags=re.M)
    doc = segment(text, words=False)
    articles = [s for s in doc.sections if s.kind == "article"]
    assert [a.number for a in articles] == heads
    assert all(a.level == 1 for a in articles)
    assert len(articles) == len(doc.sections)
    numbered = [c for a in articles for c in a.children]
    assert numbered and {(c.kind, c.level) for c in numbered} == {("arabic", 2)}
    points = [p for c in numbered for p in c.children]
    assert points and {(p.kind, p.level) for p in points} == {("letter", 3)}
    for article in articles:
        assert article.heading.text.startswith(f"Điều {article.number}.")


def test_khoan_and_bullet_markers_nest():
    text = (
        "Điều 5. Trách nhiệm của người đứng đầu\n"
        "Khoản 1. Người đứng đầu có trách nhiệm sau:\n"
        "- Kiểm tra việc chấp hành giờ làm việc;\n"
        "+ Hằng tháng báo cáo kết quả.\n"
        "Khoản 2. Người đứng đầu chịu trách nhiệm trước cấp trên."
    )
    doc = segment(text, words=False)
    assert [(s.kind, s.number, s.level) for s in doc.iter_sections()] == [
        ("article", "5", 1), ("clause", "1", 2), ("dash", "-", 3), ("plus", "+", 4),
        ("clause", "2", 2),
    ]

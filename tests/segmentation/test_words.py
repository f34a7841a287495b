import unicodedata

from kyluat_nlp import segment


def words(text):
    return [t.text for t in segment(text).tokens]


def test_words_of_a_directive_sentence():
    assert words("Cán bộ, công chức phải chấp hành nghiêm kỷ luật, kỷ cương hành chính.") == [
        "Cán bộ", ",", "công chức", "phải", "chấp hành", "nghiêm", "kỷ luật", ",", "kỷ cương",
        "hành chính", ".",
    ]


def test_domain_lexicon_keeps_administrative_terms_whole():
    assert "Hội đồng nhân dân" in words("Chủ tịch Hội đồng nhân dân tỉnh chịu trách nhiệm.")


def test_old_style_and_nfd_spellings_segment_like_the_canonical_one():
    canonical = "Ủy ban nhân dân tỉnh Hòa Bình yêu cầu giữ gìn sức khỏe, thủy lợi."
    old_style = "Uỷ ban nhân dân tỉnh Hoà Bình yêu cầu giữ gìn sức khoẻ, thuỷ lợi."
    reference = [t.norm for t in segment(canonical).tokens]
    assert [t.norm for t in segment(old_style).tokens] == reference
    nfd = segment(unicodedata.normalize("NFD", old_style))
    assert [t.norm for t in nfd.tokens] == reference


def test_no_word_runs_across_a_line_break():
    doc = segment("ỦY BAN NHÂN DÂN TỈNH\nnhân dân các xã")  # a heading line ends there
    assert all("\n" not in t.text for t in doc.tokens)


def test_a_line_wrapped_inside_a_sentence_goes_on_with_it():
    doc = segment("Chủ tịch Ủy ban\nnhân dân tỉnh yêu cầu cán bộ, công chức,\nviên chức đi làm "
                  "đúng giờ.")
    assert len(doc.sentences) == 1
    assert "Ủy ban\nnhân dân" in [t.text for t in doc.tokens]


def test_pos_tags_on_demand():
    tags = dict((t.text, tag) for t, tag in segment("Cán bộ phải đi làm đúng giờ.").pos_tags())
    assert tags["Cán bộ"] == "N" and tags["phải"] == "V"

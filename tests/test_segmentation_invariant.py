"""The invariant: every span indexes the user's own string, whatever that string is."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from kyluat_nlp import segment
from kyluat_nlp.normalization import normalize


def all_spans(doc):
    header = doc.header
    yield from header.issuer
    yield from header.title
    yield from header.motto
    yield from (s for s in (header.number, header.place_date, header.doc_type, header.span) if s)
    for section in doc.iter_sections():
        yield section
        yield section.heading
    yield from doc.recipients
    yield from doc.paragraphs
    yield from doc.sentences
    yield from doc.clauses
    yield from doc.tokens


def assert_invariant(text):
    doc = segment(text)
    assert doc.text is text
    for span in all_spans(doc):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    tokens = doc.tokens
    for before, after in zip(tokens, tokens[1:]):
        assert before.end <= after.start
    for token in tokens:
        assert token.text.strip()
        assert normalize(token.text).text == token.norm
    return doc


_PIECES = st.sampled_from(
    [
        "Cán bộ", "thuỷ lợi", "hoà", "Uỷ ban", "qúy", "TP.", "ThS.", "31/12/2024", "1.000.000",
        "05-CT/TU", " ", "  ", "\t", "\n", "\n\n", "\r\n", "“", "”", "–", "…", ". ", "; ", ": ",
        "\u200b", "\ufeff", "\x07", "😀", "👨\u200d👩\u200d👧", "\u00a0", "1. ", "a) ", "- ", "+ ",
        "I. ", "Điều 5. ", "Nơi nhận:", "Số: 12-CT/TU", "CHỈ THỊ", "Về việc ", "Đi muộn",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=40).map("".join))
def test_invariant_holds_for_any_text(text):
    assert_invariant(text)
    assert_invariant(unicodedata.normalize("NFD", text))


def test_invariant_on_the_project_directives(directives):
    for text in directives.values():
        assert_invariant(text)
        assert_invariant(unicodedata.normalize("NFD", text).replace("\n", "\r\n"))


def test_invariant_on_every_shared_news_article(news_articles):
    """All 2,742 articles of ../shared/corpus/vietnews_officials.jsonl (about a minute)."""
    assert len(news_articles) == 2742
    for article in news_articles:
        doc = assert_invariant(article["text"])
        assert doc.lang == "vi", article["id"]

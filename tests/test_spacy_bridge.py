import unicodedata

from spacy.matcher import Matcher

from kyluat_nlp import segment
from kyluat_nlp.spacy_bridge import blank


def test_doc_keeps_the_text_tokens_and_sentences(seed_text):
    doc = segment(seed_text)
    sdoc = doc.to_spacy()
    assert sdoc.text == seed_text
    assert [t.text for t in sdoc if not t.is_space] == [t.text for t in doc.tokens]
    assert len(list(sdoc.sents)) == len(doc.sentences)
    assert len(sdoc.spans["clauses"]) == len(doc.clauses)


def test_messy_text_round_trips():
    text = unicodedata.normalize("NFD", " Uỷ ban\r\n\r\n1. Cán bộ  phải\tđi làm; 😀 xong\x07")
    assert segment(text).to_spacy().text == text


def test_blank_pipeline_tokenizes_with_kyluat_and_matcher_works():
    nlp = blank()
    sdoc = nlp("Người đứng đầu cấp ủy phải gương mẫu. Không được uống rượu, bia.")
    assert [t.text for t in sdoc][:5] == ["Người", "đứng", "đầu", "cấp ủy", "phải"]
    matcher = Matcher(nlp.vocab)
    matcher.add("PROHIBITION", [[{"LOWER": "không"}, {"LOWER": "được"}]])
    assert [sdoc[a:b].text for _, a, b in matcher(sdoc)] == ["Không được"]


def test_sections_are_spans_for_displacy(directives):
    sdoc = segment(directives["cong_van_chan_chinh.txt"]).to_spacy()
    assert [s.label_ for s in sdoc.spans["sections"]] == ["arabic"] * 4


def test_analysed_spans_are_in_doc_spans(seed_text):
    from kyluat_nlp import analyze

    doc = analyze(seed_text)
    sdoc = doc.to_spacy()
    assert len(sdoc.spans["obligations"]) == len(doc.obligations)
    assert {s.label_ for s in sdoc.spans["actors"]} <= {"ORG", "ROLE", "GROUP", "LOC"}
    assert [s.text for s in sdoc.spans["violations"]][:2] == [v.text for v in doc.violations][:2]

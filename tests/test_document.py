import json

from kyluat_nlp import segment


def test_to_dict_is_plain_json_with_offsets(directives):
    text = directives["cong_van_chan_chinh.txt"]
    doc = segment(text)
    data = json.loads(doc.to_json())
    assert data["header"]["number"]["text"] == "2345/UBND-NC"
    assert data["header"]["kind"] == "CÔNG VĂN"
    for key in ("sentences", "clauses", "tokens", "paragraphs"):
        for item in data[key]:
            assert text[item["start"] : item["end"]] == item["text"]
    items = [c for c in data["clauses"] if c["text"][:2] in ("1.", "2.", "3.", "4.")]
    assert len(items) == 4
    assert {c["lead_in"]["text"] for c in items} == {
        "Để chấn chỉnh tình trạng trên, Chủ tịch UBND huyện yêu cầu"
    }
    section = data["sections"][0]
    assert section["marker"] == "1." and section["level"] == 1 and section["children"] == []


def test_sentence_tokens_and_clauses_lie_inside_their_sentence(seed_text):
    doc = segment(seed_text)
    for sentence in doc.sentences:
        for part in (*sentence.tokens, *sentence.clauses):
            assert sentence.start <= part.start <= part.end <= sentence.end

import json

import pytest

from kyluat_nlp import Taxonomy, segment
from kyluat_nlp.taxonomy import Category

GUIDELINE_IDS = [
    "working_time", "personal_business", "alcohol", "traffic", "harassment", "improper_conduct",
    "responsibility_avoidance", "negligence", "unreported_travel", "ideological_degradation",
    "public_property_misuse",
]


def test_default_taxonomy_has_the_guideline_categories():
    tax = Taxonomy.default()
    assert tax.ids == GUIDELINE_IDS
    for category in tax:
        assert category.name_vi and category.name_en and category.definition_vi
        assert len(category.cues) >= 5 and category.legal_sources


def test_save_and_load_round_trip(tmp_path):
    tax = Taxonomy.default()
    path = tmp_path / "taxonomy.json"
    tax.save(path)
    assert Taxonomy.load(path).to_dict() == tax.to_dict()
    assert json.loads(path.read_text(encoding="utf-8"))["categories"][2]["id"] == "alcohol"


def test_bad_taxonomies_are_refused_with_a_message(tmp_path):
    with pytest.raises(ValueError, match="categories"):
        Taxonomy.from_dict({"name": "x"})
    with pytest.raises(ValueError, match="duplicate"):
        Taxonomy([Category("a", "A"), Category("a", "B")])
    with pytest.raises(ValueError, match="unknown fields"):
        Category.from_dict({"id": "a", "name_vi": "A", "cue": ["x"]})
    with pytest.raises(KeyError, match="no category"):
        Taxonomy.default()["drinking"]


def test_cues_match_with_and_without_diacritics():
    tax = Taxonomy.default()
    found = {(m.category, m.kind) for m in tax.match_cues("cán bộ đi muộn, về sớm")}
    assert ("working_time", "cue") in found
    folded = {m.category for m in tax.match_cues("can bo di muon ve som", folded=True)}
    assert "working_time" in folded
    # Without folding, "tất cả" is not "tát" (slapping).
    assert not [m for m in tax.match_cues("tất cả cán bộ") if m.category == "improper_conduct"]


def test_taxonomy_from_the_seed_directive(seed_text):
    tax = Taxonomy.from_directive(seed_text)
    assert {"working_time", "personal_business", "alcohol", "traffic"} <= set(tax.ids)
    assert "public_property_misuse" not in tax.ids
    new = [c for c in tax if c.id.startswith("directive_")]
    assert [c.name_vi for c in new] == [
        "một số cán bộ, công chức, viên chức vi phạm kỷ luật, kỷ cương, đạo đức công vụ trong "
        "thực thi nhiệm vụ, tạo dư luận không tốt trong xã hội"
    ]
    assert Taxonomy.from_directive(segment(seed_text)).ids == tax.ids


def test_taxonomy_from_a_directive_with_a_new_kind_of_violation():
    text = (
        "Thời gian qua vẫn còn các hành vi vi phạm như: hút thuốc lá tại phòng làm việc; "
        "đi muộn, về sớm; mặc trang phục không đúng quy định."
    )
    tax = Taxonomy.from_directive(text)
    assert "working_time" in tax.ids
    names = [c.name_vi for c in tax if c.id.startswith("directive_")]
    assert "hút thuốc lá tại phòng làm việc" in names

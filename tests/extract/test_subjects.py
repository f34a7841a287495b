from kyluat_nlp.extract.actors import Gazetteer
from kyluat_nlp.extract.rules import Rules
from kyluat_nlp.extract.subjects import ClauseActors


def who(text):
    return ClauseActors.of(text, Gazetteer.default(), Rules.default())


def texts(actors):
    return [a.text for a in actors]


def test_the_subject_follows_an_opening_condition_or_thi():
    text = "Nếu phát hiện vi phạm, thủ trưởng cơ quan, đơn vị phải xử lý ngay."
    assert texts(who(text).subject(0, text.index("phải"))) == ["thủ trưởng cơ quan, đơn vị"]
    text = "Cơ quan nào không chấp hành thì Sở Nội vụ tổng hợp, báo cáo."
    assert texts(who(text).subject(0, text.index("tổng hợp"))) == ["Sở Nội vụ"]


def test_a_run_of_actors_may_open_with_a_quantity():
    text = "Hàng trăm cán bộ, công chức bị yêu cầu kiểm điểm."
    actors, end = who(text).run(0, text.index("bị"))
    assert texts(actors) == ["cán bộ", "công chức"] and text[end:].startswith(" bị")


def test_issuer_and_addressees_around_an_issuing_verb():
    text = "UBND tỉnh kiến nghị gửi Bộ Nội vụ, Bộ Tài chính xem xét."
    found = who(text)
    verb = text.index("kiến nghị")
    assert found.issuer_before(verb).text == "UBND tỉnh"
    assert texts(found.after(verb + len("kiến nghị"))[0]) == ["Bộ Nội vụ", "Bộ Tài chính"]


def test_actors_in_a_complement_are_no_subject():
    text = "Việc huy động đóng góp của người dân phải công khai."
    assert who(text).right_before(0, text.index("phải")) == ()


def test_a_person_named_before_the_addressees_is_passed_over():
    text = ("Ủy ban Kiểm tra Trung ương yêu cầu ông này và các tổ chức, cá nhân có liên quan "
            "kiểm điểm.")
    verb = text.index("yêu cầu") + len("yêu cầu")
    assert texts(who(text).after(verb)[0]) == ["tổ chức", "cá nhân có liên quan"]
    text = "Chủ tịch UBND tỉnh yêu cầu ông Nguyễn Văn An, Giám đốc Sở Nội vụ kiểm điểm."
    verb = text.index("yêu cầu") + len("yêu cầu")
    assert texts(who(text).after(verb)[0]) == ["Giám đốc Sở Nội vụ"]
    # a person who must act himself leaves the bodies named later out
    text = "Thủ tướng yêu cầu ông An làm rõ, báo cáo Chủ tịch UBND tỉnh."
    assert who(text).after(text.index("yêu cầu") + len("yêu cầu"))[0] == ()


def test_the_subject_of_a_subordinate_clause_comes_first():
    text = "Quốc hội quyết nghị việc ngành Kế hoạch Đầu tư phải thực hiện nghiêm kỷ luật."
    found = who(text)
    assert texts(found.subordinate_subject(0, text.index("phải"))) == ["ngành Kế hoạch Đầu tư"]
    assert texts(found.subject(0, text.index("phải"))) == ["Quốc hội"]
    text = "Ông cho rằng chính quyền phải lắng nghe người dân."
    assert texts(who(text).subordinate_subject(0, text.index("phải"))) == ["chính quyền"]


def test_a_subordinate_subject_after_a_warning_and_alternatives():
    text = "Ông Bình lưu ý Bộ Nội vụ phải quan tâm chỉ đạo sát sao."
    assert texts(who(text).subordinate_subject(0, text.index("phải"))) == ["Bộ Nội vụ"]
    text = "Tôi cho rằng Quốc hội hoặc Chính phủ cần có nghị quyết."
    assert texts(who(text).subordinate_subject(0, text.index("cần"))) == ["Quốc hội", "Chính phủ"]


def test_actors_joined_by_va_cac_are_one_list():
    text = "Bộ Chính trị yêu cầu Thành ủy Hà Nội và các đơn vị liên quan tập trung xử lý."
    who = ClauseActors.of(text, Gazetteer.default(), Rules.default())
    named, _ = who.after(text.index("yêu cầu") + len("yêu cầu"))
    assert [a.text for a in named] == ["Thành ủy Hà Nội", "đơn vị liên quan"]


def test_actors_right_before_a_modal_word_may_be_joined_by_va_cac():
    text = "Tại buổi làm việc, Sở Nội vụ và các cơ quan, đơn vị phải báo cáo kết quả."
    assert texts(who(text).right_before(0, text.index("phải"))) == [
        "Sở Nội vụ", "cơ quan", "đơn vị"]


def test_cung_joins_the_addressees_of_a_request():
    text = "Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh cùng các tổ chức thành viên tăng cường giám sát."
    named, _ = who(text).after(text.index("Ủy ban"))
    assert texts(named) == ["Ủy ban Mặt trận Tổ quốc tỉnh", "tổ chức thành viên"]

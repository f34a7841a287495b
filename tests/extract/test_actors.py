import json

from kyluat_nlp.extract.actors import Gazetteer


def actors(text, gazetteer=None):
    return [(a.text, a.type) for a in (gazetteer or Gazetteer.default()).find(text)]


def test_seed_addressees_are_split_and_typed(seed_text):
    found = actors(seed_text)
    assert ("Ban Thường vụ Tỉnh ủy Bắc Ninh", "ORG") in found
    assert ("người đứng đầu cấp ủy", "ROLE") in found
    assert ("thủ trưởng các cơ quan, tổ chức, đơn vị", "ROLE") in found
    start = seed_text.index("Cán bộ, đảng viên, công chức, viên chức, người lao động")
    local = actors(seed_text[start : start + 60])
    assert local[:5] == [("Cán bộ", "GROUP"), ("đảng viên", "GROUP"), ("công chức", "GROUP"),
                         ("viên chức", "GROUP"), ("người lao động", "GROUP")]


def test_jurisdiction_belongs_to_the_body_and_abbreviations_are_expanded():
    found = Gazetteer.default().find("Chủ tịch UBND tỉnh Bắc Ninh và Sở Tài nguyên và Môi trường")
    assert [(a.text, a.type) for a in found] == [
        ("Chủ tịch UBND tỉnh Bắc Ninh", "ROLE"), ("Sở Tài nguyên và Môi trường", "ORG")
    ]
    assert found[0].canonical == "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh"


def test_a_plural_jurisdiction_list_belongs_to_the_role():
    assert actors("Đề nghị Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo") == [
        ("Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố", "ROLE")
    ]
    assert actors("Chủ tịch UBND các xã, thị trấn chỉ đạo") == [
        ("Chủ tịch UBND các xã, thị trấn", "ROLE")
    ]


def test_to_chuc_is_a_verb_before_a_plain_word_and_a_body_otherwise():
    assert actors("Thủ tướng yêu cầu Chủ tịch tỉnh Thái Nguyên tổ chức kiểm điểm") == [
        ("Thủ tướng", "ROLE"), ("Chủ tịch tỉnh Thái Nguyên", "ROLE")
    ]
    assert actors("b) Tổ chức thực hiện, hướng dẫn, kiểm tra") == []
    assert actors("Tổ chức, cá nhân có trách nhiệm cung cấp") == [
        ("Tổ chức", "ORG"), ("cá nhân", "GROUP")
    ]
    assert actors("các tổ chức tín dụng") == [("tổ chức", "ORG")]


def test_military_and_customs_bodies_keep_their_names():
    assert actors("chỉ đạo Bộ tư lệnh Bộ đội Biên phòng, Tổng cục Hải quan phối hợp") == [
        ("Bộ tư lệnh Bộ đội Biên phòng", "ORG"), ("Tổng cục Hải quan", "ORG")
    ]


def test_determiners_names_and_lowercase_words_are_not_actors():
    assert actors("yêu cầu các địa phương rà soát") == [("địa phương", "LOC")]
    assert actors("Chánh Văn phòng UBND TP. HCM Võ Văn Hoan trả lời") == [
        ("Chánh Văn phòng UBND TP. HCM", "ROLE")
    ]
    assert actors("hoàn thành nhiệm vụ, ban hành văn bản") == []


def test_a_user_gazetteer_adds_actors(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"heads": {"ORG": ["Tổ công tác 141"]}}), encoding="utf-8")
    mine = Gazetteer.load(path)
    assert ("Tổ công tác 141", "ORG") in actors("Tổ công tác 141 kiểm tra cán bộ", mine)
    assert ("cán bộ", "GROUP") in actors("Tổ công tác 141 kiểm tra cán bộ", mine)


def test_a_province_named_alone_is_a_place_and_inside_a_body_part_of_it():
    assert actors("Hà Nội yêu cầu cán bộ báo cáo") == [("Hà Nội", "LOC"), ("cán bộ", "GROUP")]
    assert actors("Công an Hà Nội và UBND tỉnh Hoà Bình") == [
        ("Công an Hà Nội", "ORG"), ("UBND tỉnh Hoà Bình", "ORG")
    ]


def test_a_heading_in_capitals_is_read_without_case():
    found = Gazetteer.default().find
    assert found("III. TỔ CHỨC THỰC HIỆN") == []
    assert found("II. NHIỆM VỤ CỤ THỂ") == []
    assert [m.text for m in found("ỦY BAN NHÂN DÂN TỈNH BẮC NINH")] == [
        "ỦY BAN NHÂN DÂN TỈNH BẮC NINH"
    ]


def test_a_lowercase_body_before_to_chuc_used_as_a_verb():
    assert actors("Bên cạnh đó, các trường tổ chức ôn tập cho học sinh yếu.") == [
        ("trường", "ORG"), ("học sinh", "GROUP")
    ]
    assert actors("các phòng tổ chức cán bộ")[0] == ("phòng tổ chức cán bộ", "ORG")


def test_nganh_is_a_body_except_inside_another_word():
    assert actors("Thủ tướng yêu cầu ngành thuế bỏ chuyện phong bao phong bì.") == [
        ("Thủ tướng", "ROLE"), ("ngành thuế", "ORG")
    ]
    assert actors("Đoàn kiểm tra liên ngành đã làm việc về ngành nghề kinh doanh.") == [
        ("Đoàn kiểm tra", "ORG")
    ]
    assert actors("văn bản gửi cấp có thẩm quyền") == [("cấp có thẩm quyền", "ORG")]


def test_the_body_or_jurisdiction_an_actor_belongs_to_is_part_of_it():
    assert actors("Thủ trưởng các cơ quan, đơn vị thuộc UBND huyện kịp thời báo cáo.") == [
        ("Thủ trưởng các cơ quan, đơn vị thuộc UBND huyện", "ROLE")
    ]
    assert actors("Sở có văn bản gửi các trường trực thuộc sở yêu cầu thực hiện.")[-1] == (
        "trường trực thuộc sở", "ORG")
    assert actors("các tổ chức đảng trực thuộc Trung ương") == [
        ("tổ chức đảng trực thuộc Trung ương", "ORG")
    ]
    assert actors("cán bộ thuộc quyền quản lý") == [("cán bộ", "GROUP")]


def test_a_class_of_people_takes_its_jurisdiction_and_modifiers():
    assert actors("cán bộ huyện phải làm kiểm điểm") == [("cán bộ huyện", "GROUP")]
    assert actors("yêu cầu những cá nhân liên quan viết bản kiểm điểm") == [
        ("cá nhân liên quan", "GROUP")
    ]


def test_roles_keep_coordinated_bodies_and_jurisdiction_lists():
    assert actors("Người đứng đầu cơ quan thuộc Chính phủ, đơn vị sự nghiệp công lập có trách "
                  "nhiệm tiếp công dân.")[0] == (
        "Người đứng đầu cơ quan thuộc Chính phủ, đơn vị sự nghiệp công lập", "ROLE")
    assert actors("chủ tịch UBND quận, huyện, chủ tịch UBND cấp xã còn phải") == [
        ("chủ tịch UBND quận, huyện", "ROLE"), ("chủ tịch UBND cấp xã", "ROLE")
    ]
    assert actors("Cụ thể, cán bộ lãnh đạo phải đạt 90 điểm") == [("cán bộ lãnh đạo", "GROUP")]


def test_words_that_hold_a_unit_or_a_class_name_no_actor():
    assert actors("bảo đảm an sinh xã hội và phát triển kinh tế - xã hội") == []
    assert actors("Thủ trưởng cơ quan tổ chức tiếp công dân tại trụ sở.") == [
        ("Thủ trưởng cơ quan", "ROLE")
    ]
    assert actors("Công dân có quyền khiếu nại.") == [("Công dân", "GROUP")]


def test_legal_roles_joined_by_kiem_and_classes_described_by_their_acts():
    assert actors("c) Ủy viên kiêm Thư ký Hội đồng kỷ luật có nhiệm vụ chuẩn bị tài liệu") == [
        ("Ủy viên kiêm Thư ký Hội đồng kỷ luật", "ROLE")
    ]
    assert actors("Viên chức có hành vi vi phạm đọc bản tự kiểm điểm.") == [
        ("Viên chức có hành vi vi phạm", "GROUP")
    ]
    assert actors("người tiếp nhận hướng dẫn người yêu cầu giải trình") == [
        ("người tiếp nhận", "GROUP"), ("người yêu cầu giải trình", "GROUP")
    ]


def test_a_department_name_in_lowercase_after_a_capital_head():
    assert actors("Bộ có văn bản gửi Sở giáo dục và đào tạo Hải Phòng")[-1] == (
        "Sở giáo dục và đào tạo Hải Phòng", "ORG")


def test_a_role_takes_no_body_that_needs_a_name_it_lacks():
    assert actors("thì người tiếp công dân báo cáo người đứng đầu") == [
        ("người tiếp công dân", "ROLE"), ("người đứng đầu", "ROLE")
    ]


def test_a_head_with_its_department_takes_no_second_one():
    # "kiểm tra" is also a department name ("Vụ Kiểm tra"), but here it is the verb
    assert actors("Thủ tướng yêu cầu Bộ Nội vụ kiểm tra phản ánh của báo chí")[-1] == (
        "Bộ Nội vụ", "ORG")


def test_schools_are_named_after_people_and_roles_are_not():
    assert actors("Hiệu trưởng Trường THPT Lê Quý Đôn bị kỷ luật") == [
        ("Hiệu trưởng Trường THPT Lê Quý Đôn", "ROLE")]
    assert actors("Trường tiểu học An Đồng, huyện An Dương")[0] == (
        "Trường tiểu học An Đồng", "ORG")
    assert actors("Chủ tịch UBND huyện Nguyễn Văn An ký quyết định") == [
        ("Chủ tịch UBND huyện", "ROLE")]
    assert actors("Bí thư Thành ủy TP. Hồ Chí Minh phát biểu") == [
        ("Bí thư Thành ủy TP. Hồ Chí Minh", "ROLE")]


def test_sectors_and_ministers_take_their_department():
    assert actors("Ngành nông nghiệp chú trọng liên kết") == [("Ngành nông nghiệp", "ORG")]
    assert actors("ngành Kế hoạch Đầu tư phải thực hiện nghiêm") == [
        ("ngành Kế hoạch Đầu tư", "ORG")]
    assert actors("Bộ trưởng Tài chính yêu cầu") == [("Bộ trưởng Tài chính", "ROLE")]


def test_a_province_needs_its_capital():
    assert actors("giữ gìn môi trường hòa bình, ổn định") == []
    assert actors("tại Hòa Bình") == [("Hòa Bình", "LOC")]


def test_general_roles():
    assert actors("kiến nghị Tổng thanh tra Chính phủ xem xét") == [
        ("Tổng thanh tra Chính phủ", "ROLE")]
    assert actors("Tổng Bí thư yêu cầu") == [("Tổng Bí thư", "ROLE")]
    assert actors("chỉ đạo Tổng Thư ký Quốc hội gửi") == [("Tổng Thư ký Quốc hội", "ROLE")]
    assert actors("Người đứng đầu mỗi cơ quan, đơn vị phải") == [
        ("Người đứng đầu mỗi cơ quan, đơn vị", "ROLE")]


def test_standing_committees_of_party_bodies():
    assert actors("đề nghị Thường vụ Quân ủy Trung ương chỉ đạo") == [
        ("Thường vụ Quân ủy Trung ương", "ORG")]
    assert actors("yêu cầu BCSĐ Ngân hàng Nhà nước kiểm điểm") == [
        ("BCSĐ Ngân hàng Nhà nước", "ORG")]
    assert actors("Ông A, Ủy viên Thường vụ Tỉnh ủy, phát biểu") == [
        ("Ủy viên Thường vụ Tỉnh ủy", "ROLE")]


def test_highland_names_keep_their_apostrophe():
    assert actors("UBND huyện Đắk R’ Lấp yêu cầu Công an huyện Cư M’gar") == [
        ("UBND huyện Đắk R’ Lấp", "ORG"), ("Công an huyện Cư M’gar", "ORG")]


def test_to_chuc_in_a_list_of_bodies_is_a_body():
    assert actors("Cơ quan, tổ chức tham gia tiếp công dân phải bố trí") == [
        ("Cơ quan", "ORG"), ("tổ chức", "ORG")]
    assert actors("Tăng cường kiểm tra, tổ chức thực hiện nghiêm") == []


def test_a_representative_is_a_role_but_representing_is_a_verb():
    assert actors("Đại diện cơ quan, tổ chức tham gia tiếp công dân phải") == [
        ("Đại diện cơ quan, tổ chức", "ROLE")]
    assert actors("ông A đại diện cho nhân dân") == [("nhân dân", "GROUP")]
    assert actors("Giao Chánh thanh tra Thành phố chủ trì") == [
        ("Chánh thanh tra Thành phố", "ROLE")]
    assert actors("Ban Tiếp công dân ở cấp huyện làm nhiệm vụ") == [
        ("Ban Tiếp công dân ở cấp huyện", "ORG")]


def test_ministry_and_court_names_without_their_commas():
    assert actors("yêu cầu Ban cán sự đảng Bộ Văn hóa Thể thao và Du lịch kiểm điểm") == [
        ("Ban cán sự đảng Bộ Văn hóa Thể thao và Du lịch", "ORG")]
    assert actors("đề nghị Tòa án nhân dân cấp cao xem xét") == [
        ("Tòa án nhân dân cấp cao", "ORG")]


def test_investigating_and_inspecting_bodies_are_one_actor():
    assert actors("Phó chủ tịch tỉnh yêu cầu cơ quan điều tra sớm xử lý") == [
        ("Phó chủ tịch tỉnh", "ROLE"), ("cơ quan điều tra", "ORG")]
    assert actors("Ngoài xử lý về tiền, cơ quan thanh tra phải theo dõi") == [
        ("cơ quan thanh tra", "ORG")]


def test_a_full_stop_ends_the_sentence_not_the_last_word_of_a_name():
    assert actors("o) Văn phòng Chính phủ.") == [("Văn phòng Chính phủ", "ORG")]
    assert actors("Kỷ luật đối với cán bộ, công chức.") == [
        ("cán bộ", "GROUP"), ("công chức", "GROUP")]
    assert actors("UBND TP. HCM yêu cầu") == [("UBND TP. HCM", "ORG")]


def test_thanh_tra_is_a_body_only_with_a_name_a_unit_or_a_body_after_it():
    assert actors("UBND TP ban hành kết luận thanh tra, khẳng định sai phạm") == [
        ("UBND TP", "ORG")]
    assert actors("Thanh tra tỉnh Cà Mau kiến nghị") == [("Thanh tra tỉnh Cà Mau", "ORG")]
    assert actors("yêu cầu 6 thanh tra sở GTVT báo cáo") == [("thanh tra sở GTVT", "ORG")]


def test_the_party_and_the_state_are_bodies_state_management_is_not():
    assert actors("quy định của Đảng, Nhà nước về phòng, chống tham nhũng") == [
        ("Đảng", "ORG"), ("Nhà nước", "ORG")]
    assert actors("quản lý nhà nước về kinh tế") == []
    assert actors("tổ chức Đảng các cấp phải") == [("tổ chức Đảng các cấp", "ORG")]


def test_a_province_in_a_persons_name_and_court_cases_are_no_actors():
    assert actors("Phó Thủ tướng Trương Hòa Bình yêu cầu Bộ Nội vụ") == [
        ("Phó Thủ tướng", "ROLE"), ("Bộ Nội vụ", "ORG")]
    assert actors("tập trung điều tra các vụ án tham nhũng lớn") == []
    assert actors("Sở Y tế tỉnh Hòa Bình báo cáo") == [("Sở Y tế tỉnh Hòa Bình", "ORG")]


def test_commanders_sector_heads_and_sectors_without_commas():
    assert actors("Quân ủy Trung ương, cấp ủy, chỉ huy các đơn vị phải") == [
        ("Quân ủy Trung ương", "ORG"), ("cấp ủy", "ORG"), ("chỉ huy các đơn vị", "ROLE")]
    assert actors("chỉ huy lực lượng chữa cháy") == []
    assert actors("yêu cầu bộ trưởng, trưởng ngành thực hiện") == [
        ("bộ trưởng", "ROLE"), ("trưởng ngành", "ROLE")]

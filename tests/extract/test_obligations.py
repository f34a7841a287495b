import json

from kyluat_nlp import analyze
from kyluat_nlp.extract.rules import Rules


def summary(ob):
    return (ob.modality, ob.trigger.text if ob.trigger else None,
            [a.text for a in ob.addressees], ob.action.text if ob.action else None)


def test_seed_directive_obligations_and_findings(seed_text):
    doc = analyze(seed_text, words=False)
    first = next(o for o in doc.obligations if o.trigger and o.trigger.text == "phải")
    assert first.modality == "obligation"
    assert first.issuer.text == "Ban Thường vụ Tỉnh ủy Bắc Ninh"
    assert [a.text for a in first.addressees] == [
        "người đứng đầu cấp ủy", "thủ trưởng các cơ quan, tổ chức, đơn vị"
    ]
    # the paragraphs that go on with the instruction without repeating its verb
    for opening in ("Tăng cường kỷ luật, kỷ cương hành chính, văn hóa công sở, nhằm",
                    "Tăng cường siết chặt kỷ luật", "Xây dựng môi trường văn hóa công sở"):
        assert any(o.clause.text.startswith(opening) for o in doc.obligations), opening
    findings = " ".join(f.text for f in doc.findings)
    assert "vẫn còn tình trạng tâm lý sợ trách nhiệm" in findings
    assert not any("vẫn còn tình trạng" in o.clause.text for o in doc.obligations)
    for ob in doc.obligations:
        for span in (ob.trigger, ob.action, ob.condition, ob.time, ob.sanction, *ob.addressees):
            if span is not None:
                assert seed_text[span.start : span.end] == span.text


def test_modalities():
    doc = analyze(
        "Nghiêm cấm cán bộ sử dụng xe công vào việc riêng. "
        "Công chức có quyền nghỉ phép năm. "
        "Các cơ quan cần tăng cường kiểm tra. "
        "Người đứng đầu phải chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra vi phạm.",
        words=False,
    )
    assert [o.modality for o in doc.obligations] == [
        "prohibition", "permission", "recommendation", "obligation"
    ]
    last = doc.obligations[-1]
    assert last.condition.text == "nếu để xảy ra vi phạm"
    assert last.sanction is None or "chịu trách nhiệm" in last.sanction.text


def test_issuing_verb_with_negated_items_gives_one_prohibition_each():
    doc = analyze("UBND tỉnh yêu cầu các địa phương không huy động quá sức dân, "
                  "không gây nhũng nhiễu trong huy động.", words=False)
    assert [summary(o) for o in doc.obligations] == [
        ("prohibition", "không", ["địa phương"], "huy động quá sức dân"),
        ("prohibition", "không", ["địa phương"], "gây nhũng nhiễu trong huy động"),
    ]
    assert doc.obligations[0].issuer.text == "UBND tỉnh"


def test_list_items_inherit_the_lead_in():
    doc = analyze(
        "Viên chức có các nghĩa vụ sau:\n"
        "a) Chấp hành nghiêm nội quy của cơ quan;\n"
        "b) Không uống rượu, bia trong giờ làm việc;\n"
        "c) Thời hạn nộp báo cáo.",
        words=False,
    )
    got = [(o.modality, o.clause.text[:2], [a.text for a in o.addressees]) for o in doc.obligations]
    assert ("obligation", "a)", ["Viên chức"]) in got
    assert ("prohibition", "b)", ["Viên chức"]) in got
    assert not any(o.clause.text.startswith("c)") for o in doc.obligations)


def test_user_rules_add_triggers(tmp_path):
    data = json.loads(json.dumps(Rules.default().data))
    data["modalities"]["obligation"].append("có bổn phận")
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    text = "Cán bộ có bổn phận giữ gìn kỷ cương."
    assert analyze(text, words=False).obligations == ()
    doc = analyze(text, words=False, rules=Rules.load(path))
    assert summary(doc.obligations[0]) == ("obligation", "có bổn phận", ["Cán bộ"],
                                           "giữ gìn kỷ cương")


def test_a_sentence_that_goes_on_with_an_instruction_is_an_obligation():
    doc = analyze(
        "Phó Thủ tướng yêu cầu Bộ Công an khẩn trương điều tra vụ việc. Đồng thời, UBND tỉnh "
        "Lạng Sơn, Tổng cục Hải quan tăng cường quản lý cán bộ. Truy bắt đối tượng cầm đầu "
        "đang bỏ trốn.\n\nTrước đó, UBND tỉnh đã tổ chức họp báo về vụ việc.",
        words=False,
    )
    found = [summary(o) for o in doc.obligations]
    assert found[1][:3] == ("obligation", "tăng cường", ["UBND tỉnh Lạng Sơn", "Tổng cục Hải quan"])
    assert found[2][:3] == ("obligation", "Truy bắt", ["UBND tỉnh Lạng Sơn", "Tổng cục Hải quan"])
    assert all(o.issuer.text == "Phó Thủ tướng" for o in doc.obligations)
    assert len(found) == 3  # "đã tổ chức họp báo" reports a fact
    assert any("đã tổ chức họp báo" in f.text for f in doc.findings)


def test_recipients_of_a_letter_are_the_addressees_of_its_request():
    doc = analyze(
        "Sở GD-ĐT vừa có văn bản gửi các phòng giáo dục và đào tạo, các trường trực thuộc, yêu "
        "cầu không tổ chức dạy thêm trong nhà trường.",
        words=False,
    )
    (ob,) = doc.obligations
    assert ob.modality == "prohibition"
    assert [a.text for a in ob.addressees] == ["phòng giáo dục và đào tạo", "trường trực thuộc"]


DIRECTIVE = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH KHÁNH HÒA                          Độc lập - Tự do - Hạnh phúc
Số: 03/CT-UBND                     Khánh Hòa, ngày 10 tháng 3 năm 2025

CHỈ THỊ
Về việc chấn chỉnh lề lối làm việc

Ủy ban nhân dân tỉnh yêu cầu thủ trưởng các sở, ban, ngành và cán bộ, công chức thực hiện \
nghiêm các nội dung sau:

I. NHIỆM VỤ CHUNG
1. Quán triệt, nâng cao nhận thức về kỷ luật hành chính
- Tổ chức phổ biến Chỉ thị này đến từng cán bộ, công chức;
- Rà soát quy chế làm việc của cơ quan, đơn vị.
2. Đối với người đứng đầu cơ quan, đơn vị
2.1. Về kiểm tra công vụ
- Thường xuyên kiểm tra, nhắc nhở cán bộ thuộc quyền.
3.1. Sở Nội vụ
- Chủ trì thành lập các đoàn kiểm tra đột xuất.
"""


def test_an_opening_instruction_governs_the_items_of_the_parts_below_it():
    doc = analyze(DIRECTIVE, words=False)
    found = {o.clause.text.split()[1]: (o.modality, [a.text for a in o.addressees])
             for o in doc.obligations if o.clause.text.startswith("-")}
    assert found["Tổ"] == ("obligation", ["thủ trưởng các sở, ban, ngành", "cán bộ", "công chức"])
    assert found["Rà"][0] == "obligation"
    assert found["Thường"] == ("obligation", ["người đứng đầu cơ quan, đơn vị"])
    assert found["Chủ"] == ("obligation", ["Sở Nội vụ"])
    titles = ("I. NHIỆM VỤ", "2. Đối với", "2.1. Về kiểm tra")
    assert not any(o.clause.text.startswith(titles) for o in doc.obligations)


def test_passive_requests():
    asked = analyze("UBND TP HCM được yêu cầu làm rõ trách nhiệm các tổ chức, cá nhân.",
                    words=False)
    (ob,) = asked.obligations
    assert (ob.modality, [a.text for a in ob.addressees], ob.issuer) == (
        "obligation", ["UBND TP HCM"], None)
    proposed = analyze("Chủ tịch UBND huyện bị đề nghị kỷ luật bằng hình thức cảnh cáo.",
                       words=False)
    (ob,) = proposed.obligations
    assert ob.modality == "recommendation" and ob.addressees == () and ob.issuer is None


def test_an_article_title_gives_its_items_their_modality():
    text = ("Điều 8. Các hành vi bị nghiêm cấm\n"
            "1. Đe dọa, trả thù người tố cáo hành vi tham nhũng.\n"
            "2. Bao che hành vi tham nhũng.\n"
            "Điều 9. Trách nhiệm của người đứng đầu cơ quan, đơn vị\n"
            "1. Hằng năm, báo cáo Hội đồng nhân dân cùng cấp về công tác phòng, chống "
            "tham nhũng.\n")
    found = [(o.modality, [a.text for a in o.addressees]) for o in analyze(text).obligations]
    assert found == [("prohibition", []), ("prohibition", []),
                     ("obligation", ["người đứng đầu cơ quan, đơn vị"])]


def test_a_reported_state_of_affairs_is_a_finding():
    doc = analyze("Bên cạnh đó, vẫn còn tình trạng cán bộ không dám đề xuất, đùn đẩy trách "
                  "nhiệm. Ủy ban kiểm tra đề xuất kỷ luật cảnh cáo ông A.", words=False)
    assert [o.modality for o in doc.obligations] == ["recommendation"]
    assert doc.findings[0].text.startswith("Bên cạnh đó, vẫn còn tình trạng")
    # a list of shortcomings: fear of proposing is a fault, and "vẫn còn …" opens a finding
    doc = analyze("Tuy nhiên, tại một số cơ quan vẫn còn tình trạng đến muộn, về sớm; một bộ "
                  "phận công chức né tránh, đùn đẩy trách nhiệm, ngại đề xuất; vẫn còn trường "
                  "hợp sử dụng xe ô tô công vào việc riêng.", words=False)
    assert doc.obligations == ()


def test_announced_requirements_and_their_enumeration():
    doc = analyze(
        "Phó thủ tướng cũng đặt ra một số yêu cầu.\n"
        "Thứ nhất, tăng cường bảo vệ môi trường biển, đảo.\n"
        "Chính phủ sẽ sớm ban hành kế hoạch tổng thể.\n"
        "Thứ hai, tiếp tục hoàn thiện hệ thống chính sách về quản lý tài nguyên.",
        words=False,
    )
    assert [(o.modality, o.trigger.text) for o in doc.obligations] == [
        ("obligation", "tăng cường"), ("obligation", "tiếp tục")
    ]


def test_the_actors_right_before_a_trigger_are_its_subject():
    doc = analyze("Tại nơi làm việc, cán bộ, công chức đều phải đeo thẻ.", words=False)
    assert [a.text for a in doc.obligations[0].addressees] == ["cán bộ", "công chức"]
    doc = analyze("Việc huy động đóng góp của người dân phải công khai.", words=False)
    assert doc.obligations[0].addressees == ()


def test_a_lead_in_names_the_addressees_after_cua():
    doc = analyze("1. Trang phục của cán bộ, công chức khi thực hiện nhiệm vụ:\n"
                  "a) Phải gọn gàng, lịch sự;\nb) Phải đeo thẻ công chức.", words=False)
    assert [[a.text for a in o.addressees] for o in doc.obligations] == [
        ["cán bộ", "công chức"], ["cán bộ", "công chức"]
    ]


def test_items_under_a_duty_lead_in_that_open_with_a_verb_or_a_time():
    doc = analyze("1. Thủ trưởng các sở, ban, ngành có trách nhiệm:\n"
                  "a) Cụ thể hóa Quy định này trong quy chế làm việc của cơ quan, đơn vị;\n"
                  "b) Định kỳ hằng năm đánh giá việc thực hiện.\n", words=False)
    items = [o for o in doc.obligations if o.clause.text.startswith(("a)", "b)"))]
    assert [o.modality for o in items] == ["obligation", "obligation"]
    assert all([a.text for a in o.addressees] == ["Thủ trưởng các sở, ban, ngành"] for o in items)


def test_an_item_that_is_also_a_lead_in_is_an_obligation():
    doc = analyze("ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nCHỈ THỊ\nVề tăng cường kỷ luật hành chính\n"
                  "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu thực hiện nghiêm các nội dung sau:\n"
                  "1. Đối với cán bộ, công chức\n"
                  "- Thực hiện đúng thời giờ làm việc theo quy định:\n"
                  "+ Buổi sáng từ 07 giờ 00 đến 11 giờ 30.\n", words=False)
    first = next(o for o in doc.obligations if o.clause.text.startswith("- Thực hiện"))
    assert [a.text for a in first.addressees] == ["cán bộ", "công chức"]


def test_items_of_a_prohibition_lead_in_that_open_with_a_preposition_are_no_acts():
    doc = analyze("1. Nghiêm cấm các hành vi sau đây:\na) Lợi dụng chức vụ, quyền hạn để vụ lợi;\n"
                  "b) Từ 12 tháng đến 24 tháng đối với nhóm 1.", words=False)
    items = [o.clause.text[:2] for o in doc.obligations if o.clause.text[1] == ")"]
    assert items == ["a)"]


def test_items_of_a_lead_in_that_lists_members_are_no_duties():
    text = ("1. Các cơ quan nhà nước có trách nhiệm tổ chức tiếp công dân bao gồm:\n"
            "a) Chính phủ;\nb) Bộ, cơ quan ngang bộ; tổng cục và tổ chức tương đương; cục;\n"
            "c) Ủy ban nhân dân các cấp.")
    doc = analyze(text, words=False)
    assert [o.clause.text[:7] for o in doc.obligations] == ["1. Các "]


def test_a_legal_article_reads_like_an_official_document(shared):
    name = "nghi_dinh_112-2020-ND-CP_xu_ly_ky_luat_vien_chuc_(phan_vien_chuc).txt"
    path = shared / "legal" / name
    text = path.read_text(encoding="utf-8")
    start = text.index("Điều 5.2.NĐ.11.36.")
    doc = analyze(text[start : text.index("\nĐiều ", start + 1)], words=False)
    texts = [o.clause.text for o in doc.obligations]
    # numbered items with a subject and a verb state duties; "có nhiệm vụ" is a trigger
    assert any(t.startswith("a) Chủ tịch Hội đồng kỷ luật tuyên bố") for t in texts)
    assert any(t.startswith("c) Ủy viên kiêm Thư ký Hội đồng kỷ luật có nhiệm vụ") for t in texts)
    # the line in brackets under the title is a note
    assert not any(t.startswith("(Điều 36") for t in texts)


def test_subjects_after_a_quotation_mark_or_a_scope_without_comma():
    doc = analyze('" Các đại biểu HĐND phải giám sát việc này ", ông Thơ nói.', words=False)
    assert [a.text for a in doc.obligations[0].addressees] == ["đại biểu HĐND"]
    doc = analyze("Riêng đối với thủ trưởng sở, ngành còn phải gắn với kết quả của đơn vị.",
                  words=False)
    assert [a.text for a in doc.obligations[0].addressees] == ["thủ trưởng sở, ngành"]


def test_plan_sections_titled_aims_and_requirements():
    doc = analyze("SỞ NỘI VỤ\nKẾ HOẠCH\nKiểm tra công vụ năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n"
                  "1. Mục đích\n"
                  "- Kịp thời phát hiện, chấn chỉnh và kiến nghị xử lý nghiêm cá nhân vi phạm;\n"
                  "2. Yêu cầu\n- Thành viên đoàn kiểm tra không được sử dụng thông tin kiểm tra "
                  "để trục lợi.\n", words=False)
    assert [(o.modality, [a.text for a in o.addressees]) for o in doc.obligations] == [
        ("prohibition", ["Thành viên đoàn kiểm tra"])
    ]


def test_a_scope_article_names_whom_the_text_binds_not_duties():
    doc = analyze("Điều 2. Đối tượng áp dụng\n"
                  "1. Cán bộ, công chức làm việc tại các sở, ban, ngành.\n"
                  "2. Các đơn vị sự nghiệp công lập được khuyến khích áp dụng Quy định này.\n"
                  "Điều 3. Trách nhiệm\n1. Sở Nội vụ hướng dẫn thực hiện Quy định này.",
                  words=False)
    assert [o.clause.text[:12] for o in doc.obligations] == ["2. Các đơn v", "1. Sở Nội vụ"]


def test_a_word_inside_a_name_or_an_idiom_is_no_trigger():
    doc = analyze("Ông Nguyễn Hoàng Ba, giám đốc Sở Nội vụ TP Cần Thơ xác nhận sự việc. "
                  "Ông Thanh (bìa phải) nhận hoa. Còn xử lý kỷ luật như thế nào phải chờ. "
                  "Thực tế chúng ta đã vướng phải nhiều khó khăn.", words=False)
    assert doc.obligations == ()


def test_the_closing_clause_of_a_directive_goes_on_with_its_instruction():
    doc = analyze("ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nCHỈ THỊ\nVề tăng cường kỷ luật hành chính\n"
                  "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện nghiêm "
                  "Chỉ thị này. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ "
                  "quan, đơn vị kịp thời phản ánh về Sở Nội vụ để tổng hợp.", words=False)
    last = doc.obligations[-1]
    assert last.clause.text.startswith("Trong quá trình thực hiện")
    assert [a.text for a in last.addressees] == ["cơ quan", "đơn vị"]


def test_a_duty_right_after_an_instruction_carries_it_on():
    doc = analyze("Chủ tịch UBND tỉnh đã chỉ đạo Trung tâm Bảo tồn Di tích có giải pháp khắc phục. "
                  "Đối với đoạn kè đã thi công, phải rà soát, củng cố hồ sơ. "
                  "Khắc phục thiếu sót đối với việc thi công mặt ngoài kè đá.", words=False)
    assert doc.obligations[-1].clause.text.startswith("Khắc phục thiếu sót")


def test_a_speakers_own_words_inherit_no_addressees():
    doc = analyze("Bí thư yêu cầu Chủ tịch UBND huyện kiểm điểm trưởng phòng. "
                  "\" Tôi nói thẳng cán bộ như thế thì phải loại ngay ra khỏi bộ máy \".",
                  words=False)
    assert [a.text for a in doc.obligations[0].addressees] == ["Chủ tịch UBND huyện"]
    assert doc.obligations[-1].addressees == ()


def test_the_subject_after_thi_binds():
    doc = analyze("4. Cơ quan, đơn vị nào không chấp hành kết luận kiểm tra thì Sở Nội vụ có "
                  "trách nhiệm tổng hợp, báo cáo Ủy ban nhân dân tỉnh.", words=False)
    assert [a.text for a in doc.obligations[0].addressees] == ["Sở Nội vụ"]


def test_phai_of_what_happened_or_may_happen_is_no_duty():
    doc = analyze("Học sinh bị chảy máu tai, phải nhập viện. Tỉnh có thể phải đưa vấn đề ra "
                  "xin ý kiến HĐND tỉnh. Nhiều đứa trẻ mất định hướng do phải chứng kiến bạo "
                  "hành. Giám đốc sở bất ngờ phải dừng lại.", words=False)
    assert doc.obligations == ()
    doc = analyze("Do đó, UBND tỉnh phải rà soát lại quy trình.", words=False)
    assert [o.trigger.text for o in doc.obligations] == ["phải"]


def test_a_trigger_word_quoted_as_a_word_or_used_as_a_noun_is_none():
    doc = analyze("Mỗi ngày đọc báo lại nơm nớp từ khoá “Đề xuất” xuất hiện ở tiêu đề. "
                  "Phó giám đốc sở không chấp hành yêu cầu viết kiểm điểm. "
                  "Nội dung chỉ đạo này được ghi trong sổ.", words=False)
    assert doc.obligations == ()


def test_passive_requirements_and_counted_subjects():
    doc = analyze("Hàng trăm cán bộ ngành giáo dục bị yêu cầu kiểm điểm.", words=False)
    assert [a.text for a in doc.obligations[0].addressees] == ["cán bộ ngành giáo dục"]
    doc = analyze("Sở có văn bản gửi công văn đến các phòng chuyên môn, yêu cầu rà soát lại.",
                  words=False)
    assert [a.text for a in doc.obligations[0].addressees] == ["phòng chuyên môn"]


def test_inevitable_phai_and_the_forbidden_zone_are_no_rules():
    doc = analyze("Làm lãnh đạo, trong công việc chắc chắn phải có sai. "
                  "Ông khẳng định không có vùng cấm trong việc xử lý tham nhũng.", words=False)
    assert doc.obligations == ()


def test_a_preposition_may_stand_between_the_issuing_verb_and_its_addressees():
    doc = analyze("Sở Nội vụ vừa có báo cáo, kiến nghị gửi UBND tỉnh thu hồi quyết định.",
                  words=False)
    assert [a.text for a in doc.obligations[0].addressees] == ["UBND tỉnh"]


def test_lanh_dao_chi_dao_is_a_pair_of_nouns():
    doc = analyze("Ban Thường vụ đã tập trung lãnh đạo, chỉ đạo và ban hành nhiều nghị quyết.",
                  words=False)
    assert doc.obligations == ()


def test_a_clause_that_names_a_fault_goes_on_with_a_list_of_cases():
    doc = analyze("Tỉnh ủy yêu cầu các cấp ủy kiên quyết không đề xuất những nhân sự không bảo "
                  "đảm tiêu chuẩn; vi phạm nguyên tắc tập trung dân chủ; thiếu gương mẫu.",
                  words=False)
    assert not any(o.clause.text.startswith(("vi phạm", "thiếu")) for o in doc.obligations)
    doc = analyze("Cán bộ phải đeo thẻ khi làm việc; trang phục gọn gàng, lịch sự.", words=False)
    assert doc.obligations[-1].clause.text.startswith("trang phục")


def test_the_matters_of_a_review_are_no_duties():
    doc = analyze("Chủ tịch UBND tỉnh chỉ đạo kiểm điểm trách nhiệm của UBND thị trấn trong việc "
                  "không lập phương án giao đất; không kịp thời tham mưu UBND huyện cho thuê "
                  "đất; áp dụng sai chính sách bồi thường.", words=False)
    assert [summary(o)[:2] for o in doc.obligations] == [("obligation", "chỉ đạo")]
    # without "trong việc" the ";" clauses go on with the instruction
    doc = analyze("Chủ tịch UBND tỉnh chỉ đạo Sở Nội vụ kiểm tra việc giao đất; không để "
                  "chậm trễ; báo cáo kết quả trước ngày 30/6.", words=False)
    assert [summary(o)[0] for o in doc.obligations] == ["obligation", "prohibition",
                                                         "obligation"]


def test_a_part_in_capitals_addressed_to_a_class_and_a_title_with_its_duty(directives):
    doc = analyze(directives["chi_thi_chu_tich_ubnd_trach_nhiem.txt"], words=False)
    by_start = {o.clause.text[:30]: o for o in doc.obligations}
    item = next(o for t, o in by_start.items() if t.startswith("- Có mặt tại cơ quan đúng giờ"))
    assert [a.text for a in item.addressees] == ["CÁN BỘ", "CÔNG CHỨC", "VIÊN CHỨC",
                                                 "NGƯỜI LAO ĐỘNG"]
    duty = next(o for t, o in by_start.items() if t.startswith("Theo dõi, đôn đốc"))
    assert [a.text for a in duty.addressees] == ["Văn phòng UBND tỉnh"]
    assert any(t.startswith("3. Trong quá trình thực hiện") for t in by_start)


def test_the_verb_items_of_a_plan_are_its_instructions(directives):
    doc = analyze(directives["ke_hoach_so_gddt_ky_luat.txt"], words=False)
    found = {o.clause.text[:40]: o for o in doc.obligations}
    assert any(t.startswith("1. Quán triệt nội dung Kế hoạch") for t in found)
    # a part titled by a body alone names the addressees of its "-" duties
    duty = next(o for t, o in found.items() if t.startswith("- Tiếp nhận, xác minh, giải quyết"))
    assert [a.text for a in duty.addressees] == ["Thanh tra Sở"]
    item = next(o for t, o in found.items() if t.startswith("- Tổ chức cho cán bộ quản lý"))
    assert [a.text for a in item.addressees] == ["Thủ trưởng các đơn vị trực thuộc"]
    # a section that describes ("Hình thức …") or states aims holds no instruction of its own
    assert not any(t.startswith("- Kịp thời") for t in found)


def test_a_proposal_among_duties_is_a_duty_to_propose():
    doc = analyze("Thanh tra Sở có trách nhiệm:\n- Kiểm tra đột xuất các đơn vị.\n"
                  "- Trường hợp đơn vị vi phạm nghiêm trọng, đề xuất Giám đốc Sở xem xét "
                  "trách nhiệm của người đứng đầu.", words=False)
    assert [o.modality for o in doc.obligations][-1] == "obligation"
    doc = analyze("Sở Nội vụ đề xuất Ủy ban nhân dân tỉnh xem xét kỷ luật.", words=False)
    assert [o.modality for o in doc.obligations] == ["recommendation"]


def test_a_rule_in_the_passive_in_an_official_document(directives):
    doc = analyze(directives["quy_dinh_van_hoa_cong_so.txt"], words=False)
    flags = [o for o in doc.obligations if o.clause.text.startswith("Quốc kỳ được treo")]
    assert [(o.modality, o.trigger.text) for o in flags] == [("obligation", "được treo")]
    # a heading with the same words is no rule, nor a report in the news
    doc = analyze("Những trường hợp được thực hiện kiểm tra đột xuất", words=False)
    assert doc.obligations == ()
    doc = analyze("Hôm qua, cuộc kiểm tra được tiến hành tại trụ sở xã.", words=False)
    assert doc.obligations == ()


def test_the_items_of_a_request_stay_requests():
    doc = analyze("Sở Nội vụ kiến nghị Ủy ban nhân dân tỉnh:\n- Chỉ đạo các sở rà soát việc "
                  "bổ nhiệm cán bộ;\n- Tổ chức kiểm điểm các cá nhân liên quan.", words=False)
    assert [o.modality for o in doc.obligations] == ["recommendation"] * 3


def test_a_verb_after_a_request_goes_on_with_it_a_modal_word_keeps_its_own():
    doc = analyze("UBND tỉnh đề nghị giám đốc sở thực hiện nghiêm việc quản lý xe công.",
                  words=False)
    assert [o.modality for o in doc.obligations] == ["recommendation"]
    doc = analyze("Sở Nội vụ đề nghị các cá nhân liên quan phải viết bản tự kiểm điểm.",
                  words=False)
    assert [o.modality for o in doc.obligations] == ["obligation"]


def test_the_subject_of_a_rule_is_the_whole_noun_phrase_before_its_modal_word():
    text = ("Điều 7. Trách nhiệm thông báo kết quả\n"
            "1. Cơ quan, tổ chức, cá nhân có thẩm quyền giải quyết khiếu nại, tố cáo có trách "
            "nhiệm thông báo kết quả cho người khiếu nại.\n"
            "2. Trong thời hạn 10 ngày kể từ ngày nhận được báo cáo, người ra quyết định kiểm "
            "tra phải công bố kết luận.\n"
            "3. Cơ quan công an trong phạm vi nhiệm vụ của mình có trách nhiệm phối hợp.\n"
            "4. Bộ trưởng quy định cụ thể thời hạn không được giữ chức vụ quản lý.\n"
            "5. Người ứng cử phải được công khai lý lịch.\n"
            "6. Người quản lý địa điểm quy định tại Điều 10 có trách nhiệm nhắc nhở.\n"
            "7. Cấp phó của người đứng đầu cơ quan, đơn vị phải chịu trách nhiệm trực tiếp.\n"
            "8. Người được giao tiếp nhận yêu cầu giải trình phải ghi rõ nội dung yêu cầu.\n")
    doc = analyze(text, words=False)
    by_item = {}
    for ob in doc.obligations:
        by_item.setdefault(text[ob.start : ob.start + 2], ob)  # the first of each item
    assert [a.text for a in by_item["1."].addressees] == [
        "Cơ quan", "tổ chức", "cá nhân có thẩm quyền giải quyết khiếu nại, tố cáo"]
    who = by_item["2."].addressees
    assert [(a.text, a.type) for a in who] == [("người ra quyết định kiểm tra", "GROUP")]
    assert any(a.start == who[0].start and a.end == who[0].end for a in doc.actors)
    # an adverbial phrase is no description of the subject, nor is a verb of its own
    assert [a.text for a in by_item["3."].addressees] == ["Cơ quan công an"]
    assert by_item["4."].trigger.text == "quy định cụ thể"  # (then "không được")
    assert [a.text for a in by_item["4."].addressees] == ["Bộ trưởng"]
    # a passive modal ("phải được công khai"): its subject is acted on, not an addressee
    assert not any(a.text.startswith("Người ứng cử") for a in by_item["5."].addressees)
    assert [a.text for a in by_item["6."].addressees] == ["Người quản lý địa điểm"]
    assert [a.text for a in by_item["7."].addressees] == [
        "Cấp phó của người đứng đầu cơ quan, đơn vị"]
    # after "người" the verbs describe the person ("được giao", "yêu cầu" are no triggers)
    assert [(o.trigger.text, [a.text for a in o.addressees])
            for o in doc.obligations if o.clause.text.startswith("8.")] == [
        ("phải", ["Người được giao tiếp nhận yêu cầu giải trình"])]


def test_a_speaker_before_a_modal_word_is_not_its_addressee():
    said = analyze("Bộ trưởng Bộ Nội vụ nhấn mạnh, thời gian tới cần tăng cường kỷ luật, "
                   "kỷ cương hành chính.", words=False)
    assert [o.modality for o in said.obligations] == ["recommendation"]
    assert said.obligations[0].addressees == ()
    bound = analyze("Bộ trưởng Bộ Nội vụ cần tăng cường kiểm tra công vụ.", words=False)
    assert [a.text for a in bound.obligations[0].addressees] == ["Bộ trưởng Bộ Nội vụ"]


def test_a_modal_word_right_after_the_addressees_of_a_demand_says_what_is_demanded():
    doc = analyze("Thủ tướng yêu cầu Tổng cục Thuế cần rà soát, hoàn thiện thể chế. "
                  "Thủ tướng đề nghị các bộ cần rà soát thủ tục.", words=False)
    assert [(o.modality, [a.text for a in o.addressees]) for o in doc.obligations] == [
        ("obligation", ["Tổng cục Thuế"]), ("recommendation", ["bộ"])]


def test_a_speaker_label_in_a_news_headline_names_no_addressee():
    doc = analyze("Bí thư Nguyễn Văn An: ' Rất đau, nhưng phải kỷ luật '\n\n"
                  "Bí thư Tỉnh ủy nói về việc kỷ luật một loạt đảng viên.", words=False)
    first = doc.obligations[0]
    assert first.trigger.text == "phải" and first.addressees == ()
    role = analyze("Tổng Bí thư: ' Phát huy dân chủ phải trở thành việc thường xuyên '\n\n"
                   "Hội nghị diễn ra sáng nay.", words=False)
    assert role.obligations[0].addressees == ()
    listed = analyze("Thủ tướng yêu cầu:\n- Các bộ, ngành: rà soát ngay các thủ tục.",
                     words=False)
    assert any(a.text == "bộ" for o in listed.obligations for a in o.addressees)


def test_addressees_named_after_a_second_issuing_verb_or_before_the_modal_word():
    doc = analyze("Đoàn kiểm tra đã lập biên bản, đề xuất xử phạt và yêu cầu công ty Hà Thủy "
                  "khắc phục sai phạm.", words=False)
    assert [a.text for a in doc.obligations[0].addressees] == ["công ty Hà Thủy"]
    doc = analyze("Tổng Bí thư chỉ đạo, thời gian tới, quân đội phải xây dựng đơn vị vững mạnh.",
                  words=False)
    assert [(o.trigger.text, [a.text for a in o.addressees]) for o in doc.obligations] == [
        ("phải", ["quân đội"])]


def test_an_assessment_of_how_grave_a_fault_is_is_a_finding():
    doc = analyze("Ủy ban Kiểm tra Trung ương kết luận vi phạm của ông A là nghiêm trọng, "
                  "đến mức phải xem xét, thi hành kỷ luật.", words=False)
    assert not doc.obligations and len(doc.findings) == 1


def test_the_items_of_a_lead_in_that_lists_cases_are_no_duties():
    text = ("Điều 30. Chấm dứt hợp đồng\n"
            "4. Người đứng đầu đơn vị không được đơn phương chấm dứt hợp đồng với viên chức "
            "trong các trường hợp sau:\n"
            "a) Viên chức ốm đau, đang điều trị theo chỉ định của cơ sở y tế;\n"
            "b) Viên chức nữ có thai phải nghỉ việc theo chỉ định của bác sĩ.\n")
    doc = analyze(text, words=False)
    assert [(o.modality, o.trigger.text) for o in doc.obligations] == [
        ("prohibition", "không được")]
    assert doc.obligations[0].clause.text.startswith("4. Người đứng đầu")


def test_not_being_disciplined_is_no_prohibition():
    doc = analyze("Điều 53. Thời hiệu xử lý kỷ luật\n"
                  "1. Thời hiệu xử lý kỷ luật là thời hạn mà khi hết thời hạn đó thì viên chức "
                  "có hành vi vi phạm không bị xử lý kỷ luật.\n", words=False)
    assert not any(o.modality == "prohibition" for o in doc.obligations)


def test_addressees_do_not_carry_over_from_one_article_to_the_next():
    text = ("Điều 9. Trách nhiệm rà soát\n"
            "1. Thanh tra tỉnh yêu cầu Sở Nội vụ thực hiện các nội dung sau:\n"
            "a) Rà soát hồ sơ cán bộ;\n"
            "b) Báo cáo kết quả trước ngày 30/6.\n"
            "Điều 10. Kết luận thanh tra\n"
            "1. Kết luận thanh tra phải được công khai theo quy định của pháp luật.\n")
    doc = analyze(text, words=False)
    item = next(o for o in doc.obligations if o.clause.text.startswith("b) Báo cáo"))
    assert [a.text for a in item.addressees] == ["Sở Nội vụ"]
    last = next(o for o in doc.obligations if o.clause.text.startswith("1. Kết luận"))
    assert last.addressees == ()


def test_directing_as_the_reason_for_a_sanction_is_a_fault():
    doc = analyze("Hai cán bộ bị cảnh cáo vì chỉ đạo chôn lợn chết ở sân bóng.", words=False)
    assert not doc.obligations


def test_in_a_news_report_bearing_responsibility_for_faults_is_blame():
    doc = analyze("Ông A, Bí thư Tỉnh ủy, chịu trách nhiệm người đứng đầu về những vi phạm, "
                  "khuyết điểm của Ban Thường vụ Tỉnh ủy.", words=False)
    assert not doc.obligations
    rule = analyze("Điều 5. Trách nhiệm của người đứng đầu\n"
                   "1. Người đứng đầu chịu trách nhiệm về kết quả thực hiện Quy định này.\n",
                   words=False)
    assert [o.trigger.text for o in rule.obligations] == ["chịu trách nhiệm"]


def test_the_name_of_the_rule_on_what_party_members_must_not_do_is_no_prohibition():
    doc = analyze("Ông A đã vi phạm Quy định về những điều đảng viên không được làm.",
                  words=False)
    assert not doc.obligations
    ban = analyze("Đảng viên không được làm những việc mà pháp luật cấm.", words=False)
    assert [o.modality for o in ban.obligations] == ["prohibition"]


def test_not_carrying_out_strictly_is_a_fault():
    doc = analyze("Ông B còn bị kết luận không chấp hành nghiêm sự chỉ đạo của Ban Thường vụ "
                  "Tỉnh ủy.", words=False)
    assert not doc.obligations


def test_passives_with_their_agent_liabilities_and_blame_are_no_duties():
    for text in ("Ông A với cương vị người đứng đầu phải chịu trách nhiệm chính về những vi "
                 "phạm, khuyết điểm của Ban Thường vụ.",
                 "Công trình không được cơ quan có thẩm quyền cho phép xây dựng.",
                 "Tổng nợ phải trả của 12 dự án đạt trên 58.500 tỷ đồng."):
        assert not analyze(text, words=False).obligations, text


def test_who_is_reminded_must_act_and_an_assigned_plan_is_a_noun():
    doc = analyze("Tổng Bí thư nhắc Bộ Công Thương phải bản lĩnh và vững vàng.", words=False)
    assert [[a.text for a in o.addressees] for o in doc.obligations] == [["Bộ Công Thương"]]
    assert not analyze("Thu ngân sách đã vượt kế hoạch được giao.", words=False).obligations


def test_not_yet_having_to_and_a_request_letter_are_no_duties():
    for text in ("Những em lớp 1 và 2 chưa phải học tiếng Anh.",
                 "Học sinh được hỗ trợ 15 kg gạo mỗi tháng nếu phải tự túc chỗ ở.",
                 "Một đơn yêu cầu được gửi thẳng cho ông A."):
        assert not analyze(text, words=False).obligations, text


def test_directing_as_a_noun_or_an_assignment_is_no_instruction():
    for text in ("Ông Nam thiếu trách nhiệm, buông lỏng lãnh đạo trong quá trình được phân "
                 "công chỉ đạo thực hiện dự án.",
                 "Ngoài việc giao cho trường đại học chủ trì, Bộ còn lưu ý nhiều nội dung."):
        assert not analyze(text, words=False).obligations, text
    ob = analyze("UBND tỉnh chỉ đạo giao cho Sở Nội vụ kiểm tra việc chấp hành giờ làm việc.",
                 words=False).obligations
    assert [(o.trigger.text, [a.text for a in o.addressees]) for o in ob] == \
        [("chỉ đạo", ["Sở Nội vụ"])]


def test_the_actors_right_after_a_speech_verb_are_the_subject_of_its_modal_word():
    ob = analyze("Bộ trưởng nhấn mạnh cán bộ, công chức phải nâng cao tính chuyên nghiệp.",
                 words=False).obligations
    assert [[a.text for a in o.addressees] for o in ob] == [["cán bộ", "công chức"]]
    ob = analyze("Quy định nêu rõ đảng viên không được để người thân lợi dụng chức vụ.",
                 words=False).obligations
    assert [(o.modality, [a.text for a in o.addressees]) for o in ob] == \
        [("prohibition", ["đảng viên"])]


def test_who_is_reminded_after_a_comma_is_the_subject_not_the_speaker():
    ob = analyze("Thủ tướng nhắc nhở, Thanh tra Chính phủ cần minh bạch, khách quan.",
                 words=False).obligations
    assert [(o.modality, [a.text for a in o.addressees]) for o in ob] == \
        [("recommendation", ["Thanh tra Chính phủ"])]


def test_a_document_that_directs_someone_gives_an_instruction_a_list_of_them_does_not():
    ob = analyze("UBND huyện Thới Bình vừa có văn bản chỉ đạo Phòng Giáo dục và Đào tạo kiểm "
                 "tra, xác minh vụ việc.", words=False).obligations
    assert [(o.trigger.text, [a.text for a in o.addressees]) for o in ob] == \
        [("chỉ đạo", ["Phòng Giáo dục và Đào tạo"])]
    assert not analyze("Tỉnh ban hành nhiều văn bản chỉ đạo nhưng các cơ quan chuyên môn chưa "
                       "thực hiện.", words=False).obligations


def test_complying_with_a_direction_and_facing_a_demand_are_nouns_a_named_person_may_demand():
    for text in ("Không chấp hành chỉ đạo, giám đốc công ty cấp nước bị cảnh cáo.",
                 "Trước yêu cầu này, Giám đốc Sở Xây dựng hứa sẽ cung cấp thông tin."):
        assert not analyze(text, words=False).obligations, text
    ob = analyze("Sau khi phát hiện vụ việc, bà Hành yêu cầu con rể trả lại đất.",
                 words=False).obligations
    assert [(o.modality, o.trigger.text) for o in ob] == [("obligation", "yêu cầu")]


def test_duoc_giao_after_a_thing_is_a_participle_after_an_actor_an_assignment():
    for text in ("Họ bị cáo buộc đã tự ý chặt hạ nhiều diện tích rừng được giao để trồng keo.",
                 "Ông Nam lợi dụng chức vụ, quyền hạn được giao để trục lợi."):
        assert not analyze(text, words=False).obligations, text
    ob = analyze("Các cơ quan chức năng cũng được giao khẩn trương điều tra vụ án.",
                 words=False).obligations
    assert [(o.trigger.text, [a.text for a in o.addressees]) for o in ob] == \
        [("được giao", ["cơ quan chức năng"])]


def test_phai_in_a_photo_caption_is_the_right_hand_side():
    for text in ("Bí thư Thành ủy Nguyễn Văn An (phải) chúc mừng ông Trần Văn Bình.",
                 "Ông Y Khút Niê (thứ hai từ phải) tiếp cử tri huyện Krông Búk."):
        assert not analyze(text, words=False).obligations, text


def test_giao_may_name_its_addressees_after_a_determiner():
    ob = analyze("Thành phố cũng giao các đơn vị liên quan làm rõ trách nhiệm.",
                 words=False).obligations
    assert [(o.trigger.text, [a.text for a in o.addressees]) for o in ob] == \
        [("giao", ["đơn vị liên quan"])]

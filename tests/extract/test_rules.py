from kyluat_nlp.extract.rules import Rules


def triggers(text):
    lower = text.lower()
    return [(phrase, modality)
            for _, _, phrase, modality in Rules.default().find_triggers(lower, 0, len(lower), 0)]


def test_words_around_a_trigger_can_cancel_it():
    assert triggers("theo yêu cầu của Sở Nội vụ") == []
    assert triggers("bị cáo buộc nhận hối lộ") == []
    assert triggers("cục hậu cần") == []
    assert triggers("bị buộc thôi việc") == []
    assert triggers("cần thiết phải làm rõ") == [("phải", "obligation")]


def test_a_trigger_inside_the_action_of_another_belongs_to_it():
    assert triggers("Chính phủ quy định chi tiết vị trí công tác phải chuyển đổi") == [
        ("quy định chi tiết", "obligation")
    ]
    assert triggers("phải báo cáo, không được trì hoãn") == [
        ("phải", "obligation"), ("không được", "prohibition")
    ]


def test_what_someone_was_made_to_do_is_no_duty():
    # a narrative "phải": after "sau đó" or "bắt", or a causative verb in the same phrase
    assert triggers("Vợ chồng anh Đoàn sau đó phải đưa cháu vào bệnh viện") == []
    assert triggers("cô giáo bắt phải uống nước vắt từ giẻ lau bảng") == []
    assert triggers("ông Quy vẫn lạc đề khiến chủ tọa phải cắt ngang") == []
    # the same word when it states a duty
    assert triggers("trong đó phải ưu tiên nguồn lực") == [("phải", "obligation")]
    assert triggers("khiến dư luận bức xúc, Sở phải kiểm điểm") == [("phải", "obligation")]


def test_who_is_to_blame_and_what_was_not_directed_are_no_duties():
    assert triggers("ông Lê Dân chịu trách nhiệm chính về những vi phạm của Ban Thường vụ") == []
    assert triggers("bà Thoa có trách nhiệm trong việc đồng ý bổ nhiệm trái quy định") == []
    assert triggers("Ban cán sự đảng chưa lãnh đạo, chỉ đạo UBND tỉnh rà soát hồ sơ") == []
    assert triggers("người đứng đầu chịu trách nhiệm về kết quả thực hiện") == [
        ("chịu trách nhiệm", "obligation")]


def test_nen_advises_only_after_its_words_and_dung_forbids():
    assert triggers("nhiều ý kiến cho rằng nên giảm thời giờ làm việc") == [
        ("nên", "recommendation")]
    assert triggers("vụ việc phức tạp nên phải thành lập tổ công tác") == [
        ("phải", "obligation")]
    assert triggers("đừng để đến mức bị kỷ luật rồi mới nói với nhau") == [
        ("đừng", "prohibition")]


def test_a_proposed_ban_is_a_recommendation():
    assert triggers("nhiều người đồng tình với đề xuất cấm bán rượu bia tại quán karaoke") == [
        ("cấm", "recommendation")]
    assert triggers("tỉnh cấm bán rượu bia trong giờ làm việc") == [("cấm", "prohibition")]


def test_avoiding_at_the_start_of_a_clause_forbids():
    assert triggers("tránh hình thức, chạy theo thành tích") == [("tránh", "prohibition")]
    assert triggers("cần làm nhanh để tránh thất thoát") == [("cần", "recommendation")]

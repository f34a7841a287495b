from kyluat_nlp import segment


def clauses(text):
    return [(c.text, c.kind, c.lead_in.text if c.lead_in else None) for c in segment(text).clauses]


def test_semicolons_split_and_colon_lead_in_is_inherited(seed_text):
    found = clauses(seed_text)
    lead = "Trong đó, vẫn còn các vi phạm kỷ luật thời gian hành chính như"
    assert (lead, "lead_in", None) in found
    assert ("hiện tượng đi muộn, về sớm, làm việc cá nhân", "clause", lead) in found
    assert ("vi phạm giao thông", "clause", lead) in found


def test_list_items_after_a_lead_in_line_inherit_it():
    text = (
        "Điều 5.2.LQ.19. Những việc viên chức không được làm\n"
        "Viên chức không được làm những việc sau đây:\n"
        "1. Trốn tránh trách nhiệm, thoái thác công việc;\n"
        "2. Lợi dụng hoạt động nghề nghiệp để tuyên truyền;\n"
        "a) Không được uống rượu;\n"
        "3. Phân biệt đối xử dân tộc."
    )
    found = clauses(text)
    lead = "Viên chức không được làm những việc sau đây"
    assert (lead, "lead_in", None) in found
    assert ("1. Trốn tránh trách nhiệm, thoái thác công việc", "clause", lead) in found
    assert ("3. Phân biệt đối xử dân tộc.", "clause", lead) in found
    # "a)" sits under item 2, whose line does not end with ":": no lead-in.
    assert ("a) Không được uống rượu", "clause", None) in found


def test_separators_inside_brackets_or_quotes_do_not_split():
    found = clauses('Cán bộ (kể cả hợp đồng; thời vụ) phải "đúng giờ; đúng chỗ" khi làm việc.')
    assert len(found) == 1


def test_colon_in_numbers_and_short_labels_is_not_a_lead_in():
    assert [c[1] for c in clauses("Họp lúc 10:30 tại hội trường.")] == ["clause"]
    assert [c[1] for c in clauses("Số: 05-CT/TU")] == ["clause"]


def test_place_before_a_headline_is_not_a_lead_in(seed_text):
    first = segment(seed_text).clauses[0]
    assert first.text == "Bắc Ninh: Tăng cường kỷ luật, kỷ cương hành chính, văn hóa công sở"
    assert first.kind == "clause"

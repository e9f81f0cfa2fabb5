"""One test per failure pattern of issue 12 (real portal layouts), each on the rule that fixes it."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from sitegen.config import Config
from sitegen.errors import Problems
from sitegen.importer import import_text
from sitegen.importer.dates import find_meeting_date, meeting_period, notice_day, parse_dateline, parse_header_row
from sitegen.importer.fields import (
    byline,
    byline_with_org,
    deputies_meeting_voters,
    dialogue_holders,
    directs,
    holds_session_or_congress,
    meeting,
    people,
    people_by_title,
    prepared_meetings,
    signature,
    signed_over_masthead,
    source_name,
    speakers_by_title_only,
)
from sitegen.importer.furniture import (
    is_alt_text,
    is_bar,
    is_code_remnant,
    is_contact_row,
    is_doubled_label,
    is_image_name,
    is_pager_link,
    is_placeholder,
    is_related_heading,
    is_tags_after_heading,
    is_tags_heading,
    is_unmarked_copy,
    is_utility,
    is_widget,
    marked_words,
)
from sitegen.importer.layouts import is_section_label, lead_not_title
from sitegen.importer.parse import is_caption, is_salutation, stand_in_title
from sitegen.importer.places import Place, is_unit_name, named_places, resolve

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def record(text: str):
    return import_text(text, Config())


# 1. Invented places: a person's name after "Tỉnh ủy" / "thành phố" is no unit.
@pytest.mark.parametrize(
    "text",
    [
        "Phát biểu tại hội nghị, Trưởng Ban Dân vận Tỉnh ủy Nguyễn Thị Phong Vũ phát biểu",
        "Chủ tịch UBND thành phố Nguyễn Văn Cừ kết luận hội nghị",
    ],
)
def test_a_persons_name_is_never_a_place(text: str) -> None:
    assert named_places(text) == []


def test_a_unit_is_kept_and_the_person_after_it_cut_off() -> None:
    assert [p.title for p in named_places("Chủ tịch UBND xã Hưng Hà Vũ Kim Thành phát biểu")] == ["Xã Hưng Hà"]


def test_only_units_of_the_register_become_localities() -> None:
    r = record("Huyện ủy Phú Tân tổng kết\nSáng 26-7, Huyện ủy Phú Tân (Cà Mau) tổ chức hội nghị tổng kết.\n")
    assert r.locality == ["Tỉnh Cà Mau", "Huyện Phú Tân"]
    assert named_places("Đảng ủy xã Hưng Thịnh Vượng tổ chức") == []  # no such commune


def test_an_ambiguous_name_is_reported_with_its_candidates() -> None:
    r = record("Huyện ủy Châu Thành giao ban\nSáng ngày 09/10/2024, Huyện ủy Châu Thành tổ chức giao ban.\n")
    assert r.locality == []
    [note] = [n for n in r.notes if "ambiguous" in n]
    assert "Tỉnh Long An › Huyện Châu Thành" in note and "Tỉnh Bến Tre › Huyện Châu Thành" in note


def test_tphcm_and_provinces_in_brackets() -> None:
    assert [p.title for p in named_places("Thành đoàn TPHCM tổ chức")] == ["Thành phố Hồ Chí Minh"]
    titles = [p.title for p in named_places("Ngày 14/12, tại Nha Trang (Khánh Hòa), Hội nghị")]
    assert "Tỉnh Khánh Hòa" in titles and "Thành phố Nha Trang" in titles
    assert is_unit_name("Đăk Song") and is_unit_name("Đắk Song")


# 2. Date lines kept: alone on a line, or in a header row with a category.
@pytest.mark.parametrize(
    "line, expected",
    [
        ("2025-04-22 10:27:00", datetime(2025, 4, 22, 10, 27, tzinfo=TZ)),
        ("29/06/2020", date(2020, 6, 29)),
        ("Ngày đăng: 27 tháng 6 năm 2024", date(2024, 6, 27)),
        ("07 / 12 / 2019 - 12:41 PM", datetime(2019, 12, 7, 12, 41, tzinfo=TZ)),
        ("Thứ Sáu, 15/03/2024 | 16:42", datetime(2024, 3, 15, 16, 42, tzinfo=TZ)),
    ],
)
def test_a_date_alone_on_its_line_is_a_date_not_furniture(line: str, expected) -> None:
    assert not is_bar(line)
    assert parse_dateline(line, TZ) == expected


def test_a_header_row_gives_the_date_and_is_not_the_title() -> None:
    assert parse_header_row("Tin Chính trị - Xã hội\t25/07/2020".replace("\t", " "), TZ) == (
        date(2020, 7, 25),
        "Tin Chính trị - Xã hội",
    )
    r = record("Tin tức\nTin Chính trị - Xã hội 25/07/2020\nHội nghị giao ban quý II\nNội dung bài viết ở đây.\n")
    assert r.title == "Hội nghị giao ban quý II" and r.date == date(2020, 7, 25)


# 3. Dates from history are never the meeting's (nor the article's).
@pytest.mark.parametrize(
    "text",
    [
        "Nhân kỷ niệm 73 năm ngày Thương binh liệt sĩ (27/7/1947 - 27/7/2020), Huyện ủy tổ chức gặp mặt",
        "Thực hiện Nghị quyết số 47 ngày 13/12/2023 của HĐND tỉnh, các đại biểu thảo luận",
        "Luật Thủy sản (có hiệu lực từ ngày 1/1/2019) được triển khai",
        "Đồng chí sinh ngày 19/5/1890 tại Nghệ An",
    ],
)
def test_a_date_of_history_is_not_the_meetings(text: str) -> None:
    assert find_meeting_date(text, None) is None


def test_the_meeting_sentence_gives_the_meeting_date() -> None:
    text = "Nhân kỷ niệm (27/7/1947 - 27/7/2020), sáng 24/7, Huyện ủy tổ chức gặp mặt"
    assert find_meeting_date(text, date(2020, 7, 25)) == (date(2020, 7, 24), True)
    assert find_meeting_date("Sau Đại hội, ngày 06/12/19, Hội họp", date(2019, 12, 7)) == (date(2019, 12, 6), False)


def test_a_meeting_over_two_days_is_dated_by_its_first() -> None:
    assert find_meeting_date("Đại hội diễn ra trong 2 ngày 21 và 22/6/2018.", date(2018, 6, 23)) == (
        date(2018, 6, 21),
        False,
    )
    assert find_meeting_date("Trong hai ngày 21-22/6, Đại hội họp.", date(2018, 6, 23)) == (date(2018, 6, 21), True)
    assert find_meeting_date("Sáng ngày 20-11-2023, Hội nghị họp.", date(2023, 11, 21)) == (date(2023, 11, 20), False)


def test_without_publication_date_the_year_of_the_title_is_a_flagged_guess() -> None:
    r = record(
        "TPHCM công bố kết quả Tổng điều tra năm 2019\nSáng 11/10, tại UBND TPHCM, Ban chỉ đạo tổ chức hội nghị.\n"
    )
    assert r.event_date == date(2019, 10, 11) and r.found["event_date"].sure is False


def test_without_publication_date_or_title_year_the_sentence_gives_the_year_as_a_guess() -> None:
    r = record("Đại hội Hội Nông dân huyện lần thứ XII\nSáng 31/5, Đại hội nhiệm kỳ 2023 - 2028 khai mạc.\n")
    assert r.event_date == date(2023, 5, 31) and r.found["event_date"].sure is False
    assert find_meeting_date("Sáng 28/12, HĐND xã họp về năm 2022 và năm 2023.", None) == (date(2022, 12, 28), True)
    assert find_meeting_date("Sáng 28/12, HĐND xã họp. Năm 2022 có nhiều khó khăn.", None) is None


def test_a_lead_without_its_full_stop_is_not_a_caption() -> None:
    r = record(
        "Tin tức\nTPHCM công bố kết quả Tổng điều tra dân số năm 2019\n"
        "Sáng 11/10, tại UBND TPHCM, Ban chỉ đạo Tổng điều tra đã tổ chức Hội nghị Tổng kết\n"
        "Tham dự Hội nghị có lãnh đạo các sở, ngành.\n"
    )
    assert [b.kind for b in r.blocks][:1] == ["paragraph"] and r.event_date == date(2019, 10, 11)


# 4. Section labels and menus above the title are not the title.
def test_a_section_label_is_not_the_title() -> None:
    r = record(
        "TIN TỨC MỚI\nHội thảo khoa học cấp bộ về liên kết vùng đồng bằng\n"
        "Ngày 27/10/2023, Học viện tổ chức hội thảo.\n"
    )
    assert r.title.startswith("Hội thảo khoa học") and r.date == date(2023, 10, 27)


# 5. People however they are introduced.
@pytest.mark.parametrize(
    "text, name",
    [
        ("Chủ tịch UBND tỉnh Phạm Anh Tuấn trình bày tờ trình.", "Phạm Anh Tuấn"),
        ("Phát biểu khai mạc, Bí thư Tỉnh ủy Hồ Quốc Dũng nhấn mạnh vai trò của HĐND.", "Hồ Quốc Dũng"),
        ("Ông Nguyễn Văn Công, PGĐ Sở NN-PTNT đề xuất Bộ hỗ trợ.", "Nguyễn Văn Công"),
        ("Bà Thạch Thị Dân chia sẻ kinh nghiệm.", "Thạch Thị Dân"),
        ("Nguyễn Văn An – Phó Bí thư Thường trực Huyện ủy phát biểu kết luận.", "Nguyễn Văn An"),
        ("Phó Tổng thư ký Hội, PGS. TS Nguyễn Lân Trung báo cáo về các hoạt động", "Nguyễn Lân Trung"),
    ],
)
def test_people_after_a_title_honorific_or_before_their_title(text: str, name: str) -> None:
    assert (name, True) in people_by_title(text, is_unit_name)


def test_guests_places_and_letters_are_not_speakers() -> None:
    guests = "Tham dự có ông Phùng Đức Tiến, Thứ trưởng Bộ NN&PTNT; ông Nguyễn Việt Thắng, Chủ tịch Hội."
    assert all(not spoke for _, spoke in people_by_title(guests, is_unit_name))
    assert people_by_title("Bí thư Tỉnh ủy Hà Nam phát biểu.", is_unit_name) == []
    letter = "Tổng Bí thư Nguyễn Phú Trọng đã gửi thư chúc mừng, biểu dương ngành thủy sản."
    assert all(not spoke for _, spoke in people_by_title(letter, is_unit_name))
    assert people("trong đó đồng chí Đào Mạnh Quý là Chủ nhiệm Ủy ban Kiểm tra") == [("Đào Mạnh Quý", False)]


# 6. Captions, credits, bylines, "Theo"/"Nguồn", subheadings.
def test_sources_and_bylines_with_an_organisation() -> None:
    assert source_name("Theo Báo Nhân Dân") == "Báo Nhân Dân"
    assert source_name("Theo báo cáo của UBND huyện, năm 2024 đạt 10 chỉ tiêu") is None
    assert byline_with_org("Minh Châu – Trung tâm VH-TT&TT huyện") == ["Minh Châu"]
    assert signature("MINH PHÚC") == ["Minh Phúc"] and signature("N.Linh") == ["N.Linh"]


def test_signatures_with_the_papers_name_or_initials() -> None:
    assert signature("Xuân Thưởng – Báo Bạc Liêu Online") == ["Xuân Thưởng"]
    assert signature("Chí Linh-BBL") == ["Chí Linh"] and signature("HLam") == ["HLam"]
    assert signature("Hồng Xiêm- Quang Hiếu") == ["Hồng Xiêm", "Quang Hiếu"] and signature("Hết") is None


def test_captions_with_a_full_stop_subheadings_and_a_glued_author() -> None:
    text = (
        "Hải quan tổng kết năm 2020\n30/12/2020\n"
        "Chiều ngày 30/12, Tổng cục Hải quan tổ chức hội nghị tổng kết.\n"
        "Nhiều kết quả trong khó khăn\n"
        "Báo cáo tại hội nghị, Phó Tổng cục trưởng Nguyễn Dương Thái cho biết nhiều kết quả.\n"
        "Tổng cục trưởng Nguyễn Văn Cẩn phát biểu chỉ đạo tại hội nghị.\n"
        "Quyết tâm hoàn thành mọi nhiệm vụ\n"
        "Năm 2021 có ý nghĩa đặc biệt quan trọng đối với toàn ngành Hải quan./. Hồng Nhung\n"
    )
    r = record(text)
    kinds = {b.text: b.kind for b in r.blocks}
    assert kinds["Nhiều kết quả trong khó khăn"] == "heading"
    assert kinds["Quyết tâm hoàn thành mọi nhiệm vụ"] == "heading"
    assert kinds["Tổng cục trưởng Nguyễn Văn Cẩn phát biểu chỉ đạo tại hội nghị."] == "caption"
    assert r.authors == ["Hồng Nhung"] and r.found["author"].sure is False
    assert r.blocks[-1].text.endswith("ngành Hải quan./.")  # the sentence kept, the name moved


def test_the_sentence_that_opens_a_gallery_is_text() -> None:
    r = record(
        "Hội nghị hiệp thương lần thứ nhất\nNgày 9/1/2026, Ủy ban MTTQ xã tổ chức hội nghị hiệp thương.\n"
        "Đồng chí Lê Văn Nam chủ trì hội nghị.\n📸 Một số hình ảnh tại hội nghị.\n"
    )
    assert [b.kind for b in r.blocks if "hình ảnh" in b.text] == ["paragraph"]


# 7. Reports: the short list first, only what is missing or guessed.
def test_report_lists_only_what_needs_checking(tmp_path) -> None:
    from sitegen.importer import run_import

    raw = tmp_path / "a.txt"
    raw.write_text("Hội nghị giao ban\nSáng 16-6, Huyện ủy Châu Thành tổ chức giao ban.\n", encoding="utf-8")
    messages: list[str] = []
    site = tmp_path / "site"
    run_import([raw], site=site, out=None, locality=None, config=Config(), echo=messages.append, problems=Problems())
    check = messages.index("  check these:")
    assert messages[check + 1].startswith("    date: not found in the text")
    assert "is ambiguous" in messages[check + 2]
    assert sum("not found" in m for m in messages) == 2  # the date, and one line for optional fields


# Found on the larger corpus (issue 12, second pass).
def test_a_commune_of_the_2025_structure_is_a_locality() -> None:
    text = "Tiêu đề\n2026-06-16\nNgày 16/6/2026, UBND xã Phong Hải phối hợp với MTTQ xã tổ chức hội nghị."
    assert record(text).locality == ["Tỉnh Lào Cai", "Xã Phong Hải"]


def test_a_full_name_before_a_speech_verb_and_a_quoted_source_are_speakers() -> None:
    told = "Tại buổi họp mặt, nguyên Thứ trưởng Bộ Kế hoạch và Đầu tư, Đặng Huy Đông cho biết: HTX sẽ giúp bà con."
    assert people_by_title(told, is_unit_name) == [("Đặng Huy Đông", True)]
    quoted = "Theo ông Lâm Anh Tuấn, Chủ tịch UBND xã Hưng Hội: “Nguồn kinh phí còn khá lớn”."
    assert people_by_title(quoted, is_unit_name) == [("Lâm Anh Tuấn", True)]
    assert people_by_title("Ông Lâm Anh Tuấn, Chủ tịch UBND xã dự hội nghị.", is_unit_name) == [("Lâm Anh Tuấn", False)]
    assert people_by_title("Tại Hà Nội Mới cho biết: không.", is_unit_name) == []


def test_a_family_name_word_before_a_role_does_not_hide_the_role() -> None:
    chairs = "Đoàn Chủ trì Hội thảo (từ trái qua phải): PGS,TS. Đinh Ngọc Giang; TS. Phan Công Khanh"
    assert people_by_title(chairs, is_unit_name) == [("Đinh Ngọc Giang", True), ("Phan Công Khanh", True)]


def test_people_spoken_of_or_honoured_are_not_speakers() -> None:
    thanked = "Phát biểu, đồng chí Bùi Quang Hưng cảm ơn sự quan tâm của cá nhân đồng chí Trịnh Xuân Trường."
    assert people(thanked) == [("Bùi Quang Hưng", True)]
    awards = "Hội nghị biểu dương, khen thưởng các cá nhân gồm: Ông Nguyễn Văn Tâm, Phó Cục trưởng; bà Lê Thị Hoa."
    assert not [n for n, spoke in people_by_title(awards, is_unit_name) if spoke]
    listed = (
        "Các cá nhân gồm: Ông Nguyễn Văn Tâm, Phó Cục trưởng; ông Phạm Văn Tuyến, Phó Cục trưởng Cục Công nghệ "
        "thông tin; đồng chí Lê Văn Hoa, Chi cục trưởng."
    )
    assert not [n for n, spoke in people_by_title(listed, is_unit_name) + people(listed) if spoke]
    initiative = "Đồng chí Trần Văn Bình với sáng kiến cải tiến thủ tục; đồng chí Lê Văn Nam với sáng kiến số hóa."
    assert not [n for n, spoke in people(initiative) if spoke]
    presenting = "Thừa ủy quyền, đồng chí Lê Văn Nam trao Bằng khen và phát biểu chỉ đạo hội nghị."
    assert people(presenting) == [("Lê Văn Nam", True)]


def test_chairs_after_academic_titles_and_director_generals() -> None:
    chairs = "Chủ trì Hội thảo gồm các đồng chí: GS,TS. Lê Văn Lợi - Phó Giám đốc; PGS,TS. Trần Thị Hà - Viện trưởng."
    assert [n for n, spoke in people_by_title(chairs, is_unit_name) if spoke] == ["Lê Văn Lợi", "Trần Thị Hà"]
    general = "Tổng cục trưởng Nguyễn Văn Cẩn phát biểu khai mạc hội nghị."
    assert people_by_title(general, is_unit_name) == [("Nguyễn Văn Cẩn", True)]


def test_social_media_lines_writers_in_nguon_and_dates_after_a_term() -> None:
    text = (
        "Hội nghị hiệp thương\n2026-01-09\nThực hiện công tác bầu cử nhiệm kỳ 2026 – 2031, ngày 09/01/2026, "
        "Ủy ban MTTQ Việt Nam xã Phong Hải đã làm việc với Đoàn giám sát.\n"
        "Chương trình diễn ra trong không khí ấm áp và nghĩa tình. 💙\n#MTTQPhongHai #DanChuCoSo\n"
        "Nguồn: Duy Trinh - Phan Anh."
    )
    rec = record(text)
    assert rec.event_date == date(2026, 1, 9)
    assert rec.authors == ["Duy Trinh", "Phan Anh"] and rec.publisher is None
    assert not any("#MTTQPhongHai" in b.text for b in rec.blocks)
    assert [b.kind for b in rec.blocks if "nghĩa tình" in b.text] == ["paragraph"]
    assert source_name("Nguồn: Báo Bạc Liêu") == "Báo Bạc Liêu"


def test_a_ward_is_settled_by_its_city_named_with_its_level() -> None:
    rec = record(
        "Khởi công bệnh viện đa khoa\nThứ Hai, 25/06/2018, 09:25\n"
        "Ngày 24/6, Công ty cổ phần tổ chức lễ khởi công. Dự án tọa lạc tại khóm 10, phường 1, thành phố Bạc Liêu.\n"
    )
    assert rec.locality == ["Tỉnh Bạc Liêu", "Thành phố Bạc Liêu", "Phường 1"]


def test_a_province_kicker_before_the_title_is_the_locality() -> None:
    rec = record(
        "Bạc Liêu: Định hướng thành lập hợp tác xã nuôi tôm\n"
        "Sáng 22/6/2018, Chủ tịch UBND tỉnh Dương Thành Trung chủ trì buổi họp mặt.\n"
    )
    assert rec.locality == ["Tỉnh Bạc Liêu"]
    assert record("Tin tức: Hội nghị tổng kết\nNgày 2/1/2024, Hội nghị tổng kết.\n").locality == []


def test_a_unit_named_only_in_an_award_list_is_not_the_locality() -> None:
    text = (
        "Hải quan tổng kết công tác năm 2020\n"
        "Ngày 10/1/2021, Tổng cục Hải quan tổ chức hội nghị tổng kết công tác năm 2020.\n"
        "Tổng cục trưởng Nguyễn Văn Cẩn phát biểu chỉ đạo hội nghị.\n"
        "Nhân dịp này, Bộ Tài chính tặng Bằng khen cho Cục Hải quan TP Hồ Chí Minh và Cục Hải quan tỉnh Quảng Ninh."
    )
    rec = record(text)
    assert rec.locality == [] and rec.people == ["Nguyễn Văn Cẩn"]


def test_menu_lines_above_a_title_without_a_date_line() -> None:
    text = (
        "Trang chủ\nGiới thiệu\nTin tức\nLiên hệ\n"
        "Hội nghị giao ban công tác dân vận quý III năm 2024\n"
        "Sáng 14/10/2024, Ban Dân vận Huyện ủy tổ chức hội nghị giao ban công tác dân vận quý III."
    )
    assert record(text).title == "Hội nghị giao ban công tác dân vận quý III năm 2024"
    short = "Giao ban quý III\n14/10/2024\nSáng 14/10/2024, Ban Dân vận Huyện ủy tổ chức giao ban."
    assert record(short).title == "Giao ban quý III"


# Fourth pass: the patterns heldout3 and the older splits still got wrong, on sentences of our own.
def test_the_portals_header_in_capitals_is_not_the_title_and_settles_the_ward() -> None:
    text = (
        "HỘI CỰU CHIẾN BINH VIỆT NAM\n"
        "QUẬN 3 - THÀNH PHỐ HỒ CHÍ MINH\n"
        "\n"
        "Phường 1 – Hội nghị sơ kết công tác hội 6 tháng đầu năm 2022\n"
        "Ngày 5/7/2022, Hội Cựu chiến binh Phường 1 tổ chức hội nghị sơ kết 6 tháng đầu năm.\n"
    )
    rec = record(text)
    assert rec.title == "Phường 1 – Hội nghị sơ kết công tác hội 6 tháng đầu năm 2022"
    assert [d.text for d in rec.dropped][:2] == ["HỘI CỰU CHIẾN BINH VIỆT NAM", "QUẬN 3 - THÀNH PHỐ HỒ CHÍ MINH"]
    assert rec.locality == ["Thành phố Hồ Chí Minh", "Quận 3", "Phường 1"]
    assert all("QUẬN 3" not in b.text for b in rec.blocks)


def test_a_title_in_capitals_that_says_what_happened_is_still_the_title() -> None:
    text = "PHƯỜNG 2 TỔ CHỨC HỘI NGHỊ GIAO BAN QUÝ III\nNgày 3/10/2022, Ủy ban MTTQ Phường 2 tổ chức giao ban.\n"
    assert record(text).title == "PHƯỜNG 2 TỔ CHỨC HỘI NGHỊ GIAO BAN QUÝ III"


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("z5123456789012 0a1b2c3d4e5f60718293a4b5c6d7e8f9 2", True),
        ("b3", True),
        ("IMG_20230412_101500.jpg", True),
        ("2023", False),
        ("3", False),
        ("Hội nghị có 45 đại biểu dự.", False),
    ],
)
def test_image_file_names_left_by_the_paste_are_furniture(line: str, dropped: bool) -> None:
    text = (
        "Giao ban công tác Mặt trận quý II\n"
        "Ngày 4/7/2023, Ủy ban MTTQ xã Tân Lập tổ chức giao ban công tác quý II năm 2023.\n"
        f"{line}\n"
        "Các đại biểu thảo luận các nhiệm vụ trọng tâm của quý III và thống nhất lịch làm việc.\n"
    )
    rec = record(text)
    assert any(d.text == line for d in rec.dropped) is dropped
    assert any(line in b.text for b in rec.blocks) is not dropped


def test_a_cms_null_line_and_its_detail_label_are_furniture() -> None:
    text = (
        "Xuất bản thông tin\n\n"
        "null Tổng kết công tác Hội Nông dân năm 2021\n\n"
        "Chi tiết bài viết Tin tức\n\n"
        "Tổng kết công tác Hội Nông dân năm 2021\n\n"
        "Ngày 20/12/2021, Hội Nông dân xã Bình Thành tổ chức hội nghị tổng kết công tác năm 2021.\n"
    )
    rec = record(text)
    assert rec.title == "Tổng kết công tác Hội Nông dân năm 2021"
    assert [b.kind for b in rec.blocks] == ["paragraph"]


def test_an_empty_author_label_is_furniture_and_no_author() -> None:
    text = (
        "Hội nghị sơ kết Cụm thi đua\n"
        "Tác giả\n"
        "Chiều ngày 4/8/2023, Cụm thi đua số 2 tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.\n"
    )
    rec = record(text)
    assert rec.authors == [] and any(d.text == "Tác giả" for d in rec.dropped)
    assert all(b.text != "Tác giả" for b in rec.blocks)


def test_a_place_kicker_above_the_title_is_not_the_title_and_names_the_district() -> None:
    text = (
        "Tháp Mười\n"
        "Các tổ chức cơ sở đảng hoàn thành đại hội chi bộ nhiệm kỳ mới\n"
        "Cập nhật ngày: 12/05/2017 07:10:00\n"
        "Theo Ban Tổ chức Huyện ủy, 120 chi bộ trực thuộc đã hoàn thành đại hội. Đảng ủy xã Mỹ Hòa được biểu dương.\n"
    )
    rec = record(text)
    assert rec.title == "Các tổ chức cơ sở đảng hoàn thành đại hội chi bộ nhiệm kỳ mới"
    assert rec.locality == ["Tỉnh Đồng Tháp", "Huyện Tháp Mười"]
    assert (
        record("Tin mới\nThời sự trong ngày hôm nay\nNgày 2/1/2024, hội nghị họp.\n").title
        == "Thời sự trong ngày hôm nay"
    )


def test_a_related_box_asking_for_comments_ends_the_text() -> None:
    text = (
        "Hội nghị giao ban Mặt trận\n"
        "Ngày 10/2/2023, Ủy ban MTTQ phường Tân Định tổ chức giao ban, bà Trần Thị Mai báo cáo.\n"
        "GÓP Ý KIẾN\n"
        "Họ và tên\n"
    )
    rec = record(text)
    assert rec.authors == [] and all("Họ và tên" not in b.text for b in rec.blocks)


@pytest.mark.parametrize("opening", ["Sáng nay 12/6", "Chiều nay 12-6", "Hôm nay 12/6"])
def test_today_between_the_time_of_day_and_the_date(opening: str) -> None:
    text = f"{opening}, Đại hội Hội Nông dân huyện nhiệm kỳ 2023 - 2028 khai mạc."
    assert find_meeting_date(text, date(2023, 6, 13)) == (date(2023, 6, 12), True)
    assert find_meeting_date(text, None) == (date(2023, 6, 12), True)  # the sentence's first year


def test_a_vice_chair_who_presents_the_plan_spoke() -> None:
    text = "Tại hội nghị, bà Lê Thị Hồng – Phó Chủ tịch Ủy ban MTTQ phường triển khai kế hoạch năm 2023."
    assert [n for n, spoke in people_by_title(text, is_unit_name) if spoke] == ["Lê Thị Hồng"]


def test_a_caption_written_as_one_full_sentence_between_paragraphs() -> None:
    long = "Trong năm, xã đã vận động nhân dân hiến đất, góp công làm đường, nâng cấp 12 tuyến đường liên thôn, " * 2
    text = (
        "Xã Tân Phú về đích nông thôn mới\n"
        f"Ngày 3/5/2019, UBND xã Tân Phú tổ chức hội nghị sơ kết. {long}\n"
        "Tuyến đường liên thôn của xã Tân Phú được nhựa hóa.\n"
        f"{long}\n"
        "Hội nghị đã thống nhất các giải pháp.\n"
        f"{long}\n"
    )
    kinds = [(b.kind, b.text[:20]) for b in record(text).blocks]
    assert kinds[1] == ("caption", "Tuyến đường liên thô")
    assert kinds[3] == ("paragraph", "Hội nghị đã thống nh")  # a report ("đã") is a sentence


def test_a_commune_in_lower_case_in_the_title_takes_the_texts_spelling() -> None:
    text = (
        "Huyện Tháp Mười: công nhận xã Mỹ hòa đạt chuẩn nông thôn mới\n"
        "Chiều 12/3/2019, UBND huyện Tháp Mười tổ chức lễ công nhận xã Mỹ Hòa đạt chuẩn nông thôn mới.\n"
    )
    assert record(text).locality == ["Tỉnh Đồng Tháp", "Huyện Tháp Mười", "Xã Mỹ Hòa"]


def test_a_provinces_bare_name_in_the_title_when_nothing_else_is_named() -> None:
    text = (
        "Tuổi trẻ Sóc Trăng ra quân tình nguyện hè\n"
        "Ngày 2/6/2019, các cơ sở Đoàn đồng loạt ra quân chiến dịch tình nguyện hè.\n"
    )
    rec = record(text)
    assert rec.locality == ["Tỉnh Sóc Trăng"] and rec.found["locality"].sure is False
    named = "Tuổi trẻ Sóc Trăng ra quân\nNgày 2/6/2019, Đoàn xã Long Phú tổ chức ra quân.\n"
    assert record(named).locality != ["Tỉnh Sóc Trăng"]  # a unit named with its level comes first


def test_menu_entries_above_the_title_when_the_date_row_follows_it() -> None:
    text = (
        "Chính sách xã hội\nGiảm nghèo bền vững\nViệc làm\n"
        "Hội nghị sơ kết công tác giảm nghèo 6 tháng đầu năm\n"
        "XÃ HỘI\t08:15 - 12/07/2022\n"
        "Sáng 11/7, UBND huyện tổ chức hội nghị sơ kết công tác giảm nghèo 6 tháng đầu năm 2022.\n"
    )
    rec = record(text)
    assert rec.title == "Hội nghị sơ kết công tác giảm nghèo 6 tháng đầu năm"
    assert [d.text for d in rec.dropped][:3] == ["Chính sách xã hội", "Giảm nghèo bền vững", "Việc làm"]


# Fifth pass: the patterns heldout4 got wrong, on sentences of our own.
def test_a_one_syllable_parent_is_named_with_its_marks_never_as_a_syllable_of_a_word() -> None:
    from sitegen.importer.places import _named_as_place

    assert not _named_as_place("Chũ", "Ông Lê Văn Bình, Chủ tịch UBND xã, phát biểu.")
    assert _named_as_place("Chũ", "Đoàn công tác của thị xã Chũ dự hội nghị.")
    assert not _named_as_place("An", "Hội nghị tổ chức tại An Giang.")
    assert _named_as_place("Hòa Bình", "Bí thư Tỉnh ủy Hoà Bình phát biểu.")
    text = (
        "Hội đồng nhân dân xã Mỹ An tổ chức kỳ họp thứ nhất\n"
        "Ngày 2/7/2021, HĐND xã Mỹ An tổ chức kỳ họp thứ nhất. Chủ tịch UBND xã trình bày báo cáo.\n"
    )
    assert "Tỉnh Bắc Giang" not in record(text).locality


def test_a_commune_merged_since_stops_at_the_district_the_text_names() -> None:
    text = (
        "HĐND xã Mỹ An tổ chức kỳ họp thứ nhất\n"
        "Ngày 2/7/2021, HĐND xã Mỹ An tổ chức kỳ họp thứ nhất. Dự kỳ họp có Bí thư Huyện ủy Tháp Mười.\n"
    )
    assert record(text).locality == ["Tỉnh Đồng Tháp", "Huyện Tháp Mười"]
    other = "HĐND xã Mỹ An tổ chức kỳ họp thứ nhất\nNgày 2/7/2021, HĐND xã Mỹ An, huyện Chợ Mới tổ chức kỳ họp.\n"
    assert record(other).locality == ["Tỉnh An Giang", "Huyện Chợ Mới", "Xã Mỹ An"]


@pytest.mark.parametrize(
    "line",
    ["Skip to Content", "Xem với cỡ chữ", "content:", "Bỏ qua nội dung"],
)
def test_skip_links_and_font_labels_are_furniture(line: str) -> None:
    assert is_bar(line)


def test_a_comment_form_ends_the_text_and_the_signature_above_it_is_the_author() -> None:
    text = (
        "Hội Phụ nữ xã tổng kết năm 2024\n"
        "Ngày 20/12/2024, Hội Phụ nữ xã Tân Hòa tổ chức hội nghị tổng kết công tác Hội năm 2024.\n"
        "Hội nghị đánh giá các phong trào thi đua của chi hội trong năm.\n"
        "Thu Hà\nTrả lời\nEmail của bạn sẽ không được hiển thị công khai.\n"
    )
    rec = record(text)
    assert rec.authors == ["Thu Hà"]
    assert {d.text for d in rec.dropped} >= {"Trả lời", "Email của bạn sẽ không được hiển thị công khai."}
    tail = (
        "Giao ban tháng 3\nNgày 2/4/2024, Đảng ủy xã giao ban.\nHội nghị thống nhất lịch công tác.\n"
        "Viết bình luận\nXem thêm tin tức\n"
    )
    assert {d.text for d in record(tail).dropped} >= {"Viết bình luận", "Xem thêm tin tức"}


def test_lines_above_the_title_an_advertiser_a_skip_link_and_a_section_menu() -> None:
    advert = (
        "Công ty Cổ phần Giống cây trồng Miền Nam\n\nHội nông dân huyện tổ chức đại hội\n"
        "Ngày 3/10/2023, Hội Nông dân huyện tổ chức đại hội đại biểu lần thứ XI.\n"
    )
    assert record(advert).title == "Hội nông dân huyện tổ chức đại hội"
    menu = (
        "DANH MỤC\n\nVăn bản chỉ đạo\nCải cách hành chính\nHỏi đáp pháp luật\nLịch làm việc\nGóp ý, kiến nghị\n"
        "Thư viện ảnh\nLiên kết\n\nHội nghị sơ kết công tác Mặt trận 6 tháng đầu năm\n"
        "Ngày đăng: 05/07/2021\nNgày 2/7/2021, Ủy ban MTTQ xã tổ chức hội nghị sơ kết.\n"
    )
    assert record(menu).title == "Hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm"


def test_a_view_count_after_the_date_and_time_leaves_the_date() -> None:
    text = "Giao ban quý IV\n\n15/01/2024 09:10    341\n\nSáng 12/1/2024, Đảng ủy phường tổ chức giao ban.\n"
    assert record(text).date == datetime(2024, 1, 15, 9, 10, tzinfo=TZ)


def test_a_byline_row_and_a_name_dash_date_byline() -> None:
    row = (
        "Chi bộ thôn sơ kết 6 tháng\nTác giả: Lê Văn Hùng .Ngày đăng: 03/07/2023 .Lượt xem: 1.208 lượt.\n"
        "Ngày 1/7/2023, Chi bộ thôn Phú Văn tổ chức sơ kết.\n"
    )
    rec = record(row)
    assert rec.authors == ["Lê Văn Hùng"] and rec.date == date(2023, 7, 3)
    dash = (
        "Đại hội Hội Nông dân huyện\n\nThu Trang - 09:05 12/10/2023 GMT+7\n"
        "Sáng 11/10, Hội Nông dân huyện tổ chức đại hội.\n"
    )
    rec = record(dash)
    assert rec.authors == ["Thu Trang"] and rec.date == datetime(2023, 10, 12, 9, 5, tzinfo=TZ)


def test_nguon_tin_names_the_writer() -> None:
    assert source_name("Nguồn tin: Minh Hải") == "Minh Hải"
    rec = record("Họp Thường trực HĐND\nNgày 2/6/2022, Thường trực HĐND huyện họp.\nNguồn tin: Minh Hải\n")
    assert rec.authors == ["Minh Hải"]


def test_a_day_and_month_with_a_dot_after_a_time_of_day() -> None:
    assert find_meeting_date("Sáng 14.9, Đại hội đại biểu Đảng bộ xã khai mạc.", date(2020, 9, 15)) == (
        date(2020, 9, 14),
        True,
    )
    assert find_meeting_date("Sản lượng ngày 7.850 tấn, tăng 3%.", date(2020, 9, 15)) is None


def test_a_yearless_29_february_takes_the_leap_year_of_the_term() -> None:
    text = "Chiều ngày 29/02, Thường trực HĐND xã khóa XII, nhiệm kỳ 2021 – 2026 họp phiên thường kỳ."
    assert find_meeting_date(text, None, 2021) == (date(2024, 2, 29), True)


def test_presenting_the_draft_programme_is_a_report() -> None:
    text = (
        "Tại phiên họp, đồng chí Trần Thị Lan, Phó Chủ tịch HĐND xã đã thông qua dự kiến nội dung, "
        "chương trình kỳ họp thứ 9."
    )
    assert people(text) == [("Trần Thị Lan", True)]
    assert people("Kỳ họp đã thông qua 5 nghị quyết, đồng chí Trần Thị Lan dự.") == [("Trần Thị Lan", False)]


def test_a_paragraph_that_lost_its_full_stop_is_no_caption() -> None:
    from sitegen.importer.parse import is_caption

    assert not is_caption(
        "Ngày 5 tháng 1 năm 2024, thực hiện chương trình công tác, được sự đồng ý của Đảng ủy. "
        "UBND xã tổ chức hội nghị tổng kết năm 2023"
    )
    assert not is_caption(
        "Tại hội nghị các đại biểu đã được nghe Ban Thường vụ Đảng ủy xã báo cáo tình hình thực hiện "
        "nghị quyết năm 2023 và kế hoạch lãnh đạo các nhiệm vụ trọng tâm của năm 2024"
    )
    assert is_caption("PGS. TS Lê Văn Minh, Phó Giám đốc Học viện trình bày chuyên đề")
    assert is_caption("Đồng chí Lê Văn Minh - CT. UBND xã phát biểu chỉ đạo hội nghị")


def test_a_venue_after_tp_with_a_dot_is_read() -> None:
    text = (
        "Giao ban công tác Hội Nông dân các tỉnh miền Tây\n"
        "Ngày 12-5-2022, tại TP. Long Xuyên, Trung ương Hội Nông dân Việt Nam tổ chức hội nghị giao ban.\n"
    )
    assert record(text).locality == ["Tỉnh An Giang", "Thành phố Long Xuyên"]


def test_a_tag_link_under_the_text_is_dropped() -> None:
    text = (
        "Giao ban cụm thi đua\nNgày 3/11/2022, Ủy ban MTTQ huyện Gia Lâm tổ chức giao ban cụm thi đua.\n"
        "Các xã báo cáo kết quả năm 2022.\nhuyện Gia Lâm\n"
    )
    assert "huyện Gia Lâm" in {d.text for d in record(text).dropped}


# Sixth pass: the patterns heldout5 got wrong, on sentences of our own.
def test_a_parent_is_named_only_with_its_own_level() -> None:
    from sitegen.importer.places import _named_as_place

    text = "UBND Phường 3 họp dân\nChiều ngày 2/4/2022, Ủy ban MTTQ Phường 3 tổ chức Hội nghị Nhân dân.\n"
    assert "Quận 3" not in record(text).locality  # "Phường 3" names no district "Quận 3"
    assert _named_as_place("Chũ", "Đoàn công tác của thị xã Chũ dự hội nghị.", "thị xã")
    assert not _named_as_place("Chũ", "Đoàn công tác của xã Chũ dự hội nghị.", "thị xã")
    assert _named_as_place("Tháp Mười", "Bí thư Huyện ủy Tháp Mười phát biểu.", "huyện")


def test_the_portals_clock_above_the_title_gives_way_to_the_labelled_date_under_it() -> None:
    text = (
        "Thứ 5, Ngày 12/09/2024 -\n\nHĐND huyện giám sát việc giải quyết kiến nghị cử tri\n"
        "Ngày đăng: 03/09/2024 09:20\nSáng ngày 03/9, Thường trực HĐND huyện tổ chức phiên giám sát.\n"
    )
    rec = record(text)
    assert rec.date == datetime(2024, 9, 3, 9, 20, tzinfo=TZ)
    assert "Thứ 5, Ngày 12/09/2024 -" in {d.text for d in rec.dropped}
    alone = "Thứ 5, Ngày 12/09/2024\n\nHĐND huyện giám sát\nSáng ngày 10/9, Thường trực HĐND huyện giám sát.\n"
    assert record(alone).date == date(2024, 9, 12)  # nothing labelled under the title: the line above is the date


def test_a_view_counter_with_its_number_on_the_next_line_is_furniture() -> None:
    text = (
        "Phường 2 họp dân tháng 5\nChiều ngày 20/5/2022, UBND Phường 2 tổ chức hội nghị nhân dân.\n"
        "Hội nghị ghi nhận 5 ý kiến của cử tri.\nMinh Tâm\n|\nSố lượt người xem:\n1.204\n|\n"
    )
    rec = record(text)
    assert rec.authors == ["Minh Tâm"]
    assert {"Số lượt người xem:", "1.204"} <= {d.text for d in rec.dropped}
    kept = "Tổng kết năm\nNgày 2/1/2023, xã tổng kết.\nSố hộ nghèo:\n120\n"
    assert "120" not in {d.text for d in record(kept).dropped}  # a number under another label is text


def test_the_day_a_document_was_issued_is_not_the_meetings() -> None:
    issued = "Ngày 12/3/2024, Ban Thường trực Ủy ban MTTQ huyện đã ban hành Kế hoạch số 05 về tổ chức đại hội."
    assert find_meeting_date(issued, date(2024, 4, 1)) is None
    held = "Ngày 12/3/2024, Ban Thường trực tổ chức hội nghị và ban hành kế hoạch tuyên truyền."
    assert find_meeting_date(held, date(2024, 4, 1)) == (date(2024, 3, 12), False)


def _kinds_of(text: str) -> dict[str, str]:
    return {b.text: b.kind for b in record(text).blocks}


def _kind_between(title: str, lead: str, line: str, body: str) -> str:
    """The kind of one line set alone between the lead and a paragraph of the text."""
    return _kinds_of(f"{title}\n{lead}\n\n{line}\n\n{body}\n")[line]


def test_captions_printed_twice_said_in_photo_or_glued_into_one_line() -> None:
    lead = "Ngày 5/6/2024, Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2024."
    body = "Hội nghị đã đánh giá kết quả thực hiện các phong trào thi đua và đề ra nhiệm vụ 6 tháng cuối năm."
    twice = "Ông Lê Văn Tâm, Chủ tịch Hội tặng quà hội viên tại xã Tân Phú."
    kinds = _kinds_of(f"Sơ kết công tác Hội\n{lead}\n{twice}\n{twice}\n\n{body}\n")
    assert kinds[twice] == "caption"
    in_photo = "Hội nghị điểm của xã diễn ra trong hai ngày. Trong ảnh: lãnh đạo huyện tặng hoa các ủy viên mới."
    assert _kinds_of(f"Sơ kết công tác Hội\n{lead}\n\n{in_photo}\n\n{body}\n")[in_photo] == "caption"
    glued = "Quang cảnh hội nghị.Đồng chí Lê Văn Tâm phát biểu khai mạc.Các đại biểu biểu quyết thông qua nghị quyết."
    assert _kinds_of(f"Sơ kết công tác Hội\n{lead}\n\n{body}\n\n{glued}\n")[glued] == "caption"


def test_a_guest_arriving_is_a_caption_and_a_gallerys_opening_words_are_text() -> None:
    lead = "Sáng 3/3/2023, Hội Nông dân tỉnh tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2023 - 2028."
    body = "Đại hội đã thảo luận và thông qua báo cáo chính trị, bầu Ban Chấp hành khóa mới gồm 35 đồng chí."
    guest = "Phó Bí thư Tỉnh ủy Trần Văn Minh đến dự Đại hội."
    assert _kinds_of(f"Đại hội Hội Nông dân tỉnh\n{lead}\n\n{guest}\n\n{body}\n")[guest] == "caption"
    gallery = "Một số hình ảnh tại Đại hội Hội Nông dân các huyện"
    assert _kinds_of(f"Đại hội Hội Nông dân tỉnh\n{lead}\n\n{body}\n\n{gallery}\n")[gallery] == "paragraph"


def test_people_of_captions_glued_together_take_each_captions_own_verb() -> None:
    text = (
        "Các đại biểu chào cờ.Đồng chí Lê Văn Tâm phát biểu khai mạc."
        "Các đồng chí: Phạm Thị Hoa, Phó Chủ tịch UBND huyện tặng hoa."
    )
    assert {n for n, spoke in people(text) + people_by_title(text, is_unit_name) if spoke} == {"Lê Văn Tâm"}


def test_a_bar_glued_to_the_writers_names_and_a_reporter_signing_pv() -> None:
    glued = (
        "Đại hội Công đoàn huyện\n\nMinh Anh - Thu Hà| 12/05/2023 10:20\n"
        "Sáng 12/5, Liên đoàn Lao động huyện tổ chức đại hội.\n"
    )
    rec = record(glued)
    assert rec.authors == ["Minh Anh", "Thu Hà"] and rec.date == datetime(2023, 5, 12, 10, 20, tzinfo=TZ)
    pv = "Đại hội Đảng bộ phường\nNgày 5/8/2025, Đảng bộ phường tổ chức đại hội.\nPV\nĐại hội bầu Ban Chấp hành.\n"
    assert record(pv).authors == ["PV"]
    assert record("Hội nghị\nNgày 2/3/2024, xã họp.\nPV Thu\nHội nghị kết thúc.\n").authors != ["PV"]


def test_a_rubric_with_a_colon_above_the_title_and_today_in_brackets() -> None:
    text = (
        "Thứ hai, 14/03/2022\nHội cựu chiến binh:\n\nTổng kết công tác Hội năm 2021\n\n"
        "Sáng nay (10/1), Hội Cựu chiến binh tỉnh tổ chức hội nghị tổng kết công tác Hội năm 2021.\n"
    )
    rec = record(text)
    assert rec.title == "Tổng kết công tác Hội năm 2021" and rec.event_date == date(2022, 1, 10)


def test_a_yearless_day_of_an_archived_report_takes_the_reported_year() -> None:
    text = (
        "Thứ sáu, 12/08/2022\n\nSơ kết 9 tháng\nSáng 20/10, Hội Nông dân tỉnh sơ kết công tác Hội 9 tháng năm 2018.\n"
    )
    assert record(text).event_date == date(2018, 10, 20)
    recent = "Thứ sáu, 12/08/2022\n\nSơ kết 6 tháng\nSáng 20/7, Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2022.\n"
    assert record(recent).event_date == date(2022, 7, 20)


def test_a_provinces_body_naming_its_districts_is_placed_in_the_province() -> None:
    text = (
        "Hoàn thành đại hội hội cựu chiến binh cấp huyện\n"
        "Sau đại hội điểm Hội Cựu chiến binh huyện Lục Ngạn, Hội Cựu chiến binh tỉnh tổ chức hội nghị rút kinh "
        "nghiệm. Đến nay đã có 3 huyện tổ chức thành công đại hội.\n"
    )
    assert record(text).locality == ["Tỉnh Bắc Giang"]
    own = "Đại hội Hội Cựu chiến binh huyện\nNgày 5/5/2022, Hội Cựu chiến binh huyện Lục Ngạn tổ chức đại hội.\n"
    assert record(own).locality == ["Tỉnh Bắc Giang", "Huyện Lục Ngạn"]


def test_a_pen_name_typed_in_lower_case_on_the_last_line() -> None:
    text = "Hội Chữ thập đỏ sơ kết\nNgày 20/6/2018, Hội Chữ thập đỏ tỉnh tổ chức sơ kết.\nThu hằng.\n"
    rec = record(text)
    assert rec.authors == ["Thu hằng"] and not rec.found["author"].sure
    assert record("Hội Chữ thập đỏ sơ kết\nNgày 20/6/2018, Hội tổ chức sơ kết.\nTrân trọng.\n").authors == []


def test_a_unit_whose_name_starts_with_hoi_is_a_unit() -> None:
    assert [p.title for p in named_places("UBND phường Hội Phú tổ chức hội nghị tổng kết")] == ["Phường Hội Phú"]
    assert named_places("công tác xã hội và phường hội nông dân") == []


def test_a_citys_body_that_will_hold_its_own_round_up_is_placed_in_the_city() -> None:
    text = (
        "Hội Cựu chiến binh thành phố tổng kết phong trào thi đua\n"
        "Các phường đã lần lượt tổ chức tổng kết phong trào thi đua.\n"
        "Hội nghị tổng kết của Hội Cựu chiến binh phường Cẩm Phô\n"
        "Đến cuối tháng 6, Hội Cựu chiến binh thành phố cũng sẽ tổ chức tổng kết cấp thành phố.\n"
    )
    rec = record(text)
    assert rec.organization == "Hội Cựu chiến binh thành phố"
    assert rec.locality == ["Tỉnh Quảng Nam", "Thành phố Hội An"]


def test_a_name_borne_today_beats_a_former_name_of_another_commune() -> None:
    text = "Đảng ủy xã Điện Quang sơ kết 6 tháng\nNgày 29/06/2022, Đảng ủy xã Điện Quang tổ chức hội nghị sơ kết.\n"
    rec = record(text)
    assert rec.locality == ["Tỉnh Quảng Nam", "Thị xã Điện Bàn", "Xã Điện Quang"]
    assert not rec.found["locality"].sure  # a guess: the report lists the other candidate


def test_a_ward_whose_namesakes_lie_in_a_city_and_a_town_is_settled_by_a_bare_thanh_pho() -> None:
    text = (
        "UBND phường sơ kết 6 tháng\nNgày 8/7/2022, UBND phường Minh Tân tổ chức họp sơ kết.\n"
        "Phường đã hoàn thành các chỉ tiêu kế hoạch thành phố giao.\n"
    )
    rec = record(text)
    assert rec.locality == ["Tỉnh Yên Bái", "Thành phố Yên Bái", "Phường Minh Tân"]
    assert not rec.found["locality"].sure
    silent = "UBND phường sơ kết 6 tháng\nNgày 8/7/2022, UBND phường Minh Tân tổ chức họp sơ kết.\n"
    assert record(silent).locality == []


# Seventh pass: heldout6's failure patterns, each on sentences of our own.


def test_a_contrast_switch_and_a_cms_zone_label_are_furniture() -> None:
    assert is_bar("A- A A+ | Tăng tương phản Giảm tương phản")
    assert is_bar("Page Content")
    assert not is_bar("Tăng cường đối thoại với nhân dân")


def test_a_slogan_banner_above_the_title_is_no_title() -> None:
    text = (
        "NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI ĐOÀN CÁC CẤP, NHIỆM KỲ 2022 - 2027!\n\n"
        "Đoàn xã Tân Lập tổ chức đại hội nhiệm kỳ 2022-2027\n"
        "Ngày 5/5/2022, Đoàn xã Tân Lập tổ chức đại hội.\n"
    )
    assert record(text).title == "Đoàn xã Tân Lập tổ chức đại hội nhiệm kỳ 2022-2027"
    title = "TIẾN TỚI ĐẠI HỘI ĐẢNG BỘ XÃ TÂN LẬP LẦN THỨ I\nNgày 5/5/2025, Đảng bộ xã Tân Lập họp.\n"
    assert record(title).title == "TIẾN TỚI ĐẠI HỘI ĐẢNG BỘ XÃ TÂN LẬP LẦN THỨ I"


def test_the_portals_name_in_mixed_case_and_a_section_label_are_no_title() -> None:
    text = (
        "Trang thông tin điện tử xã Yên Bình\n\nTin hoạt động\n\n"
        "Xã Yên Bình tổ chức hội nghị giao ban quý I\n"
        "Ngày 5/4/2023, UBND xã Yên Bình tổ chức giao ban.\n"
    )
    assert record(text).title == "Xã Yên Bình tổ chức hội nghị giao ban quý I"


def test_an_image_file_name_typed_with_spaces_is_dropped() -> None:
    text = (
        "Xã Yên Bình giao ban quý I\nNgày 5/4/2023, UBND xã Yên Bình tổ chức giao ban.\n\nanh giao ban quy 1.jpg\n\n"
        "Các thôn báo cáo kết quả.\n"
    )
    rec = record(text)
    assert "anh giao ban quy 1.jpg" not in "\n".join(b.text for b in rec.blocks)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thứ hai - 14/03/2022 08:151532", datetime(2022, 3, 14, 8, 15, tzinfo=TZ)),  # the counter glued to the time
        ("Publish date 05/06/2019 | 09:30 | View count: 87", datetime(2019, 6, 5, 9, 30, tzinfo=TZ)),
        ("Posted on 12/03/2021", date(2021, 3, 12)),
    ],
)
def test_date_lines_with_a_glued_counter_or_english_labels(line: str, expected) -> None:
    text = f"UBND xã Yên Bình giao ban quý I\n{line}\nSáng 4/3, UBND xã Yên Bình tổ chức giao ban.\n"
    assert record(text).date == expected


def test_the_title_printed_again_with_its_date_gives_the_date() -> None:
    title = "Phường Tân An tổ chức hội nghị đối thoại năm 2021"
    text = f"{title}\n{title} (15/09/2021)\nSáng 14/9, UBND phường Tân An tổ chức đối thoại.\n"
    rec = record(text)
    assert rec.title == title and rec.date == date(2021, 9, 15)


def test_a_yearless_day_takes_the_reported_year_not_the_terms() -> None:
    text = "Chiều 12/7, Ủy ban MTTQ huyện khóa XV nhiệm kỳ 2019- 2024 sơ kết 6 tháng đầu năm 2022."
    assert find_meeting_date(text, None) == (date(2022, 7, 12), True)
    ends = "Ngày 20/7, HĐND xã họp để đề ra nhiệm vụ 6 tháng cuối năm 2021."  # the year ends the sentence
    assert find_meeting_date(ends, None) == (date(2021, 7, 20), True)
    term = "Sáng nay 31/5, Đại hội Hội Nông dân huyện nhiệm kỳ 2023 - 2028 khai mạc."
    assert find_meeting_date(term, None) == (date(2023, 5, 31), True)


def test_announcing_the_situation_is_a_report() -> None:
    text = "Tại hội nghị, đồng chí Lê Văn Bình, PCT UBND huyện thông báo tình hình kinh tế - xã hội 6 tháng."
    assert people(text) == [("Lê Văn Bình", True)]
    assert people("Đồng chí Lê Văn Bình ký Thông báo số 12 về lịch tiếp dân.") == [("Lê Văn Bình", False)]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a meeting that prepares another one: the type is the other one's
        (
            "Ban chỉ đạo họp triển khai kế hoạch hội nghị tổng kết phong trào",
            "Ngày 3/3/2020, Ban chỉ đạo họp triển khai tổng kết phong trào, tiến tới hội nghị tổng kết cấp huyện.",
            None,
        ),
        # what a congress did is not a meeting of its own
        (
            "Đoàn xã Tân Lập tổ chức đại hội nhiệm kỳ 2022-2027",
            "Ngày 5/5/2022, Đoàn xã Tân Lập tổ chức đại hội. Tại Đại hội đã đánh giá, tổng kết kết quả nhiệm kỳ.",
            None,
        ),
        ("Hội Nông dân xã tổng kết năm 2022", "Ngày 7/12/2022, Hội Nông dân xã tổ chức hội nghị tổng kết.", "tổng kết"),
    ],
)
def test_the_meeting_type_is_this_meetings(title: str, body: str, expected: str | None) -> None:
    assert record(f"{title}\n{body}\n").meeting == expected


def test_a_performances_caption_is_a_caption() -> None:
    text = (
        "Đại hội Đảng bộ xã Tân Lập\nNgày 5/5/2025, Đảng bộ xã Tân Lập tổ chức đại hội lần thứ I, nhiệm kỳ "
        "2025-2030 với 120 đại biểu.\n\nTiết mục văn nghệ chào mừng Đại hội\n\nĐại hội đã bầu Ban Chấp hành "
        "gồm 15 đồng chí và bầu đoàn đại biểu dự Đại hội cấp trên.\n"
    )
    assert [b.text for b in record(text).blocks if b.kind == "caption"] == ["Tiết mục văn nghệ chào mừng Đại hội"]


def test_the_portals_footer_under_the_signature_is_dropped() -> None:
    text = (
        "UBND xã Tân Lập giao ban tháng 3\nNgày 2/4/2023, UBND xã Tân Lập tổ chức giao ban.\n"
        "Các thôn báo cáo kết quả tháng 3.\n\nMinh Anh\n\nTanlap.gov.vn\nTân Lập quê hương tôi\n"
    )
    rec = record(text)
    assert rec.authors == ["Minh Anh"]
    assert "Tanlap.gov.vn" not in "\n".join(b.text for b in rec.blocks)
    # an address inside a sentence of the text stays
    kept = "UBND xã Tân Lập giao ban\nNgày 2/4/2023, xã giao ban.\nXem chi tiết trên trang Tanlap.gov.vn.\n"
    assert "Tanlap.gov.vn" in "\n".join(b.text for b in record(kept).blocks)


def test_a_yearless_day_with_no_year_in_its_sentence_takes_the_terms_first_year() -> None:
    text = (
        "Đại hội Hội Nông dân xã Tân Lập\n"
        "Ngày 15-3, Hội Nông dân xã Tân Lập tổ chức Đại hội đại biểu lần thứ IX.\n"
        "Nhiệm kỳ 2023-2028, Hội phấn đấu kết nạp 50 hội viên mới.\n"
    )
    rec = record(text)
    assert rec.event_date == date(2023, 3, 15) and not rec.found["event_date"].sure


def test_an_organiser_with_its_district_in_brackets_is_the_organiser() -> None:
    text = (
        "Đại hội Hội Nông dân xã\n"
        "Ngày 12-1-2018, Hội Nông dân xã Hoà Bình (Đồng Hỷ) tổ chức Đại hội đại biểu lần thứ X.\n"
        "Sau đại hội, Hội Nông dân huyện Đồng Hỷ đã tổ chức rút kinh nghiệm.\n"
    )
    rec = record(text)
    assert rec.organization == "Hội Nông dân xã Hoà Bình"
    assert rec.locality == ["Tỉnh Thái Nguyên", "Huyện Đồng Hỷ", "Xã Hòa Bình"]


def test_a_text_naming_no_place_takes_the_unit_its_footers_address_names() -> None:
    text = (
        "Chuẩn bị kỳ họp HĐND huyện\nSáng ngày 3 tháng 6 năm 2021, Thường trực HĐND huyện họp chuẩn bị kỳ họp.\n"
        "Minh Anh\n\nDoluong.gov.vn\nĐô Lương quê hương\n"
    )
    rec = record(text)
    assert rec.locality == ["Tỉnh Nghệ An", "Huyện Đô Lương"] and not rec.found["locality"].sure
    # "phuninh" is Phú Ninh (Quảng Nam) and Phù Ninh (Phú Thọ): the footer's words with marks settle it
    both = text.replace("Doluong.gov.vn\nĐô Lương quê hương", "Phuninh.gov.vn\nPhú Ninh Đất và Người")
    assert record(both).locality == ["Tỉnh Quảng Nam", "Huyện Phú Ninh"]
    bare = both.replace("Phú Ninh Đất và Người", "Trang tin điện tử")
    assert record(bare).locality == []


def test_a_ward_merged_since_stops_at_the_district_the_text_names() -> None:
    text = (
        "Phường 6 giao ban công tác Mặt trận\nNgày 10/3/2022, Ủy ban MTTQ Phường 6 tổ chức giao ban.\n"
        "Dự có đại diện Ủy ban MTTQ Quận 5.\n"
    )
    rec = record(text)
    assert rec.locality == ["Thành phố Hồ Chí Minh", "Quận 5"] and not rec.found["locality"].sure


def test_a_town_merged_into_a_city_since_stops_at_its_province() -> None:
    text = "Bế mạc kỳ họp HĐND thị xã\nSáng 11/7/2023, kỳ họp thứ 10 HĐND Thị xã Cửa Lò khóa VI bế mạc.\n"
    assert record(text).locality == ["Tỉnh Nghệ An"]
    assert [p.title for p in named_places("HĐND Thị xã Cửa Lò")] == ["Tỉnh Nghệ An"]


# Eighth pass: heldout7's failure patterns, each on sentences of our own.


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ngày đăng bài: 14/03/2022 | Tác giả: Minh Anh", date(2022, 3, 14)),
        ("Ngày đăng tin: 14/03/2022 08:15", datetime(2022, 3, 14, 8, 15, tzinfo=TZ)),
        ("Ngày gửi bài: 14/03/2022", date(2022, 3, 14)),
    ],
)
def test_date_rows_labelled_with_bai_or_tin(line: str, expected) -> None:
    text = f"UBND xã Yên Bình giao ban quý I\n{line}\nSáng 4/3, UBND xã Yên Bình tổ chức giao ban.\n"
    rec = record(text)
    assert rec.date == expected
    assert rec.authors == (["Minh Anh"] if "Tác giả" in line else [])


def test_a_sidebar_above_the_title_is_furniture_and_a_labelled_date_beats_the_clock() -> None:
    text = (
        "Thứ tư, ngày 14 tháng 02 năm 2024\nThống kê truy cập\nBạn đánh giá thế nào về chất lượng dịch vụ công?\n"
        "Đang truy cập:\n\nHôm nay: 125\n\nTháng này: 3.402\n\nTất cả:\n\nCập nhật lúc: 02/02/2024\n\n"
        "Hội Nông dân xã Tân Lập tổng kết công tác hội năm 2023\n\n"
        "Chiều ngày 30/1, Hội Nông dân xã Tân Lập tổ chức hội nghị tổng kết công tác hội năm 2023.\n"
    )
    rec = record(text)
    assert rec.title == "Hội Nông dân xã Tân Lập tổng kết công tác hội năm 2023"
    assert rec.date == date(2024, 2, 2) and rec.event_date == date(2024, 1, 30)
    assert len(rec.blocks) == 1
    # a sentence that opens with the same words is kept
    kept = "Xã Tân Lập giao ban\nNgày 2/4/2023, UBND xã giao ban.\nHôm nay: các thôn báo cáo kết quả tháng 3.\n"
    assert "Hôm nay: các thôn báo cáo kết quả tháng 3." in [b.text for b in record(kept).blocks]


def test_the_publishing_bodys_name_in_mixed_case_and_the_bare_address_above_the_title() -> None:
    text = (
        "TRANG THÔNG TIN ĐIỆN TỬ\n\nỦy ban nhân dân huyện Đông Anh\n\ndonganh.hanoi.gov.vn\n\n"
        "Xã Tàm Xá tổ chức hội nghị giao ban quý I\n\nNgày 5/4/2023, UBND xã Tàm Xá tổ chức giao ban.\n"
    )
    rec = record(text)
    assert rec.title == "Xã Tàm Xá tổ chức hội nghị giao ban quý I"
    assert [b.text for b in rec.blocks] == ["Ngày 5/4/2023, UBND xã Tàm Xá tổ chức giao ban."]
    # an organ's name in mixed case with no header line around it is still the title
    alone = "Ủy ban nhân dân huyện Đông Anh\n\nNgày 5/4/2023, UBND huyện Đông Anh họp.\n"
    assert record(alone).title == "Ủy ban nhân dân huyện Đông Anh"


def test_a_unit_in_a_title_in_capitals_is_read() -> None:
    text = "HỘI NGHỊ TIẾP XÚC CỬ TRI SAU KỲ HỌP THỨ BẢY - HĐND PHƯỜNG TÀM XÁ\n\nNgày 5/4/2023, HĐND phường tổ chức.\n"
    # Tàm Xá is a commune, not a ward: nothing is read, nothing invented
    assert record(text).locality == []
    text = "HỘI NGHỊ GIAO BAN QUÝ I - UBND XÃ TÀM XÁ\n\nNgày 5/4/2023, UBND xã tổ chức giao ban.\n"
    assert record(text).locality == ["Thành phố Hà Nội", "Huyện Đông Anh", "Xã Tàm Xá"]
    society = "HỘI NGHỊ BÀN GIẢI PHÁP PHÁT TRIỂN KINH TẾ - XÃ HỘI AN NINH\n\nNgày 5/4/2023, UBND họp.\n"
    assert record(society).locality == []


def test_two_days_in_brackets_give_the_first() -> None:
    text = "Trong 02 ngày (21 - 22/6), Hội Cựu chiến binh huyện tổ chức Đại hội đại biểu, nhiệm kỳ 2022 – 2027."
    assert find_meeting_date(text, None) == (date(2022, 6, 21), True)


def test_a_period_of_several_meetings_has_no_one_day() -> None:
    head = "HĐND phường tiếp xúc cử tri\n\n"
    opening = "Từ ngày 03/04/2023 đến ngày 05/04/2023, HĐND phường Tân Lập tổ chức tiếp xúc cử tri.\n\n"
    groups = "Tổ 1 tiếp xúc cử tri vào 19 giờ ngày 04/04/2023 tại nhà văn hóa khu phố 2.\n"
    rec = record(head + opening + groups)
    assert rec.event_date is None and rec.date is None
    # the same period with no day of its own inside: one meeting over three days, its first day
    rec = record(head + opening + "Cử tri nêu 25 ý kiến.\n")
    assert rec.event_date == date(2023, 4, 3) and not rec.found["event_date"].sure
    # a campaign's months are no meeting's period
    campaign = "Từ ngày 1/6 đến ngày 30/8/2023, Hội Nông dân tổ chức tuyên truyền. Ngày 5/9/2023, Hội tổ chức sơ kết.\n"
    assert record(head + campaign).event_date == date(2023, 9, 5)


def test_a_page_with_no_date_is_placed_in_the_structure_of_the_days_it_names() -> None:
    text = (
        "HĐND phường Tân Phú tiếp xúc cử tri\n\nCác tổ đại biểu HĐND phường Tân Phú, thành phố Hồ Chí Minh tiếp xúc "
        "cử tri.\n\nCác ý kiến được tổng hợp gửi UBND phường trước ngày 15/01/2026.\n"
    )
    rec = record(text)
    assert rec.date is None and rec.locality == ["Thành phố Hồ Chí Minh", "Phường Tân Phú"]


def test_a_full_date_that_ends_its_sentence_is_read() -> None:
    assert find_meeting_date("Hội nghị giao ban diễn ra vào ngày 08/01/2026.", None) == (date(2026, 1, 8), False)
    assert find_meeting_date("Sáng 7.8.2020. UBND xã họp", None) == (date(2020, 8, 7), False)


def test_a_yearless_day_takes_the_one_year_the_text_names_later() -> None:
    text = (
        "Xã Tân Lập đối thoại với nhân dân\n\nSáng ngày 22/9, UBND xã Tân Lập tổ chức hội nghị đối thoại.\n\n"
        "Lãnh đạo xã báo cáo nhiệm vụ các tháng còn lại của năm 2023.\n"
    )
    rec = record(text)
    assert rec.event_date == date(2023, 9, 22) and not rec.found["event_date"].sure
    # two years named, not one after the other: the text does not settle it, no day is written
    both = text.replace("của năm 2023.", "của năm 2023 và so với năm 2020.")
    assert record(both).event_date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Hà Văn Lâm Bí thư Đảng ủy, Chủ tịch HĐND xã phát biểu tại hội nghị", [("Hà Văn Lâm", True)]),
        ("Bà Lê Thị Hoa Phó Chủ tịch UBND xã trình bày báo cáo", [("Lê Thị Hoa", True)]),
        ("Ông Nguyễn Văn Trưởng phát biểu ý kiến", [("Nguyễn Văn Trưởng", True)]),  # a given name, no title
        ("Ông Lê Văn Phó phát biểu ý kiến", [("Lê Văn Phó", True)]),
        ("Sau đó, ông Lê Văn Cường Phó chủ tịch UBND xã đã giải đáp các ý kiến", [("Lê Văn Cường", True)]),
    ],
)
def test_a_name_followed_by_its_title_without_punctuation(text: str, expected) -> None:
    assert people_by_title(text, is_unit_name) == expected


def test_a_type_named_as_one_item_of_a_list_of_activities_is_not_the_meeting() -> None:
    title = "Đại hội Hội Nông dân xã Tân Lập lần thứ X"
    body = (
        "Ngày 5/5/2023, Hội Nông dân xã Tân Lập tổ chức Đại hội. Nhiệm kỳ qua, Hội phối hợp mở các lớp dạy nghề, "
        "tập huấn kỹ thuật chăn nuôi, hội thảo đầu bờ cho hội viên."
    )
    assert record(f"{title}\n{body}\n").meeting is None
    held = "Ngày 5/5/2023, Hội Nông dân xã Tân Lập tổ chức tập huấn kỹ thuật chăn nuôi, trồng trọt cho hội viên."
    assert record(f"Hội Nông dân xã Tân Lập\n{held}\n").meeting == "tập huấn"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thứ bảy, 16/3/2024 - 08:15", datetime(2024, 3, 16, 8, 15, tzinfo=TZ)),  # "bảy", not "ba"
        ("Chủ nhật, 17/03/2024 08:00 (GMT+07:00)", datetime(2024, 3, 17, 8, 0, tzinfo=TZ)),  # the zone is no time
    ],
)
def test_date_lines_with_saturday_or_a_zones_offset(line: str, expected) -> None:
    assert parse_dateline(line, TZ) == expected


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Tác giả: Minh Anh - Trung tâm VHTT huyện", ["Minh Anh"]),  # the writer's organisation is no writer
        ("Tác giả: Minh Anh | Nguồn: Trung tâm VHTT huyện", ["Minh Anh"]),  # the row's next label
        ("Tin: CTV Minh Anh", ["Minh Anh"]),
        ("Biên tập viên: Hoàng Lan", ["Hoàng Lan"]),
        ("Đăng bởi: admin", []),  # who posted it on the portal
        ("Người đăng: Quản trị viên", []),
    ],
)
def test_labelled_bylines_give_the_writer_only(line: str, authors: list[str]) -> None:
    head = "UBND xã Tân Lập giao ban tháng 3\nNgày 2/4/2023, UBND xã Tân Lập tổ chức giao ban.\n"
    text = f"{head}Các thôn báo cáo.\n\n{line}\n"
    rec = record(text)
    assert rec.authors == authors
    assert [b.text for b in rec.blocks] == ["Ngày 2/4/2023, UBND xã Tân Lập tổ chức giao ban.", "Các thôn báo cáo."]


def test_a_portals_utility_bar_welcome_banner_and_labelled_footer_are_furniture() -> None:
    text = (
        "Đăng nhập\nTìm kiếm\nEnglish\nHotline: 0912 345 678\nSơ đồ cổng\nRSS\n"
        "Chào mừng bạn đến với Cổng thông tin điện tử xã Tân Lập\n\n"
        "Xã Tân Lập tổ chức hội nghị giao ban quý I\n\n12/04/2023 08:15\n\n"
        "Ngày 10/4/2023, UBND xã Tân Lập tổ chức hội nghị giao ban quý I.\n\nCác thôn báo cáo kết quả.\n\n"
        "Minh Anh\n\nBản quyền thuộc về UBND xã Tân Lập\nĐịa chỉ: Thôn 1, xã Tân Lập\nĐiện thoại: 0211 3812 345\n"
        "Email: tanlap@gmail.com\nChịu trách nhiệm chính: Nguyễn Văn A - Chủ tịch UBND xã\n"
    )
    rec = record(text)
    assert rec.title == "Xã Tân Lập tổ chức hội nghị giao ban quý I"
    assert rec.authors == ["Minh Anh"]
    assert [b.text for b in rec.blocks] == [
        "Ngày 10/4/2023, UBND xã Tân Lập tổ chức hội nghị giao ban quý I.",
        "Các thôn báo cáo kết quả.",
    ]
    # a sentence of the text that gives an address is kept
    kept = "Xã Tân Lập giao ban\nNgày 2/4/2023, UBND xã giao ban.\nĐịa chỉ tiếp nhận ý kiến đã được công khai.\n"
    assert len(record(kept).blocks) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sáng thứ Hai (12/6), UBND xã Tân Lập tổ chức giao ban.", date(2023, 6, 12)),
        ("Sáng thứ Bảy 10/6, UBND xã Tân Lập tổ chức giao ban.", date(2023, 6, 10)),
        ("Chiều Chủ nhật (11/6), UBND xã Tân Lập tổ chức giao ban.", date(2023, 6, 11)),
        ("Hôm qua (14/6), UBND xã Tân Lập tổ chức giao ban.", date(2023, 6, 14)),
    ],
)
def test_a_weekday_or_hom_qua_before_the_day(text: str, expected: date) -> None:
    assert find_meeting_date(text, date(2023, 6, 15)) == (expected, True)


GIAO_BAN = "Ngày 10/4/2023, UBND xã Tân Lập tổ chức hội nghị giao ban quý I.\nCác thôn báo cáo kết quả.\n"


def test_a_left_column_with_a_document_list_above_the_title_is_dropped() -> None:
    text = (
        "Giới thiệu chung\nTin tức - Sự kiện\nVăn bản pháp luật\nLịch công tác\nVĂN BẢN MỚI\n"
        "Quyết định số 123/QĐ-UBND về việc ban hành quy chế\nXã Tân Lập tổ chức hội nghị giao ban quý I\n"
        "12/04/2023 08:15\n" + GIAO_BAN
    )
    rec = record(text)
    assert rec.title == "Xã Tân Lập tổ chức hội nghị giao ban quý I"
    assert len(rec.blocks) == 2
    # a title with a writer's name under it and the date after: the name is no title
    named = "Xã Tân Lập tổ chức hội nghị giao ban quý I\nMinh Anh\n12/04/2023\n" + GIAO_BAN
    rec = record(named)
    assert rec.title == "Xã Tân Lập tổ chức hội nghị giao ban quý I" and rec.authors == ["Minh Anh"]
    # a place's name there is a kicker, not a writer
    assert record(named.replace("Minh Anh", "Tân Lập")).authors == []


def test_a_section_label_above_the_date_and_the_title_is_no_title() -> None:
    text = "Tin tức sự kiện\n12/04/2023 08:15\nXã Tân Lập tổ chức hội nghị giao ban quý I\n" + GIAO_BAN
    assert record(text).title == "Xã Tân Lập tổ chức hội nghị giao ban quý I"


def test_a_sidebar_under_the_text_is_cut_but_its_words_above_the_title_are_menu_entries() -> None:
    text = (
        "Xã Tân Lập tổ chức hội nghị giao ban quý I\nNgày đăng: 12/04/2023\n" + GIAO_BAN + "Minh Anh\n"
        "VĂN BẢN MỚI\nQuyết định số 123/QĐ-UBND về việc ban hành quy chế\nLỊCH CÔNG TÁC\nTHƯ VIỆN ẢNH\n"
    )
    rec = record(text)
    assert rec.authors == ["Minh Anh"] and len(rec.blocks) == 2
    title = "Xã Tân Lập tổ chức hội nghị giao ban quý I"
    above = f"Lịch công tác\nThư viện ảnh\n{title}\nNgày đăng: 12/04/2023\n" + GIAO_BAN
    rec = record(above)
    assert rec.title == "Xã Tân Lập tổ chức hội nghị giao ban quý I" and len(rec.blocks) == 2


@pytest.mark.parametrize(
    ("sentence", "chain"),
    [
        ("UBND P.Tràng Tiền tổ chức hội nghị.", ["Thành phố Hà Nội", "Quận Hoàn Kiếm", "Phường Tràng Tiền"]),
        ("UBND P.Tân Phú, Q.7 tổ chức hội nghị.", ["Thành phố Hồ Chí Minh", "Quận 7", "Phường Tân Phú"]),
        ("Ban Thường vụ Thành đoàn Đà Nẵng tổ chức hội nghị.", ["Thành phố Đà Nẵng"]),
        ("Ban Thường vụ Huyện đoàn Mê Linh tổ chức hội nghị.", ["Thành phố Hà Nội", "Huyện Mê Linh"]),
    ],
)
def test_abbreviated_levels_and_the_youth_unions_committees_name_units(sentence: str, chain: list[str]) -> None:
    assert record(f"Hội nghị\nNgày 10/4/2023, {sentence}\n").locality == chain
    # an initial before a writer's given name is no level word
    assert named_places("Bài: P.Anh") == []


def test_a_call_to_follow_the_paper_and_a_send_bar_under_the_signature_are_furniture() -> None:
    text = (
        "Huyện Mê Linh sơ kết công tác 6 tháng đầu năm\nThứ Hai, 12/06/2023 08:15 (GMT+7)\n"
        "Sáng 11/6, Huyện ủy Mê Linh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.\n"
        "THU HÀ\nTheo dõi Báo Thủ Đô trên Google News\nIn bài viết  Gửi bài viết\n"
    )
    rec = record(text)
    assert rec.authors == ["Thu Hà"] and len(rec.blocks) == 1
    kept = "Xã Tân Lập giao ban\nNgày 2/4/2023, UBND xã giao ban.\nTheo dõi sát tình hình trên địa bàn, xã chủ động.\n"
    assert len(record(kept).blocks) == 2


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Văn phòng HĐND - UBND xã", ["Văn phòng HĐND - UBND xã"]),
        ("Hội ND xã", ["Hội ND xã"]),
        ("Ban biên tập", ["Ban biên tập"]),
        ("Văn phòng làm việc cả ngày thứ Bảy", []),  # a sentence that lost its full stop
    ],
)
def test_a_body_signing_with_a_short_name(line: str, authors: list[str]) -> None:
    head = "UBND xã Tân Lập giao ban tháng 3\nNgày 2/4/2023, UBND xã Tân Lập tổ chức giao ban.\n"
    assert record(f"{head}Các thôn báo cáo.\n\n{line}\n").authors == authors


@pytest.mark.parametrize(
    ("row", "when", "authors"),
    [
        ("12/06/2023 | Thu Hà", date(2023, 6, 12), ["Thu Hà"]),  # the name beside the date
        ("Đăng ngày: 12/06/2023 - Người viết: Thu Hà", date(2023, 6, 12), ["Thu Hà"]),
        ("Tác giả: Thu Hà - Ngày đăng: 12/06/2023", date(2023, 6, 12), ["Thu Hà"]),
        ("Ngày: 12/06/2023 Tác giả: Thu Hà", date(2023, 6, 12), ["Thu Hà"]),
        ("Người đăng: Thu Hà | Ngày đăng: 12/06/2023", date(2023, 6, 12), []),  # who posted it
        ("12/06/2023 - 08:15 | Lượt đọc: 12", datetime(2023, 6, 12, 8, 15, tzinfo=TZ), []),
        ("12/06/2023 | Tân Lập", date(2023, 6, 10), []),  # a place is no writer: the row is no byline row
    ],
)
def test_labelled_date_and_byline_rows(row: str, when, authors: list[str]) -> None:
    text = f"Xã Tân Lập tổ chức hội nghị giao ban quý I\n{row}\n" + GIAO_BAN.replace("10/4/2023", "10/6/2023")
    rec = record(text)
    assert rec.date == when and rec.authors == authors


# Ninth pass (heldout8's list): abbreviated level words, a commune named in passing, a city's
# "Thành ủy", a ward merged since.
@pytest.mark.parametrize(
    ("sentence", "chain"),
    [
        ("UBND TX Ninh Hòa tổ chức hội nghị sơ kết.", ["Tỉnh Khánh Hòa", "Thị xã Ninh Hòa"]),
        ("UBND H.Chợ Gạo tổ chức hội nghị sơ kết.", ["Tỉnh Tiền Giang", "Huyện Chợ Gạo"]),
        # "xã, phường trên địa bàn …": the lower-case words do not swallow the level word after them
        ("Các xã, phường trên địa bàn TX Ninh Hòa tổ chức hội nghị.", ["Tỉnh Khánh Hòa", "Thị xã Ninh Hòa"]),
        ("Ban Chấp hành Xã đoàn Tân Hưng Tây tổ chức hội nghị.", ["Tỉnh Cà Mau", "Huyện Phú Tân", "Xã Tân Hưng Tây"]),
    ],
)
def test_tx_and_h_abbreviate_level_words(sentence: str, chain: list[str]) -> None:
    assert record(f"Hội nghị\nNgày 10/4/2023, {sentence}\n").locality == chain


@pytest.mark.parametrize(
    ("passing", "province"),
    [("thị trấn Chợ Vàm", "Tỉnh An Giang"), ("xã Tân Hưng Tây", "Tỉnh Cà Mau")],
)
def test_a_commune_named_in_passing_settles_an_ambiguous_district(passing: str, province: str) -> None:
    text = f"Hội nghị\nNgày 10/4/2023, UBND huyện Phú Tân tổ chức hội nghị. Đoàn đã thăm {passing}.\n"
    assert record(text).locality == [province, "Huyện Phú Tân"]
    assert record("Hội nghị\nNgày 10/4/2023, UBND huyện Phú Tân tổ chức hội nghị.\n").locality == []


def test_a_thanh_uy_or_tinh_uy_settles_a_2025_commune() -> None:
    said = "Ngày 10/10/2025, Đảng ủy xã Gia Lâm tổ chức hội nghị theo hướng dẫn của Ban Dân vận {}.\n"
    assert record("Hội nghị\n" + said.format("Thành ủy")).locality == ["Thành phố Hà Nội", "Xã Gia Lâm"]
    assert record("Hội nghị\n" + said.format("Tỉnh ủy")).locality == ["Tỉnh Ninh Bình", "Xã Gia Lâm"]
    both = said.format("Tỉnh ủy") + "Đại diện Thành ủy dự.\n"
    assert record("Hội nghị\n" + both).locality == []  # both named: neither settles it


def test_a_ward_merged_since_stops_at_its_district() -> None:
    # Phường Quỳnh Lôi (Hai Bà Trưng) was merged into Phường Bạch Mai: the only unit that bears
    # its name's territory now is no chain for a meeting held while it stood
    said = "Hội nghị\nNgày 10/4/2023, UBND phường {}, quận Hai Bà Trưng tổ chức hội nghị.\n"
    rec = record(said.format("Quỳnh Lôi"))
    assert rec.locality == ["Thành phố Hà Nội", "Quận Hai Bà Trưng"]
    assert any("Phường Bạch Mai bears" in n for n in rec.notes)
    assert record(said.format("Bạch Mai")).locality[-1] == "Phường Bạch Mai"


CLOSING = (
    "Xã Tân Lập tổng kết công tác Mặt trận\nNgày 12/12/2023, UBND xã Tân Lập tổ chức hội nghị tổng kết năm 2023.\n"
)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # "CT." (Chủ tịch) inside a title clause ends no sentence
        ("Hội nghị đã nghe đ/c Lê Văn Bình- PBT Đảng ủy-CT. HĐND xã phát biểu chỉ đạo.", ["Lê Văn Bình"]),
        # a year glued to the next sentence ("năm 2024Dự hội nghị"): the guest is no speaker
        (
            "Hội nghị triển khai nhiệm vụ năm 2024Dự hội nghị có ông Lê Văn Bình – PBT Đảng ủy xã. "
            "Hội nghị được nghe bà Trần Thị Hoa – Chủ tịch UB MTTQ xã báo cáo kết quả.",
            ["Trần Thị Hoa"],
        ),
        # "Huyện Đoàn Mê Linh" is the Youth Union's committee, not a Mr Đoàn
        ("Anh Lê Văn Bình, Bí thư Huyện Đoàn Mê Linh đến dự và phát biểu chỉ đạo đại hội.", ["Lê Văn Bình"]),
        # a caption broken before the dash that gives the second name its title
        (
            "Đồng chí Trần Thị Hoa - Bí thư Đảng ủy xã và đồng chí Lê Văn Bình\n"
            "- Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì Hội nghị\nCác đại biểu dự hội nghị.",
            ["Trần Thị Hoa", "Lê Văn Bình"],
        ),
    ],
)
def test_people_in_glued_or_broken_sentences(said: str, expected: list[str]) -> None:
    assert record(CLOSING + said + "\n").people == expected


GIAO_BAN_8 = (
    "UBND xã Tân Lập giao ban tháng 8\nNgày 2/8/2023, UBND xã Tân Lập tổ chức hội nghị giao ban tháng 8 "
    "dưới sự chủ trì của đồng chí Lê Văn Bình - Chủ tịch UBND xã.\n"
)


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        ("T.HÀ\n\n;\n;\n.\n", ["T.Hà"]),  # an initial and a name in capitals; a template's ";" lines
        ("btv tanlap\nQR Code\nimage advertisement\n", ["btv tanlap"]),  # the editors, in lower case
    ],
)
def test_signatures_above_template_lines_and_widgets(tail: str, authors: list[str]) -> None:
    rec = record(GIAO_BAN_8 + "Các thôn báo cáo kết quả.\n\n" + tail)
    assert rec.authors == authors and [b.kind for b in rec.blocks] == ["paragraph", "paragraph"]


def test_captions_opening_anh_with_a_stop_or_repeating_the_lead() -> None:
    shown = "Ảnh. Chủ tịch UBND xã phát biểu kết luận hội nghị"
    repeated = "UBND xã tổ chức hội nghị giao ban tháng 8 dưới sự chủ trì của đồng chí Lê Văn Bình - Chủ tịch UBND xã."
    rest = "Các thôn, ban ngành báo cáo kết quả thực hiện nhiệm vụ tháng 8 và đề ra phương hướng tháng 9 của xã."
    rec = record(f"{GIAO_BAN_8}\n{shown}\n\n{repeated}\n\n{rest}\n")
    assert [b.kind for b in rec.blocks] == ["paragraph", "caption", "caption", "paragraph"]
    # the lead's words in a sentence that reports ("đã thông qua") are no caption
    reported = "UBND xã đã tổ chức hội nghị giao ban tháng 8 dưới sự chủ trì của đồng chí Lê Văn Bình."
    assert [b.kind for b in record(f"{GIAO_BAN_8}\n{reported}\n\n{rest}\n").blocks] == ["paragraph"] * 3


def test_a_section_label_right_under_the_title_is_dropped() -> None:
    rec = record(GIAO_BAN_8.replace("\n", "\n\nVăn hóa - Xã hội\n\n", 1))
    assert rec.title == "UBND xã Tân Lập giao ban tháng 8" and [b.kind for b in rec.blocks] == ["paragraph"]
    assert any(d.text == "Văn hóa - Xã hội" for d in rec.dropped)


# Tenth pass: heldout9's leftovers as general rules, on sentences of our own.
HOP_UBND = (
    "UBND xã Tân Lập họp cho ý kiến các báo cáo trình kỳ họp HĐND xã.\n\n"
    "Sáng ngày 6/12, UBND xã tổ chức cuộc họp cho ý kiến các báo cáo trình kỳ họp.\n\n"
    "Các báo cáo đánh giá kết quả năm 2022 và đề ra nhiệm vụ năm 2023.\n"
)


@pytest.mark.parametrize(
    "bar",
    [
        "EmailPrintAa",
        "Chia sẻFacebookZalo",
        "In bài viếtGửi email",
        "Xem với cỡ chữ Đọc bài viết",
        "Giọng nữ Giọng nam",
    ],
)
def test_glued_and_reading_bars_above_the_title_are_no_title(bar: str) -> None:
    rec = record(f"Số lượt truy cập\n\n{bar}\n\nTin tức - Sự kiện\n\n{HOP_UBND}")
    assert rec.title == "UBND xã Tân Lập họp cho ý kiến các báo cáo trình kỳ họp HĐND xã."
    assert any(d.text == bar for d in rec.dropped)


def test_glued_words_that_are_no_bar_stay() -> None:
    assert not is_bar("TPHCM") and not is_bar("iPhone") and not is_bar("ĐàNẵng")


@pytest.mark.parametrize("alt", ["hinh", "Hình ảnh", "image", "Thực hiện:"])
def test_a_lost_pictures_alt_text_and_an_empty_label_are_furniture(alt: str) -> None:
    rec = record(GIAO_BAN_8 + f"\n{alt}\n\nCác thôn báo cáo kết quả.\n")
    assert [b.kind for b in rec.blocks] == ["paragraph", "paragraph"] and any(d.text == alt for d in rec.dropped)


@pytest.mark.parametrize(
    ("month_day", "expected"),
    [("6/12", date(2022, 12, 6)), ("16/1", date(2023, 1, 16))],
)
def test_a_year_end_report_settles_a_yearless_day(month_day: str, expected: date) -> None:
    # the text names the year it reviews and the next: a day of the second half is in the
    # first, a day of the first half in the second (a guess, marked so)
    rec = record(HOP_UBND.replace("6/12", month_day))
    assert rec.event_date == expected and not rec.found["event_date"].sure


def test_names_sharing_one_title_are_all_chairs() -> None:
    said = (
        "Các đồng chí Lê Văn Bình - Chủ tịch UBND xã; Trần Thị Hoa, Đỗ Văn Nam, Phó chủ tịch UBND xã "
        "chủ trì hội nghị.\n"
    )
    assert set(record(CLOSING + said).people) == {"Lê Văn Bình", "Trần Thị Hoa", "Đỗ Văn Nam"}
    # a guest list sharing a title is no chair
    guests = "Dự hội nghị có Trần Thị Hoa, Đỗ Văn Nam, Phó chủ tịch UBND huyện.\n"
    assert record(CLOSING + guests).people == []


@pytest.mark.parametrize(
    ("row", "authors", "when"),
    [
        ("THU HÀ // TRUNG TÂM TIN TỨC VTV 3/2/2024, 09:05", ["Thu Hà"], datetime(2024, 2, 3, 9, 5, tzinfo=TZ)),
        ("Minh Anh / Báo Nghệ An - 12/06/2023 08:15", ["Minh Anh"], datetime(2023, 6, 12, 8, 15, tzinfo=TZ)),
        ("LÊ HÙNG // 5/5/2023", ["Lê Hùng"], date(2023, 5, 5)),
    ],
)
def test_a_newsrooms_byline_row_gives_writer_and_date(row: str, authors: list[str], when) -> None:
    rec = record(
        f"Hội Cựu chiến binh tỉnh tổng kết năm\n\n{row}\n\nHội Cựu chiến binh tỉnh tổ chức hội nghị tổng kết.\n"
    )
    assert rec.authors == authors and rec.date == when
    assert [b.text for b in rec.blocks] == ["Hội Cựu chiến binh tỉnh tổ chức hội nghị tổng kết."]


def test_a_bodys_row_with_a_date_is_no_byline() -> None:
    rec = record("Ban Dân vận tổng kết năm\n\nBAN DÂN VẬN // 5/5/2023\n\nBan Dân vận tổ chức hội nghị tổng kết.\n")
    assert rec.authors == []


@pytest.mark.parametrize(
    ("sign", "authors"),
    [
        ("Trần Văn Hùng (Huyện ủy Yên Thành)", ["Trần Văn Hùng"]),
        ("Thu Hà (Báo Hà Tĩnh)", ["Thu Hà"]),
        ("Minh Hà (TTVH huyện)", ["Minh Hà"]),
        ("Minh Hà (tổng hợp)", ["Minh Hà (tổng hợp)"]),  # no organisation in the brackets: kept as signed
    ],
)
def test_a_signature_with_its_organisation_in_brackets_is_the_writer(sign: str, authors: list[str]) -> None:
    assert signature(sign) == authors


# Tenth pass, past heldout9: layouts one article of the corpus showed, or none yet, generalised.
TONG_KET = (
    "Hội Nông dân xã Tân Lập tổng kết năm 2023",
    "Sáng ngày 20/12/2023, Hội Nông dân xã Tân Lập tổ chức hội nghị tổng kết công tác Hội năm 2023.",
)


def _with(row: str, where: str):
    title, lead = TONG_KET
    text = {"under": f"{title}\n\n{row}\n\n{lead}\n", "above": f"{row}\n\n{title}\n\n{lead}\n"}.get(
        where, f"{title}\n\n{lead}\n\n{row}\n"
    )
    return record(text)


@pytest.mark.parametrize(
    ("row", "when"),
    [
        ("3/15/2024 2:30:00 PM", datetime(2024, 3, 15, 14, 30, tzinfo=TZ)),  # month first: the day is over 12
        ("Thứ sáu, 15 Tháng 3 2024 08:15", datetime(2024, 3, 15, 8, 15, tzinfo=TZ)),
        ("15 tháng 3, 2024", date(2024, 3, 15)),
    ],
)
def test_date_lines_month_first_or_in_words_without_nam(row: str, when) -> None:
    rec = _with(row, "under")
    assert rec.date == when and [b.kind for b in rec.blocks] == ["paragraph"]


def test_a_day_month_order_is_kept_when_both_could_be_months() -> None:
    assert parse_dateline("03/11/2022 - 02:55 PM", TZ) == datetime(2022, 11, 3, 14, 55, tzinfo=TZ)


@pytest.mark.parametrize(
    "row",
    [
        "0:00 / 0:00",
        "Đánh giá bài viết",
        "Tệp đính kèm:",
        "Lên đầu trang",
        "Về trang trước",
        "Thích 0 Chia sẻ",
        "Xếp hạng: 5/5",
        "Nguồn ảnh: Internet",
    ],
)
def test_players_ratings_and_photo_sources_under_the_text_are_furniture(row: str) -> None:
    rec = _with(row, "tail")
    assert [b.kind for b in rec.blocks] == ["paragraph"] and rec.authors == []


def test_a_reading_voice_above_the_title_is_no_title() -> None:
    assert _with("Giọng đọc: Nữ miền Bắc", "above").title == TONG_KET[0]


@pytest.mark.parametrize(
    ("row", "where", "authors"),
    [
        ("THU HÀ - MINH ANH", "under", ["Thu Hà", "Minh Anh"]),  # a paper's byline in capitals
        ("THU HÀ - MINH ANH", "tail", ["Thu Hà", "Minh Anh"]),
        ("TIN TỨC - SỰ KIỆN", "under", []),  # a section's name, not writers
        ("Theo Thu Hà (Báo Nghệ An)", "tail", ["Thu Hà"]),
        ("(Thu Hà)", "tail", ["Thu Hà"]),
    ],
)
def test_writers_in_capitals_in_brackets_or_after_theo(row: str, where: str, authors: list[str]) -> None:
    rec = _with(row, where)
    assert rec.authors == authors and [b.kind for b in rec.blocks] == ["paragraph"]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Đồng chí Lê Văn Bình, Trần Văn Nam và Đỗ Thị Hoa đồng chủ trì hội nghị.",
            {"Lê Văn Bình", "Trần Văn Nam", "Đỗ Thị Hoa"},
        ),
        ("Đồng chí Lê Văn Bình, Hà Nội phát biểu.", {"Lê Văn Bình"}),  # a place after the name
        ("Dự hội nghị có đồng chí Lê Văn Bình, Trần Văn Nam.", set()),  # guests
        (
            "Phát biểu chỉ đạo, Thượng tá Lê Văn Bình - Chỉ huy trưởng Ban CHQS huyện ghi nhận kết quả.",
            {"Lê Văn Bình"},
        ),
    ],
)
def test_names_listed_after_dong_chi_and_a_commanders_title(said: str, expected: set[str]) -> None:
    assert set(_with(said, "tail").people) == expected


# Eleventh pass: heldout10's leftovers, tried on sentences of our own.
def test_a_section_label_right_above_a_title_on_its_date_row_is_no_title() -> None:
    for label in ("Tin hoạt động Đảng ủy - Chính quyền - Đoàn thể", "hoạt động của hội nông dân và các chi hội cơ sở"):
        rec = record(f"{label}\n\n{TONG_KET[0]}\nNgày đăng 21/12/2023 | 08:30 | Lượt xem: 120\n\n" + TONG_KET[1] + "\n")
        assert rec.title == TONG_KET[0] and [b.kind for b in rec.blocks] == ["paragraph"]
    # a title with a blank line before its date is not read this way: the label stays a label
    # only by the older rule (six words or fewer)
    rec = record(f"Tin tức\n\n{TONG_KET[0]}\n\n21/12/2023\n\n{TONG_KET[1]}\n")
    assert rec.title == TONG_KET[0]


def test_the_title_printed_again_and_a_bare_counter_under_it_are_dropped() -> None:
    rec = record(f"21-12-2023 - 08:30\n\n{TONG_KET[0]}\n\n{TONG_KET[0]}\n\n{TONG_KET[1]}\n")
    assert rec.title == TONG_KET[0] and [b.kind for b in rec.blocks] == ["paragraph"]
    rec = _with("137", "under")
    assert [b.kind for b in rec.blocks] == ["paragraph"] and rec.authors == []
    # a title that is the lead's sentence, printed again, is the text's first paragraph too
    rec = record(f"{TONG_KET[1]}\n\n{TONG_KET[1]}\n")
    assert [b.kind for b in rec.blocks] == ["paragraph"] and rec.event_date == date(2023, 12, 20)


@pytest.mark.parametrize(("row", "dropped"), [("Hình ảnh hội nghị :", True), ("Ảnh hoạt động:", True)])
def test_a_gallery_label_with_no_pictures_under_the_text_is_dropped(row: str, dropped: bool) -> None:
    rec = _with(row, "tail")
    assert [b.kind for b in rec.blocks] == ["paragraph"] and any(d.text == row for d in rec.dropped) is dropped


def test_the_sentence_that_opens_a_gallery_stays_under_the_text() -> None:
    rec = _with("Một số hình ảnh tại hội nghị:", "tail")
    assert not any(d.text.startswith("Một số") for d in rec.dropped)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Hội nghị được nghe ý kiến phát biểu của đồng chí Lê Văn Bình, và đồng chí Trần Văn Nam.",
            [("Lê Văn Bình", True), ("Trần Văn Nam", True)],
        ),
        ("Đại biểu đã nghe bài phát biểu của đồng chí Đỗ Thị Hoa.", [("Đỗ Thị Hoa", True)]),
        ("Thực hiện ý kiến chỉ đạo của đồng chí Lê Văn Bình, xã đã rà soát.", []),  # a direction given elsewhere
        ("Đại hội đón nhận lẵng hoa của đồng chí Lê Văn Bình.", []),
    ],
)
def test_the_words_of_dong_chi_heard_at_the_meeting(said: str, expected: list) -> None:
    assert people(said) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Dự có đồng chí Lê Văn Bình - Chủ tịch UBND xã, đồng chí Trần Thị Hoa - Phó Chủ tịch UBND xã. "
            "Cuối buổi, đồng chí Chủ tịch UBND xã kết luận hội nghị.",
            ["Lê Văn Bình"],
        ),
        ("Dự có Bí thư Đảng ủy phường Đỗ Văn Nam. Đồng chí Bí thư Đảng ủy phường phát biểu.", ["Đỗ Văn Nam"]),
        # only a deputy holds the title named, or two people hold it: nobody is guessed
        ("Dự có đồng chí Lê Văn Bình - Phó Chủ tịch UBND xã. Đồng chí Chủ tịch UBND xã phát biểu.", []),
        (
            "Có ông Lê Văn Bình - Chủ tịch Hội Nông dân xã và ông Trần Văn Nam - Chủ tịch Hội Nông dân xã. "
            "Đồng chí Chủ tịch Hội Nông dân xã kết luận.",
            [],
        ),
    ],
)
def test_a_speaker_named_only_by_a_title_the_text_gave_one_person(said: str, expected: list[str]) -> None:
    assert speakers_by_title_only(said) == expected


def test_a_unit_named_after_a_person_in_the_organisers_name_or_title() -> None:
    assert [p.title for p in named_places("Ủy ban nhân dân Phường Phạm Ngũ Lão", True)] == ["Phường Phạm Ngũ Lão"]
    # in the body a person's name after a unit is cut off, as before
    assert [p.title for p in named_places("Chủ tịch UBND xã Hưng Hà Vũ Kim Thành", True)] == ["Xã Hưng Hà"]
    assert named_places("Tỉnh ủy Nguyễn Thị Phong Vũ phát biểu", True) == []


def test_a_title_running_on_in_capitals_after_the_units_name() -> None:
    assert [p.title for p in named_places("Phường Bến Nghé Tổng kết công tác năm 2023")] == ["Phường Bến Nghé"]
    # a one-word head is never taken; a name the register does not know stays unknown
    assert named_places("Xã Hưng Tổng kết") == [] and named_places("Đảng ủy xã Hưng Thịnh Vượng tổ chức") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UBND TP Bắc Kạn tổ chức hội nghị", ["Thành phố Bắc Kạn"]),
        ("Hội nghị của Tp Vinh", ["Thành phố Vinh"]),
        ("Thành đoàn TP Hồ Chí Minh tổ chức", ["Thành phố Hồ Chí Minh"]),  # read by the city's own spellings
        ("TP HCM", ["Thành phố Hồ Chí Minh"]),
    ],
)
def test_tp_without_a_full_stop_is_a_city(text: str, expected: list[str]) -> None:
    assert [p.title for p in named_places(text)] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Con Cuông tổng kết công tác dân vận năm 2023", ["Tỉnh Nghệ An", "Huyện Con Cuông"]),
        ("Hữu Lũng: Hội nghị tổng kết công tác dân vận năm 2023", ["Tỉnh Lạng Sơn", "Huyện Hữu Lũng"]),
        ("Châu Thành: Hội nghị tổng kết năm 2023", []),  # a name several districts bear: not guessed
        ("Tân Lập tổng kết năm 2023", []),  # a commune's name, never a district's
    ],
)
def test_a_title_opened_by_a_districts_bare_name(title: str, expected: list[str]) -> None:
    rec = record(f"{title}\n\nSáng ngày 20/12/2023, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết.\n")
    assert rec.locality == expected


def test_a_districts_name_in_the_title_settles_a_commune_the_text_names() -> None:
    rec = record(
        "Hữu Lũng: Đối thoại với nhân dân\n\nSáng ngày 20/12/2023, UBND xã Hòa Lạc tổ chức hội nghị đối thoại.\n"
    )
    assert rec.locality == ["Tỉnh Lạng Sơn", "Huyện Hữu Lũng", "Xã Hòa Lạc"]
    # from 1 July 2025 there are no districts: the title's name settles nothing
    rec = record("Hữu Lũng: Đối thoại\n\nSáng ngày 20/8/2025, Đảng ủy xã tổ chức hội nghị đối thoại.\n")
    assert rec.locality == []


def test_communes_named_together_settle_their_district() -> None:
    # Hòa Lạc (Lạng Sơn, Hà Tĩnh, An Giang) and Hòa Sơn (six provinces) lie together only in Hữu Lũng
    one = "Sáng ngày 20/12/2023, HĐND xã Hòa Lạc họp; UBND xã Hòa Sơn cũng đã họp phiên thường kỳ.\n"
    assert record(f"Kỳ họp HĐND xã\n\n{one}").locality == ["Tỉnh Lạng Sơn", "Huyện Hữu Lũng", "Xã Hòa Lạc"]
    many = (
        "Từ ngày 20/12 đến 28/12/2023, các xã đã tổ chức kỳ họp. "
        "Tại kỳ họp HĐND xã Hòa Lạc và HĐND xã Hòa Sơn, đại biểu đã thảo luận.\n"
    )
    assert record(f"Các xã tổ chức kỳ họp\n\n{many}").locality == ["Tỉnh Lạng Sơn", "Huyện Hữu Lũng"]
    # one commune alone, ambiguous: unresolved as before
    assert record("Kỳ họp HĐND xã\n\nSáng ngày 20/12/2023, HĐND xã Hòa Lạc họp.\n").locality == []


def test_who_explains_and_clarifies_spoke() -> None:
    said = "Đồng chí Nguyễn Văn An, Bí thư Đảng ủy xã giải trình, làm rõ các ý kiến."
    assert people(said) == [("Nguyễn Văn An", True)]


# Twelfth pass: heldout11's leftovers as general rules, and title choice by scores.
DAI_HOI = (
    "Hội Cựu chiến binh phường Bến Thành tổ chức hội nghị sơ kết 6 tháng đầu năm 2024",
    "Ngày đăng 08/07/2024 | 09:40 | Lượt xem: 87",
    "Sáng ngày 06/7/2024, Hội Cựu chiến binh phường Bến Thành tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm.",
)


@pytest.mark.parametrize(
    "above",
    [
        ["HOẠT ĐỘNG CÁC HỘI ĐOÀN THỂ PHƯỜNG HOẠT ĐỘNG CÁC HỘI ĐOÀN THỂ PHƯỜNG"],  # a label printed twice
        ["Chuyển tới nội dung chính", "UBND Phường Bến Thành", "Quận 1", "Thành phố Hồ Chí Minh"],  # skip link, header
        ["Skip navigation", "Đảng ủy phường Bến Thành"],
        ["Bạn đang ở: Trang chủ / Tin tức / Hội đoàn thể"],  # a breadcrumb with its label
        ["Đài Truyền thanh quận Nhất"],  # a newsroom's name no rule lists
        ["Trang tin điện tử phường Bến Thành"],
        ["![](/uploads/banner-top.png)", "](/tin-tuc)"],  # a picture's and a link's markup
    ],
)
def test_headers_no_rule_names_above_a_title_on_its_date_row_are_no_title(above: list[str]) -> None:
    title, row, lead = DAI_HOI
    for gap in ("\n", "\n\n"):
        rec = record("\n\n".join(above) + f"\n\n{title}{gap}{row}\n\n{lead}\n")
        assert rec.title == title and [b.kind for b in rec.blocks] == ["paragraph"]
        assert rec.date == datetime(2024, 7, 8, 9, 40, tzinfo=TZ)


def test_a_title_scores_above_a_header_and_a_header_never_above_a_title() -> None:
    from sitegen.importer.layouts import is_unit_header, title_score

    title = DAI_HOI[0]
    for header in ("UBND Phường Bến Thành", "Quận 1", "Tin tức Tin tức", "Báo Điện tử Bến Thành", "Tin hoạt động"):
        assert title_score(title) >= title_score(header) + 3, header
    assert is_unit_header("Huyện Con Cuông") and is_unit_header("UBND XÃ TÂN LẬP")
    # a line that says what a unit did is no header; "Xã hội" is no unit
    assert not is_unit_header("Xã Tân Lập tổng kết năm 2024") and not is_unit_header("Xã hội")
    # a title with an event right above a short line that is no date: kept, whatever comes under it
    rec = record(f"Hội nghị tổng kết\n\n{title}\n\n{DAI_HOI[2]}\n")
    assert rec.title == "Hội nghị tổng kết"


@pytest.mark.parametrize("tail", [".jpg)", "anh-hoi-nghi-2.png)", "](/uploads/2024/07/hop.jpeg)", "![](hinh1.jpg)"])
def test_a_pictures_markup_remnant_is_furniture(tail: str) -> None:
    for where in ("under", "tail"):
        rec = _with(tail, where)
        assert any(d.text == tail for d in rec.dropped) and [b.kind for b in rec.blocks] == ["paragraph"]


def test_a_caption_in_brackets_stays_a_caption_not_markup() -> None:
    rec = _with("(Ảnh: Minh Anh)", "tail")
    assert not any(d.text == "(Ảnh: Minh Anh)" for d in rec.dropped if "image" in d.reason)


@pytest.mark.parametrize(
    ("sign", "authors"),
    [
        ("Hồng Nhung – P. BT", ["Hồng Nhung"]),
        ("Văn Tâm - TT.VH", ["Văn Tâm"]),
        ("Thu Hà - Minh Anh", ["Thu Hà", "Minh Anh"]),
    ],
)
def test_a_units_abbreviation_after_the_writer_is_no_writer(sign: str, authors: list[str]) -> None:
    assert signature(sign) == authors


def test_an_anniversarys_span_gives_a_yearless_days_year() -> None:
    said = (
        "Sáng ngày 26/3, Đoàn Thanh niên xã Tân Lập tổ chức gặp mặt kỷ niệm 93 năm Ngày thành lập Đoàn "
        "(26/3/1931 – 26/3/2024) và tuyên dương đoàn viên tiêu biểu giai đoạn 2019 – 2024."
    )
    assert find_meeting_date(said, None) == (date(2024, 3, 26), True)
    # one full date of the same day (a decree's) settles nothing: the sentence's year as before
    said = "Sáng ngày 26/3, xã Tân Lập tổ chức hội nghị triển khai Quyết định ngày 26/3/2019 trong năm 2024."
    assert find_meeting_date(said, None) == (date(2024, 3, 26), True)


def test_a_title_that_is_the_leads_sentence_dates_the_meeting() -> None:
    title = "Sáng ngày 02/8/2024, Đảng ủy xã Tân Lập tổ chức hội nghị sơ kết giữa nhiệm kỳ, dự hội nghị có đồng chí"
    rec = record(f"{title}\n\n03/08/2024 09:58    56\n\nTại hội nghị, các đại biểu đã nghe báo cáo sơ kết.\n")
    assert rec.title == title and rec.event_date == date(2024, 8, 2)
    assert rec.date == datetime(2024, 8, 3, 9, 58, tzinfo=TZ)
    # a title that names a day but no meeting held dates nothing
    rec = record(
        "Ông A là Chủ tịch Hội từ 1.7.2025\n\n04/07/2025 16:20\n\nTheo quyết định, ông A giữ chức từ ngày 1.7.2025.\n"
    )
    assert rec.event_date is None


@pytest.mark.parametrize("row", ["Ý kiến bình luận", "Có thể bạn quan tâm", "Thông tin cần biết"])
def test_comment_and_sidebar_headings_under_the_signature_are_cut(row: str) -> None:
    title, lead = TONG_KET
    rec = record(f"{title}\n\n{lead}\n\nMinh Anh\n\n{row}\n\nHội nghị khác của xã Tân Lập năm 2023\n")
    assert [b.kind for b in rec.blocks] == ["paragraph"] and rec.authors == ["Minh Anh"]


# --- thirteenth pass --------------------------------------------------------------------------

HOP_MAT = (
    "Hội Phụ nữ phường Bến Thành triển khai công tác chuẩn bị Đại hội nhiệm kỳ 2026 - 2031",
    "Chiều ngày 12/10, Hội Phụ nữ phường Bến Thành tổ chức hội nghị triển khai công tác chuẩn bị Đại hội.",
)


@pytest.mark.parametrize(
    "above",
    [
        ["Truyền thanh Bến Thành"],  # a station's name with no "Đài"
        ["Truyền hình Quận Nhất"],
        ["Tin tức Tin tức", "Xem bản đầy đủ", "Quay lại"],  # a mobile page's switch and back link
    ],
)
def test_the_leads_sentence_marks_the_title_on_a_page_with_no_date_row(above: list[str]) -> None:
    title, lead = HOP_MAT
    rec = record("\n\n".join(above) + f"\n\n{title}\n\n{lead}\n")
    assert rec.title == title and [b.kind for b in rec.blocks] == ["paragraph"]


def test_a_short_title_on_its_lead_stays_the_title_with_no_date_row() -> None:
    # the first line sits right on the lead: it is the title, however little it scores
    rec = record(f"Bến Thành ngày mới\n\n{HOP_MAT[1]}\n")
    assert rec.title == "Bến Thành ngày mới"
    # a lead that says neither when nor what happened anchors nothing: the first line stays the title
    rec = record(
        f"Bến Thành ngày mới\n\n{HOP_MAT[0]}\n\nNgười dân phấn khởi đón chào những đổi thay rõ nét trên quê hương.\n"
    )
    assert rec.title == "Bến Thành ngày mới"


@pytest.mark.parametrize(
    "switch",
    [
        "abc Are you sure that you want to switch to desktop version?",
        "Switch to mobile site",
        "Chuyển tới trang đầy đủ",
        "Xem phiên bản máy tính",
        "Phiên bản di động",
    ],
)
def test_a_mobile_sites_switch_is_furniture_and_the_signature_above_it_is_read(switch: str) -> None:
    from sitegen.importer.furniture import is_utility

    assert is_utility(switch)
    title, lead = TONG_KET
    rec = record(f"{title}\n\n{lead}\n\n                        T.Lan\n\n{switch}\n")
    assert rec.authors == ["T.Lan"] and [b.kind for b in rec.blocks] == ["paragraph"]


def test_a_link_to_a_full_text_in_a_sentence_is_no_switch() -> None:
    from sitegen.importer.furniture import is_utility

    assert not is_utility("Xem bản đầy đủ của Nghị quyết tại đây")
    assert not is_utility("Hội nghị chuyển tới trang đầy đủ")


def test_those_who_attend_are_no_chairs_unless_their_own_stretch_says_so() -> None:
    said = (
        "Về dự hội nghị có đồng chí Trần Văn Bình – Phó Trưởng Ban Dân vận Quận ủy, đồng chí Lê Thị Hoa – "
        "Bí thư Đảng ủy phường, đồng chí Phạm Minh Đức – Phó Bí thư Đảng ủy phường – Chủ trì hội nghị."
    )
    assert people(said) == [("Trần Văn Bình", False), ("Lê Thị Hoa", False), ("Phạm Minh Đức", True)]
    # an event's name in the attending phrase ("buổi đối thoại") is no speech
    said = "Tham dự buổi đối thoại có ông Trần Văn Bình – Bí thư Đảng ủy phường, ông Lê Văn Hải – Chủ tịch UBND phường."
    assert people_by_title(said, is_unit_name) == [("Trần Văn Bình", False), ("Lê Văn Hải", False)]
    # the chair named after "chủ trì hội nghị:" in the list of those who attend
    said = "Tham dự hội nghị có Ban Thanh tra nhân dân, chủ trì hội nghị: Bà Lê Thị Hoa – Chủ tịch UBMTTQ phường."
    assert people_by_title(said, is_unit_name) == [("Lê Thị Hoa", True)]
    # attending joined to directing, with or without "và": all of them chair
    for joined in ("Về dự và chỉ đạo hội nghị có", "Về dự chỉ đạo, giám sát hội nghị có"):
        said = f"{joined} đồng chí Trần Văn Bình – Phó Bí thư Quận ủy; đồng chí Lê Thị Hoa – Trưởng Ban Dân vận."
        assert people(said) == [("Trần Văn Bình", True), ("Lê Thị Hoa", True)]


@pytest.mark.parametrize("rank", ["đại tá", "Thượng tá", "thiếu tướng", "trung úy"])
def test_a_military_rank_between_comrade_and_the_name(rank: str) -> None:
    said = f"Về tham dự và chỉ đạo Đại hội có đồng chí {rank} Nguyễn Văn Hùng, Chủ tịch Hội Cựu chiến binh huyện."
    assert people(said) == [("Nguyễn Văn Hùng", True)]


# --- fourteenth pass --------------------------------------------------------------------------

GIAO_BAN_QUY = (
    "Khối Dân vận phường Tân Lập tổ chức hội nghị giao ban quý III",
    "Sáng ngày 12/10/2023, Khối Dân vận phường Tân Lập tổ chức hội nghị giao ban công tác dân vận quý III.",
    "Tại hội nghị, các đại biểu đã thảo luận, đánh giá kết quả công tác dân vận của phường trong quý III năm 2023.",
)


@pytest.mark.parametrize(
    "tail",
    [
        # a comment form's notice to the reader, its attachment field, a script's variable, "back to top"
        [
            "Chia sẻ bài viết",
            "LƯU Ý: Báo sẽ biên tập ý kiến của bạn đọc trước khi xuất bản. Vui lòng gõ tiếng Việt có dấu.",
            "Gửi file đính kèm không quá 5MB Đính kèm File",
            "viewCount=1203",
            "Quay lên trên",
        ],
        ["Vui lòng gõ tiếng Việt có dấu, cảm ơn bạn đọc.", "Quay lên trên"],
        ["page_views = 88;", "Lên trên"],
    ],
)
def test_a_comment_forms_notice_and_a_scripts_variable_under_the_signature_are_dropped(tail: list[str]) -> None:
    title, lead, more = GIAO_BAN_QUY
    rec = record(f"{title}\n\n{lead}\n\n{more}\n\nTRẦN MINH\n\n" + "\n\n".join(tail) + "\n")
    assert rec.authors == ["Trần Minh"] and [b.kind for b in rec.blocks] == ["paragraph", "paragraph"]


def test_a_notice_that_is_the_articles_own_sentence_stays() -> None:
    from sitegen.importer.furniture import is_code_remnant, is_related_heading

    assert not is_related_heading("Lưu ý: người dân mang theo căn cước khi đến làm thủ tục.")
    assert not is_code_remnant("Tỷ lệ = 95%") and not is_code_remnant("x = y")


@pytest.mark.parametrize("credit", ["Ảnh CTV Lê Minh Tâm - Đoàn viên Khu 5", "Ảnh: PV", "Ảnh PV Hồng Hà"])
def test_a_photo_credit_to_a_contributor_or_reporter_is_no_writer_nor_text(credit: str) -> None:
    title, lead, more = GIAO_BAN_QUY
    rec = record(f"{title}\n\n{lead}\n\n{more}\n\n{credit}\n\nLê Văn Nam\n")
    assert rec.authors == ["Lê Văn Nam"] and [b.kind for b in rec.blocks] == ["paragraph", "paragraph"]
    assert any(d.text == credit for d in rec.dropped)


def test_a_caption_that_names_what_the_photo_shows_is_not_a_credit() -> None:
    from sitegen.importer.furniture import is_photo_source

    assert not is_photo_source("Ảnh: Đồng chí Lê Văn Nam phát biểu tại hội nghị")
    assert not is_photo_source("Ảnh: Các đại biểu dự hội nghị")


@pytest.mark.parametrize("markup", ["![]() |", "| ![](anh1.jpg) |", "|![]()|"])
def test_a_pictures_markup_in_a_tables_cell_bars_is_furniture(markup: str) -> None:
    rec = _with(markup, "tail")
    assert any(d.text == markup for d in rec.dropped) and [b.kind for b in rec.blocks] == ["paragraph"]


@pytest.mark.parametrize("caption", ["Toàn cảnh hội nghị.", "Quang cảnh buổi giao ban", "Các đại biểu dự hội nghị."])
def test_the_lead_pictures_caption_under_the_title_is_a_caption_with_or_without_a_stop(caption: str) -> None:
    title, lead, more = GIAO_BAN_QUY
    rec = record(f"{title}\n{caption}\n\n{lead} {more}\n")
    assert rec.title == title and [b.kind for b in rec.blocks] == ["caption", "paragraph"]


def test_a_short_first_sentence_that_reports_stays_text() -> None:
    title, lead, more = GIAO_BAN_QUY
    rec = record(f"{title}\n\nHội nghị diễn ra sôi nổi.\n\n{lead} {more}\n")
    assert [b.kind for b in rec.blocks] == ["paragraph", "paragraph"]


def test_a_reports_rubrics_figures_and_list_items_are_text_not_captions() -> None:
    title, lead, more = GIAO_BAN_QUY
    report = (
        "Báo cáo nêu rõ kết quả của năm như sau:\n"
        "Về công tác vận động quần chúng.\n"
        "Toàn phường có 2.315 hội viên, trong đó năm nay kết nạp được 41 hội viên\n"
        "Số hộ đạt danh hiệu gia đình văn hóa là 1.204 hộ\n"
        "Về an sinh xã hội.\n"
        "Các tổ dân phố đã vận động được nhiều nguồn lực chăm lo cho hộ nghèo, gia đình chính sách trong năm."
    )
    rec = record(f"{title}\n\n{lead}\n\n{more}\n{report}\n")
    assert [b.kind for b in rec.blocks] == ["paragraph"] * 8
    # a photo's caption among them stays one, a figure in it too
    for caption in ("Đồng chí Lê Văn Nam phát biểu tại hội nghị", "Toàn cảnh hội nghị có 120 đại biểu tham dự"):
        rec = record(f"{title}\n\n{lead}\n\n{more}\n{caption}\n{report}\n")
        assert [b.kind for b in rec.blocks][2] == "caption"


def test_with_no_page_date_only_a_meeting_sentence_dates_the_meeting() -> None:
    said = "Về sản xuất vụ mùa, bà con bắt đầu xuống đồng từ ngày 20/06 và kết thúc gieo cấy vào ngày 05/07/2024."
    assert find_meeting_date(said, None) is None
    assert find_meeting_date("Tổng quỹ hội tại thời điểm 30/6/2024 là 286 triệu đồng.", None) is None
    # a date that opens its sentence, or a sentence that says a meeting was held, still dates it
    assert find_meeting_date("Ngày 8/3/2024, Hội Nông dân xã Tân Lập đã tổ chức Đại hội.", None) == (
        date(2024, 3, 8),
        False,
    )
    said = "Hội Nông dân xã Tân Lập vừa tổ chức hội nghị sơ kết công tác Hội vào ngày 05/07/2024."
    assert find_meeting_date(said, None) == (date(2024, 7, 5), False)
    # with a page date the range of days settles it, as before
    assert find_meeting_date("Kết thúc gieo cấy vào ngày 05/07/2024.", date(2024, 7, 10)) == (date(2024, 7, 5), False)


def test_a_later_session_of_a_term_is_not_in_the_terms_first_year() -> None:
    text = (
        "Hội đồng nhân dân phường Bến Thành tổ chức kỳ họp thứ 9\n\n"
        "Ngày 15/4, HĐND phường Bến Thành tổ chức Kỳ họp thứ 9 HĐND phường khóa XII, nhiệm kỳ 2021 - 2026. "
        "Kỳ họp cho ý kiến về đề án sắp xếp đơn vị hành chính năm 2025.\n"
    )
    rec = record(text)
    assert rec.event_date == date(2025, 4, 15) and rec.date == date(2025, 4, 15)
    # the first session and a congress are in the term's first year, as before
    first = text.replace("thứ 9", "thứ nhất").replace("năm 2025", "của phường")
    assert record(first).event_date == date(2021, 4, 15)


def test_a_meeting_that_prepares_something_due_is_held_before_its_deadline() -> None:
    text = (
        "Ủy ban MTTQ phường Bến Thành triển khai công tác chuẩn bị Đại hội nhiệm kỳ 2024 - 2029\n\n"
        "Chiều ngày 14/9, Ban Thường trực Ủy ban MTTQ phường tổ chức Hội nghị triển khai công tác chuẩn bị "
        "Đại hội MTTQ phường nhiệm kỳ 2024 - 2029.\n\n"
        "Theo dự kiến, Đại hội các khu phố hoàn thành trước ngày 30/4/2024.\n"
    )
    assert record(text).event_date == date(2023, 9, 14)
    # a deadline already met ("đã hoàn thành trước ngày …") sets none
    done = text.replace("Theo dự kiến, Đại hội các khu phố hoàn thành", "Các khu phố đã hoàn thành Đại hội")
    assert record(done).event_date == date(2024, 9, 14)


def test_the_registers_older_spelling_of_a_name_is_the_unit_not_a_former_one() -> None:
    from sitegen.importer.places import spelling

    assert spelling("Huyện Phú Quý") == spelling("Huyện Phú Quí") and spelling("Kỳ Anh") == spelling("Kì Anh")
    assert spelling("Xã Mỹ Thủy") != spelling("Xã Mỹ Thuỉ")  # "uy" is a vowel of its own, never "ui"
    rec = record(
        "Hội Nông dân huyện Phú Quý sơ kết 6 tháng đầu năm 2024\n\n"
        "Sáng ngày 10/7/2024, Hội Nông dân huyện Phú Quý tổ chức hội nghị sơ kết công tác Hội.\n"
    )
    assert rec.locality == ["Tỉnh Bình Thuận", "Huyện Phú Quí"]


def test_a_numbered_ward_merged_since_stops_at_the_parent_of_the_ward_of_its_name() -> None:
    rec = record(
        "Phường Hải Châu II tổ chức hội nghị giao ban khu dân cư\n\n"
        "Sáng ngày 5/3/2024, UBND phường Hải Châu II tổ chức hội nghị giao ban các tổ dân phố "
        "trên địa bàn thành phố Đà Nẵng.\n"
    )
    assert rec.locality == ["Thành phố Đà Nẵng", "Quận Hải Châu"]
    # a numbered name whose bare name several units bear in different districts: nothing kept
    from sitegen.importer.places import named_places, resolve

    found = named_places("UBND xã Tân Lập II tổ chức hội nghị.")
    assert found and found[0].merged
    assert resolve(found, [], "UBND xã Tân Lập II tổ chức hội nghị.", None, date(2024, 1, 1)) is None


@pytest.mark.parametrize("station", ["Truyền hình Hương Khê", "ĐÀI TRUYỀN THANH HƯƠNG KHÊ"])
def test_a_stations_name_above_the_title_names_its_district(station: str) -> None:
    rec = record(
        f"{station}\n\nỦy ban MTTQ huyện triển khai công tác chuẩn bị Đại hội nhiệm kỳ 2024 - 2029\n\n"
        "Chiều ngày 14/9/2023, Ban Thường trực Ủy ban MTTQ huyện tổ chức hội nghị triển khai công tác chuẩn bị "
        "Đại hội MTTQ các xã.\n"
    )
    assert rec.title.startswith("Ủy ban MTTQ huyện") and rec.locality == ["Tỉnh Hà Tĩnh", "Huyện Hương Khê"]


def test_a_station_named_with_its_level_or_a_name_no_unit_bears_names_nothing_more() -> None:
    from sitegen.importer.places import station_unit

    assert station_unit("Đài Truyền thanh xã Tân Lập") is None  # read with its level word, as any text
    assert station_unit("Truyền thanh Bến Thành Mới") is None and station_unit("Báo Hương Khê") is None
    assert station_unit("Đài Phát thanh và Truyền hình Quảng Nam") == "Tỉnh Quảng Nam"
    assert station_unit("Đài Phát thanh và Truyền hình Hà Tĩnh") is None  # a province's name and its city's


def test_an_abbreviation_in_brackets_inside_the_organisers_name_does_not_cut_it() -> None:
    from sitegen.importer.fields import organization

    said = "Ngày 5/4, tại hội trường xã, Hội đồng nhân dân (HĐND) xã Tân Lập đã tổ chức kỳ họp chuyên đề."
    assert organization(said, True) == "Hội đồng nhân dân xã Tân Lập"


# --- pass 15: heldout14's failure patterns, on sentences of our own ---------------------------


def test_the_youth_unions_name_is_no_person_named_doan() -> None:
    said = (
        "Tiếp đó, đồng chí Trần Minh Hòa – Phó Chủ tịch Ủy ban MTTQ xã, kiêm Bí thư Đoàn Thanh niên xã, "
        "trình bày kế hoạch tổ chức Tháng Thanh niên."
    )
    assert [name for name, _ in people_by_title(said, is_unit_name)] == ["Trần Minh Hòa"]
    assert people_by_title("Bí thư Đoàn Thanh Niên xã phát biểu tại hội nghị.", is_unit_name) == []
    # a person whose family name is Đoàn is still read
    assert ("Đoàn Văn Hải", True) in people_by_title(
        "Bí thư Đảng ủy Đoàn Văn Hải phát biểu tại hội nghị.", is_unit_name
    )


def test_a_level_words_stop_does_not_cut_a_title_from_the_name_after_it() -> None:
    caption = "UVTV Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam TP.Vinh Trần Thị Lan Anh phát biểu tại hội nghị"
    assert ("Trần Thị Lan Anh", True) in people_by_title(caption, is_unit_name)
    # a full stop that ends a sentence still does
    assert people_by_title("Chủ tịch UBND xã dự. Trần Thị Lan Anh", is_unit_name) == []


def test_a_unit_only_the_2025_structure_holds_is_found_on_a_page_with_no_date() -> None:
    rec = record(
        "Ngũ Hành Sơn tổ chức Hội nghị Ủy ban Mặt trận phường lần thứ nhất\n\n"
        "UBND phường Ngũ Hành Sơn tổ chức hội nghị triển khai nhiệm vụ nhiệm kỳ 2025 - 2030 "
        "với 55 vị ủy viên khóa I.\n"
    )
    assert rec.date is None and rec.locality == ["Thành phố Đà Nẵng", "Phường Ngũ Hành Sơn"]
    # a dated page before July 2025 still reads the structure of its day
    dated = record(
        "Hội nghị giao ban Mặt trận phường Phúc Đồng\n\n"
        "Chiều ngày 24/02/2021, Ban Thường trực Ủy ban MTTQ phường Phúc Đồng tổ chức hội nghị giao ban "
        "tại quận Long Biên.\n"
    )
    assert dated.locality == ["Thành phố Hà Nội", "Quận Long Biên", "Phường Phúc Đồng"]


def test_a_section_label_between_the_title_and_the_title_printed_again_is_furniture() -> None:
    title = "Kỳ họp thứ Hai HĐND xã Tân Lập khóa XX"
    text = (
        f"{title}\n\nTin hoạt động cơ sở\n{title}\n"
        "Sáng ngày 20/7/2021, HĐND xã Tân Lập tổ chức kỳ họp thứ Hai.\n\nKỳ họp đã thông qua 5 nghị quyết.\n"
    )
    rec = record(text)
    assert rec.title == title
    body = [b.text for b in rec.blocks]
    assert body == ["Sáng ngày 20/7/2021, HĐND xã Tân Lập tổ chức kỳ họp thứ Hai.", "Kỳ họp đã thông qua 5 nghị quyết."]
    # a short line under the title with no title printed after it is no label
    kept = record(
        f"{title}\n\nHội nghị diễn ra sôi nổi\nSáng ngày 20/7/2021, HĐND xã Tân Lập tổ chức kỳ họp thứ Hai.\n"
    )
    assert any("Hội nghị diễn ra sôi nổi" in b.text for b in kept.blocks)


def test_a_contact_and_dialogue_meeting_is_a_dialogue() -> None:
    from sitegen.importer.fields import meeting

    said = (
        "Sáng 12/5, Đảng ủy xã tổ chức Hội nghị tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, "
        "chính quyền với Nhân dân."
    )
    assert meeting(said, Config()) == "đối thoại"
    # a type named as one item of a list of activities still names no meeting
    listed = "Hội phối hợp mở các lớp dạy nghề, tập huấn sử dụng vốn vay, chuyển giao khoa học kỹ thuật."
    assert meeting(listed, Config()) is None


def test_a_session_named_by_kỳ_họp_or_a_passive_tổ_chức_names_no_organiser() -> None:
    from sitegen.importer.fields import organization

    said = (
        "Sáng ngày 5/7/2021, HĐND xã Tân Lập khóa XX tổ chức kỳ họp thứ Nhất nhằm bầu các chức danh của HĐND, "
        "UBND nhiệm kỳ 2021-2026 và thông qua các nghị quyết của kỳ họp."
    )
    assert organization(said) == "HĐND xã Tân Lập khóa XX"
    assert organization("Đại hội Hội Nông dân xã Tân Lập lần thứ X được tổ chức trong bối cảnh mới.") is None
    assert organization("Chiều 3/4, Thường trực HĐND xã Tân Lập họp phiên thường kỳ tháng 4.") == (
        "Thường trực HĐND xã Tân Lập"
    )


def test_the_halls_owner_and_a_repeated_auxiliary_are_no_part_of_the_organiser() -> None:
    from sitegen.importer.fields import organization

    assert organization("Chiều ngày 4/8/2019 tại hội trường UBND xã BCH Đảng bộ xã đã tổ chức họp.") is None
    assert organization("Sáng ngày 2/3/2020 Chi bộ Trường Tiểu học Tân Lập đã đã tổ chức Đại hội.") == (
        "Chi bộ Trường Tiểu học Tân Lập"
    )
    # a hall named in its own clause leaves the organiser after it whole
    said = "Sáng 3/5, tại hội trường UBND xã, Hội Nông dân xã Tân Lập tổ chức hội nghị."
    assert organization(said) == "Hội Nông dân xã Tân Lập"


# --- sixteenth pass: heldout15's failure patterns ----------------------------------------------


@pytest.mark.parametrize(
    ("row", "when"),
    [
        ("14/03/2022 09:15 Số lượt xem: 312", datetime(2022, 3, 14, 9, 15, tzinfo=TZ)),
        ("Thứ hai - 14/03/2022 09:15 312 0", datetime(2022, 3, 14, 9, 15, tzinfo=TZ)),
        ("Chủ nhật, 13/03/2022 20:05 48", datetime(2022, 3, 13, 20, 5, tzinfo=TZ)),
    ],
)
def test_a_date_row_with_its_counters_dates_the_page(row: str, when: datetime) -> None:
    rec = record(
        f"Hội nghị giao ban công tác Mặt trận xã Tân Lập\n\n{row}\n\n"
        "Sáng ngày 12/3/2022, Ủy ban MTTQ xã Tân Lập tổ chức hội nghị giao ban quý I.\n"
    )
    assert rec.date == when
    assert all(row not in b.text for b in rec.blocks)


def test_a_date_row_between_the_title_and_the_title_printed_again_is_the_date_not_a_label() -> None:
    title = "Huyện Tân Lập triển khai kế hoạch dân vận năm 2022"
    rec = record(
        f"{title}\n\nThứ hai - 14/03/2022 09:15 312 0\n\n{title}\n\n"
        "Sáng ngày 12.3, Ban chỉ đạo công tác vận động quần chúng huyện Tân Lập tổ chức hội nghị.\n"
    )
    assert rec.title == title
    assert rec.date == datetime(2022, 3, 14, 9, 15, tzinfo=TZ)
    assert not any("14/03/2022" in d.text and "label" in d.reason for d in rec.dropped)


def test_a_section_no_list_knows_above_a_title_on_its_date_row_is_furniture() -> None:
    rec = record(
        "Quản lý đô thị và trật tự xây dựng\n"
        "HỘI NGHỊ ĐỐI THOẠI VỚI NHÂN DÂN PHƯỜNG HÀNG BẠC NĂM 2021\n"
        "12/05/2021 | 10:20 | Lượt xem: 88\n"
        "Tối 11/5/2021, UBND phường Hàng Bạc tổ chức hội nghị đối thoại với nhân dân.\n"
    )
    assert rec.title == "HỘI NGHỊ ĐỐI THOẠI VỚI NHÂN DÂN PHƯỜNG HÀNG BẠC NĂM 2021"
    assert rec.locality == ["Thành phố Hà Nội", "Quận Hoàn Kiếm", "Phường Hàng Bạc"]
    assert all("Quản lý đô thị" not in b.text for b in rec.blocks)
    # a line that says what happened above a plain line on the date row is the title itself
    kept = record(
        "Hội nghị đối thoại với nhân dân phường Hàng Bạc\nTin tổng hợp\n12/05/2021 | 10:20\n"
        "Tối 11/5/2021, UBND phường Hàng Bạc tổ chức hội nghị đối thoại với nhân dân.\n"
    )
    assert kept.title == "Hội nghị đối thoại với nhân dân phường Hàng Bạc"


def test_a_list_the_text_goes_on_with_and_a_schedule_are_text_not_captions() -> None:
    rec = record(
        "Hội nghị triển khai tiếp xúc cử tri phường Tân Lập\n\n"
        "Chiều ngày 3/6/2022, Thường trực HĐND phường Tân Lập tổ chức hội nghị triển khai kế hoạch.\n\n"
        "Lịch tiếp xúc cụ thể như sau:\n\n"
        "- 19h00 ngày 10/6/2022 tiếp xúc cử tri khu phố Đông\n\n"
        "- 14h00 ngày 11/6/2022 tiếp xúc cử tri khu phố Tây\n\n"
        "- 14h00 ngày 12/6/2022 tiếp xúc cử tri khu phố Nam\n\n"
        "Dự kiến kỳ họp diễn ra 01 ngày (từ ngày 20 đến ngày 25/6/2022)\n\n"
        "Thường trực HĐND đề nghị các khu phố thực hiện nghiêm túc kế hoạch.\n"
    )
    assert rec.captions == []
    # a photo's caption among paragraphs is still a caption
    shown = record(
        "Hội nghị triển khai tiếp xúc cử tri phường Tân Lập\n\n"
        "Chiều ngày 3/6/2022, Thường trực HĐND phường Tân Lập tổ chức hội nghị triển khai kế hoạch.\n\n"
        "Đồng chí Trần Văn Bình phát biểu tại hội nghị\n\n"
        "Thường trực HĐND đề nghị các khu phố thực hiện nghiêm túc kế hoạch.\n"
    )
    assert [c.text for c in shown.captions] == ["Đồng chí Trần Văn Bình phát biểu tại hội nghị"]


def test_a_headline_that_opens_with_its_unit_and_a_colon_is_text() -> None:
    rec = record(
        "Hội nghị Ban công tác Mặt trận khu dân cư nhiệm kỳ 2024 - 2026\n\n"
        "Phường Tân Lập: 9/9 khu phố tổ chức thành công hội nghị Ban công tác Mặt trận\n\n"
        "Trong ngày 14/01/2024, Ban công tác Mặt trận của 9/9 khu phố đã tổ chức hội nghị.\n"
    )
    assert rec.captions == []
    assert rec.blocks[0].text.startswith("Phường Tân Lập: 9/9 khu phố")


@pytest.mark.parametrize(
    "first",
    [
        "Sáng ngày 14/6/2021 Hội đồng nhân dân xã Tân Lập tổ chức kỳ họp thứ nhất khóa XX, nhiệm kỳ 2021 – 2026. "
        "Tham dự có đồng chí Trần Văn Bình – Bí thư Đảng ủy và 25 đại biểu Hội đồng nhân dân xã.",
        "Ảnh: Các đại biểu dự hội nghị",
    ],
)
def test_a_paste_that_lost_its_title_line_keeps_its_lead_and_is_a_draft(first: str) -> None:
    text = (
        f"{first}\n"
        "Tới dự và chủ trì hội nghị có đồng chí Trần Văn Bình - Bí thư Đảng ủy xã Tân Lập. Hội nghị đã thông qua "
        "kế hoạch công tác tháng 8 và phân công nhiệm vụ cho các thôn trên địa bàn xã.\n"
    )
    rec = record(text)
    assert rec.untitled
    assert rec.blocks[0].text == first  # the lead (or the caption) is the text's, not the title
    assert len(rec.title.split()) <= 17 and rec.title.rstrip(" …") in text
    from sitegen.importer import writer

    rendered = writer.render(rec)
    assert "\ndraft: true\n" in rendered
    # a title that is one sentence with a full stop stays the title
    titled = record(
        "Hội đồng nhân dân xã Tân Lập tổ chức kỳ họp thứ nhất.\n\n"
        "Sáng ngày 14/6/2021, Hội đồng nhân dân xã Tân Lập tổ chức kỳ họp thứ nhất khóa XX.\n"
    )
    assert not titled.untitled and titled.title == "Hội đồng nhân dân xã Tân Lập tổ chức kỳ họp thứ nhất."


def test_a_map_widgets_label_under_the_text_is_furniture() -> None:
    from sitegen.importer.furniture import is_widget

    assert is_widget("Bản đồ") and is_widget("bản đồ hành chính")
    assert not is_widget("Bản đồ số của xã được cập nhật hằng tháng.")


def test_an_organiser_written_ban_chi_dao_in_lower_case_is_found() -> None:
    from sitegen.importer.fields import organization

    said = "Sáng ngày 12.3 Ban chỉ đạo công tác vận động quần chúng huyện Tân Châu tổ chức triển khai kế hoạch."
    assert organization(said) == "Ban chỉ đạo công tác vận động quần chúng huyện Tân Châu"
    rec = record(
        "Tân Châu triển khai kế hoạch dân vận năm 2022\n\n14/03/2022 09:15\n\n"
        f"{said} Theo kế hoạch, huyện chọn xã Tân Hòa làm điểm.\n"
    )
    assert rec.locality == ["Tỉnh Tây Ninh", "Huyện Tân Châu"]


def test_the_portals_address_opening_the_lead_names_the_district_a_province_holds() -> None:
    rec = record(
        "Duyệt chương trình công tác dân vận năm 2023\n\n14/03/2023 09:15\n\n"
        "(cuchi.gov.vn) Ngày 13/3, Ban Dân vận Huyện ủy tổ chức cuộc họp duyệt chương trình của Khối vận các "
        "xã - thị trấn trên địa bàn TPHCM.\n"
    )
    assert rec.locality == ["Thành phố Hồ Chí Minh", "Huyện Củ Chi"]
    # an address of another province's district settles nothing against the province the text names
    other = record(
        "Duyệt chương trình công tác dân vận năm 2023\n\n14/03/2023 09:15\n\n"
        "(hoavang.gov.vn) Ngày 13/3, Ban Dân vận Huyện ủy tổ chức cuộc họp duyệt chương trình của Khối vận các "
        "xã - thị trấn trên địa bàn TPHCM.\n"
    )
    assert other.locality == ["Thành phố Hồ Chí Minh"]


def test_a_documents_subject_names_no_organiser() -> None:
    from sitegen.importer.fields import organization

    cited = "Quyết định số 16 của UBND thành phố về việc ban hành quy chế tổ chức và hoạt động của tổ dân phố."
    assert organization(cited) is None
    said = "Tối 11/5/2021, UBND phường Hàng Bạc tổ chức hội nghị đối thoại với nhân dân."
    assert organization(said) == "UBND phường Hàng Bạc"


# --- seventeenth pass: heldout16's failure patterns --------------------------------------------


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Ý kiến ()", True),
        ("Bình luận (3)", True),
        ("Tin mới nhất Tin mới nhất", True),
        ("Tin liên quan Tin liên quan", True),
        ("Ý kiến của cử tri được tổng hợp gửi kỳ họp", False),
        ("Tin mới nhất về kỳ họp", False),
    ],
)
def test_a_comment_counter_and_a_related_heading_printed_twice_end_the_text(line: str, heading: bool) -> None:
    from sitegen.importer.furniture import is_related_heading

    assert is_related_heading(line) is heading


def test_a_writer_who_signs_with_their_office_is_the_author() -> None:
    rec = record(
        "Đại biểu HĐND phường Tân Lập tiếp xúc cử tri\n\n"
        "Ngày 12/7/2023, HĐND phường Tân Lập tổ chức hội nghị tiếp xúc cử tri tại hội trường phường.\n\n"
        "Cử tri nêu 12 ý kiến, kiến nghị về trật tự đô thị./.\n\n"
        "Trần Văn Bình – Phó Chủ tịch HĐND phường Tân Lập\n\n"
        "Tin mới nhất Tin mới nhất\n\nTin liên quan\n"
    )
    assert rec.authors == ["Trần Văn Bình"]
    assert all("Tin mới nhất" not in b.text and "Trần Văn Bình" not in b.text for b in rec.blocks)
    from sitegen.importer.fields import byline_with_org

    # a person in a photo, their office and what they do: a caption, not a signature
    assert byline_with_org("Trần Văn Bình – Chủ tịch UBND phường phát biểu tại hội nghị") is None


def test_a_pictures_label_between_paragraphs_is_furniture() -> None:
    from sitegen.importer.furniture import is_picture_label

    assert is_picture_label("Daihoi 3") and is_picture_label("Đoàn 2")
    assert not is_picture_label("Tổ 5") and not is_picture_label("Phường 7") and not is_picture_label("Kỳ 2")
    assert not any(is_picture_label(t) for t in ("Câu 2", "Bảng 1", "Khối 3", "Buổi 2", "năm 2"))
    rec = record(
        "Đoàn xã Tân Lập tổng kết công tác Đoàn năm 2022\n\n19/12/2022 19:25\n\n"
        "Sáng ngày 18/12/2022, Đoàn xã Tân Lập tổ chức hội nghị tổng kết công tác Đoàn năm 2022.\n\n"
        "Daihoi 3\n\nĐ/c Trần Thị Mai - Bí thư Đoàn xã thông qua báo cáo tổng kết\n\n"
        "Các đại biểu đã tham luận, đóng góp ý kiến để hoàn thiện báo cáo.\n"
    )
    assert any(d.text == "Daihoi 3" for d in rec.dropped)
    assert [c.text for c in rec.captions] == ["Đ/c Trần Thị Mai - Bí thư Đoàn xã thông qua báo cáo tổng kết"]


def test_a_plans_reference_names_no_organiser() -> None:
    from sitegen.importer.fields import organization

    cited = (
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 02/03/2022 của UBND quận Hoàn Kiếm về Tổ chức hội nghị đối thoại "
        "với nhân dân năm 2022;"
    )
    assert organization(cited) is None
    rec = record(
        "Hội nghị đối thoại với nhân dân năm 2022\n\n15/03/2022 | 10:20\n\n"
        f"{cited}\n\nNgày 10/3/2022 UBND phường Hàng Bạc tổ chức Hội nghị đối thoại với nhân dân trên địa bàn.\n"
    )
    assert rec.organization == "UBND phường Hàng Bạc"
    assert rec.locality == ["Thành phố Hà Nội", "Quận Hoàn Kiếm", "Phường Hàng Bạc"]


def test_a_youth_union_committee_written_in_lower_case_names_its_district() -> None:
    rec = record(
        "Tổng kết công tác Đoàn năm 2022\n\n30/12/2022 08:00\n\n"
        "Sáng ngày 29-12, Ban chấp hành huyện Đoàn Củ Chi tổ chức tổng kết công tác Đoàn năm 2022. "
        "Phó Bí thư Thành Đoàn Nguyễn Văn An dự chỉ đạo hội nghị.\n"
    )
    assert rec.locality == ["Thành phố Hồ Chí Minh", "Huyện Củ Chi"]
    assert named_places("Phó Bí thư tỉnh Đoàn Nguyễn Văn An phát biểu") == []  # a person, never a place


def test_the_units_of_a_prize_list_are_not_where_the_meeting_is() -> None:
    rec = record(
        "Tỉnh Đoàn Long An tổng kết hội thi năm 2023\n\n06/05/2023 08:00\n\n"
        "Sáng ngày 5/5/2023, Tỉnh Đoàn Long An tổ chức tổng kết hội thi tìm hiểu lịch sử Đoàn. "
        "Về giải tập thể, Huyện Đoàn Cần Giuộc giải Nhất, Huyện Đoàn Đức Hòa giải Nhì.\n"
    )
    assert rec.locality == ["Tỉnh Long An"]


def test_a_period_of_meetings_in_several_places_has_no_one_day() -> None:
    head = "HĐND phường Tân Lập tiếp xúc cử tri sau kỳ họp\n\n"
    several = (
        "Từ ngày 10/7 đến ngày 14/7/2023, HĐND phường Tân Lập tổ chức hội nghị tiếp xúc cử tri tại 05 khu phố "
        "trên địa bàn phường.\n\nCử tri nêu 12 ý kiến.\n"
    )
    rec = record(head + several)
    assert rec.event_date is None and rec.date is None
    one = "Từ ngày 10/7 đến ngày 12/7/2023, HĐND phường Tân Lập tổ chức hội nghị tổng kết.\n\nCử tri nêu 12 ý kiến.\n"
    assert record(head + one).event_date == date(2023, 7, 10)


def test_a_gallery_glued_after_a_terms_years_and_its_next_sentence_are_captions() -> None:
    gallery = (
        "Các đại biểu chào cờ.Đồng chí Trần Văn Bình tặng hoa Ban Chấp hành nhiệm kỳ 2025-2030."
        "Đồng chí Lê Thị Mai phát biểu tại đại hội."
    )
    rec = record(
        "Đại hội Đảng bộ phường Tân Lập\n\n10/08/2025 08:00\n\n"
        "Sáng ngày 9/8, Đảng bộ phường Tân Lập tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. "
        "Đồng chí Trần Văn Bình dự và chỉ đạo đại hội.\n\n"
        f"{gallery}\n\nCác tiết mục văn nghệ chào mừng Đại hội Đảng bộ phường Tân Lập.\n"
    )
    assert [c.text for c in rec.captions] == [
        gallery,
        "Các tiết mục văn nghệ chào mừng Đại hội Đảng bộ phường Tân Lập.",
    ]
    # a paragraph that reports after a caption stays text
    told = record(
        "Đại hội Đảng bộ phường Tân Lập\n\n10/08/2025 08:00\n\n"
        "Sáng ngày 9/8, Đảng bộ phường Tân Lập tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n\n"
        f"{gallery}\n\nĐại hội đã bầu Ban Chấp hành gồm 15 đồng chí.\n"
    )
    assert [c.text for c in told.captions] == [gallery]


def test_two_pen_names_signed_without_their_dash_are_two_writers() -> None:
    from sitegen.importer.fields import signature

    assert signature("Thu Hằng Quốc Bảo") == ["Thu Hằng", "Quốc Bảo"]
    assert signature("Nguyễn Thị Thu Hằng") == ["Nguyễn Thị Thu Hằng"]  # a surname opens a full name


def test_a_stand_in_title_leaves_out_the_portals_tag() -> None:
    from sitegen.importer.parse import stand_in_title

    lead = "(tanlaptv.vn) – Sáng ngày 12/12, Đoàn xã Tân Lập tổ chức hội nghị tổng kết công tác Đoàn năm 2022."
    assert stand_in_title(lead).startswith("Sáng ngày 12/12, Đoàn xã Tân Lập")


def test_the_articles_last_sentence_is_never_a_caption_and_an_office_in_brackets_signs() -> None:
    text = (
        "Hội nghị giao ban Mặt trận xã Tân Lập\n\n12/03/2022 09:15\n\n"
        "Sáng ngày 11/3/2022, Ủy ban MTTQ xã Tân Lập tổ chức hội nghị giao ban quý I.\n\n"
        "Các đại biểu thảo luận 5 nội dung./.\n\nLê Thị Hoa (Phó Bí thư Đoàn xã)\n"
    )
    rec = record(text)
    assert rec.captions == [] and rec.blocks[-1].text == "Các đại biểu thảo luận 5 nội dung./."
    assert rec.authors == ["Lê Thị Hoa"]


# Eighteenth pass (heldout17's failure patterns), on sentences of our own.
@pytest.mark.parametrize(
    "first",
    [
        "Đồng chí Trần Văn Bình, Bí thư Đảng ủy xã phát biểu tại hội nghị",
        "Các đại biểu tham dự hội nghị.",
        "Các ông: Trần Văn Bình - Bí thư Đảng ủy; Lê Văn Nam - Chủ tịch UBND xã chủ trì kỳ họp.",
    ],
)
def test_a_paste_that_opens_with_a_photos_caption_has_no_title_line(first: str) -> None:
    text = (
        f"{first}\n\n"
        "Ngày 14/6/2024, Hội đồng nhân dân xã Tân Lập tổ chức kỳ họp thứ mười. Hội nghị đã thông qua "
        "kế hoạch công tác quý III và phân công nhiệm vụ cho các thôn trên địa bàn xã.\n"
    )
    rec = record(text)
    assert rec.untitled and [c.text for c in rec.captions] == [first]
    assert rec.title.startswith("Ngày 14/6/2024, Hội đồng nhân dân xã Tân Lập")


def test_a_caption_roll_call_chairs_and_a_title_that_names_its_meeting_stays_the_title() -> None:
    rec = record(
        "Các ông: Trần Văn Bình - Bí thư Đảng ủy; Lê Văn Nam - Phó Chủ tịch HĐND xã chủ trì kỳ họp.\n\n"
        "Kỳ họp đã thông qua 6 nghị quyết về kinh tế - xã hội của xã Tân Lập năm 2025.\n"
    )
    assert rec.people == ["Trần Văn Bình", "Lê Văn Nam"]
    # a title names which meeting ("… chủ trì Hội nghị tổng kết …"); a lead of one sentence opens with its day
    for first in (
        "Đồng chí Trần Văn Bình chủ trì Hội nghị tổng kết công tác Mặt trận năm 2024",
        "Sáng 5/3/2024, đồng chí Trần Văn Bình, Chủ tịch UBND xã Tân Lập chủ trì hội nghị.",
    ):
        kept = record(f"{first}\n\nHội nghị đã thông qua kế hoạch công tác năm 2024 của xã Tân Lập.\n")
        assert kept.captions == []
    assert not record(
        "Đồng chí Trần Văn Bình chủ trì Hội nghị tổng kết công tác Mặt trận năm 2024\n\n"
        "Sáng 5/3/2024, Ủy ban MTTQ xã Tân Lập tổ chức hội nghị tổng kết.\n"
    ).untitled


def test_a_photos_sentence_naming_the_party_committee_is_a_caption_between_paragraphs() -> None:
    caption = "Các đồng chí Thường trực Đảng ủy xã chủ trì hội nghị."
    rec = record(
        "Đảng ủy xã Tân Lập giao ban tháng 5\n\n12/05/2024 08:00\n\n"
        "Chiều 10/5/2024, Ban Thường vụ Đảng ủy xã Tân Lập tổ chức hội nghị giao ban Bí thư các chi bộ "
        "trực thuộc nhằm đánh giá kết quả thực hiện nhiệm vụ tháng 4 và triển khai nhiệm vụ tháng 5.\n\n"
        f"{caption}\n\n"
        "Tại hội nghị, các đại biểu đã nghe báo cáo kết quả công tác tháng 4 và thảo luận những khó khăn "
        "trong thực hiện nhiệm vụ tại cơ sở.\n"
    )
    assert [c.text for c in rec.captions] == [caption]
    # "đang" (the tense word) still marks a sentence that reports
    told = record(
        "Đảng ủy xã Tân Lập giao ban tháng 5\n\n12/05/2024 08:00\n\n"
        "Chiều 10/5/2024, Ban Thường vụ Đảng ủy xã Tân Lập tổ chức hội nghị giao ban Bí thư các chi bộ "
        "trực thuộc nhằm đánh giá kết quả thực hiện nhiệm vụ tháng 4 và triển khai nhiệm vụ tháng 5.\n\n"
        "Các chi bộ đang chuẩn bị đại hội.\n\n"
        "Tại hội nghị, các đại biểu đã nghe báo cáo kết quả công tác tháng 4 và thảo luận những khó khăn "
        "trong thực hiện nhiệm vụ tại cơ sở.\n"
    )
    assert told.captions == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chị Lê Thị Thu Hà – Bí thư Huyện đoàn dự và chỉ đạo đại hội.", ["Lê Thị Thu Hà"]),
        (
            "Phát biểu tại hội nghị, anh Trần Minh Khoa – Phó Bí thư Thành Đoàn đề nghị các cơ sở Hội.",
            ["Trần Minh Khoa"],
        ),
        ("Các anh, chị Thường trực Hội tham dự hội nghị.", []),
        ("Huyện Anh Sơn tổ chức hội nghị, anh em đoàn viên tham dự.", []),
    ],
)
def test_a_youth_unions_anh_or_chi_before_a_full_name_introduces_a_person(text: str, expected: list[str]) -> None:
    found = [name for name, heard in people_by_title(text, lambda _: False) if heard]
    assert found == expected


def test_a_year_end_report_with_no_date_is_read_in_the_structure_of_the_year_it_reviews() -> None:
    def report(reviewed: int) -> list[str]:
        return record(
            "HĐND phường Diên Hồng tổng kết\n\n"
            f"Kỳ họp đã thông qua báo cáo tình hình hoạt động năm {reviewed} và chương trình công tác năm "
            f"{reviewed + 1} của Thường trực HĐND phường Diên Hồng.\n"
        ).locality

    assert report(2023) == ["Tỉnh Gia Lai", "Thành phố Pleiku", "Phường Diên Hồng"]  # before 1 July 2025
    assert report(2025) == []  # after it two wards bear the name (Gia Lai, Hồ Chí Minh): not guessed


# Nineteenth pass (heldout18's failure patterns), each on sentences of our own.
def test_a_reading_counter_and_a_tools_empty_label_are_furniture() -> None:
    for line in ("Số lần đọc: 1130", "Lượt đọc: 57", "Xem cỡ chữ:", "Đọc bài viết:"):
        assert is_bar(line), line
    for line in ("Đọc bài viết của đồng chí Bí thư tại hội nghị.", "Số lần đọc báo của hội viên tăng 20%."):
        assert not is_bar(line), line
    # the counter under the signature no longer hides it from the tail rules
    rec = record(
        "Hội Nông dân xã Tân Lập tổng kết năm 2024\n\n12/12/2024\n\n"
        "Sáng 10/12/2024, Hội Nông dân xã Tân Lập tổ chức hội nghị tổng kết công tác Hội năm 2024.\n\n"
        "Minh Hà\nSố lần đọc: 245\n"
    )
    assert rec.authors == ["Minh Hà"]
    assert all("245" not in b.text for b in rec.blocks)


def test_a_site_templates_placeholder_is_furniture() -> None:
    assert is_placeholder("Your Website Title") and is_placeholder("Responsive image")
    for line in ("Image", "PV", "Ban Dân vận", "Tin ảnh", "Hội nghị tổng kết", "Skip Ribbon Commands"):
        assert not is_placeholder(line), line
    rec = record(
        "Your Website Title\nHội Nông dân xã Tân Lập tổng kết năm 2024\n"
        "Sáng 10/12/2024, Hội Nông dân xã Tân Lập tổ chức hội nghị tổng kết công tác Hội năm 2024.\n\n"
        "Responsive image\n\n"
        "Hội nghị đã biểu dương 12 hội viên sản xuất, kinh doanh giỏi.\n"
    )
    assert rec.title == "Hội Nông dân xã Tân Lập tổng kết năm 2024"
    assert all("Responsive" not in b.text and "Website" not in b.text for b in rec.blocks)


def test_a_sidebars_list_of_links_above_the_date_is_dropped() -> None:
    rec = record(
        "Liên kết website\nCơ quan Trung ương\nCác sở, ban, ngành\nNgày đăng: 05.03.2024\n"
        "Sáng ngày 4/3/2024, Ủy ban MTTQ xã Tân Lập tổ chức hội nghị sơ kết công tác Mặt trận quý I năm 2024. "
        "Dự hội nghị có đại diện Thường trực Đảng ủy xã.\n\n"
        "Hội nghị đã đánh giá kết quả công tác quý I và đề ra nhiệm vụ quý II năm 2024.\n"
    )
    assert rec.title != "Các sở, ban, ngành"
    assert {d.text for d in rec.dropped} >= {"Liên kết website", "Cơ quan Trung ương", "Các sở, ban, ngành"}
    # a headline under the widget's heading is no link: it stays the title
    kept = record(
        "Liên kết website\nHội Nông dân xã Tân Lập tổng kết năm 2024\n12/12/2024\n"
        "Sáng 10/12/2024, Hội Nông dân xã Tân Lập tổ chức hội nghị tổng kết công tác Hội năm 2024.\n"
    )
    assert kept.title == "Hội Nông dân xã Tân Lập tổng kết năm 2024"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Bích Hồng (Chi Lăng)", ["Bích Hồng"]),
        ("CTV Đức Thành (Tỉnh đoàn)", ["Đức Thành"]),
        ("Minh Anh (xã Tân Lập)", ["Minh Anh"]),
        ("PV Thu Hà", ["Thu Hà"]),
    ],
)
def test_a_correspondents_role_and_place_are_no_part_of_the_name(line: str, expected: list[str]) -> None:
    assert signature(line) == expected


def test_gap_go_doi_thoai_names_one_meeting() -> None:
    said = "Phát biểu kết luận tại buổi gặp gỡ, đối thoại, đồng chí Chủ tịch UBND tỉnh đánh giá cao các ý kiến."
    assert meeting(said, Config()) == "đối thoại"
    # a type as one item of a list of activities is still no meeting of the article
    assert meeting("Hội đã tổ chức tuyên truyền, đối thoại, hội thi cho hội viên.", Config()) is None


def test_a_later_sessions_year_end_report_dates_its_yearless_day() -> None:
    rec = record(
        "HĐND xã Tân Lập tổ chức kỳ họp thứ 5\n\n"
        "Ngày 22/12, HĐND xã Tân Lập tổ chức kỳ họp lần thứ 05, khóa XIII (Nhiệm kỳ 2021-2026).\n\n"
        "Kỳ họp đã thông qua báo cáo kết quả năm 2022 và kế hoạch phát triển kinh tế - xã hội năm 2023.\n"
    )
    assert rec.event_date == date(2022, 12, 22)


def test_a_term_still_to_be_elected_is_not_the_meetings_year() -> None:
    rec = record(
        "Thường trực HĐND phường Tân Lập họp tháng 10\n\n"
        "Chiều ngày 30/10, Thường trực HĐND phường Tân Lập họp đánh giá kết quả tháng 10 và triển khai "
        "công tác bầu cử đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031.\n\n"
        "Các đại biểu cho ý kiến về nhiệm vụ tháng 11 năm 2025 và kỳ họp thứ 5 của HĐND phường khóa I, "
        "nhiệm kỳ 2021 – 2026.\n"
    )
    assert rec.event_date == date(2025, 10, 30)


def test_neu_raising_a_view_is_no_if_in_a_photos_sentence() -> None:
    def captions(middle: str) -> list[str]:
        return [
            c.text
            for c in record(
                "Hội Nông dân xã Tân Lập đối thoại với hội viên\n\n12/05/2024 08:00\n\n"
                "Chiều 10/5/2024, Hội Nông dân xã Tân Lập tổ chức hội nghị đối thoại giữa lãnh đạo xã với cán bộ, "
                "hội viên nông dân về chuyển đổi cây trồng, vốn vay và tiêu thụ nông sản.\n\n"
                f"{middle}\n\n"
                "Các ý kiến, kiến nghị của hội viên đã được lãnh đạo UBND xã và các ngành chuyên môn tiếp thu, "
                "giải đáp cụ thể ngay tại hội nghị.\n"
            ).captions
        ]

    assert captions("Hội viên nông dân nêu ý kiến tại hội nghị.") == ["Hội viên nông dân nêu ý kiến tại hội nghị."]
    assert captions("Nếu thiếu vốn, hội viên vay tại ngân hàng xã.") == []  # "nếu" (if) still reasons


# Twentieth pass (heldout19's failure patterns).


def test_a_null_line_that_holds_the_only_title_keeps_it() -> None:
    lead = "Ngày 12/5/2022, Đảng ủy xã Tân Lập tổ chức đại hội điểm chi bộ thôn Đông, nhiệm kỳ 2022 – 2025."
    alone = record(f"null Tân Lập tổ chức đại hội điểm chi bộ thôn\n\ncontent:\n\n{lead}\n")
    assert alone.title == "Tân Lập tổ chức đại hội điểm chi bộ thôn"
    # a "null …" line over the title it repeats is still the template's and goes
    again = record(
        f"null Tân Lập tổ chức đại hội điểm chi bộ thôn\n\nTân Lập tổ chức đại hội điểm chi bộ thôn\n\n{lead}\n"
    )
    assert again.title == "Tân Lập tổ chức đại hội điểm chi bộ thôn"
    assert "null" not in " ".join(b.text for b in again.blocks)


def test_a_correspondents_byline_in_brackets_signs_the_writer() -> None:
    rec = record(
        "Thường trực HĐND xã Tân Lập họp tháng 3\n\n05/03/2024\n\n"
        "Sáng ngày 04/3/2024, Thường trực HĐND xã Tân Lập họp đánh giá kết quả tháng 2 và nhiệm vụ tháng 3.\n\n"
        "(CTV: Thu Hà)\n"
    )
    assert rec.authors == ["Thu Hà"]
    assert "CTV" not in " ".join(b.text for b in rec.blocks)


@pytest.mark.parametrize("unit", ["Huyện đoàn Tân Lập", "Tỉnh đoàn", "Thành đoàn Vinh"])
def test_a_youth_unions_committee_after_the_dash_is_the_writers_unit(unit: str) -> None:
    assert signature(f"Lê Văn Tâm – {unit}") == ["Lê Văn Tâm"]


def test_a_committee_membership_glued_to_the_name_is_no_part_of_it() -> None:
    text = "Kết luận hội nghị, đồng chí Lê Văn Tâm Tỉnh ủy viên, Bí thư Huyện ủy yêu cầu các xã triển khai kế hoạch."
    assert [name for name, _ in people(text)] == ["Lê Văn Tâm"]
    # a given name that is a level word stays the name's
    assert [name for name, _ in people("Đồng chí Huỳnh Văn Tỉnh phát biểu tại hội nghị.")] == ["Huỳnh Văn Tỉnh"]


@pytest.mark.parametrize(
    "theme",
    [
        "Chủ đề năm 2024: Tăng cường kỷ luật, kỷ cương; đẩy mạnh cải cách hành chính",
        "Năm 2024 đẩy mạnh chuyển đổi số, xây dựng nông thôn mới nâng cao",
    ],
)
def test_the_years_theme_above_the_title_is_no_title(theme: str) -> None:
    rec = record(
        f"{theme}\nHĐND xã Tân Lập tổ chức kỳ họp thứ 7\nLượt xem: 40\n"
        "Sáng ngày 20/12, HĐND xã Tân Lập tổ chức kỳ họp thứ 7 xem xét báo cáo kinh tế - xã hội năm 2023.\n"
    )
    assert rec.title == "HĐND xã Tân Lập tổ chức kỳ họp thứ 7"
    assert rec.event_date == date(2023, 12, 20)  # the year the report reviews, not the theme's


def test_a_headline_opening_with_its_year_and_a_comma_stays_the_title() -> None:
    rec = record("Năm 2024, xã Tân Lập đẩy mạnh chuyển đổi số\n\n12/05/2024\n\nXã Tân Lập đã hoàn thành 12 chỉ tiêu.\n")
    assert rec.title == "Năm 2024, xã Tân Lập đẩy mạnh chuyển đổi số"


def test_a_widget_label_printed_twice_is_furniture() -> None:
    assert is_doubled_label("TIN TỨC MEDIA TIN TỨC MEDIA") and is_doubled_label("Danh mục Danh mục")
    assert not is_doubled_label("Tân Lập Tân Lập.") and not is_doubled_label("Hội nghị Ban Chấp hành")


def test_a_credit_in_brackets_names_who_made_the_article() -> None:
    assert byline("( Trung tâm Văn hóa huyện thực hiện )") == ["Trung tâm Văn hóa huyện"]
    assert byline("(Thu Hà – Minh Anh thực hiện)") == ["Thu Hà", "Minh Anh"]
    assert byline("(Các xã thực hiện)") is None  # a sentence's bracket, no credit


def test_a_rule_of_dots_under_the_title_is_furniture() -> None:
    assert is_bar("………………..") and is_bar("..........")
    assert not is_bar("Hội nghị tổng kết…")


# Twenty-first pass (heldout20's failure patterns).

SESSION = "HĐND xã Tân Lập khai mạc kỳ họp thứ 9\n\nSáng 8/12/2023, HĐND xã Tân Lập khai mạc kỳ họp thứ 9. "


def test_a_family_name_of_the_north_opens_a_name() -> None:
    chairs = "Các đồng chí: Lò Văn Tâm- Chủ tịch HĐND xã; Chẩu Văn Lâm- Phó Chủ tịch HĐND xã đồng chủ trì.\n"
    assert record(SESSION + chairs).people == ["Lò Văn Tâm", "Chẩu Văn Lâm"]
    assert record(SESSION + chairs.replace("Chẩu", "Điêu")).people == ["Lò Văn Tâm", "Điêu Văn Lâm"]


def test_thi_marks_a_womans_name_whatever_her_family_name() -> None:
    chairs = (
        "Các đồng chí: Phương Thị Thanh- Bí thư Đảng ủy, Chủ tịch HĐND xã; "
        "Lò Văn Tâm- Phó Chủ tịch HĐND xã đồng chủ trì.\n"
    )
    assert record(SESSION + chairs).people == ["Phương Thị Thanh", "Lò Văn Tâm"]
    # "Thị" after a level word is a town or a committee, no woman's name
    assert record(SESSION + "Thị xã Tân Lập và Thị đoàn Tân Lập cùng dự kỳ họp.\n").people == []


@pytest.mark.parametrize("to_come", ["vào ngày 26, 27/5 tới", "vào ngày 27/5/2022 sắp tới", "vào ngày 27/5 tới đây"])
def test_a_day_to_come_is_not_the_reported_meetings(to_come: str) -> None:
    rec = record(
        "Tân Lập hoàn thành đại hội chi hội nhiệm kỳ 2022-2027\n\n"
        "Đến nay, 12/12 chi hội của xã Tân Lập đã tổ chức xong đại hội nhiệm kỳ 2022-2027.\n\n"
        f"Các đại hội đã bầu 30 đại biểu đi dự Đại hội Hội xã Tân Lập được tổ chức {to_come}.\n"
    )
    assert rec.date is None and rec.event_date is None
    # the day a meeting was held stays its date
    held = record("Tân Lập tổ chức đại hội\n\nNgày 26/5/2022, Hội xã Tân Lập tổ chức đại hội nhiệm kỳ 2022-2027.\n")
    assert held.event_date == date(2022, 5, 26)


@pytest.mark.parametrize("office", ["VPHU Tân Lập", "TTVH huyện Tân Lập", "VPUB"])
def test_an_abbreviated_office_with_its_place_after_the_dash_is_no_writer(office: str) -> None:
    assert signature(f"Lê Văn Tâm - {office}") == ["Lê Văn Tâm"]
    assert signature("Thu Hà - Minh Anh") == ["Thu Hà", "Minh Anh"]  # two writers stay two


def test_a_lead_printed_above_the_title_and_again_under_its_date_is_no_title() -> None:
    lead = (
        "Sáng 8/12, HĐND xã Tân Lập khai mạc kỳ họp thứ 9 xem xét báo cáo kinh tế - xã hội cả năm. "
        "Các đồng chí: Lò Văn Tâm- Bí thư Đảng ủy, Chủ tịch HĐND xã; Lê Thị Hoa- Phó Chủ tịch HĐND xã đồng chủ trì."
    )
    rec = record(f"{lead}\n\nKhai mạc kỳ họp thứ 9, HĐND xã Tân Lập\n09:15, 09/12/2023\n\n{lead}\n")
    assert rec.title == "Khai mạc kỳ họp thứ 9, HĐND xã Tân Lập"
    assert rec.date == datetime(2023, 12, 9, 9, 15, tzinfo=TZ)
    assert [b.text for b in rec.blocks if b.kind == "paragraph"] == [lead]
    # a paste that starts with the lead and has no title keeps the lead as its text
    untitled = record(f"{lead}\n\nĐại biểu thảo luận tại kỳ họp\n\nKỳ họp thông qua 12 nghị quyết.\n")
    assert untitled.untitled and lead in [b.text for b in untitled.blocks]


def test_a_section_label_with_its_sections_in_brackets_is_no_title() -> None:
    rec = record(
        "Tin Tổng Hợp ( Chính trị, Văn hóa, Xã hội)\n\nKhai mạc kỳ họp thứ 9, HĐND xã Tân Lập\n\n"
        "Sáng 8/12/2023, HĐND xã Tân Lập khai mạc kỳ họp thứ 9.\n"
    )
    assert rec.title == "Khai mạc kỳ họp thứ 9, HĐND xã Tân Lập"
    # a title whose bracket names places, words following it, is no label
    lead = "Sáng 8/12/2023, HĐND ba xã của huyện Yên Bình khai mạc kỳ họp thứ 9 cùng một ngày."
    assert not is_section_label("Tin mừng từ ba xã (Tân Lập, Yên Bình, Vĩnh Kiên) của huyện Yên Bình", lead)


def test_a_sessions_bracket_saying_it_reviews_the_term_names_no_meeting_type() -> None:
    cfg = Config()
    session = "Sáng 8/12, HĐND xã Tân Lập khai mạc Kỳ họp thứ 20 (tổng kết nhiệm kỳ 2021 - 2026)."
    assert meeting(session, cfg) is None
    assert meeting("Đại hội Hội Nông dân xã Tân Lập lần thứ X (tổng kết nhiệm kỳ 2018 - 2023).", cfg) is None
    assert meeting("Sáng 8/12, UBND xã Tân Lập tổ chức hội nghị tổng kết năm 2023.", cfg) == "tổng kết"


def test_a_provinces_paper_signing_a_text_that_says_only_tinh_names_the_province() -> None:
    text = (
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh\n\nNgày 5/12/2023, Ban Chấp hành Đảng bộ tỉnh họp đánh giá "
        "nhiệm vụ năm 2023.\n\n{sign}\n"
    )
    assert record(text.format(sign="Báo Sơn La")).locality == ["Tỉnh Sơn La"]  # the province, not its city
    assert record(text.format(sign="Minh Anh")).locality == []
    # a commune the text names, borne by several units, is left unresolved, not put in the paper's province
    named = record(text.replace("Đảng bộ tỉnh họp", "Đảng bộ xã Thống Nhất họp").format(sign="Báo Sơn La"))
    assert named.locality == []


def test_a_live_report_that_says_the_session_goes_on_tomorrow_is_of_the_day_before() -> None:
    live = (
        "Khai mạc kỳ họp thứ 9, HĐND xã Tân Lập (trực tiếp)\n\n"
        "-15 giờ 30 phút: Trưởng Ban Kinh tế - Xã hội HĐND xã trình bày báo cáo thẩm tra về tình hình thực "
        "hiện nhiệm vụ của UBND xã năm 2023 và các nội dung chuyên đề được phân công. "
        "(Ngày mai 12-12, kỳ họp tiếp tục chương trình làm việc)\n\n"
        "-14 giờ 30 phút: Phó Chủ tịch UBND xã trình bày báo cáo tình hình kinh tế - xã hội năm 2023.\n"
    )
    assert record(live).event_date == date(2023, 12, 11)
    # a notice of a meeting held tomorrow keeps the meeting's day
    notice = (
        "Tân Lập sẽ tổ chức kỳ họp thứ 9\n\n"
        "Ngày mai 12/12/2023, HĐND xã Tân Lập tổ chức kỳ họp thứ 9 xem xét kết quả năm 2023.\n"
    )
    assert record(notice).event_date == date(2023, 12, 12)


def test_a_count_of_delegates_attending_between_paragraphs_is_a_caption() -> None:
    rec = record(
        "Đại hội Hội Nông dân xã Tân Lập\n\n"
        "Hội Nông dân xã Tân Lập vừa tổ chức thành công Đại hội lần thứ X, nhiệm kỳ 2023 – 2028.\n\n"
        "85 đại biểu là hội viên Hội Nông dân xã tham dự đại hội.\n\n"
        "Đại hội đã thảo luận, thông qua Nghị quyết và bầu Ban Chấp hành khóa mới gồm 11 đồng chí.\n"
    )
    kinds = {b.text: b.kind for b in rec.blocks}
    assert kinds["85 đại biểu là hội viên Hội Nông dân xã tham dự đại hội."] == "caption"
    # a sentence that reports how many came, with more to say, stays text
    more = "Có 85 đại biểu tham dự đại hội, đại diện cho hơn 1.200 hội viên của 9 chi hội."
    other = record(f"Đại hội Hội Nông dân xã Tân Lập\n\n{more}\n\nĐại hội bầu Ban Chấp hành gồm 11 đồng chí.\n")
    assert {b.text: b.kind for b in other.blocks}[more] == "paragraph"


# --- twenty-second pass (heldout21's failure patterns, on sentences of our own) -------------


def test_a_read_aloud_voice_and_an_attachment_with_its_size_are_furniture() -> None:
    assert is_bar("Giọng nữ miền Nam") and is_bar("Giọng nam miền Bắc")
    assert not is_bar("Giọng hát miền Nam")
    assert is_image_name("DSC_0123.jpg (1,2 MB)") and is_image_name("IMG_2041.JPG (662 KB)")
    assert not is_image_name("Hội nghị tổng kết (2 KB)")


def test_an_english_related_heading_cuts_the_list_under_it() -> None:
    assert is_related_heading("Related post") and is_related_heading("Related articles:")
    assert not is_related_heading("Related to the people of Tân Lập")
    rec = record(
        "Khai mạc kỳ họp thứ 9 HĐND xã Tân Lập\n\nSáng 8/12/2023, HĐND xã Tân Lập khai mạc kỳ họp thứ 9.\n\n"
        "Minh Anh\n\nRelated post\n\nTân Lập tổng kết công tác Mặt trận năm 2023\n"
    )
    assert rec.authors == ["Minh Anh"]
    assert all("tổng kết" not in b.text for b in rec.blocks)


def test_the_tags_under_a_keyword_heading_are_furniture_and_the_signature_above_is_read() -> None:
    assert is_tags_heading("Từ khóa") and is_tags_heading("Tags:")
    rec = record(
        "Khai mạc kỳ họp thứ 9 HĐND xã Tân Lập\n\nSáng 8/12/2023, HĐND xã Tân Lập khai mạc kỳ họp thứ 9.\n\n"
        "Minh Anh\n\nTừ khóa\n\ntân lập kỳ họp hội đồng nhân dân xã\n"
    )
    assert rec.authors == ["Minh Anh"]
    assert all("tân lập kỳ họp" not in b.text for b in rec.blocks)
    # under the heading, a sentence is the text going on, not a tag list
    assert not is_tags_after_heading("Chuyển đổi số là nhiệm vụ trọng tâm của xã Tân Lập.")


def test_a_pictures_alt_text_made_of_the_title_and_its_number_is_furniture() -> None:
    assert is_alt_text("Tân Lập: Khai mạc kỳ họp thứ 9 HĐND xã - Ảnh 1")
    assert is_alt_text("Khai mạc kỳ họp thứ 9 HĐND xã Tân Lập – Hình 2")
    assert not is_alt_text("Đại biểu tham dự kỳ họp. Ảnh: Minh Anh")
    assert not is_alt_text("Khai mạc kỳ họp thứ 9 - Ảnh: Minh Anh")


def test_a_lead_that_lost_its_stop_under_a_header_is_no_title() -> None:
    rec = record(
        "21/04/2025\nHĐND xã Tân Lập tán thành chủ trương sắp xếp đơn vị hành chính\nGiọng nữ miền Nam\n"
        "Giọng nam miền Nam\nChiều ngày 21/4/2025, tại Hội trường UBND xã, HĐND xã Tân Lập tổ chức kỳ họp thứ "
        "15 để quyết định những vấn đề quan trọng của xã theo quy định của pháp luật\n"
        "Tham dự kỳ họp có 21/21 đại biểu HĐND xã và lãnh đạo UBND xã.\n"
    )
    assert rec.title == "HĐND xã Tân Lập tán thành chủ trương sắp xếp đơn vị hành chính"


def test_a_row_opening_with_a_path_of_sections_above_a_dated_title_is_no_title() -> None:
    rec = record(
        "Tin tức - Sự kiện   Chào mừng đại hội đảng các cấp nhiệm kỳ 2020 - 2025\n\n"
        "Đại hội Đảng bộ xã Tân Lập lần thứ VI, nhiệm kỳ 2020 - 2025\n\nCập nhật ngày: 03/06/2020 - 11:43\n\n"
        "Sáng 2/6, Đảng bộ xã Tân Lập tổ chức Đại hội lần thứ VI, nhiệm kỳ 2020-2025.\n"
    )
    assert rec.title == "Đại hội Đảng bộ xã Tân Lập lần thứ VI, nhiệm kỳ 2020 - 2025"
    # a title whose first words are no section kept, even above a dated line
    kept = record(
        "Hội nghị tổng kết - Xã hội hóa giáo dục xã Tân Lập năm 2023\n\nCập nhật ngày: 03/06/2020 - 11:43\n\n"
        "Sáng 2/6, UBND xã Tân Lập tổ chức hội nghị tổng kết công tác xã hội hóa giáo dục.\n"
    )
    assert kept.title == "Hội nghị tổng kết - Xã hội hóa giáo dục xã Tân Lập năm 2023"


def test_a_name_glued_to_its_title_by_a_dash_ends_at_the_dash() -> None:
    text = "Kết luận Hội nghị, đồng chí Lê Thị Thu Hà-Chủ tịch Hội LHPN xã đề nghị các chi hội tập trung."
    assert people(text) == [("Lê Thị Thu Hà", True)]


def test_a_title_in_the_plural_is_held_by_every_name_listed_after_it() -> None:
    text = "Chủ tịch HĐND xã Hoàng Văn Nam và các Phó Chủ tịch HĐND xã Lê Văn Bình, Trần Thị Hoa đồng chủ trì."
    found = dict(people_by_title(text, is_unit_name))
    assert found == {"Hoàng Văn Nam": True, "Lê Văn Bình": True, "Trần Thị Hoa": True}
    # one holder of a title in the singular: the name after the comma is not given it
    single = "Phó Chủ tịch UBND xã Lê Văn Bình, Trần Thị Hoa và các ban ngành đồng chủ trì hội nghị."
    assert "Trần Thị Hoa" not in dict(people_by_title(single, is_unit_name))


def test_who_presides_by_do_in_a_list_of_those_attending_chairs() -> None:
    text = (
        "Tham dự kỳ họp có 21/21 đại biểu HĐND xã do bà Lê Thị Hoa – Bí thư Đảng ủy - Chủ tịch HĐND xã "
        "chủ trì, ngoài ra còn có ông Trần Văn Nam – Phó Chủ tịch UBND xã đến tham dự."
    )
    assert dict(people_by_title(text, is_unit_name)) == {"Lê Thị Hoa": True, "Trần Văn Nam": False}


def test_a_pen_name_may_open_with_a_word_that_is_also_a_title() -> None:
    assert signature("Nguyên Hương") == ["Nguyên Hương"]
    assert signature("Thành Trung") == ["Thành Trung"]
    assert signature("Nguyên Giám Đốc") is None
    assert signature("Phó Ban") is None


def test_two_days_with_a_dot_before_the_month_date_the_first() -> None:
    text = "Trong 2 ngày 1-2.6, Đảng bộ xã Tân Lập tổ chức Đại hội lần thứ VI, nhiệm kỳ 2020-2025."
    assert find_meeting_date(text, date(2020, 6, 3)) == (date(2020, 6, 1), True)


def test_classes_counted_in_a_report_name_no_meeting_type() -> None:
    cfg = Config()
    report = (
        "Đại hội Hội Nông dân xã Tân Lập. Hội đã cử 60 lượt cán bộ tham gia các lớp tập huấn do Hội cấp trên tổ chức."
    )
    assert meeting(report, cfg) is None
    assert meeting("Hội phối hợp tổ chức 3 lớp tập huấn kỹ thuật cho 90 hội viên.", cfg) is None
    assert meeting("Sáng 5/3, Hội Nông dân xã Tân Lập tổ chức lớp tập huấn kỹ thuật trồng lúa.", cfg) == "tập huấn"


def test_a_new_committee_presented_between_paragraphs_is_a_caption() -> None:
    shown = "Ban Chấp hành Đảng bộ xã Tân Lập khóa mới ra mắt Đại hội."
    flowers = "Tặng hoa, trao quyết định cho Ban Chấp hành Hội Nông dân xã Tân Lập khóa mới."
    reported = "Đại hội đã bầu Ban Chấp hành khóa mới và ra mắt Đại hội."
    rec = record(
        "Đại hội Đảng bộ xã Tân Lập\n\nSáng 2/6/2020, Đảng bộ xã Tân Lập tổ chức Đại hội lần thứ VI, nhiệm kỳ "
        f"2020-2025, với 120 đại biểu tham dự.\n\n{shown}\n\nTrong nhiệm kỳ qua, Đảng bộ xã đạt 19/20 chỉ tiêu "
        f"Nghị quyết đề ra.\n\n{flowers}\n\nĐại hội thông qua Nghị quyết nhiệm kỳ 2020-2025.\n\n{reported}\n\n"
        "Công tác xây dựng Đảng được quan tâm chú trọng.\n"
    )
    kinds = {b.text: b.kind for b in rec.blocks}
    assert kinds[shown] == "caption" and kinds[flowers] == "caption"
    assert kinds[reported] == "paragraph"


def test_those_who_hold_a_dialogue_speak_though_the_sentence_says_they_came() -> None:
    body = (
        "Chiều ngày 24/8/2023, Ủy ban MTTQ xã Tân Lập tổ chức Hội nghị đối thoại Bí thư, Chủ tịch UBND xã "
        "với người dân ấp Bến Đò. Ông Lê Văn Bình – Bí thư Đảng ủy xã, ông Trần Văn Nam – Chủ tịch UBND xã, "
        "bà Hoàng Thị Hoa – Chủ tịch Ủy ban MTTQ xã cùng ban ngành đoàn thể xã đến tham dự."
    )
    assert dialogue_holders("Tân Lập đối thoại với nhân dân", body) == ["Lê Văn Bình", "Trần Văn Nam"]
    # the titles may stand before "đối thoại" in the title
    held = "Ông Lê Văn Bình – Bí thư Đảng ủy xã và các ban ngành đến tham dự."
    assert dialogue_holders("Bí thư Đảng ủy xã đối thoại với thanh niên", held) == ["Lê Văn Bình"]
    # no dialogue held by a title: no one is taken
    assert dialogue_holders("Tân Lập tổ chức hội nghị", body.replace("đối thoại", "tuyên truyền")) == []


def test_a_january_tong_ket_of_a_year_is_held_the_year_after() -> None:
    rec = record(
        "Sáng 15-1, Ủy ban MTTQ xã Tân Lập tổ chức Hội nghị tổng kết công tác Mặt trận năm 2024.\n\n"
        "Năm qua, Ủy ban MTTQ xã đã vận động hơn 200 triệu đồng cho Quỹ Vì người nghèo.\n"
    )
    assert rec.event_date == date(2025, 1, 15)
    # held in December, the review is of the year it is in
    december = record(
        "Sáng 20-12, Ủy ban MTTQ xã Tân Lập tổ chức Hội nghị tổng kết công tác Mặt trận năm 2024.\n\n"
        "Năm qua, Ủy ban MTTQ xã đã vận động hơn 200 triệu đồng cho Quỹ Vì người nghèo.\n"
    )
    assert december.event_date == date(2024, 12, 20)
    # a sơ kết of the year's first months is held in that year
    mid = record(
        "Sáng 15-1, Hội Nông dân xã Tân Lập tổ chức Hội nghị sơ kết công tác năm 2024.\n\n"
        "Hội đã vận động hội viên tham gia sản xuất giỏi.\n"
    )
    assert mid.event_date == date(2024, 1, 15)


def test_a_commune_named_with_another_under_one_level_word_is_not_the_venue() -> None:
    text = (
        "Giao ban công tác dân vận 6 tháng đầu năm 2019\n\n"
        "Ngày 12/7/2019, Ban Dân vận tổ chức giao ban công tác dân vận của hệ thống chính trị huyện Đồng "
        "Hỷ. Huyện chỉ đạo xã Khe Mo và Hóa Trung đẩy nhanh tiến độ xây dựng nông thôn mới.\n"
    )
    assert record(text).locality == ["Tỉnh Thái Nguyên", "Huyện Đồng Hỷ"]
    assert record(text.replace("xã Khe Mo và Hóa Trung", "các xã Khe Mo, Hóa Trung")).locality[-1] == "Huyện Đồng Hỷ"
    # named alone, a commune of the district keeps its depth
    alone = text.replace("xã Khe Mo và Hóa Trung", "xã Khe Mo")
    assert record(alone).locality == ["Tỉnh Thái Nguyên", "Huyện Đồng Hỷ", "Xã Khe Mo"]


def test_communes_a_title_lists_under_one_level_word_give_way_to_the_organisers_unit() -> None:
    # the title lists the communes whose voters meet (one name has lost its capital in the text):
    # the district's Front that holds the meeting is the place, not the first commune listed
    text = (
        "Ứng cử viên HĐND huyện tiếp xúc cử tri 03 xã Khe Mo, Hóa Trung, Hóa Thượng\n\n"
        "Chiều ngày 5/5/2016, tại hội trường UBND xã Hóa Trung, Ủy ban MTTQ huyện Đồng Hỷ tổ chức hội nghị "
        "tiếp xúc cử tri 03 xã Khe Mo, Hóa trung, Hóa Thượng.\n"
    )
    assert record(text).locality == ["Tỉnh Thái Nguyên", "Huyện Đồng Hỷ"]
    # a title that names one commune keeps it
    one = text.replace("03 xã Khe Mo, Hóa Trung, Hóa Thượng", "xã Khe Mo").replace(
        "03 xã Khe Mo, Hóa trung, Hóa Thượng", "xã Khe Mo"
    )
    assert record(one).locality == ["Tỉnh Thái Nguyên", "Huyện Đồng Hỷ", "Xã Khe Mo"]


def test_a_round_up_of_several_communes_meetings_takes_the_parent_they_share() -> None:
    text = (
        "Tuyên dương điển hình dân vận khéo\n\n"
        "Ngày 17-10-2025, Đảng ủy xã Ia Pa (Gia Lai) tổ chức Hội nghị tuyên dương điển hình “Dân vận khéo”.\n\n"
        "Xã đã xây dựng 30 mô hình “Dân vận khéo”.\n\n"
        "* Ngày 17-10-2025, Đảng ủy xã Ia Hrú, tỉnh Gia Lai tổ chức họp mặt kỷ niệm Ngày truyền thống công tác "
        "dân vận của Đảng.\n\n"
        "Nhiều mô hình đã khơi dậy sức dân.\n"
    )
    assert record(text).locality == ["Tỉnh Gia Lai"]
    # one commune's meeting, another commune named later in passing: the first keeps its depth
    other = "* Ngày 17-10-2025, Đảng ủy xã Ia Hrú, tỉnh Gia Lai tổ chức"
    single = text.replace(other, "Đảng ủy xã Ia Hrú, tỉnh Gia Lai dự")
    assert record(single).locality == ["Tỉnh Gia Lai", "Xã Ia Pa"]


def test_a_commune_that_shares_its_name_with_its_districts_town_keeps_its_depth() -> None:
    # the register names the pair "Xã Hát Lót (Xã)" and "Thị trấn Hát Lót (Thị trấn)"
    text = (
        "Hội Nông dân xã sơ kết 6 tháng\n\n"
        "Ngày 5/6/2022, Hội Nông dân xã Hát Lót, huyện Mai Sơn tổ chức hội nghị sơ kết công tác hội 6 tháng.\n"
    )
    assert record(text).locality == ["Tỉnh Sơn La", "Huyện Mai Sơn", "Xã Hát Lót"]
    town = text.replace("xã Hát Lót", "thị trấn Hát Lót")
    assert record(town).locality == ["Tỉnh Sơn La", "Huyện Mai Sơn", "Thị trấn Hát Lót"]


def test_a_deputy_who_comes_to_meet_the_voters_speaks() -> None:
    text = (
        "Về tiếp xúc cử tri có Đại biểu HĐND tỉnh ông Lê Văn Bình về tiếp xúc cử tri tại xã Tân Lập "
        "và có hơn 50 cử tri tham dự."
    )
    assert dict(people_by_title(text, is_unit_name)) == {"Lê Văn Bình": True}
    # a guest named at a meeting with voters does not
    guest = "Tham dự hội nghị tiếp xúc cử tri có ông Lê Văn Bình, Chủ tịch UBND xã."
    assert dict(people_by_title(guest, is_unit_name)) == {"Lê Văn Bình": False}


def test_a_sessions_title_takes_no_type_from_its_agenda() -> None:
    text = (
        "HĐND xã Tân Lập khai mạc Kỳ họp thứ mười\n\n"
        "Sáng ngày 20/12/2024, HĐND xã Tân Lập khai mạc Kỳ họp thứ mười. Kỳ họp sẽ đánh giá tình hình "
        "kinh tế - xã hội năm 2024. Tổng kết tình hình hoạt động của HĐND xã nhiệm kỳ 2021 - 2026.\n"
    )
    assert record(text).meeting is None
    # a hội nghị in the title keeps the type the text names
    meeting_title = text.replace("khai mạc Kỳ họp thứ mười\n", "tổ chức hội nghị cuối năm\n", 1)
    assert record(meeting_title).meeting == "tổng kết"


def test_a_papers_tag_opening_the_first_line_makes_it_the_lead() -> None:
    rec = record(
        "(QNO) - Xã Tân Lập đã hoàn thành đại hội chi hội nông dân nhiệm kỳ 2023 - 2028 theo đúng kế hoạch.\n\n"
        "Các đại biểu dự đại hội chi hội nông dân. Ảnh: MINH ANH\n\n"
        "Hội Nông dân xã có 12 chi hội trực thuộc và đến nay đều đã hoàn thành đại hội.\n"
    )
    assert rec.untitled
    assert rec.title.startswith("Xã Tân Lập đã hoàn thành đại hội")
    assert [b.text for b in rec.captions] == ["Các đại biểu dự đại hội chi hội nông dân. Ảnh: MINH ANH"]


# Twenty-fourth pass: heldout23's failure patterns, as general rules on sentences of our own.
def test_a_misprinted_gmt_is_read_as_the_zone() -> None:
    assert parse_dateline("11/07/2019 11:05 G7T+7", TZ) == datetime(2019, 7, 11, 11, 5, tzinfo=TZ)
    assert parse_dateline("11/07/2019 11:05 GMT+7", TZ) == datetime(2019, 7, 11, 11, 5, tzinfo=TZ)
    assert parse_dateline("11/07/2019 11:05 Gio Linh", TZ) is None  # words, not a zone


def test_a_weekday_clock_above_the_title_yields_to_a_time_under_it() -> None:
    text = (
        "Thứ hai, ngày 14 tháng 04 năm 2016\n\n"
        "Đại hội đại biểu Hội Nông dân xã Tân Lập lần thứ IV\n\n"
        "11/07/2019 11:05\n\n"
        "Ngày 5/7, Hội Nông dân xã Tân Lập tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2019-2024.\n"
    )
    assert record(text).date == datetime(2019, 7, 11, 11, 5, tzinfo=TZ)
    # a day with no time under the title may be the article's update: the line above keeps its date
    assert record(text.replace("11/07/2019 11:05", "11/07/2019")).date == date(2016, 4, 14)


def test_a_related_heading_glued_to_its_first_headline_is_furniture() -> None:
    assert is_related_heading("TIN MỚI NHẤTXÃ TÂN LẬP TỔ CHỨC HỘI NGHỊ GIAO BAN")
    assert is_related_heading("TIN CÙNG CHUYÊN MỤCHỘI NÔNG DÂN XÃ SƠ KẾT")
    assert not is_related_heading("TIN VUI CHO NÔNG DÂN XÃ TÂN LẬP")
    assert not is_related_heading("Tin mới nhất cho biết xã Tân Lập đã hoàn thành kế hoạch.")


def test_a_view_counts_number_under_the_signature_is_furniture() -> None:
    rec = record(
        "Hội Nông dân xã Tân Lập tổ chức đại hội\n\n"
        "Ngày 5/7/2019, Hội Nông dân xã Tân Lập tổ chức Đại hội đại biểu lần thứ IV.\n\n"
        "Minh Anh\n\n313\n"
    )
    assert rec.authors == ["Minh Anh"]
    assert "313" not in [b.text for b in rec.blocks]


def test_an_images_path_and_its_alt_texts_are_furniture() -> None:
    assert is_image_name("Media/12_XaTanLap/FolderFunc/202311/Images/anh-hoi-nghi-20231120.jpg")
    assert is_image_name("uploads/2024/05/hoi-nghi.png")
    assert is_image_name("16TT")  # a picture's number and a photographer's initials
    assert not is_image_name("2024") and not is_image_name("16") and not is_image_name("HĐND")
    assert is_placeholder("anh tin bai") and is_placeholder("hinh anh minh hoa")
    assert not is_placeholder("tin bai")  # no picture's word
    assert not is_placeholder("Ảnh tin bài") and not is_placeholder("Anh Tin Bai")


def test_a_contact_heading_and_the_body_it_names_belong_to_the_footer() -> None:
    rec = record(
        "Đại hội đại biểu MTTQ Việt Nam xã Tân Lập lần thứ XIII\n\n"
        "Ngày 12/4/2024, Ủy ban MTTQ Việt Nam xã Tân Lập tổ chức Đại hội đại biểu lần thứ XIII.\n\n"
        "Minh Anh\n"
        "THÔNG TIN LIÊN HỆ\n"
        "UBND huyện Đồng Hỷ\n"
        "Địa chỉ: 19, đường Trần Hưng Đạo\n"
        "Điện thoại: 0208.3820.123\n"
    )
    assert rec.authors == ["Minh Anh"]
    assert [b.text for b in rec.blocks][-1].startswith("Ngày 12/4/2024")


def test_a_meeting_of_two_days_after_a_comma_has_its_first() -> None:
    text = "Trong 2 ngày, 16 và 17/1, Ủy ban MTTQ Việt Nam xã Tân Lập tổ chức Đại hội đại biểu lần thứ XXIII."
    assert find_meeting_date(text, date(2024, 1, 18)) == (date(2024, 1, 16), True)


def test_a_gathering_about_an_anniversarys_day_is_in_the_year_it_celebrates() -> None:
    text = (
        "Ngày 13/10, Hội Nông dân xã Tân Lập đã tổ chức gặp mặt kỷ niệm 90 năm Ngày thành lập Hội Nông dân "
        "Việt Nam (14/10/1930 - 14/10/2020)."
    )
    assert find_meeting_date(text, None) == (date(2020, 10, 13), True)
    # a day months from the anniversary's, or a span of two different days, settles no year
    assert find_meeting_date(text.replace("Ngày 13/10", "Ngày 13/3"), None) is None
    assert find_meeting_date(text.replace("(14/10/1930", "(1/5/1930"), None) is None


def test_this_morning_in_the_lead_of_a_meeting_is_the_pages_day() -> None:
    text = (
        "Ngày làm việc đầu tiên của Đại hội đại biểu MTTQ Việt Nam tỉnh Tây Ninh\n"
        "31/07/2024\n"
        "Trong phiên làm việc sáng nay, các đại biểu tập trung đánh giá kết quả nhiệm kỳ 2019 – 2024.\n"
    )
    assert record(text).event_date == date(2024, 7, 31)
    # no meeting in the title or the sentence: "sáng nay" dates nothing
    field = text.replace("Ngày làm việc đầu tiên của Đại hội đại biểu MTTQ Việt Nam", "Nông dân").replace(
        "Trong phiên làm việc sáng nay, các đại biểu tập trung đánh giá", "Sáng nay, bà con ra đồng gặt lúa theo"
    )
    assert record(field).event_date is None
    # "Sáng nay, … tổ chức Lễ kỷ niệm …" opening the lead names no sitting: left without a day
    ceremony = text.replace(
        "Trong phiên làm việc sáng nay, các đại biểu tập trung đánh giá", "Sáng nay, tỉnh tổ chức lễ"
    )
    assert record(ceremony).event_date is None


def test_a_banner_for_an_anniversary_still_to_come_is_not_the_title() -> None:
    text = (
        "KỶ NIỆM 80 NĂM NGÀY THÀNH LẬP QUÂN ĐỘI NHÂN DÂN VIỆT NAM (22/12/1944 - 22/12/2024)\n"
        "Đăng ngày: 18/01/2024 - Lượt xem: 424\n"
        "Đại hội đại biểu MTTQ Việt Nam xã Tân Lập lần thứ XXIII, nhiệm kỳ 2024 - 2029\n\n"
        "Ngày 16/1, Ủy ban MTTQ Việt Nam xã Tân Lập tổ chức Đại hội đại biểu lần thứ XXIII.\n"
    )
    assert record(text).title.startswith("Đại hội đại biểu MTTQ Việt Nam xã Tân Lập")
    # published after the day it celebrates, the line may report the celebration: it stays the title
    after = text.replace("18/01/2024", "23/12/2024").replace("Ngày 16/1", "Ngày 22/12")
    assert record(after).title.startswith("KỶ NIỆM 80 NĂM")


def test_a_committees_session_held_to_review_its_year_is_a_tong_ket() -> None:
    text = (
        "Kỳ họp thứ 3 - Ủy ban MTTQ Việt Nam xã Tân Lập\n\n"
        "Chiều ngày 07/01/2026, Ủy ban MTTQ Việt Nam xã Tân Lập đã tổ chức Kỳ họp thứ 3 nhằm tổng kết công tác "
        "năm 2025 và triển khai chương trình năm 2026.\n"
    )
    assert record(text).meeting == "tổng kết"
    # a session that says no purpose keeps none from its agenda
    assert record(text.replace(" nhằm tổng kết", ". Kỳ họp tổng kết")).meeting is None


def test_a_festival_days_programme_gives_no_meeting_type() -> None:
    text = (
        "Xã Tân Lập tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2021\n\n"
        "Chiều ngày 16-11-2021, Ủy ban MTTQ xã Tân Lập tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Tại Ngày hội, "
        "đại diện Ủy ban MTTQ xã tổng kết tình hình khối Đại đoàn kết toàn dân tộc năm 2021.\n"
    )
    assert record(text).meeting is None


def test_a_deputy_title_with_its_second_word_in_lower_case_introduces_a_name() -> None:
    text = "Phát biểu chỉ đạo hội nghị, Phó bí thư Tỉnh ủy Trần Văn Nam đề nghị hội cần rà soát các chỉ tiêu."
    assert dict(people_by_title(text, is_unit_name)) == {"Trần Văn Nam": True}
    guest = "Phó chủ tịch UBND tỉnh Trần Văn Nam đến dự."
    assert dict(people_by_title(guest, is_unit_name)) == {"Trần Văn Nam": False}


def test_a_speechs_salutation_is_text_not_a_caption() -> None:
    text = (
        "Khai mạc kỳ họp thứ nhất HĐND xã Tân Lập\n\n"
        "Kính thưa: Đồng chí Trần Văn Bình, Bí thư Đảng ủy xã\n\n"
        "Các vị đại biểu HĐND và các vị khách mời.\n\n"
        "Hôm nay, HĐND xã Tân Lập khóa IX long trọng khai mạc kỳ họp thứ nhất để bầu các chức danh của HĐND "
        "và UBND xã nhiệm kỳ 2021 - 2026, xem xét và quyết định nhiều nội dung quan trọng của địa phương.\n\n"
        "Kỳ họp sẽ xem xét các báo cáo về tình hình kinh tế - xã hội sáu tháng đầu năm của xã Tân Lập.\n"
    )
    kinds = {b.text: b.kind for b in record(text).blocks}
    assert kinds["Kính thưa: Đồng chí Trần Văn Bình, Bí thư Đảng ủy xã"] == "paragraph"
    assert kinds["Các vị đại biểu HĐND và các vị khách mời."] == "paragraph"
    assert is_salutation("Thưa các đồng chí!") and is_salutation("Kính gửi: Ban Thường vụ Huyện ủy")
    # a photo of the same man, without the salutation, is still a caption
    assert not is_salutation("Đồng chí Trần Văn Bình, Bí thư Đảng ủy xã")
    assert is_caption("Đồng chí Trần Văn Bình, Bí thư Đảng ủy xã")


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Liên hệ Quảng cáo: (04)39.431.943 - (04)39.447.011", True),
        ("Quảng cáo: 0914 123 456", True),
        ("Liên hệ quảng cáo: Phòng Trị sự, 12 Lê Lợi, thành phố Kon Tum", False),
        ("Quảng cáo: không được phép treo trên cột điện", False),
    ],
)
def test_an_advertisers_phone_row_is_furniture(line: str, dropped: bool) -> None:
    assert is_utility(line) is dropped


def test_a_province_after_the_writers_name_is_where_they_write_from() -> None:
    assert signature("Minh Phúc – Bạc Liêu") == ["Minh Phúc"]
    assert signature("Minh Phúc - Thu Hà") == ["Minh Phúc", "Thu Hà"]  # two writers stay two


def test_the_editorial_boards_initials_alone_sign_for_no_person() -> None:
    text = (
        "Kỳ họp thứ ba HĐND xã Tân Lập\n\n"
        "Ngày 19/12/2021, HĐND xã Tân Lập tổ chức kỳ họp thứ ba, khóa XXI, nhiệm kỳ 2021 - 2026.\n\n"
        "Kỳ họp đã thông qua các nghị quyết về kinh tế - xã hội và dự toán ngân sách năm 2022.\n\n"
        "BBT.\n"
    )
    rec = record(text)
    assert rec.authors == [] and all(b.text != "BBT." for b in rec.blocks)
    assert record(text.replace("BBT.", "BBT Phong Hải")).authors == ["BBT Phong Hải"]  # a board's editor signs


def test_a_first_line_that_opens_with_the_day_and_ends_with_a_stop_is_the_lead() -> None:
    lead = "Chiều 12/5, tại hội trường UBND xã Tân Lập, Hội Nông dân xã tổ chức hội nghị sơ kết công tác hội."
    going_on = (
        "Trước đó, ngày 11/5, Ban Thường vụ Hội Nông dân xã đã họp để thống nhất chương trình, thành phần "
        "đại biểu và các báo cáo trình hội nghị sơ kết công tác hội sáu tháng đầu năm 2023."
    )
    rec = record(lead + "\n\n" + going_on + "\n")
    assert rec.untitled and rec.blocks[0].text == lead  # the paste lost its title: the lead stays text
    assert rec.event_date == date(2023, 5, 12)  # the lead's day, not the day before it
    # a page whose title is its lead's sentence prints a date line, or the sentence again, under it
    dated = record(lead + "\n\n15/05/2023\n\n" + going_on + "\n")
    assert not dated.untitled and dated.title == lead
    again = record(lead + "\n\n" + lead[:-1] + ", với sự tham dự của 80 hội viên.\n\n" + going_on + "\n")
    assert not again.untitled and again.title == lead


@pytest.mark.parametrize(
    ("first", "title", "when"),
    [
        (
            "Khai mạc Kỳ họp thứ 7 HĐND huyện Tân Lập khóa XX, nhiệm kỳ 2021-2026 09/07/2024 08:15",
            "Khai mạc Kỳ họp thứ 7 HĐND huyện Tân Lập khóa XX, nhiệm kỳ 2021-2026",
            datetime(2024, 7, 9, 8, 15, tzinfo=TZ),
        ),
        (
            "Hội Nông dân xã Tân Lập sơ kết công tác hội - 16:40, 03/08/2023",
            "Hội Nông dân xã Tân Lập sơ kết công tác hội",
            datetime(2023, 8, 3, 16, 40, tzinfo=TZ),
        ),
        # a date with no time, or one the title's words introduce, is the title's own
        ("Lịch tiếp công dân của Chủ tịch UBND xã Tân Lập 09/07/2024", None, None),
        ("UBND xã Tân Lập tổ chức đối thoại vào lúc 08:15 ngày 09/07/2024", None, None),
    ],
)
def test_the_date_and_time_at_the_end_of_the_title_line_are_the_pages(first: str, title, when) -> None:
    lead = "Sáng 8/7, tại hội trường, cuộc họp đã diễn ra với sự tham dự của đông đủ đại biểu các đơn vị trong xã."
    rec = record(first + "\n\n" + lead + "\n")
    assert rec.title == (title or first)
    if when is not None:
        assert rec.date == when
    else:
        assert not isinstance(rec.date, datetime)  # no publication time: at most the meeting's day


def test_an_alt_text_with_a_full_stop_and_a_bare_img_row_are_furniture() -> None:
    assert is_alt_text("Nông dân Tân Lập làm giàu trên đồng đất quê hương - Ảnh 3.")
    assert not is_alt_text("Nông dân Tân Lập làm giàu. Xem - Ảnh 3.")  # two sentences: text
    rec = record(GIAO_BAN_8 + "\nimg\n\nCác thôn báo cáo kết quả.\n")
    assert [b.kind for b in rec.blocks] == ["paragraph", "paragraph"] and any(d.text == "img" for d in rec.dropped)


def test_a_date_above_the_title_later_than_the_one_under_it_is_the_portals_clock() -> None:
    body = "Sáng ngày 14/3, Hội Cựu chiến binh xã Tân Lập tổ chức đại hội lần thứ VII, nhiệm kỳ 2022-2027.\n"
    rec = record("Thứ 2, 09/12/2024, 21:05\n\nĐại hội Hội Cựu chiến binh xã Tân Lập\n\n14/03/2022 | 10:12:40\n" + body)
    assert rec.date == datetime(2022, 3, 14, 10, 12, tzinfo=TZ)
    assert any(d.text.startswith("Thứ 2, 09/12/2024") for d in rec.dropped)
    # an earlier date above the title stays the page's (a later one under it is an update)
    kept = record("14/03/2022 10:12\n\nĐại hội Hội Cựu chiến binh xã Tân Lập\n\n15/03/2022 08:00\n" + body)
    assert kept.date == datetime(2022, 3, 14, 10, 12, tzinfo=TZ)


@pytest.mark.parametrize(
    ("sentence", "spoke"),
    [
        ("Ban biên tập xin giới thiệu bài phát biểu khai mạc của đồng chí Lê Văn Bình, Chủ tịch HĐND xã.", True),
        ("Dưới đây là toàn văn bài phát biểu bế mạc của đồng chí Lê Văn Bình.", True),
        ("Hội nghị gửi lời cảm ơn tới gia đình của đồng chí Lê Văn Bình.", False),  # spoken of, not speaking
    ],
)
def test_the_author_of_an_opening_or_closing_speech_speaks(sentence: str, spoke: bool) -> None:
    assert (("Lê Văn Bình", True) in people(sentence)) is spoke


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Sáng 12/10, UBND huyện Tân Lập tổ chức hội nghị tổng kết phong trào thi đua giai đoạn 2015 - 2020.", 2020),
        ("Chiều 5/9, Hội Nông dân xã sơ kết thực hiện Nghị quyết giai đoạn 2018- 2023.", 2023),
        # a congress opens its term: the span's first year
        ("Sáng 12/10, Hội Nông dân xã Tân Lập tổ chức đại hội nhiệm kỳ 2023 - 2028.", 2023),
    ],
)
def test_a_reviewed_periods_last_year_is_the_meetings(sentence: str, year: int) -> None:
    found = find_meeting_date(sentence, None)
    assert found is not None and found[0].year == year


def test_the_items_of_a_list_a_colon_opens_are_text_not_captions() -> None:
    long = (
        "Chiều ngày 9/5/2024, Hội Cựu chiến binh xã Tân Lập tổ chức hội nghị sơ kết công tác hội sáu tháng "
        "đầu năm với sự tham dự của đông đủ hội viên đến từ các chi hội trong toàn xã."
    )
    item = "Bầu thư ký hội nghị."
    listed = (
        long + "\n\nHội nghị đã tiến hành các nội dung, gồm:\n\n"
        "Thông qua chương trình làm việc và quy chế của hội nghị sơ kết công tác hội sáu tháng đầu năm 2024.\n\n"
        f"{item}\n\n" + long + "\n"
    )
    assert _kinds_of(listed)[item] == "paragraph"
    # the same short sentence between two long paragraphs, no list: a photo's caption
    alone = long + "\n\nHội nghị đã tiến hành các nội dung theo chương trình đã được thông qua trước đó.\n\n"
    alone += "Toàn cảnh hội nghị sơ kết của hội viên xã Tân Lập.\n\n" + long + "\n"
    assert _kinds_of(alone)["Toàn cảnh hội nghị sơ kết của hội viên xã Tân Lập."] == "caption"


def test_a_stations_tag_with_its_channels_number_opens_a_lead() -> None:
    lead = "(VOV2) - Sáng 4/6, tại xã Tân Lập, Hội Nông dân huyện tổ chức hội nghị sơ kết công tác hội năm 2024."
    assert lead_not_title(lead)
    assert stand_in_title(lead).startswith("Sáng 4/6, tại xã Tân Lập")


@pytest.mark.parametrize(
    ("sentence", "heard"),
    [
        (
            "Chiều 3/7, Tổ đại biểu HĐND huyện gồm ông Lê Văn An, Tổ đại biểu HĐND xã gồm bà Trần Thị Hoa, "
            "ông Hà Minh Đức đã có buổi tiếp xúc với cử tri xã Tân Lập.",
            True,
        ),
        # guests of the meeting, named before words that are not its verb, are not its holders
        ("Cùng dự có ông Lê Văn An, bà Trần Thị Hoa, ông Hà Minh Đức tham dự buổi tiếp xúc cử tri.", False),
    ],
)
def test_councillors_listed_before_they_meet_the_voters_hold_the_meeting(sentence: str, heard: bool) -> None:
    found = dict(people_by_title(sentence, is_unit_name))
    assert [found.get(n) for n in ("Lê Văn An", "Trần Thị Hoa", "Hà Minh Đức")] == [heard] * 3


# Twenty-seventh pass: heldout26's failure patterns, as general rules on sentences of our own.


def test_a_view_count_over_a_thousand_glued_to_the_time_leaves_the_date_line() -> None:
    # 2.315 views then 3 comments, printed with no space after the minutes
    rec = _with("Thứ ba - 08/10/2019 15:422.3153", "under")
    assert rec.date == datetime(2019, 10, 8, 15, 42, tzinfo=TZ)
    assert "15:422.3153" not in "\n".join(b.text for b in rec.blocks)


@pytest.mark.parametrize(
    ("line", "pager"),
    [
        ("Bài trướcHội Nông dân xã Tân Lập trao vốn vay cho hội viên", True),  # glued to its headline
        ("Tin tiếp theo: Xã Yên Bình ra quân làm đường giao thông nông thôn", True),
        ("« Bài trước", True),
        ("Bài trước đã phản ánh tình trạng sạt lở ở thôn Bản Mế.", False),  # a sentence of the text
        ("Tin sau đó được Ban Thường trực xác nhận là đúng.", False),
    ],
)
def test_a_link_to_the_previous_or_next_article_is_furniture(line: str, pager: bool) -> None:
    assert is_pager_link(line) is pager
    title, lead = TONG_KET
    rec = record(f"{title}\n\n{lead}\n\n{line}\n")
    assert (line in {d.text for d in rec.dropped}) is pager


@pytest.mark.parametrize("icon", ["create", "schedule", "remove_red_eye", "person"])
def test_an_icon_fonts_ligature_name_alone_is_furniture(icon: str) -> None:
    assert is_bar(icon)
    assert not is_bar("create account để bình luận")  # other words beside it: not an icon alone


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("Minh Thư / Tiền Phong", ["Minh Thư"]),  # the writer, then the paper they write for
        ("H.T.Lan/TTXVN", ["H.T.Lan"]),  # two initials and a given name
        ("Thu Hà - Minh Anh", ["Thu Hà", "Minh Anh"]),  # two writers still two
    ],
)
def test_a_writer_then_the_paper_after_a_slash_signs(line: str, writers: list[str]) -> None:
    assert signature(line) == writers
    title, lead = TONG_KET
    rec = record(f"{title}\n\n{lead}\n\ncreate\n\n{line}\n")
    assert rec.authors == writers
    assert not {"create", line} & {b.text for b in rec.blocks}  # neither left in the text


def test_a_meeting_over_two_days_in_words_is_dated_by_its_first() -> None:
    held = "Ngày 14 và 15 tháng 8 năm 2023, Hội Liên hiệp Phụ nữ xã Tân Lập tổ chức đại hội lần thứ V."
    assert find_meeting_date(held, date(2023, 8, 20)) == (date(2023, 8, 14), False)
    yearless = "Trong hai ngày 3, 4 tháng 6, HĐND huyện họp kỳ họp thứ 9."
    assert find_meeting_date(yearless, date(2024, 6, 5)) == (date(2024, 6, 3), True)


def test_a_report_heard_at_the_session_after_a_comma_is_not_the_meetings_type() -> None:
    config = Config()
    did = "Tại kỳ họp, các đại biểu đã nghe báo cáo tổng kết công tác bầu cử trên địa bàn xã."
    assert meeting(did, config) is None
    held = "Chiều 12/1, Hội Nông dân xã Tân Lập tổ chức hội nghị tổng kết công tác Hội năm 2023."
    assert meeting(held, config) == "tổng kết"


def test_an_ede_womans_name_opened_by_h_apostrophe_is_a_name() -> None:
    said = "Bà H’ Bia, Phó Chủ tịch UBND huyện phát biểu chỉ đạo hội nghị."
    assert ("H’ Bia", True) in people_by_title(said, is_unit_name)
    said = "Đ/c H' Lan, Chủ tịch Hội Liên hiệp Phụ nữ huyện phát biểu tại Đại hội."
    assert ("H' Lan", True) in people_by_title(said, is_unit_name)
    assert not people_by_title("Đại diện UBND xã, HĐND huyện phát biểu tại Đại hội.", is_unit_name)


def test_a_place_in_a_guests_title_is_not_where_the_meeting_is() -> None:
    title = "Đại hội Hội Cựu chiến binh lần thứ VII, nhiệm kỳ 2022-2027"
    guest = (
        "Dự Đại hội có đồng chí Trần Văn Lợi-Phó Chủ tịch Hội Cựu chiến binh tỉnh Nghệ An; "
        "đồng chí Lê Văn Tâm-Bí thư Đảng ủy, Chủ tịch HĐND xã."
    )
    rec = record(f"{title}\n\n{guest}\n\nĐại hội đã bầu Ban Chấp hành gồm 9 đồng chí.\n")
    assert rec.locality == []
    # the commune named elsewhere in the text: the meeting's place, found as before
    named = guest.replace("Chủ tịch HĐND xã.", "Chủ tịch HĐND xã Nghi Phong.")
    assert record(f"{title}\n\n{named}\n\nĐại hội đã bầu Ban Chấp hành gồm 9 đồng chí.\n").locality


def test_presenting_the_submissions_speaks_and_a_name_of_two_family_names_stays_whole() -> None:
    title, lead = TONG_KET
    caption = "Đồng chí Lê Trần Minh Khoa - UV BCH Đảng bộ, Phó Chủ tịch UBND xã thông qua các Tờ trình tại kỳ họp"
    rec = record(f"{title}\n\n{lead}\n\n{caption}\n\nHội nghị đã thống nhất thông qua các chỉ tiêu năm 2024.\n")
    assert "Lê Trần Minh Khoa" in rec.people
    assert "Trần Minh Khoa" not in rec.people  # the end of the same name, read by its title


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Tác giả: Lê Hoa-Minh Tâm (Trung tâm VH-TT huyện)", ["Lê Hoa", "Minh Tâm"]),
        ("Tin, ảnh: Thu Hà-Quốc Việt", ["Thu Hà", "Quốc Việt"]),
        ("Tác giả: Nguyễn Văn An (Báo Lâm Đồng)", ["Nguyễn Văn An"]),
        ("Tác giả: Trung tâm VH-TT huyện", ["Trung tâm VH-TT huyện"]),
    ],
)
def test_two_writers_glued_by_a_hyphen_and_their_body_in_brackets(line: str, authors: list[str]) -> None:
    assert byline(line) == authors


@pytest.mark.parametrize(
    ("line", "bar"),
    [
        ("Tài liệu đính kèm:", True),
        ("Tài liệu đính kèm", True),
        ("Tài liệu đính kèm gồm dự thảo báo cáo chính trị của Đảng bộ.", False),
    ],
)
def test_an_empty_attachments_label_is_furniture(line: str, bar: bool) -> None:
    assert is_bar(line) is bar


def test_a_name_over_the_writers_body_and_a_bracketed_date_signs() -> None:
    text = (
        "Hội nghị tổng kết công tác năm\n\n"
        "Sáng ngày 5/3/2019, Hội Nông dân xã Minh Tân tổ chức hội nghị tổng kết công tác năm 2018.\n\n"
        "Hội nghị đã bầu bổ sung Ban Chấp hành nhiệm kỳ mới.\n\n"
        "Lan Hương\n"
        "Đài truyền thanh - Truyền hình huyện\n\n"
        "( Ngày 06 tháng 03 năm 2019 )\n"
    )
    r = record(text)
    assert r.authors == ["Lan Hương"]
    kept = " ".join(p.text for p in r.paragraphs)
    assert "Lan Hương" not in kept and "Đài truyền thanh" not in kept


def test_a_body_under_a_sentence_and_a_bracketed_date_is_no_signature() -> None:
    text = (
        "Hội nghị tổng kết công tác năm\n\n"
        "Sáng ngày 5/3/2019, Hội Nông dân xã Minh Tân tổ chức hội nghị tổng kết công tác năm 2018.\n\n"
        "Hội nghị đã bầu bổ sung Ban Chấp hành nhiệm kỳ mới.\n"
        "Hội Nông dân xã\n\n"
        "( Ngày 06 tháng 03 năm 2019 )\n"
    )
    r = record(text)
    assert not r.authors  # a body names no writer, and the sentence above it is no name
    assert "Hội nghị đã bầu bổ sung" in " ".join(p.text for p in r.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Sáng ngày 13.9, phường An Xuân tổ chức bầu khối phố trưởng nhiệm kỳ 2015-2017",
        "Chiều 5.3.2021, Hội Nông dân xã Minh Tân tổ chức hội nghị sơ kết",
    ],
)
def test_a_lead_with_a_dotted_date_and_no_full_stop_is_no_caption(line: str) -> None:
    assert not is_caption(line)


def test_a_writer_glued_to_the_papers_masthead_signs_and_the_editors_are_furniture() -> None:
    text = (
        "Huyện tổng kết công tác năm\n\n05:05, 13/05/2020\n\n"
        "Huyện ủy Hải Hậu tổ chức hội nghị tổng kết công tác năm 2019 với 120 đại biểu dự.\n\n"
        "Minh Hòa  BÁO THÁI BÌNH ĐIỆN TỬ\n\n"
        "Tổng biên tập: Nguyễn Văn An\n\n"
        "Phó Tổng biên tập: Trần Thị Bình\n\n"
        "Tòa soạn: Số 12 Lê Lợi, TP Thái Bình\n\n"
        "Điện thoại: 0227.3831234; Email: toasoan@gmail.com\n"
    )
    r = record(text)
    assert r.authors == ["Minh Hòa"]
    kept = " ".join(b.text for b in r.blocks)
    assert "BÁO THÁI BÌNH" not in kept and "Tổng biên tập" not in kept and "Tòa soạn" not in kept


@pytest.mark.parametrize("line", ["Hội nghị BÁO CÁO TÌNH HÌNH", "UBND xã BÁO CÁO NHANH", "Nguyễn Văn An"])
def test_no_masthead_after_a_line_that_is_no_name(line: str) -> None:
    assert signed_over_masthead(line) is None


def test_a_sentence_under_a_pictures_file_name_is_its_caption() -> None:
    text = (
        "Tiếp xúc cử tri xã Minh Tân\n\n"
        "Sáng 5/10, đoàn đại biểu Quốc hội tỉnh có buổi tiếp xúc cử tri xã Minh Tân trước kỳ họp thứ 10.\n\n"
        "Tại buổi tiếp xúc, đại diện đoàn thông tin tới cử tri dự kiến nội dung, chương trình của kỳ họp.\n\n"
        "anh_tiep_xuc_12.jpg\n"
        "Lãnh đạo huyện và xã Minh Tân cùng các cử tri tham dự buổi tiếp xúc.\n\n"
        "Cử tri đã kiến nghị nhiều vấn đề về đất đai, giao thông nông thôn và chính sách cho người có công.\n"
    )
    r = record(text)
    assert [c.text for c in r.captions] == ["Lãnh đạo huyện và xã Minh Tân cùng các cử tri tham dự buổi tiếp xúc."]
    assert any("Cử tri đã kiến nghị" in p.text for p in r.paragraphs)  # a sentence that reports stays text


# Robustness under perturbation (tests/importer/perturb.py): what a desk would not notice must not move
# an answer.
MENU_PAGE = (
    "CHUYÊN MỤC\n\n"
    "Lịch công tác\nHỏi đáp\nThông tin tuyên truyền\nLàm theo lời Bác\nQuy hoạch - kế hoạch\n"
    "Góp ý cá nhân, tổ chức\nPhổ biến giáo dục pháp luật\nBộ Thủ tục hành chính công\n\n"
    "Hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2021\n\n"
    "Ngày đăng bài: 14/07/2021\n"
    "Sáng ngày 12/7/2021, Ban Thường trực Ủy ban MTTQ phường tổ chức hội nghị sơ kết công tác 6 tháng.\n"
)


@pytest.mark.parametrize("blank", ["\n\n", "\n\n\n"])
def test_a_section_menu_is_dropped_whatever_the_blank_lines_around_it(blank: str) -> None:
    r = record(MENU_PAGE.replace("\n\n", blank))
    assert r.title == "Hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2021"


def test_a_byline_row_with_its_date_glued_after_a_full_stop_names_one_writer() -> None:
    assert byline("Tác giả: Thái Văn Dũng .Ngày đăng: 29/06/2022 .Lượt xem: 416 lượt.") == ["Thái Văn Dũng"]
    assert byline("Tác giả: N.Linh") == ["N.Linh"]  # an initial's full stop is no row's break


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("menu_WAR_hoachauportlet_INSTANCE_TTIRqXtN9Pql", True),
        ("p_p_id_56_INSTANCE_abc", True),
        ("Hội_nghị", False),
        ("Kỳ họp thứ 11 của HĐND xã", False),
    ],
)
def test_a_widgets_identifier_is_furniture(line: str, code: bool) -> None:
    assert is_code_remnant(line) is code


def test_a_widgets_identifier_over_the_title_and_a_byline_between_title_and_date() -> None:
    text = (
        "menu_WAR_hoachauportlet_INSTANCE_TTIRqXtN9Pql\n"
        "Kỳ họp thứ 11, khóa XII của Hội đồng nhân dân xã Hòa Châu\n\n"
        "Tin ảnh : Huỳnh Anh\n\n"
        "Đăng ngày 25-06-2020 14:55\n\n"
        "Ngày 24/6/2020, HĐND xã Hòa Châu tổ chức kỳ họp thứ 11, khóa XII, nhiệm kỳ 2016 - 2021.\n"
    )
    r = record(text)
    assert r.title == "Kỳ họp thứ 11, khóa XII của Hội đồng nhân dân xã Hòa Châu"
    assert r.authors == ["Huỳnh Anh"]


@pytest.mark.parametrize(
    "head",
    [
        "Thời Sự - Chính trị   Hướng tới Đại hội đảng các cấp\n\n{title}\n\nCập nhật ngày: 03/06/2020 - 11:43\n\n",
        "Thời Sự - Chính trị   Hướng tới Đại hội đảng các cấp\n\nCập nhật ngày: 03/06/2020 - 11:43\n\n{title}\n\n",
    ],
)
def test_a_section_path_over_a_title_and_its_date_in_either_order(head: str) -> None:
    title = "Đại hội Đảng bộ xã Long Vĩnh lần thứ VI, nhiệm kỳ 2020 - 2025"
    r = record(head.format(title=title) + "Trong 2 ngày 1-2/6, Đảng bộ xã Long Vĩnh tổ chức Đại hội lần thứ VI.\n")
    assert r.title == title


@pytest.mark.parametrize("counter", ["", "Lượt xem: 125\n"])
def test_a_view_counter_under_the_date_above_the_title_leaves_the_title(counter: str) -> None:
    title = "Phú Vang: Thông qua chủ trương điều chỉnh địa giới hành chính 05 đơn vị hành chính cấp xã"
    text = (
        "Chính trị - Xã hội\n\n"
        f"Cập nhật lúc : 01/05/2020 15:02\n{counter}{title}\n"
        "Chiều ngày 29/4/2020, HĐND huyện Phú Vang khóa VI đã tiến hành kỳ họp bất thường.\n"
    )
    assert record(text).title == title


def test_a_site_footer_over_a_labelled_footer_goes_with_it() -> None:
    text = (
        "Chuẩn bị kỳ họp thứ nhất HĐND huyện\n\n"
        "Sáng 20/6/2021, Thường trực HĐND huyện Phú Ninh họp chuẩn bị kỳ họp thứ nhất, nhiệm kỳ 2021 - 2026.\n\n"
        "Nga Bùi\n\n"
        "Phuninh.gov.vn\n\nPhú Ninh Đất và Người\n\n"
        "Bản quyền thuộc về Ủy ban nhân dân huyện\n"
        "Địa chỉ: Số 1 đường Trần Phú, thị trấn\n"
        "Điện thoại: 0235.3812345 - Email: ubnd@gmail.com\n"
    )
    r = record(text)
    assert r.authors == ["Nga Bùi"]
    assert [b.kind for b in r.blocks] == ["paragraph"]


def test_a_pictures_address_is_never_a_captions_second_line() -> None:
    text = (
        "Trao quà cho gia đình chính sách\n\n"
        "Sáng 20/7/2024, lãnh đạo tỉnh đã đến thăm, tặng quà các gia đình chính sách trên địa bàn huyện.\n\n"
        "Lãnh đạo tỉnh thăm, tặng quà gia đình chính sách\n"
        "https://portal.gov.vn/uploads/news/2024/anh-2.jpg\n"
        "Toàn cảnh buổi gặp mặt\n\n"
        "Dịp này, tỉnh đã trao 200 suất quà cho các gia đình chính sách của huyện với tổng trị giá 400 triệu đồng.\n"
    )
    r = record(text)
    assert "Lãnh đạo tỉnh thăm, tặng quà gia đình chính sách" in [c.text for c in r.captions]
    assert all("https://" not in b.text for b in r.blocks)


@pytest.mark.parametrize("twice", [False, True])
def test_a_title_printed_twice_under_a_portals_label_is_the_title(twice: bool) -> None:
    title = "Hội nghị đối thoại Nhân dân với Chủ tịch UBND phường năm 2018"
    head = f"{title}\n{title}\n" if twice else f"{title}\n"
    text = (
        "Hoạt động Đảng ủy - Đoàn Thể Phường\n\n"
        f"{head}\n"
        "Ngày đăng: 12/10/2018\n\n"
        "Sáng ngày 10/10/2018, UBND phường Gia Viên tổ chức hội nghị đối thoại với Chủ tịch UBND phường.\n"
    )
    r = record(text)
    assert r.title == title
    assert all(b.text != title for b in r.blocks)


def test_a_caption_printed_twice_under_a_lead_without_a_full_stop_stays_twice() -> None:
    caption = "Đại diện các hộ gia đình nghiên cứu kỹ các ứng cử viên trước khi bỏ phiếu"
    text = (
        "Phường An Xuân bầu khối phố trưởng\n\n"
        f"Sáng ngày 13.9, phường An Xuân tổ chức bầu khối phố trưởng nhiệm kỳ 2015-2017\n{caption}\n\n{caption}\n\n"
        "Các hộ dân trên địa bàn 11 khối phố của phường đã đồng loạt đến các nhà văn hóa để bầu khối phố trưởng./.\n"
    )
    assert [c.text for c in record(text).captions] == [caption, caption]


@pytest.mark.parametrize(
    ("line", "contact"),
    [
        (": toasoandko@gmail.com | : (04) 38.228.302", True),
        ("Email: ubnd@gmail.com - Điện thoại: 0236 381 2345", True),
        ("0236.3812345", True),
        ("1.234.567", False),  # a figure alone is no telephone
        ("21:15:00 27/12/2017", False),
        ("Số điện thoại: 0236.3812345 của Ban tiếp công dân", False),
    ],
)
def test_a_row_of_a_portals_email_and_telephone_is_furniture(line: str, contact: bool) -> None:
    assert is_contact_row(line) is contact


@pytest.mark.parametrize(
    ("line", "banner"),
    [
        ("CHÀO MỪNG ĐẾN TRANG THÔNG TIN ĐIỆN TỬ UBND HUYỆN GIA VIỄN", True),
        ("Chào mừng đến với Cổng thông tin điện tử xã", True),
        ("Chào mừng đến dự Đại hội đại biểu Hội Nông dân xã lần thứ X", False),
    ],
)
def test_a_welcome_banner_without_its_with_is_furniture(line: str, banner: bool) -> None:
    assert is_utility(line) is banner


def test_contact_rows_over_a_time_first_date_line_leave_the_title() -> None:
    text = (
        ": toasoandko@gmail.com | : (04) 38.228.302\n"
        "Liên hệ Quảng cáo: (04)39.431.943 - (04)39.447.011\n"
        "21:15:00 27/12/2017\n\n"
        "Kon Tum: Hội nghị triển khai công tác Mặt trận năm 2018\n\n"
        "Ngày 27/12, Ủy ban MTTQ tỉnh Kon Tum tổ chức Hội nghị giao ban công tác Mặt trận tỉnh năm 2017.\n"
    )
    assert record(text).title == "Kon Tum: Hội nghị triển khai công tác Mặt trận năm 2018"


@pytest.mark.parametrize(
    ("lead", "names"),
    [
        (
            "Sáng 5/10, đồng chí Nguyễn Văn Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, và các đại biểu "
            "Quốc hội tỉnh có buổi tiếp xúc cử tri xã Minh Tân trước Kỳ họp thứ 10.",
            ["Nguyễn Văn Hải"],
        ),
        (
            "Sáng 5/10, các đại biểu Quốc hội tỉnh tiếp xúc cử tri xã Minh Tân. Dự buổi tiếp xúc có "
            "đồng chí Nguyễn Văn Hải, Bí thư Huyện ủy, và các đại biểu.",
            [],
        ),
    ],
)
def test_the_subject_who_holds_the_meeting_with_the_voters_after_his_titles(lead: str, names: list[str]) -> None:
    assert [n for n, heard in people_by_title(lead, is_unit_name) if heard] == names


def test_the_commune_whose_voters_are_met_is_the_locality() -> None:
    text = (
        "Đại biểu Quốc hội tiếp xúc cử tri\n\n"
        "Sáng 5/10/2025, các đại biểu Quốc hội khóa XV tỉnh Lâm Đồng có buổi tiếp xúc cử tri xã Tà Năng "
        "trước Kỳ họp thứ 10, Quốc hội khóa XV.\n\n"
        "Tại buổi tiếp xúc, đại diện Đoàn đại biểu Quốc hội tỉnh Lâm Đồng thông tin dự kiến nội dung kỳ họp.\n"
    )
    assert record(text).locality == ["Tỉnh Lâm Đồng", "Xã Tà Năng"]
    assert [p.organ for p in named_places("tiếp xúc cử tri xã Tà Năng")] == [True]


@pytest.mark.parametrize("line", ["2026-07-26 | Lượt xem: 95", "26/07/2026 | Lượt xem: 95"])
def test_a_date_line_with_a_counter_glued_is_no_bar(line: str) -> None:
    assert not is_bar(line)
    assert record(f"Ngày hội đại đoàn kết\n{line}\n\nSáng 25/7, thôn 4 tổ chức ngày hội đại đoàn kết.\n").date == date(
        2026, 7, 26
    )


def test_the_pages_date_with_a_counter_under_the_portals_clock_is_the_date() -> None:
    text = (
        "Thứ 3, Ngày 16/07/2024 -\n\n"
        "Kết quả giải quyết ý kiến, kiến nghị của cử tri\n"
        "Ngày đăng: 08/07/2024  11:38 | Lượt xem: 95\n\n"
        "Sáng 5/7/2024, Thường trực HĐND tỉnh tổ chức phiên họp giải quyết ý kiến, kiến nghị của cử tri.\n"
    )
    assert record(text).date == datetime(2024, 7, 8, 11, 38, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("HỒ VĂN HÙNG", ["Hồ Văn Hùng"]),
        ("TRUNG KIÊN", ["Trung Kiên"]),
        ("NGUYỄN THỊ HOA", ["Nguyễn Thị Hoa"]),
        ("BAN DÂN VẬN", ["BAN DÂN VẬN"]),
        ("VĂN PHÒNG HĐND", ["VĂN PHÒNG HĐND"]),
        ("ĐOÀN THANH NIÊN", ["ĐOÀN THANH NIÊN"]),
        ("TRUNG TÂM VHTT", ["TRUNG TÂM VHTT"]),
    ],
)
def test_a_writers_name_in_capitals_with_a_word_a_body_also_uses(line: str, names: list[str]) -> None:
    assert signature(line) == names


def test_a_title_printed_twice_under_a_lead_printed_above_it_is_read_once() -> None:
    lead = (
        "Sáng 27/4, HĐND tỉnh khóa IX khai mạc Kỳ họp thứ 20 để tổng kết nhiệm kỳ. Các đồng chí: "
        "Phương Thị Thanh, Chủ tịch HĐND tỉnh; Nông Quang Nhất, Phó Chủ tịch HĐND tỉnh đồng chủ trì."
    )
    title = "Khai mạc Kỳ họp thứ 20, HĐND tỉnh khóa IX"
    r = record(f"{lead}\n\n{title}\n{title}\n08:57, 28/04/2021\n\n{lead}\n\nKỳ họp diễn ra trong 2 ngày.\n")
    assert r.title == title
    assert [b.text for b in r.blocks if b.kind == "paragraph"][0] == lead


@pytest.mark.parametrize("dated", [False, True])
def test_a_name_alone_between_the_title_and_the_lead_is_the_writer(dated: bool) -> None:
    date_line = "12/03/2024\n" if dated else ""
    text = (
        f"Hội Nông dân xã tổng kết công tác năm 2023\n{date_line}Lê Tuyến\n\n"
        "Sáng 10/3/2024, Hội Nông dân xã Minh Tân tổ chức hội nghị tổng kết công tác hội và phong trào "
        "nông dân năm 2023.\n"
    )
    r = record(text)
    assert r.authors == ["Lê Tuyến"]
    assert all(b.text != "Lê Tuyến" for b in r.blocks)


# Thirtieth pass (A): places, people and dates.


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ngày đưa: 07/03/2021 03:15:20 PM In bài", datetime(2021, 3, 7, 15, 15, tzinfo=TZ)),
        ("Ngày đưa:  11/11/2018 08:02:11 AM", datetime(2018, 11, 11, 8, 2, tzinfo=TZ)),
        ("22/10/2016 | 315", date(2016, 10, 22)),
        ("Hội nghị 22/10/2016 | 315", None),
        ("22/10/2016 | 315 | 4", None),
    ],
)
def test_a_date_line_with_a_print_link_or_a_bare_view_count(line: str, expected) -> None:
    assert parse_dateline(line, TZ) == expected


def test_a_meeting_that_lasts_some_days_names_its_span_after_them() -> None:
    text = (
        "Hội nghị tập huấn cán bộ Mặt trận toàn tỉnh được diễn ra trong 02 ngày: từ ngày 11/10 đến hết "
        "ngày 12/10/2023 tại hội trường Tỉnh ủy."
    )
    assert meeting_period(text, date(2023, 10, 13)) == (date(2023, 10, 11), date(2023, 10, 12))
    assert meeting_period("Trong 02 ngày: từ ngày 11/10 đến ngày 12/10/2023 trời mưa.", date(2023, 10, 13)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Trong các ngày từ 08/11/2022 đến ngày 20/11/2022, các chi hội đã tổ chức hội nghị tại 9 ấp.",
        "Từ 7/6 đến 9/6/2021, Đoàn Thanh niên các xã đã tổ chức đại hội chi đoàn.",
    ],
)
def test_neither_end_of_a_span_of_days_is_one_meetings_day(text: str) -> None:
    assert find_meeting_date(text, date(2022, 12, 1)) is None
    assert find_meeting_date(text, None) is None


@pytest.mark.parametrize(
    ("title", "held"),
    [
        ("Yên Dũng- Đại hội Hội Cựu chiến binh lần thứ VII", True),
        ("Hòa Vang: Kỳ họp thứ 12 HĐND huyện khóa XII", True),
        ("Tin tức - Sự kiện - Đại hội", False),
        ("Hòa Vang: Hội nghị tổng kết công tác Đại hội", False),
    ],
)
def test_a_place_kicker_may_open_a_congress_title(title: str, held: bool) -> None:
    assert holds_session_or_congress(title) is held


def test_communes_of_several_districts_of_one_province_are_a_round_up_of_the_province() -> None:
    text = (
        "Theo kế hoạch, các đại biểu sẽ tiếp xúc cử tri tại xã Phong Niên, huyện Bảo Thắng; xã Bản Lầu, "
        "huyện Mường Khương và xã Trịnh Tường, huyện Bát Xát."
    )
    found = resolve([], named_places(text), text, None, date(2019, 6, 1))
    assert found is not None and found.chain == ["Tỉnh Lào Cai"]
    two = "Đoàn đại biểu tiếp xúc cử tri tại xã Phong Niên, huyện Bảo Thắng và xã Bản Lầu, huyện Mường Khương."
    found = resolve([], named_places(two), two, None, date(2019, 6, 1))
    assert found is not None and found.chain[-1] == "Xã Phong Niên"  # two districts: the first commune still


@pytest.mark.parametrize(
    ("sentence", "chairs"),
    [
        (
            "Dự hội nghị có đồng chí Trần Minh Hải - Bí thư Đảng ủy xã, đồng chí Lê Thị Hoa - Chủ tịch "
            "Ủy ban MTTQ xã chủ trì hội nghị.",
            ["Trần Minh Hải", "Lê Thị Hoa"],
        ),
        (
            "Dự hội nghị có đồng chí Trần Minh Hải - Bí thư Đảng ủy xã, đồng chí Lê Thị Hoa - Chủ tịch "
            "Ủy ban MTTQ xã - chủ trì hội nghị.",
            ["Lê Thị Hoa"],
        ),
    ],
)
def test_an_attendance_list_that_ends_in_chairing_chairs_together(sentence: str, chairs: list[str]) -> None:
    assert [name for name, chaired in people(sentence) if chaired] == chairs


def test_a_dialogue_holder_named_with_other_titles_before_the_one_it_is_held_by() -> None:
    title = "Đối thoại giữa Chủ tịch UBND phường với hội viên phụ nữ"
    text = (
        "Sáng 9/4, Hội LHPN phường tổ chức đối thoại giữa Chủ tịch UBND phường với hội viên phụ nữ. "
        "Dự có đồng chí Lâm Văn Tài, Phó Bí thư Đảng ủy, Chủ tịch UBND phường, đồng chí Đỗ Thị Mai, "
        "Phó Chủ tịch UBND phường."
    )
    assert dialogue_holders(title, text) == ["Lâm Văn Tài"]


def test_delegates_ex_officio_are_no_praise() -> None:
    text = (
        "Đoàn gồm 12 đại biểu, trong đó có 03 đại biểu đương nhiên, do ông Phạm Quang Huy - Chủ tịch "
        "Ủy ban MTTQ Việt Nam tỉnh làm Trưởng đoàn."
    )
    assert [name for name, spoke in people_by_title(text, is_unit_name) if spoke] == []


def test_a_day_a_meeting_is_planned_for_is_not_its_day() -> None:
    text = "Đại hội Hội Nông dân huyện lần thứ X dự kiến tổ chức ngày 12 tháng 9 năm 2023 tại hội trường huyện."
    assert find_meeting_date(text, None) is None
    assert find_meeting_date(text, date(2023, 10, 1)) is None


def test_a_notice_gives_the_meeting_to_come_its_day_on_its_time_line() -> None:
    title = "Thông báo triệu tập Hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm"
    text = "Thành phần: lãnh đạo các đoàn thể.\nThời gian: 14 giờ 00 ngày 08/7/2022.\nĐịa điểm: Hội trường xã."
    assert notice_day(title, text, date(2022, 7, 1)) == date(2022, 7, 8)
    assert notice_day("Hội nghị sơ kết công tác Mặt trận", text, date(2022, 7, 1)) is None
    assert notice_day(title, text, date(2021, 7, 1)) is None  # a year before: another meeting's line


def test_a_unit_named_bare_as_the_one_holding_the_meeting_is_its_organiser() -> None:
    text = (
        "Ngày 12/6/2019, huyện Bảo Thắng đã long trọng tổ chức Đại hội đại biểu các dân tộc thiểu số lần thứ III. "
        "Dự có ông Nguyễn Văn A, Phó Chủ tịch UBND tỉnh Lào Cai."
    )
    named = named_places(text)
    assert [p.organ for p in named if p.name == "Bảo Thắng"] == [True]
    found = resolve([], named, text, None, date(2019, 6, 12))
    assert found is not None and found.chain == ["Tỉnh Lào Cai", "Huyện Bảo Thắng"]
    venue = "(xã Phong Niên, huyện Bảo Thắng), Tỉnh Đoàn Lào Cai tổ chức lễ báo công."
    assert [p.organ for p in named_places(venue) if p.name == "Bảo Thắng"] == [False]


def test_a_speech_at_the_meeting_of_a_comrade_is_heard() -> None:
    text = "Đại hội được nghe phát biểu tại đại hội của đồng chí Lê Văn Thành - Chủ tịch LĐLĐ huyện."
    assert people(text) == [("Lê Văn Thành", True)]


def test_a_page_stored_on_one_line_is_split_as_a_browser_shows_it() -> None:
    body = "Sáng ngày 3/5/2023, UBND xã Tân Lập tổ chức hội nghị đối thoại với nông dân về chuyển đổi cây trồng. " * 4
    r = record(f"Hội nghị đối thoại với nông dân xã Tân Lập ( Cập nhật ngày: 04/05/2023 ){body}Nông Văn Bình |")
    assert r.title == "Hội nghị đối thoại với nông dân xã Tân Lập"
    assert r.date == date(2023, 5, 4)
    assert r.authors == ["Nông Văn Bình"]
    assert r.blocks[0].text.startswith("Sáng ngày 3/5/2023")


def test_a_signature_set_far_right_of_the_last_paragraph_stays_on_its_line() -> None:
    last = "Các buổi tiếp xúc diễn ra từ ngày 3 đến ngày 7/8 tại các xã trong huyện."
    r = record(
        f"Kế hoạch tiếp xúc cử tri\n12/07/2019\n\nNgày 10/7, Tổ đại biểu ban hành kế hoạch.\n{last}          LÊ HÀ\n"
    )
    assert r.authors == ["Lê Hà"]
    assert r.blocks[-1].text == f"{last} LÊ HÀ"  # the sentence is not cut from the name printed beside it


@pytest.mark.parametrize(
    "line",
    [
        "Thời tiết",
        "Tỷ giá ngoại tệ",
        "Giá vàng",
        "Đà Nẵng 24° - 30° C",
        "29° C",
        "Huế, 28°C/ 27°C - 31°C Icon nắng",
        "Đang online 57",
        "Đang truy cập 12",
        "Truy cập tổng 12.845",
        "Truy cập hiện tại 7",
        "Chứng nhận Tín Nhiệm Mạng",
        "Chung nhan Tin Nhiem Mang",
    ],
)
def test_weather_market_and_online_widgets_are_furniture(line: str) -> None:
    assert is_widget(line)


@pytest.mark.parametrize(
    "line",
    [
        "Nhiệt độ hôm nay lên tới 38°C.",
        "Trời nắng, nhiệt độ cao nhất 36°C; gió nhẹ.",
        "Truy cập tổng hợp dữ liệu của 12 xã",
    ],
)
def test_a_sentence_with_a_temperature_or_a_bare_label_is_no_widget(line: str) -> None:
    assert not is_widget(line)


def test_a_stations_latest_list_a_template_call_and_a_follow_call_without_its_icon() -> None:
    assert is_related_heading("TRUYỀN HÌNH MỚI NHẤT") and is_related_heading("Tin mới đăng")
    assert is_code_remnant("[links()]") and is_code_remnant("{{ related() }}")
    assert is_utility("Theo dõi Báo Quảng Trị trên") and not is_utility("Theo dõi diễn biến trên địa bàn")


@pytest.mark.parametrize(
    "above",
    [
        "Toàn Đảng, toàn dân, toàn quân đẩy mạnh học tập và làm theo tấm gương đạo đức Hồ Chí Minh",
        "Thứ năm, 4. Tháng 9 2025 - 08:15",
        "Thứ hai, 6-10-25 07:03:41",
        "Site banner",
        "Banner Huyện ủy Tân Kỳ (Home-top-2)",
        "Analytics",
        "Chuyên trang Nông thôn mới - Báo Hòa Bình",
    ],
)
def test_a_slogan_a_clock_a_banner_or_a_special_site_above_the_title_is_not_it(above: str) -> None:
    title = "Hội Nông dân xã Tân An đối thoại với hội viên"
    r = record(f"{above}\n{title}\nSáng 3/10/2025, Hội Nông dân xã Tân An tổ chức hội nghị đối thoại với hội viên.\n")
    assert r.title == title


def test_a_banner_names_the_portals_owner() -> None:
    from sitegen.importer.furniture import banner_owner

    assert (
        banner_owner("Banner Huyện ủy Tân Kỳ (Home-top-2)") == "Huyện ủy Tân Kỳ" and banner_owner("Site banner") is None
    )


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Minh Tuấn - VP HĐND", ["Minh Tuấn"]),
        ("Thu Trang – Xã Tân Phú", ["Thu Trang"]),
        ("Lan Anh - TP Vinh", ["Lan Anh"]),
    ],
)
def test_a_signature_with_the_writers_office_or_unit(line: str, names: list[str]) -> None:
    assert signature(line) == names


def test_theo_with_a_colon_and_a_persons_name_credits_the_writer() -> None:
    assert source_name("Theo: Ngọc Lan") == "Ngọc Lan"
    assert source_name("Theo báo cáo của UBND xã") is None
    r = record(
        "Xã Tân Phú tổng kết năm 2024\n20/12/2024\n\nChiều 19/12, UBND xã Tân Phú tổ chức hội nghị.\n\nTheo: Ngọc Lan\n"
    )
    assert r.authors == ["Ngọc Lan"]


def test_a_title_with_a_full_stop_printed_again_under_itself_is_read_once() -> None:
    title = "UBND xã Hòa Bình tổ chức hội nghị đối thoại với Nhân dân về công tác giải phóng mặt bằng."
    r = record(f"{title}\n\n{title}\n\nSáng 12/3/2024, UBND xã Hòa Bình tổ chức hội nghị đối thoại.\n")
    assert r.title == title
    assert [b.text for b in r.blocks] == ["Sáng 12/3/2024, UBND xã Hòa Bình tổ chức hội nghị đối thoại."]


def test_a_title_with_its_pictures_number_and_no_dash_is_alt_text() -> None:
    assert is_alt_text("Hội nghị Ban Chấp hành Hội Nông dân huyện lần thứ hai ảnh 2")
    assert not is_alt_text("Đoàn viên thanh niên xã Tân Phú tham gia chụp ảnh 2.")  # a sentence


def test_a_line_in_lower_case_under_the_title_is_no_section_label() -> None:
    following = "HĐND phường tổ chức kỳ họp chuyên đề để quyết nghị một số vấn đề thuộc thẩm quyền"
    assert is_section_label("Hình ảnh", following)
    assert not is_section_label("hình ảnh tại kỳ họp", following)


def test_a_unit_named_after_a_person_is_never_one_of_the_people() -> None:
    # "phường Võ Thị Sáu" (Quận 3): the register holds units named after heroes; after its level word, a place
    text = (
        "Đại biểu HĐND tiếp xúc cử tri phường Võ Thị Sáu\n12/06/2024\n\n"
        "Tại buổi tiếp xúc, các đại biểu Hội đồng nhân dân tỉnh và huyện Chợ Gạo báo cáo đến bà con cử tri "
        "tình hình của huyện Chợ Gạo trong năm 2024. Đồng thời, đại biểu Hội đồng nhân dân 2 cấp cũng đã "
        "giải trình những ý kiến, kiến nghị của bà con cử tri phường Võ Thị Sáu trong buổi tiếp xúc cử tri trước.\n\n"
        "Ông Nguyễn Văn Hùng, Chủ tịch UBND xã phát biểu tiếp thu các ý kiến.\n"
    )
    assert record(text).people == ["Nguyễn Văn Hùng"]


def test_dong_is_a_family_name_when_no_chi_follows() -> None:
    # "Đồng chí" opens a name; "Đồng Thị Lan" is one (the family name Đồng)
    text = "Phát biểu bế mạc, bà Đồng Thị Lan - Chủ tịch HĐND huyện - nhấn mạnh kết quả của kỳ họp."
    assert people_by_title(text, is_unit_name) == [("Đồng Thị Lan", True)]


def test_a_given_name_that_may_open_a_title_ends_a_name_before_its_dash() -> None:
    text = "Tại hội nghị, Đại biểu Lê Văn Chánh – Phó Chủ tịch UBND huyện phát biểu tiếp thu."
    assert people_by_title(text, is_unit_name) == [("Lê Văn Chánh", True)]


def test_the_deputies_listed_as_their_group_hold_the_meeting_with_the_voters() -> None:
    text = (
        "Đại biểu HĐND huyện tiếp xúc cử tri xã Tân Phú\n12/06/2024\n\n"
        "Sáng 11/6, tại hội trường UBND xã Tân Phú, đại biểu HĐND huyện đã có buổi tiếp xúc cử tri. "
        "Tham dự, về phía Tổ đại biểu HĐND huyện có bà Trần Thị Mỹ, Phó Chủ tịch HĐND huyện; ông Lý Văn Hòa, "
        "đại biểu HĐND huyện, cùng đại biểu Ngô Minh Quân. Về phía xã có ông Vương Văn Tám, Chủ tịch UBND xã.\n"
    )
    assert sorted(record(text).people) == ["Lý Văn Hòa", "Ngô Minh Quân", "Trần Thị Mỹ"]
    # "các đại biểu HĐND huyện có ý kiến trả lời ông …": no list of deputies, a voter answered
    answered = "Tại buổi tiếp xúc, các đại biểu HĐND huyện có ý kiến trả lời ông Nguyễn Văn Ân về đường giao thông."
    assert deputies_meeting_voters("Tiếp xúc cử tri xã Tân Phú", answered, is_unit_name) == []


def test_a_candidate_who_presents_a_programme_is_not_one_of_the_people() -> None:
    text = (
        "Ứng cử viên tiếp xúc cử tri phường Tân An\n02/03/2026 08:00\n\n"
        "Sáng 2/3, Ủy ban MTTQ tỉnh tổ chức hội nghị tiếp xúc cử tri phường Tân An.\n\n"
        "Chủ tịch UBND tỉnh Phạm Văn Minh - ứng cử viên đại biểu Quốc hội trình bày chương trình hành động.\n\n"
        "Ông Hà Quốc Bảo, Chủ tịch Ủy ban MTTQ tỉnh phát biểu kết luận hội nghị.\n"
    )
    assert record(text).people == ["Hà Quốc Bảo"]


def test_the_day_a_numbered_document_was_passed_is_not_the_meetings() -> None:
    text = (
        "Phát biểu khai mạc, ông Trần Văn Ba nhấn mạnh ý nghĩa của kỳ họp. Theo đó, ngày 14/3/2024, Quốc hội "
        "đã thông qua Nghị quyết số 35/2024/QH15 về việc sắp xếp đơn vị hành chính."
    )
    assert find_meeting_date(text, None) is None
    held = "Ngày 14/3/2024, tại kỳ họp thứ 9, HĐND tỉnh đã thông qua Nghị quyết số 35/NQ-HĐND về giá đất."
    assert find_meeting_date(held, None) == (date(2024, 3, 14), False)


def test_the_writers_dated_row_under_the_title_wins_over_a_clock_above_it() -> None:
    text = (
        "Thứ Hai, ngày 05 tháng 02 năm 2018, 08:10:12\n\n"
        "Hội Nông dân huyện Tân Phú tổng kết năm 2023\n\n"
        "Hoàng Lan - 09:30, 14/12/2023\n\n"
        "Sáng 13/12, Hội Nông dân huyện Tân Phú tổ chức hội nghị tổng kết công tác năm 2023.\n"
    )
    r = record(text)
    assert r.date == datetime(2023, 12, 14, 9, 30, tzinfo=TZ)
    assert r.event_date == date(2023, 12, 13)
    assert r.authors == ["Hoàng Lan"]


@pytest.mark.parametrize(
    ("congress", "chain"),
    [
        ("lần thứ nhất", ["Thành phố Hà Nội", "Xã Phù Đổng"]),  # a commune the 2025 reform formed
        ("lần thứ XXV", ["Thành phố Hà Nội", "Huyện Gia Lâm", "Xã Phù Đổng"]),  # a commune that was there before
    ],
)
def test_a_first_congress_of_the_2025_term_on_a_page_with_no_date_is_in_the_2025_structure(
    congress: str, chain: list[str]
) -> None:
    text = (
        f"Xã Phù Đổng chuẩn bị Đại hội Đảng bộ {congress}, nhiệm kỳ 2025 - 2030\n\n"
        f"Thời gian qua, Đảng ủy xã Phù Đổng tích cực chuẩn bị để tổ chức Đại hội Đảng bộ xã {congress}, "
        "nhiệm kỳ 2025-2030 theo hướng dẫn của cấp trên.\n"
    )
    assert record(text).locality == chain


def test_a_meeting_chaired_by_the_provinces_head_is_the_provinces_not_its_guests_commune() -> None:
    text = (
        "Phó Chủ tịch UBND tỉnh Lê Thị Hạnh chủ trì buổi tiếp công dân\n20/11/2024 10:15\n\n"
        "Ngày 20-11, tại trụ sở Ban Tiếp công dân tỉnh, Phó Chủ tịch UBND tỉnh Lê Thị Hạnh đã chủ trì buổi "
        "tiếp công dân. Cùng dự có lãnh đạo UBND huyện Bảo Lâm, UBND xã Lý Bôn.\n"
    )
    assert record(text).locality == ["Tỉnh Cao Bằng"]


def test_a_title_that_names_only_its_province_in_passing_gives_way_to_the_one_commune_of_the_text() -> None:
    text = (
        "Cao Bằng: Sôi nổi Hội thi “Dân vận khéo” năm 2023\n16/10/2023\n\n"
        "Ngày 15/10, Hội thi “Dân vận khéo” năm 2023 diễn ra với 10 đội thi. Qua hội thi, Đảng ủy xã Lý Bôn "
        "(huyện Bảo Lâm) mong muốn lan tỏa các mô hình hay.\n"
    )
    assert record(text).locality == ["Tỉnh Cao Bằng", "Huyện Bảo Lâm", "Xã Lý Bôn"]
    several = text.replace("(huyện Bảo Lâm)", "và Đảng ủy xã Nam Quang")  # two communes: the province's round-up
    assert record(several).locality == ["Tỉnh Cao Bằng"]
    organised = text.replace("Hội thi “Dân vận khéo” năm 2023 diễn ra", "Ban Dân vận Tỉnh ủy tổ chức Hội thi")
    assert record(organised).locality == ["Tỉnh Cao Bằng"]  # the province's board holds it


def test_a_meeting_held_to_review_a_years_work_and_plan_the_next_is_a_tong_ket() -> None:
    lead = (
        "Chiều 10/12/2025, Ban Thường vụ Đảng ủy xã Lý Bôn tổ chức hội nghị nhằm đánh giá kết quả công tác "
        "năm 2025; thảo luận phương hướng, nhiệm vụ năm 2026."
    )
    r = record(f"Ban Thường vụ Đảng ủy xã Lý Bôn họp lần thứ 9\n11/12/2025\n\n{lead}\n")
    assert r.meeting == "tổng kết"
    month = lead.replace("công tác năm 2025", "công tác tháng 11 năm 2025")  # a month's review
    assert record(f"Ban Thường vụ Đảng ủy xã Lý Bôn họp lần thứ 9\n11/12/2025\n\n{month}\n").meeting is None


def test_the_deputies_meet_the_voters_of_one_commune_inside_their_unit() -> None:
    text = (
        "Đại biểu HĐND tỉnh Cao Bằng tiếp xúc cử tri sau kỳ họp thứ 8\n12/08/2023\n\n"
        "Sáng 11/8, tại hội trường UBND xã Lý Bôn, Tổ đại biểu HĐND tỉnh Cao Bằng đã có buổi tiếp xúc cử tri "
        "xã Lý Bôn sau kỳ họp thứ 8 HĐND tỉnh.\n"
    )
    assert record(text).locality == ["Tỉnh Cao Bằng", "Huyện Bảo Lâm", "Xã Lý Bôn"]


def test_a_day_after_the_moment_a_round_up_is_written_as_of_is_still_to_come() -> None:
    text = (
        "Cao Bằng: Đại hội Hội Cựu chiến binh cơ sở\n\n"
        "Tính đến cuối tháng 3/2022, toàn tỉnh có 150/199 cơ sở Hội tổ chức xong đại hội.\n\n"
        "Đại hội Hội Cựu chiến binh tỉnh lần thứ VII diễn ra vào ngày 20/6/2022.\n"
    )
    r = record(text)
    assert r.event_date is None and r.date is None
    held = text.replace("cuối tháng 3/2022", "cuối tháng 6/2022")  # the congress is reported as held
    assert record(held).event_date == date(2022, 6, 20)


def test_a_report_that_looks_ahead_to_an_event_has_its_coming_day() -> None:
    text = (
        "Huyện Bảo Lâm sẵn sàng cho ngày bầu cử trưởng thôn\n14/05/2022 09:00\n\n"
        "Đến nay, huyện Bảo Lâm đã chuẩn bị mọi điều kiện để cuộc bầu cử trưởng thôn vào ngày 15/5 thành công.\n"
    )
    assert record(text).event_date == date(2022, 5, 15)
    new_year = text.replace("14/05/2022", "30/12/2022").replace("ngày 15/5", "ngày 2/1")
    assert record(new_year).event_date == date(2023, 1, 2)
    later = text.replace("ngày 15/5", "ngày 30/5")  # more than a week ahead: not the report's event
    assert record(later).event_date != date(2022, 5, 30)


def test_a_type_named_in_a_numbered_documents_subject_is_no_meeting() -> None:
    config = Config()
    title = "Kết quả thực hiện Chỉ thị số 12-CT/HU về tăng cường đối thoại với Nhân dân ở cơ sở"
    assert meeting(title, config) is None
    assert "đối thoại" in prepared_meetings(title, config)  # the text's mentions are of that subject too
    assert meeting("Huyện ủy tổ chức hội nghị đối thoại với Nhân dân về Chỉ thị số 12-CT/HU", config) == "đối thoại"


def test_an_organ_another_directs_is_not_the_organiser() -> None:
    text = (
        "Đại hội hội nông dân cấp huyện trong quý III\n05/07/2023\n\n"
        "Theo Hội Nông dân tỉnh, quý III/2023, hội tập trung chỉ đạo Hội Nông dân huyện Bảo Lâm tổ chức đại hội "
        "điểm, tiến tới Đại hội đại biểu Hội Nông dân tỉnh Cao Bằng lần thứ X.\n"
    )
    r = record(text)
    assert r.organization is None
    assert r.locality == ["Tỉnh Cao Bằng"]
    assert directs("hội tập trung chỉ đạo ")
    assert not directs("Dưới sự chỉ đạo ")  # the direction, a noun: the organ after it gives it


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a deputy's title in lower case before the name
        ("Tại hội nghị, đại biểu Quốc hội Nguyễn Thanh Sơn đã giải trình các ý kiến của cử tri.", "Nguyễn Thanh Sơn"),
        # "cho rằng" (holds that): a speech verb, as "cho biết"
        ("Ông Trần Quốc Bảo cho rằng cần tập trung phát triển kinh tế nông thôn.", "Trần Quốc Bảo"),
    ],
)
def test_more_ways_of_introducing_a_speaker(text: str, name: str) -> None:
    assert people_by_title(text, is_unit_name) == [(name, True)]


def test_a_venues_street_address_names_its_district_and_province() -> None:
    assert named_places("Địa điểm: Hội trường tầng 3, số 12B Kim Mã, Ba Đình, Hà Nội.") == [
        Place("quận", "Ba Đình", False),
        Place("thành phố", "Hà Nội", False),
    ]
    assert named_places("Địa điểm: số 12B Kim Mã, Ba Đình, Hải Dương.") == []  # no Ba Đình in that province


def test_an_award_item_of_a_list_does_not_hide_the_paragraph_above_it() -> None:
    text = (
        "Bảo Lâm - Đại hội Đại biểu phụ nữ lần thứ XV\n20/06/2021\n\n"
        "Được sự nhất trí của Hội LHPN tỉnh Cao Bằng, Ban Chấp hành Hội LHPN huyện Bảo Lâm tổ chức Đại hội "
        "Đại biểu phụ nữ huyện lần thứ XV với nhiệm vụ:\n\n"
        "1- Tổng kết thực hiện Nghị quyết Đại hội nhiệm kỳ 2016- 2021.\n\n"
        "2- Biểu dương, khen thưởng các tập thể, cá nhân xuất sắc nhiệm kỳ 2016-2021.\n"
    )
    assert record(text).locality == ["Tỉnh Cao Bằng", "Huyện Bảo Lâm"]


def test_a_deputy_heads_title_with_ban_in_capitals_stands_before_a_name() -> None:
    text = "Phó trưởng Ban Tuyên giáo Huyện ủy Lương Thị Mai và ông Hà Văn Đức chủ trì hội nghị."
    assert people_by_title(text, is_unit_name) == [("Lương Thị Mai", True), ("Hà Văn Đức", True)]


def test_who_does_what_in_a_photo_alone_between_paragraphs_is_a_caption() -> None:
    lead = (
        "Sáng 14/4/2024, UBND xã Tân Lập tổ chức bầu cử trưởng ấp nhiệm kỳ 2024 - 2026 tại 9 điểm bầu cử của xã, "
        "với sự tham gia của hơn 3.000 cử tri đại diện hộ gia đình."
    )
    body = (
        "Tỷ lệ cử tri đại diện hộ gia đình đi bầu đạt trên 95%, các trưởng ấp trúng cử đều đủ tiêu chuẩn theo quy "
        "định và được Nhân dân tín nhiệm."
    )
    voting = "Bà con ấp Mỹ Hòa, xã Tân Lập bỏ phiếu bầu trưởng ấp, nhiệm kỳ 2024 - 2026."
    assert _kind_between("Xã Tân Lập bầu trưởng ấp", lead, voting, body) == "caption"
    # "TP." names a city, it ends no sentence; above a longer lead, the lead picture's caption
    speaking = "Bí thư TP. Vị Thanh Trần Văn Hai phát biểu tại buổi gặp gỡ."
    assert _kinds_of(f"Gặp gỡ doanh nghiệp\n{speaking}\n\n{lead}\n\n{body}\n")[speaking] == "caption"
    # a sentence that reports stays text
    told = "Ông Trần Văn Hai đã trao quà cho các hộ khó khăn của ấp Mỹ Hòa."
    assert _kind_between("Gặp gỡ doanh nghiệp", lead, told, body) == "paragraph"


def test_the_texts_words_without_their_marks_are_a_slug() -> None:
    marked = marked_words("Hội Cựu chiến binh phường Tân Định trao nhà tình nghĩa cho hội viên.")
    assert is_unmarked_copy("12 trao nha tinh nghia", marked)
    assert is_unmarked_copy("Hoi Cuu chien binh: trao nha", marked)
    assert not is_unmarked_copy("Sign In", marked)  # an English label: no marked twins
    assert not is_unmarked_copy("Tan Dinh", marked)  # a name typed without marks: maybe a signature
    assert not is_unmarked_copy("Hội Cựu chiến binh trao nhà", marked)  # written with its marks
    lead = "Sáng 2/3/2024, Hội Cựu chiến binh phường Tân Định trao nhà tình nghĩa cho hội viên Nguyễn Văn Tám."
    r = record(f"Trao nhà tình nghĩa\n02/03/2024\n\n{lead}\n\n12 trao nha tinh nghia\n")
    assert [b.text for b in r.blocks] == [lead]


def test_a_plural_is_no_but_in_a_photos_caption() -> None:
    lead = (
        "Chiều 8/5/2024, Hội Liên hiệp Phụ nữ phường 3 tổ chức hội nghị đối thoại giữa lãnh đạo Hội và hội viên "
        "về các chương trình hỗ trợ phụ nữ khởi nghiệp trên địa bàn."
    )
    body = (
        "Tại hội nghị, hơn 80 hội viên đã nêu ý kiến về vốn vay, đào tạo nghề và các mô hình sinh kế; các ý kiến "
        "được ghi nhận để Hội đề xuất với cấp trên trong thời gian tới."
    )
    answering = "Bà Trần Thị Lan, Chủ tịch Hội trả lời những câu hỏi của hội viên tại hội nghị đối thoại."
    assert _kind_between("Đối thoại với hội viên", lead, answering, body) == "caption"


def test_a_caption_glued_to_its_alt_text_is_one_caption() -> None:
    lead = "Sáng 9/9/2024, Hội Nông dân huyện tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2024 - 2029."
    body = "Đại hội đã thảo luận, thông qua báo cáo chính trị và bầu Ban Chấp hành khóa mới gồm 27 đồng chí."
    glued = "Hội viên nông dân xã Phú Mỹ giới thiệu sản phẩm Hội viên nông dân xã Phú Mỹ giới thiệu sản phẩm."
    assert _kind_between("Đại hội Hội Nông dân huyện", lead, glued, body) == "caption"


def test_a_language_switch_and_a_browser_tabs_title_are_no_title() -> None:
    assert is_utility("Tiếng Việt | English")
    assert is_utility("VI / EN")
    assert is_utility("xem chi tiet tin - Cổng thông tin huyện Long Phú")
    assert not is_utility("Tiếng Việt là ngôn ngữ chính thức")
    assert is_utility("Sign In") and is_utility("Log out")
    assert is_bar("Bản in Gởi bài viết")  # "gởi", the southern spelling of "gửi"
    lead = "Sáng 3/8/2023, Hội Cựu chiến binh huyện Long Phú tổ chức Đại hội đại biểu lần thứ VIII."
    title = "Hội Cựu chiến binh huyện Long Phú đại hội nhiệm kỳ 2023 - 2028"
    for above in ("Tiếng Việt | English", "xem chi tiet tin - Long Phú", "Sign In"):
        assert record(f"{above}\n\n03/08/2023 - 10:15\n\n{title}\n\n{lead}\n").title == title


def test_a_signature_moved_under_the_title_or_its_date_signs_the_text() -> None:
    title = "Hội Cựu chiến binh xã Tân Hòa sơ kết công tác 6 tháng đầu năm 2024"
    lead = (
        "Sáng 12/7/2024, Hội Cựu chiến binh xã Tân Hòa tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm "
        "và triển khai nhiệm vụ 6 tháng cuối năm 2024."
    )
    for signed, writers in (
        ("HOÀNG LAN", ["Hoàng Lan"]),
        ("Hoàng Lan - Trần Vũ", ["Hoàng Lan", "Trần Vũ"]),
        ("Mỹ Duyên.", ["Mỹ Duyên"]),
    ):
        r = record(f"{title}\n12/07/2024\n{signed}\nLượt xem: 40\n{lead}\n")
        assert r.authors == writers
        assert [b.text for b in r.blocks] == [lead]
    # the lead's picture's short caption may stand between the signature and the lead
    r = record(f"{title}\n12/07/2024\nHOÀNG LAN\nquang cảnh hội nghị\n\n{lead}\n")
    assert r.authors == ["Hoàng Lan"]
    # a place's name over a text that goes on to name it is the place's kicker, not a writer
    kicker = f"{title}\n12/07/2024\nTân Hòa\n{lead}\n"
    assert record(kicker).authors == []


def test_linked_headlines_in_a_row_are_a_related_box() -> None:
    title = "Hội đồng nhân dân huyện Long Hồ tổ chức kỳ họp thứ mười"
    lead = "Sáng 5/12/2024, HĐND huyện Long Hồ khóa XII tổ chức kỳ họp thứ mười để xem xét các báo cáo của UBND huyện."
    box = (
        "Long Hồ khởi công tuyến đường liên xã nối quốc lộ với cụm công nghiệp\n"
        "Vĩnh Long: Công bố quyết định thành lập trung tâm dịch vụ nông nghiệp"
    )
    body = "Kỳ họp đã thông qua 12 nghị quyết về kinh tế, xã hội, quốc phòng và an ninh năm 2025 của huyện."
    for text in (f"{title}\n{lead}\n{box}\n\n{body}\n", f"{title}\n{lead}\n\n{body}\n\n{box}\n"):
        r = record(text)
        assert [b.text for b in r.blocks] == [lead, body]
    # a subheading then its paragraph, the lead's caption, a list a colon opens: text, as it was
    listed = f"{title}\n{lead}\nKỳ họp đã thông qua các nghị quyết sau:\n{box}\n\n{body}\n"
    assert len(record(listed).blocks) == 5
    unended = "Sáng 5/12/2024, HĐND huyện Long Hồ khóa XII tổ chức kỳ họp thứ mười"
    assert len(record(f"{title}\n\n{unended}\n{box}\n\n{body}\n").blocks) == 4


# Thirty-second pass, A: the fields of heldout34–36.


def test_today_with_a_comma_before_its_day() -> None:
    text = "Hôm nay, 8-11, HĐND huyện khai mạc kỳ họp thứ 7."
    assert find_meeting_date(text, date(2019, 11, 9)) == (date(2019, 11, 8), True)


def test_a_meeting_held_over_days_names_its_span_right_after_the_verb() -> None:
    text = "Đại hội Đảng bộ huyện lần thứ XX sẽ diễn ra từ ngày 12 đến 14.9.2020 tại hội trường huyện."
    assert meeting_period(text, None) == (date(2020, 9, 12), date(2020, 9, 14))


def test_a_programs_date_printed_with_english_names() -> None:
    assert parse_dateline("Mon Mar 04 08:30:00 GMT+07:00 2024", TZ) == datetime(2024, 3, 4, 8, 30, tzinfo=TZ)
    js = "Mon Mar 04 2024 08:30:00 GMT+0700 (Indochina Time)"
    assert parse_dateline(js, TZ) == datetime(2024, 3, 4, 8, 30, tzinfo=TZ)
    assert parse_dateline("Mon Mar 04 08:30:00 GMT+07:00", TZ) is None  # no year


def test_a_view_count_after_a_time_then_a_date() -> None:
    text = (
        "Đại hội Chi đoàn khóa mới\n\n09:15 03/05/2021     245\n\n"
        "Ngày 2/5, Đoàn xã tổ chức Đại hội Chi đoàn nhiệm kỳ 2021 - 2023 với 40 đoàn viên.\n"
    )
    assert record(text).date == datetime(2021, 5, 3, 9, 15, tzinfo=TZ)


def test_a_board_of_the_unit_named_by_its_initials_signs_the_text() -> None:
    assert signature("Ban VHTT xã") == ["Ban VHTT xã"]
    assert signature("Ban TG-DV phường") == ["Ban TG-DV phường"]
    assert signature("BAN DÂN VẬN") == ["BAN DÂN VẬN"]  # a board spelt out, as before


def test_a_numbered_sections_heading_on_the_last_line_signs_nothing() -> None:
    assert signature("III. NHIỆM VỤ TRỌNG TÂM NĂM TỚI") is None
    assert signature("2. KẾT QUẢ ĐẠT ĐƯỢC") is None
    assert signature("V. HÀ") == ["V. Hà"]  # an initial and a name


def test_a_writer_glued_to_the_last_paragraph_with_the_agency_after_a_slash() -> None:
    last = "Kỳ họp sẽ xem xét 15 nghị quyết về kinh tế, xã hội của huyện trong năm 2021. Minh Tâm/VTV"
    text = f"Khai mạc kỳ họp HĐND huyện\n15/07/2021\n\nSáng 15/7, HĐND huyện khai mạc kỳ họp thứ hai.\n\n{last}\n"
    r = record(text)
    assert r.authors == ["Minh Tâm"]
    assert r.blocks[-1].text == last  # the credit line, printed as the text's last words, is kept whole


def test_a_name_whose_comma_before_the_title_lost_its_space() -> None:
    text = "Đồng chí Hà Văn Sơn,Phó Bí thư Huyện ủy phát biểu tại hội nghị"
    assert people(text) == [("Hà Văn Sơn", True)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đồng chí Trần Minh Hải, Bí thư Huyện ủy đọc diễn văn tại lễ kỷ niệm", "Trần Minh Hải"),
        ("Tại kỳ họp, ông Lê Văn Tám - Chủ tịch UBND tỉnh đã đọc tờ trình về nhân sự.", "Lê Văn Tám"),
    ],
)
def test_who_reads_a_speech_or_a_proposal_to_the_meeting_speaks(text: str, name: str) -> None:
    found = people(text) + people_by_title(text, is_unit_name)
    assert (name, True) in found


def test_the_others_who_attend_with_those_named_leave_them_their_role() -> None:
    chaired = (
        "Về dự và chỉ đạo hội nghị có đồng chí Lê Văn Hùng, Chủ tịch Hội Nông dân tỉnh; đồng chí Trần Văn Bảy, "
        "Bí thư Huyện ủy cùng các đại biểu cấp huyện, xã tham dự."
    )
    assert people(chaired) == [("Lê Văn Hùng", True), ("Trần Văn Bảy", True)]
    attended = "Dự hội nghị có đồng chí Trần Văn Bảy, Bí thư Huyện ủy cùng các đại biểu cấp xã tham dự."
    assert people(attended) == [("Trần Văn Bảy", False)]
    first = "Đồng chí Lê Văn Hùng cùng các đồng chí lãnh đạo huyện đến dự; đồng chí Trần Văn Bảy phát biểu."
    assert people(first) == [("Lê Văn Hùng", False), ("Trần Văn Bảy", True)]  # no role before: the list's verb


def test_a_district_raised_to_a_town_since_lies_in_the_province_the_text_names() -> None:
    text = (
        "Tiếp xúc cử tri trước kỳ họp\n20/06/2016\n\n"
        "Chiều ngày 18/6/2016, Ủy ban MTTQ Việt Nam huyện Phong Điền tổ chức hội nghị tiếp xúc giữa đại biểu "
        "Hội đồng nhân dân tỉnh Thừa Thiên Huế với cử tri.\n"
    )
    assert record(text).locality == ["Thành phố Huế", "Thị xã Phong Điền"]
    elsewhere = text.replace("tỉnh Thừa Thiên Huế", "thành phố")
    assert record(elsewhere).locality == ["Thành phố Cần Thơ", "Huyện Phong Điền"]  # the one of that level


def test_the_level_written_outweighs_the_marks_of_a_name_spelt_two_ways() -> None:
    from sitegen.register import register

    assert [u.name for u, _ in register().matches("Huyện Đak Pơ")] == ["Huyện Đăk Pơ"]
    assert [u.name for u, _ in register().matches("Thị trấn Đak Pơ")] == ["Thị trấn Đak Pơ"]


def test_a_unit_chosen_to_hold_a_model_congress_is_not_the_organiser() -> None:
    from sitegen.importer.fields import organization

    assert organization("Ủy ban MTTQ Việt Nam xã Tân An được chọn tổ chức đại hội điểm.") is None
    assert organization("Ủy ban MTTQ Việt Nam xã Tân An tổ chức đại hội điểm.") == "Ủy ban MTTQ Việt Nam xã Tân An"


def test_a_commune_named_in_a_round_up_of_its_districts_communes_is_one_of_them() -> None:
    text = (
        "Hoàn thành đại hội Mặt trận cấp xã\n02/04/2019\n\n"
        "Đến nay, 20 xã, thị trấn của huyện Thanh Hà đã tiến hành xong Đại hội MTTQ cấp xã nhiệm kỳ 2019-2024. "
        "Ủy ban MTTQ xã Tân An được chọn tổ chức đại hội điểm.\n"
    )
    assert record(text).locality == ["Tỉnh Hải Dương", "Huyện Thanh Hà"]
    one = text.replace("20 xã, thị trấn của huyện Thanh Hà đã tiến hành xong", "huyện Thanh Hà hướng dẫn")
    assert record(one).locality == ["Tỉnh Hải Dương", "Huyện Thanh Hà", "Xã Tân An"]


def test_a_papers_site_credited_as_the_source_gives_its_province() -> None:
    assert source_name("Theo binhdinh online") == "binhdinh online"
    text = (
        "Mặt trận cấp xã hoàn thành đại hội\n\n"
        "Theo kế hoạch, đại hội Mặt trận cấp xã trong tỉnh hoàn thành trước tháng 3.2014.\n\nTheo baclieu online\n"
    )
    assert record(text).locality == ["Tỉnh Bạc Liêu"]


_HOA_TITLE = "Hội Liên hiệp Phụ nữ xã Tân Hòa tổ chức Đại hội đại biểu lần thứ XIV"
_HOA_LEAD = (
    "Sáng 14/3/2021, Hội Liên hiệp Phụ nữ xã Tân Hòa tổ chức Đại hội đại biểu phụ nữ lần thứ XIV, nhiệm kỳ "
    "2021-2026, với sự tham dự của 120 đại biểu đại diện cho hơn 1.500 hội viên."
)
_HOA_SECOND = "Đại hội đã bầu Ban Chấp hành Hội Liên hiệp Phụ nữ xã khóa XIV gồm 15 đồng chí."


def _hoa_text(paste: str) -> str:
    """The text of the paste's blocks, joined: where a line kept as text is looked for."""
    return " ".join(b.text for b in record(paste).blocks)


@pytest.mark.parametrize(
    ("row", "when"),
    [
        ("14/03/2021 | 09:15 | cms-view-count: 812", datetime(2021, 3, 14, 9, 15, tzinfo=TZ)),
        ("09:15 14/03/2021     812", datetime(2021, 3, 14, 9, 15, tzinfo=TZ)),
        ("Sun Mar 14 09:15:00 GMT+07:00 2021", datetime(2021, 3, 14, 9, 15, tzinfo=TZ)),
    ],
)
def test_a_date_row_with_a_counter_or_in_a_scripts_form_dates_the_page(row: str, when: datetime) -> None:
    r = record(f"{_HOA_TITLE}\n{row}\n\n{_HOA_LEAD}\n")
    assert r.title == _HOA_TITLE and r.date == when
    assert [b.text for b in r.blocks] == [_HOA_LEAD]


@pytest.mark.parametrize(
    "above",
    [
        # the who's-online box and its heading
        "Truy cập hiện tại\nĐang có 57 khách và 2 thành viên đang online",
        # a poll that asks the reader, under its heading
        "Ý kiến thăm dò\nBạn thấy giao diện mới của trang thế nào?",
        "Ý kiến thăm dò\nBạn quan tâm nhất đến mục tin nào?",
        # a search box's label, a links widget's long heading and the groups it links to
        "Tìm kiếm tin bài\nLiên kết website dạng danh sách\nHuyện ủy, UBND huyện\nCác xã, thị trấn",
        # a dashed menu
        "- '\n- TRANG CHỦ\n- GIỚI THIỆU\n- Lịch sử - Văn hóa\n- Phòng Nội vụ\n- Liên hệ",
        # a section's heading over a breadcrumb
        "CHUYÊN MỤC\nTrang chủ > Tin tức > Hoạt động đoàn thể > Hội Liên hiệp Phụ nữ xã Tân Hòa tổ chức",
        # a call to celebrate an anniversary, in any case; the year's theme with it
        "Chào mừng kỷ niệm 91 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2021)",
        'Chủ đề công tác năm 2021: "Đoàn kết, đổi mới" - Chào mừng kỷ niệm 91 năm (20/10/1930 - 20/10/2021)',
        # a motto the paste kept in lower case, then a section's name
        "phụ nữ tân hòa đoàn kết - sáng tạo - phát triển\nTư liệu",
    ],
)
def test_portal_furniture_above_the_title_is_not_the_title(above: str) -> None:
    for dated in ("Ngày đăng: 14/03/2021\n", ""):  # with the page's date line under the title, or none
        r = record(f"{above}\n{_HOA_TITLE}\n{dated}\n{_HOA_LEAD}\n")
        assert r.title == _HOA_TITLE
        assert [b.text for b in r.blocks] == [_HOA_LEAD]


def test_a_title_that_celebrates_or_opens_on_a_number_stays_the_title() -> None:
    celebrated = "Chào mừng kỷ niệm 91 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2021)"
    assert record(f"{celebrated}\n20/10/2021\n\n{_HOA_LEAD}\n").title == celebrated
    assert record(f"{celebrated}\n\n{_HOA_LEAD}\n").title == celebrated
    numbered = "120 hội viên phụ nữ xã Tân Hòa được biểu dương"
    assert record(f"{numbered}\n\n{_HOA_LEAD}\n").title == numbered
    # dashed lines under the lead are the text's list, not a menu: kept
    listed = f"{_HOA_TITLE}\n\n{_HOA_LEAD}\n- Chủ tịch Hội\n- Phó Chủ tịch Hội\n- Ủy viên Thường vụ\n"
    kept = _hoa_text(listed)
    assert all(entry in kept for entry in ("- Chủ tịch Hội", "- Phó Chủ tịch Hội", "- Ủy viên Thường vụ"))


@pytest.mark.parametrize(
    "stray",
    [
        "75%",  # a font bar's size label
        "k",  # a picture's alt text of one letter
        "hoi lien hiep phu nu xa tan hoa to chuc dai hoi",  # the title's first words, no marks
        _HOA_TITLE,  # the title again over a picture
    ],
)
def test_stray_lines_in_the_text_are_furniture(stray: str) -> None:
    r = record(f"{_HOA_TITLE}\n14/03/2021\n\n{_HOA_LEAD}\n\n{stray}\n\n{_HOA_SECOND}\n")
    assert [b.text for b in r.blocks] == [_HOA_LEAD, _HOA_SECOND]
    assert stray in [d.text for d in r.dropped]


def test_lines_like_stray_ones_that_say_something_stay_text() -> None:
    for kept in ("Tỷ lệ tán thành 100%.", "V", f"{_HOA_TITLE}.", "Tân Hòa 2021 to chuc dai hoi"):
        assert kept in _hoa_text(f"{_HOA_TITLE}\n14/03/2021\n\n{_HOA_LEAD}\n\n{kept}\n\n{_HOA_SECOND}\n")


def test_headlines_glued_in_a_table_cell_above_the_lead_are_a_related_box() -> None:
    cell = "Tân Hòa ra mắt mô hình phụ nữ giữ gìn an ninh trật tự Hội viên phụ nữ Tân Hòa góp vốn xây cầu dân sinh |"
    r = record(f"{_HOA_TITLE}\n{cell}\n{_HOA_LEAD}\n")
    assert [b.text for b in r.blocks] == [_HOA_LEAD]
    # a paragraph kept in its table cell ends its sentence before the bar: text
    said = f"{_HOA_SECOND} |"
    assert said in _hoa_text(f"{_HOA_TITLE}\n{said}\n{_HOA_LEAD}\n")


def test_a_news_agencys_credit_closes_the_caption_above_it() -> None:
    caption = "Ban Chấp hành Hội Liên hiệp Phụ nữ xã Tân Hòa khóa XIV ra mắt Đại hội."
    longer = (
        "Trong nhiệm kỳ qua, các cấp Hội đã vận động hội viên giúp nhau phát triển kinh tế, xây dựng "
        "gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc."
    )
    r = record(f"{_HOA_TITLE}\n14/03/2021\n\n{caption}\nẢnh: Minh Khang - TTXVN\n\n{_HOA_LEAD}\n\n{longer}\n")
    assert [(b.kind, b.text) for b in r.blocks][:2] == [("caption", caption), ("paragraph", _HOA_LEAD)]
    assert "Ảnh: Minh Khang - TTXVN" in [d.text for d in r.dropped]
    # the credit after the last paragraph credits every picture: the sentence above it stays text
    last = "Các tập thể, cá nhân tiêu biểu nhận giấy khen của Hội."
    r = record(f"{_HOA_TITLE}\n14/03/2021\n\n{_HOA_LEAD}\n\n{longer}\n\n{last}\n\nẢnh: TTXVN\nMinh Khang\n")
    assert [b.kind for b in r.blocks] == ["paragraph", "paragraph", "paragraph"]


def test_a_font_bars_size_label_or_a_series_kicker_above_the_title_is_not_the_title() -> None:
    r = record(f"A-\n100%\nA+\n\n{_HOA_TITLE}\n\n{_HOA_LEAD}\n")
    assert r.title == _HOA_TITLE and [b.text for b in r.blocks] == [_HOA_LEAD]
    kicker = "Chào mừng Đại hội đại biểu Phụ nữ huyện lần thứ XV"
    r = record(f"{kicker}\n\n{_HOA_TITLE}\n\nCập nhật: 14/03/2021 | 8:34:31 AM\n\n{_HOA_LEAD}\n")
    assert r.title == _HOA_TITLE and [b.text for b in r.blocks] == [_HOA_LEAD]
    # the call alone over the page's date line is the title
    assert record(f"{kicker}\n\nCập nhật: 14/03/2021\n\n{_HOA_LEAD}\n").title == kicker


def test_the_first_line_printed_twice_under_a_portals_furniture_is_the_title_once() -> None:
    for top in ("- TRANG CHỦ\n- GIỚI THIỆU\n- Liên hệ", "Truy cập hiện tại\nĐang có 23 khách đang online", "100%"):
        r = record(f"{top}\n\n{_HOA_LEAD}\n\n{_HOA_LEAD}\n\nĐại hội đã bầu 15 đồng chí vào Ban Chấp hành.\n")
        assert r.title == _HOA_LEAD


def test_a_box_asking_the_reader_to_sign_up_is_furniture() -> None:
    box = "Bạn muốn đọc tin mới của Tân Hòa mỗi sáng? Hãy đăng ký nhận bản tin qua email của trang."
    r = record(f"{_HOA_TITLE}\n14/03/2021\n\n{box}\n\n{_HOA_LEAD}\n")
    assert [b.text for b in r.blocks] == [_HOA_LEAD]
    # a speaker's question quoted in the text asks no reader to sign up: kept
    asked = "Chủ tịch Hội hỏi: “Bạn đã làm gì cho phong trào?” và kêu gọi hội viên tích cực tham gia."
    assert asked in _hoa_text(f"{_HOA_TITLE}\n14/03/2021\n\n{_HOA_LEAD}\n\n{asked}\n")


def test_a_short_line_in_capitals_inside_the_text_is_a_heading_not_a_caption() -> None:
    heading = "KẾT QUẢ ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ XÃ TÂN HÒA"
    r = record(f"{_HOA_TITLE}\n14/03/2021\n\n{_HOA_LEAD}\n\nĐỀ CƯƠNG TUYÊN TRUYỀN\n{heading}\n\n{_HOA_SECOND}\n")
    assert ("heading", heading) in [(b.kind, b.text) for b in r.blocks]


def test_a_date_line_with_en_dashes_between_its_numbers_is_a_date_line() -> None:
    assert parse_dateline("Ngày đăng 09 – 03 – 2021", TZ) == date(2021, 3, 9)
    r = record(f"{_HOA_TITLE}\n\nNgày đăng 09 – 03 – 2021\n\n{_HOA_LEAD}\n")
    assert r.date == date(2021, 3, 9) and [b.text for b in r.blocks] == [_HOA_LEAD]


def test_a_clock_with_a_one_digit_minute_after_a_colon_is_a_time() -> None:
    assert parse_dateline("Thứ 3, 09/03/2021, 8:5 GMT+7", TZ) == datetime(2021, 3, 9, 8, 5, tzinfo=TZ)
    r = record(f"Thứ 3, 09/03/2021, 8:5 GMT+7\n\n{_HOA_TITLE}\n\n{_HOA_LEAD}\n")
    assert r.title == _HOA_TITLE


def test_a_date_row_glued_above_the_title_leaves_the_label_over_it_out_of_the_title() -> None:
    for top in ("Góc nhìn", "Đời sống địa phương"):
        for gap in ("\n\n", "\n"):
            r = record(f"{top}{gap}14/03/2021 08:15\n{_HOA_TITLE}\n\n{_HOA_LEAD}\n")
            assert r.title == _HOA_TITLE and [b.text for b in r.blocks] == [_HOA_LEAD]
    # a signature moved under the date row reads no far better than the title above it: kept out
    title = "Huyện Tân Hòa: Đẩy mạnh xây dựng nông thôn mới, đô thị văn minh"
    signed = record(f"{title}\n14/03/2021 08:15\nNguyễn Văn An - Báo Tân Hòa Online\n{_HOA_LEAD}\n")
    assert signed.title == title


def test_a_language_link_alone_above_the_title_is_furniture() -> None:
    title = "Xã Tân Hòa: Hơn 900 hộ dân đạt danh hiệu gia đình văn hóa"
    r = record(f"Báo xã Tân Hòa điện tử\nEn\n\n14/03/2021 08:15\n{title}\n\n{_HOA_LEAD}\n")
    assert r.title == title and [b.text for b in r.blocks] == [_HOA_LEAD]


def test_two_lines_that_open_with_the_same_label_are_two_captions_not_one() -> None:
    first, second = "ảnh: hội viên phụ nữ xã dự đại hội", "ảnh: ban chấp hành khóa mới ra mắt"
    r = record(f"{_HOA_TITLE}\n14/03/2021\n{_HOA_LEAD}\n{first}\n{second}\n{_HOA_SECOND}\n")
    assert [b.text for b in r.blocks if b.kind == "caption"] == [first, second]


def test_lines_under_lost_pictures_file_names_are_captions_not_a_box_of_links() -> None:
    # a paste with no blank lines: each picture's file name, then its caption, between paragraphs
    paste = (
        "Huyện Đồng Hỷ hoàn thành đại hội Mặt trận cấp xã\n"
        "Ngày 02/4/2019, 18/18 xã, thị trấn của huyện Đồng Hỷ đã tổ chức xong đại hội đại biểu Mặt trận cấp xã.\n"
        "hinh1.jpg\n"
        "Ủy ban MTTQ xã Khe Mo tổ chức đại hội điểm của huyện\n"
        "hinh2.jpg\n"
        "UBMT xã Hóa Trung khen thưởng các tập thể, cá nhân tiêu biểu nhiệm kỳ qua\n"
        "Các đại hội đều diễn ra trang trọng, đúng quy trình và hoàn thành các nội dung đề ra theo kế hoạch.\n"
    )
    kinds = [(b.kind, b.text.split()[0]) for b in record(paste).blocks]
    assert ("caption", "Ủy") in kinds and ("caption", "UBMT") in kinds
